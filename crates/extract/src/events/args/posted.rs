//! "The army deployed 500 soldiers", "security forces had been dispatched", "is reinforcing its
//! border": what a verb of force posture moves, readies or tests is the actor's own force, gear or
//! ground, not whom the posture is aimed at (GUIDELINES §12.4: deploying, mobilising or reinforcing
//! forces is 154, and names no target of its own). A phrase aimed at someone still names one
//! ("massed troops against Armenia"), as does the one the gear is sent to ("sent Kyiv air defence
//! systems"); where the forces go ("into Somalia", "on the island") is only where.
use super::*;

/// Keeps of `roles`' targets and aims only the phrases aimed at someone: an indirect object, or a
/// posture's target case (event_words `posture_target_cases`) on no place noun.
pub fn aimed_only(v: &View, roles: &mut Roles) {
    let aimed = |c: &usize| {
        let case = v.case_of(*c).unwrap_or_default();
        v.base_rel(*c) == "iobj"
            || (words::get("posture_target_cases").contains(&case.as_str()) && !is_place_noun(v, *c))
    };
    roles.targets.retain(aimed);
    roles.aims.retain(aimed);
}
