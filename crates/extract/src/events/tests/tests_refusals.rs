//! A party's own "will not" (GUIDELINES §2, §12.9): saying it will not yield refuses to yield (124) to
//! the party it names; proxies, idioms and "will not allow / tolerate" are no refusal.
use crate::events::testing::{cameo_records as records, events_of};

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
fn the_speaker_s_own_body_refuses_and_the_owner_of_a_pressure_is_its_target() {
    // "The rebel leader said his fighters will not give in to the government's pressure."
    let spec = "The/3/det rebel/3/compound leader/4/nsubj said/0/root his/6/nmod:poss fighters/9/nsubj \
                will/9/aux not/9/advmod give/4/ccomp in/9/compound:prt to/15/case the/13/det \
                government/15/nmod:poss 's/13/case pressure/9/obl ./4/punct";
    let got = records(spec);
    let refusal = got.iter().find(|r| r.0 == "124").unwrap_or_else(|| panic!("{got:?}"));
    assert_eq!(refusal.2.as_deref(), Some("the government"), "{got:?}");
}

#[test]
fn proxies_relatives_idioms_and_letting_are_no_refusal() {
    let none = |spec: &str| {
        let got = records(spec);
        assert!(got.iter().all(|r| !r.0.starts_with("12") && r.0 != "137"), "{got:?}");
    };
    // "His lawyer said he would not bow to pressure": the lawyer speaks of the client's future.
    none(
        "His/2/nmod:poss lawyer/3/nsubj said/0/root he/7/nsubj would/7/aux not/7/advmod bow/3/ccomp \
          to/9/case pressure/7/obl ./3/punct",
    );
    // "The mother said her son would not surrender": a relative is not the speaker's body.
    none(
        "The/2/det mother/3/nsubj said/0/root her/5/nmod:poss son/8/nsubj would/8/aux not/8/advmod \
          surrender/3/ccomp ./3/punct",
    );
    // "The victims' families said they would not give in to despair": an idiom.
    none(
        "The/3/det victims/3/nmod:poss families/4/nsubj said/0/root they/8/nsubj would/8/aux not/8/advmod \
          give/4/ccomp in/8/compound:prt to/11/case despair/8/obl ./4/punct",
    );
    // "The senator said he will not bow out of the race": another verb.
    none(
        "The/2/det senator/3/nsubj said/0/root he/7/nsubj will/7/aux not/7/advmod bow/3/ccomp out/11/case \
          of/11/case the/11/det race/7/obl ./3/punct",
    );
    // "The army said it will not tolerate attacks on civilians": a warning, not a refusal to yield.
    none(
        "The/2/det army/3/nsubj said/0/root it/7/nsubj will/7/aux not/7/advmod tolerate/3/ccomp \
          attacks/7/obj on/10/case civilians/8/nmod ./3/punct",
    );
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
    // "The president said they will not surrender": "they" are others.
    none(
        "The/2/det president/3/nsubj said/0/root they/7/nsubj will/7/aux not/7/advmod surrender/3/ccomp \
          ./3/punct",
    );
}

#[test]
fn back_down_is_the_pair_whatever_the_label_of_down() {
    // "The protesters said they would not back down", "down" parsed as an adverb.
    let spec = "The/2/det protesters/3/nsubj said/0/root they/7/nsubj would/7/aux not/7/advmod back/3/ccomp \
                down/7/advmod ./3/punct";
    let got = events_of(spec, None);
    assert!(got.iter().any(|e| e.action.cameo == "124" && e.action.text == "back down"), "{got:?}");
}

#[test]
fn a_party_saying_it_will_not_intervene_refuses_the_help_asked_of_it() {
    // "Moscow said it would not intervene to stop the fighting."
    let spec = "Moscow/2/nsubj said/0/root it/6/nsubj would/6/aux not/6/advmod intervene/2/ccomp to/8/mark \
                stop/6/advcl the/10/det fighting/8/obj ./2/punct";
    let got = records(spec);
    assert!(got.iter().any(|r| r.0 == "1224" && r.1.as_deref() == Some("Moscow")), "{got:?}");
    // "Analysts said Moscow would not intervene": another's future, no statement.
    let third = "Analysts/2/nsubj said/0/root Moscow/6/nsubj would/6/aux not/6/advmod intervene/2/ccomp ./2/punct";
    assert!(records(third).iter().all(|r| !r.0.starts_with("12")), "{:?}", records(third));
}
