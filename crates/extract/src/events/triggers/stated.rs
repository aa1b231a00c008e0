//! A party's own word on what it will not do: "the pilgrims said they would not allow threats to
//! deter them", "the president said his government will not succumb to pressure", "'we will not
//! yield to threats,' the minister said". Said by the party that is to act, "will not" + yielding
//! or letting happen (yielding_verbs, letting_verbs) refuses to yield (124), or threatens repression
//! when what it will not allow is force or unrest ("we will not tolerate violence": 137). GUIDELINES
//! §2, §12.9: a party's statement of what it will or will not do is an event. Someone else's future ("analysts
//! say the rebels will not yield"), a question, a condition ("will not sign unless …", read in
//! `threats`) or an act of the passive states nothing.
use super::appeals::{addressable, speaker};
use super::intents::{agrees, has_condition};
use super::trigger::{is_force, pos, Trigger};
use crate::events::reality::voices::commentator;
use crate::events::tense;
use crate::events::view::View;
use crate::events::words;
use crate::lexicon::{self, Pos, TriggerMatch};

/// Adds the refusal each of the party's own "will not allow", "will not succumb" states, where no
/// trigger of the lexicon stands at the verb.
pub(super) fn add(v: &View, kept: &mut Vec<Trigger>) {
    let found: Vec<Trigger> =
        (0..v.len()).filter(|&i| !kept.iter().any(|t| t.head == i)).filter_map(|i| refused(v, i)).collect();
    kept.extend(found);
}

/// The refusal at verb `i` of yielding or letting happen, said negated of the speaker's own future.
fn refused(v: &View, i: usize) -> Option<Trigger> {
    // "will not allow attacks", "will not tolerate dissent": what is let happen is named. "Will not
    // bow", "will not back down" yield to no one; with an object they produce or bend something
    // ("it will not yield results", "would not bend the rules").
    let object = v.kids_with(i, &["obj", "xcomp", "ccomp"]).next().is_some();
    let letting = words::get("letting_verbs").contains(&v.lemmas[i].as_str()) && object;
    let yields = yielding(v, i) && v.kids_with(i, &["obj"]).next().is_none();
    if !(letting || yields) {
        return None;
    }
    if !(v.is_negated(i) || lexicon::negated(&v.lemmas, i)) || !own_future(v, i) {
        return None;
    }
    let cameo = if v.kids_with(i, &["obj"]).any(|o| unrest(v, o)) { "137" } else { "124" };
    // The phrase runs to the particle: "back down".
    let end = v.kids_with(i, &["compound:prt"]).filter(|&p| p == i + 1).last().unwrap_or(i);
    let m = TriggerMatch { tokens: i..end + 1, head: i, entry: lexicon::verb_entry("reject")?.entry };
    // The speaker acts (`appeals::roles`) on the party it will not yield to; addressed to itself,
    // the refusal has no target.
    let target = yielded_to(v, i).unwrap_or(i);
    Some(Trigger { addressee: Some(target), ..Trigger::new(m, i, cameo.to_string()) })
}

/// The party verb `i` would yield to: "bow to the rebels", or the one a pressure or a demand comes
/// from ("succumb to pressure from criminal groups", "yield to the demands of the protesters"; the
/// parser may read "to mounting pressure" as a clause of its own, so the phrase is searched whole).
fn yielded_to(v: &View, i: usize) -> Option<usize> {
    let marked_to =
        |k: usize| v.case_of(k).as_deref() == Some("to") || v.kids_with(k, &["mark"]).any(|m| v.lemmas[m] == "to");
    let to = v.kids_with(i, &["obl", "advcl"]).find(|&k| marked_to(k))?;
    if addressable(v, to) {
        return Some(to);
    }
    let from = |k: usize| matches!(v.case_of(k).as_deref(), Some("from" | "of" | "by"));
    v.subtree(to).find(|&k| k != to && from(k) && addressable(v, k))
}

/// Verb `i` is one of yielding_verbs, alone ("bow") or with its particle ("back down", "give in").
fn yielding(v: &View, i: usize) -> bool {
    let verbs = words::get("yielding_verbs");
    let lemma = v.lemmas[i].as_str();
    verbs.contains(&lemma)
        || v.kids_with(i, &["compound:prt"]).any(|p| verbs.contains(&format!("{lemma} {}", v.lemmas[p]).as_str()))
}

/// Noun `o` names force or unrest ("violence", "attacks", "riots"): what a party will not allow
/// there is what it says it will put down.
fn unrest(v: &View, o: usize) -> bool {
    let code = lexicon::lookup_pos(&v.lemmas, o, Some(Pos::Noun)).and_then(|m| m.entry.cameo.clone());
    code.is_some_and(|c| is_force(&c) || c.starts_with("14"))
}

/// Verb `head` is in the future, active, and said by the party that is its subject: "we" or "I" in
/// a quote, or a pronoun that stands for the one who says so ("the rebels said they will"), or a
/// noun that pronoun owns ("the president said his government will"). "Would" is the future only
/// in reported speech ("said they would"); in a quote it is a hypothetical.
fn own_future(v: &View, head: usize) -> bool {
    if pos(v, head) != Pos::Verb || !tense::future(v, head) || v.is_passive(head) {
        return false;
    }
    if tense::conditional(v, head) || has_condition(v, head) || tense::question_mark(v) {
        return false;
    }
    let Some(subject) = v.kids_with(head, &["nsubj"]).next() else { return false };
    let Some(sayer) = speaker(v, head).filter(|&s| s != subject && !commentator(v, s)) else { return false };
    let quoted = tense::quoted(v, head);
    let reported = v.base_rel(head) == "ccomp" && !quoted;
    let would = v.kids_with(head, &["aux"]).any(|a| v.lemmas[a] == "would");
    if would && !reported {
        return false;
    }
    let own = |p: usize| {
        let lemma = v.lemmas[p].to_lowercase();
        let first = matches!(lemma.as_str(), "i" | "we" | "my" | "our");
        let third = words::get("threat_pronouns").contains(&lemma.as_str())
            || words::get("possessives").contains(&lemma.as_str());
        // "He said it will not …": "it" is something other than a person who speaks.
        let thing = lemma == "it" && v.is_person(sayer);
        (first && quoted) || (third && !first && !thing && reported && agrees(v, p, sayer))
    };
    own(subject) || v.kids_with(subject, &["nmod:poss"]).any(own)
}
