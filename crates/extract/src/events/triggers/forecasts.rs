//! Optimistic comments (013): a party that believes, expects, or is confident, optimistic or
//! encouraged that others will make peace, or have made it: "Olmert said he believed the United
//! Nations will approve a cease-fire", "Kiir says he expects the rebels and the government to reach
//! a peace deal", "'I'm very encouraged the parties have reached an agreement'". The comment is the
//! believer's and aimed at no one (GUIDELINES §12.9: a speech act is recorded as its code); a deal
//! still to come is no record of its own (the modal and reality filters drop it), one made keeps its
//! own. Not an analyst's expectation (GUIDELINES §12.8), not one's own plan ("expects to sign", "we
//! are confident we will reach": an intent), not a doubt ("does not expect"), not what is expected
//! of someone ("is expected to sign": no one's comment), not a forecast of force or of a duty
//! ("expects the rebels to attack", "expects Kabul to uphold its responsibilities").
use super::appeals::speaker;
use super::trigger::{argument_lemmas, Trigger};
use crate::events::tense;
use crate::events::view::View;
use crate::events::words;
use crate::lexicon::{self, Pos, TriggerMatch};

/// Adds the optimistic comment each forecast word of the sentence makes, if any.
pub(crate) fn add(v: &View, kept: &mut Vec<Trigger>) {
    let found: Vec<Trigger> = (0..v.len()).filter_map(|i| comment(v, i)).collect();
    kept.extend(found);
}

/// "I'm encouraged the parties have reached …": a feeling about what others did, not an appeal to
/// them ("encouraged both sides to talk"), so its clause is no appeal's content.
pub(crate) fn feeling(v: &View, g: usize, complement: usize) -> bool {
    let passive = believer(v, g).is_some_and(|b| v.rel(b) == "nsubj:pass");
    passive && v.base_rel(complement) == "ccomp" && v.head(complement) == Some(g)
}

/// Who makes the optimistic comment of trigger `t`, when it is one this module added: the believer,
/// or for a pronoun ("Olmert said he believed …") the one who says so.
pub(crate) fn commenter(v: &View, t: &Trigger) -> Option<usize> {
    let b = believer(v, t.head).filter(|_| t.cameo == "013")?;
    let pronoun = words::get("personal_pronouns").contains(&v.lemmas[b].as_str());
    Some(pronoun.then(|| speaker(v, t.head)).flatten().unwrap_or(b))
}

/// The parties of the comment: the commenter's own list ("Kiir and Museveni believe"), but one
/// sayer for a pronoun ("Salva Kiir, who is … and President of the South, says he expects").
pub(crate) fn commenters(v: &View, t: &Trigger) -> Option<Vec<usize>> {
    let c = commenter(v, t)?;
    Some(if Some(c) == believer(v, t.head) { v.conjuncts(c) } else { vec![c] })
}

/// The trigger of the comment at forecast word `i`: its content is peace made by others.
fn comment(v: &View, i: usize) -> Option<Trigger> {
    let (content, doer) = content(v, i)?;
    let believer = believer(v, i)?;
    let own =
        words::get("personal_pronouns").contains(&v.lemmas[doer].as_str()) || v.lemmas[doer] == v.lemmas[believer];
    // A belief about what others did is a suspicion ("Israel believes Iran shared intelligence"):
    // only a feeling ("encouraged the parties have reached") looks back, a belief looks ahead.
    let ahead = words::get("encouraged_words").contains(&v.lemmas[i].as_str())
        || v.base_rel(content) == "xcomp"
        || tense::future(v, content);
    // "expects Beijing to sign the deal" asks one party for it (a demand); "expects the rebels and the
    // government to reach a deal" forecasts it between them.
    let asked = v.base_rel(content) == "xcomp" && !between_sides(v, doer);
    if own || !ahead || asked || !peace(v, content) {
        return None;
    }
    // A comment's frame with no flags of its own (no passive, target or toll); its code is 013.
    let entry = lexicon::verb_entry("praise")?.entry;
    let m = TriggerMatch { tokens: i..i + 1, head: i, entry };
    Some(Trigger::new(m, i, "013".to_string()))
}

/// The one who holds forecast word `i`, when it is one said in the affirmative: the active subject
/// of "believe", "expect", of "is confident / optimistic" (forecast_words), the passive one of "is
/// encouraged" (encouraged_words); "is expected to", "it is believed" are no one's.
fn believer(v: &View, i: usize) -> Option<usize> {
    let lemma = v.lemmas[i].as_str();
    let rel = if words::get("forecast_words").contains(&lemma) {
        "nsubj"
    } else if words::get("encouraged_words").contains(&lemma) {
        "nsubj:pass"
    } else {
        return None;
    };
    if v.is_negated(i) || lexicon::negated(&v.lemmas, i) {
        return None;
    }
    let believer = v.kids(i).iter().copied().find(|&s| v.rel(s) == rel)?;
    (!crate::events::reality::voices::commentator(v, believer)).then_some(believer)
}

/// What word `i` forecasts and who is to do it: its clause and that clause's subject ("believed the
/// UN will approve"), or the object of "expects X to …" and the infinitive.
fn content(v: &View, i: usize) -> Option<(usize, usize)> {
    if let Some(c) = v.kids_with(i, &["ccomp"]).next() {
        return Some((c, v.kids_with(c, &["nsubj", "nsubj:pass"]).next()?));
    }
    let c = v.kids_with(i, &["xcomp"]).next()?;
    Some((c, v.kids_with(i, &["obj"]).next()?))
}

/// The doers at `d` are two sides: a list ("the rebels and the government") or a pair noun in the
/// plural ("the parties", "both sides").
fn between_sides(v: &View, d: usize) -> bool {
    v.conjuncts(d).len() > 1 || (v.inflected_plural(d) && words::get("pair_nouns").contains(&v.lemmas[d].as_str()))
}

/// The clause a comment trigger `t` of this module forecasts, whose dates are the deal's, not the
/// comment's ("expects the two sides to meet next month" is said on the news day).
pub(crate) fn forecast_clause(v: &View, t: &Trigger) -> Option<usize> {
    commenter(v, t)?;
    content(v, t.head).map(|(c, _)| c)
}

/// Clause `c` tells peace made: its verb is a trigger of cooperation (forecast_codes: "reach a deal",
/// "meet"), or a verb that is no trigger takes one as object ("approve a cease-fire"); not denied.
fn peace(v: &View, c: usize) -> bool {
    if v.is_negated(c) || lexicon::negated(&v.lemmas, c) {
        return false;
    }
    match code(v, c, Pos::Verb) {
        Some(code) => cooperation(&code),
        None => v.kids_with(c, &["obj"]).any(|o| code(v, o, Pos::Noun).is_some_and(|k| cooperation(&k))),
    }
}

/// The lexicon's code for the trigger ending at word `h` ("peace deal" at "deal"), by its arguments.
fn code(v: &View, h: usize, pos: Pos) -> Option<String> {
    let start = v.phrase(h).start;
    (start..=h).find_map(|k| {
        let m = lexicon::lookup_pos(&v.lemmas, k, Some(pos)).filter(|m| m.tokens.contains(&h))?;
        m.entry.code_for(&argument_lemmas(v, h)).map(String::from)
    })
}

/// Codes of peace made between parties (forecast_codes): talks, agreements, cooperation, a ceasefire.
fn cooperation(code: &str) -> bool {
    words::get("forecast_codes").iter().any(|c| code.starts_with(c))
}
