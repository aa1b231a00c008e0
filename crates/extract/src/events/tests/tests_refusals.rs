//! A party's own "will not" (GUIDELINES §2, §12.9): saying it will not yield or let something happen
//! refuses to yield (12x), or threatens repression when what it will not allow is force (137).
use crate::events::testing::events_of;

fn records(spec: &str) -> Vec<(String, Option<String>, Option<String>)> {
    let text = |p: &Option<casus_core::Party>| p.as_ref().map(|p| p.text.clone());
    events_of(spec, None).iter().map(|e| (e.action.cameo.clone(), text(&e.actor), text(&e.target))).collect()
}

#[test]
fn a_party_saying_it_will_not_bow_to_another_refuses_to_yield_to_it() {
    // "The rebels said they will not bow to pressure from the government."
    let spec = "The/2/det rebels/3/nsubj said/0/root they/7/nsubj will/7/aux not/7/advmod bow/3/ccomp \
                to/9/case pressure/7/obl from/12/case the/12/det government/9/nmod ./3/punct";
    let got = records(spec);
    let refusal = got.iter().find(|r| r.0.starts_with("12")).unwrap_or_else(|| panic!("{got:?}"));
    assert_eq!(refusal.1.as_deref(), Some("The rebels"), "{got:?}");
    assert_eq!(refusal.2.as_deref(), Some("the government"), "{got:?}");
}

#[test]
fn a_party_saying_it_will_not_tolerate_attacks_threatens_to_put_them_down() {
    // "The army said it will not tolerate attacks on civilians."
    let spec = "The/2/det army/3/nsubj said/0/root it/7/nsubj will/7/aux not/7/advmod tolerate/3/ccomp \
                attacks/7/obj on/10/case civilians/8/nmod ./3/punct";
    let got = records(spec);
    assert!(got.iter().any(|r| r.0 == "137" && r.1.as_deref() == Some("The army")), "{got:?}");
}

#[test]
fn a_party_saying_it_will_not_back_down_refuses_to_yield() {
    // "The protesters said they would not back down."
    let spec = "The/2/det protesters/3/nsubj said/0/root they/7/nsubj would/7/aux not/7/advmod back/3/ccomp \
                down/7/compound:prt ./3/punct";
    let got = records(spec);
    assert!(got.iter().any(|r| r.0 == "124" && r.1.as_deref() == Some("The protesters")), "{got:?}");
}

#[test]
fn another_party_s_future_a_promise_or_a_past_refusal_is_no_refusal() {
    let none = |spec: &str| {
        let got = records(spec);
        assert!(got.iter().all(|r| !r.0.starts_with("12") && r.0 != "137"), "{got:?}");
    };
    // "Analysts said the government will not yield to pressure": a forecast about someone else.
    none(
        "Analysts/2/nsubj said/0/root the/4/det government/7/nsubj will/7/aux not/7/advmod yield/2/ccomp \
          to/9/case pressure/7/obl ./2/punct",
    );
    // "The rebels said they will allow aid convoys": no refusal.
    none(
        "The/2/det rebels/3/nsubj said/0/root they/6/nsubj will/6/aux allow/3/ccomp aid/8/compound \
          convoys/6/obj ./3/punct",
    );
    // "The rebels said they did not surrender": what was, not what they will do.
    none(
        "The/2/det rebels/3/nsubj said/0/root they/7/nsubj did/7/aux not/7/advmod surrender/3/ccomp \
          ./3/punct",
    );
    // "The ministry said it will not yield results": yielding something is no yielding.
    none(
        "The/2/det ministry/3/nsubj said/0/root it/7/nsubj will/7/aux not/7/advmod yield/3/ccomp \
          results/7/obj ./3/punct",
    );
    // "The rebels said they will not allow": nothing named that is let happen.
    none("The/2/det rebels/3/nsubj said/0/root they/7/nsubj will/7/aux not/7/advmod allow/3/ccomp ./3/punct");
    // "The president said they will not surrender": "they" are others.
    none(
        "The/2/det president/3/nsubj said/0/root they/7/nsubj will/7/aux not/7/advmod surrender/3/ccomp \
          ./3/punct",
    );
}
