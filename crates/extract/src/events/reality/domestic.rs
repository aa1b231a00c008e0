//! "interim President al-Sharaa signed a constitutional declaration", "the Commission has proposed
//! increasing defense spending", "the minister, who proposed the law to the cabinet", "the president
//! signed the legislation": one party's act on its own law, decree, budget or policy is domestic
//! politics, not an interaction with another party (GUIDELINES §12.8: domestic laws signed or passed
//! are no events). An intent or agreement (roots 03 and 05) whose object is such an instrument, made
//! by one party and directed at no one outside its own state, gets no record. A counterpart keeps
//! it: "signed a declaration with the rebels", "the two leaders signed a joint declaration",
//! "proposed a law to the rebels".
use casus_core::Party;

use crate::events::triggers::trigger::Trigger;
use crate::events::view::View;
use crate::events::words;

/// Trigger `t`, with the parties found for it, is one party's act on its own domestic instrument.
pub(crate) fn own_instrument(v: &View, t: &Trigger, actors: &[Party], targets: &[Party]) -> bool {
    let state = |q: &Party| q.role.as_deref().is_some_and(|r| words::get("state_body_roles").contains(&r));
    // Only a state acts on its own laws; rebels, alliances and armies signing or proposing are parties.
    if !matches!(t.cameo.get(..2), Some("03" | "05")) || actors.len() > 1 || actors.iter().any(|a| !state(a)) {
        return false;
    }
    let listed = |o: &usize| words::get("domestic_instruments").contains(&v.lemmas[*o].as_str());
    let Some(instrument) = v.kids_with(t.head, &["obj"]).find(listed) else { return false };
    // "signed a joint declaration": shared by parties the sentence may not name.
    let shared = |k: usize| words::get("shared_instrument_words").contains(&v.lemmas[k].as_str());
    if v.kids_with(instrument, &["amod", "compound"]).any(shared) {
        return false;
    }
    // "welcomed the UN declaration", "the EU's sanctions policy", "the policy of the African Union":
    // another party's instrument (one of the actor's own country stays its own).
    let home = actors.first().and_then(|a| a.country.clone());
    let foreign = |k: usize| {
        crate::parties::normalize(v.text(v.phrase(k)))
            .is_some_and(|p| (p.role.is_some() || p.country.is_some()) && (home.is_none() || p.country != home))
    };
    // A modifier names a holder only as a name ("the UN declaration"), not as a kind ("military spending").
    let named = |k: usize| v.word(k).starts_with(char::is_uppercase);
    let holder = |k: usize| foreign(k) && (matches!(v.rel(k), "nmod:poss" | "nmod") || named(k));
    if v.kids_with(instrument, &["nmod:poss", "nmod", "compound", "amod"]).any(holder) {
        return false;
    }
    // The object may be taken for a target ("proposed increasing military spending"): it is the
    // instrument, no counterpart.
    let own_instrument = |p: &Party| p.text.split_whitespace().any(|w| w == v.word(instrument));
    // "proposed the law to the ministers' council": a body of the actor's own state is no counterpart.
    // Countries are often still unknown here (the story's home state comes later): two state bodies
    // of no named country are taken as one state's.
    let own_state = |p: &Party| state(p) && actors.iter().any(|a| state(a) && a.country == p.country);
    targets.iter().all(|p| own_instrument(p) || own_state(p))
}
