//! Optimistic comments: a party that believes, expects or is encouraged that others will make peace,
//! or have made it, comments on it (013, GUIDELINES §12.9), aimed at no one.
use crate::events::testing::{cameo_records as records, events_of};

fn comments(spec: &str) -> Vec<(String, Option<String>, Option<String>)> {
    records(spec).into_iter().filter(|r| r.0 == "013").collect()
}

#[test]
fn a_leader_who_believes_others_will_agree_a_truce_comments_with_hope() {
    // "The foreign minister said he believed the two sides would sign a truce next week."
    let spec = "The/3/det foreign/3/amod minister/4/nsubj said/0/root he/6/nsubj believed/4/ccomp \
                the/9/det two/9/nummod sides/11/nsubj would/11/aux sign/6/ccomp a/13/det truce/11/obj \
                next/15/amod week/11/obl:unmarked ./4/punct";
    let got = comments(spec);
    assert_eq!(got, vec![("013".to_string(), Some("The foreign minister".to_string()), None)], "{:?}", records(spec));
}

#[test]
fn a_mediator_who_expects_two_sides_to_reach_a_deal_comments_and_aims_at_no_one() {
    // "The envoy expects the government and the rebels to reach a peace deal by June."
    let spec = "The/2/det envoy/3/nsubj expects/0/root the/5/det government/3/obj and/8/cc the/8/det \
                rebels/5/conj to/10/mark reach/3/xcomp a/13/det peace/13/compound deal/10/obj by/15/case \
                June/10/obl ./3/punct";
    let got = comments(spec);
    assert_eq!(got, vec![("013".to_string(), Some("The envoy".to_string()), None)], "{:?}", records(spec));
}

#[test]
fn being_encouraged_that_the_parties_reached_an_accord_is_a_comment_not_an_appeal() {
    // "The senator was encouraged that the two countries had reached an accord."
    let spec = "The/2/det senator/4/nsubj:pass was/4/aux:pass encouraged/0/root that/10/mark the/8/det \
                two/8/nummod countries/10/nsubj had/10/aux reached/4/ccomp an/12/det accord/10/obj ./4/punct";
    let got = records(spec);
    assert!(got.iter().any(|r| r.0 == "013" && r.1.as_deref() == Some("The senator")), "{got:?}");
    assert!(got.iter().all(|r| !r.0.starts_with("02")), "{got:?}");
}

#[test]
fn expectations_of_force_of_duty_of_oneself_or_of_no_one_are_no_comment() {
    let none = |spec: &str| assert!(comments(spec).is_empty(), "{:?}", records(spec));
    // "The army expects the rebels to attack the town": a forecast of force.
    none(
        "The/2/det army/3/nsubj expects/0/root the/5/det rebels/3/obj to/7/mark attack/3/xcomp the/9/det \
          town/7/obj ./3/punct",
    );
    // "The talks are expected to resume on Monday": expected by no one.
    none("The/2/det talks/4/nsubj:pass are/4/aux:pass expected/0/root to/6/mark resume/4/xcomp on/8/case Monday/6/obl ./4/punct");
    // "We expect to sign the agreement": one's own plan.
    none("We/2/nsubj expect/0/root to/4/mark sign/2/xcomp the/6/det agreement/4/obj ./2/punct");
    // "The minister does not expect the sides to reach a deal": a doubt.
    none(
        "The/2/det minister/5/nsubj does/5/aux not/5/advmod expect/0/root the/7/det sides/5/obj to/9/mark \
          reach/5/xcomp a/11/det deal/9/obj ./5/punct",
    );
    // "Analysts believe the two sides will sign a truce": an analyst's expectation (GUIDELINES 12.8).
    none(
        "Analysts/2/nsubj believe/0/root the/5/det two/5/nummod sides/7/nsubj will/7/aux sign/2/ccomp \
          a/9/det truce/7/obj ./2/punct",
    );
    // "Israel expects Hamas to release the hostages": what one side owes the other is a demand.
    none(
        "Israel/2/nsubj expects/0/root Hamas/2/obj to/5/mark release/2/xcomp the/7/det hostages/5/obj \
          ./2/punct",
    );
    // "Residents believe the rebels have retreated": a retreat is no peace made.
    none("Residents/2/nsubj believe/0/root the/4/det rebels/6/nsubj have/6/aux retreated/2/ccomp ./2/punct");
}

#[test]
fn encouraging_both_sides_to_talk_stays_an_appeal() {
    // "The United States encouraged both sides to resume talks."
    let spec = "The/3/det United/3/compound States/4/nsubj encouraged/0/root both/6/det sides/4/obj \
                to/8/mark resume/4/xcomp talks/8/obj ./4/punct";
    let got = records(spec);
    assert!(got.iter().any(|r| r.0.starts_with("02")), "{got:?}");
    assert!(got.iter().all(|r| r.0 != "013"), "{got:?}");
}

#[test]
fn a_belief_about_what_others_did_or_a_deal_asked_of_one_party_is_no_comment() {
    // "Israel believes Iran met Hezbollah leaders": a suspicion, looking back.
    let met = "Israel/2/nsubj believes/0/root Iran/4/nsubj met/2/ccomp Hezbollah/6/compound leaders/4/obj ./2/punct";
    assert!(comments(met).is_empty(), "{:?}", records(met));
    // "Turkey expects Sweden to sign the agreement": asked of one party, a demand.
    let sign = "Turkey/2/nsubj expects/0/root Sweden/2/obj to/5/mark sign/2/xcomp the/7/det agreement/5/obj ./2/punct";
    assert!(comments(sign).is_empty(), "{:?}", records(sign));
    // "We are confident we will reach a deal": one's own plan, not a comment on others.
    let own = "We/3/nsubj are/3/cop confident/0/root we/6/nsubj will/6/aux reach/3/ccomp a/8/det deal/6/obj ./3/punct";
    assert!(comments(own).is_empty(), "{:?}", records(own));
}

#[test]
fn a_comment_is_dated_by_its_own_clause_not_by_the_deal_it_forecasts() {
    // "The envoy said she expects the two sides to meet in Geneva next month."
    let spec = "The/2/det envoy/3/nsubj said/0/root she/5/nsubj expects/3/ccomp the/8/det two/8/nummod \
                sides/5/obj to/10/mark meet/5/xcomp in/12/case Geneva/10/obl next/14/amod month/10/obl:tmod \
                ./3/punct";
    let ev = events_of(spec, Some("2024-03-06"));
    let c = ev.iter().find(|e| e.action.cameo == "013").unwrap_or_else(|| panic!("no comment: {ev:?}"));
    assert_ne!(c.date.as_ref().map(|d| d.value.as_str()), Some("2024-04"), "{c:?}");
}
