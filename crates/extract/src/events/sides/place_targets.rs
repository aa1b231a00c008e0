//! A place is no party: "seized Benghazi", "fled toward Kandahar", "bombed the port city of Poti",
//! "attacked the towns of Bocaranga" name where the act fell, not on whom (GUIDELINES §7: the place
//! is the location). A place name read as a target that gives no role is dropped; a state named as
//! the party acted on ("warned Khartoum", "strikes on Lebanon": GOV) stays.
use super::context::Context;
use super::phrases::parties_of;
use crate::events::args::place_names;
use crate::events::view::View;

/// Whether target head `x` names a place and no party: a tagged place name or a generic place noun
/// with its name ("the southern island of Mindanao"), whose parties have no role.
pub(super) fn place_only(v: &View, ctx: &Context, x: usize, avoid: Option<&str>) -> bool {
    let place =
        v.is_place_name(x) || place_names::named_below(v, x).is_some() || place_names::proper_below(v, x).is_some();
    place && parties_of(v, ctx, &[x], avoid).iter().all(|p| p.role.is_none())
}
