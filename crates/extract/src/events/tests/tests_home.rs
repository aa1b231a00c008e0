//! The country of a party named by its role: the story's state, unless its own words name another
//! (GUIDELINES §12.3).
use crate::events::testing::parsed_doc;
use casus_core::Entity;

fn place(at: usize) -> Entity {
    Entity { label: "GPE".into(), tokens: at..at + 1, score: 1.0 }
}

/// (country, role) of the actor of the event `trigger` in a story set in Ukraine.
fn actor_in_ukraine_story(sentence: &str, trigger: &str) -> (Option<String>, Option<String>) {
    let mut doc = parsed_doc(&[
        "Ukraine/2/nsubj accepted/0/root a/4/det ceasefire/2/obj in/6/case Kyiv/2/obl ./2/punct",
        sentence,
    ]);
    doc.published = chrono::NaiveDate::from_ymd_opt(2025, 3, 12);
    doc.sentences[0].entities = vec![place(0), place(5)];
    let ev = crate::events::extract(&doc);
    let e = ev.iter().find(|e| e.action.text == trigger).unwrap_or_else(|| panic!("{trigger}: {ev:?}"));
    let a = e.actor.as_ref().expect("an actor");
    (a.country.clone(), a.role.clone())
}

#[test]
fn members_of_a_us_party_are_us_legislators_in_a_story_set_elsewhere() {
    let us = (Some("USA".to_string()), Some("LEG".to_string()));
    let got = actor_in_ukraine_story(
        "Republican/2/amod lawmakers/3/nsubj praised/0/root the/5/det deal/3/obj ./3/punct",
        "praised",
    );
    assert_eq!(got, us);
    let got = actor_in_ukraine_story(
        "Democratic/2/amod Representative/4/compound Jane/4/flat Roe/5/nsubj welcomed/0/root the/7/det truce/5/obj ./5/punct",
        "welcomed",
    );
    assert_eq!(got, us);
    // lawmakers the words place in no state are the story's own
    let got = actor_in_ukraine_story(
        "Opposition/2/compound lawmakers/3/nsubj praised/0/root the/5/det deal/3/obj ./3/punct",
        "praised",
    );
    assert_eq!(got.0.as_deref(), Some("UKR"));
}
