//! Cross-stage cases: argument roles, sources, reciprocal and passive readings, end to end.
use crate::events::testing::{date_of, doc_events, events_of, parsed};
use crate::events::view::View;
use crate::events::{args, attribution};

fn view_of(doc: &casus_core::Document) -> View<'_> {
    let s = &doc.sentences[0];
    View::new(doc, s, s.parse.as_ref().unwrap())
}

const FIRED: &str = "Azerbaijani/3/amod armed/3/amod forces/4/nsubj fired/0/root on/8/case Armenian/8/amod combat/8/compound positions/4/obl near/11/case Nerkin/11/compound Hand/8/nmod ./4/punct";

#[test]
fn active_subject_and_prepositional_target() {
    let doc = parsed(FIRED);
    let v = view_of(&doc);
    let r = args::verbal(&v, 3, false);
    assert_eq!(r.actors, vec![2]);
    assert_eq!(r.targets, vec![7]);
    assert_eq!(v.text(v.phrase(2)), "Azerbaijani armed forces");
    assert_eq!(v.text(v.phrase(7)), "Armenian combat positions near Nerkin Hand");
    assert!(r.places.contains(&10));
}

#[test]
fn passive_by_agent_is_the_actor() {
    let doc = parsed("Four/2/nummod soldiers/4/nsubj:pass were/4/aux:pass killed/0/root by/7/case Azerbaijani/7/amod forces/4/obl:agent ./4/punct");
    let v = view_of(&doc);
    let r = args::verbal(&v, 3, false);
    assert_eq!((r.actors, r.targets), (vec![6], vec![1]));
}

#[test]
fn come_under_fire_puts_the_subject_on_the_receiving_end() {
    let doc = parsed("their/3/nmod:poss border/3/compound post/4/nsubj came/0/root under/6/case fire/4/obl by/9/case Azerbaijani/9/amod forces/4/obl ./4/punct");
    let v = view_of(&doc);
    let r = args::verbal(&v, 3, true);
    assert_eq!((r.actors, r.targets), (vec![8], vec![2]));
}

#[test]
fn each_other_is_reciprocal_with_coordinated_actors() {
    let doc = parsed("Armenia/4/nsubj and/3/cc Azerbaijan/1/conj accused/0/root each/6/det other/4/obj ./4/punct");
    let v = view_of(&doc);
    let r = args::verbal(&v, 3, false);
    assert!(r.reciprocal);
    assert_eq!(r.actors, vec![0, 2]);
    assert!(r.targets.is_empty());
}

#[test]
fn clashes_between_two_parties() {
    let doc = parsed("Clashes/0/root between/4/case Armenian/4/amod forces/1/nmod and/6/cc Azerbaijan/4/conj");
    let v = view_of(&doc);
    let r = args::nominal(&v, 0);
    assert!(r.reciprocal);
    assert_eq!(r.actors, vec![3, 5]);
}

#[test]
fn negation_and_inherited_subjects() {
    let doc = parsed("Azerbaijani/2/amod troops/3/nsubj tried/0/root to/5/mark advance/3/xcomp but/9/cc did/9/aux not/9/advmod fire/3/conj ./3/punct");
    let v = view_of(&doc);
    let adv = args::verbal(&v, 4, false);
    assert_eq!(adv.actors, vec![1]);
    let fire = args::verbal(&v, 8, false);
    assert!(fire.negated);
    assert_eq!(fire.actors, vec![1]);
}

#[test]
fn source_from_said_parataxis_and_ccomp() {
    let doc = parsed(
        "Armenian/2/amod forces/3/nsubj fired/0/root ,/7/punct the/6/det ministry/7/nsubj said/3/parataxis ./3/punct",
    );
    let v = view_of(&doc);
    assert_eq!(attribution::source(&v, 2), Some(5));
    let doc = parsed("The/2/det ministry/3/nsubj said/0/root Armenian/5/amod forces/6/nsubj fired/3/ccomp ./3/punct");
    let v = view_of(&doc);
    assert_eq!(attribution::source(&v, 5), Some(1));
}

#[test]
fn source_from_according_to() {
    let doc = parsed("According/3/case to/1/fixed Baku/7/obl ,/7/punct Armenian/6/amod forces/7/nsubj opened/0/root fire/7/obj ./7/punct");
    let v = view_of(&doc);
    assert_eq!(attribution::source(&v, 6), Some(2));
}

#[test]
fn a_reported_attack_with_date_place_casualties_and_source() {
    let ev = events_of(
        "Azerbaijani/2/amod forces/3/nsubj fired/0/root on/6/case Armenian/6/amod positions/3/obl near/9/case Nerkin/9/compound Hand/6/nmod on/11/case Tuesday/3/obl ,/13/punct killing/3/advcl four/15/nummod soldiers/13/obj ,/19/punct the/18/det ministry/19/nsubj said/3/parataxis ./3/punct",
        Some("2024-02-15"),
    );
    assert_eq!(ev.len(), 1, "{ev:#?}");
    let e = &ev[0];
    assert_eq!(e.action.root(), "19");
    assert_eq!(e.actor.as_ref().unwrap().country.as_deref(), Some("AZE"));
    assert_eq!(e.target.as_ref().unwrap().country.as_deref(), Some("ARM"));
    assert_eq!(e.date.as_ref().unwrap().value, "2024-02-13");
    assert_eq!(e.location.as_ref().unwrap().name.as_deref(), Some("Nerkin Hand"));
    assert_eq!(e.casualties.killed.as_ref().unwrap().count, Some(4));
    assert!(e.source.is_some(), "{e:#?}");
    assert_eq!(e.event_id, "t:0");
}

#[test]
fn mutual_accusation_gives_one_event_each_way_and_no_content_event() {
    let ev = events_of(
        "Armenia/4/nsubj and/3/cc Azerbaijan/1/conj accused/0/root each/6/det other/4/obj of/8/mark shelling/4/advcl the/10/det border/8/obj ./4/punct",
        None,
    );
    assert_eq!(ev.len(), 2, "{ev:#?}");
    assert!(ev.iter().all(|e| e.action.root() == "11"));
    let ways: Vec<_> = ev
        .iter()
        .map(|e| (e.actor.as_ref().unwrap().country.clone(), e.target.as_ref().unwrap().country.clone()))
        .collect();
    assert!(
        ways.contains(&(Some("ARM".into()), Some("AZE".into())))
            && ways.contains(&(Some("AZE".into()), Some("ARM".into())))
    );
}

#[test]
fn negated_and_reporting_verbs_are_not_events() {
    let ev = events_of(
        "Baku/4/nsubj did/4/aux not/4/advmod attack/0/root ,/7/punct officials/7/nsubj said/4/parataxis ./4/punct",
        None,
    );
    assert!(ev.is_empty(), "{ev:#?}");
}

#[test]
fn no_parse_no_events() {
    let doc = casus_core::Document::new("d", "Azerbaijani forces fired on Armenian positions.", None, None).unwrap();
    assert!(crate::events::extract(&doc).is_empty());
}

#[test]
fn tense_of_the_trigger_clause() {
    use crate::events::tense::{habitual, headline, past, present_simple, quoted};
    let doc = parsed("Azerbaijan/2/nsubj denies/0/root any/4/det desire/2/obj ./2/punct");
    assert!(present_simple(&view_of(&doc), 1) && !past(&view_of(&doc), 1));
    let doc = parsed("Armenia/3/nsubj has/3/aux denied/0/root it/3/obj ./3/punct");
    assert!(!present_simple(&view_of(&doc), 2) && !past(&view_of(&doc), 2));
    let doc = parsed("It/2/nsubj ended/0/root in/4/case defeat/2/obl ./2/punct");
    assert!(past(&view_of(&doc), 1) && !present_simple(&view_of(&doc), 1));
    let doc = parsed("Azerbaijan/3/nsubj:pass is/3/aux:pass suspected/0/root by/5/case Yerevan/3/obl:agent ./3/punct");
    assert!(present_simple(&view_of(&doc), 2));
    let doc = parsed("The/2/det Kremlin/3/nsubj calls/0/root for/5/case restraint/3/obl");
    assert!(headline(&view_of(&doc)) && present_simple(&view_of(&doc), 2));
    let doc = parsed("Clashes/4/nsubj regularly/4/advmod take/0/root place/3/obj ./3/punct");
    let v = view_of(&doc);
    assert!(!headline(&v) && habitual(&v, crate::events::tense::clause_verb(&v, 0)));
    let doc = parsed("“/3/punct We/3/nsubj call/0/root ”/3/punct ,/6/punct urged/3/parataxis Moscow/6/nsubj");
    let v = view_of(&doc);
    assert!(quoted(&v, 2) && !quoted(&v, 5));
}

#[test]
fn background_positions_are_undated_and_patterns_are_not_events() {
    const FIRED: &str = "Armenian/2/amod forces/3/nsubj fired/0/root on/5/case Tuesday/3/obl ./3/punct";
    let ev =
        doc_events(&[FIRED, "Azerbaijan/2/nsubj denies/0/root any/4/det accusations/2/obj ./2/punct"], "2024-02-13");
    assert_eq!(date_of(&ev, "denies"), None);
    let ev =
        doc_events(&[FIRED, "Azerbaijan/2/nsubj denied/0/root the/4/det accusations/2/obj ./2/punct"], "2024-02-13");
    assert_eq!(date_of(&ev, "denied"), Some("2024-02-13"));
    let ev = doc_events(
        &["Clashes/3/nsubj regularly/3/advmod erupt/0/root at/6/case the/6/det border/3/obl ./3/punct"],
        "2024-02-13",
    );
    assert!(ev.is_empty(), "{ev:?}");
}

#[test]
fn a_past_tense_sentence_continues_the_historical_date_before_it() {
    let ev = doc_events(
        &[
            "In/2/case 2020/4/obl ,/2/punct Azerbaijan/4/nsubj attacked/0/root Armenia/4/obj ./4/punct",
            "The/3/det six-week/3/amod conflict/4/nsubj ended/0/root in/6/case defeat/4/obl ./4/punct",
            "Moscow/2/nsubj condemned/0/root the/4/det attack/2/obj ./2/punct",
        ],
        "2024-02-13",
    );
    assert_eq!(date_of(&ev, "attacked"), Some("2020"));
    assert_eq!(date_of(&ev, "conflict"), Some("2020"));
    // A present-day reaction breaks no rule: it is not a past narrative of 2020 and falls on the news day.
    let ev = doc_events(
        &[
            "In/2/case 2020/4/obl ,/2/punct Azerbaijan/4/nsubj attacked/0/root Armenia/4/obj ./4/punct",
            "Moscow/3/nsubj has/3/aux condemned/0/root Baku/3/obj ./3/punct",
            "Armenian/2/amod forces/3/nsubj fired/0/root on/5/case Tuesday/3/obl ./3/punct",
        ],
        "2024-02-13",
    );
    assert_eq!(date_of(&ev, "condemned"), Some("2024-02-13"));
}

#[test]
fn a_restated_incident_takes_the_date_and_place_of_the_incident() {
    let ev = doc_events(
        &[
            "Armenian/2/amod forces/3/nsubj fired/0/root near/5/case Tovuz/3/obl on/7/case Monday/3/obl ./3/punct",
            "Baku/2/nsubj accused/0/root Yerevan/2/obj on/5/case Tuesday/2/obl ./2/punct",
            "The/2/det incident/4/nsubj was/4/cop serious/0/root ./4/punct",
        ],
        "2024-02-13",
    );
    let incident = ev.iter().find(|e| e.action.text == "incident").expect("incident event");
    assert_eq!(incident.date.as_ref().map(|d| d.value.as_str()), Some("2024-02-12"));
    assert_eq!(incident.location.as_ref().and_then(|l| l.name.as_deref()), Some("Tovuz"));
}

#[test]
fn a_speaker_after_the_quote_is_the_subject() {
    let doc = parsed("“/3/punct We/3/nsubj call/7/ccomp on/5/case restraint/3/obl ”/3/punct urged/0/root the/10/det Russian/10/amod Ministry/7/iobj ./7/punct");
    let v = view_of(&doc);
    assert_eq!(v.subject(6), Some(9));
    let r = args::verbal(&v, 6, false);
    assert_eq!((r.actors, r.targets), (vec![9], vec![]));
}

#[test]
fn a_date_phrase_is_not_the_target_of_an_appeal() {
    let ev = events_of(
        "Guterres/3/nsubj on/3/case Tuesday/4/obl called/0/root on/6/case Armenia/4/obl and/8/cc Azerbaijan/6/conj to/10/mark show/4/advcl restraint/10/obj ./4/punct",
        Some("2022-09-13"),
    );
    let targets: Vec<_> = ev.iter().filter_map(|e| e.target.as_ref()?.country.as_deref()).collect();
    assert_eq!(targets, vec!["ARM", "AZE"]);
    assert!(ev.iter().all(|e| e.location.is_none()), "{ev:?}");
}

#[test]
fn he_is_the_last_named_speaker_and_the_enemy_the_other_side() {
    let mut doc = crate::events::testing::parsed_doc(&[
        "The/3/det Armenian/3/amod ministry/4/nsubj said/0/root Azerbaijani/6/amod troops/7/nsubj attacked/4/ccomp Armenia/7/obj on/10/case Tuesday/7/obl ./4/punct",
        "He/2/nsubj assured/0/root that/6/mark the/5/det enemy/6/nsubj shelled/2/ccomp villages/6/obj ./2/punct",
    ]);
    doc.published = chrono::NaiveDate::from_ymd_opt(2022, 9, 13);
    // The article's two states come from its named entities.
    let ent = |label: &str, i: usize| casus_core::Entity { label: label.into(), tokens: i..i + 1, score: 1.0 };
    doc.sentences[0].entities = vec![ent("NORP", 1), ent("NORP", 4), ent("GPE", 7)];
    let ev = crate::events::extract(&doc);
    let shelled = ev.iter().find(|e| e.action.text == "shelled").expect("shelled");
    assert_eq!(shelled.source.as_ref().and_then(|s| s.country.as_deref()), Some("ARM"));
    assert_eq!(shelled.actor.as_ref().and_then(|s| s.country.as_deref()), Some("AZE"));
}

#[test]
fn references_denials_and_furniture_are_not_events() {
    // "Since the war, Moscow mediated." — the war is a point in time.
    let ev = events_of("Since/3/case the/3/det war/6/obl ,/3/punct Moscow/6/nsubj mediated/0/root ./6/punct", None);
    assert!(ev.iter().all(|e| e.action.text != "war"), "{ev:?}");
    // "did not mention any incidents"
    let ev = events_of(
        "It/4/nsubj did/4/aux not/4/advmod mention/0/root any/7/det armed/7/amod incidents/4/obj ./4/punct",
        None,
    );
    assert!(ev.iter().all(|e| e.action.text != "incidents"), "{ev:?}");
    let ev = events_of("France/2/nsubj invites/0/root you/2/obj to/5/mark look/2/xcomp back/5/compound:prt", None);
    assert!(ev.is_empty(), "{ev:?}");
    // The agent's brokering is the event: one event, 045 by Russia, no 0871 ceasefire.
    let ev = events_of("A/3/det Moscow-brokered/3/amod ceasefire/4/nsubj held/0/root ./4/punct", None);
    let codes: Vec<&str> = ev.iter().map(|e| e.action.cameo.as_str()).collect();
    assert_eq!(codes, vec!["045"]);
    // A clash that happened is kept.
    let ev = events_of("Troops/2/nsubj clashed/0/root near/4/case Tovuz/2/obl ./2/punct", None);
    assert_eq!(ev.len(), 1);
}

#[test]
fn partners_nationality_pairs_and_names_that_look_like_pairs() {
    let countries = |ev: &[casus_core::Event]| -> Vec<(Option<String>, Option<String>)> {
        ev.iter()
            .map(|e| {
                (e.actor.as_ref().and_then(|p| p.country.clone()), e.target.as_ref().and_then(|p| p.country.clone()))
            })
            .collect()
    };
    let s = |a: &str, b: &str| (Some(a.to_string()), Some(b.to_string()));
    // "spoke with Putin and Blinken": the partners of a talk are its targets.
    let ev =
        events_of("Pashinyan/2/nsubj spoke/0/root with/4/case Putin/2/obl and/6/cc Blinken/4/conj ./2/punct", None);
    assert_eq!(countries(&ev), vec![s("ARM", "RUS"), s("ARM", "USA")]);
    // "invited the Armenian and Azerbaijani ministers": one target per nationality.
    let ev = events_of(
        "Washington/2/nsubj invited/0/root the/7/det Armenian/7/amod and/5/cc Azerbaijani/4/conj ministers/2/obj ./2/punct",
        None,
    );
    assert_eq!(countries(&ev), vec![s("USA", "ARM"), s("USA", "AZE")]);
    // "the United States" is one state, not "the (two) states" of the article.
    let ev = events_of("The/3/det United/3/amod States/4/nsubj condemned/0/root Russia/4/obj ./4/punct", None);
    assert_eq!(countries(&ev), vec![s("USA", "RUS")]);
}

#[test]
fn aims_fears_and_section_titles_are_not_events() {
    let ev = events_of("initiatives/0/root to/3/mark end/1/acl the/5/det fighting/3/obj", None);
    assert!(ev.is_empty(), "{ev:?}");
    let ev = events_of("He/4/nsubj did/4/aux not/4/advmod want/0/root a/7/det new/7/amod war/4/obj ./4/punct", None);
    assert!(ev.iter().all(|e| e.action.text != "war"), "{ev:?}");
    let ev = events_of("Post-Soviet/2/amod Conflict/0/root", None);
    assert!(ev.is_empty(), "{ev:?}");
    // A headline toll is a report.
    let ev = events_of("Nearly/2/advmod 100/3/nummod dead/0/root in/5/case clashes/3/nmod", None);
    assert_eq!(ev.len(), 1, "{ev:?}");
}

#[test]
fn the_border_with_one_state_is_the_border_of_the_articles_two() {
    let mut doc = parsed(
        "Armenian/2/amod troops/3/nsubj fired/0/root on/6/case the/6/det border/3/obl with/8/case Azerbaijan/6/nmod ./3/punct",
    );
    let ent = |label: &str, i: usize| casus_core::Entity { label: label.into(), tokens: i..i + 1, score: 1.0 };
    doc.sentences[0].entities = vec![ent("NORP", 0), ent("GPE", 7)];
    let ev = crate::events::extract(&doc);
    let place = ev[0].location.as_ref().and_then(|l| l.name.as_deref());
    assert_eq!(place, Some("Armenia–Azerbaijan border"));
}

#[test]
fn spans_bounds_and_other_clauses_dates() {
    const TUESDAY: &str = "Armenian/2/amod forces/3/nsubj fired/0/root on/5/case Tuesday/3/obl ./3/punct";
    // "In recent months, talks have not produced results": a span, no date.
    let ev = doc_events(
        &[TUESDAY, "In/3/case recent/3/amod months/7/obl ,/3/punct Russia/7/nsubj has/7/aux mediated/0/root ./7/punct"],
        "2024-02-13",
    );
    assert_eq!(date_of(&ev, "mediated"), None);
    // "the first time since the end of the conflict in November 2020 that Moscow has accused Baku":
    // November 2020 is inside a bound, so the accusation falls on the news day.
    let ev = doc_events(
        &[
            TUESDAY,
            "Moscow/3/nsubj has/3/aux accused/0/root Baku/3/obj since/6/case end/3/obl in/8/case November/6/nmod 2020/8/nummod ./3/punct",
        ],
        "2024-02-13",
    );
    assert_eq!(date_of(&ev, "accused"), Some("2024-02-13"));
    // "These are the deadliest clashes since 2020": a comparison, not a span.
    let ev = doc_events(
        &[
            TUESDAY,
            "These/4/nsubj are/4/cop the/4/det deadliest/4/amod clashes/0/root since/7/case 2020/4/nmod ./4/punct",
        ],
        "2024-02-13",
    );
    assert_eq!(date_of(&ev, "clashes"), Some("2024-02-13"));
}

#[test]
fn reports_authors_forced_parties_and_specific_places() {
    // "A report given by Yerevan reported two soldiers killed": the report's author is the source.
    let doc = parsed("A/2/det report/6/nsubj given/2/acl by/5/case Yerevan/3/obl:agent reported/0/root soldiers/8/nsubj:pass killed/6/xcomp ./6/punct");
    let v = view_of(&doc);
    assert_eq!(attribution::source(&v, 7), Some(4));
    // "Armenia, forced to cede regions": the one forced cedes.
    let ev = events_of("Armenia/0/root ,/3/punct forced/1/acl to/5/mark cede/3/xcomp regions/5/obj ./1/punct", None);
    let cede = ev.iter().find(|e| e.action.text == "cede").expect("cede");
    assert_eq!(cede.actor.as_ref().and_then(|p| p.country.as_deref()), Some("ARM"));
    // A glued article from text extraction ("LArmenia") still names the state.
    assert_eq!(crate::parties::normalize("LArmenia").and_then(|p| p.country).as_deref(), Some("ARM"));
    assert_eq!(crate::parties::normalize("theFrance").and_then(|p| p.country).as_deref(), Some("FRA"));
    assert_eq!(crate::parties::normalize("Lviv").and_then(|p| p.country).as_deref(), Some("UKR"));
}

#[test]
fn the_most_specific_place_wins_over_the_country() {
    let mut doc = parsed("Troops/2/nsubj fired/0/root near/4/case Tovuz/2/obl in/6/case Azerbaijan/4/nmod ./2/punct");
    doc.sentences[0].entities = vec![casus_core::Entity { label: "GPE".into(), tokens: 5..6, score: 1.0 }];
    let ev = crate::events::extract(&doc);
    assert_eq!(ev[0].location.as_ref().and_then(|l| l.name.as_deref()), Some("Tovuz"));
}

#[test]
fn a_fronted_quote_and_a_named_person_in_apposition() {
    // "“Fire … left four dead”, indicated the ministry" parsed with the quote as the verb's subject.
    let doc = parsed("fire/3/nsubj dead/3/obj indicated/0/root the/5/det ministry/3/obj ./3/punct");
    let v = view_of(&doc);
    assert_eq!(attribution::source(&v, 0), Some(4));
    // "…, announced the head of European diplomacy, Josep Borrell": the person is the party.
    let ev = events_of(
        "The/2/det Union/3/nsubj called/0/root for/5/case restraint/3/obl ,/7/punct announced/3/parataxis the/9/det head/7/obj of/11/case diplomacy/9/nmod ,/13/punct Josep/11/appos Borrell/13/flat ./3/punct",
        None,
    );
    let src = ev[0].source.as_ref().expect("source");
    assert_eq!((src.name.as_deref(), src.role.as_deref()), (Some("Josep Borrell"), Some("IGO")));
}

#[test]
fn one_event_per_weapon_class_and_weapons_are_no_targets() {
    let ev = events_of(
        "Azerbaijani/2/amod forces/3/nsubj used/0/root artillery/3/obj ,/6/punct drones/4/conj and/8/cc rifles/4/conj ./3/punct",
        None,
    );
    let codes: Vec<&str> = ev.iter().map(|e| e.action.cameo.as_str()).collect();
    assert_eq!(codes, vec!["194", "195", "193"]);
    assert!(ev.iter().all(|e| e.target.is_none()), "{ev:?}");
}

#[test]
fn what_the_other_side_struck_belongs_to_the_side_that_reports_it() {
    let mut doc = crate::events::testing::parsed_doc(&[
        "The/3/det Armenian/3/amod ministry/4/nsubj said/0/root Azerbaijani/6/amod troops/7/nsubj shelled/4/ccomp military/11/amod and/10/cc civilian/8/conj infrastructure/7/obj ./4/punct",
    ]);
    let ent = |label: &str, i: usize| casus_core::Entity { label: label.into(), tokens: i..i + 1, score: 1.0 };
    doc.sentences[0].entities = vec![ent("NORP", 1), ent("NORP", 4)];
    let ev = crate::events::extract(&doc);
    let targets: Vec<(Option<&str>, Option<&str>)> = ev
        .iter()
        .map(|e| {
            (e.target.as_ref().and_then(|p| p.country.as_deref()), e.target.as_ref().and_then(|p| p.role.as_deref()))
        })
        .collect();
    assert_eq!(targets, vec![(Some("ARM"), Some("MIL")), (Some("ARM"), Some("CVL"))]);
}

#[test]
fn mediation_support_and_tolls() {
    let pair = |e: &casus_core::Event| {
        (e.actor.as_ref().and_then(|p| p.name.clone()), e.target.as_ref().and_then(|p| p.country.clone()))
    };
    // "The EU undertook mediation between Armenia and Azerbaijan": the EU acts on both.
    let ev = events_of(
        "The/2/det EU/3/nsubj undertook/0/root mediation/3/obj between/6/case Armenia/4/nmod and/8/cc Azerbaijan/6/conj ./3/punct",
        None,
    );
    let got: Vec<_> = ev.iter().map(pair).collect();
    let eu = Some("European Union".to_string());
    assert_eq!(got, vec![(eu.clone(), Some("ARM".into())), (eu, Some("AZE".into()))]);
    // "seceded with the support of Armenia": Armenia supports (070).
    let ev = events_of(
        "Karabakh/2/nsubj seceded/0/root with/5/case the/5/det support/2/obl of/7/case Armenia/5/nmod ./2/punct",
        None,
    );
    let support = ev.iter().find(|e| e.action.cameo == "070").expect("070");
    assert_eq!(support.actor.as_ref().and_then(|p| p.country.as_deref()), Some("ARM"));
    // "The war caused 30,000 deaths": one event, the war's, with no target.
    let ev = events_of("The/2/det war/3/nsubj caused/0/root 30,000/5/nummod deaths/3/obj ./3/punct", None);
    assert_eq!(ev.len(), 1, "{ev:?}");
    assert_eq!((ev[0].action.text.as_str(), ev[0].target.is_none()), ("war", true));
}

#[test]
fn a_mediator_acts_on_the_sides_it_mediates_between() {
    let pair = |e: &casus_core::Event| {
        (e.actor.as_ref().and_then(|p| p.country.clone()), e.target.as_ref().and_then(|p| p.country.clone()))
    };
    let qatar_on = |a: &str, b: &str| {
        vec![(Some("QAT".to_string()), Some(a.to_string())), (Some("QAT".to_string()), Some(b.to_string()))]
    };
    // "Qatar mediated between Ethiopia and Eritrea": the subject mediates, the sides are acted on.
    let ev = events_of(
        "Qatar/2/nsubj mediated/0/root between/4/case Ethiopia/2/obl and/6/cc Eritrea/4/conj ./2/punct",
        None,
    );
    assert_eq!(ev.iter().map(pair).collect::<Vec<_>>(), qatar_on("ETH", "ERI"), "{ev:#?}");
    // "Qatar offered to mediate between Ethiopia and Eritrea": the phrase hangs on the complement.
    let ev = events_of(
        "Qatar/2/nsubj offered/0/root to/4/mark mediate/2/xcomp between/6/case Ethiopia/4/obl and/8/cc \
         Eritrea/6/conj ./2/punct",
        None,
    );
    assert_eq!(ev.iter().map(pair).collect::<Vec<_>>(), qatar_on("ETH", "ERI"), "{ev:#?}");
}

#[test]
fn durations_widen_a_day_and_when_clauses_take_their_date() {
    // "The November 9, 2020 agreement ended a six-week conflict": the conflict spans two months.
    let ev = doc_events(
        &["The/5/det November/5/compound 9/2/nummod 2020/2/nummod agreement/6/nsubj ended/0/root a/9/det six-week/9/nummod conflict/6/obj ./6/punct"],
        "2022-03-26",
    );
    assert_eq!(date_of(&ev, "conflict"), Some("2020"));
    // "The incident is the first since late last year, when the two began talks".
    let ev = doc_events(
        &["The/2/det incident/5/nsubj is/5/cop the/5/det first/0/root since/9/case late/9/amod last/9/amod year/5/obl when/14/advmod Armenia/14/nsubj and/13/cc Azerbaijan/11/conj began/5/advcl talks/14/obj ./5/punct"],
        "2024-02-13",
    );
    assert_eq!(date_of(&ev, "talks"), Some("2023"));
}

#[test]
fn a_restated_toll_takes_the_place_of_the_incident_and_the_border_is_the_articles() {
    let mut doc = crate::events::testing::parsed_doc(&[
        "Armenian/2/amod troops/3/nsubj clashed/0/root with/6/case Azerbaijani/6/amod forces/3/obl at/9/case the/9/det border/3/obl on/11/case Tuesday/3/obl ./3/punct",
        "Nearly/2/advmod 100/3/nummod dead/0/root in/5/case clashes/3/nmod",
    ]);
    doc.published = chrono::NaiveDate::from_ymd_opt(2022, 9, 13);
    let ent = |label: &str, i: usize| casus_core::Entity { label: label.into(), tokens: i..i + 1, score: 1.0 };
    doc.sentences[0].entities = vec![ent("NORP", 0), ent("NORP", 4)];
    let ev = crate::events::extract(&doc);
    let places: Vec<Option<&str>> = ev.iter().map(|e| e.location.as_ref().and_then(|l| l.name.as_deref())).collect();
    assert!(places.iter().all(|p| *p == Some("Armenia–Azerbaijan border")), "{places:?}");
    assert!(ev.iter().any(|e| e.action.text == "clashes"), "{ev:?}");
}

#[test]
fn killed_in_clashes_with_the_other_side() {
    // "50 Azerbaijani soldiers were killed in clashes with Armenian forces": both sides clash, the
    // toll goes to the event that struck the Azerbaijani side.
    let ev = events_of(
        "50/3/nummod Azerbaijani/3/amod soldiers/5/nsubj:pass were/5/aux:pass killed/0/root in/7/case clashes/5/obl with/10/case Armenian/10/amod forces/7/nmod ./5/punct",
        None,
    );
    let rows: Vec<(Option<&str>, Option<&str>, Option<u64>)> = ev
        .iter()
        .map(|e| {
            (
                e.actor.as_ref().and_then(|p| p.country.as_deref()),
                e.target.as_ref().and_then(|p| p.country.as_deref()),
                e.casualties.killed.as_ref().and_then(|k| k.count),
            )
        })
        .collect();
    assert_eq!(rows, vec![(Some("AZE"), Some("ARM"), None), (Some("ARM"), Some("AZE"), Some(50))]);
}

#[test]
fn opened_fire_on_positions_hung_off_the_verb() {
    let ev = events_of(
        "Armenian/2/amod forces/3/nsubj opened/0/root fire/3/obj on/7/case Azerbaijani/7/amod positions/3/obl at/10/case the/10/det border/3/obl ./3/punct",
        None,
    );
    let target = ev[0].target.as_ref().map(|p| (p.country.as_deref(), p.role.as_deref()));
    assert_eq!(target, Some((Some("AZE"), Some("MIL"))));
}

#[test]
fn an_aim_when_the_object_is_no_party_and_engaging_in_a_firefight() {
    let country = |e: &casus_core::Event| e.target.as_ref().and_then(|p| p.country.clone());
    let ev = events_of("The/2/det US/3/nsubj fired/0/root batteries/3/obj at/6/case Russia/3/obl ./3/punct", None);
    assert_eq!(country(&ev[0]).as_deref(), Some("RUS"));
    let ev = events_of(
        "Syrian/2/amod rebels/3/nsubj engaged/0/root Filipino/5/amod peacekeepers/3/obj in/8/case a/8/det firefight/3/obl ./3/punct",
        None,
    );
    let e = ev.iter().find(|e| e.action.text == "firefight").expect("firefight");
    assert_eq!(e.actor.as_ref().and_then(|p| p.country.as_deref()), Some("SYR"));
    assert_eq!(country(e).as_deref(), Some("PHL"));
}

#[test]
fn a_phrase_is_its_contiguous_run_of_tokens() {
    // "Iraq's advisor met with Assad" with "Assad" misattached under "advisor": the verb stays out.
    let doc = parsed("Iraq/3/nmod:poss 's/1/case advisor/4/nsubj met/0/root with/6/case Assad/3/nmod ./4/punct");
    let v = view_of(&doc);
    assert_eq!(v.text(v.phrase(2)), "Iraq 's advisor");
    // Punctuation inside a name still bridges it.
    let doc = parsed("L/4/nsubj ‘/3/punct Azerbaijan/1/flat accused/0/root Armenia/4/obj ./4/punct");
    let v = view_of(&doc);
    assert_eq!(v.text(v.phrase(0)), "L ‘ Azerbaijan");
}

#[test]
fn a_second_act_coordinated_with_a_speech_act_is_an_event() {
    // "The EU called for restraint and undertook mediation between the two sides."
    let ev = events_of(
        "The/2/det EU/3/nsubj called/0/root for/5/case restraint/3/obl and/7/cc undertook/3/conj mediation/7/obj ./3/punct",
        None,
    );
    let codes: Vec<&str> = ev.iter().map(|e| e.action.cameo.as_str()).collect();
    assert!(codes.contains(&"0256") && codes.contains(&"045"), "{codes:?}");
    // "accused Armenia of firing and killing": the content stays content.
    let ev = events_of(
        "Baku/2/nsubj accused/0/root Armenia/2/obj of/5/mark firing/2/advcl and/7/cc shelling/5/conj ./2/punct",
        None,
    );
    assert_eq!(ev.len(), 1, "{ev:?}");
}

#[test]
fn a_parse_with_a_cycle_is_cut_into_a_tree_and_extraction_ends() {
    // Tovuz and region head each other, "base" heads itself: no walk may loop, the shelling stays.
    let spec = "Rebels/2/nsubj shelled/0/root a/4/det base/4/obj in/6/case Tovuz/7/nmod region/6/nmod ./2/punct";
    let doc = parsed(spec);
    let v = view_of(&doc);
    assert_eq!(v.head(5), None, "the cycle is cut at its first token");
    assert_eq!(v.head(6), Some(5));
    assert_eq!(v.head(3), None);
    let ev = events_of(spec, Some("2020-07-14"));
    assert!(ev.iter().any(|e| e.action.cameo.starts_with("19")), "{ev:?}");
}
