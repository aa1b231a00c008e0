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
    let made = v.kids_with(head, &["xcomp", "ccomp"]).next().is_some()
        || v.kids_with(head, &["obl"]).any(|k| v.case_of(k).as_deref() == Some("with"));
    if made {
        return false;
    }
    // The thing put at risk: the object, or the subject of a passive ("stability is threatened").
    let at_risk = v.kids_with(head, &["obj", "nsubj:pass"]).any(|k| listed("endangered_states", k));
    let by_a_thing = doer(v, head).is_some_and(|d| {
        ["process_doers", "measure_agents", "abstract_agents", "natural_causes"].iter().any(|l| listed(l, d))
    });
    at_risk || by_a_thing
}

/// The one that threatens: the active subject (the noun a relative "that" stands for: "decisions
/// that threaten …") or the by-agent of a passive.
fn doer(v: &View, head: usize) -> Option<usize> {
    if v.is_passive(head) {
        let by = |k: usize| v.rel(k) == "obl:agent" || v.case_of(k).as_deref() == Some("by");
        return v.kids_with(head, &["obl"]).find(|&k| by(k));
    }
    let s = v.kids_with(head, &["nsubj"]).next()?;
    let relative = words::get("relative_pronouns").contains(&v.lemmas[s].as_str()) && v.base_rel(head) == "acl";
    if relative {
        v.head(head)
    } else {
        Some(s)
    }
}
