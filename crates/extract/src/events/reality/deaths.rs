//! "She died on the spot", "When his father died in 1927", "it's our people who are dying": a death
//! verb that names no cause of violence in its clause, in a sentence that counts no dead (not even
//! one: "an American student who died" counts one), tells no act of anyone. It is a natural death,
//! or a victim of an incident the story has told, restated (GUIDELINES §12.8: deaths with no act behind them; §2:
//! repetitions). A count keeps it ("over 60 people had died", "only a small number of people died":
//! the gold records a toll told alone), and so does a cause in the clause ("died in the attack",
//! "died of his wounds", "died in custody", "died when troops fired"): the act it names.
use crate::casualties::CasualtyKind;
use crate::events::triggers::trigger::{is_force, pos};
use crate::events::view::View;
use crate::events::words;

/// Death verb `head` has no cause of violence in its adjuncts and no count of the dead.
pub(crate) fn uncaused_death(v: &View, head: usize) -> bool {
    if !words::get("death_verbs").contains(&v.lemmas[head].as_str()) {
        return false;
    }
    // A toll of one counts too: "one of the wounded later died", "a third officer died Saturday"
    // update an incident's toll (issue 10's toll wordings).
    let counted = v.casualties().iter().any(|c| c.kind == CasualtyKind::Killed && c.count.is_some());
    !counted && !quantity(v, head) && !caused(v, head)
}

/// The dead are a number, told vaguely: "a small number of people", "dozens", "most of them".
fn quantity(v: &View, head: usize) -> bool {
    let Some(s) = v.subject(head).map(|s| v.antecedent(head, s)) else { return false };
    let listed = |k: usize| {
        words::get("quantity_words").contains(&v.lemmas[k].as_str())
            || words::get("dead_quantities").contains(&v.lemmas[k].as_str())
    };
    listed(s) || v.kids(s).iter().any(|&k| v.base_rel(k) == "nummod" || listed(k))
}

/// An adjunct of the verb names violence or what it left: a force trigger ("in the attack", "when
/// troops fired") or a word of wounds or custody ("of his wounds", "in custody").
fn caused(v: &View, head: usize) -> bool {
    // The word's own code, whatever its argument conditions ask: in "died after being beaten by
    // soldiers" the beaten is the subject of "died", out of reach of beat's victim list.
    let force = |k: usize| {
        crate::lexicon::lookup_pos(&v.lemmas, k, Some(pos(v, k)))
            .and_then(|m| m.entry.cameo.clone())
            .is_some_and(|c| is_force(&c))
    };
    let cause = |k: usize| force(k) || words::get("death_causes").contains(&v.lemmas[k].as_str());
    v.kids_with(head, &["obl", "obl:agent", "advcl", "xcomp", "nmod"])
        .any(|a| v.subtree(a).any(|k| k != head && cause(k)))
}
