//! "They" after a subordinate clause that opens its own clause, a group name plural by usage ("the
//! Taliban say they …"), and "them" in a clause whose subject is a pronoun: each bound in its own
//! sentence, not to the actors of an earlier one.
use crate::events::testing::parsed_doc;

fn party_of(ev: &[casus_core::Event], action: &str, actor: bool) -> (Option<String>, Option<String>) {
    let e = ev.iter().find(|e| e.action.text == action).unwrap_or_else(|| panic!("no {action}: {ev:?}"));
    let p = if actor { e.actor.as_ref() } else { e.target.as_ref() };
    p.map(|p| (p.country.clone(), p.role.clone())).unwrap_or_default()
}

fn key(country: &str, role: &str) -> (Option<String>, Option<String>) {
    (Some(country.to_string()), Some(role.to_string()))
}

#[test]
fn they_after_an_opening_subordinate_clause_is_that_clauses_plural_subject() {
    // "After Somali rebels left the town, they burned a school": the rebels, not the Kenyan troops
    // who acted in the sentence before.
    let doc = parsed_doc(&[
        "Kenyan/2/amod troops/3/nsubj shelled/0/root a/6/det rebel/6/compound camp/3/obj ./3/punct",
        "After/4/mark Somali/3/amod rebels/4/nsubj left/9/advcl the/6/det town/4/obj ,/9/punct they/9/nsubj \
         burned/0/root a/11/det school/9/obj ./9/punct",
    ]);
    let ev = crate::events::extract(&doc);
    assert_eq!(party_of(&ev, "burned", true).1.as_deref(), Some("REB"), "{ev:?}");
    // "When the Ethiopian soldiers returned to the base, they killed two rebels": the soldiers.
    let doc = parsed_doc(&[
        "Somali/2/amod rebels/3/nsubj attacked/0/root a/5/det village/3/obj ./3/punct",
        "When/4/mark Ethiopian/3/amod soldiers/4/nsubj returned/10/advcl to/7/case the/7/det base/4/obl ,/10/punct \
         they/10/nsubj killed/0/root two/12/nummod rebels/10/obj ./10/punct",
    ]);
    let ev = crate::events::extract(&doc);
    assert_eq!(party_of(&ev, "killed", true), key("ETH", "MIL"), "{ev:?}");
}

#[test]
fn they_in_what_the_taliban_report_is_the_taliban() {
    // "The Taliban said they had detained two journalists": a group whose name is plural by usage, not
    // the U.N. officials named before.
    let mut doc = parsed_doc(&[
        "U.N./2/compound officials/3/nsubj criticized/0/root the/5/det ban/3/obj ./3/punct",
        "The/2/det Taliban/3/nsubj said/0/root they/6/nsubj had/6/aux detained/3/ccomp two/8/nummod \
         journalists/6/obj ./3/punct",
    ]);
    doc.published = chrono::NaiveDate::from_ymd_opt(2024, 8, 20);
    let ev = crate::events::extract(&doc);
    assert_eq!(party_of(&ev, "detained", true).0.as_deref(), Some("AFG"), "{ev:?}");
}

#[test]
fn them_after_a_pronoun_subject_is_the_plural_object_before_it() {
    // "They picked out police officers, tied their hands and shot them": the officers, neither the
    // gunmen "they" are nor the hands.
    let doc = parsed_doc(&[
        "Gunmen/2/nsubj stopped/0/root a/4/det bus/2/obj ./2/punct",
        "They/2/nsubj picked/0/root out/2/compound:prt police/5/compound officers/2/obj and/7/cc tied/2/conj \
         their/9/nmod:poss hands/7/obj and/11/cc shot/2/conj them/11/obj ./2/punct",
    ]);
    let ev = crate::events::extract(&doc);
    assert_eq!(party_of(&ev, "shot", false).1.as_deref(), Some("COP"), "{ev:?}");
    // "They seized two soldiers and later released them": the soldiers.
    let doc = parsed_doc(&[
        "Rebels/2/nsubj attacked/0/root a/4/det village/2/obj ./2/punct",
        "They/2/nsubj seized/0/root two/4/nummod soldiers/2/obj and/7/cc later/7/advmod released/2/conj \
         them/7/obj ./2/punct",
    ]);
    let ev = crate::events::extract(&doc);
    assert_eq!(party_of(&ev, "released", false).1.as_deref(), Some("MIL"), "{ev:?}");
}
