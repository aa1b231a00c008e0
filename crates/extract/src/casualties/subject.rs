//! The counts before a cue: subjects of passives, heads of adjectives and nouns ("four of its
//! soldiers were killed", "four dead", "more than 30 000 deaths"), and what is coordinated with them.
use super::lexicon::Role;
use super::scan::{add, Ctx, Cue, Hit};
use casus_core::Qualifier;

impl Ctx<'_> {
    /// L and N: the count before the cue. "four of its soldiers were killed", "four dead",
    /// "more than 30 000 deaths", "Seven other people, including ..., were killed";
    /// with no number, a singular passive ("al-Rufay'i was killed") counts 1.
    pub(super) fn subject(&self, c: &Cue) -> Option<Hit> {
        let mut p = c.start;
        let mut singular = None;
        // the verb group: "were", "have been confirmed", "who went", "critically"
        while p > 0 {
            let w = &self.ws[p - 1];
            let adverb = w.norm.len() > 4 && w.norm.ends_with("ly") && w.norm.chars().all(char::is_alphabetic);
            if self.role(p - 1) != Some(Role::Aux) && !adverb {
                break;
            }
            if singular.is_none() && matches!(w.norm.as_str(), "was" | "is" | "has") {
                singular = Some(p - 1);
            }
            p -= 1;
        }
        let verb_group = p < c.start;
        // ", including officials and two elders," between the subject and its verb
        let mut j = p;
        if p > 0 && self.norm(p - 1) == "," {
            let q = (p.saturating_sub(14)..p - 1)
                .rev()
                .take_while(|&q| self.norm(q) != ",")
                .find(|&q| self.norm(q) == "including");
            p = match q {
                Some(q) if q > 0 && self.norm(q - 1) == "," => q - 1,
                Some(q) => q,
                None => p,
            };
            j = if q.is_some() { p } else { 0 };
        }
        while j > 0 && j + 12 > p {
            j -= 1;
            if let Some(k) = self.num_of[j] {
                let f = &self.nums[k];
                if f.words.start > 0 && self.norm(f.words.start - 1) == "including" {
                    j = f.words.start;
                    continue;
                }
                let np = f.words.end..p.max(f.words.end);
                // "no immediate reports of casualties" says nothing of the number
                let no_of = self.norm(f.words.start) == "no" && np.clone().any(|k| self.norm(k) == "of");
                if no_of || !self.counts_people(f, np.clone()) {
                    return None;
                }
                // "Two gunmen killed villagers": the subject of an active verb is not its count
                if !verb_group && !np.is_empty() && c.pats.r && self.object_follows(c.end) {
                    return None;
                }
                let mut hit = self.hit(c, f, f.words.start..c.end);
                self.coordinated_left(&mut hit);
                return Some(hit);
            }
            if self.boundary(j) || self.clause_verb(j) {
                break;
            }
        }
        // "al-Rufay'i was killed", "the driver of the train has died": one victim; "has killed"
        // is active, its subject the killer
        let i = singular.filter(|_| c.pats.s)?;
        if c.pats.r && self.norm(i) == "has" && self.norm(i + 1) != "been" {
            return None;
        }
        // quote the subject when it is a plain noun phrase, not the tail of a prepositional one
        let mut start = p;
        while start > 0 && start + 6 > p && !self.boundary(start - 1) && !self.clause_verb(start - 1) {
            start -= 1;
        }
        if start > 0 && self.role(start - 1) == Some(Role::Prep) {
            start = p;
        }
        Some(Hit {
            kind: c.kind,
            count: Some(1),
            upper: None,
            qualifier: Qualifier::Exact,
            span: start..c.end,
            number: i..i + 1,
            parts: Vec::new(),
        })
    }

    /// A verb of its own clause inside a would-be noun phrase: "354 passengers were freed, 37 of
    /// whom were injured" does not make 354 injured.
    pub(super) fn clause_verb(&self, j: usize) -> bool {
        self.role(j) == Some(Role::Aux) && !matches!(self.norm(j), "the" | "all" | "both" | "those" | "whom")
    }

    /// Whether an object noun phrase follows a verb: "killed villagers", not "killed in", "killed
    /// Tuesday", "killed instantly".
    pub(super) fn object_follows(&self, i: usize) -> bool {
        self.ws.get(i).is_some_and(|w| {
            !self.boundary(i)
                && !w.is_cap()
                && self.role(i) != Some(Role::Aux)
                && !w.norm.ends_with("ly")
                && w.norm.chars().all(char::is_alphabetic)
        })
    }

    /// "18 personnel, three railway staff and five passengers were among those killed": the
    /// counts coordinated before the subject's add up.
    pub(super) fn coordinated_left(&self, hit: &mut Hit) {
        loop {
            let s = hit.span.start;
            if s == 0 || !matches!(self.norm(s - 1), "and" | ",") {
                return;
            }
            let mut j = s - 1;
            let found = loop {
                if j == 0 || j + 10 < s {
                    break None;
                }
                j -= 1;
                if let Some(k) = self.num_of[j] {
                    break Some(&self.nums[k]);
                }
                if (self.norm(j) != "and" && self.boundary(j)) || self.clause_verb(j) {
                    break None;
                }
            };
            let Some(f) = found else { return };
            let np = f.words.end..s - 1;
            let sub = f.words.start > 0 && self.norm(f.words.start - 1) == "including";
            if np.is_empty() || sub || !self.counts_people(f, np) || f.mention.value.is_none() {
                return;
            }
            add(
                hit,
                &Hit {
                    kind: hit.kind,
                    count: f.mention.value.and_then(super::plausible),
                    upper: None,
                    qualifier: f.mention.qualifier,
                    span: f.words.clone(),
                    number: f.words.clone(),
                    parts: Vec::new(),
                },
            );
            hit.span.start = f.words.start;
            hit.number.start = f.words.start;
        }
    }
}
