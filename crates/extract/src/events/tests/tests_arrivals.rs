//! An arrival is a visit only when an official or a delegation arrives (`arrivals`).
use crate::events::testing::{events_of, has, triggers};

#[test]
fn migrants_arriving_in_a_country_make_no_visit() {
    let migrants = events_of(
        "Hundreds/4/nsubj of/3/case migrants/1/nmod arrived/0/root in/6/case Italy/4/obl on/8/case \
         Monday/4/obl ./4/punct",
        None,
    );
    assert!(!has(&migrants, "arrived in"), "{:?}", triggers(&migrants));
}

#[test]
fn an_official_arriving_in_a_country_visits_it() {
    let minister = events_of(
        "Iran/4/nmod:poss 's/1/case foreign/4/amod minister/5/nsubj arrived/0/root in/7/case Beijing/5/obl \
         on/9/case Monday/5/obl ./5/punct",
        None,
    );
    assert!(has(&minister, "arrived in"), "{:?}", triggers(&minister));
}

#[test]
fn migrants_named_by_a_relative_pronoun_or_fleeing_an_official_make_no_visit() {
    let who = events_of(
        "Hundreds/13/nsubj:pass of/3/case migrants/1/nmod ,/6/punct who/6/nsubj arrived/3/acl:relcl in/8/case \
         Italy/6/obl on/10/case Monday/6/obl ,/6/punct were/13/aux:pass detained/0/root ./13/punct",
        None,
    );
    assert!(!has(&who, "arrived in"), "{:?}", triggers(&who));
    let fleeing = events_of(
        "Refugees/7/nsubj fleeing/1/acl the/4/det president/6/nmod:poss 's/4/case crackdown/2/obj arrived/0/root \
         in/9/case Kenya/7/obl ./7/punct",
        None,
    );
    assert!(!has(&fleeing, "arrived in"), "{:?}", triggers(&fleeing));
}

#[test]
fn a_thing_named_by_it_makes_no_visit() {
    // "when it arrived in eastern China": the vessel of an earlier sentence.
    let vessel = events_of("It/2/nsubj arrived/0/root in/5/case eastern/5/amod China/2/obl ./2/punct", None);
    assert!(!has(&vessel, "arrived in"), "{:?}", triggers(&vessel));
}
