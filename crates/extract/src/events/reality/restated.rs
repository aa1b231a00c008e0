//! Force nouns that frame an incident rather than report one (GUIDELINES §2: an incident that is a
//! time anchor, a topic or a characterisation gets no record; negated events are none): the act a
//! claim that no one made would claim ("No group has claimed responsibility for the attack"), the
//! run of incidents a restated one belongs to ("The bombing was the latest in a series of attacks"),
//! the incident an arrest is tied to ("arrested five men in connection with the attack"), and a
//! whole campaign named only as the span of another act ("has abducted 20,000 children during its
//! 16-year rebellion"), and a ranked noun beside the incident it ranks ("in an ambush …, in the
//! deadliest attack since February").
use crate::events::tense;
use crate::events::view::View;
use crate::events::words;
use crate::lexicon::{self, Pos};

/// Force noun `head` is what an unmade claim would claim: "No group has claimed responsibility for
/// the attack", "Nobody claimed the bombing", "The Taliban have not claimed responsibility for the
/// blast" (GUIDELINES §12.5: the claim, not the restated act, asserts who did it; a claim that no one
/// made asserts nothing).
pub(crate) fn unclaimed(v: &View, head: usize) -> bool {
    let mut cur = head;
    for a in v.ancestors(head).take(3) {
        if !matches!(v.base_rel(cur), "obj" | "obl" | "nmod" | "nsubj:pass") {
            return false;
        }
        if v.lemmas[a] == "claim" && crate::events::triggers::trigger::pos(v, a) == Pos::Verb {
            return v.is_negated(a)
                || lexicon::negated(&v.lemmas, a)
                || crate::events::triggers::claims::no_one_claims(v, a);
        }
        cur = a;
    }
    false
}

/// "The bombing was the latest in a series of attacks on the capital", "The blast is the third in a
/// string of bombings": a run of incidents (a measure noun, event_words measure_nouns) named in the
/// predicate of a copula whose subject is an event noun places that event among others; it reports
/// none of its own. A toll inside the predicate makes it a report.
pub(crate) fn series_of_subject(v: &View, head: usize) -> bool {
    let mut cur = head;
    let mut measured = false;
    for a in v.ancestors(head).take(4) {
        if !matches!(v.base_rel(cur), "nmod" | "obl") {
            return false;
        }
        measured |= words::get("measure_nouns").contains(&v.lemmas[a].as_str());
        let subject_event =
            v.kids_with(a, &["nsubj"]).any(|s| lexicon::lookup_pos(&v.lemmas, s, Some(Pos::Noun)).is_some());
        if v.kids_with(a, &["cop"]).next().is_some() && subject_event {
            let span = v.subtree(a);
            let toll = v.casualties().iter().any(|c| span.contains(&c.tokens.start));
            return measured && !toll;
        }
        cur = a;
    }
    false
}

/// "Police arrested five men in connection with the attack", "questioned in relation to the
/// killings": a definite incident that an act is tied to is one the story told (GUIDELINES §2: a
/// topic of another party's act). One that names whom it was done to is news ("in connection with
/// the killing of a federal agent").
pub(crate) fn connected_with(v: &View, head: usize) -> bool {
    let Some(noun) = v.head(head).filter(|_| v.base_rel(head) == "nmod") else { return false };
    let tied = words::get("connection_nouns").contains(&v.lemmas[noun].as_str())
        && v.case_of(noun).as_deref() == Some("in")
        && v.kids_with(noun, &["det"]).next().is_none();
    let cases = words::get("target_cases");
    let aimed_case = |k: usize| v.case_of(k).is_some_and(|c| c == "of" || cases.contains(&c.as_str()));
    let victims = v.kids_with(head, &["nmod"]).any(|k| !v.is_dated(k) && aimed_case(k));
    tied && v.definite_det(head) && v.casualties().is_empty() && !victims
}

/// "has abducted 20,000 children during its 16-year rebellion", "throughout the decades-long
/// insurgency": a whole campaign (event_words campaign_nouns) with a span of years, named only as
/// the time within which another act was done, is a time reference, not a report of fighting
/// (GUIDELINES §2: "Since the 2020 war" has no record). Its toll is its report ("killed during the
/// war").
pub(crate) fn campaign_span(v: &View, head: usize) -> bool {
    let span_case = v.case_of(head).is_some_and(|c| words::get("span_cases").contains(&c.as_str()));
    let campaign = words::get("campaign_nouns").contains(&v.lemmas[head].as_str());
    let long = v.kids_with(head, &["amod", "compound", "nummod"]).any(|k| years_long(v.lower(k).as_str()));
    let act = v.head(head).is_some_and(|h| v.base_rel(head) == "obl" && tense::clause_verb(v, h) == h);
    span_case && campaign && long && act && v.casualties().is_empty()
}

/// "16-year", "decades-long", "two-decade", "years-long": a span of years.
fn years_long(word: &str) -> bool {
    let unit = word.trim_end_matches("-long").rsplit('-').next().unwrap_or("");
    word.contains('-') && matches!(unit, "year" | "years" | "decade" | "decades")
}

/// "Saturday's car bomb in Omagh, the deadliest single attack in three decades", "killed ten
/// soldiers in an ambush on the highway, in the deadliest attack since the conflict began",
/// "Tuesday's attack - the worst bombing blamed on the rebels": a ranked event noun (a superlative
/// or an ordinal) set beside an event noun of its own sentence, in apposition or as a second
/// "in" phrase of the same verb, ranks that incident; it reports no other (GUIDELINES §2: a
/// characterisation gets no record). As a copula's predicate it is the sentence's own report ("It
/// was the deadliest attack in the country's history"), and a toll of its own makes it news.
pub(crate) fn ranked(v: &View, head: usize) -> bool {
    let rank = v.kids_with(head, &["amod"]).any(|a| words::is_rank_word(&v.lower(a)));
    if !rank || v.kids_with(head, &["cop"]).next().is_some() {
        return false;
    }
    let span = v.subtree(head);
    if v.casualties().iter().any(|c| span.contains(&c.tokens.start)) {
        return false;
    }
    // The lexicon's "any" entries ("kill") match a verb too: a noun is one with its determiner or
    // preposition ("Kill 75 Police in India's Deadliest Attack" has no other event noun).
    let event_noun = |k: usize| {
        lexicon::lookup_pos(&v.lemmas, k, Some(Pos::Noun)).is_some()
            && v.kids_with(k, &["det", "case", "nmod:poss"]).next().is_some()
    };
    let Some(anchor) = v.head(head) else { return false };
    match v.base_rel(head) {
        "appos" => event_noun(anchor),
        // "in an ambush …, in the deadliest attack": an earlier event noun of the same verb.
        "obl" | "nmod" => {
            v.case_of(head).as_deref() == Some("in") && v.kids_with(anchor, &["obl"]).any(|k| k < head && event_noun(k))
        }
        _ => false,
    }
}
