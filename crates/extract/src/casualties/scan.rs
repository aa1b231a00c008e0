//! The casualty patterns over the word view (see `data/casualty_words.tsv` for what they match).
use super::lexicon::{lexicon, listed_person_or_office, person, role, singular_person, Pats, Role};
use super::vague::both_kinds;
use super::CasualtyKind;
use crate::dates::date_word_spans;
use crate::events::words;
use crate::numbers::words::Word;
use crate::numbers::{self, Found};
use casus_core::Qualifier;
use std::ops::Range;

#[derive(Clone)]
pub(super) struct Hit {
    pub kind: CasualtyKind,
    pub count: Option<u64>,
    pub upper: Option<u64>,
    pub qualifier: Qualifier,
    pub span: Range<usize>,
    pub number: Range<usize>,
    /// Coordinated groups counted separately ("nine civilians and two police officers"), when more
    /// than one: the hit itself is their sum.
    pub parts: Vec<Hit>,
}

impl Hit {
    /// One victim, exactly: "a British soldier died", "killed the country's president".
    pub(super) fn one(kind: CasualtyKind, span: Range<usize>, number: Range<usize>) -> Hit {
        Hit { kind, count: Some(1), upper: None, qualifier: Qualifier::Exact, span, number, parts: Vec::new() }
    }
}

#[derive(Debug, Clone, Copy)]
pub(super) struct Cue {
    pub start: usize,
    pub end: usize,
    pub kind: CasualtyKind,
    pub pats: Pats,
}

pub(super) struct Ctx<'a> {
    pub ws: &'a [Word],
    pub nums: Vec<Found>,
    /// For each word, the number that contains it.
    pub num_of: Vec<Option<usize>>,
    pub cue_of: Vec<Option<usize>>,
    pub in_date: Vec<bool>,
}

pub(super) fn scan(ws: &[Word]) -> Vec<Hit> {
    let mut in_date = vec![false; ws.len()];
    for r in date_word_spans(ws) {
        in_date[r].iter_mut().for_each(|b| *b = true);
    }
    // numbers inside dates ("Feb. 13", "three days ago") count nothing
    let nums: Vec<Found> =
        numbers::find_in(ws).into_iter().filter(|f| !in_date[f.words.clone()].iter().any(|b| *b)).collect();
    let mut num_of = vec![None; ws.len()];
    for (k, f) in nums.iter().enumerate() {
        num_of[f.words.clone()].iter_mut().for_each(|n| *n = Some(k));
    }
    let mut cues = Vec::new();
    let mut cue_of = vec![None; ws.len()];
    let mut i = 0;
    while i < ws.len() {
        match lexicon().cues.iter().find(|(p, ..)| numbers::matches(ws, i, p)) {
            Some((p, kind, pats)) => {
                cue_of[i..i + p.len()].iter_mut().for_each(|c| *c = Some(cues.len()));
                cues.push(Cue { start: i, end: i + p.len(), kind: *kind, pats: *pats });
                i += p.len();
            }
            None => i += 1,
        }
    }
    let cx = Ctx { ws, nums, num_of, cue_of, in_date };
    let mut out = Vec::new();
    for (k, c) in cues.iter().enumerate() {
        if cx.aim(c) || c.pats.v && !cx.lives_taken(c) {
            continue;
        }
        if cx.combined(&cues, k) {
            out.extend(cx.combined_object(&cues, k));
            continue;
        }
        let p = c.pats;
        let hit = (p.t)
            .then(|| cx.toll(c))
            .flatten()
            .or_else(|| p.o.then(|| cx.of_object(c)).flatten())
            .or_else(|| p.r.then(|| cx.object(c)).flatten())
            .or_else(|| p.n.then(|| cx.negated(c)).flatten())
            .or_else(|| (p.n || p.l).then(|| cx.subject(c)).flatten())
            .or_else(|| cx.number_of(c).then(|| cx.toll(c)).flatten())
            .or_else(|| p.n.then(|| cx.vague(c)).flatten())
            .or_else(|| (p.r && !p.p).then(|| cx.plural_object(c)).flatten());
        if cx.natural_cause(c) {
            continue;
        }
        out.extend(hit.into_iter().flat_map(|h| {
            let zero = p.z && h.count == Some(0);
            both_kinds(h, p.b || zero)
        }));
    }
    out
}

impl Ctx<'_> {
    pub(super) fn norm(&self, i: usize) -> &str {
        self.ws.get(i).map_or("", |w| w.norm.as_str())
    }

    pub(super) fn role(&self, i: usize) -> Option<Role> {
        self.ws.get(i).and_then(role)
    }

    /// Whether a noun phrase stops at word `i`.
    pub(super) fn boundary(&self, i: usize) -> bool {
        let Some(w) = self.ws.get(i) else { return true };
        let clitic = matches!(w.norm.as_str(), "'" | "'s");
        (w.is_punct() && !clitic)
            || matches!(self.role(i), Some(Role::Stop | Role::Prep | Role::Speech))
            || self.cue_of[i].is_some()
            || self.in_date[i]
    }

    /// "22 people have died from a suspected cholera outbreak", "deaths from hunger": a death
    /// of illness or want within a few words after the cue is no casualty of conflict.
    fn natural_cause(&self, c: &Cue) -> bool {
        let mut j = c.end;
        while j < c.end + 3 && self.role(j) == Some(Role::Aux) {
            j += 1;
        }
        matches!(self.norm(j), "of" | "from")
            && (j + 1..(j + 5).min(self.ws.len()))
                .take_while(|&k| !self.ws[k].is_punct())
                .any(|k| self.role(k) == Some(Role::Illness))
    }

    /// "tried to kill the journalist", "vowed to kill 20 hostages": an infinitive under a verb of
    /// aim, plan or threat; whoever it names was not (yet) a casualty ("continued to kill dozens"
    /// and "went on to kill 12" count).
    fn aim(&self, c: &Cue) -> bool {
        c.pats.a && c.start > 1 && self.norm(c.start - 1) == "to" && self.role(c.start - 2) == Some(Role::Aim)
    }

    /// V: a verb of taking lives within a few words before the cue, in its clause ("has claimed
    /// some 27,000 lives", "cost dozens of lives"); "saved 20 lives" and "changed lives" count nothing.
    fn lives_taken(&self, c: &Cue) -> bool {
        (c.start.saturating_sub(6)..c.start)
            .rev()
            .take_while(|&k| !self.ws[k].is_punct())
            .any(|k| self.role(k) == Some(Role::Taker))
    }

    /// An adverb: "critically", "later".
    pub(super) fn adverb(&self, k: usize) -> bool {
        let w = self.norm(k);
        (w.len() > 4 && w.ends_with("ly") && w.chars().all(char::is_alphabetic)) || w == "later"
    }

    /// The number starting at word `i`.
    fn num_at(&self, i: usize) -> Option<&Found> {
        self.num_of.get(i).copied().flatten().map(|k| &self.nums[k]).filter(|f| f.words.start == i)
    }

    /// Whether the words after a number say it counts people: no unit ("miles", "%") right after
    /// it or in its noun phrase `np`, and not a bare year ("in 2020").
    pub(super) fn counts_people(&self, f: &Found, np: Range<usize>) -> bool {
        let unit = |i: usize| self.role(i) == Some(Role::Unit);
        if unit(f.words.end) || np.clone().any(unit) {
            return false;
        }
        let bare = self.ws[f.words.start..f.words.end].iter().all(|w| w.is_digits() && w.norm.len() == 4);
        !(bare && np.is_empty())
    }

    /// The noun phrase after a number: "civilians", "al-Shabab militants", "of those".
    pub(super) fn np_right(&self, start: usize) -> usize {
        let mut j = start;
        while j < self.ws.len() && j < start + 6 {
            let aux = self.role(j) == Some(Role::Aux) && !matches!(self.norm(j), "the" | "all" | "both" | "those");
            if self.norm(j) != "of" && (self.boundary(j) || aux || self.num_of[j].is_some() || self.norm(j) == "from") {
                break;
            }
            j += 1;
        }
        j
    }

    pub(super) fn hit(&self, c: &Cue, f: &Found, span: Range<usize>) -> Hit {
        let m = &f.mention;
        let (count, upper) = (m.value.and_then(super::plausible), m.upper.and_then(super::plausible));
        Hit { kind: c.kind, count, upper, qualifier: m.qualifier, span, number: f.words.clone(), parts: Vec::new() }
    }

    /// "killed and injured 1,000", "the dead and wounded": one figure for two kinds, neither.
    pub(super) fn combined(&self, cues: &[Cue], k: usize) -> bool {
        let c = cues[k];
        let linked =
            |a: &Cue, b: &Cue| a.end + 1 == b.start && matches!(self.norm(a.end), "and" | "or") && a.kind != b.kind;
        cues.get(k + 1).is_some_and(|n| linked(&c, n)) || k.checked_sub(1).is_some_and(|p| linked(&cues[p], &c))
    }

    /// R: "killing 12 civilians", "killed at least seven people", "injured an Azerbaijani soldier".
    pub(super) fn object(&self, c: &Cue) -> Option<Hit> {
        let k = if self.norm(c.end) == "all" { c.end + 1 } else { c.end };
        let (mut hit, mut end) = self.counted_np(c, k)?;
        let mut parts = vec![hit.clone()];
        hit.span = c.start..end;
        // "an American scientist and nine French soldiers": coordinated counts add up
        loop {
            let mut j = end;
            if self.norm(j) == "," {
                j += 1;
            }
            if !matches!(self.norm(end), "and" | ",") {
                break;
            }
            if self.norm(j) == "and" {
                j += 1;
            }
            let speaker = |e: usize| self.norm(end) == "," && self.norm(j) != "and" && self.says_after(e);
            match self.counted_np(c, j) {
                Some((more, e)) if e > more.number.end && !self.restated(more.number.end) && !speaker(e) => {
                    add(&mut hit, &more);
                    parts.push(more);
                    end = e;
                    hit.span.end = e;
                }
                _ => break,
            }
        }
        if parts.len() > 1 {
            hit.parts = parts;
        }
        Some(hit)
    }

    /// "two of them", "three of those": a part of victims already counted, no group of its own;
    /// "three of his bodyguards" is one.
    fn restated(&self, after_number: usize) -> bool {
        self.norm(after_number) == "of" && !matches!(self.norm(after_number + 1), "his" | "her" | "its" | "their")
    }

    /// "killing 12 soldiers, a military spokesman said", "..., a spokesman for the rebels told
    /// reporters": a verb of saying within a few words after a noun phrase that ends at `e`, before
    /// any punctuation or "and", makes the phrase a speaker, not a victim.
    fn says_after(&self, e: usize) -> bool {
        (e..(e + 6).min(self.ws.len()))
            .take_while(|&k| !self.ws[k].is_punct() && self.norm(k) != "and")
            .any(|k| self.role(k) == Some(Role::Speech))
    }

    /// A count and its noun phrase at word `k`: a number, or "a"/"an" before a noun for people.
    fn counted_np(&self, c: &Cue, k: usize) -> Option<(Hit, usize)> {
        if let Some(f) = self.num_at(k) {
            let end = self.np_right(f.words.end);
            let named = !c.pats.p || (f.words.end..end).any(|j| person(&self.ws[j]));
            return (named && self.counts_people(f, f.words.end..end)).then(|| (self.hit(c, f, k..end), end));
        }
        if matches!(self.norm(k), "a" | "an") {
            let end = self.np_right(k + 1);
            // one of a noun for one ("a priest"), not of a collective ("a family of five")
            if end > k + 1 && self.one_person(k + 1, end) {
                let one = Hit::one(c.kind, k..end, k..k + 1);
                return Some((one, end));
            }
        }
        // "killed the country's president", "injured its commander": one named person
        if matches!(self.norm(k), "the" | "its" | "his" | "her" | "their") {
            let end = self.np_right(k + 1);
            if end > k + 1 && self.one_person(k + 1, end) && (k + 1..end).all(|j| self.num_of[j].is_none()) {
                let one = Hit::one(c.kind, k..end, end - 1..end);
                return Some((one, end));
            }
        }
        None
    }

    /// Whether the noun phrase `start..end` (after its determiner) is one person: its last word a noun
    /// for one ("a priest"), or, before an of-phrase, a listed person or office noun ("the mayor of
    /// Iguala", "a commander of the militia"; not "a number of civilians").
    fn one_person(&self, start: usize, end: usize) -> bool {
        match (start + 1..end).find(|&j| self.norm(j) == "of") {
            Some(of) => listed_person_or_office(&self.ws[of - 1]) && singular_person(&self.ws[of - 1]),
            None => singular_person(&self.ws[end - 1]),
        }
    }

    /// O: "the death of 30,000 people", "the killing of 33 terrorists", "injuries to eight
    /// security personnel".
    fn of_object(&self, c: &Cue) -> Option<Hit> {
        if !matches!(self.norm(c.end), "of" | "to") {
            return None;
        }
        let f = self.num_at(c.end + 1)?;
        let end = self.np_right(f.words.end);
        if !self.counts_people(f, f.words.end..end) {
            return None;
        }
        let start = if c.start > 0 && matches!(self.norm(c.start - 1), "the" | "a") { c.start - 1 } else { c.start };
        Some(self.hit(c, f, start..end))
    }

    /// "the number of people killed rose to 20", "the number of dead": a toll by another name.
    fn number_of(&self, c: &Cue) -> bool {
        self.number_at(c).is_some()
    }

    fn number_at(&self, c: &Cue) -> Option<usize> {
        (c.start.saturating_sub(4)..c.start).find(|&j| self.norm(j) == "number" && self.norm(j + 1) == "of")
    }

    /// T: "a death toll of 42", "the toll rose to 15", "raised the death toll to more than 60";
    /// not the old figure of "rose from 10 to 15" or "raising the toll from an earlier figure of
    /// eight": a figure in a "from" phrase, up to its "to" (or "at"), is the count replaced.
    fn toll(&self, c: &Cue) -> Option<Hit> {
        let mut start = self.number_at(c).unwrap_or(c.start);
        while start > 0
            && matches!(self.norm(start - 1), "death" | "casualty" | "the" | "a" | "official" | "overall" | "final")
        {
            start -= 1;
        }
        let mut j = c.end;
        let mut replaced = false;
        while j < self.ws.len() && j < c.end + 8 {
            match self.norm(j) {
                "from" => replaced = true,
                // "put the death toll from the bombing at 45": the figure the toll is set at.
                "to" | "at" => replaced = false,
                _ => {}
            }
            if let Some(f) = self.num_at(j) {
                let before = self.norm(j - 1);
                let linked = !replaced
                    && (words::get("toll_links").contains(&before) || words::get("toll_beyond").contains(&before));
                if linked {
                    let end = self.np_right(f.words.end);
                    let mut hit = self.counts_people(f, f.words.end..end).then(|| self.hit(c, f, start..end))?;
                    // "death toll tops 170": past the figure
                    if words::get("toll_beyond").contains(&before) && hit.qualifier == Qualifier::Exact {
                        hit.qualifier = Qualifier::MoreThan;
                    }
                    return Some(hit);
                }
                j = f.words.end;
                continue;
            }
            if self.ws[j].is_punct() && self.norm(j) != ":" {
                return None;
            }
            j += 1;
        }
        None
    }

    /// N negated: "no casualties", "did not suffer any losses"; not "no immediate reports of
    /// casualties" nor "without reporting any losses", which deny a report, not the losses.
    fn negated(&self, c: &Cue) -> Option<Hit> {
        for j in (c.start.saturating_sub(4)..c.start).rev() {
            match self.norm(j) {
                "no" | "without" | "not" | "n't" | "never" | "zero" | "nor" => {
                    if (j + 1..c.start).any(|k| NOT_TOLD.contains(&self.norm(k))) {
                        return None;
                    }
                    let zero = Hit {
                        kind: c.kind,
                        count: Some(0),
                        upper: None,
                        qualifier: Qualifier::Exact,
                        span: j..c.end,
                        number: j..j + 1,
                        parts: Vec::new(),
                    };
                    return Some(zero);
                }
                "of" => return None,
                _ if self.boundary(j) => return None,
                _ => {}
            }
        }
        None
    }
}

/// Verbs of telling: negating them says the number was not given, not that it is zero.
const NOT_TOLD: &[&str] = &[
    "report",
    "reporting",
    "reported",
    "reports",
    "mention",
    "mentioning",
    "mentioned",
    "give",
    "giving",
    "gave",
    "confirm",
    "confirming",
    "confirmed",
    "disclose",
    "disclosing",
    "disclosed",
    "specify",
    "specifying",
    "specified",
];

pub(super) fn add(hit: &mut Hit, more: &Hit) {
    if let (Some(a), Some(b)) = (hit.count, more.count) {
        hit.count = super::plausible(a.saturating_add(b));
        hit.upper = None;
        if hit.qualifier == Qualifier::Exact {
            hit.qualifier = more.qualifier;
        }
        hit.number = hit.number.start.min(more.number.start)..hit.number.end.max(more.number.end);
    }
}
