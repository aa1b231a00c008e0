//! An incident that is only what a speaker comments on: "the bombing is a major setback, he said",
//! "Sharif said the attack shows terrorists have no faith". The speaker's comment is the act; the
//! incident, reported elsewhere in the story, gets no second record from it (GUIDELINES §2: "The
//! latest border flare-up, he told reporters, 'does not advance the process'" is the comment only).
use crate::events::tense;
use crate::events::view::View;
use crate::events::words;

/// A definite event noun at `head`, subject of a copula or of a verb of significance ("shows",
/// "changes", "marks", "has had an effect") in what a speaker says, with no toll
/// in the sentence, no place or date of its own, and after the lead. The narrator's own "Tuesday's
/// attack marked an escalation" asserts the incident and stays (the gold records it); so does "the
/// attack on a checkpoint in Kandahar on Tuesday was the second this week", a new incident the
/// speaker reports.
pub(crate) fn commented_on(v: &View, head: usize) -> bool {
    if v.base_rel(head) != "nsubj" || !v.casualties().is_empty() || own_setting(v, head) {
        return false;
    }
    let definite = v.definite_det(head) || v.kids_with(head, &["nmod:poss"]).next().is_some();
    let Some(pred) = v.head(head) else { return false };
    let copula = v.kids_with(pred, &["cop"]).next().is_some();
    let comment = copula || words::get("comment_predicates").contains(&v.lemmas[pred].as_str()) || had_effect(v, pred);
    // The lead test scans the whole document: last.
    definite && comment && !names_a_doer(v, pred) && spoken(v, pred) && !tense::in_lead(v, 1)
}

/// "the arrest has had a chilling effect", "the raid had an impact on the talks": having an effect
/// says what the incident meant, as "sent a chilling message" does; it tells no new occurrence.
fn had_effect(v: &View, pred: usize) -> bool {
    v.lemmas[pred] == "have"
        && v.kids_with(pred, &["obj"]).any(|o| words::get("effect_nouns").contains(&v.lemmas[o].as_str()))
}

/// The noun's phrase names a place or a date ("the shelling of the Herat market", "the attack
/// on Tuesday"): it tells an incident of its own, not only the one the story reported.
fn own_setting(v: &View, head: usize) -> bool {
    let place = |k: usize| v.is_place_name(k) || crate::parties::is_location(v.word(k));
    v.phrase(head).filter(|&k| k != head).any(|k| v.is_dated(k) || place(k))
}

/// "said the bombing was the work of the Taliban": a predicate that says who did it is a claim
/// about the incident (GUIDELINES §12.5), not a comment on it.
fn names_a_doer(v: &View, pred: usize) -> bool {
    words::get("doer_predicates").contains(&v.lemmas[pred].as_str())
        || v.kids_with(pred, &["obl:agent"]).next().is_some()
}

/// The clause is what someone says: the complement of a verb ("said the attack shows"),
/// inside quotation marks, or the main clause of "…, he said".
fn spoken(v: &View, pred: usize) -> bool {
    let said = |k: usize| words::get("comment_speech_verbs").contains(&v.lemmas[k].as_str());
    let complement = v.base_rel(pred) == "ccomp" && v.head(pred).is_some_and(said);
    let tagged = v.rel(pred) == "root" && v.kids_with(pred, &["parataxis"]).any(said);
    complement || tagged || tense::quoted(v, pred)
}
