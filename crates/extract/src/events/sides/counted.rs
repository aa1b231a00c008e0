//! A counted group of states ("the three military-led nations", "the four countries") stands for the
//! states the story last listed together ("Burkina Faso, Mali and Niger withdrew from ECOWAS"): one
//! party each, so one record each (GUIDELINES §2: several actors, one record per actor). Two are a
//! pair, read by `pronouns` against the story's two sides.
use super::context::Context;
use crate::events::view::View;
use crate::events::words;
use casus_core::Party;

/// Notes the parties of an event that lists three or more states, each of a country of its own,
/// each its government or forces: the group a later "the three nations" counts.
pub(crate) fn note(ctx: &mut Context, parties: &[Party]) {
    let state_role = |p: &Party| p.role.as_deref().is_some_and(|r| words::get("state_roles").contains(&r));
    let countries: Vec<&str> = parties.iter().filter_map(|p| p.country.as_deref()).collect();
    let distinct = countries.iter().enumerate().all(|(i, c)| !countries[..i].contains(c));
    if parties.len() >= 3 && countries.len() == parties.len() && distinct && parties.iter().all(state_role) {
        ctx.listed_states = parties.to_vec();
    }
}

/// "the three military-led nations": a state noun counted by a number of three or more that matches
/// the story's last listed group of states stands for those states, each as its government
/// (GUIDELINES §5, as for "the two countries"). `None` for any other phrase or count.
pub(super) fn counted_states(v: &View, ctx: &Context, head: usize, text: &str) -> Option<Vec<Party>> {
    if !words::get("state_nouns").contains(&v.lemmas[head].as_str()) || !v.lower(head).ends_with('s') {
        return None;
    }
    let range = v.phrase(head);
    if range.clone().any(|i| words::get("pair_blockers").contains(&v.lemmas[i].as_str())) {
        return None;
    }
    let count = v.kids_with(head, &["nummod"]).find(|&k| k < head)?;
    let n = crate::numbers::parse_number(&v.sent.tokens[count..count + 1], 0)?.value?;
    let definite = v.kids_with(head, &["det"]).any(|d| v.lemmas[d] == "the");
    if !definite || n < 3 || ctx.listed_states.len() as u64 != n {
        return None;
    }
    let government = |p: &Party| Party {
        text: text.to_string(),
        name: p.country.as_deref().and_then(crate::parties::country_name).map(str::to_string),
        country: p.country.clone(),
        role: Some("GOV".into()),
    };
    Some(ctx.listed_states.iter().map(government).collect())
}
