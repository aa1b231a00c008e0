//! The victims a toll names against the object of the act that took it. "Gunmen ambushed U.N.
//! peacekeepers, killing 24 Pakistani soldiers", "bombs struck NATO patrols, killing five American
//! soldiers", "ambushed a government convoy, killing 30 soldiers": the dead are the forces the act
//! was aimed at, named more closely, and are its target. "Warplanes bombed rebel positions, killing
//! nine civilians": the dead are another side than the object, so the object keeps its record and
//! the victims get one of their own with the toll (GUIDELINES §12.6: one record per victim group).
use super::toll_host;
use crate::casualties::{CasualtyKind, CasualtyMention};
use crate::events::triggers::trigger::Trigger;
use crate::events::view::View;
use crate::events::words;
use casus_core::{Event, Party};

/// Settles the target of record `k`, which took count `c` naming `victims`: the victims replace a
/// compatible object; else the count moves to a copy of the record aimed at them, pushed on `extra`.
/// Only for a casualty clause folded into the act ("..., killing 24 soldiers"): "21 passengers died
/// in the attack" or "killed 20 militants during raids on camps" say nothing of the act's object.
pub(super) fn settle(
    v: &View,
    triggers: &[Trigger],
    c: &CasualtyMention,
    victims: Option<Party>,
    k: usize,
    events: &mut [Event],
    extra: &mut Vec<(usize, Event)>,
) {
    let Some(victims) = victims.filter(|p| p.role.is_some()) else { return };
    let e = &events[k];
    let Some(object) = e.target.as_ref().filter(|t| t.role.is_some()) else { return };
    let side = |p: &Party| (p.country.clone(), p.role.clone());
    let settled = side(object) == side(&victims) || !took(v, c, e) || own_side(e.actor.as_ref(), &victims);
    if settled || !folded(v, triggers, c) {
        return;
    }
    // one act seen from both sides ("clashes between troops and rebels") is left to the toll's
    // sharing rules: which side fell is read there
    let same = |x: &&Event| x.action == e.action && x.target.is_some();
    if events.iter().filter(same).count() > 1 {
        return;
    }
    // "fired rockets into Israel, killing eight civilians": a state named as where the act fell
    let state_named = object.role.as_deref() == Some("GOV")
        && object.name.as_deref().is_some_and(|n| object.text.starts_with(n) && crate::parties::is_country_name(n));
    if state_named {
        events[k].target = Some(victims);
        return;
    }
    // "raided a camp, killing 12 villagers", "fired on protesters, killing three young men": neither
    // side armed, the dead are those the act fell on
    if !armed(object) && !armed(&victims) {
        return;
    }
    if compatible(object, &victims) {
        let mut named = victims;
        if named.country.is_none() {
            (named.country, named.name) = (object.country.clone(), object.name.clone());
        }
        // soldiers of no state named are no closer a name than "U.N. peacekeepers"
        if named.country.is_some() || object.role.as_deref() != Some("IGO") {
            events[k].target = Some(named);
        }
        return;
    }
    let mut own = events[k].clone();
    own.target = Some(victims);
    let (taken, other) = match c.kind {
        CasualtyKind::Killed => (&mut events[k].casualties.killed, &mut own.casualties.injured),
        _ => (&mut events[k].casualties.injured, &mut own.casualties.killed),
    };
    *taken = None;
    *other = None;
    extra.push((k, own));
}

/// Whether count `c` is a casualty verb that hangs on its act's verb: "struck a convoy, killing
/// four", "attacked the post and killed three".
fn folded(v: &View, triggers: &[Trigger], c: &CasualtyMention) -> bool {
    let Some(t) = toll_host::host(v, triggers, c) else { return false };
    let top = v.top(c.tokens.clone());
    v.head(top) == Some(t.head) && matches!(v.base_rel(top), "advcl" | "conj" | "xcomp")
}

/// Whether record `e` holds count `c` itself (not a count it had before).
fn took(v: &View, c: &CasualtyMention, e: &Event) -> bool {
    let slot = match c.kind {
        CasualtyKind::Killed => &e.casualties.killed,
        CasualtyKind::Injured => &e.casualties.injured,
        CasualtyKind::Missing => return false,
    };
    slot.as_ref().is_some_and(|s| s.text == v.text(c.tokens.clone()))
}

/// "Troops stormed the camp; three soldiers died": the attackers' own dead are not who the act
/// struck, and stay where the toll rules put them.
fn own_side(actor: Option<&Party>, victims: &Party) -> bool {
    actor.is_some_and(|a| {
        a.role == victims.role && (a.country.is_none() || victims.country.is_none() || a.country == victims.country)
    })
}

/// Whether a party is a force: armed (event_words `armed_roles`), police or peacekeepers. A
/// government office is not ("attacked a government convoy" may kill its guards or passers-by).
fn armed(p: &Party) -> bool {
    p.role.as_deref().is_some_and(|r| words::get("armed_roles").contains(&r) || r == "COP" || r == "IGO")
}

/// The victims are the object named more closely: both a state's forces or offices (state_roles) or
/// the object a peacekeeping force (IGO), of no other state.
fn compatible(object: &Party, victims: &Party) -> bool {
    let state = |p: &Party| p.role.as_deref().is_some_and(|r| words::get("state_roles").contains(&r));
    let forces = state(object) || object.role.as_deref() == Some("IGO");
    let states_agree = object.country.is_none() || victims.country.is_none() || object.country == victims.country;
    forces && state(victims) && states_agree
}
