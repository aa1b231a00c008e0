//! "the regional body", "the bloc", "the coalition" stand for the body of states named before (`sides/bodies`).

/// The target (text, name, role) of the record whose trigger is `verb`.
fn target(ev: &[casus_core::Event], verb: &str) -> Option<(String, Option<String>, Option<String>)> {
    let e = ev.iter().find(|e| e.action.text == verb).unwrap_or_else(|| panic!("no {verb}: {ev:?}"));
    e.target.as_ref().map(|p| (p.text.clone(), p.name.clone(), p.role.clone()))
}

#[test]
fn the_regional_body_is_the_international_body_named_before() {
    let doc = crate::events::testing::parsed_doc(&[
        "Mali/2/nsubj criticized/0/root the/4/det ECOWAS/2/obj ./2/punct",
        "Niger/2/nsubj accused/0/root the/5/det regional/5/amod body/2/obj of/7/mark failing/2/advcl ./2/punct",
    ]);
    let ev = crate::events::extract(&doc);
    let got = target(&ev, "accused");
    assert_eq!(got.as_ref().map(|t| t.0.as_str()), Some("the regional body"), "{ev:?}");
    assert_eq!(got.and_then(|t| t.2).as_deref(), Some("IGO"));
}

#[test]
fn a_body_with_no_word_that_makes_it_one_is_no_body_of_states() {
    let doc = crate::events::testing::parsed_doc(&[
        "Mali/2/nsubj criticized/0/root the/4/det ECOWAS/2/obj ./2/punct",
        "Niger/2/nsubj accused/0/root the/4/det body/2/obj of/6/mark failing/2/advcl ./2/punct",
    ]);
    let ev = crate::events::extract(&doc);
    // `target` fails when there is no "accused" record at all.
    let got = target(&ev, "accused").and_then(|t| t.2);
    assert_ne!(got.as_deref(), Some("IGO"), "{ev:?}");
}

#[test]
fn the_coalition_is_no_international_body_unless_one_of_that_name() {
    let doc = crate::events::testing::parsed_doc(&[
        "NATO/2/nsubj warned/0/root Russia/2/iobj ./2/punct",
        "The/2/det coalition/3/nsubj accused/0/root the/6/det ruling/6/amod party/3/obj of/8/case fraud/6/nmod ./3/punct",
    ]);
    let ev = crate::events::extract(&doc);
    let e = ev.iter().find(|e| e.action.text == "accused").unwrap_or_else(|| panic!("no accused: {ev:?}"));
    assert_ne!(e.actor.as_ref().and_then(|p| p.role.as_deref()), Some("IGO"), "{ev:?}");
}
