//! Who does what to whom once the parties are known: one action per weapon class, the joint
//! actions of several states, and the (actor, target) pairs a trigger's parties give.
use super::args::Roles;
use super::sides::context::Context;
use super::sides::phrases::parties_of;
use super::view::View;
use super::words;
use crate::events::triggers::trigger::Trigger;
use crate::events::triggers::wielders;
use crate::lexicon;
use casus_core::{Action, Event, Party};

/// "continue to use artillery, mortars, drones and large-caliber rifles": one action per class of
/// weapon (194 artillery and mortars, 195 drones, 193 rifles), when the objects name several.
pub(super) fn weapon_actions(v: &View, t: &Trigger, verb: usize) -> Vec<Action> {
    let mut out: Vec<Action> = Vec::new();
    let mut objects: Vec<usize> = v.kids_with(verb, &["obj", "obl"]).flat_map(|o| v.conjuncts(o)).collect();
    // "army helicopters and artillery attacked": the weapons of an active subject split it as well.
    let force = t.m.entry.cameo.as_deref().is_some_and(crate::events::triggers::trigger::is_force);
    if force && !v.is_passive(verb) {
        let subject = v.kids_with(verb, &["nsubj"]).next();
        objects.extend(subject.map(|s| wielders::subject_weapons(v, s)).unwrap_or_default());
    }
    for w in objects.into_iter().filter(|&w| lexicon::is_weapon(&v.lemmas[w])) {
        let Some(code) = t.m.entry.code_for(&[v.lemmas[w].as_str()]) else { continue };
        let text = v.text(v.phrase(w)).to_string();
        match out.iter_mut().find(|a| a.cameo == code) {
            Some(a) => a.text = format!("{}, {text}", a.text),
            None => out.push(Action { text, cameo: code.to_string() }),
        }
    }
    if out.len() < 2 {
        out.clear();
    }
    out
}

/// "helicopters and artillery attacked": a weapon the gazetteer made an actor does its own class of
/// fire only, not the other weapon's action as well.
pub(super) fn wields(actor: &Option<Party>, action: &Action, actions: &[Action]) -> bool {
    let Some(text) = actor.as_ref().map(|a| a.text.as_str()) else { return true };
    action.text == text || !actions.iter().any(|a| a.text == text)
}

/// Two states acting together with no one else named act towards each other: "the two countries
/// committed to normalize ties", "they exchanged prisoners", "Pashinian and Aliyev pledged not to
/// use force" (cooperation, roots 03–08), "both countries recalled their ambassadors" (reduced
/// relations, 16). Within one state, a government or its forces and the group
/// taking them on cooperate or meet each with the other too. Never force: fighting each other is the
/// lexicon's mutual entries ("A and B clashed / fought / exchanged fire"); "Somali and Ethiopian
/// troops attacked" is two allies striking a third.
pub(super) fn joint(cameo: &str, actors: &[Party]) -> bool {
    let countries: Vec<&String> = actors.iter().filter_map(|a| a.country.as_ref()).collect();
    let distinct = countries.iter().enumerate().all(|(i, c)| !countries[..i].contains(c));
    // A mediator acts on the others, not with them; aid that two plan to send goes to a third
    // ("Chad and Niger agreed to send soldiers").
    if actors.len() < 2 || ["045", "039", "033"].iter().any(|c| cameo.starts_with(c)) {
        return false;
    }
    // "Holbrooke and Milosevic met": two parties meeting met each other (GUIDELINES §12.9), whatever
    // the text says of their states.
    if cameo.starts_with("04") && actors.len() == 2 {
        return true;
    }
    if countries.len() != actors.len() || !distinct {
        // "the government and the rebels signed a truce": a state and its armed opponents are two
        // sides though the country is one (fighting between them is a mutual entry already).
        return matches!(cameo.get(..2), Some("03" | "04" | "05" | "06" | "08")) && state_and_opponent(actors);
    }
    match cameo.get(..2) {
        // "the US, Russia and Switzerland met": each with each.
        Some("04") => true,
        Some("03" | "05" | "06" | "08") => actors.len() == 2,
        // "Both countries withdrew their ambassadors", "the two states cut ties", "expelled each other's
        // diplomats", "broke off talks": reduced relations between them (161, 164, 166). Cutting aid
        // (162) or imposing sanctions (163) is done to a third party, so "the US and the EU imposed
        // sanctions" is never on each other.
        Some("16") => actors.len() == 2 && matches!(cameo.get(..3), Some("161" | "164" | "166")),
        _ => false,
    }
}

/// "Fighting killed six soldiers and 20 rebels", "seven soldiers were killed in clashes, along with
/// 20 rebels": a fight that names no fighters but the fallen of two sides is fought between those
/// sides, each the actor of the other's losses (GUIDELINES §12.6). Two groups only, each a side: a
/// state's forces and the group fighting them, or the forces of two states. Civilians are no side.
pub(super) fn fallen_fight(fight: bool, actors: &mut Vec<Party>, targets: &mut Vec<Party>) {
    if fight && actors.is_empty() && fallen_sides(targets) {
        *actors = std::mem::take(targets);
    }
}

/// "Three soldiers and two civilians were killed in fighting with the Taliban": of the fallen that
/// stage 2 made the actors of a clash ([`Roles::fallen`]), those who bear arms are its side; the
/// others (civilians listed with soldiers) fought no one and are returned, to be the other side's
/// victims only. Where the other side is no known party ("killed in clashes with the Maute group"),
/// the fallen are the clash's victims and never fight each other.
pub(super) fn unarmed_fallen(actors: &mut Vec<Party>, others: &mut Vec<Party>) -> Vec<Party> {
    if others.is_empty() {
        *others = std::mem::take(actors);
        return Vec::new();
    }
    let armed = |p: &Party| {
        p.role
            .as_deref()
            .is_some_and(|r| words::get("armed_roles").contains(&r) || words::get("state_roles").contains(&r))
    };
    if actors.iter().all(armed) || !actors.iter().any(armed) {
        return Vec::new();
    }
    let (sides, unarmed) = std::mem::take(actors).into_iter().partition(armed);
    *actors = sides;
    unarmed
}

/// Whether the victims are the two sides of a fight (see [`fallen_fight`]).
fn fallen_sides(victims: &[Party]) -> bool {
    let [a, b] = victims else { return false };
    let armed = |p: &Party| p.role.as_deref().is_some_and(|r| words::get("armed_roles").contains(&r));
    let two_states = a.country.is_some() && b.country.is_some() && a.country != b.country;
    state_and_opponent(victims) || (two_states && armed(a) && armed(b))
}

/// Two parties of one state (or one with no state named), one its government or forces, the other
/// an armed group or opposition fighting it.
fn state_and_opponent(actors: &[Party]) -> bool {
    let [a, b] = actors else { return false };
    let role = |p: &Party, roles: &[&str]| p.role.as_deref().is_some_and(|r| roles.contains(&r));
    let state = |p: &Party| role(p, words::get("state_roles"));
    let opponent = |p: &Party| role(p, words::get("opponent_roles"));
    let one_state = a.country.is_none() || b.country.is_none() || a.country == b.country;
    one_state && ((state(a) && opponent(b)) || (state(b) && opponent(a)))
}

/// (actor, target) pairs: every actor with every target, or one event each way among the actors
/// of a mutual action; at least one event.
pub(super) fn pairs(mutual: bool, actors: Vec<Party>, targets: Vec<Party>) -> Vec<(Option<Party>, Option<Party>)> {
    if mutual && actors.len() > 1 {
        let mut out = Vec::new();
        for (i, a) in actors.iter().enumerate() {
            for (j, b) in actors.iter().enumerate() {
                // Two sides: different states, or one state's army and a rebel group, or two
                // armed groups of one country ("clashes between Hamas and Fatah").
                let sides = a.country.is_none() || a.country != b.country || a.role != b.role || a.name != b.name;
                if i != j && sides {
                    out.push((Some(a.clone()), Some(b.clone())));
                }
            }
        }
        if !out.is_empty() {
            return out;
        }
    }
    let actors: Vec<Option<Party>> =
        if actors.is_empty() { vec![None] } else { actors.into_iter().map(Some).collect() };
    let targets: Vec<Option<Party>> =
        if targets.is_empty() { vec![None] } else { targets.into_iter().map(Some).collect() };
    let mut out = Vec::new();
    for a in &actors {
        // One phrase read both ways (an actor the target list repeats) acts on no one but itself.
        for t in targets.iter().filter(|t| a.is_none() || t != &a) {
            out.push((a.clone(), t.clone()));
        }
    }
    if out.is_empty() {
        out.push((actors[0].clone(), None));
    }
    out
}

/// GUIDELINES 12.9: several parties of one state in one list ("the army, the air force and
/// commandos took part") give one record per distinct (country, role), not one per noun. Run once
/// the parties have their countries: a record that repeats an earlier one of its trigger in all but
/// the actor's wording, the actor being a state's party of the same name, country and role, goes.
/// Persons keep their own names, so "Putin and Lavrov" stay two.
pub(super) fn one_per_state_key(events: &mut Vec<Event>) {
    let blank = |e: &Event| {
        let mut e = e.clone();
        if let Some(a) = e.actor.as_mut() {
            a.text.clear();
        }
        e
    };
    // Each record blanked once, not once per comparison.
    let (mut kept, mut blanks): (Vec<Event>, Vec<Event>) = (Vec::new(), Vec::new());
    for e in events.drain(..) {
        // "clashes between rival gangs" is one party each way: both of its records stay.
        let within = e.actor.is_some() && e.actor == e.target;
        let state = e.actor.as_ref().is_some_and(|a| a.country.is_some()) && !within;
        let b = blank(&e);
        if !(state && blanks.iter().rev().take(8).any(|k| *k == b)) {
            kept.push(e);
            blanks.push(b);
        }
    }
    *events = kept;
}

/// A telephone call with exactly one partner is a conversation of two, one record each way, as "a
/// telephone conversation between A and B" is (GUIDELINES §2; §12.9 for two parties): "spoke by phone
/// with Putin". With several partners it stays told from the caller's side.
pub(super) fn two_party(cameo: &str, partners: usize) -> bool {
    partners == 1 && words::get("two_party_codes").contains(&cameo)
}

/// The (actor, target) of each record: one per predicate of an event noun of force (`split_by_act`;
/// "the meeting discussed X and approved Y" stays one meeting), each way, mutual, or as found.
pub(super) fn record_pairs(
    v: &View,
    ctx: &Context,
    roles: &Roles,
    (split_by_act, mutual, each_way): (bool, bool, bool),
    actors: Vec<Party>,
    targets: Vec<Party>,
) -> Vec<(Option<Party>, Option<Party>)> {
    if split_by_act {
        acts_pairs(v, ctx, roles, actors)
    } else if let ([actor], true) =
        (&actors[..], targets.is_empty() && (roles.within || mutual && sides_of_one(v, roles)))
    {
        // "clashes between rival gangs": the gangs on both sides, one event each way (GUIDELINES §2);
        // so are "Muslim and Christian mobs" that clashed, two sides of one code.
        vec![(Some(actor.clone()), Some(actor.clone())); 2]
    } else if each_way {
        let mut both = pairs(false, actors.clone(), targets.clone());
        both.extend(pairs(false, targets, actors));
        both
    } else {
        pairs(mutual, actors, targets)
    }
}

/// "Muslim and Christian mobs clashed", "Sunni and Shiite militias fought": one noun whose
/// coordinated modifiers name two sides that code alike, so its parties came out as one.
fn sides_of_one(v: &View, roles: &Roles) -> bool {
    let [head] = roles.actors[..] else { return false };
    super::sides::split_modifiers(v, head).is_some_and(|found| found.len() > 1)
}

/// One record per predicate of an event noun subject ([`Roles::acts`]): each with the parties among
/// its own objects as targets, or none.
fn acts_pairs(v: &View, ctx: &Context, roles: &Roles, actors: Vec<Party>) -> Vec<(Option<Party>, Option<Party>)> {
    let mut out = Vec::new();
    for objects in &roles.acts {
        let objects: Vec<usize> =
            objects.iter().copied().filter(|&o| !words::get("toll_nouns").contains(&v.lemmas[o].as_str())).collect();
        let targets = parties_of(v, ctx, &objects, actors.first().and_then(|a| a.country.as_deref()));
        out.extend(pairs(false, actors.clone(), targets));
    }
    // Predicates that name no party of their own ("caused heavy damage and caused a fire") give one
    // record, not several identical ones.
    let mut seen = Vec::new();
    out.retain(|p| {
        if seen.contains(p) {
            false
        } else {
            seen.push(p.clone());
            true
        }
    });
    out
}
