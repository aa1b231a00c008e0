//! "The Ethiopians launched an operation", "the Georgians captured the town", "Canadians, Germans ...
//! are patrolling": a people named in the plural as a party of an act of force stands for the state's
//! forces (MIL, GUIDELINES §12.2), where a bare country name or a demonym adjective on an event noun
//! ("Georgia", "Georgian strikes") is the state as agent, its government (§5, §12.9).
use crate::events::triggers::trigger::is_force_or_posture;
use crate::parties;
use casus_core::Event;

/// Recodes GOV to MIL for plural-demonym actors and targets of acts of force (assault, fighting,
/// mass violence) or force posture (15): [`is_force_or_posture`].
pub(crate) fn forces(events: &mut [Event]) {
    let forceful = |e: &&mut Event| is_force_or_posture(&e.action.cameo);
    for e in events.iter_mut().filter(forceful) {
        for p in [&mut e.actor, &mut e.target].into_iter().flatten() {
            if p.role.as_deref() == Some("GOV") && parties::is_plural_demonym(&p.text) {
                p.role = Some("MIL".into());
            }
        }
    }
}
