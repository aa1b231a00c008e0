//! A verb of threat in the sense of endanger (`reality::endangers`): a state or quality put at risk,
//! or a process or measure that puts something at risk, is no threat made; a party threatening a
//! party, with an act or a measure, still is.
use crate::events::testing::texts_of;

#[test]
fn a_law_that_threatens_stability_is_no_threat() {
    // "The new law threatens the stability of the region."
    let ev = texts_of(
        "The/3/det new/3/amod law/4/nsubj threatens/0/root the/6/det stability/4/obj of/9/case the/9/det \
         region/6/nmod ./4/punct",
        None,
    );
    assert!(ev.is_empty(), "{ev:?}");
}

#[test]
fn an_integrity_put_at_risk_is_no_threat() {
    // "The leader has been undermining the courts and threatening the territorial integrity of the state."
    let ev = texts_of(
        "The/2/det leader/5/nsubj has/5/aux been/5/aux undermining/0/root the/7/det courts/5/obj and/9/cc \
         threatening/5/conj the/12/det territorial/12/amod integrity/9/obj of/15/case the/15/det state/12/nmod \
         ./5/punct",
        None,
    );
    assert!(ev.is_empty(), "{ev:?}");
}

#[test]
fn a_place_threatened_by_a_process_is_no_threat() {
    // "The island's wildlife is threatened by the rapid growth of tourism."
    let ev = texts_of(
        "The/2/det island/4/nmod:poss 's/2/case wildlife/6/nsubj:pass is/6/aux:pass threatened/0/root by/10/case \
         the/10/det rapid/10/amod growth/6/obl:agent of/12/case tourism/10/nmod ./6/punct",
        None,
    );
    assert!(ev.is_empty(), "{ev:?}");
}

#[test]
fn a_party_threatening_a_party_still_threatens() {
    // With a measure: "The rebels threatened the capital with new attacks."
    let with = texts_of(
        "The/2/det rebels/3/nsubj threatened/0/root the/5/det capital/3/obj with/8/case new/8/amod attacks/3/obl \
         ./3/punct",
        None,
    );
    assert_eq!(with, vec!["threatened".to_string()]);
    // With an act to come: "Moscow threatened to cut gas supplies to the region's economy."
    let to = texts_of(
        "Moscow/2/nsubj threatened/0/root to/4/mark cut/2/xcomp gas/6/compound supplies/4/obj to/10/case the/9/det \
         region/10/nmod:poss 's/9/case economy/4/obl ./2/punct",
        None,
    );
    assert!(to.iter().any(|t| t.starts_with("threatened")), "{to:?}");
    // A person threatened by a party: "The judge was threatened by armed men."
    let judge = texts_of(
        "The/2/det judge/4/nsubj:pass was/4/aux:pass threatened/0/root by/7/case armed/7/amod men/4/obl:agent \
         ./4/punct",
        None,
    );
    assert_eq!(judge, vec!["threatened".to_string()]);
}

#[test]
fn a_state_at_risk_with_a_measure_a_condition_or_people_is_a_threat() {
    // "Hamas threatened Israel's security with new rocket attacks." (the with-phrase on the object)
    let with = texts_of(
        "Hamas/2/nsubj threatened/0/root Israel/5/nmod:poss 's/3/case security/2/obj with/9/case new/9/amod \
         rocket/9/compound attacks/5/nmod ./2/punct",
        None,
    );
    assert_eq!(with, ["threatened"], "{with:?}");
    // "The rebels threatened the security of the region if their demands were not met."
    let condition = texts_of(
        "The/2/det rebels/3/nsubj threatened/0/root the/5/det security/3/obj of/8/case the/8/det region/5/nmod \
         if/14/mark their/11/nmod:poss demands/14/nsubj:pass were/14/aux:pass not/14/advmod met/3/advcl ./3/punct",
        None,
    );
    assert_eq!(condition, ["threatened"], "{condition:?}");
    // "The gang threatened the safety of the witnesses."
    let people = texts_of(
        "The/2/det gang/3/nsubj threatened/0/root the/5/det safety/3/obj of/8/case the/8/det witnesses/5/nmod \
         ./3/punct",
        None,
    );
    assert_eq!(people, ["threatened"], "{people:?}");
}

#[test]
fn a_danger_with_a_condition_is_still_a_danger() {
    // "Rising prices threaten the country's stability unless the government acts."
    let ev = texts_of(
        "Rising/2/amod prices/3/nsubj threaten/0/root the/5/det country/7/nmod:poss 's/5/case stability/3/obj \
         unless/11/mark the/10/det government/11/nsubj acts/3/advcl ./3/punct",
        None,
    );
    assert!(ev.is_empty(), "{ev:?}");
}

#[test]
fn a_fate_with_no_party_threatening_is_no_threat() {
    // "The species is threatened with extinction."
    let fate = texts_of(
        "The/2/det species/4/nsubj:pass is/4/aux:pass threatened/0/root with/6/case extinction/4/obl ./4/punct",
        None,
    );
    assert!(fate.is_empty(), "{fate:?}");
    // A party threatening with a fate still threatens: "The militia threatened the villagers with starvation."
    let party = texts_of(
        "The/2/det militia/3/nsubj threatened/0/root the/5/det villagers/3/obj with/7/case starvation/3/obl \
         ./3/punct",
        None,
    );
    assert_eq!(party, ["threatened"], "{party:?}");
    // A pronoun stands for a party: "He threatened the newspaper with closure."
    let pronoun =
        texts_of("He/2/nsubj threatened/0/root the/4/det newspaper/2/obj with/6/case closure/2/obl ./2/punct", None);
    assert_eq!(pronoun, ["threatened"], "{pronoun:?}");
}
