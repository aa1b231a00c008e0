//! A verb joined to the wrong clause. "Abubakar said the plan aims to mobilize forces and urged
//! counterparts to act" comes parsed with "urged" joined to "mobilize", and "The panel determined
//! that the detention is arbitrary and called for his release" with "called" joined to "arbitrary".
//! A verb in the past cannot share the clause of an infinitive or a present complement: it goes
//! with the verb that governs that complement, whose subject is its doer.
use super::*;
use crate::events::tense;

/// The subject of the verb that governs the complement clause conjunct `t` is misjoined to: `t` is
/// in the past, the verb it hangs on is not (an infinitive, a present or copular clause, with no
/// auxiliary to share), and that verb is (inside) a clausal complement.
pub(super) fn governor_subject(v: &View, t: usize) -> Option<Vec<usize>> {
    let h = v.head(t).filter(|_| v.rel(t) == "conj")?;
    // "has invested ... and pledged": a participle may share its head's auxiliary, and clause.
    let auxiliary = v.kids_with(h, &["aux", "aux:pass"]).next().is_some();
    if !tense::past(v, t) || tense::past(v, h) || auxiliary || v.lower(t).ends_with("ing") {
        return None;
    }
    let mut x = h;
    for _ in 0..4 {
        let g = v.head(x)?;
        match v.rel(x) {
            "ccomp" => {
                let subjects: Vec<usize> = v.kids_with(g, &["nsubj"]).collect();
                return (!subjects.is_empty()).then_some(subjects);
            }
            // "the suspects planned to storm the embassy and killed a guard": a governor in the
            // past is the clause the verb goes with; its subject is the doer, not the reporter's.
            "xcomp" if tense::past(v, g) => {
                let subjects: Vec<usize> = v.kids_with(g, &["nsubj"]).collect();
                return (!subjects.is_empty()).then_some(subjects);
            }
            "xcomp" => x = g,
            _ => return None,
        }
    }
    None
}
