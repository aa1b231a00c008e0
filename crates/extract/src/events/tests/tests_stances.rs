//! Stances said about a party: a reproach named by a noun of refusal, a commitment expressed or
//! reaffirmed, a judgment said as a predicate; no promise in "promising markets" (GUIDELINES §2, §4,
//! §12.9 "Speech acts").
use crate::events::testing::{briefs, Brief};

fn brief(spec: &str) -> Vec<Brief> {
    briefs(spec, Some("2025-03-12"))
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

#[test]
fn a_judgment_said_as_a_predicate_is_the_speakers_act_on_the_judged_party() {
    // "The minister said the decision was unacceptable": the minister criticizes, no source.
    let said = "The/2/det minister/3/nsubj said/0/root the/5/det decision/7/nsubj was/7/cop \
                unacceptable/3/ccomp ./3/punct";
    let got = brief(said);
    assert!(got.iter().any(|g| g.0 == "111" && g.1.as_deref() == Some("The minister") && g.3.is_none()), "{got:?}");
    // "Kenya said Somalia's move was unacceptable": Kenya criticizes Somalia.
    let party = "Kenya/2/nsubj said/0/root Somalia/5/nmod:poss 's/3/case move/7/nsubj was/7/cop \
                 unacceptable/2/ccomp ./2/punct";
    let got = brief(party);
    assert!(
        got.iter().any(|g| g.0 == "111"
            && g.1.as_deref() == Some("Kenya")
            && g.2.as_deref().is_some_and(|t| t.starts_with("Somalia"))),
        "{got:?}"
    );
    // "The lawyer said the ruling was harsh and unacceptable": a conjoined predicate judges too.
    let conjoined = "The/2/det lawyer/3/nsubj said/0/root the/5/det ruling/7/nsubj was/7/cop harsh/3/ccomp \
                     and/9/cc unacceptable/7/conj ./3/punct";
    let got = brief(conjoined);
    assert!(got.iter().any(|g| g.0 == "111" && g.1.as_deref() == Some("The lawyer") && g.3.is_none()), "{got:?}");
}

#[test]
fn a_promising_thing_is_no_promise() {
    // "The most promising markets are in Asia": an adjective of quality, no intent stated.
    let adjective = "The/4/det most/3/advmod promising/4/amod markets/7/nsubj are/7/cop in/7/case Asia/0/root \
                     ./7/punct";
    assert!(brief(adjective).iter().all(|g| !g.0.starts_with("03")), "{:?}", brief(adjective));
    // "The rebels promised to release the hostages": still an intent.
    let verb = "The/2/det rebels/3/nsubj promised/0/root to/5/mark release/3/xcomp the/7/det hostages/5/obj \
                ./3/punct";
    assert!(brief(verb).iter().any(|g| g.0.starts_with("03")), "{:?}", brief(verb));
}

#[test]
fn a_commitment_to_no_settlement_is_no_intent_and_no_party() {
    // "Rebels expressed their commitment to fighting": no 030, and "their commitment" does not fight.
    let spec = "Rebels/2/nsubj expressed/0/root their/4/nmod:poss commitment/2/obj to/6/mark fighting/4/acl ./2/punct";
    let got = brief(spec);
    assert!(got.iter().all(|g| !g.0.starts_with("03")), "{got:?}");
    assert!(got.iter().all(|g| g.1.as_deref().is_none_or(|a| !a.contains("commitment"))), "{got:?}");
}
