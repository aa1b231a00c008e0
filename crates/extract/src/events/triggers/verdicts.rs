//! Verdicts: a judgment said with an evaluative word and no verb of criticism. "The president said
//! the bombings were acts of terrorism", "'It is time to stop Israel's heinous attacks,' he
//! tweeted", "'… instead of such irresponsible remarks,' the spokesman said" are the speaker's
//! criticism (111) of the party whose act it judges (GUIDELINES §2, §12.9: the speaker is the actor,
//! no source); "the allegations are baseless", "this is completely false" are denials (016); "the
//! talks were constructive", "this is a very positive thing" are praise (051); "Putin is the
//! aggressor" is an accusation of aggression (1123), "the government was responsible" an accusation
//! (112). A sentence that says its judgment with a verb
//! ("called the claims baseless", "rejected baseless allegations") has its record.
use super::appeals::{addressable, speaker};
use super::trigger::Trigger;
use crate::events::tense;
use crate::events::view::View;
use crate::events::words;
use crate::lexicon::{self, Pos, TriggerMatch};

/// Adds the sentence's verdict, one at most (a string of epithets is one judgment), to `kept`. A
/// charge it judges ("the allegations were baseless") is its topic, not a judgment of its own.
pub(crate) fn add(v: &View, kept: &mut Vec<Trigger>) {
    let Some((verdict, judged)) = (0..v.len()).find_map(|i| verdict(v, i)) else { return };
    // A verdict of praise gives way to a stated praise, any other to a stated criticism or denial.
    let families: &[&str] = if verdict.cameo.starts_with("05") { &["05"] } else { &["11", "12", "016"] };
    let judging = |t: &Trigger| Some(t.head) != judged && families.iter().any(|f| t.cameo.starts_with(f));
    if !kept.iter().any(judging) {
        kept.push(verdict);
    }
}

/// The verdict word `i` says, if it is one, and what it judges: a predicate ("were acts of terrorism", "is grossly
/// unfair") or, for an epithet, a modifier of an act ("heinous attacks", "irresponsible remarks"),
/// said by a party, not by an analyst, nor as a name ("the Working Group on Arbitrary Detention").
fn verdict(v: &View, i: usize) -> Option<(Trigger, Option<usize>)> {
    let lemma = v.lemmas[i].as_str();
    let epithet = words::get("verdict_epithets").contains(&lemma);
    let praise = words::get("verdict_praise").contains(&lemma);
    let charge = words::get("verdict_aggression").contains(&lemma);
    let blame = words::get("verdict_blame").contains(&lemma);
    let predicate_only = praise || charge || blame || words::get("verdict_predicates").contains(&lemma);
    if !(epithet || predicate_only) || !v.word(i).starts_with(char::is_lowercase) {
        return None;
    }
    let (clause, judged) = match predicate(v, i) {
        Some(p) => (p, v.kids_with(p, &["nsubj"]).next()),
        None if epithet && v.base_rel(i) == "amod" => {
            let noun = v.head(i).filter(|&n| act(v, n))?;
            (noun, Some(noun))
        }
        None => return None,
    };
    if v.is_negated(clause) || v.is_negated(i) || unasserted(v, clause) {
        return None;
    }
    let said_by = speaker(v, i).filter(|&s| !crate::events::reality::voices::commentator(v, s))?;
    let party = judged.and_then(|j| judged_party(v, j)).filter(|&p| p != said_by);
    // Praise is of a party or its act, or of what the speaker points at ("this is a positive
    // thing"); "public sentiment is positive", "it's positive that …" rate a state.
    if praise && !judged.is_some_and(|j| praised(v, j)) {
        return None;
    }
    if blame && !blamed(v, i, judged, party) {
        return None;
    }
    let cameo = if praise {
        "051"
    } else if charge {
        "1123"
    } else if blame {
        "112"
    } else if words::get("verdict_denials").contains(&lemma) && judged.is_some_and(|j| denied(v, i, j)) {
        "016"
    } else {
        "111"
    };
    let entry = lexicon::verb_entry("criticize")?.entry;
    let m = TriggerMatch { tokens: i..i + 1, head: i, entry };
    // No party judged: the verdict word itself marks it as said to someone (the speaker is the
    // actor, not the judged clause's subject); appeals::roles gives it no target.
    Some((Trigger { addressee: Some(party.unwrap_or(i)), ..Trigger::new(m, i, cameo.to_string()) }, judged))
}

/// "says separatist terrorists are responsible", "his family says police were responsible": blame
/// word `i` accuses a party the clause names (not a pronoun: "said it was responsible" may be the
/// speaker's own claim). Only the bare word: "responsible for security" gives a duty, and
/// "responsible for the attack" names an act whose record the accusation must not take.
fn blamed(v: &View, i: usize, judged: Option<usize>, party: Option<usize>) -> bool {
    let named = judged.is_some_and(|j| !words::is_pronoun(&v.lemmas[j])) && party.is_some();
    let for_phrase = v.kids(i).iter().any(|&k| v.case_of(k).as_deref() == Some("for"));
    named && !for_phrase
}

/// The copular predicate that word `i` is or qualifies: "is unfair", "is grossly unfair and
/// inhumane" (a conjunct), "an absolutely baseless case" (a modifier), "acts of terrorism".
fn predicate(v: &View, i: usize) -> Option<usize> {
    let copular = |k: usize| v.kids_with(k, &["cop"]).next().is_some();
    if copular(i) {
        return Some(i);
    }
    // "acts of terrorism", not "were in contact with terrorists".
    let of = v.base_rel(i) == "nmod" && v.case_of(i).is_some_and(|c| c == "of");
    let modifier = matches!(v.base_rel(i), "amod" | "compound");
    let qualifies = |h: usize| of || v.base_rel(i) == "conj" || (modifier && judges_as_modifier(v, i, h));
    v.head(i).filter(|&h| qualifies(h) && copular(h))
}

/// What denial word `i` judges as a charge: a charge noun ("the allegations are baseless") or, as
/// the predicate itself, a pronoun for the charge just answered ("'This is completely false,' the
/// envoy said"); "this is a baseless case" criticizes the case.
fn denied(v: &View, i: usize, judged: usize) -> bool {
    let lemma = v.lemmas[judged].as_str();
    let predicate = v.kids_with(i, &["cop"]).next().is_some();
    words::get("charge_nouns").contains(&lemma) || (predicate && words::get("denied_pronouns").contains(&lemma))
}

/// What a word of praise may judge: a party, an act ("the talks were constructive"), or what the
/// speaker points at ("this is a very positive thing").
fn praised(v: &View, judged: usize) -> bool {
    addressable(v, judged) || act(v, judged) || words::get("praised_pronouns").contains(&v.lemmas[judged].as_str())
}

/// Modifier `i` of copular noun `h` judges: an epithet ("an absolutely baseless case"), a word of
/// praise ("a very positive thing", "a constructive step"), or a verdict word on an act or a group
/// ("a terrorist act", "a terrorist organization"); on any other noun it describes ("was a crime
/// boss", "is a terrorism expert", "were illegal immigrants").
fn judges_as_modifier(v: &View, i: usize, h: usize) -> bool {
    words::get("verdict_epithets").contains(&v.lemmas[i].as_str())
        || words::get("verdict_praise").contains(&v.lemmas[i].as_str())
        || act(v, h)
        || words::get("group_nouns").contains(&v.lemmas[h].as_str())
}

/// Noun `n` names an act a party does: an event noun of the lexicon ("attacks", "detention") or a
/// noun of conduct ("remarks", "policies", "decision").
fn act(v: &View, n: usize) -> bool {
    words::get("doer_of").contains(&v.lemmas[n].as_str())
        || lexicon::lookup_pos(&v.lemmas, n, Some(Pos::Noun)).is_some()
}

/// "could be unconstitutional", "would be harmful", "if the move is illegal": what may be is no
/// verdict.
fn unasserted(v: &View, clause: usize) -> bool {
    let modal = |a: usize| {
        let w = v.lemmas[a].as_str();
        words::get("possibility").contains(&w) || words::get("future_aux").contains(&w)
    };
    v.kids_with(clause, &["aux"]).any(modal) || tense::conditional(v, clause)
}

/// The party a verdict on `judged` is aimed at: the judged party itself ("Congress is hostile"),
/// or whose act it is ("Israel's heinous attacks", "the attacks by the rebels were cowardly").
fn judged_party(v: &View, judged: usize) -> Option<usize> {
    if addressable(v, judged) {
        return Some(judged);
    }
    let by = |k: &usize| v.base_rel(*k) == "nmod" && v.case_of(*k).is_some_and(|c| c == "by");
    let doer = v.kids_with(judged, &["nmod:poss"]).next().or_else(|| v.kids(judged).iter().copied().find(by));
    doer.filter(|&d| addressable(v, d))
}
