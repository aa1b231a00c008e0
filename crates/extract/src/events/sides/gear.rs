//! War gear as a target: "destroyed four tanks belonging to Muammar Gaddafi's forces", "shot down a
//! government warplane", "struck Gaddafi's tanks", "shoots down two U.S. helicopters". A tank or an
//! aircraft that is hit, downed or captured stands for the force it belongs to (GUIDELINES §12.2: a
//! state's aircraft are MIL), when the phrase says whose it is. A weapon sent at a target ("launched
//! drones at the city") or used ("used artillery"), and gear no one is said to own, stay instruments.
use super::context::Context;
use super::phrases::parties_of;
use crate::events::triggers::trigger::Trigger;
use crate::events::view::View;
use crate::events::words;
use crate::events::words::is_pronoun;
use casus_core::Party;

/// Whether the weapon word at `x`, read as a target of `t`, is an instrument rather than a party
/// acted upon.
pub(super) fn instrument(v: &View, t: &Trigger, x: usize) -> bool {
    crate::lexicon::is_weapon(&v.lemmas[x]) && !struck(v, t, x)
}

/// Gear with an owner that an act of force, seizure or blame (roots 11, 12, 17-20) is done to, by a
/// verb that does not send it.
fn struck(v: &View, t: &Trigger, x: usize) -> bool {
    let acted_on = matches!(t.cameo.get(..2), Some("11" | "12" | "17" | "18" | "19" | "20"));
    let sent = words::get("launching_verbs").contains(&v.lemmas[t.head].as_str())
        || words::get("means_verbs").contains(&v.lemmas[t.head].as_str())
        || words::get("wielding_verbs").contains(&v.lemmas[t.head].as_str());
    acted_on && !sent && words::get("struck_gear").contains(&v.lemmas[x].as_str()) && owned(v, x)
}

/// "Gaddafi's tanks", "their tank", "tanks belonging to …", "a government warplane", "U.S. helicopters":
/// the phrase says whose the gear is.
fn owned(v: &View, x: usize) -> bool {
    owner_head(v, x).is_some()
        || v.kids_with(x, &["nmod:poss"]).next().is_some()
        || v.kids_with(x, &["amod", "compound"]).any(|m| m < x && owner_modifier(v, m, x))
}

/// The noun naming the owner: a possessor that is no pronoun ("Gaddafi's tanks") or the object of an
/// owning participle ("tanks belonging to Gaddafi's forces", "a drone operated by the rebels").
fn owner_head(v: &View, x: usize) -> Option<usize> {
    let possessor = v.kids_with(x, &["nmod:poss"]).find(|&k| !is_pronoun(&v.lemmas[k]));
    possessor.or_else(|| {
        let owning = v.kids_with(x, &["acl"]).find(|&p| words::get("owning_verbs").contains(&v.lemmas[p].as_str()))?;
        v.kids_with(owning, &["obl"]).next()
    })
}

/// A modifier that names a party: a state ("U.S.", "Israeli") or a side ("government", "army",
/// "rebel"), not a maker ("Russian-made": the tokens after it join it with a dash).
fn owner_modifier(v: &View, m: usize, x: usize) -> bool {
    let made = (m + 1..x).any(|k| v.word(k) == "-");
    let info = crate::parties::normalize(v.word(m));
    !made && info.is_some_and(|i| i.country.is_some() || i.role.is_some())
}

/// The parties of target heads, gear standing for its owner's force. The other heads are read
/// together, as one phrase's parties are ("US Foreign Minister Antony Blinken" is one).
pub(super) fn parties(v: &View, ctx: &Context, heads: &[usize], avoid: Option<&str>) -> Vec<Party> {
    let is_gear = |h: &usize| words::get("struck_gear").contains(&v.lemmas[*h].as_str());
    let others: Vec<usize> = heads.iter().copied().filter(|h| !is_gear(h)).collect();
    let mut out = parties_of(v, ctx, &others, avoid);
    for &h in heads.iter().filter(|h| is_gear(h)) {
        if let Some(p) = owner_force(v, ctx, h, avoid).filter(|p| !out.contains(p)) {
            // The gear first when the phrase names it first ("shot down the plane and killed …").
            let at = if others.first().is_some_and(|&o| o < h) { out.len() } else { 0 };
            out.insert(at, p);
        }
    }
    out
}

/// The force gear at `x` belongs to: its owner's party, named by the gear phrase. A state's or a
/// ruler's gear is its armed forces' (MIL); a person's own plane or helicopter carries that person
/// ("the president's plane was shot down": GOV), as other vehicles do (`args::carried`).
fn owner_force(v: &View, ctx: &Context, x: usize, avoid: Option<&str>) -> Option<Party> {
    let head = owner_head(v, x).unwrap_or(x);
    let p = parties_of(v, ctx, &[head], avoid).into_iter().next()?;
    let lemma = v.lemmas[head].as_str();
    let person = v.is_person(head) || words::get("office_nouns").contains(&lemma);
    let carries = person && head != x && words::get("vehicle_nouns").contains(&v.lemmas[x].as_str());
    let role = match p.role.as_deref() {
        Some("GOV") if !carries => Some("MIL".to_string()),
        None if person => Some("MIL".to_string()),
        None => return None,
        r => r.map(str::to_string),
    };
    Some(Party { text: v.text(v.phrase(x)).to_string(), role, ..p })
}
