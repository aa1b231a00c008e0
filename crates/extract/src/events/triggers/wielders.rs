//! The means of a generic force verb (GUIDELINES §12.4: 195 aircraft, missiles and drones, 194
//! artillery, 193 small arms) is told by its instrument wherever it stands: "struck with missiles",
//! "struck by missiles" (the trigger's arguments) and "missiles struck" (its subject, here). What the
//! verb acts on never tells it: "attacked a naval air base", "shelled a tank unit" are attacks on a
//! base and a unit, whatever they hold.
use super::trigger::{argument_lemmas, is_force};
use crate::events::view::View;
use crate::events::words;
use crate::lexicon::{self, TriggerEntry};

/// The argument lemmas that may refine force trigger `head` (its `argument_lemmas`), less the
/// words that only describe its target: the compound modifiers of an object or target phrase ("a
/// naval air base") whose head is no weapon, round of fire or wound ("fired mortar rounds",
/// "sustained bullet wounds" keep theirs).
pub(super) fn means_lemmas(v: &View, head: usize, entry: &TriggerEntry) -> Vec<String> {
    let mut lemmas = argument_lemmas(v, head);
    if !entry.cameo.as_deref().is_some_and(is_force) {
        return lemmas;
    }
    let targeted = |o: &usize| {
        v.base_rel(*o) == "obj" || v.case_of(*o).is_some_and(|c| words::get("target_cases").contains(&c.as_str()))
    };
    let targets: Vec<usize> = v.kids(head).iter().copied().filter(targeted).flat_map(|o| v.conjuncts(o)).collect();
    for t in targets.into_iter().filter(|&t| !carries_means(&v.lemmas[t])) {
        for m in v.kids_with(t, &["compound"]) {
            for k in v.subtree(m) {
                if let Some(at) = lemmas.iter().position(|l| *l == v.lemmas[k]) {
                    lemmas.remove(at);
                }
            }
        }
    }
    lemmas
}

/// A weapon, or a noun whose modifier names the weapon of the fire ("mortar rounds", "a rocket
/// barrage").
fn carries_means(lemma: &str) -> bool {
    lexicon::is_weapon(lemma) || words::get("munition_nouns").contains(&lemma)
}

/// The code the weapon a force verb's active subject names gives by the entry's refinements:
/// "Russian missiles struck Kharkiv" as "struck with missiles" (195), "a barrage of rockets hit the
/// town" (194); the first weapon of "helicopters and artillery attacked" (the others split off as
/// their own actions when records are assembled). None when the subject names no weapon, or when
/// `code` is already finer than the entry's own ("bombers" of a bombing stay 183).
pub(super) fn wielded(v: &View, head: usize, entry: &TriggerEntry, code: &str) -> Option<String> {
    if entry.cameo.as_deref() != Some(code) || !is_force(code) || v.is_passive(head) {
        return None;
    }
    let subject = v.kids_with(head, &["nsubj"]).next()?;
    subject_weapons(v, subject).into_iter().find_map(|w| entry.refined_by(&v.lemmas[w]).map(str::to_string))
}

/// The weapon nouns among the conjuncts of `subject`, the of-phrases of their heads ("a barrage of
/// rockets") and the compound modifiers of a round of fire ("mortar rounds hit"). Not a bomber the
/// gazetteer takes for a person ("a bomber", UAF: one who carries the bomb), only the aircraft
/// ("bombers", MIL).
pub(crate) fn subject_weapons(v: &View, subject: usize) -> Vec<usize> {
    let mut out = Vec::new();
    let person = |w: usize| crate::parties::normalize(v.word(w)).and_then(|p| p.role).as_deref() == Some("UAF");
    for c in v.conjuncts(subject) {
        let of = v.kids_with(c, &["nmod"]).filter(|&n| v.case_of(n).as_deref() == Some("of"));
        let named = v.kids_with(c, &["compound"]).filter(|_| carries_means(&v.lemmas[c]));
        out.extend(
            std::iter::once(c).chain(of).chain(named).filter(|&w| lexicon::is_weapon(&v.lemmas[w]) && !person(w)),
        );
    }
    out
}

/// The code of an entry that requires its means, when the active subject of `head` names them:
/// "missiles rained down on the city", "rockets slammed into a school" (GUIDELINES §12.4: "rockets
/// slammed into the town" is 194), as "rained rockets on the city". Force entries only ("tanks moved
/// north" deploys no one). None when the subject names no weapon.
pub(super) fn subject_means(v: &View, head: usize, entry: &TriggerEntry) -> Option<String> {
    if entry.requires.is_empty() || !entry.cameo.as_deref().is_some_and(is_force) || v.is_passive(head) {
        return None;
    }
    let subject = v.kids_with(head, &["nsubj"]).next()?;
    let weapons: Vec<&str> = subject_weapons(v, subject).into_iter().map(|w| v.lemmas[w].as_str()).collect();
    entry.code_for(&weapons).map(str::to_string)
}
