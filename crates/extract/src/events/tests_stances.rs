//! Stances said about a party: a reproach named by a noun of refusal, a commitment expressed or
//! reaffirmed (GUIDELINES §4, §12.9 "Speech acts").
use super::testing::events_of;

/// (code, actor, target) texts of a record.
fn brief(spec: &str) -> Vec<(String, Option<String>, Option<String>)> {
    events_of(spec, Some("2025-03-12"))
        .into_iter()
        .map(|e| (e.action.cameo, e.actor.map(|p| p.text), e.target.map(|p| p.text)))
        .collect()
}

#[test]
fn a_refusal_or_inability_a_speaker_names_is_a_criticism() {
    // "The minister called the delay a refusal to negotiate": a reproach, as "called it a failure".
    let refusal = "The/2/det minister/3/nsubj called/0/root the/5/det delay/3/obj a/7/det refusal/3/xcomp \
                   to/9/mark negotiate/7/acl ./3/punct";
    let got = brief(refusal);
    assert!(got.iter().any(|g| g.0 == "111"), "{got:?}");
    let inability = "Rebels/2/nsubj called/0/root the/4/det talks/2/obj an/6/det inability/2/xcomp \
                     to/8/mark compromise/6/acl ./2/punct";
    let got = brief(inability);
    assert!(got.iter().any(|g| g.0 == "111"), "{got:?}");
}

#[test]
fn a_commitment_expressed_or_reaffirmed_is_an_intent() {
    let reaffirmed = "Both/2/det leaders/3/nsubj reaffirmed/0/root their/5/nmod:poss commitment/3/obj \
                      to/9/case the/9/det peace/9/compound process/5/nmod ./3/punct";
    let got = brief(reaffirmed);
    assert!(got.iter().any(|g| g.0.starts_with("03")), "{got:?}");
    let expressed = "The/2/det envoy/3/nsubj expressed/0/root Washington/6/nmod:poss 's/4/case \
                     commitment/3/obj to/8/case talks/6/nmod ./3/punct";
    let got = brief(expressed);
    assert!(got.iter().any(|g| g.0.starts_with("03")), "{got:?}");
}
