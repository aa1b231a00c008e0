//! Charges of subversion told as claims: a speaker saying that a party works against a process
//! accuses it (112, GUIDELINES §4).
use crate::events::testing::{briefs, Brief};

fn brief(spec: &str) -> Vec<Brief> {
    briefs(spec, None)
}

#[test]
fn saying_a_party_tries_to_block_a_process_accuses_it() {
    // "The minister said the rebels have been trying to block the elections": 112 minister → rebels.
    let spec = "The/2/det minister/3/nsubj said/0/root the/5/det rebels/8/nsubj have/8/aux been/8/aux \
                trying/3/ccomp to/10/mark block/8/xcomp the/12/det elections/10/obj ./3/punct";
    let got = brief(spec);
    assert!(
        got.iter()
            .any(|g| g.0 == "112" && g.1.as_deref() == Some("The minister") && g.2.as_deref() == Some("the rebels")),
        "{got:?}"
    );
}

#[test]
fn narration_a_thing_or_an_accusation_already_said_is_no_second_charge() {
    // Narration: "The rebels tried to block the talks."
    let narrated = "The/2/det rebels/3/nsubj tried/0/root to/5/mark block/3/xcomp the/7/det talks/5/obj ./3/punct";
    assert!(brief(narrated).iter().all(|g| g.0 != "112"), "{:?}", brief(narrated));
    // A thing, not a process: "Police said the rebels sabotaged a pipeline."
    let pipeline = "Police/2/nsubj said/0/root the/4/det rebels/5/nsubj sabotaged/2/ccomp a/7/det \
                    pipeline/5/obj ./2/punct";
    assert!(brief(pipeline).iter().all(|g| g.0 != "112"), "{:?}", brief(pipeline));
    // "The minister accused the rebels of trying to derail the talks": one accusation.
    let accused = "The/2/det minister/3/nsubj accused/0/root the/5/det rebels/3/obj of/7/mark trying/3/advcl \
                   to/9/mark derail/7/xcomp the/11/det talks/9/obj ./3/punct";
    let got = brief(accused);
    assert_eq!(got.iter().filter(|g| g.0.starts_with("11")).count(), 1, "{got:?}");
}

#[test]
fn a_pronoun_accuser_is_not_the_side_it_accuses() {
    // "Armenia criticized Azerbaijan. It said the Azerbaijani leadership was trying to block the
    // talks.": "it" is Armenia, though Azerbaijan was named last.
    let first = "Armenia/2/nsubj criticized/0/root Azerbaijan/2/obj ./2/punct";
    let second = "It/2/nsubj said/0/root the/5/det Azerbaijani/5/amod leadership/7/nsubj was/7/aux \
                  trying/2/ccomp to/9/mark block/7/xcomp the/11/det talks/9/obj ./2/punct";
    let events = crate::events::testing::doc_events(&[first, second], "2023-09-14");
    let charge = events.iter().find(|e| e.action.cameo == "112").expect("a charge");
    let actor = charge.actor.as_ref().expect("an accuser");
    assert_eq!(actor.country.as_deref(), Some("ARM"), "{events:?}");
    // The accuser speaks for itself: no source of another side.
    assert!(charge.source.as_ref().is_none_or(|s| s.country.as_deref() == Some("ARM")), "{events:?}");
}

#[test]
fn a_charge_said_again_is_an_accusation() {
    // "The army reiterated the assertion.": 112 by the army.
    let spec = "The/2/det army/3/nsubj reiterated/0/root the/5/det assertion/3/obj ./3/punct";
    let got = brief(spec);
    assert!(got.iter().any(|g| g.0 == "112" && g.1.as_deref() == Some("The army")), "{got:?}");
    // Not a commitment said again: "The army reiterated its support for the talks."
    let support = "The/2/det army/3/nsubj reiterated/0/root its/5/nmod:poss support/3/obj for/8/case \
                   the/8/det talks/5/nmod ./3/punct";
    assert!(brief(support).iter().all(|g| g.0 != "112"), "{:?}", brief(support));
}

#[test]
fn a_report_of_one_blocking_is_no_charge_a_persistent_one_is() {
    // "The spokesman said the Senate blocked the agreement on Tuesday": a report, no accusation.
    let senate = "The/2/det spokesman/3/nsubj said/0/root the/5/det Senate/6/nsubj blocked/3/ccomp the/8/det \
                  agreement/6/obj on/10/case Tuesday/6/obl ./3/punct";
    assert!(brief(senate).iter().all(|g| g.0 != "112"), "{:?}", brief(senate));
    // "The minister said the rebels have repeatedly blocked the talks": 112 minister → rebels.
    let rebels = "The/2/det minister/3/nsubj said/0/root the/5/det rebels/8/nsubj have/8/aux repeatedly/8/advmod \
                  blocked/3/ccomp the/10/det talks/8/obj ./3/punct";
    let got = brief(rebels);
    assert!(
        got.iter()
            .any(|g| g.0 == "112" && g.1.as_deref() == Some("The minister") && g.2.as_deref() == Some("the rebels")),
        "{got:?}"
    );
}
