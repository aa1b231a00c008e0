//! "The army deployed 500 soldiers", "security forces had been dispatched", "is reinforcing its
//! border": what a verb of force posture moves, readies or tests is the actor's own force, gear or
//! ground, not whom the posture is aimed at (GUIDELINES §12.4: deploying, mobilising or reinforcing
//! forces is 154, and names no target of its own). A phrase aimed at someone still names one
//! ("massed troops against Armenia", on the verb or on the troops), as does an indirect object ("sent
//! Israel two warships"); where the forces go ("into Somalia", "to Poland") names no target.
use super::*;

/// Keeps of `roles`' targets and aims only the phrases aimed at someone: an indirect object, or a
/// posture's target case (event_words `posture_target_cases`) on no place noun, on the verb or on
/// what it moves ("mobilized troops against Armenia", parsed with the phrase on "troops").
pub fn aimed_only(v: &View, roles: &mut Roles) {
    let aimed = |c: &usize| {
        let case = v.case_of(*c).unwrap_or_default();
        v.base_rel(*c) == "iobj"
            || (words::get("posture_target_cases").contains(&case.as_str()) && !is_place_noun(v, *c))
    };
    let moved_against: Vec<usize> = roles
        .targets
        .iter()
        .filter(|t| !aimed(t))
        .flat_map(|&t| v.kids_with(t, &["nmod"]).filter(aimed).collect::<Vec<_>>())
        .collect();
    roles.targets.retain(aimed);
    roles.aims.retain(aimed);
    for t in moved_against {
        if !roles.targets.contains(&t) {
            roles.targets.push(t);
        }
    }
}
