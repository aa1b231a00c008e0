//! Which earlier party a definite role noun with no name of its own stands for ("the junta", "the
//! spokesman"), and the role words of units, crews and offices the lexicon gives.
use crate::events::testing::parsed_doc;

/// The (country, role) of the `slot` party of the first event whose trigger text is `action`.
fn party_of(ev: &[casus_core::Event], action: &str, slot: &str) -> (Option<String>, Option<String>) {
    let e = ev.iter().find(|e| e.action.text == action).unwrap_or_else(|| panic!("no {action}: {ev:?}"));
    let p = match slot {
        "actor" => e.actor.as_ref(),
        "target" => e.target.as_ref(),
        _ => e.source.as_ref(),
    };
    let p = p.unwrap_or_else(|| panic!("no {slot} of {action}: {e:?}"));
    (p.country.clone(), p.role.clone())
}

fn key(country: &str, role: &str) -> (Option<String>, Option<String>) {
    (Some(country.into()), Some(role.into()))
}

#[test]
fn the_junta_is_the_junta_named_before_not_the_foreign_government_named_since() {
    // "Guinea's junta expelled the French envoy. The junta accused France of interference.": the latest
    // government named is France's, but "the junta" goes back to "Guinea's junta".
    let doc = parsed_doc(&[
        "Guinea/3/nmod:poss 's/1/case junta/4/nsubj expelled/0/root the/7/det French/7/amod envoy/4/obj ./4/punct",
        "The/2/det junta/3/nsubj accused/0/root France/3/obj of/6/mark interference/3/obl ./3/punct",
    ]);
    let ev = crate::events::extract(&doc);
    assert_eq!(party_of(&ev, "accused", "actor"), key("GIN", "GOV"), "{ev:?}");
}

#[test]
fn the_junta_is_the_state_whose_army_the_story_named_not_a_foreign_government() {
    // "Myanmar's army shelled villages. The United States imposed sanctions on Monday. The junta
    // condemned the sanctions.": a junta is a state's own military in power.
    let doc = parsed_doc(&[
        "Myanmar/3/nmod:poss 's/1/case army/4/nsubj shelled/0/root villages/4/obj ./4/punct",
        "The/3/det United/3/compound States/4/nsubj imposed/0/root sanctions/4/obj on/7/case Monday/4/obl ./4/punct",
        "The/2/det junta/3/nsubj condemned/0/root the/5/det sanctions/3/obj ./3/punct",
    ]);
    let ev = crate::events::extract(&doc);
    assert_eq!(party_of(&ev, "condemned", "actor"), key("MMR", "GOV"), "{ev:?}");
}

#[test]
fn the_government_still_takes_the_latest_government_named() {
    // Only a ruling-military noun is bound to the state's own forces: "the government" after the
    // United States is still the United States.
    let doc = parsed_doc(&[
        "Myanmar/3/nmod:poss 's/1/case army/4/nsubj shelled/0/root villages/4/obj ./4/punct",
        "The/3/det United/3/compound States/4/nsubj imposed/0/root sanctions/4/obj on/7/case Monday/4/obl ./4/punct",
        "The/2/det government/3/nsubj condemned/0/root the/5/det shelling/3/obj ./3/punct",
    ]);
    let ev = crate::events::extract(&doc);
    assert_eq!(party_of(&ev, "condemned", "actor"), key("USA", "GOV"), "{ev:?}");
}

#[test]
fn the_spokesman_is_the_spokesman_named_before_not_the_latest_minister() {
    // "A Chadian army spokesman said … French Defence Minister Florence Parly visited N'Djamena. The
    // spokesman said troops had retaken the town.": the army's spokesman again, not the minister.
    let mut doc = parsed_doc(&[
        "A/4/det Chadian/4/amod army/4/compound spokesman/5/nsubj said/0/root troops/7/nsubj killed/5/ccomp \
         20/9/nummod rebels/7/obj ./5/punct",
        "French/3/amod Defence/3/compound Minister/6/nsubj Florence/5/flat Parly/3/flat visited/0/root \
         N'Djamena/6/obj ./6/punct",
        "The/2/det spokesman/3/nsubj said/0/root troops/6/nsubj had/6/aux retaken/3/ccomp the/8/det town/6/obj \
         ./3/punct",
    ]);
    doc.sentences[1].entities = vec![casus_core::Entity { label: "PER".into(), tokens: 3..5, score: 1.0 }];
    let ev = crate::events::extract(&doc);
    assert_eq!(party_of(&ev, "retaken", "source"), key("TCD", "MIL"), "{ev:?}");
}

#[test]
fn the_doer_of_dozens_of_strikes_is_who_carried_them_out() {
    // "Russian warplanes carried out dozens of air strikes": the count does not hide the doer.
    let doc = parsed_doc(&[
        "Russian/2/amod warplanes/3/nsubj carried/0/root out/3/compound:prt dozens/3/obj of/8/case air/8/compound \
         strikes/5/nmod ./3/punct",
    ]);
    let ev = crate::events::extract(&doc);
    assert_eq!(party_of(&ev, "air strikes", "actor"), key("RUS", "MIL"), "{ev:?}");
}

#[test]
fn police_units_that_shell_villages_are_police_at_war_not_a_crackdown() {
    // "Croatian police units shelled two villages": police (not the army), and shelling is a fight
    // with artillery (194), not the repression (175) of police beating or shooting at civilians.
    let doc = parsed_doc(&[
        "Croatian/3/amod police/3/compound units/4/nsubj shelled/0/root two/6/nummod villages/4/obj ./4/punct",
    ]);
    let ev = crate::events::extract(&doc);
    let e = ev.iter().find(|e| e.action.text == "shelled").unwrap_or_else(|| panic!("no shelling: {ev:?}"));
    assert_eq!(party_of(&ev, "shelled", "actor"), key("HRV", "COP"), "{ev:?}");
    assert!(e.action.cameo.starts_with("194"), "{e:?}");
}

#[test]
fn police_who_beat_villagers_still_crack_down() {
    // The shelling exception leaves the crackdown of police on civilians as it was.
    let doc = parsed_doc(&["Croatian/2/amod police/3/nsubj beat/0/root two/5/nummod villagers/3/obj ./3/punct"]);
    let ev = crate::events::extract(&doc);
    let e = ev.iter().find(|e| e.action.text == "beat").unwrap_or_else(|| panic!("no beating: {ev:?}"));
    assert_eq!(e.action.cameo, "175", "{e:?}");
}

#[test]
fn the_spokesman_is_the_spokesman_quoted_before_not_the_minister_quoted_first() {
    // "…, the French defence minister said. Chadian troops retook the town, a Chadian army spokesman
    // said. The spokesman said 40 rebels were killed.": the army's spokesman, a source only.
    let doc = parsed_doc(&[
        "French/2/amod jets/3/nsubj bombed/0/root rebel/5/compound positions/3/obj ,/10/punct the/10/det \
         French/10/amod defence/10/compound minister/11/nsubj said/3/parataxis ./3/punct",
        "Chadian/2/amod troops/3/nsubj retook/0/root the/5/det town/3/obj ,/10/punct a/10/det Chadian/10/amod \
         army/10/compound spokesman/11/nsubj said/3/parataxis ./3/punct",
        "The/2/det spokesman/3/nsubj said/0/root 40/5/nummod rebels/7/nsubj:pass were/7/aux:pass killed/3/ccomp \
         ./3/punct",
    ]);
    let ev = crate::events::extract(&doc);
    assert_eq!(party_of(&ev, "killed", "source"), key("TCD", "MIL"), "{ev:?}");
}

#[test]
fn a_shared_surname_with_other_given_names_is_another_person() {
    // "Taliban spokesman Qari Yousef Ahmadi … Daud Ahmadi, a provincial spokesman, said": not the Taliban.
    let mut doc = parsed_doc(&[
        "Taliban/4/compound spokesman/4/compound Qari/4/compound Yousef/5/compound Ahmadi/6/nsubj said/0/root \
         fighters/8/nsubj attacked/6/ccomp a/10/det checkpoint/8/obj ./6/punct",
        "Daud/2/compound Ahmadi/3/nsubj said/0/root police/5/nsubj arrested/3/ccomp two/7/nummod men/5/obj ./3/punct",
    ]);
    doc.sentences[0].entities = vec![casus_core::Entity { label: "PER".into(), tokens: 2..5, score: 1.0 }];
    doc.sentences[1].entities = vec![casus_core::Entity { label: "PER".into(), tokens: 0..2, score: 1.0 }];
    let ev = crate::events::extract(&doc);
    let e = ev.iter().find(|e| e.action.text == "arrested").unwrap_or_else(|| panic!("no arrest: {ev:?}"));
    let name = e.source.as_ref().and_then(|s| s.name.clone());
    assert_ne!(name.as_deref(), Some("Taliban"), "{e:?}");
}

#[test]
fn a_surname_alone_or_with_a_title_is_still_the_person_named_before() {
    let mut doc = parsed_doc(&[
        "Taliban/4/compound spokesman/4/compound Qari/4/compound Yousef/5/compound Ahmadi/6/nsubj said/0/root \
         fighters/8/nsubj attacked/6/ccomp a/10/det checkpoint/8/obj ./6/punct",
        "Mr./2/compound Ahmadi/3/nsubj said/0/root fighters/5/nsubj killed/3/ccomp two/7/nummod soldiers/5/obj \
         ./3/punct",
    ]);
    doc.sentences[0].entities = vec![casus_core::Entity { label: "PER".into(), tokens: 2..5, score: 1.0 }];
    doc.sentences[1].entities = vec![casus_core::Entity { label: "PER".into(), tokens: 0..2, score: 1.0 }];
    let ev = crate::events::extract(&doc);
    let e = ev.iter().find(|e| e.action.text == "killed").unwrap_or_else(|| panic!("no killing: {ev:?}"));
    let name = e.source.as_ref().and_then(|s| s.name.clone());
    assert_eq!(name.as_deref(), Some("Taliban"), "{e:?}");
}

#[test]
fn the_peacekeepers_are_the_international_bodys_named_before_not_the_speakers() {
    // "African Union peacekeepers battled militants. Uganda's military spokesman said the
    // peacekeepers captured three bases.": the same noun goes back to the African Union's force, not
    // to the latest state force with a country (the spokesman's army).
    let doc = parsed_doc(&[
        "African_Union/2/compound peacekeepers/3/nsubj battled/0/root militants/3/obj on/6/case Monday/3/obl ./3/punct",
        "Uganda/4/nmod:poss 's/1/case military/4/amod spokesman/5/nsubj said/0/root the/7/det peacekeepers/8/nsubj \
         captured/5/ccomp three/10/nummod bases/8/obj ./5/punct",
    ]);
    let ev = crate::events::extract(&doc);
    let e = ev.iter().find(|e| e.action.text == "captured").unwrap_or_else(|| panic!("{ev:?}"));
    let actor = e.actor.as_ref().unwrap_or_else(|| panic!("{e:?}"));
    assert_eq!((actor.name.as_deref(), actor.country.as_deref()), (Some("African Union"), None), "{e:?}");
}

#[test]
fn the_army_is_no_peacekeeping_force_named_before() {
    // "Two French peacekeepers were killed in Bangui. The army shelled rebel positions.": the army is
    // no French peacekeeping force; "Ethiopian troops attacked militants in Baidoa. The army shelled ..." is Ethiopia's.
    let army = |first: &str, noun: &str| {
        let second = format!("The/2/det {noun}/3/nsubj shelled/0/root rebel/5/compound positions/3/obj ./3/punct");
        let ev = crate::events::extract(&parsed_doc(&[first, &second]));
        let e = ev.iter().find(|e| e.action.text == "shelled").unwrap_or_else(|| panic!("{ev:?}"));
        e.actor.as_ref().and_then(|a| a.country.clone())
    };
    let killed = "Two/3/nummod French/3/amod peacekeepers/5/nsubj:pass were/5/aux:pass killed/0/root in/7/case \
                  Bangui/5/obl ./5/punct";
    assert_ne!(army(killed, "army").as_deref(), Some("FRA"));
    let attacked = "Belgian/3/amod peacekeeping/3/compound troops/5/nsubj:pass were/5/aux:pass attacked/0/root \
                    near/7/case Kigali/5/obl ./5/punct";
    assert_ne!(army(attacked, "military").as_deref(), Some("BEL"));
    let entered = "Ethiopian/2/amod troops/3/nsubj attacked/0/root militants/3/obj in/6/case Baidoa/3/obl ./3/punct";
    assert_eq!(army(entered, "army").as_deref(), Some("ETH"));
}
