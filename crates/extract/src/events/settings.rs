//! A meeting told in the past progressive ("a hotel where elders were meeting", "officials were
//! meeting at the hotel") is the setting of another event, not a consultation of its own:
//! GUIDELINES §2, setting phrases are locations, not extra events.
use super::view::View;

/// The consultation verb at `head` (code 04x) describes what was going on, in the past progressive.
pub(super) fn setting(v: &View, head: usize, cameo: &str, nominal: bool) -> bool {
    let first = v.kids_with(head, &["aux"]).min();
    !nominal
        && cameo.starts_with("04")
        && v.lower(head).ends_with("ing")
        && first.is_some_and(|a| matches!(v.lower(a).as_str(), "was" | "were"))
}
