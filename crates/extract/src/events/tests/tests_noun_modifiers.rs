//! What a word before an event noun says: a state's own name is where the event happened when the
//! noun strikes no one ("the Syria airstrike"), the doer when it does ("the Russia attack on Ukraine");
//! demonyms and short forms used as adjectives ("Iraqi raids", "U.S. strikes") keep naming the doer.
use crate::events::testing::events_of;

fn actor_of(spec: &str, trigger: &str) -> Option<String> {
    let ev = events_of(spec, None);
    let e = ev.iter().find(|e| e.action.text.ends_with(trigger)).unwrap_or_else(|| panic!("{trigger}: {ev:?}"));
    e.actor.as_ref().map(|p| p.text.clone())
}

#[test]
fn a_state_name_before_an_event_noun_that_strikes_no_one_is_where_not_who() {
    // "Nine people were killed in a Syria airstrike on Tuesday."
    let spec = "Nine/2/nummod people/4/nsubj:pass were/4/aux:pass killed/0/root in/8/case a/8/det \
                Syria/8/compound airstrike/4/obl on/10/case Tuesday/4/obl ./4/punct";
    assert_eq!(actor_of(spec, "airstrike"), None);
    // "Afghanistan Fighting Spreads To The North" (a headline).
    let spec = "Afghanistan/2/compound Fighting/3/nsubj Spreads/0/root To/6/case The/6/det North/3/obl";
    assert_eq!(actor_of(spec, "Fighting"), None);
}

#[test]
fn a_state_name_before_an_event_noun_with_a_target_is_the_doer() {
    // "The Russia attack on Ukraine shocked Europe."
    let spec = "The/3/det Russia/3/compound attack/6/nsubj on/5/case Ukraine/3/nmod shocked/0/root \
                Europe/6/obj ./6/punct";
    assert_eq!(actor_of(spec, "attack").as_deref(), Some("Russia"));
}

#[test]
fn a_short_form_or_a_demonym_before_an_event_noun_is_the_doer() {
    // "U.S. strikes killed ten militants in Somalia."
    let spec = "U.S./2/compound strikes/3/nsubj killed/0/root ten/5/nummod militants/3/obj in/7/case \
                Somalia/3/obl ./3/punct";
    assert_eq!(actor_of(spec, "strikes").as_deref(), Some("U.S."));
    // "Iraqi raids killed ten militants."
    let spec = "Iraqi/2/amod raids/3/nsubj killed/0/root ten/5/nummod militants/3/obj ./3/punct";
    assert_eq!(actor_of(spec, "raids").as_deref(), Some("Iraqi"));
}
