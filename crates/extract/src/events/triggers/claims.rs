//! "The group claimed the attack", "the bombing was claimed by Islamic State": in news, to claim an
//! attack is to claim responsibility for it, a 015 record of the claimant besides the attack itself
//! (GUIDELINES §12.5; the attack keeps the claimant as its source). Only acts that someone answers
//! for: "claimed the killing of 33 militants" is a force's counter-claim, "claimed victory" no act.
use super::trigger::{pos, Trigger};
use crate::events::view::View;
use crate::events::words;
use crate::lexicon::{self, Pos, TriggerMatch};

/// Adds a 015 trigger for each verb "claim" whose object (or passive subject) is a kept attack.
pub(crate) fn add(v: &View, kept: &mut Vec<Trigger>) {
    let claims: Vec<usize> = (0..v.len()).filter(|&i| claims_an_attack(v, i, kept)).collect();
    if claims.is_empty() {
        return;
    }
    // The records take the lexicon's entry of "claim responsibility", whose code they share.
    let phrase = ["claim".to_string(), "responsibility".to_string()];
    let Some(claim) = lexicon::lookup_pos(&phrase, 0, Some(Pos::Verb)) else { return };
    for i in claims {
        let m = TriggerMatch { tokens: i..i + 1, head: i, entry: claim.entry };
        kept.push(Trigger::new(m, i, "015".to_string()));
    }
}

fn claims_an_attack(v: &View, i: usize, kept: &[Trigger]) -> bool {
    let attack =
        |o: usize| words::get("claimed_acts").contains(&v.lemmas[o].as_str()) && kept.iter().any(|t| t.head == o);
    v.lemmas[i] == "claim"
        && pos(v, i) == Pos::Verb
        && !v.is_negated(i)
        && !lexicon::negated(&v.lemmas, i)
        && !no_one_claims(v, i)
        && !kept.iter().any(|t| t.head == i)
        && v.kids_with(i, &["obj", "nsubj:pass"]).any(attack)
}

/// "Nobody has claimed the bombing", "No group has yet claimed the attack", "None of the groups
/// claimed it": the negation sits on the subject, not on the verb, and no one answers for the act.
pub(crate) fn no_one_claims(v: &View, i: usize) -> bool {
    v.kids_with(i, &["nsubj"]).any(|s| {
        lexicon::is_negation(&v.lemmas[s])
            || v.kids_with(s, &["det", "advmod"]).any(|d| lexicon::is_negation(&v.lemmas[d]))
    })
}
