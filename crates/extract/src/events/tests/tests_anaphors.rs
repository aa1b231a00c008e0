//! Whom possessives and pronouns stand for: the party their own sentence binds them to before the
//! latest party named in the story.
use crate::events::testing::parsed_doc;

#[test]
fn his_wife_is_a_civilian_beside_the_subject_he_stands_for() {
    // "Afghan police said Smith attacked his wife": Smith's wife, a civilian, not Smith, nor of the
    // police who speak (the latest party named).
    let mut doc = parsed_doc(&[
        "The/2/det Taliban/3/nsubj banned/0/root books/3/obj ./3/punct",
        "Afghan/2/amod police/3/nsubj said/0/root Smith/5/nsubj attacked/3/ccomp his/7/nmod:poss wife/5/obj ./3/punct",
    ]);
    doc.published = chrono::NaiveDate::from_ymd_opt(2025, 3, 12);
    doc.sentences[1].entities = vec![casus_core::Entity { label: "PER".into(), tokens: 3..4, score: 1.0 }];
    let ev = crate::events::extract(&doc);
    let wife = ev.iter().filter_map(|e| e.target.as_ref()).find(|t| t.text == "his wife");
    let wife = wife.unwrap_or_else(|| panic!("the wife: {ev:?}"));
    assert_eq!(wife.role.as_deref(), Some("CVL"), "{wife:?}");
    assert_ne!(wife.name.as_deref(), Some("Smith"), "{wife:?}");
    assert_eq!(wife.country, None, "{wife:?}");
}
