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
