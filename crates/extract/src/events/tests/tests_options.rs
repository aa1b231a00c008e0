//! Acts named as an option, a right or a chance (`reality::options`): no record, unless a past
//! verb says the option was taken.
use crate::events::testing::texts_of;

#[test]
fn an_act_named_as_a_choice_is_no_event() {
    let ev = texts_of(
        "The/2/det army/3/nsubj has/0/root two/5/nummod choices/3/obj :/8/punct to/8/mark fight/5/acl \
         the/10/det rebels/8/obj or/13/cc to/13/mark withdraw/8/conj ./3/punct",
        None,
    );
    assert!(ev.is_empty(), "{ev:?}");
    let time = texts_of(
        "Now/5/advmod is/5/cop not/5/advmod the/5/det time/0/root for/10/mark the/8/det rebels/5/nmod \
         to/10/mark storm/5/acl the/12/det town/10/obj ./5/punct",
        None,
    );
    assert!(time.is_empty(), "{time:?}");
}

#[test]
fn a_chance_taken_tells_the_act() {
    let ev = texts_of(
        "The/2/det army/3/nsubj used/0/root the/5/det chance/3/obj to/7/mark attack/5/acl the/9/det \
         rebels/7/obj ./3/punct",
        None,
    );
    assert!(ev.iter().any(|t| t == "attack"), "{ev:?}");
}

#[test]
fn an_act_a_law_or_mandate_permits_is_no_event() {
    // The infinitive as the verb's complement.
    let law = texts_of(
        "The/3/det new/3/amod decree/4/nsubj allows/0/root police/4/obj to/7/mark detain/4/xcomp \
         protesters/7/obj without/10/case charge/7/obl ./4/punct",
        None,
    );
    assert!(law.is_empty(), "{law:?}");
    // The infinitive read as a modifier of the grantee.
    let mandate = texts_of(
        "The/2/det mandate/3/nsubj permits/0/root the/5/det troops/3/obj to/7/mark attack/5/acl \
         rebel/9/compound positions/7/obj ./3/punct",
        None,
    );
    assert!(mandate.is_empty(), "{mandate:?}");
}

#[test]
fn a_permission_in_the_past_or_as_a_result_tells_the_act() {
    let past = texts_of(
        "The/2/det governor/3/nsubj allowed/0/root police/3/obj to/6/mark arrest/3/xcomp the/8/det \
         protesters/6/obj on/10/case Monday/6/obl ./3/punct",
        None,
    );
    assert!(past.iter().any(|t| t == "arrest"), "{past:?}");
    let result = texts_of(
        "Troops/2/nsubj pulled/0/root back/2/compound:prt ,/5/punct allowing/2/advcl the/7/det \
         rebels/5/obj to/9/mark seize/5/xcomp the/11/det town/9/obj ./2/punct",
        None,
    );
    assert!(result.iter().any(|t| t == "seize"), "{result:?}");
}
