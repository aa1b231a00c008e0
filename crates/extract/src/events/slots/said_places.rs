//! Where a statement was made (GUIDELINES §7: "In Baku", "told reporters in Kabul"), not where what it
//! is about happened: "condemned the attacks in eastern Chad", "opposes investment in Balochistan",
//! "warned against hospital care in Vietnam" name the place of the topic, not of the speech.
use crate::events::args::is_place_noun;
use crate::events::triggers::trigger::Trigger;
use crate::events::view::View;
use crate::events::words;

/// Whether trigger `t` is a statement or a position (`position_roots`: 01, 02, 03, 10-13).
pub(crate) fn is_statement(t: &Trigger) -> bool {
    words::is_position(&t.cameo)
}

/// Whether place word `p` can set statement `t`: false when it lies inside what the statement is about
/// or to whom it is addressed (its object, a complement clause, one of its `targets`, or a phrase whose
/// preposition is not one of place: "against hospital care in Vietnam", "talks on the situation in Chad").
pub(crate) fn sets_statement(v: &View, t: &Trigger, targets: &[usize], p: usize) -> bool {
    let Some(top) = top_below(v, t, p) else { return true };
    if targets.iter().any(|&x| v.subtree(top).contains(&x)) {
        return false;
    }
    match v.base_rel(top) {
        "obj" | "iobj" | "nsubj" | "csubj" | "ccomp" | "xcomp" => false,
        "obl" | "nmod" => {
            let case = v.case_of(top).unwrap_or_default();
            let place_case = words::get("place_cases").contains(&case.as_str());
            // "at a summit in Russia" sets it; "on the situation in Chad" is its topic.
            place_case && (case != "on" || is_place_noun(v, top) || v.is_place_name(top))
        }
        _ => true,
    }
}

/// The word right below the trigger's words on the way up from `p`: the phrase of the trigger `p`
/// belongs to. `None` when `p` does not hang under the trigger.
fn top_below(v: &View, t: &Trigger, p: usize) -> Option<usize> {
    let mut cur = p;
    for _ in 0..v.len() {
        let h = v.head(cur)?;
        if t.m.tokens.contains(&h) {
            return (!t.m.tokens.contains(&cur)).then_some(cur);
        }
        cur = h;
    }
    None
}
