//! A meeting told in the past progressive ("a hotel where elders were meeting", "officials were
//! meeting at the hotel") is the setting of another event, not a consultation of its own:
//! GUIDELINES §2, setting phrases are locations, not extra events.
use crate::events::tense;
use crate::events::view::View;
use crate::events::words;

/// The consultation verb at `head` (code 04x) describes what was going on, in the past progressive,
/// in a clause that sets another event: "a hotel where elders were meeting", "while they were
/// meeting". A past-progressive meeting told on its own ("Putin was meeting Xi") is a consultation.
pub(crate) fn setting(v: &View, head: usize, cameo: &str, nominal: bool) -> bool {
    !nominal && cameo.starts_with("04") && tense::past_progressive(v, head) && sets_another(v, head)
}

/// The clause of `head` is a relative clause, or an adverbial one opened by "when", "while",
/// "where" or "as" (setting_marks).
fn sets_another(v: &View, head: usize) -> bool {
    let marked =
        || v.kids_with(head, &["mark", "advmod"]).any(|m| words::get("setting_marks").contains(&v.lemmas[m].as_str()));
    match v.rel(head) {
        "acl:relcl" => true,
        r if r.starts_with("advcl") || r.starts_with("acl") => marked(),
        _ => false,
    }
}
