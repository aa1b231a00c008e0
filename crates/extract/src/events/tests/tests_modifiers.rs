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
