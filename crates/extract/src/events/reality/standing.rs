//! Sanctions in force or pending, told as a state rather than imposed: "sanctions against Turkey
//! enjoy bipartisan support", "new sanctions are awaiting ratification in Congress", "the leaders
//! remain under sanctions". Imposing them is the act (163); their standing or pending is no event
//! (GUIDELINES §2: background states; plans are no records).
use crate::events::tense;
use crate::events::view::View;

/// The sanction noun at `head` (code `cameo`) names a measure in force or pending, not its imposing.
pub(crate) fn measure_in_force(v: &View, head: usize, cameo: &str) -> bool {
    if !cameo.starts_with("163") {
        return false;
    }
    // "remain under international sanctions", "a country under sanctions".
    if v.case_of(head).as_deref() == Some("under") {
        return true;
    }
    // A headline's present tells a past act: "New Sanctions Hit Iran".
    if v.base_rel(head) != "nsubj" || tense::headline(v) {
        return false;
    }
    let Some(verb) = v.head(head) else { return false };
    let present_copula = v.kids_with(verb, &["cop"]).any(|c| matches!(v.lower(c).as_str(), "is" | "are"));
    tense::present_simple(v, verb) || tense::present_progressive(v, verb) || present_copula
}
