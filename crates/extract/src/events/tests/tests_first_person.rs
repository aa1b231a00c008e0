//! "I" and "we" are whoever speaks (the sentence's source, else the last speaker), not the party
//! the story named last: a quote that runs on into a sentence of its own keeps its speaker.
use crate::events::testing::doc_events;

/// The actor's country of the first event whose trigger is `trigger`.
fn actor_country(ev: &[casus_core::Event], trigger: &str) -> Option<String> {
    ev.iter().find(|e| e.action.text == trigger)?.actor.as_ref()?.country.clone()
}

const SAID: &str = "Kenya/2/nsubj said/0/root Somali/4/amod troops/5/nsubj attacked/2/ccomp its/7/nmod:poss \
                    border/7/compound posts/5/obj ./2/punct";

#[test]
fn a_quoted_we_with_no_source_of_its_own_is_the_last_speaker() {
    let quote = "“/4/punct We/4/nsubj will/4/aux retaliate/0/root ./4/punct ”/4/punct";
    let ev = doc_events(&[SAID, quote], "2024-05-07");
    assert_eq!(actor_country(&ev, "retaliate").as_deref(), Some("KEN"), "{ev:?}");
}

#[test]
fn a_they_is_still_the_party_named_last() {
    let narration = "They/2/nsubj shelled/0/root a/4/det village/2/obj ./2/punct";
    let ev = doc_events(&[SAID, narration], "2024-05-07");
    assert_eq!(actor_country(&ev, "shelled").as_deref(), Some("SOM"), "{ev:?}");
}
