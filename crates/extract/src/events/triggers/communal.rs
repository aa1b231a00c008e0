//! Communal violence (GUIDELINES §12.4: riots and communal fighting between groups of civilians are
//! 145): "Religious Violence Spreads", "ethnic clashes killed 77", "communal violence" tell of one
//! community against another, not of armed forces. Only the noun's own modifier tells it: "clashes
//! between troops and ethnic rebels" are fighting.
use super::trigger::pos;
use crate::events::view::View;
use crate::events::words;
use crate::lexicon::Pos;

/// The riot code (145) for a force noun at `head` of no particular means (`code` 190 or 180) that
/// its own adjective calls communal (`communal_modifiers`), else None.
pub(super) fn riot_code(v: &View, head: usize, code: &str) -> Option<String> {
    if !matches!(code, "190" | "180") || pos(v, head) != Pos::Noun {
        return None;
    }
    let communal = |m: usize| words::get("communal_modifiers").contains(&v.lemmas[m].to_lowercase().as_str());
    v.kids_with(head, &["amod", "compound"]).any(communal).then(|| "145".to_string())
}
