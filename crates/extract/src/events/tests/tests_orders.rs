//! What is an event among statements, orders and aims (GUIDELINES §12.9): a refusal a party states of
//! itself, an order to one's own forces or officials, a protest that is another act's aim, and a
//! speech act in a relative clause with a speaker of its own.
use crate::events::testing::cameo_records as records;

#[test]
fn a_party_saying_it_will_not_release_captives_refuses_to() {
    // "The rebels said they would not release the hostages.": 1243, as "refused to release".
    let spec = "The/2/det rebels/3/nsubj said/0/root they/7/nsubj would/7/aux not/7/advmod release/3/ccomp \
                the/9/det hostages/7/obj ./3/punct";
    let got = records(spec);
    assert!(got.iter().any(|r| r.0 == "1243" && r.2.as_deref() == Some("the hostages")), "{got:?}");
    // "The rebels said they would not attack civilians.": refused force is no event.
    let force = "The/2/det rebels/3/nsubj said/0/root they/7/nsubj would/7/aux not/7/advmod attack/3/ccomp \
                 civilians/7/obj ./3/punct";
    assert!(records(force).is_empty(), "{:?}", records(force));
    // "Analysts said the rebels would not release the hostages.": a third party's future, no refusal.
    let third = "Analysts/2/nsubj said/0/root the/4/det rebels/7/nsubj would/7/aux not/7/advmod release/2/ccomp \
                 the/9/det hostages/7/obj ./2/punct";
    assert!(records(third).iter().all(|r| !r.0.starts_with("12")), "{:?}", records(third));
}

#[test]
fn a_protest_that_is_the_aim_of_another_act_is_no_record() {
    // "India suspended military aid to Nepal to protest the takeover.": the suspension only.
    let spec = "India/2/nsubj suspended/0/root military/4/amod aid/2/obj to/6/case Nepal/4/nmod to/8/mark \
                protest/2/advcl the/10/det takeover/8/obj ./2/punct";
    let got = records(spec);
    assert!(got.iter().any(|r| r.0.starts_with("16")), "{got:?}");
    assert!(got.iter().all(|r| !r.0.starts_with("14")), "{got:?}");
}

#[test]
fn an_order_to_ones_own_forces_or_officials_is_no_demand() {
    // "The general ordered his troops to withdraw from the town."
    let own = "The/2/det general/3/nsubj ordered/0/root his/5/nmod:poss troops/3/obj to/7/mark \
               withdraw/3/xcomp from/10/case the/10/det town/7/obl ./3/punct";
    assert!(records(own).iter().all(|r| !r.0.starts_with("10")), "{:?}", records(own));
    // "The prime minister ordered the arrest of the commander.": his officials will make it.
    let arrest = "The/3/det prime/3/amod minister/4/nsubj ordered/0/root the/6/det arrest/4/obj of/9/case \
                  the/9/det commander/6/nmod ./4/punct";
    assert!(records(arrest).is_empty(), "{:?}", records(arrest));
    // Twin: "The UN ordered Israel to withdraw from the town." is a demand on another party.
    let other = "The/2/det UN/3/nsubj ordered/0/root Israel/3/obj to/6/mark withdraw/3/xcomp from/9/case \
                 the/9/det town/6/obl ./3/punct";
    let got = records(other);
    assert!(got.iter().any(|r| r.0 == "1056" && r.2.as_deref() == Some("Israel")), "{got:?}");
}

#[test]
fn ordering_ones_forces_readied_is_the_posture_itself() {
    // "West African leaders ordered the activation of a standby force.": 154, as "activated".
    let spec = "West/2/compound African/3/amod leaders/4/nsubj ordered/0/root the/6/det activation/4/obj \
                of/10/case a/10/det standby/10/compound force/6/nmod ./4/punct";
    let got = records(spec);
    assert!(got.iter().any(|r| r.0 == "154"), "{got:?}");
    assert!(got.iter().all(|r| !r.0.starts_with("10")), "{got:?}");
}

#[test]
fn a_speech_act_in_a_relative_clause_with_its_own_speaker_is_that_speakers() {
    // "Authorities blamed the cartel for the attack, which the president called an act of terrorism."
    let spec = "Authorities/2/nsubj blamed/0/root the/4/det cartel/2/obj for/7/case the/7/det attack/2/obl \
                ,/12/punct which/12/obj the/11/det president/12/nsubj called/7/acl:relcl an/14/det act/12/obj \
                of/16/case terrorism/14/nmod ./2/punct";
    let got = records(spec);
    assert!(got.iter().any(|r| r.0 == "111" && r.1.as_deref() == Some("the president")), "{got:?}");
}
