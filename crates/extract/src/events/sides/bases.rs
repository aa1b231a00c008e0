//! Where an unnamed armed group is based, when its phrase says so: "militants present on Afghan
//! soil", "ringleaders operating from Afghanistan", "insurgents in Mali". Such a group takes that
//! state (GUIDELINES §12.3: the country in which they mainly operate), not the country of the story,
//! whose own insurgents may be another group ("separatists" at home, "militants" abroad).
use crate::events::view::View;
use crate::events::words;
use crate::parties;

/// The state the phrase headed by `head` places its group in: an "in / from / on / inside" place of
/// the noun itself or of a participle on it ("present on", "operating from", "based in").
/// Not for an agent (a subject, a "by" phrase): the story's later "they" and "the militants" refer
/// back to the last agent, and a group blamed from abroad ("the attack was directed by ringleaders
/// operating from Afghanistan") is seldom the one its attackers on the ground are.
pub(crate) fn base_country(v: &View, head: usize) -> Option<String> {
    if v.base_rel(head) == "nsubj" || v.rel(head) == "obl:agent" {
        return None;
    }
    let places = v.kids_with(head, &["nmod"]).chain(v.kids_with(head, &["acl"]).flat_map(|a| v.kids_with(a, &["obl"])));
    places.filter(|&p| located(v, p)).find_map(|p| country_of(v.text(v.phrase(p))))
}

/// Whether the noun at `p` is introduced by a preposition of being somewhere (`base_cases`).
fn located(v: &View, p: usize) -> bool {
    v.kids_with(p, &["case"]).any(|c| words::get("base_cases").contains(&v.lower(c).as_str()))
}

/// The state a place phrase names: a known place's, else a state's name or adjective ("Afghan soil").
fn country_of(text: &str) -> Option<String> {
    parties::lookup_place(text).and_then(|p| p.country).or_else(|| {
        let p = parties::normalize(text)?;
        p.name.as_deref().is_some_and(parties::is_country_name).then_some(p.country).flatten()
    })
}
