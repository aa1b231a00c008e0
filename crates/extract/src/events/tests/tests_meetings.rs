//! Meetings of two parties, one record each way (GUIDELINES §12.9): the one met as the verb's
//! object, as well as in a with-phrase, and two coordinated subjects that "met".
use crate::events::testing::{events_of, party_texts};

fn met(spec: &str) -> Vec<(String, Option<String>, Option<String>)> {
    let ev = events_of(spec, Some("2021-06-08"));
    party_texts(&ev)
        .into_iter()
        .filter(|e| e.0.starts_with("04"))
        .map(|(c, a, t)| (c.to_string(), a.map(String::from), t.map(String::from)))
        .collect()
}

fn pair(code: &str, a: &str, t: &str) -> (String, Option<String>, Option<String>) {
    (code.to_string(), Some(a.to_string()), Some(t.to_string()))
}

#[test]
fn the_one_met_as_the_object_met_the_subject_too() {
    let got = met("Putin/2/nsubj met/0/root Xi/2/obj in/5/case Nairobi/2/obl on/7/case Monday/2/obl ./2/punct");
    assert_eq!(got, [pair("040", "Putin", "Xi"), pair("040", "Xi", "Putin")]);
}

#[test]
fn two_who_met_met_each_other() {
    let got = met("Putin/4/nsubj and/3/cc Xi/1/conj met/0/root in/6/case Nairobi/4/obl ./4/punct");
    assert_eq!(got, [pair("040", "Putin", "Xi"), pair("040", "Xi", "Putin")]);
}

#[test]
fn a_host_or_a_caller_stays_one_record() {
    // Hosting is done to the guest; a call is told from the caller's side.
    let got = met("Kenya/2/nsubj hosted/0/root Ethiopia/2/obj on/5/case Monday/2/obl ./2/punct");
    assert_eq!(got.len(), 1, "{got:?}");
    let got = met("Putin/2/nsubj phoned/0/root Xi/2/obj on/5/case Monday/2/obl ./2/punct");
    assert!(got.len() <= 1, "{got:?}");
}
