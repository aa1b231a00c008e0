//! A party's own word that it will not yield or step in: "the president said his government will not
//! succumb to pressure", "'we will not back down,' the minister said", "Moscow said it would not
//! intervene" (1224). Said by the party that is to act, "will
//! not" + a yielding verb (yielding_verbs) refuses to yield (124) to the party it names, or to a
//! pressure ("bow to pressure", pressure_nouns); GUIDELINES §2, §12.9: a party's statement of what it
//! will or will not do is an event. Someone else's future ("analysts say the rebels will not yield"),
//! a proxy's word ("his lawyer said he would not bow", proxy_speakers), a question, a condition ("will
//! not sign unless …", read in `threats`), an act of the passive, an idiom ("give in to despair",
//! "bow out") state nothing. "Will not allow / tolerate …" is left out: said of a thing it is a ban or
//! a warning as often as a refusal.
use super::appeals::{addressable, speaker};
use super::intents::{agrees_as, has_condition};
use super::trigger::{pos, Trigger};
use crate::events::reality::voices::commentator;
use crate::events::tense;
use crate::events::view::View;
use crate::events::words;
use crate::lexicon::{self, Pos, TriggerMatch};

/// Adds the refusal each of the party's own "will not succumb", "will not back down", "will not
/// intervene" states, where
/// no trigger of the lexicon stands at the verb.
pub(super) fn add(v: &View, kept: &mut Vec<Trigger>) {
    let found: Vec<Trigger> =
        (0..v.len()).filter(|&i| !kept.iter().any(|t| t.head == i)).filter_map(|i| refused(v, i)).collect();
    kept.extend(found);
}

/// The refusal at verb `i` of yielding or of stepping in, said negated of the speaker's own future.
/// With an object a yielding verb produces or bends something ("it will not yield results", "would
/// not bend the rules"); its to-phrase must name a party or a pressure ("give in to despair" is
/// none). "Said it would not intervene", "would not step in" refuses the armed help asked of it
/// (1224, as a refused request for protection); its to-phrase is the help's aim ("to stop the
/// fighting"), and it names no target.
fn refused(v: &View, i: usize) -> Option<Trigger> {
    // The phrase runs to the particle: "back down", whatever the parser calls "down".
    let (end, cameo) = match phrase_of(v, i, "yielding_verbs") {
        Some(end) => (end, "124"),
        None => (phrase_of(v, i, "intervening_verbs")?, "1224"),
    };
    if v.kids_with(i, &["obj"]).next().is_some() {
        return None;
    }
    if !(v.is_negated(i) || lexicon::negated(&v.lemmas, i)) || !own_future(v, i) {
        return None;
    }
    let m = TriggerMatch { tokens: i..end + 1, head: i, entry: lexicon::verb_entry("reject")?.entry };
    if cameo != "124" {
        return Some(Trigger { addressee: Some(i), ..Trigger::new(m, i, cameo.to_string()) });
    }
    let to = to_phrase(v, i);
    let pressure = |k: usize| v.subtree(k).any(|w| words::get("pressure_nouns").contains(&v.lemmas[w].as_str()));
    if to.is_some_and(|k| !addressable(v, k) && !pressure(k)) {
        return None;
    }
    // The speaker acts (`appeals::roles`) on the party it will not yield to; addressed to itself,
    // the refusal has no target.
    let target = to.and_then(|k| yielded_to(v, k)).unwrap_or(i);
    Some(Trigger { addressee: Some(target), ..Trigger::new(m, i, "124".to_string()) })
}

/// The to-phrase of verb `i` ("bow to the rebels", "succumb to mounting pressure"; the parser may
/// read the latter as a clause of its own).
fn to_phrase(v: &View, i: usize) -> Option<usize> {
    let marked_to =
        |k: usize| v.case_of(k).as_deref() == Some("to") || v.kids_with(k, &["mark"]).any(|m| v.lemmas[m] == "to");
    v.kids_with(i, &["obl", "advcl"]).find(|&k| marked_to(k))
}

/// The party yielded to through to-phrase `to`: the party itself ("bow to the rebels"), the owner
/// of a pressure ("the government's pressure"), or the one a pressure or a demand comes from
/// ("succumb to pressure from criminal groups", "yield to the demands of the protesters").
fn yielded_to(v: &View, to: usize) -> Option<usize> {
    if let Some(owner) = v.kids_with(to, &["nmod:poss"]).find(|&o| addressable(v, o)) {
        return Some(owner);
    }
    if addressable(v, to) {
        return Some(to);
    }
    let from = |k: usize| matches!(v.case_of(k).as_deref(), Some("from" | "of" | "by"));
    v.subtree(to).find(|&k| k != to && from(k) && addressable(v, k))
}

/// Verb `i` is one of the verbs of word list `list`, alone ("bow") or with its particle ("back
/// down", "give in"): the last word of its phrase. A particle the list does not pair with it makes
/// another verb ("bow out"), however it is parsed.
fn phrase_of(v: &View, i: usize, list: &str) -> Option<usize> {
    let verbs = words::get(list);
    let lemma = v.lemmas[i].as_str();
    let with = |p: usize| verbs.contains(&format!("{lemma} {}", v.lemmas[p]).as_str());
    // The pair as written, however the parser labels its particle ("down" may come as advmod).
    let next = (i + 1 < v.len()).then_some(i + 1);
    if let Some(n) = next.filter(|&n| with(n)) {
        return Some(n);
    }
    let unpaired = next.is_some_and(|n| words::get("particles").contains(&v.lemmas[n].as_str()));
    (!unpaired && (verbs.contains(&lemma) || v.kids_with(i, &["compound:prt"]).any(with))).then_some(i)
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
    // "his lawyer said he would not bow": a proxy speaks of another's future, not its own; "the union
    // said it would not cave" names no party to record.
    if words::get("proxy_speakers").contains(&v.lemmas[sayer].as_str()) || !addressable(v, sayer) {
        return false;
    }
    let quoted = tense::quoted(v, head);
    let reported = v.base_rel(head) == "ccomp" && !quoted;
    let would = v.kids_with(head, &["aux"]).any(|a| v.lemmas[a] == "would");
    if would && !reported {
        return false;
    }
    let own = |p: usize| {
        let lemma = v.lemmas[p].to_lowercase();
        let first = matches!(lemma.as_str(), "i" | "we" | "my" | "our");
        let pronoun = possessed_pronoun(&lemma);
        let third = words::get("threat_pronouns").contains(&pronoun);
        // "He said it will not …": "it" is something other than a person who speaks.
        let thing = pronoun == "it" && v.is_person(sayer);
        (first && quoted) || (third && !first && !thing && reported && agrees_with(v, pronoun, sayer))
    };
    // "his government", "their fighters": a body the speaker leads or is; not "her son".
    let body = words::get("own_body_nouns").contains(&v.lemmas[subject].as_str());
    own(subject) || (body && v.kids_with(subject, &["nmod:poss"]).any(own))
}

/// Whether `pronoun` can stand for the speaker: by the entity the model tags there ("Hamas said it",
/// "Hamas said they"; a person is "he" or "she"), else by [`agrees_as`] (number and name).
fn agrees_with(v: &View, pronoun: &str, sayer: usize) -> bool {
    match v.entity_label(sayer) {
        Some("PER") => matches!(pronoun, "he" | "she"),
        Some("ORG" | "GPE" | "NORP") => matches!(pronoun, "it" | "they"),
        _ => agrees_as(v, pronoun, sayer),
    }
}

/// The personal pronoun of a possessive ("their" → "they"), else the word itself.
fn possessed_pronoun(lemma: &str) -> &str {
    match lemma {
        "their" => "they",
        "its" => "it",
        "his" => "he",
        "her" => "she",
        _ => lemma,
    }
}
