//! A participle on what a light verb puts out: "Kadeer issued a statement condemning the attack",
//! "the army launched an operation targeting militants". The participle describes the statement or
//! the operation, but its doer is the light verb's subject, not the noun it hangs on.
use super::*;

/// The subjects of the light verb (event_words light_verbs) whose object, or the measure noun
/// counting it ("a series of warnings"), participle `t` modifies.
pub(super) fn light_verb_subject(v: &View, t: usize) -> Option<Vec<usize>> {
    let n = v.head(t).filter(|_| v.rel(t) == "acl")?;
    let measure = |m: usize| words::get("measure_nouns").contains(&v.lemmas[m].as_str());
    let noun = match v.head(n) {
        Some(m) if v.base_rel(n) == "nmod" && measure(m) => m,
        _ => n,
    };
    let g = v.head(noun).filter(|_| v.base_rel(noun) == "obj")?;
    if !words::get("light_verbs").contains(&v.lemmas[g].as_str()) {
        return None;
    }
    let subjects: Vec<usize> = v.kids_with(g, &["nsubj"]).map(|s| v.antecedent(g, s)).collect();
    (!subjects.is_empty()).then_some(subjects)
}
