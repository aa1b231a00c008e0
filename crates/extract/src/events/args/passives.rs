//! A by-agent the parser hung on a noun of the clause ("was shot on a street in the capital by
//! gunmen"). Participles that are passive with no auxiliary are `events::bare_passives`.
use super::*;

/// "The reporter was shot on a street in the capital by unidentified gunmen": a by-phrase that names
/// a party, parsed onto a noun of one of passive verb `t`'s phrases (two levels down at most), is the
/// verb's agent; a by-phrase that names no party ("by the river") stays a place. Only a place or
/// plain noun passes its by-phrase up: an event noun's is its own agent ("killed during a protest by
/// farmers": the farmers held the protest).
pub fn stray_agents(v: &View, t: usize) -> Vec<usize> {
    let by = |k: &usize| v.base_rel(*k) == "nmod" && v.case_of(*k).as_deref() == Some("by");
    let party = |k: &usize| {
        crate::parties::normalize(v.text(v.phrase(*k))).is_some_and(|p| p.role.is_some() || p.country.is_some())
    };
    let mut found = Vec::new();
    let nmods = |n: usize| if event_noun(v, n) { Vec::new() } else { v.kids_with(n, &["nmod"]).collect() };
    for c in v.kids_with(t, &["obl"]).filter(|&c| !is_agent(v, c)) {
        let below: Vec<usize> = nmods(c);
        let deeper = below.iter().flat_map(|&n| nmods(n));
        found.extend(below.iter().copied().chain(deeper).filter(by).filter(party));
    }
    found.into_iter().take(1).collect()
}

/// A noun that names an event (a trigger noun, or a street protest: "protest", "rally", "attack").
fn event_noun(v: &View, n: usize) -> bool {
    words::get("protest_events").contains(&v.lemmas[n].as_str())
        || crate::lexicon::lookup_pos(&v.lemmas, n, Some(Pos::Noun)).is_some_and(|m| !m.entry.report)
}
