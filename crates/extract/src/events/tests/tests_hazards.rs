//! Force done by no party (`hazards`): a natural hazard or a collapse as the doer, an animal as
//! the doer or the one hit; each with a twin where a party does it.
use crate::events::testing::{doc_events, texts_of};

#[test]
fn a_named_storm_is_no_attacker() {
    let ev = texts_of("Typhoon/2/compound Haiyan/3/nsubj killed/0/root 20/5/nummod people/3/obj ./3/punct", None);
    assert!(ev.is_empty(), "{ev:?}");
    let twin = texts_of("Rebels/2/nsubj killed/0/root 20/4/nummod people/2/obj ./2/punct", None);
    assert!(!twin.is_empty(), "{twin:?}");
}

#[test]
fn a_storm_named_earlier_in_the_story_is_no_attacker() {
    let hit = "Malawi/3/nsubj:pass was/3/aux:pass struck/0/root by/5/case Freddy/3/obl:agent on/7/case Monday/3/obl ./3/punct";
    let ev = doc_events(
        &["Cyclone/2/compound Freddy/3/nsubj formed/0/root last/5/amod week/3/obl:tmod ./3/punct", hit],
        "2023-03-01",
    );
    assert!(ev.is_empty(), "{ev:?}");
    // Twin: Freddy named as no hazard is a party.
    let twin = doc_events(
        &["Commander/2/compound Freddy/3/nsubj arrived/0/root last/5/amod week/3/obl:tmod ./3/punct", hit],
        "2023-03-01",
    );
    assert!(twin.iter().any(|e| e.action.text == "struck"), "{twin:?}");
}

#[test]
fn collapsing_buildings_are_no_attacker() {
    let ev = texts_of("Collapsing/2/amod buildings/3/nsubj injured/0/root 15/5/nummod people/3/obj ./3/punct", None);
    assert!(ev.is_empty(), "{ev:?}");
    let twin = texts_of("Gunmen/2/nsubj injured/0/root 15/4/nummod people/2/obj ./2/punct", None);
    assert!(!twin.is_empty(), "{twin:?}");
}

#[test]
fn killed_animals_are_no_victims() {
    let spec = |who: &str| {
        format!(
            "Thousands/5/nsubj:pass of/3/case {who}/1/nmod were/5/aux:pass killed/0/root in/8/case the/8/det \
             town/5/obl on/10/case Monday/5/obl ./5/punct"
        )
    };
    let ev = texts_of(&spec("dogs"), Some("2024-05-08"));
    assert!(ev.is_empty(), "{ev:?}");
    let twin = texts_of(&spec("civilians"), Some("2024-05-08"));
    assert!(!twin.is_empty(), "{twin:?}");
}
