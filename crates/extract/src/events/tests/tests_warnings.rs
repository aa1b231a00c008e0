//! Whom a warning is about (warnings.rs): the party its "that" clause or its condition names.
use crate::events::testing::doc_events;

/// (target country, target role) of the events whose trigger text has `word`.
fn target_of<'e>(ev: &'e [casus_core::Event], word: &str) -> Vec<(Option<&'e str>, Option<&'e str>)> {
    ev.iter()
        .filter(|e| e.action.text.contains(word))
        .map(|e| {
            let t = e.target.as_ref();
            (t.and_then(|t| t.country.as_deref()), t.and_then(|t| t.role.as_deref()))
        })
        .collect()
}

#[test]
fn a_warning_about_what_a_government_does_is_aimed_at_it() {
    let ev = doc_events(
        &["Kenya/2/nsubj warned/0/root that/8/mark the/6/det Ugandan/6/amod government/8/nsubj would/8/aux divide/2/ccomp the/10/det country/8/obj ./2/punct"],
        "2025-03-12",
    );
    assert_eq!(target_of(&ev, "warned"), [(Some("UGA"), Some("GOV"))], "{ev:#?}");
}

#[test]
fn a_warning_on_a_condition_is_aimed_at_the_party_of_the_condition() {
    let ev = doc_events(
        &["Kenya/2/nsubj warned/0/root that/10/mark unless/6/mark Uganda/6/nsubj reconciles/10/advcl ,/10/punct history/10/nsubj could/10/aux repeat/2/ccomp itself/10/obj ./2/punct"],
        "2025-03-12",
    );
    assert_eq!(target_of(&ev, "warned"), [(Some("UGA"), Some("GOV"))], "{ev:#?}");
}

#[test]
fn a_condition_names_the_warned_party_before_the_clause_subject() {
    // "Kenya warned that if Uganda attacks, Tanzania would respond": Tanzania answers, Uganda is warned.
    let ev = doc_events(
        &["Kenya/2/nsubj warned/0/root that/10/mark if/6/mark Uganda/6/nsubj attacks/10/advcl ,/10/punct Tanzania/10/nsubj would/10/aux respond/2/ccomp ./2/punct"],
        "2025-03-12",
    );
    assert_eq!(target_of(&ev, "warned"), [(Some("UGA"), Some("GOV"))], "{ev:#?}");
}

#[test]
fn a_warning_about_opinions_is_aimed_at_no_one() {
    // Nationalities on a noun that is no party do not make it one.
    let ev = doc_events(
        &["Kenya/2/nsubj warned/0/root that/8/mark Russian/7/amod and/6/cc Chinese/4/conj opinions/8/nsubj matter/2/ccomp little/8/advmod ./2/punct"],
        "2025-03-12",
    );
    let targets = target_of(&ev, "warned");
    assert!(!targets.is_empty() && targets.iter().all(|t| t.0.is_none()), "{ev:#?}");
}

#[test]
fn a_warning_about_the_warners_own_side_has_no_target() {
    // "Russia warned that Moscow would respond": its own state's act is no one it warns.
    let ev = doc_events(
        &["Russia/2/nsubj warned/0/root that/6/mark Moscow/6/nsubj would/6/aux respond/2/ccomp ./2/punct"],
        "2025-03-12",
    );
    let targets = target_of(&ev, "warned");
    assert!(!targets.is_empty() && targets.iter().all(|t| t.0.is_none()), "{ev:#?}");
}
