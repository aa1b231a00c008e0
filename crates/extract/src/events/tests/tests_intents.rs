//! Stated intent with no verb of promise: what a party says it will (or will no longer) do in its
//! relations with another (GUIDELINES §2, §12.9: statements of intent are 03x; a refusal is 12x).
use crate::events::testing::events_of;

fn records(spec: &str) -> Vec<(String, Option<String>, Option<String>)> {
    let text = |p: &Option<casus_core::Party>| p.as_ref().map(|p| p.text.clone());
    events_of(spec, None).iter().map(|e| (e.action.cameo.clone(), text(&e.actor), text(&e.target))).collect()
}

#[test]
fn a_party_saying_it_will_keep_or_resume_ties_with_another_states_an_intent() {
    // "Japan said it would maintain diplomatic relations with Iran."
    let spec = "Japan/2/nsubj said/0/root it/5/nsubj would/5/aux maintain/2/ccomp diplomatic/7/amod \
                relations/5/obj with/9/case Iran/7/nmod ./2/punct";
    let got = records(spec);
    assert!(got.iter().any(|r| r.0.starts_with("03") && r.1.as_deref() == Some("Japan")), "{got:?}");
}

#[test]
fn a_party_saying_it_will_no_longer_recognize_another_rejects_it() {
    // "The opposition said it will no longer recognize the council."
    let spec = "The/2/det opposition/3/nsubj said/0/root it/8/nsubj will/8/aux no/7/advmod longer/8/advmod \
                recognize/3/ccomp the/10/det council/8/obj ./3/punct";
    let got = records(spec);
    assert!(got.iter().any(|r| r.0.starts_with("12") && r.1.as_deref() == Some("The opposition")), "{got:?}");
}

#[test]
fn a_future_without_a_relation_or_said_of_a_third_party_states_no_intent() {
    // "He said it will take some time": nothing done with anyone.
    let time = "He/2/nsubj said/0/root it/5/nsubj will/5/aux take/2/ccomp some/7/det time/5/obj ./2/punct";
    assert!(records(time).iter().all(|r| !r.0.starts_with("03")), "{:?}", records(time));
    // "Analysts said Tehran would maintain relations with Riyadh": a third party's future, no statement.
    let third = "Analysts/2/nsubj said/0/root Tehran/5/nsubj would/5/aux maintain/2/ccomp relations/5/obj \
                 with/8/case Riyadh/6/nmod ./2/punct";
    assert!(records(third).iter().all(|r| !r.0.starts_with("03")), "{:?}", records(third));
}
