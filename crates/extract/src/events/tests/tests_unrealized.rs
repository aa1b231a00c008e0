//! Triggers left unrealized by their own phrase (`unrealized`): a non-finite condition, a risk or
//! threat of something, a speech act under "could", an adjunct of a possible act, an act not chosen,
//! an act expected.
use crate::events::testing::{codes, texts_of};

#[test]
fn a_non_finite_condition_is_no_event() {
    let ev = texts_of(
        "If/2/mark convicted/7/advcl ,/2/punct the/6/det two/6/nummod men/7/nsubj face/0/root life/7/obj \
         in/10/case prison/7/obl ./7/punct",
        None,
    );
    assert!(!ev.iter().any(|t| t == "convicted"), "{ev:?}");
}

#[test]
fn what_a_party_risks_or_is_threatened_with_is_no_event() {
    let risk = texts_of(
        "The/2/det detainees/3/nsubj face/0/root the/5/det risk/3/obj of/8/mark being/8/aux:pass \
         deported/5/acl to/10/case China/8/obl ./3/punct",
        None,
    );
    assert!(!risk.iter().any(|t| t == "deported"), "{risk:?}");
    let threats = texts_of(
        "Millions/4/nsubj of/3/case children/1/nmod face/0/root daily/6/amod threats/4/obj of/8/case \
         violence/6/nmod and/11/cc sexual/11/amod assault/8/conj ./4/punct",
        None,
    );
    assert!(threats.is_empty(), "{threats:?}");
    // Twin: the violence done is an event.
    let twin =
        texts_of("Police/2/nsubj deported/0/root the/4/det detainees/2/obj to/6/case China/2/obl ./2/punct", None);
    assert_eq!(twin, vec!["deported".to_string()]);
}

#[test]
fn a_speech_act_under_could_is_no_event() {
    let ev = texts_of(
        "Critics/2/nsubj say/0/root the/4/det deal/6/nsubj could/6/aux threaten/2/ccomp the/8/det \
         security/6/obj of/11/case the/11/det base/8/nmod ./2/punct",
        None,
    );
    assert!(ev.is_empty(), "{ev:?}");
    // Twin: the threat made is an event.
    let twin = texts_of("Rebels/2/nsubj threatened/0/root the/4/det base/2/obj on/6/case Monday/2/obl ./2/punct", None);
    assert!(!twin.is_empty(), "{twin:?}");
}

#[test]
fn the_means_of_a_possible_act_is_no_event() {
    let ev = texts_of(
        "North/2/compound Korea/4/nsubj could/4/aux escalate/0/root tensions/4/obj by/7/mark testing/4/advcl \
         its/9/nmod:poss weapons/7/obj ./4/punct",
        None,
    );
    assert!(ev.is_empty(), "{ev:?}");
    // Twin: the tensions escalated in fact.
    let twin = texts_of(
        "North/2/compound Korea/3/nsubj tested/0/root its/5/nmod:poss missiles/3/obj on/7/case Monday/3/obl ./3/punct",
        None,
    );
    assert!(!twin.is_empty(), "{twin:?}");
}

#[test]
fn the_act_not_chosen_is_no_event_and_the_chosen_one_is() {
    let ev = texts_of(
        "Instead/3/mark of/1/fixed attacking/9/advcl the/5/det town/3/obj ,/3/punct the/8/det rebels/9/nsubj \
         besieged/0/root it/9/obj ./9/punct",
        None,
    );
    assert_eq!(ev, vec!["besieged".to_string()]);
}

#[test]
fn a_meeting_expected_has_not_taken_place() {
    let ev = texts_of(
        "The/2/det minister/4/nsubj:pass is/4/aux:pass expected/0/root to/6/mark discuss/4/xcomp the/8/det \
         dispute/6/obj with/10/case Kenya/8/nmod ./4/punct",
        None,
    );
    assert!(ev.is_empty(), "{ev:?}");
    // Twin: the discussion held is a consultation.
    let twin = texts_of(
        "The/2/det minister/3/nsubj discussed/0/root the/5/det dispute/3/obj with/7/case Kenya/3/obl ./3/punct",
        None,
    );
    assert!(!twin.is_empty(), "{twin:?}");
}

#[test]
fn what_a_party_wants_to_do_is_not_done() {
    let ev = texts_of(
        "The/2/det rebels/3/nsubj want/0/root to/5/mark seize/3/xcomp the/7/det capital/5/obj ./3/punct",
        None,
    );
    assert!(ev.is_empty(), "{ev:?}");
    // Twin: the capital seized is an event.
    let twin = texts_of("The/2/det rebels/3/nsubj seized/0/root the/5/det capital/3/obj ./3/punct", None);
    assert_eq!(twin, vec!["seized".to_string()]);
}

#[test]
fn an_event_noun_put_ahead_by_its_modifier_is_no_event() {
    let expected = texts_of(
        "Russian/2/amod officials/3/nsubj discussed/0/root an/6/det expected/6/amod visit/3/obj to/8/case \
         Iraq/6/nmod on/10/case Sunday/3/obl ./3/punct",
        Some("2024-02-13"),
    );
    assert!(!expected.iter().any(|t| t == "visit"), "{expected:?}");
    // Twin: a planned act a past light verb says was carried out happened.
    let begun = texts_of(
        "Russian/2/amod officials/3/nsubj began/0/root an/6/det expected/6/amod visit/3/obj to/8/case \
         Iraq/6/nmod on/10/case Sunday/3/obl ./3/punct",
        Some("2024-02-13"),
    );
    assert!(begun.iter().any(|t| t == "visit"), "{begun:?}");
    let launched = texts_of(
        "The/2/det rebels/3/nsubj launched/0/root a/6/det planned/6/amod attack/3/obj on/9/case the/9/det \
         town/6/nmod of/11/case Bunia/9/nmod on/13/case Monday/3/obl ,/3/punct killing/3/advcl 20/17/nummod \
         civilians/15/obj ./3/punct",
        Some("2024-02-13"),
    );
    assert!(launched.iter().any(|t| t == "attack"), "{launched:?}");
}

#[test]
fn what_must_or_needs_to_be_done_is_no_event() {
    let resolve = texts_of(
        "“/3/punct We/2/nsubj need/9/ccomp to/4/mark talk/2/xcomp to/7/case our/7/nmod:poss neighbors/4/obl \
         ,/2/punct ”/2/punct said/0/root the/11/det minister/9/nsubj ./9/punct",
        Some("2025-03-10"),
    );
    assert!(!resolve.iter().any(|t| t == "talk"), "{resolve:?}");
    let passive = texts_of(
        "This/3/det abuse/5/nsubj:pass must/5/aux be/5/aux:pass rejected/0/root ,/5/punct the/8/det \
         envoy/9/nsubj said/5/parataxis ./5/punct",
        Some("2025-03-10"),
    );
    assert!(!passive.iter().any(|t| t == "rejected"), "{passive:?}");
    // Twins: what a party had to do it did; an appeal to a party stays an appeal.
    let done = texts_of(
        "Troops/2/nsubj had/0/root to/4/mark attack/2/xcomp the/6/det rebels/4/obj on/8/case Monday/2/obl \
         ./2/punct",
        Some("2025-03-10"),
    );
    assert!(done.iter().any(|t| t == "attack"), "{done:?}");
    let appeal = texts_of(
        "The/2/det minister/3/nsubj said/0/root Russia/6/nsubj must/6/aux withdraw/3/ccomp its/8/nmod:poss \
         troops/6/obj ./3/punct",
        Some("2025-03-10"),
    );
    assert!(!appeal.is_empty(), "{appeal:?}");
}

#[test]
fn a_conjunct_or_complement_shares_its_governors_could() {
    let spec = |aux: &str, verb: &str| {
        format!(
            "Analysts/2/nsubj say/0/root the/4/det rebels/6/nsubj {aux}/6/aux {verb}/2/ccomp and/8/cc \
             start/6/conj shelling/8/xcomp the/11/det town/9/obj ./2/punct"
        )
    };
    let ev = texts_of(&spec("could", "regroup"), None);
    assert!(!ev.contains(&"shelling".to_string()), "{ev:?}");
    // Twin: "have regrouped and started shelling" reports the shelling.
    let twin = texts_of(&spec("have", "regrouped"), None);
    assert!(twin.contains(&"shelling".to_string()), "{twin:?}");
}

#[test]
fn a_conjunct_with_its_own_subject_is_not_under_the_must() {
    let ev = texts_of(
        "Troops/3/nsubj must/3/aux leave/0/root the/5/det area/3/obj and/9/cc the/8/det army/9/nsubj \
         shelled/3/conj the/11/det village/9/obj of/13/case Kiwanja/11/nmod on/15/case Friday/9/obl ./3/punct",
        Some("2025-03-10"),
    );
    assert!(ev.iter().any(|t| t == "shelled"), "{ev:?}");
}

#[test]
fn an_event_noun_subject_of_a_future_or_possible_verb_is_a_forecast() {
    let spec = |aux: &str, verb: &str| {
        format!(
            "Japan/4/nmod:poss 's/1/case security/4/compound cooperation/9/nsubj with/6/case India/4/nmod \
             {aux}/9/aux likely/9/advmod {verb}/0/root slowly/9/advmod ./9/punct"
        )
    };
    let ev = texts_of(&spec("will", "develop"), None);
    assert!(ev.is_empty(), "{ev:?}");
    let ev = texts_of(&spec("could", "develop"), None);
    assert!(ev.is_empty(), "{ev:?}");
    // Twin: cooperation that has developed is reported.
    let twin = texts_of(&spec("has", "developed"), None);
    assert!(!twin.is_empty(), "{twin:?}");
}

#[test]
fn a_meeting_a_party_will_hold_is_no_event() {
    let ev = texts_of(
        "China/3/nsubj will/3/aux convene/0/root a/5/det meeting/3/obj with/7/case Iran/5/nmod \
         on/9/case Friday/3/obl ./3/punct",
        None,
    );
    assert!(!ev.iter().any(|t| t.contains("meeting")), "{ev:?}");
    // Twins: one held, and one the party will go on holding.
    let held = texts_of(
        "China/2/nsubj convened/0/root a/4/det meeting/2/obj with/6/case Iran/4/nmod on/8/case \
         Friday/2/obl ./2/punct",
        None,
    );
    assert!(held.iter().any(|t| t.contains("meeting")), "{held:?}");
    let ongoing = texts_of(
        "Moscow/3/nsubj will/3/aux continue/0/root talks/3/obj with/7/case both/7/det sides/4/nmod \
         ./3/punct",
        None,
    );
    assert!(ongoing.iter().any(|t| t.contains("talks")), "{ongoing:?}");
}

#[test]
fn not_only_one_act_but_also_another_tells_both() {
    // "not only … but also" focuses on one of two acts; neither is negated.
    let got = codes(
        "The/3/det European/3/amod Union/6/nsubj not/6/advmod only/6/advmod condemned/0/root the/8/det \
         attack/6/obj but/11/cc also/11/advmod imposed/6/conj sanctions/11/obj on/14/case Russia/12/nmod ./6/punct",
    );
    assert!(got.iter().any(|c| c == "111") && got.iter().any(|c| c == "163"), "{got:?}");
    // a plain "not" still negates
    let got = codes("Russia/4/nsubj did/4/aux not/4/advmod condemn/0/root the/6/det attack/4/obj ./4/punct");
    assert!(got.is_empty(), "{got:?}");
}
