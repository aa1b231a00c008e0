//! Appeals in the modal form of news (GUIDELINES §12.9: "must", "should" addressed to a party
//! are appeals, 02x): "Balkhi said Islamabad must address internal issues", "she said authorities
//! should declare a state of emergency", "says Washington needs to act", "hoped that the forces
//! would not enter". The speaker (the subject of
//! the reporting verb, the quote's source) appeals; the subject of the must-clause is the one
//! appealed to; what it must do is the appeal's content, not an event of its own. Stage 1 adds
//! them to the sentence's triggers; stage 2 reads their roles here.
use super::trigger::{argument_lemmas, is_speech_act, Trigger};
use crate::events::roles::Roles;
use crate::events::sides::attribution;
use crate::events::tense;
use crate::events::view::View;
use crate::events::words;
use crate::lexicon::{self, ModalKind, ModalOutcome, Pos, TriggerMatch};
use casus_core::Party;

/// Adds the sentence's modal appeals to the `kept` triggers and drops the triggers of their content.
pub(crate) fn add(v: &View, kept: &mut Vec<Trigger>) {
    let found: Vec<Trigger> = (0..v.len()).filter_map(|i| appeal(v, i, kept)).collect();
    // What the party must do is a deed; a speech act found below it ("… would not enter the embassy,
    // and asked the government to negotiate") is the speaker's own next act.
    for a in &found {
        kept.retain(|t| {
            let below = t.head == a.head || v.ancestors(t.head).any(|x| x == a.head);
            !below || (t.head != a.head && is_speech_act(&t.cameo))
        });
    }
    kept.extend(found);
}

/// The appeal made by the must-clause of verb `i`, if it is one.
fn appeal(v: &View, i: usize, kept: &[Trigger]) -> Option<Trigger> {
    let (start, subject) = obligation(v, i)?;
    if !addressable(v, subject) || tense::conditional(v, i) {
        return None;
    }
    // Said by someone: a reporting verb or a quote. Narration's "must" is the writer's.
    if speaker(v, i).is_none() && !tense::quoted(v, i) {
        return None;
    }
    // "urged that Baku must withdraw": the governing appeal already says it.
    let governed = |a: usize| kept.iter().any(|t| t.head == a && is_speech_act(&t.cameo));
    if v.ancestors(i).any(governed) {
        return None;
    }
    let urge = lexicon::verb_entry("urge")?;
    let refined = urge.entry.code_for(&content_lemmas(v, i)).filter(|c| *c != "020").map(str::to_string);
    // "would not enter the embassy", "must not attack": asked to hold back, de-escalation.
    let restraint = v.is_negated(i).then(|| "0256".to_string());
    let cameo = refined.or(restraint).or_else(|| embedded(v, i)).unwrap_or_else(|| "020".to_string());
    let m = TriggerMatch { tokens: start..i + 1, head: i, entry: urge.entry };
    Some(Trigger { addressee: Some(subject), ..Trigger::new(m, i, cameo) })
}

/// Lemmas of what the party is asked to do: verb `i` and its dependents, not its subject nor a
/// clause conjoined to it ("…, and asked the government to negotiate" is another act).
fn content_lemmas(v: &View, i: usize) -> Vec<String> {
    let mut out = vec![v.lemmas[i].clone()];
    let mut stack: Vec<usize> =
        v.kids(i).iter().copied().filter(|&c| !matches!(v.base_rel(c), "nsubj" | "punct" | "conj")).collect();
    while let Some(t) = stack.pop() {
        out.push(v.lemmas[t].clone());
        stack.extend(v.kids(t).iter().copied());
    }
    out
}

/// The code of an appeal to do what verb `i`'s own trigger codes ("must withdraw" → 0256-like
/// yields, "should negotiate" → 026).
fn embedded(v: &View, i: usize) -> Option<String> {
    let m = lexicon::lookup_pos(&v.lemmas, i, Some(Pos::Verb))?;
    let code = m.entry.code_for(&argument_lemmas(v, i))?;
    match lexicon::modal_code(ModalKind::Appeal, code) {
        ModalOutcome::Recode(c) => Some(c),
        _ => None,
    }
}

/// (first token of the modal phrase, subject) when verb `i` is what its subject must do: "must
/// address", "should declare" (not "should have done", a reproach), "needs to act", "has to leave".
fn obligation(v: &View, i: usize) -> Option<(usize, usize)> {
    let auxes: Vec<usize> = v.kids_with(i, &["aux"]).collect();
    let modal = auxes.iter().copied().find(|&a| words::get("obligation_aux").contains(&v.lemmas[a].as_str()));
    if let Some(a) = modal {
        let perfect = auxes.iter().any(|&x| v.lemmas[x] == "have");
        let subject = v.kids_with(i, &["nsubj"]).next();
        return subject.filter(|_| !perfect && !v.is_passive(i)).map(|s| (a, s));
    }
    // "I'm hoping the administration will reach out", "hoped that the forces would not enter": what
    // a speaker hopes another party will do is asked of it (GUIDELINES §4: "We hope that … will be
    // respected" is 0256).
    let will = auxes.iter().any(|&a| matches!(v.lemmas[a].as_str(), "will" | "would"));
    if let Some(h) = v.head(i).filter(|&h| v.base_rel(i) == "ccomp" && h < i) {
        if words::get("hope_verbs").contains(&v.lemmas[h].as_str()) {
            let subject = v.kids_with(i, &["nsubj"]).next().filter(|_| will && !v.is_passive(i));
            return subject.map(|s| (h, s));
        }
    }
    // "Washington needs to act": the subject is the governor's. A "to" clause before the verb is a
    // purpose ("to make this work, they need …"); "will have to" tells what will follow, not an appeal.
    let h = v.head(i).filter(|&h| v.base_rel(i) == "xcomp" && h < i)?;
    let to = v.kids_with(i, &["mark"]).any(|m| v.lemmas[m] == "to");
    let future = v.kids_with(h, &["aux"]).any(|a| matches!(v.lemmas[a].as_str(), "will" | "would"));
    if !to || future || !words::get("obligation_verbs").contains(&v.lemmas[h].as_str()) || v.is_passive(i) {
        return None;
    }
    v.kids_with(h, &["nsubj"]).next().map(|s| (h, s))
}

/// A subject that can be appealed to: a party or a third person, not "we" (a resolve, not an
/// appeal), "you", "it", "there" or "everyone"; one party of a list will do ("the international
/// community — and the U.N. — should respond").
pub(crate) fn addressable(v: &View, s: usize) -> bool {
    let lemma = v.lemmas[s].as_str();
    if words::get("third_person_pronouns").contains(&lemma) {
        return true;
    }
    if words::get("not_addressees").contains(&lemma) {
        return false;
    }
    // The head's own words name the party: "Strong positions on the front line" names none.
    let party = |x: usize| {
        let end = v.kids_with(x, &["flat"]).chain([x]).max().unwrap_or(x);
        crate::parties::normalize(v.text(v.phrase(x).start..end + 1)).is_some()
    };
    v.conjuncts(s).into_iter().any(party)
}

/// Who makes the appeal of clause `i`: the one who hopes ("Lula hoped that …"), else the one who
/// says it.
pub(crate) fn speaker(v: &View, i: usize) -> Option<usize> {
    let hoper = v
        .head(i)
        .filter(|&h| v.base_rel(i) == "ccomp" && words::get("hope_verbs").contains(&v.lemmas[h].as_str()))
        .and_then(|h| v.kids_with(h, &["nsubj"]).next());
    hoper.or_else(|| attribution::source(v, i))
}

/// Stage 2 for a modal appeal: the speaker appeals to the must-clause's subject (and its conjuncts).
pub(crate) fn roles(v: &View, t: &Trigger) -> Option<Roles> {
    let subject = t.addressee?;
    let actors = speaker(v, t.head).into_iter().collect();
    // A verdict that judges no party is addressed to itself: it has no target (its phrase is the
    // whole clause, "the trial of the rebels was unjust").
    let targets = if subject == t.head { Vec::new() } else { v.conjuncts(subject) };
    Some(Roles { actors, targets, ..Roles::default() })
}

/// "they must go and check", "people should allow the court process", "Schools should assign less
/// homework": a must-clause that no party is found to say, put to "they" or to no party, tells a
/// rule for anyone, not an appeal (GUIDELINES §12.9: an appeal is addressed to a party). A named
/// addressee ("The Trump administration must stop …") is still appealed to.
pub(crate) fn unaddressed(v: &View, t: &Trigger, actors: &[Party], targets: &[Party]) -> bool {
    let Some(s) = t.addressee.filter(|_| t.cameo.starts_with("02")) else { return false };
    let unnamed = |p: &Party| p.name.is_none() && p.country.is_none();
    actors.is_empty() && (v.lemmas[s] == "they" || targets.iter().all(unnamed))
}
