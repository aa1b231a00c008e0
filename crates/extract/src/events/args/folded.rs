//! Parties of an event noun that the words around it name: the bare possessor of a noun of something
//! done to someone ("the journalist's arrest"), the agent of a light-verb participle on the noun ("an
//! offensive launched by the army", "a coup led by the general").
use super::*;

/// "Mhlanga's arrest", "his release", "the reporter remains in detention": the bare possessor of a
/// noun of something done to someone (event_words possessor_patient), or the one who is in it,
/// undergoes it; with an of-phrase the possessor is the doer ("the army's arrest of ten activists").
/// A state or its forces never undergo it: "the junta's arrests", "Iran's executions" are theirs.
pub fn holder_undergoes(v: &View, t: usize, holder: usize) -> bool {
    let of_phrase = v.kids_with(t, &["nmod"]).any(|k| v.case_of(k).as_deref() == Some("of"));
    !of_phrase && words::get("possessor_patient").contains(&v.lemmas[t].as_str()) && !state_party(v, holder)
}

/// A holder that names a state ("Iran") or, unnamed, its government, army or police (state_roles):
/// "the junta". A named office holder is a person and may undergo it ("Dodik's arrest").
fn state_party(v: &View, holder: usize) -> bool {
    let unnamed_or_state =
        |p: &crate::parties::PartyInfo| p.name.as_deref().is_none_or(crate::parties::is_country_name);
    crate::parties::normalize(v.text(v.phrase(holder))).is_some_and(|p| match p.role.as_deref() {
        Some(r) => unnamed_or_state(&p) && words::get("state_roles").contains(&r),
        None => p.country.is_some(),
    })
}

/// "An offensive launched by government forces", "a military coup led by the general": the by-agent
/// of a light-verb participle that modifies the event noun carries it out.
pub fn participle_agents(v: &View, t: usize) -> Vec<usize> {
    let light = |p: &usize| words::get("light_verbs").contains(&v.lemmas[*p].as_str());
    v.kids_with(t, &["acl"])
        .filter(|&p| p > t && light(&p))
        .flat_map(|p| v.kids(p).iter().copied().filter(|&c| is_agent(v, c)).collect::<Vec<_>>())
        .take(1)
        .collect()
}

/// "Fighting killed six soldiers and 20 rebels": the groups listed as objects of the outcome verb a
/// fight noun is the subject of are its fallen, which the caller reads as the fight's sides when
/// they are two (GUIDELINES §12.6). One group, or one named only as "people", is left to the
/// casualty stage, which tells who they are.
pub fn fallen(v: &View, noun: usize) -> Vec<usize> {
    let Some(h) = v.head(noun).filter(|_| v.base_rel(noun) == "nsubj") else { return Vec::new() };
    if !crate::lexicon::lookup_pos(&v.lemmas, h, Some(Pos::Verb)).is_some_and(|m| m.entry.outcome) {
        return Vec::new();
    }
    let groups: Vec<usize> = v.kids_with(h, &["obj"]).flat_map(|o| v.conjuncts(o)).collect();
    let generic = groups.iter().any(|&g| words::get("generic_victims").contains(&v.lemmas[g].as_str()));
    if groups.len() < 2 || generic {
        return Vec::new();
    }
    groups
}
