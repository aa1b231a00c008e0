//! Accusations that name a concrete act (GUIDELINES §12.5): "accused the army of killing three
//! villagers", "blamed the attack on the rebels". The act is a record of its own besides the
//! accusation. Conduct in general ("accused X of abuses", "of firing on positions"), a series told
//! by quantity ("blamed several recent attacks on militants") and mutual blame ("accused each other
//! of shelling") stay the accusation only.
use super::trigger::{argument_lemmas, pos};
use super::view::View;
use crate::lexicon::{Pos, TriggerMatch};

/// Force trigger `head` is the concrete act of an accusation among the sentence's triggers
/// (`heads[k]` matched `found[k]`).
pub(super) fn accused_act(v: &View, head: usize, cameo: &str, heads: &[usize], found: &[TriggerMatch]) -> bool {
    // "accused X of violating the truce" is conduct in general (GUIDELINES §12.5).
    !cameo.starts_with("196") && concrete(v, head) && accusation_above(v, head, heads, found).is_some()
}

/// Who the accusation says did act `head`: "blamed the attack on X", "accused X of …", "blamed X
/// for …", "X was accused of …"; `None` when the act's own clause names them ("suspect X is behind
/// the attack").
pub(super) fn accused_party(v: &View, head: usize, heads: &[usize], found: &[TriggerMatch]) -> Option<usize> {
    let a = accusation_above(v, head, heads, found)?;
    if v.head(head) == Some(a) && v.base_rel(head) == "obj" {
        return v.kids_with(a, &["obl"]).find(|&c| v.case_of(c).as_deref() == Some("on"));
    }
    // "accused the Taliban of …" is sometimes parsed with the Taliban as a second subject.
    let late_subject = v.kids_with(a, &["nsubj"]).find(|&s| s > a);
    v.kids_with(a, &["obj"]).next().or(late_subject).or_else(|| v.kids_with(a, &["nsubj:pass"]).next())
}

/// The accusation whose content `head` is, when it blames one side: the nearest trigger above it
/// through complement and argument links. An event noun is its content as object or "for"/"of"
/// phrase; one in another phrase ("following the latest skirmish", "many of the attacks") is not.
fn accusation_above(v: &View, head: usize, heads: &[usize], found: &[TriggerMatch]) -> Option<usize> {
    let case = v.case_of(head);
    let phrase = v.base_rel(head) == "obl" && !matches!(case.as_deref(), Some("for" | "of"));
    if pos(v, head) == Pos::Noun && (phrase || v.base_rel(head) == "nmod") {
        return None;
    }
    let mut cur = head;
    for a in v.ancestors(head) {
        if !matches!(v.base_rel(cur), "advcl" | "acl" | "xcomp" | "ccomp" | "obl" | "obj" | "conj") {
            return None;
        }
        if let Some(k) = heads.iter().position(|&h| h == a) {
            let code = found[k].entry.code_for(&argument_lemmas(v, a)).unwrap_or("");
            let mutual = found[k].entry.mutual || v.kids(a).iter().any(|&c| super::args::is_reciprocal(v, c));
            return (code.starts_with("112") && !mutual).then_some(a);
        }
        cur = a;
    }
    None
}
/// An act told as one incident: a verb with the victims as its object ("of massacring dozens of
/// civilians"), or a definite event noun ("the attack on the school", "the pipeline attacks").
fn concrete(v: &View, head: usize) -> bool {
    if pos(v, head) == Pos::Verb {
        return v.kids_with(head, &["obj"]).next().is_some();
    }
    v.kids_with(head, &["det"]).any(|d| matches!(v.lemmas[d].as_str(), "the" | "this" | "that" | "these" | "those"))
}
