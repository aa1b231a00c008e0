//! Whom a measure is laid on (args/measures.rs): "imposed sanctions on X", "sanctions were imposed on
//! X", "lifted the embargo against X" target X, not the measure; goods or acts a measure is laid on
//! name no one unless a party owns them.
use crate::events::testing::{events_of, parsed, party_texts};

/// Targets of the events coded `root…`.
fn targets(ev: &[casus_core::Event], root: &str) -> Vec<Option<String>> {
    ev.iter().filter(|e| e.action.cameo.starts_with(root)).map(|e| e.target.as_ref().map(|t| t.text.clone())).collect()
}

#[test]
fn the_one_sanctions_are_imposed_on_is_the_target() {
    // The on-phrase hangs on the measure: the person, not the sanctions, is the target, and no place.
    let mut doc = parsed("Washington/2/nsubj imposed/0/root sanctions/2/obj on/5/case Karimov/3/nmod ./2/punct");
    doc.sentences[0].entities.push(casus_core::Entity { label: "PER".into(), tokens: 4..5, score: 1.0 });
    let ev = crate::events::extract(&doc);
    assert_eq!(targets(&ev, "16"), [Some("Karimov".to_string())], "{ev:?}");
    assert!(ev.iter().all(|e| e.location.is_none()), "{ev:?}");
}

#[test]
fn a_measure_against_a_country_or_lifted_from_it_targets_it() {
    let ev = events_of(
        "The/3/det European/3/amod Union/4/nsubj imposed/0/root new/6/amod sanctions/4/obj against/8/case Belarus/6/nmod ./4/punct",
        None,
    );
    assert_eq!(targets(&ev, "16"), [Some("Belarus".to_string())], "{ev:?}");
    let ev = events_of(
        "Washington/2/nsubj lifted/0/root the/4/det embargo/2/obj on/6/case Venezuela/4/nmod ./2/punct",
        None,
    );
    assert_eq!(targets(&ev, "08"), [Some("Venezuela".to_string())], "{ev:?}");
}

#[test]
fn in_the_passive_the_phrase_on_the_verb_is_the_target_not_a_place() {
    let ev = events_of(
        "New/2/amod tariffs/4/nsubj:pass were/4/aux:pass imposed/0/root on/6/case Mexico/4/obl ./4/punct",
        None,
    );
    assert_eq!(targets(&ev, "16"), [Some("Mexico".to_string())], "{ev:?}");
    // whom it is laid on is not where
    assert!(ev.iter().all(|e| e.location.is_none()), "{ev:?}");
}

#[test]
fn goods_a_party_owns_name_it_through_an_amount() {
    // "tariffs on $5 billion worth of Chinese imports": the amount hangs on the measure, the goods on
    // the amount; the goods are China's.
    let ev = events_of(
        "Ottawa/2/nsubj imposed/0/root tariffs/2/obj on/8/case $/3/nmod 5/7/compound billion/5/nummod worth/5/nmod of/11/case Chinese/11/amod imports/8/nmod ./2/punct",
        None,
    );
    let got =
        ev.iter().filter(|e| e.action.cameo.starts_with("16")).filter_map(|e| e.target.as_ref()).collect::<Vec<_>>();
    assert_eq!(got.iter().map(|t| t.country.as_deref()).collect::<Vec<_>>(), [Some("CHN")], "{ev:?}");
}

#[test]
fn a_measure_on_acts_or_places_names_no_target() {
    // A ban on gatherings, martial law on townships: nobody named, and the measure itself is none.
    let ev = events_of(
        "The/2/det army/3/nsubj imposed/0/root a/5/det ban/3/obj on/8/case public/8/amod rallies/5/nmod ./3/punct",
        None,
    );
    assert_eq!(targets(&ev, "17"), [None], "{:?}", party_texts(&ev));
    let ev = events_of(
        "The/2/det junta/3/nsubj imposed/0/root martial/5/amod law/3/obj on/8/case four/8/nummod districts/5/nmod in/10/case Mandalay/8/nmod ./3/punct",
        None,
    );
    assert_eq!(targets(&ev, "17"), [None], "{:?}", party_texts(&ev));
}

#[test]
fn speech_about_a_measure_is_not_aimed_at_whom_it_hits() {
    // "criticized the sanctions on Iran" criticizes who imposed them, not Iran (measure_roots).
    let ev = events_of(
        "The/2/det minister/3/nsubj criticized/0/root the/5/det sanctions/3/obj on/7/case Iran/5/nmod ./3/punct",
        None,
    );
    assert!(
        ev.iter()
            .filter(|e| e.action.cameo.starts_with("11"))
            .all(|e| e.target.as_ref().is_none_or(|t| t.text != "Iran")),
        "{:?}",
        party_texts(&ev)
    );
}

#[test]
fn a_measure_laid_on_a_town_is_laid_where_and_a_fixed_on_phrase_names_no_one() {
    // "a curfew on Goma": the town is where (GUIDELINES 12.9), whatever the model tags it.
    let mut doc = parsed("The/2/det army/3/nsubj imposed/0/root a/5/det curfew/3/obj on/7/case Goma/5/nmod ./3/punct");
    doc.sentences[0].entities.push(casus_core::Entity { label: "GPE".into(), tokens: 6..7, score: 1.0 });
    let ev = crate::events::extract(&doc);
    assert_eq!(targets(&ev, "17"), [None], "{ev:?}");
    // "on the recommendation of the State Department" says why, not on whom.
    let ev = events_of(
        "Washington/2/nsubj imposed/0/root sanctions/2/obj on/6/case the/6/det recommendation/3/nmod of/10/case \
         the/10/det State/10/compound Department/6/nmod ./2/punct",
        None,
    );
    assert_eq!(targets(&ev, "16"), [None], "{ev:?}");
    let ev = events_of(
        "The/2/det EU/3/nsubj lifted/0/root sanctions/3/obj on/7/case the/7/det basis/3/obl of/10/case \
         a/10/det deal/7/nmod with/12/case Iran/10/nmod ./3/punct",
        None,
    );
    assert_eq!(targets(&ev, "08"), [None], "{ev:?}");
}

#[test]
fn a_curfew_on_a_capital_is_laid_where_but_sanctions_on_it_are_laid_on_its_state() {
    // "Authorities imposed a curfew on Baghdad after the bombing.": the capital is where, not whom.
    let ev = events_of(
        "Authorities/2/nsubj imposed/0/root a/4/det curfew/2/obj on/6/case Baghdad/4/nmod after/9/case \
         the/9/det bombing/2/obl ./2/punct",
        None,
    );
    assert_eq!(targets(&ev, "17"), [None], "{ev:?}");
    // "The EU imposed new sanctions on Moscow.": the capital stands for the state the sanctions hit.
    let ev = events_of(
        "The/2/det EU/3/nsubj imposed/0/root new/5/amod sanctions/3/obj on/7/case Moscow/5/nmod ./3/punct",
        None,
    );
    assert_eq!(targets(&ev, "16"), [Some("Moscow".to_string())], "{ev:?}");
}
