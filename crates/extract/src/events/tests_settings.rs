//! A meeting in the past progressive is the setting of another event (`settings`); a meeting held
//! is a consultation.
use super::testing::events_of;

fn texts(spec: &str) -> Vec<String> {
    events_of(spec, None).into_iter().map(|e| e.action.text).collect()
}

#[test]
fn officials_who_were_meeting_when_attacked_held_no_consultation() {
    let ev = texts(
        "Gunmen/2/nsubj attacked/0/root a/4/det hotel/2/obj where/11/advmod elders/11/nsubj and/8/cc \
         security/6/conj officials/6/conj were/11/aux meeting/4/acl:relcl ./2/punct",
    );
    assert_eq!(ev, vec!["attacked".to_string()]);
}
