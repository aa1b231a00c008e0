//! Deaths with no cause and no count (`reality::deaths`): no one's act.
use crate::events::testing::{actions, events_of, has};

#[test]
fn one_death_with_no_cause_is_no_act() {
    // "She died on the spot."
    let spot = events_of("She/2/nsubj died/0/root on/5/case the/5/det spot/2/obl ./2/punct", None);
    assert!(!has(&spot, "died"), "{:?}", actions(&spot));
    // "His grandfather died in 1950."
    let year = events_of("His/2/nmod:poss grandfather/3/nsubj died/0/root in/5/case 1950/3/obl ./3/punct", None);
    assert!(!has(&year, "died"), "{:?}", actions(&year));
}

#[test]
fn a_counted_or_caused_death_stays() {
    // "Four guards died on Sunday."
    let counted = events_of("Four/2/nummod guards/3/nsubj died/0/root on/5/case Sunday/3/obl ./3/punct", None);
    assert!(has(&counted, "died"), "{:?}", actions(&counted));
    // "The commander died of his wounds."
    let wounds =
        events_of("The/2/det commander/3/nsubj died/0/root of/6/case his/6/nmod:poss wounds/3/obl ./3/punct", None);
    assert!(has(&wounds, "died"), "{:?}", actions(&wounds));
    // "A small number of protesters died."
    let few = events_of("A/3/det small/3/amod number/6/nsubj of/5/case protesters/3/nmod died/0/root ./6/punct", None);
    assert!(has(&few, "died"), "{:?}", actions(&few));
    // "The driver died when gunmen fired on the bus."
    let fired = events_of(
        "The/2/det driver/3/nsubj died/0/root when/6/advmod gunmen/6/nsubj fired/3/advcl on/9/case \
         the/9/det bus/6/obl ./3/punct",
        None,
    );
    assert!(!fired.is_empty(), "{:?}", actions(&fired));
    // "The man died after being beaten by soldiers": the beating is the cause, whatever beat's own
    // victim list asks (review 22a).
    let beaten = events_of(
        "The/2/det man/3/nsubj died/0/root after/6/mark being/6/aux:pass beaten/3/advcl by/8/case \
         soldiers/6/obl:agent ./3/punct",
        None,
    );
    assert!(has(&beaten, "died"), "{:?}", actions(&beaten));
}

#[test]
fn one_more_death_of_the_incident_stays() {
    // "One of the wounded later died in hospital": a toll of one, the incident's toll updated.
    let wounded = events_of(
        "One/6/nsubj of/4/case the/4/det wounded/1/nmod later/6/advmod died/0/root in/8/case hospital/6/obl ./6/punct",
        None,
    );
    assert!(has(&wounded, "died"), "{:?}", actions(&wounded));
    // "A third officer died on Saturday."
    let third = events_of("A/3/det third/3/amod officer/4/nsubj died/0/root on/6/case Saturday/4/obl ./4/punct", None);
    assert!(has(&third, "died"), "{:?}", actions(&third));
}
