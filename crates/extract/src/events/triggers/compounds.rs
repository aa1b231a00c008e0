//! "a roadside bomb blast", "a suicide car bomb attack", "landmine attacks": a force noun that
//! modifies another as a compound says what kind of act it is; one event, not two (GUIDELINES §2,
//! one predicate one record).
use super::trigger::{is_force, Trigger};
use crate::events::view::View;

/// Drops each force trigger that is a compound of another kept force trigger, whose record it
/// becomes. The head keeps its own code unless the modifier's is finer: a bombing or seizure (18)
/// on a head that is none ("landmine attacks" 183, not 190), or a subcode of the head's ("roadside
/// bomb blast" 1833, not 183). "suicide car bomb attack" stays the attack's 1831.
pub(super) fn fold(v: &View, kept: &mut Vec<Trigger>) {
    let mut folded = Vec::new();
    for i in 0..kept.len() {
        let c = &kept[i];
        // A weapon list splits ("a bomb and gun attack": 183 + 193, GUIDELINES §2), and a doer is
        // none of its act ("Suicide Bomber Attacks Convoy").
        let listed = v.base_rel(c.head) == "conj" || v.kids_with(c.head, &["conj"]).next().is_some();
        let doer = crate::parties::normalize(v.word(c.head)).is_some_and(|p| p.role.is_some());
        let Some(h) = v.head(c.head) else { continue };
        // "a roadside bomb blast": the phrase's top word may be an adjective ("roadside" amod)
        // beside its noun, the compound of the same head.
        let compound = c.m.tokens.clone().any(|t| v.base_rel(t) == "compound" && v.head(t) == Some(h));
        if !is_force(&c.cameo) || !compound || listed || doer {
            continue;
        }
        let Some(j) = kept.iter().position(|t| t.head == h && is_force(&t.cameo)) else { continue };
        let (own, kind) = (&kept[j].cameo, &c.cameo);
        let finer = kind.starts_with(own.as_str()) || (!own.starts_with("18") && kind.starts_with("18"));
        if finer {
            kept[j].cameo = kind.clone();
        }
        folded.push(i);
    }
    let mut k = 0;
    kept.retain(|_| {
        k += 1;
        !folded.contains(&(k - 1))
    });
}
