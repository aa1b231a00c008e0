//! "decisions that threaten the country's stability", "threatening the territorial integrity of the
//! country", "is threatened by the high consumption of dog meat": a verb of threat used in the sense
//! of endanger. What is put at risk is a state or quality, not a party, or what puts it at risk is a
//! process, a measure or an abstraction, not a party; no one makes a threat (CAMEO 13). The gold
//! leaves such a danger out as it leaves out the noun ("poses a threat to the security of …",
//! "the threat posed by the militias"), and as GUIDELINES §2 leaves out background states.
use crate::events::view::View;
use crate::events::words;

/// The threat trigger at `head` names a danger to a state or quality, or one from a thing that acts
/// on no one; a threat made ("threatened to strike", "threatened Kyiv with sanctions", "threatened
/// that it would retaliate") stays.
pub(crate) fn endangers(v: &View, head: usize, cameo: &str) -> bool {
    if !cameo.starts_with("13") || !words::get("danger_verbs").contains(&v.lemmas[head].as_str()) {
        return false;
    }
    let listed = |list: &str, k: usize| words::get(list).contains(&v.lemmas[k].as_str());
    let with = |k: usize| v.case_of(k).as_deref() == Some("with");
    let objects: Vec<usize> = v.kids_with(head, &["obj", "nsubj:pass"]).collect();
    // A threat made: an act threatened ("to strike", "that it would retaliate"), a measure ("with new
    // attacks", on the verb or, as the parser often hangs it, on the object) or a condition ("if
    // their demands are not met"). A measure on the object or a condition makes a threat only for a
    // party that threatens: "rising prices threaten stability unless the government acts" is a danger.
    let doer = doer(v, head);
    // Pronouns stand for parties not yet resolved here: "he threatened the newspaper with closure".
    let pronoun = |d: usize| listed("threat_pronouns", d) && v.lemmas[d] != "it";
    let by_party = doer.is_some_and(|d| v.names_party(d) || v.is_person(d) || pronoun(d));
    // A fate ("threatened with extinction") is a measure only when a party threatens it.
    let measure = |k: usize| with(k) && (by_party || !listed("fates", k));
    let made = v.kids_with(head, &["xcomp", "ccomp"]).next().is_some()
        || v.kids_with(head, &["obl"]).any(measure)
        || (by_party && objects.iter().any(|&o| v.kids_with(o, &["nmod"]).any(with)))
        || (by_party && v.kids_with(head, &["advcl"]).any(|c| crate::events::tense::conditional(v, c)));
    if made {
        return false;
    }
    // The thing put at risk: the object, or the subject of a passive ("stability is threatened"),
    // when it is a state or quality of no people ("the safety of aid workers" is theirs; "the
    // integrity of the state" is the state's).
    let of_people = |k: usize| v.kids_with(k, &["nmod"]).any(|m| v.case_of(m).as_deref() == Some("of") && people(v, m));
    let at_risk = objects.iter().any(|&k| listed("endangered_states", k) && !(by_party && of_people(k)));
    let by_a_thing = doer.is_some_and(|d| {
        ["process_doers", "measure_agents", "abstract_agents", "natural_causes"].iter().any(|l| listed(l, d))
    });
    let fated = !by_party && v.kids_with(head, &["obl"]).any(|k| with(k) && listed("fates", k));
    at_risk || by_a_thing || fated
}

/// Whether `x` names people: a person, or civilians, journalists, aid workers or activists.
fn people(v: &View, x: usize) -> bool {
    v.is_person(x) || v.party_role(x).is_some_and(|r| words::get("people_roles").contains(&r.as_str()))
}

/// The one that threatens: the active subject (the noun a relative "that" stands for: "decisions
/// that threaten …") or the by-agent of a passive.
fn doer(v: &View, head: usize) -> Option<usize> {
    if v.is_passive(head) {
        let by = |k: usize| v.rel(k) == "obl:agent" || v.case_of(k).as_deref() == Some("by");
        return v.kids_with(head, &["obl"]).find(|&k| by(k));
    }
    v.kids_with(head, &["nsubj"]).next().map(|s| v.antecedent(head, s))
}
