//! Crowd control (GUIDELINES 12.4): the crowd a dispersal or crackdown acts on is its target.
//! "fired tear gas to disperse the demonstrators" acts on the demonstrators; "broke up marches by
//! farmers" and "a crackdown on protests by students" act on those who marched or protested.
use crate::events::args::Roles;
use crate::events::triggers::trigger::is_force;
use crate::events::view::View;
use crate::events::words;
use crate::lexicon::{self, Pos};

/// Force or coercion: the acts whose target may be a crowd (17x repression, 18x–20x force).
pub(crate) fn coercive(cameo: &str) -> bool {
    cameo.starts_with("17") || is_force(cameo)
}

/// "fired tear gas to break up the marchers", "opened fire to disperse thousands": a coercive act
/// that names no target acts on what its purpose clause coerces (the purpose gets no record of
/// its own). Only a coercive purpose: "fired shots to warn the crowd" does not say whom the shots hit.
pub(crate) fn purpose_target(v: &View, verb: usize, roles: &mut Roles) {
    let Some(aim) = coercive_purpose(v, verb) else { return };
    roles.targets = crate::events::args::verbal(v, aim, false).targets;
}

/// The purpose clause of `verb` that coerces ("to disperse the demonstrators", "to break up the
/// rally"), by the lexicon's reading of its verb.
pub(crate) fn coercive_purpose(v: &View, verb: usize) -> Option<usize> {
    let coerces = |p: usize| {
        lexicon::lookup_pos(&v.lemmas, p, Some(Pos::Verb))
            .and_then(|m| m.entry.cameo.clone())
            .is_some_and(|code| coercive(&code))
    };
    v.kids_with(verb, &["advcl"]).find(|&p| crate::events::tense::purpose(v, p) && coerces(p))
}

/// "broke up marches by supporters of X", "a gathering of monks and activists": a protest event
/// acted upon stands for those who held it (see [`held_by`]). A protest with no one named stays as it is.
pub(crate) fn protesters(v: &View, verb: usize, roles: &mut Roles) {
    let mut out = Vec::new();
    for &x in &roles.targets {
        let held =
            if words::get("protest_events").contains(&v.lemmas[x].as_str()) { held_by(v, verb, x) } else { Vec::new() };
        if held.is_empty() {
            out.push(x);
        } else {
            out.extend(held);
        }
    }
    roles.targets = out;
}

/// Who held protest event `noun` that `verb` acts on: a "by" or "of" phrase on the noun ("marches by
/// farmers", "a gathering of monks"), or a "by" phrase parsed onto the verb right after it.
pub(crate) fn held_by(v: &View, verb: usize, noun: usize) -> Vec<usize> {
    let by_or_of = |c: &usize| matches!(v.case_of(*c).as_deref(), Some("by" | "of"));
    let on_noun = v.kids_with(noun, &["nmod"]).find(by_or_of);
    let after = v.subtree(noun).end;
    let on_verb =
        || v.kids_with(verb, &["obl"]).find(|&c| v.subtree(c).start == after && v.case_of(c).as_deref() == Some("by"));
    on_noun.or_else(on_verb).map(|h| v.conjuncts(h)).unwrap_or_default()
}
