//! Casualties without a count of their own: figures for killed and injured together ("killed and
//! wounded dozens of civilians", "50 casualties"), uncounted amounts ("heavy casualties") and bare
//! plurals ("massacred civilians", "civilians were killed"): {null, several}.
use super::lexicon::{definite, person, singular_person, Role};
use super::scan::{Ctx, Cue, Hit};
use super::CasualtyKind;
use casus_core::Qualifier;
use std::ops::Range;

/// A hit of no count: `Several`.
fn several(kind: CasualtyKind, span: Range<usize>, number: Range<usize>) -> Hit {
    Hit { kind, count: None, upper: None, qualifier: Qualifier::Several, span, number, parts: Vec::new() }
}

/// The hits of a cue that counts killed and injured both ("casualties"): "no casualties" is 0 of
/// each; any other figure does not say which, so it is {null, several} for each.
pub(super) fn both_kinds(hit: Hit, both: bool) -> Vec<Hit> {
    if !both {
        return vec![hit];
    }
    let (mut killed, mut injured) = if hit.count == Some(0) {
        (hit.clone(), hit)
    } else {
        (
            several(CasualtyKind::Killed, hit.span.clone(), hit.number.clone()),
            several(CasualtyKind::Injured, hit.span, hit.number),
        )
    };
    // a zero of an injury cue ("no one was hurt") is none killed too
    killed.kind = CasualtyKind::Killed;
    injured.kind = CasualtyKind::Injured;
    vec![killed, injured]
}

impl Ctx<'_> {
    /// "killed and wounded dozens of civilians", "killed or injured 1,000 fighters": one figure for
    /// both kinds, {null, several} for each; nothing without a count ("the dead and wounded").
    pub(super) fn combined_object(&self, cues: &[Cue], k: usize) -> Vec<Hit> {
        let (c, Some(next)) = (cues[k], cues.get(k + 1)) else { return Vec::new() };
        let linked = c.end + 1 == next.start && matches!(self.norm(c.end), "and" | "or");
        if !linked || !next.pats.r {
            return Vec::new();
        }
        let Some(h) = self.object(next) else { return Vec::new() };
        let span = c.start..h.span.end;
        [CasualtyKind::Killed, CasualtyKind::Injured].map(|kind| several(kind, span.clone(), h.number.clone())).to_vec()
    }

    /// "heavy casualties", "suffered heavy losses", "mass civilian casualties": an adjective of
    /// amount before the noun or its one modifier; not "heavy fighting caused deaths".
    pub(super) fn vague(&self, c: &Cue) -> Option<Hit> {
        let j = (c.start.saturating_sub(2)..c.start)
            .rev()
            .take_while(|&j| !self.boundary(j) && self.num_of[j].is_none() && !self.norm(j).ends_with("ed"))
            .find(|&j| self.role(j) == Some(Role::Vague))?;
        Some(several(c.kind, j..c.end, j..j + 1))
    }

    /// "massacred civilians", "killed people on the train": a bare plural noun for people as the
    /// object; not a definite one ("killed the officers"), nor a pronoun.
    pub(super) fn plural_object(&self, c: &Cue) -> Option<Hit> {
        let k = if self.norm(c.end) == "all" { c.end + 1 } else { c.end };
        let end = self.np_right(k);
        let noun = end.checked_sub(1).filter(|&n| n >= k)?;
        self.plural_np(k..end, noun).then(|| several(c.kind, c.start..end, noun..noun + 1))
    }

    /// Whether the words `np` are a bare plural noun phrase for people with its head at `noun`:
    /// "civilians", "Gaza civilians"; not "the civilians", "two civilians", "its soldiers".
    pub(super) fn plural_np(&self, np: Range<usize>, noun: usize) -> bool {
        let w = &self.ws[noun];
        np.len() <= 3
            && person(w)
            && !singular_person(w)
            && w.norm.chars().all(char::is_alphabetic)
            && np.clone().all(|j| self.num_of[j].is_none() && !definite(self.norm(j)) && self.norm(j) != "of")
    }

    /// "civilians were killed", "some Gaza civilians have been killed", "several soldiers and
    /// civilians were killed": a bare plural subject of a past plural passive at `p` (the verb
    /// group `p..c.start`); not "civilians are being killed", which tells of no one occurrence.
    pub(super) fn plural_subject(&self, c: &Cue, p: usize) -> Option<Hit> {
        let plural_verb = (p..c.start).any(|j| matches!(self.norm(j), "were" | "have" | "had"));
        let noun = p.checked_sub(1)?;
        // the headline "Somali Civilians, Government Troops Reported Killed"
        let headline = self.ws[c.start].is_cap() && self.ws[noun].is_cap();
        if !(plural_verb || headline) || !c.pats.s {
            return None;
        }
        let mut start = noun;
        while start > 0 && start + 3 > noun && !self.boundary(start - 1) && !self.clause_verb(start - 1) {
            start -= 1;
        }
        if start > 0 && definite(self.norm(start - 1)) {
            return None;
        }
        if !self.plural_np(start..noun + 1, noun) {
            return None;
        }
        let mut hit = several(c.kind, start..c.end, noun..noun + 1);
        // "several soldiers and civilians were killed": each group its own record
        if let Some(left) = self.plural_group_before(start) {
            let part = several(c.kind, left.clone(), left.end - 1..left.end);
            hit.parts = vec![part, hit.clone()];
            hit.span.start = left.start;
        }
        Some(hit)
    }

    /// "several soldiers" in "several soldiers and civilians" ("Somali Civilians, Government
    /// Troops"): a plural group of people coordinated before word `start`, uncounted or vaguely
    /// counted ("several", "dozens of").
    fn plural_group_before(&self, start: usize) -> Option<Range<usize>> {
        let noun = start.checked_sub(2).filter(|_| matches!(self.norm(start - 1), "and" | ","))?;
        let mut from = noun;
        while from > 0 && from + 3 > noun && !self.boundary(from - 1) && !self.clause_verb(from - 1) {
            from -= 1;
        }
        let counted = (from..noun).any(|j| self.num_of[j].is_some_and(|k| self.nums[k].mention.value.is_some()));
        let w = &self.ws[noun];
        (!counted && person(w) && !singular_person(w) && !definite(self.norm(from))).then_some(from..noun + 1)
    }
}
