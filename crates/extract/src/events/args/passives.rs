//! A by-agent the parser hung on a noun of the clause ("was shot on a street in the capital by
//! gunmen"), or told by a when-clause ("were killed when protesters ran them over"). Participles
//! that are passive with no auxiliary are `events::bare_passives`.
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

/// "Two policemen were killed when protesters ran them over", "three soldiers were killed when
/// militants attacked their convoy", "were wounded as troops opened fire on the crowd": the party
/// whose act of force a when- or as-clause of passive force `t` tells (or who acts on the victims
/// themselves: "ran them over") did it. A clause whose subject is no party ("when a shell hit the
/// house") or a pronoun ("when they came under fire": the victims) gives none.
pub fn clause_agents(v: &View, t: usize) -> Vec<usize> {
    if !force_verb(v, t) {
        return Vec::new();
    }
    let opened = |c: usize| v.kids_with(c, &["advmod", "mark"]).any(|k| matches!(v.lemmas[k].as_str(), "when" | "as"));
    let on_victims = |c: usize| v.kids_with(c, &["obj"]).any(|o| matches!(v.lower(o).as_str(), "them" | "him" | "her"));
    let clauses = v.kids_with(t, &["advcl"]).filter(|&c| c > t && opened(c) && (toll_verb(v, c) || on_victims(c)));
    clauses
        .filter_map(|c| v.kids_with(c, &["nsubj"]).next())
        .filter(|&s| !words::is_pronoun(&v.lemmas[s]) && v.names_party(s))
        .take(1)
        .collect()
}

/// A verb the lexicon reads as force (fighting, assault, mass violence).
fn force_verb(v: &View, i: usize) -> bool {
    verb_code(v, i).is_some_and(|c| is_force(&c))
}

/// A verb of force that may kill of itself: not the taking of a place ("seven were killed when troops
/// entered the capital", "a soldier was killed as U.N. forces retook a police station": who killed
/// is not said).
fn toll_verb(v: &View, i: usize) -> bool {
    verb_code(v, i).is_some_and(|c| crate::events::triggers::trigger::takes_toll(&c))
}

fn verb_code(v: &View, i: usize) -> Option<String> {
    crate::lexicon::lookup_pos(&v.lemmas, i, Some(Pos::Verb)).and_then(|m| m.entry.cameo.clone())
}
