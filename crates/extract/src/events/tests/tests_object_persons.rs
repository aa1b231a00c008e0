//! "him" and "her" as objects stand for a person (`sides/object_persons`), never their own clause's subject.

/// The target (text, name) of the record whose trigger is `verb`.
fn target(ev: &[casus_core::Event], verb: &str) -> Option<(String, Option<String>)> {
    let e = ev.iter().find(|e| e.action.text == verb).unwrap_or_else(|| panic!("no {verb}: {ev:?}"));
    e.target.as_ref().map(|p| (p.text.clone(), p.name.clone()))
}

#[test]
fn him_as_object_is_the_person_named_before_it() {
    let mut doc = crate::events::testing::parsed_doc(&[
        "Richard/2/compound Lopez/3/nsubj said/0/root the/5/det militia/7/nsubj had/7/aux detained/3/ccomp \
         him/7/obj ./3/punct",
    ]);
    doc.sentences[0].entities.push(casus_core::Entity { label: "PER".into(), tokens: 0..2, score: 1.0 });
    let ev = crate::events::extract(&doc);
    assert_eq!(target(&ev, "detained"), Some(("him".to_string(), Some("Richard Lopez".to_string()))));
}

#[test]
fn him_is_never_the_subject_of_his_own_clause() {
    let mut doc = crate::events::testing::parsed_doc(&[
        "Ahmed/2/compound Ali/3/nsubj spoke/0/root ./3/punct",
        "Police/3/compound chief/3/compound Omar/4/nsubj arrested/0/root him/4/obj ./4/punct",
    ]);
    doc.sentences[0].entities.push(casus_core::Entity { label: "PER".into(), tokens: 0..2, score: 1.0 });
    doc.sentences[1].entities.push(casus_core::Entity { label: "PER".into(), tokens: 2..3, score: 1.0 });
    let ev = crate::events::extract(&doc);
    let got = target(&ev, "arrested");
    assert_eq!(got.as_ref().and_then(|t| t.1.as_deref()), Some("Ahmed Ali"), "{ev:?}");
}

#[test]
fn him_in_a_relative_clause_is_not_the_noun_who_stands_for() {
    let mut doc = crate::events::testing::parsed_doc(&[
        "President/2/nmod:desc Smith/3/nsubj met/0/root Senator/5/nmod:desc Jones/3/obj ,/8/punct who/8/nsubj \
         accused/5/acl:relcl him/8/obj of/11/mark lying/8/xcomp ./3/punct",
    ]);
    doc.sentences[0].entities.push(casus_core::Entity { label: "PER".into(), tokens: 0..2, score: 1.0 });
    doc.sentences[0].entities.push(casus_core::Entity { label: "PER".into(), tokens: 3..5, score: 1.0 });
    let ev = crate::events::extract(&doc);
    let got = target(&ev, "accused");
    assert_ne!(got.as_ref().and_then(|t| t.1.as_deref()), Some("Senator Jones"), "{ev:?}");
    assert_ne!(got.as_ref().and_then(|t| t.1.as_deref()), Some("Jones"), "{ev:?}");
}
