//! A people's name that is also a state's adjective ("Serb gunners", "Uzbek neighborhoods"): what
//! in a span's words says it may name a community of people rather than the state. Whether it does
//! is the story's to say (its state, the event's place): `events::document::communities` decides.
use super::gazetteer::{gazetteer, tokenize, Hit, Kind, Tok};
use crate::events::words;

/// The state a span's one demonym names, and the words that may make it a community instead.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct People {
    /// ISO3 of the demonym's state.
    pub state: String,
    /// The demonym is a people's name more than a state's (`ethnonyms`: "Serb" beside "Serbian").
    pub ethnonym: bool,
    /// The word after it is a settled place of people (`settled_nouns`: "Uzbek neighborhoods"), or
    /// premises its people own (`owner_participles`, `owned_premises`: "Albanian-owned shops").
    pub settled: bool,
}

/// The [`People`] of a span whose only state cue is a demonym, with no person, group, body or seat
/// named: "Serb forces", not "Bosnian Serb forces" (the state is given) or "Serbian President Vucic".
pub fn people(span: &str) -> Option<People> {
    let toks = tokenize(span);
    let g = gazetteer();
    let hits = super::cues(g, &toks);
    let kind = |h: &&super::Hit| g.cues[h.cue].kind;
    let states: Vec<&super::Hit> =
        hits.iter().filter(|h| matches!(kind(h), Kind::CountryName | Kind::Demonym | Kind::Capital)).collect();
    let identity = hits.iter().any(|h| matches!(kind(&h), Kind::Person | Kind::Group | Kind::Org | Kind::Seat));
    let [h] = states.as_slice() else { return None };
    if kind(h) != Kind::Demonym || identity {
        return None;
    }
    let listed = |w: &str, list: &str| words::get(list).contains(&w);
    let ethnonym = toks[h.start..h.end].iter().any(|t| listed(&t.low, "ethnonyms"));
    let word = |k: usize, list: &str| toks.get(h.end + k).is_some_and(|t| listed(&crate::lemma::lemma(&t.low), list));
    let owned_premises = listed(&toks.get(h.end).map_or(String::new(), |t| t.low.clone()), "owner_participles")
        && word(1, "owned_premises");
    let settled = word(0, "settled_nouns") || owned_premises;
    Some(People { state: g.cues[h.cue].country.clone()?, ethnonym, settled })
}

/// "Bosnian Serb forces", "Iraqi Kurdish fighters", "a Bosnian Serb shell": a state's name or
/// demonym right before a people's name (`ethnonyms`, `people_names`) names that people as a
/// community of the state, not the state: their forces are an armed side fighting it, not its
/// military, and with no role word they are its people. Returns the role such a span takes instead of
/// `role`, which the span's words gave (`bare`: no role word gave it).
pub(super) fn community_role(toks: &[Tok], hits: &[Hit], role: Option<&str>, bare: bool) -> Option<String> {
    let g = gazetteer();
    let state = hits.iter().find(|h| matches!(g.cues[h.cue].kind, Kind::CountryName | Kind::Demonym))?;
    let next = toks.get(state.end)?;
    let listed = |list: &str| words::get(list).contains(&next.low.as_str());
    if !(listed("ethnonyms") || listed("people_names")) {
        return None;
    }
    match role {
        Some("MIL") => Some("REB".to_string()),
        Some("GOV") if bare => Some("CVL".to_string()),
        _ => None,
    }
}

/// Whether `span` is a community named with no role word ("Bosnian Serb", "the Iraqi Kurds"): a
/// people the story's acts of force may show armed (`document::communities`).
pub fn names_community(span: &str) -> bool {
    let toks = tokenize(span);
    let hits = super::cues(gazetteer(), &toks);
    let role_word = hits.iter().any(|h| matches!(gazetteer().cues[h.cue].kind, Kind::Role { .. }));
    !role_word && community_role(&toks, &hits, Some("GOV"), true).is_some()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_people_named_by_one_demonym_says_how_it_may_be_a_community() {
        let p = |s: &str| people(s).map(|p| (p.state, p.ethnonym, p.settled));
        assert_eq!(p("Serb gunners"), Some(("SRB".into(), true, false)));
        assert_eq!(p("Serbian troops"), Some(("SRB".into(), false, false)));
        assert_eq!(p("Uzbek neighborhoods in the city of Osh"), Some(("UZB".into(), false, true)));
        assert_eq!(p("Chinese-owned stores"), Some(("CHN".into(), false, true)));
        // an owned ship or school is no settled place: the owner's state
        assert_eq!(p("a Greek-owned tanker"), Some(("GRC".into(), false, false)));
        assert_eq!(p("Sudanese-run schools"), Some(("SDN".into(), false, false)));
        // a state named beside the people, or a state's name alone: no community to read
        assert_eq!(p("Bosnian Serb forces"), None);
        assert_eq!(p("Serbia"), None);
        assert_eq!(p("militants"), None);
    }
}
