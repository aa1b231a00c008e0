//! Future acts a party states ("said it would fight on", "will strike again", "said he would
//! continue talks with both parties"): stage 1 recodes them to the threat or intent they state, or
//! to a refusal when negated ("said it would not release the prisoners"). Split from `triggers` by
//! stage: what a trigger's own clause says of the act to come.
use super::intents;
use super::trigger::{is_force, pos};
use crate::events::view::View;
use crate::events::words;
use crate::lexicon::{self, ModalOutcome, Pos, TriggerMatch};

/// "declaring it would fight on", "will strike again": an act its subject says it will do is not
/// done; said of force it is a stated readiness to use it (GUIDELINES §12.9: 138). Other future acts
/// are intents only when the party says them of itself ("Kenya said it would send troops", "'we will
/// release the hostages'": [`intents::own_statement`]); said of others ("analysts said Tehran would
/// welcome") they keep their code and [`crate::events::reality`] drops them. A force verb its arguments
/// recode ("will retaliate against the tariffs": 163) is announced force too: a threat of that
/// (1312). Announced de-escalation is an intent to de-escalate.
/// Returns the light or carrying verb of a noun so announced ("would launch more attacks"): it
/// speaks for the noun as a governor does, so the noun is read as that verb's act.
pub(super) fn announced(v: &View, head: usize, entry_code: Option<&str>, cameo: &mut String) -> Option<usize> {
    let force = is_force(cameo) || entry_code.is_some_and(is_force);
    // "would halt attacks", "will pull its troops out": a stated decision to de-escalate is an
    // intent (0356; GUIDELINES §12.9: "will reduce troops" is 03x).
    let easing = cameo.starts_with("087");
    // "said it would continue its attacks": the verb that carries the event on is the clause's.
    let light = carrier(v, head).is_none().then(|| light_carrier(v, head, cameo)).flatten();
    let clause = carrier(v, head).or(light).unwrap_or(head);
    // "said the movement had withdrawn and would fight on": a conjunct verb shares its subject.
    let shared = || v.head(clause).filter(|_| v.base_rel(clause) == "conj").and_then(|h| v.subject(h));
    if pos(v, clause) != Pos::Verb
        || v.subject(clause).or_else(shared).is_none()
        || !crate::events::tense::future(v, clause)
    {
        return None;
    }
    if !(force || easing || own_intent(v, clause, cameo)) {
        return None;
    }
    if let ModalOutcome::Recode(c) = lexicon::modal_code(lexicon::ModalKind::Intent, cameo) {
        *cameo = c;
        // "would continue talks with both parties": the carrying verb states the intent too, so the
        // noun is read as its act and not as a meeting "would" makes hypothetical.
        return light.or(carrier(v, head));
    }
    None
}

/// Lexicon match `m` is a refusal its party states ([`refused`]): the model, which rules out denied
/// acts, does not rule it out, for the statement is made.
pub(super) fn stated_refusal(v: &View, m: &TriggerMatch) -> bool {
    let head = v.top(m.tokens.clone());
    let negated = lexicon::negated(&v.lemmas, head) || v.is_negated(head);
    negated && m.entry.negated.is_none() && refused(v, head, m.entry.cameo.as_deref().unwrap_or("")).is_some()
}

/// "said it would not release the prisoners", "'we will not withdraw'": what a party says its own
/// side will not do is its refusal to do it (12x, as "refused to release"; GUIDELINES §12.9), not a
/// denied act. Refused force is no event ("said it would not attack": modal_codes drops it).
pub(super) fn refused(v: &View, head: usize, cameo: &str) -> Option<String> {
    let clause = carrier(v, head).unwrap_or(head);
    // "will no longer recognize the government": a relation cut is `intents`' rejection, by the speaker.
    let relation = words::get("intent_verbs").contains(&v.lemmas[clause].as_str());
    if relation
        || pos(v, clause) != Pos::Verb
        || !crate::events::tense::future(v, clause)
        || !own_intent(v, clause, cameo)
    {
        return None;
    }
    match lexicon::modal_code(lexicon::ModalKind::Refuse, cameo) {
        ModalOutcome::Recode(c) => Some(c),
        _ => None,
    }
}

/// The verb that carries on or steps up event `head`, its object or infinitive: "continue the
/// offensive", "step up attacks", "keep fighting"; or its with-phrase, after a particle of going on:
/// "press on with its offensive", "push ahead with the attacks".
pub(super) fn carrier(v: &View, head: usize) -> Option<usize> {
    let g = v.head(head)?;
    let lemma = v.lemmas[g].as_str();
    if matches!(v.base_rel(head), "obj" | "xcomp") && words::get("carry_on_governors").contains(&lemma) {
        return Some(g);
    }
    (v.base_rel(head) == "obl" && v.carries_on(head, g)).then_some(g)
}

/// The light verb that starts event noun `head`, its object: "launch more attacks", "carry out
/// attacks", "stage raids" ("said it would launch more attacks against French forces" states the
/// force to come, as "would attack" does); of any other event, a light verb or one that convenes a
/// meeting ("said he would hold talks with", "would convene a summit", "would host a conference"):
/// what the party says it will start is its intent, as "would meet" is ([`announced`] asks that
/// the party say it of itself).
pub(super) fn light_carrier(v: &View, head: usize, cameo: &str) -> Option<usize> {
    let g = v.head(head).filter(|_| pos(v, head) == Pos::Noun && v.base_rel(head) == "obj")?;
    let lemma = v.lemmas[g].as_str();
    let convenes = !is_force(cameo) && words::get("convening_verbs").contains(&lemma);
    (words::get("light_verbs").contains(&lemma) || convenes).then_some(g)
}

/// Future verb `head` states its speaker's own intent to do `cameo`: not a hope ("we hope we'll
/// round up the cartels"), and not a cut in relations: "announced it would cease military aid" is
/// the decision to cut it (16x), not a threat to (131), and stays with [`crate::events::reality`].
fn own_intent(v: &View, head: usize, cameo: &str) -> bool {
    let hoped = v.head(head).is_some_and(|h| words::get("hope_verbs").contains(&v.lemmas[h].as_str()));
    !hoped && !cameo.starts_with("16") && intents::own_statement(v, head)
}
