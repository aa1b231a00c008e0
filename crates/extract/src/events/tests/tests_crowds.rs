//! Crowd control: the crowd a dispersal or crackdown acts on is its target (GUIDELINES 12.4).
use crate::events::testing::{codes_of, events_of, trigger_targets};

#[test]
fn a_force_act_meant_to_disperse_a_crowd_acts_on_the_crowd() {
    let ev = events_of(
        "Riot/2/compound police/3/nsubj fired/0/root tear/5/compound gas/3/obj to/7/mark disperse/3/advcl \
         the/9/det demonstrators/7/obj ./3/punct",
        None,
    );
    assert_eq!(trigger_targets(&ev), [("fired tear gas", Some("the demonstrators"))], "{ev:#?}");
    let ev = events_of(
        "Troops/2/nsubj opened/0/root fire/2/obj to/5/mark break/2/advcl up/5/compound:prt a/8/det \
         crowd/5/obj of/10/case students/8/nmod ./2/punct",
        None,
    );
    assert_eq!(trigger_targets(&ev), [("opened fire", Some("a crowd of students"))], "{ev:#?}");
    // More weapons coordinated with the phrase's own noun are no target either.
    let ev = events_of(
        "Police/2/nsubj used/0/root tear/4/compound gas/2/obj and/7/cc stun/7/compound grenades/4/conj \
         to/9/mark disperse/2/advcl the/11/det marchers/9/obj ./2/punct",
        None,
    );
    assert_eq!(trigger_targets(&ev), [("used tear gas", Some("the marchers"))], "{ev:#?}");
    // ... and their aim is the phrase's aim.
    let ev = events_of(
        "Police/2/nsubj fired/0/root tear/4/compound gas/2/obj and/7/cc stun/7/compound grenades/4/conj \
         at/9/case students/7/nmod ./2/punct",
        None,
    );
    let fired = ev.iter().find(|e| e.action.text == "fired tear gas").expect("fired tear gas");
    assert_eq!(fired.target.as_ref().map(|t| t.text.as_str()), Some("students"), "{ev:#?}");
}

#[test]
fn a_dispersed_protest_stands_for_those_who_held_it() {
    // "by" parsed onto the verb, right after the protest noun.
    let ev = events_of(
        "Police/2/nsubj broke/0/root up/2/compound:prt rallies/2/obj by/6/case students/2/obl ./2/punct",
        None,
    );
    // The rallies repressed took place too: the students' own record (no target).
    assert_eq!(trigger_targets(&ev), [("broke up", Some("students")), ("rallies", None)], "{ev:#?}");
    let ev = events_of(
        "Soldiers/2/nsubj broke/0/root up/2/compound:prt a/5/det gathering/2/obj of/8/case opposition/8/compound \
         activists/5/nmod ./2/punct",
        None,
    );
    assert_eq!(trigger_targets(&ev), [("broke up", Some("opposition activists")), ("gathering", None)], "{ev:#?}");
}

#[test]
fn a_crackdown_on_protests_targets_the_protesters() {
    let ev = events_of(
        "Police/2/nsubj began/0/root a/4/det crackdown/2/obj on/6/case protests/4/nmod by/8/case farmers/6/nmod \
         ./2/punct",
        None,
    );
    // The protests repressed took place too: the farmers' own record (no target).
    assert_eq!(trigger_targets(&ev), [("crackdown", Some("farmers")), ("protests", None)], "{ev:#?}");
}

#[test]
fn a_protest_broken_up_by_police_took_place() {
    // "Police broke up a rally by opposition supporters": the repression (175) and the rally (141)
    // the supporters held.
    let ev = crate::events::testing::doc_events(
        &["Police/2/nsubj broke/0/root up/2/compound:prt a/5/det rally/2/obj by/8/case opposition/8/compound \
           supporters/5/nmod ./2/punct"],
        "2025-03-12",
    );
    let got = crate::events::testing::party_texts(&ev);
    assert!(got.iter().any(|(c, _, _)| c.starts_with("175")), "{got:?}");
    assert!(got.contains(&("141", Some("opposition supporters"), None)), "{got:?}");
}

#[test]
fn force_used_to_disperse_a_protest_is_repression() {
    // The purpose hangs on the first verb; the fire it precedes serves it too.
    let got = codes_of(
        "Police/2/nsubj used/0/root tear/4/compound gas/2/obj before/6/mark opening/2/advcl fire/6/obj \
         to/9/mark disperse/2/advcl the/11/det protesters/9/obj ./2/punct",
        None,
    );
    assert_eq!(got, ["175", "175"]);
    // Twin: another purpose leaves the fighting as it is.
    let got = codes_of(
        "Troops/2/nsubj opened/0/root fire/2/obj to/5/mark protect/2/advcl the/7/det convoy/5/obj ./2/punct",
        None,
    );
    assert_eq!(got, ["190"]);
}

#[test]
fn a_purpose_does_not_carry_to_a_conjunct_with_its_own_subject() {
    let ev = events_of(
        "Police/2/nsubj fired/0/root tear/4/compound gas/2/obj to/6/mark disperse/2/advcl the/8/det \
         protesters/6/obj and/11/cc soldiers/11/nsubj shelled/2/conj rebel/13/compound positions/11/obj \
         in/16/case the/16/det north/11/obl ./2/punct",
        None,
    );
    let shelled = ev.iter().find(|e| e.action.text.contains("shelled")).expect("the shelling");
    assert!(shelled.action.cameo.starts_with("19"), "{:?}", shelled.action);
    // Twin: a conjunct that shares the police as subject serves the same purpose.
    let ev = events_of(
        "Police/2/nsubj fired/0/root tear/4/compound gas/2/obj to/6/mark disperse/2/advcl the/8/det \
         protesters/6/obj and/10/cc opened/2/conj fire/10/obj ./2/punct",
        None,
    );
    let opened = ev.iter().find(|e| e.action.text.contains("opened")).expect("the shots");
    assert!(opened.action.cameo.starts_with("175"), "{:?}", opened.action);
}

#[test]
fn a_march_or_gathering_that_force_broke_up_is_a_protest_of_those_who_held_it() {
    // "Riot police broke up marches by farmers outside the ministry": 175 and the farmers' 141.
    let marches = "Riot/2/compound police/3/nsubj broke/0/root up/3/compound:prt marches/3/obj by/7/case \
                   farmers/5/nmod outside/10/case the/10/det ministry/3/obl ./3/punct";
    let ev = events_of(marches, Some("2025-03-12"));
    let got = crate::events::testing::party_texts(&ev);
    assert!(got.iter().any(|(c, _, _)| c.starts_with("175")), "{got:?}");
    assert!(got.contains(&("141", Some("farmers"), None)), "{got:?}");
    // "Soldiers fired tear gas to break up a gathering of students": the purpose clause acts on it.
    let gathering = "Soldiers/2/nsubj fired/0/root tear/4/compound gas/2/obj to/6/mark break/2/advcl \
                     up/6/compound:prt a/9/det gathering/6/obj of/11/case students/9/nmod ./2/punct";
    let ev = events_of(gathering, Some("2025-03-12"));
    let got = crate::events::testing::party_texts(&ev);
    assert!(got.contains(&("141", Some("students"), None)), "{got:?}");
}

#[test]
fn a_march_or_gathering_no_force_acts_upon_is_no_protest() {
    // "The minister spoke at a gathering of world leaders", "Police escorted a march by farmers".
    let spoke = "The/2/det minister/3/nsubj spoke/0/root at/6/case a/6/det gathering/3/obl of/9/case \
                 world/9/compound leaders/6/nmod ./3/punct";
    assert!(codes_of(spoke, None).iter().all(|c| !c.starts_with("14")), "{:?}", codes_of(spoke, None));
    let escorted = "Police/2/nsubj escorted/0/root a/4/det march/2/obj by/6/case farmers/4/nmod ./2/punct";
    assert!(codes_of(escorted, None).iter().all(|c| !c.starts_with("14")), "{:?}", codes_of(escorted, None));
    // Broken up, but held by an armed group ("a gathering of rebel commanders"), or not broken up.
    let commanders = "Soldiers/2/nsubj broke/0/root up/2/compound:prt a/5/det gathering/2/obj of/8/case \
                      rebel/8/compound commanders/5/nmod ./2/punct";
    assert!(!codes_of(commanders, None).contains(&"141".to_string()), "{:?}", codes_of(commanders, None));
    // The group named before the role word: "a gathering of Shabab commanders".
    let named = "Soldiers/2/nsubj broke/0/root up/2/compound:prt a/5/det gathering/2/obj of/8/case \
                 Shabab/8/compound commanders/5/nmod ./2/punct";
    assert!(!codes_of(named, None).contains(&"141".to_string()), "{:?}", codes_of(named, None));
    let not = "Police/4/nsubj did/4/aux not/4/advmod break/0/root up/4/compound:prt the/7/det march/4/obj \
               by/9/case farmers/7/nmod ./4/punct";
    assert!(!codes_of(not, None).contains(&"141".to_string()), "{:?}", codes_of(not, None));
    // Veterans of the army march like anyone else: "Police broke up a march of army veterans".
    let veterans = "Police/2/nsubj broke/0/root up/2/compound:prt a/5/det march/2/obj of/8/case \
                    army/8/compound veterans/5/nmod ./2/punct";
    assert!(codes_of(veterans, None).contains(&"141".to_string()), "{:?}", codes_of(veterans, None));
}

#[test]
fn a_protest_of_a_decision_has_no_holder() {
    // "Protests of the president's decision erupted": the of-phrase is what is protested.
    let joined = "Protests/7/nsubj of/6/case the/4/det president/6/nmod:poss 's/4/case decision/1/nmod \
                  erupted/0/root ./7/punct";
    let ev = crate::events::testing::doc_events(&[joined], "2024-03-01");
    assert!(ev.iter().all(|e| e.actor.as_ref().is_none_or(|a| !a.text.contains("decision"))), "{ev:?}");
}
