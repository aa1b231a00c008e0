//! Cooperation and consultation: meetings, hosting, support, cooperation (GUIDELINES §2, §4, §12.9).
use crate::events::testing::codes_of;

/// The CAMEO code of every event.
fn codes(spec: &str) -> Vec<String> {
    codes_of(spec, Some("2025-03-12"))
}

#[test]
fn a_meeting_a_speaker_addresses_is_no_consultation() {
    let got = codes("The/2/det minister/3/nsubj told/0/root a/6/det cabinet/6/compound meeting/3/obj ./3/punct");
    assert!(!got.iter().any(|c| c.starts_with("04")), "{got:?}");
    let got = codes("The/2/det minister/3/nsubj held/0/root a/5/det meeting/3/obj with/7/case rebels/5/nmod ./3/punct");
    assert!(got.iter().any(|c| c.starts_with("04")), "{got:?}");
}

#[test]
fn a_party_backed_by_a_state_is_aided_only_where_it_acts() {
    let got = codes(
        "The/2/det capital/3/nsubj remained/0/root under/6/case the/6/det control/3/obl of/9/case \
         Iran-backed/9/amod militias/6/nmod ./3/punct",
    );
    assert!(!got.iter().any(|c| c.starts_with("07")), "{got:?}");
    let got = codes("Iran-backed/2/amod militias/3/nsubj attacked/0/root the/5/det base/3/obj ./3/punct");
    assert!(got.iter().any(|c| c.starts_with("07")), "{got:?}");
}

#[test]
fn demands_that_were_met_are_fulfilled_not_consulted() {
    let got = codes("The/2/det demands/4/nsubj:pass were/4/aux:pass met/0/root on/6/case Monday/4/obl ./4/punct");
    assert!(!got.iter().any(|c| c.starts_with("04")), "{got:?}");
}

#[test]
fn a_state_hosting_a_base_hosts_no_visit() {
    let got = codes("Qatar/2/nsubj hosts/0/root a/5/det U.S./5/compound base/2/obj ./2/punct");
    assert!(!got.iter().any(|c| c.starts_with("04")), "{got:?}");
    let got = codes("Qatar/2/nsubj hosted/0/root the/4/det president/2/obj ./2/punct");
    assert!(got.iter().any(|c| c == "043"), "{got:?}");
}

#[test]
fn cooperating_and_collaborating_are_diplomatic_cooperation() {
    let got = codes("Russia/2/nsubj cooperated/0/root with/4/case Turkey/2/obl ./2/punct");
    assert!(!got.is_empty() && got.iter().all(|c| c == "050"), "{got:?}");
    let got = codes("The/2/det gunmen/3/nsubj collaborated/0/root with/5/case militants/3/obl ./3/punct");
    assert!(!got.is_empty() && got.iter().all(|c| c == "050"), "{got:?}");
}
