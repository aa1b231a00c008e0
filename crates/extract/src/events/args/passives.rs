//! Passives the auxiliary does not mark: a participle that completes a linking verb ("civilians
//! remain besieged", "were left stranded and shelled"), and a by-agent the parser hung on a noun of
//! the clause ("was shot on a street in the capital by gunmen").
use super::*;

/// "Thousands of civilians remain trapped and besieged": a past participle that completes a linking
/// verb (event_words linking_verbs), alone or joined to another complement, says what the linking
/// verb's subject undergoes; those subjects, or `None` when `t` is no such participle.
pub fn linked_subjects(v: &View, t: usize) -> Option<Vec<usize>> {
    if !participle(v, t) {
        return None;
    }
    // "remain unseen, unprotected, bombed": climb the conjuncts to the complement they share. Each
    // link must be a participle too: in "became angry and fired into the crowd" the adjective
    // "angry" is the complement, and "fired" a past tense the soldiers did.
    let mut c = t;
    for _ in 0..6 {
        if v.rel(c) != "conj" {
            break;
        }
        c = v.head(c).filter(|&h| participle(v, h) || participle_form(v, h))?;
    }
    let h = v.head(c).filter(|_| v.rel(c) == "xcomp")?;
    if !words::get("linking_verbs").contains(&v.lemmas[h].as_str()) {
        return None;
    }
    let subjects = shared_subjects(v, h);
    (!subjects.is_empty()).then_some(subjects)
}

/// A word that may be a past participle: inflected ("besieged", not "angry" or "defiant"), not an
/// -ing form, and with no object or subject of its own (a finite verb's marks).
fn participle(v: &View, i: usize) -> bool {
    let w = v.lower(i);
    !w.ends_with("ing") && w != v.lemmas[i] && v.kids_with(i, &["obj", "nsubj"]).next().is_none()
}

/// A link of the conjunct chain may also be a participle the lemmatizer keeps whole ("remain
/// unseen, unprotected, bombed"): an -ed or -en form with no object or subject.
fn participle_form(v: &View, i: usize) -> bool {
    let w = v.lower(i);
    (w.ends_with("ed") || w.ends_with("en")) && v.kids_with(i, &["obj", "nsubj"]).next().is_none()
}

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
