//! Acronyms a story defines once ("Kenya's National Intelligence and Security Service, or NISS") stand
//! for the full name's party when used alone after that (acronyms.rs).
use crate::events::testing::{entity, parsed_doc};
use casus_core::Event;

/// A story that defines `acronym` in its first sentence (ORG entity `org`) and makes it the subject
/// of "accused the rebels" in the second; the actor of that event.
fn actor(
    definition: &str,
    org: std::ops::Range<usize>,
    acronym: &str,
) -> (Option<String>, Option<String>, Option<String>) {
    let second = format!("{acronym}/2/nsubj accused/0/root the/4/det rebels/2/obj ./2/punct");
    let mut doc = parsed_doc(&[definition, &second]);
    doc.published = chrono::NaiveDate::from_ymd_opt(2023, 5, 2);
    doc.sentences[0].entities.push(entity("ORG", org));
    doc.sentences[1].entities.push(entity("ORG", 0..1));
    let ev: Vec<Event> = crate::events::extract(&doc);
    let e = ev.iter().find(|e| e.action.text == "accused").unwrap_or_else(|| panic!("no accused: {ev:?}"));
    let a = e.actor.as_ref().expect("actor");
    (a.name.clone(), a.country.clone(), a.role.clone())
}

fn some(name: &str, country: Option<&str>, role: Option<&str>) -> (Option<String>, Option<String>, Option<String>) {
    (Some(name.to_string()), country.map(String::from), role.map(String::from))
}

#[test]
fn an_acronym_stands_for_the_state_body_its_story_defined() {
    let definition = "Kenya/7/nmod:poss 's/1/case National/7/amod Intelligence/7/compound and/6/cc Security/4/conj \
        Service/12/nsubj ,/10/punct or/10/cc NISS/7/conj ,/7/punct said/0/root ./12/punct";
    assert_eq!(actor(definition, 2..7, "NISS"), some("Kenya", Some("KEN"), Some("SPY")));
}

#[test]
fn a_demonym_inside_a_defined_name_makes_no_state_body() {
    let definition = "The/5/det Boston/5/compound Irish/5/amod American/5/amod Archive/9/nsubj (/7/punct \
        BIAA/5/appos )/7/punct said/0/root ./9/punct";
    assert_eq!(actor(definition, 1..5, "BIAA"), some("Boston Irish American Archive", None, None));
}
