//! Coercion, threats and demands read off the clause structure (GUIDELINES §2, §12.4, §12.9).
use crate::events::testing::codes;

#[test]
fn a_fronted_participle_clause_is_a_second_act_not_the_content_of_a_demand() {
    // "Threatening to kill the captives, the pirates demanded the release of their comrades."
    let spec = "Threatening/9/advcl to/3/mark kill/1/xcomp the/5/det captives/3/obj ,/1/punct the/8/det \
                pirates/9/nsubj demanded/0/root the/11/det release/9/obj of/14/case their/14/nmod:poss \
                comrades/11/nmod ./9/punct";
    let got = codes(spec);
    assert!(got.iter().any(|c| c.starts_with("10")), "{got:?}");
    assert!(got.iter().any(|c| c.starts_with("13")), "{got:?}");
}

#[test]
fn words_of_a_clause_with_its_own_subject_are_no_arguments_of_the_trigger() {
    // "Officials dispatched coffins to the station, as forces moved ahead": coffins are no deployment.
    let coffins = "Officials/2/nsubj dispatched/0/root coffins/2/obj to/6/case the/6/det station/2/obl ,/10/punct \
                   as/10/mark forces/10/nsubj moved/2/advcl ahead/10/advmod ./2/punct";
    assert!(codes(coffins).is_empty(), "{:?}", codes(coffins));
    let troops = "Officials/2/nsubj dispatched/0/root troops/2/obj to/6/case the/6/det station/2/obl ./2/punct";
    assert_eq!(codes(troops), ["154"]);
}

#[test]
fn two_verbs_of_one_act_sharing_their_arguments_are_one_record() {
    // "Police arrested and detained 30 students on Monday."
    let spec = "Police/2/nsubj arrested/0/root and/4/cc detained/2/conj 30/6/nummod students/2/obj on/8/case \
                Monday/2/obl ./2/punct";
    assert_eq!(codes(spec), ["173"]);
    // "Police arrested 30 students and detained their teachers": two acts, two records.
    let two = "Police/2/nsubj arrested/0/root 30/4/nummod students/2/obj and/6/cc detained/2/conj their/8/nmod:poss \
               teachers/6/obj ./2/punct";
    assert_eq!(codes(two), ["173", "173"]);
    // "The curfew was imposed on Monday and extended on Friday": two acts on two days.
    let days = "The/2/det curfew/4/nsubj:pass was/4/aux:pass imposed/0/root on/6/case Monday/4/obl and/8/cc \
                extended/4/conj on/10/case Friday/8/obl ./4/punct";
    assert_eq!(codes(days), ["1723", "1723"]);
}

#[test]
fn protesters_blocking_streets_obstruct_passage() {
    // "Protesters blocked streets with burning tires."
    let spec = "Protesters/2/nsubj blocked/0/root streets/2/obj with/6/case burning/6/amod tires/2/obl ./2/punct";
    assert_eq!(codes(spec), ["144"]);
}

#[test]
fn a_passive_conjunct_shares_what_the_first_verb_acts_upon() {
    // "A curfew was lifted in the north but extended in the south": the curfew was extended.
    let spec = "A/2/det curfew/4/nsubj:pass was/4/aux:pass lifted/0/root in/7/case the/7/det north/4/obl \
                but/9/cc extended/4/conj in/12/case the/12/det south/9/obl ./4/punct";
    let got = codes(spec);
    assert!(got.iter().any(|c| c == "1723"), "{got:?}");
}
