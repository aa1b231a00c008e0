//! An arrival is a visit only when an official or a delegation arrives (`arrivals`).
use super::testing::{events_of, has, triggers};

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
