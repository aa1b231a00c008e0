//! Who a predicate of responsibility or an accusation holds to have done an event noun: the subject of
//! "responsible for", the "on" phrase of a passive "blamed", the one who stands accused of it.
use crate::events::testing::events_of;

fn actor_of(spec: &str, trigger: &str) -> Option<String> {
    let ev = events_of(spec, None);
    let e = ev.iter().find(|e| e.action.text.ends_with(trigger)).unwrap_or_else(|| panic!("{trigger}: {ev:?}"));
    e.actor.as_ref().map(|p| p.text.clone())
}

#[test]
fn the_subject_of_responsible_for_an_event_noun_did_it() {
    // "Police said two gunmen were responsible for the attack on the market."
    let spec = "Police/2/nsubj said/0/root two/4/nummod gunmen/6/nsubj were/6/cop responsible/2/ccomp \
                for/9/case the/9/det attack/6/obl on/12/case the/12/det market/9/nmod ./2/punct";
    assert_eq!(actor_of(spec, "attack").as_deref(), Some("two gunmen"));
    // "Troops killed the militants responsible for the bombing."
    let spec = "Troops/2/nsubj killed/0/root the/4/det militants/2/obj responsible/4/amod for/8/case \
                the/8/det bombing/5/obl ./2/punct";
    assert!(actor_of(spec, "bombing").is_some_and(|a| a.starts_with("the militants")));
}

#[test]
fn an_event_noun_blamed_on_a_party_is_that_partys() {
    // "The bombing was blamed on the rebels."
    let spec = "The/2/det bombing/4/nsubj:pass was/4/aux:pass blamed/0/root on/7/case the/7/det \
                rebels/4/obl ./4/punct";
    assert_eq!(actor_of(spec, "bombing").as_deref(), Some("the rebels"));
}

#[test]
fn who_stands_accused_of_an_event_noun_did_it() {
    // "Two soldiers stand accused of the bombing of the base." (parsed with the subject on "accused")
    let spec = "Two/2/nummod soldiers/4/nsubj stand/0/root accused/3/advcl of/7/case the/7/det \
                bombing/4/obl of/10/case the/10/det base/7/nmod ./3/punct";
    assert_eq!(actor_of(spec, "bombing").as_deref(), Some("Two soldiers"));
}

#[test]
fn neither_the_accuser_nor_a_reporter_does_the_event_noun() {
    // "Rights groups accused the army of the killings": the army, as the accusation reads it.
    let spec = "Rights/2/compound groups/3/nsubj accused/0/root the/5/det army/3/obj of/8/case the/8/det \
                killings/3/obl ./3/punct";
    assert_eq!(actor_of(spec, "killings").as_deref(), Some("the army"));
    // "A Ukrainian report of a strike on the town reached Kyiv": the reporter is no actor.
    let spec = "A/3/det Ukrainian/3/amod report/10/nsubj of/6/case a/6/det strike/3/nmod on/9/case the/9/det \
                town/6/nmod reached/0/root Kyiv/10/obj ./10/punct";
    let ev = events_of(spec, None);
    assert!(ev.iter().filter(|e| e.action.text == "strike").all(|e| e.actor.is_none()), "{ev:?}");
    // "The group denied responsibility for the attack": a denied deed has no doer from the denial.
    let spec = "The/2/det group/3/nsubj denied/0/root responsibility/3/obj for/7/case the/7/det \
                attack/4/nmod ./3/punct";
    let ev = events_of(spec, None);
    assert!(ev.iter().filter(|e| e.action.text == "attack").all(|e| e.actor.is_none()), "{ev:?}");
    // "Police said suicide bombers were responsible for the attacks": the bombers' own record tells
    // the attacks; the attacks get no doer of their own here.
    let spec = "Police/2/nsubj said/0/root suicide/4/compound bombers/6/nsubj were/6/cop responsible/2/ccomp \
                for/9/case the/9/det attacks/6/obl ./2/punct";
    let ev = events_of(spec, None);
    assert!(ev.iter().filter(|e| e.action.text == "attacks").all(|e| e.actor.is_none()), "{ev:?}");
}
