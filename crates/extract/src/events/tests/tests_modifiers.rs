//! Trigger words that describe a party rather than report an act: an event noun before a party
//! noun ("coup leaders"), a participle of suspicion in a toll ("six suspected insurgents"), and
//! blame with no one who blames ("officials accused of abuses", GUIDELINES §12.9).
use crate::events::testing::codes;

#[test]
fn coup_leaders_are_no_coup_but_leaders_who_stage_one_make_one() {
    let got = codes("Coup/2/compound leaders/3/nsubj detained/0/root the/5/det president/3/obj ./3/punct");
    assert!(got.iter().all(|c| c != "180"), "{got:?}");
    assert!(got.iter().any(|c| c == "173"), "{got:?}");
    let got = codes("Rebel/2/compound leaders/3/nsubj staged/0/root a/5/det coup/3/obj ./3/punct");
    assert!(got.iter().any(|c| c == "180"), "{got:?}");
}

#[test]
fn suspected_insurgents_killed_are_no_accusation() {
    let got = codes("Soldiers/2/nsubj killed/0/root six/5/nummod suspected/5/amod insurgents/2/obj ./2/punct");
    assert_eq!(got, ["190"]);
}

#[test]
fn blame_with_no_one_who_blames_is_no_record_but_blame_by_a_party_is() {
    let got = codes(
        "The/2/det army/3/nsubj freed/0/root three/5/nummod officials/3/obj accused/5/acl of/8/case \
         abuses/6/obl ./3/punct",
    );
    assert!(got.iter().all(|c| !c.starts_with("112")), "{got:?}");
    let got = codes(
        "A/2/det commander/9/nsubj:pass accused/2/acl by/6/case the/6/det UN/3/obl:agent of/8/case \
         massacres/3/obl was/9/aux:pass arrested/0/root ./9/punct",
    );
    assert!(got.iter().any(|c| c.starts_with("112")), "{got:?}");
}

#[test]
fn a_state_before_a_noun_of_what_happens_there_is_the_place() {
    use crate::events::testing::{events_of, party_texts};
    // "Sudan Clashes Kill 20", "Iran Protests Spread": where, not who; "Israeli Strikes" are Israel's.
    let ev = events_of("Sudan/2/compound Clashes/3/nsubj Kill/0/root 20/3/obj", None);
    assert!(ev.iter().all(|e| e.actor.is_none()), "{:?}", party_texts(&ev));
    let ev = events_of("Iran/2/compound Protests/3/nsubj Spread/0/root", None);
    assert!(ev.iter().all(|e| e.actor.is_none()), "{:?}", party_texts(&ev));
    let ev = events_of("Israeli/2/amod strikes/3/nsubj hit/0/root Gaza/3/obj", None);
    assert!(party_texts(&ev).iter().any(|(_, a, _)| *a == Some("Israeli")), "{:?}", party_texts(&ev));
}

#[test]
fn a_state_adjective_and_a_people_name_on_one_noun_are_one_community() {
    use crate::events::testing::{events_of, party_texts};
    // "A Bosnian Serb shell hit a market": the shell is the Bosnian Serbs', not Bosnia's government's
    // nor a second party "Serb".
    let ev = events_of("A/4/det Bosnian/4/amod Serb/4/amod shell/5/nsubj hit/0/root a/7/det market/5/obj", None);
    let actors: Vec<&str> = party_texts(&ev).iter().filter_map(|(_, a, _)| *a).collect();
    assert_eq!(actors, ["Bosnian Serb"], "{:?}", party_texts(&ev));
    assert!(ev.iter().all(|e| e.actor.as_ref().is_some_and(|a| a.role.as_deref() == Some("REB"))));
}

#[test]
fn a_state_that_holds_a_noun_of_what_happens_there_is_the_place() {
    use crate::events::testing::{events_of, party_texts};
    // "Liberia's fighting", "Burundi's civil war", "Sudan's unrest": where, not who (GUIDELINES).
    for text in [
        "Liberia/3/nmod:poss 's/1/case fighting/4/nsubj spread/0/root to/6/case Monrovia/4/obl",
        "Burundi/4/nmod:poss 's/1/case civil/4/amod war/5/nsubj resumed/0/root in/7/case 1998/5/obl",
        "Sudan/3/nmod:poss 's/1/case unrest/4/nsubj entered/0/root its/7/nmod:poss third/7/amod month/4/obj",
    ] {
        let ev = events_of(text, None);
        assert!(!ev.is_empty(), "{text}");
        assert!(ev.iter().all(|e| e.actor.is_none()), "{text}: {:?}", party_texts(&ev));
    }
}

#[test]
fn a_state_that_holds_a_directed_act_or_an_aimed_war_is_its_doer() {
    use crate::events::testing::{events_of, party_texts};
    for (text, doer) in [
        ("Israel/3/nmod:poss 's/1/case offensive/4/nsubj killed/0/root 30/6/nummod people/4/obj", "Israel"),
        ("Russia/3/nmod:poss 's/1/case war/6/nsubj against/5/case Ukraine/3/nmod entered/0/root its/9/nmod:poss third/9/amod year/6/obj", "Russia"),
        ("Ethiopia/3/nmod:poss 's/1/case fighting/6/nsubj with/5/case Eritrea/3/nmod resumed/0/root", "Ethiopia"),
    ] {
        let ev = events_of(text, None);
        assert!(party_texts(&ev).iter().any(|(_, a, _)| *a == Some(doer)), "{text}: {:?}", party_texts(&ev));
    }
}

#[test]
fn an_anti_modifier_names_whom_the_event_opposes_not_its_doer() {
    use crate::events::testing::{events_of, party_texts};
    // "anti-government protests": the government is what the crowd opposes, not who protests.
    for text in [
        "Anti-government/2/amod protests/3/nsubj spread/0/root across/6/case the/6/det capital/3/obl",
        "Thousands/2/nsubj joined/0/root anti-junta/4/amod rallies/2/obj in/6/case Yangon/2/obl",
    ] {
        let ev = events_of(text, None);
        let gov = |e: &casus_core::Event| e.actor.as_ref().is_some_and(|a| a.role.as_deref() == Some("GOV"));
        assert!(!ev.iter().any(gov), "{text}: {:?}", party_texts(&ev));
    }
}

#[test]
fn a_state_in_a_headline_before_a_death_toll_is_the_place() {
    use crate::events::testing::{events_of, party_texts};
    for text in [
        "Somalia/3/compound Death/3/compound Toll/4/nsubj Climbs/0/root",
        "Haiti/2/compound Crisis/3/nsubj Deepens/0/root",
    ] {
        let ev = events_of(text, None);
        assert!(ev.iter().all(|e| e.actor.is_none()), "{text}: {:?}", party_texts(&ev));
    }
}
