//! Who says so when the attribution trails the report or stands in apposition (`events::reparse`
//! repairs 1, 5, 6, 7; `sides::attribution`; "the group" of the same sentence in `sides::context`).
use crate::events::testing::{events_of, parsed};
use casus_core::{Entity, Event};

fn find<'e>(ev: &'e [Event], action: &str) -> &'e Event {
    ev.iter().find(|e| e.action.text == action).unwrap_or_else(|| panic!("no {action}: {ev:?}"))
}

fn source_text(e: &Event) -> Option<&str> {
    e.source.as_ref().map(|p| p.text.as_str())
}

fn source_role(e: &Event) -> Option<&str> {
    e.source.as_ref().and_then(|p| p.role.as_deref())
}

#[test]
fn a_trailing_speaker_with_a_named_apposition_is_the_source() {
    // "…, the city's governor, Oguz Kagan Koksal, said": parsed with the governor as a second subject
    // of "blew", the governor turned bomber; the commas of the name hid the speaker from repair 1.
    let spec = "A/3/det suicide/3/compound bomber/4/nsubj blew/20/ccomp himself/4/obj up/4/compound:prt \
                near/10/case a/10/det police/10/compound bus/4/obl ,/15/punct the/13/det city/15/nmod:poss \
                's/13/case governor/4/nsubj ,/17/punct Oguz/15/appos Koksal/17/flat ,/15/punct said/0/root \
                ./20/punct";
    let ev = events_of(spec, None);
    assert!(!ev.is_empty());
    for e in &ev {
        assert_eq!(source_text(e), Some("the city 's governor"), "{ev:?}");
        assert!(e.actor.as_ref().is_none_or(|a| !a.text.contains("governor")), "{ev:?}");
    }
}

#[test]
fn a_trailing_speaker_parsed_as_an_apposition_is_the_source() {
    // "…, killing 12 soldiers, a military officer, Musa Bello, said": the officer came parsed as an
    // apposition of the soldiers; the widest phrase up to "said" speaks, not the name inside it.
    let spec = "Militants/2/nsubj ambushed/17/ccomp a/4/det convoy/2/obj ,/6/punct killing/2/advcl \
                12/8/nummod soldiers/6/obj ,/12/punct a/12/det military/12/amod officer/8/appos ,/14/punct \
                Musa/12/appos Bello/14/flat ,/1/punct said/0/root ./17/punct";
    let ev = events_of(spec, None);
    assert_eq!(source_text(find(&ev, "ambushed")), Some("a military officer"), "{ev:?}");
}

#[test]
fn an_inverted_speaker_parsed_as_a_complement_is_the_source() {
    // "…, said a health official, Ali Khan": the official came parsed as a second complement.
    let spec = "At/2/case least/3/nmod 22/4/nummod people/6/nsubj:pass were/6/aux:pass killed/11/ccomp \
                in/9/case the/9/det fighting/6/obl ,/6/punct said/0/root a/14/det health/14/compound \
                official/11/ccomp ,/16/punct Ali/14/appos Khan/16/flat ./11/punct";
    let ev = events_of(spec, None);
    assert!(!ev.is_empty());
    for e in &ev {
        assert_eq!(source_text(e), Some("a health official"), "{ev:?}");
    }
}

#[test]
fn the_hearer_of_a_trailing_told_is_no_victim() {
    // "“They shot everyone,” one survivor told Reuters": "Reuters" came parsed as the object of
    // "shot", across "told".
    let spec = "\"/3/punct They/3/nsubj shot/9/ccomp everyone/3/obj ,/3/punct \"/3/punct one/8/nummod \
                survivor/9/nsubj told/0/root Reuters/3/obj ./9/punct";
    let ev = events_of(spec, None);
    let shot = find(&ev, "shot");
    assert!(shot.target.as_ref().is_none_or(|t| t.text != "Reuters"), "{ev:?}");
    assert_eq!(source_text(shot), Some("one survivor"));
    assert_eq!(source_role(shot), Some("CVL"));
}

#[test]
fn a_violent_deed_coordinated_with_the_report_is_the_contents() {
    // "Residents said the assailants arrived at dawn and first targeted a post": parsed with
    // "targeted" coordinated with "said", the residents were the attackers.
    let spec = "Residents/2/nsubj said/0/root the/4/det assailants/5/nsubj arrived/2/ccomp at/7/case \
                dawn/5/obl and/10/cc first/10/advmod targeted/2/conj a/12/det post/10/obj of/15/case \
                the/15/det militia/12/nmod ./2/punct";
    let ev = events_of(spec, None);
    let targeted = find(&ev, "targeted");
    assert_eq!(targeted.actor.as_ref().map(|a| a.text.as_str()), Some("the assailants"), "{ev:?}");
    assert_eq!(source_text(targeted), Some("Residents"));
    // A statement after the content stays the speaker's own: the residents condemned it.
    let stated = "Residents/2/nsubj said/0/root the/4/det assailants/5/nsubj fled/2/ccomp and/7/cc \
                  condemned/2/conj the/9/det attack/7/obj ./2/punct";
    let ev = events_of(stated, None);
    let condemned = find(&ev, "condemned");
    assert_eq!(condemned.actor.as_ref().map(|a| a.text.as_str()), Some("Residents"), "{ev:?}");
}

#[test]
fn a_second_that_clause_is_reported_like_the_first() {
    // "The military said rockets crossed from Lebanon, and that its jets later struck launchers".
    let spec = "The/2/det military/3/nsubj said/0/root rockets/5/nsubj crossed/3/ccomp from/7/case \
                Lebanon/5/obl ,/13/punct and/13/cc that/13/mark its/12/nmod:poss jets/13/nsubj \
                struck/3/conj launchers/13/obj ./3/punct";
    let ev = events_of(spec, None);
    assert_eq!(source_text(find(&ev, "struck")), Some("The military"), "{ev:?}");
}

#[test]
fn the_group_of_a_trailing_attribution_is_the_group_the_sentence_named() {
    // "Hezbollah fired rockets at Israel on Wednesday, the group said": the source is read before the
    // sentence's actor is noted, so "the group" found no group and the rockets no source.
    let spec = "Hezbollah/2/nsubj fired/11/ccomp rockets/2/obj at/5/case Israel/2/obl on/7/case \
                Wednesday/2/obl ,/2/punct the/10/det group/11/nsubj said/0/root ./11/punct";
    let mut doc = parsed(spec);
    doc.sentences[0].entities = vec![
        Entity { label: "ORG".into(), tokens: 0..1, score: 1.0 },
        Entity { label: "GPE".into(), tokens: 4..5, score: 1.0 },
    ];
    let ev = crate::events::extract(&doc);
    let s = find(&ev, "fired").source.as_ref().unwrap_or_else(|| panic!("no source: {ev:?}"));
    assert_eq!((s.country.as_deref(), s.role.as_deref()), (Some("LBN"), Some("REB")), "{s:?}");
}

#[test]
fn local_administrators_council_members_and_survivors_are_parties() {
    let administrator = "A/3/det local/3/amod administrator/8/nsubj ,/3/punct Pilo/3/appos Mulindro/5/flat \
                         ,/3/punct said/0/root the/10/det army/12/nsubj had/12/aux arrested/8/ccomp \
                         four/14/nummod suspects/12/obj ./8/punct";
    assert_eq!(source_role(find(&events_of(administrator, None), "arrested")), Some("GOV"));
    let member = "Ghulam/9/nsubj Rabani/1/flat ,/7/punct a/7/det provincial/7/amod council/7/compound \
                  member/1/appos ,/1/punct said/0/root the/11/det insurgents/12/nsubj retreated/9/ccomp ./9/punct";
    assert_eq!(source_role(find(&events_of(member, None), "retreated")), Some("GOV"));
    let survivor = "One/2/nummod survivor/3/nsubj said/0/root gunmen/5/nsubj shot/3/ccomp ten/7/nummod \
                    villagers/5/obj ./3/punct";
    assert_eq!(source_role(find(&events_of(survivor, None), "shot")), Some("CVL"));
}

#[test]
fn the_hearer_of_told_before_a_bare_content_clause_is_no_doer() {
    // "A spokesman told The Associated Press the insurgents burned two police vehicles": parsed with the
    // agency as a first subject of "burned".
    let spec = "A/2/det spokesman/3/nsubj told/0/root The/6/det Associated/6/amod Press/9/nsubj the/8/det \
                insurgents/9/nsubj burned/3/ccomp two/12/nummod police/12/compound vehicles/9/obj ./3/punct";
    let ev = events_of(spec, None);
    assert_eq!(ev.len(), 1, "{ev:?}");
    assert_eq!(ev[0].actor.as_ref().map(|a| a.text.as_str()), Some("the insurgents"));
    assert_eq!(source_text(&ev[0]), Some("A spokesman"));
}

#[test]
fn a_news_outlet_parsed_as_the_modifier_of_the_clause_subject_is_who_was_told() {
    // "A farmer told VOA gunmen killed five men": "VOA" came parsed as a compound of "gunmen".
    let spec = "A/2/det farmer/3/nsubj told/0/root VOA/5/compound gunmen/6/nsubj killed/3/ccomp five/8/nummod \
                men/6/obj ./3/punct";
    let ev = events_of(spec, None);
    assert_eq!(ev.len(), 1, "{ev:?}");
    assert_eq!(ev[0].actor.as_ref().map(|a| a.text.as_str()), Some("gunmen"), "{ev:?}");
    // A modifier that is no outlet stays: "told reporters army troops killed five men".
    let army = "A/2/det farmer/3/nsubj told/0/root army/5/compound troops/6/nsubj killed/3/ccomp five/8/nummod \
                men/6/obj ./3/punct";
    let ev = events_of(army, None);
    assert_eq!(ev[0].actor.as_ref().map(|a| a.text.as_str()), Some("army troops"), "{ev:?}");
}
