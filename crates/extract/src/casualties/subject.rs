//! The counts before a cue: subjects of passives, heads of adjectives and nouns ("four of its
//! soldiers were killed", "four dead", "more than 30 000 deaths"), and what is coordinated with them.
use super::lexicon::{person, singular_person, Role};
use super::scan::{add, Ctx, Cue, Hit};
use super::CasualtyKind;

impl Ctx<'_> {
    /// L and N: the count before the cue. "four of its soldiers were killed", "four dead",
    /// "more than 30 000 deaths", "Seven other people, including ..., were killed";
    /// with no number, a singular passive ("al-Rufay'i was killed") counts 1.
    pub(super) fn subject(&self, c: &Cue) -> Option<Hit> {
        if self.feeds_later_cue(c) {
            return None;
        }
        let (mut p, singular) = self.verb_group(c);
        // "were killed", "have been killed"; not "have killed", whose subject is the killer
        let be = crate::events::words::get("be_forms");
        let passive = (p..c.start).any(|k| be.contains(&self.norm(k)));
        if let Some(hit) = self.one_coordinated(c, p).filter(|_| passive) {
            return Some(hit);
        }
        // ", including officials and two elders," between the subject and its verb
        let mut j = p;
        let comma = p > 0 && self.norm(p - 1) == ",";
        let q = self.including_before(p).or_else(|| self.makeup_before(p));
        if let Some(q) = q {
            p = if q > 0 && self.norm(q - 1) == "," { q - 1 } else { q };
            j = p;
        } else if comma {
            j = 0;
        }
        while j > 0 && j + 12 > p {
            j -= 1;
            if let Some(k) = self.num_of[j] {
                let f = &self.nums[k];
                if f.words.start > 0 && subset_word(self.norm(f.words.start - 1)) {
                    j = f.words.start;
                    continue;
                }
                let np = f.words.end..p.max(f.words.end);
                // "no immediate reports of casualties" says nothing of the number
                let no_of = self.norm(f.words.start) == "no" && np.clone().any(|k| self.norm(k) == "of");
                // "suffered three gunshot wounds": three wounds, not three people
                let wounds = c.pats.w && f.words.end >= p;
                if no_of || wounds || !self.counts_people(f, np.clone()) {
                    return None;
                }
                // "Two gunmen killed villagers": the subject of an active verb is not its count
                if !passive && !np.is_empty() && c.pats.r && self.object_follows(c.end) {
                    return None;
                }
                let mut hit = self.hit(c, f, f.words.start..c.end);
                self.coordinated_left(&mut hit);
                self.along_with(c, &mut hit);
                return Some(hit);
            }
            if self.partitive_head(j) {
                continue;
            }
            if self.boundary(j) || self.clause_verb(j) {
                break;
            }
        }
        // "al-Rufay'i was killed", "the driver of the train has died": one victim
        match singular.filter(|_| c.pats.s) {
            Some(i) => self.singular_subject(c, p, i),
            None => self.one_without_aux(c, p).or_else(|| self.plural_subject(c, p)),
        }
    }

    /// "Two soldiers and a policeman were killed": one victim named by its article after "and", with
    /// a counted group before it, adds one to that group; with none before ("A soldier and a
    /// policeman were killed") it is left to the other readings.
    fn one_coordinated(&self, c: &Cue, p: usize) -> Option<Hit> {
        let noun = p.checked_sub(1)?;
        if !singular_person(&self.ws[noun]) {
            return None;
        }
        let article = (noun.saturating_sub(3)..noun).rev().find(|&k| matches!(self.norm(k), "a" | "an"))?;
        if article == 0 || self.norm(article - 1) != "and" || (article + 1..noun).any(|k| self.boundary(k)) {
            return None;
        }
        let mut hit = Hit::one(c.kind, article..c.end, article..article + 1);
        self.coordinated_left(&mut hit);
        (hit.parts.len() > 1).then_some(hit)
    }

    /// The verb group before the cue ("were", "have been confirmed", "who went", "critically"): where
    /// it starts, and its singular auxiliary ("was", "is", "has") if any.
    fn verb_group(&self, c: &Cue) -> (usize, Option<usize>) {
        let mut p = c.start;
        // "suffered minor injuries", "sustained gunshot wounds": the wounds' kind is no subject
        while c.kind == CasualtyKind::Injured && p > 0 && self.role(p - 1) == Some(Role::Severity) {
            p -= 1;
        }
        let mut singular = None;
        while p > 0 {
            let w = &self.ws[p - 1];
            if self.role(p - 1) != Some(Role::Aux) && !self.adverb(p - 1) {
                break;
            }
            if singular.is_none() && matches!(w.norm.as_str(), "was" | "is" | "has") {
                singular = Some(p - 1);
            }
            p -= 1;
        }
        (p, singular)
    }

    /// "al-Rufay'i was killed" (the verb group at `p`, its singular auxiliary at `i`): one victim;
    /// "has killed" is active, its subject the killer.
    fn singular_subject(&self, c: &Cue, p: usize, i: usize) -> Option<Hit> {
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
        Some(Hit::one(c.kind, start..c.end, i..i + 1))
    }

    /// "a British soldier died Sunday", the headline "UN Soldier Killed": a singular noun for a
    /// person right before the cue, counted by "a"/"an" or standing in a headline, is one victim;
    /// not "a soldier killed two civilians", whose subject is the killer.
    fn one_without_aux(&self, c: &Cue, p: usize) -> Option<Hit> {
        // "the general, who sustained serious injuries": the noun before a relative set off by a comma
        if !c.pats.s {
            return None;
        }
        let comma_who = self.norm(p) == "who" && p >= 2 && self.norm(p - 1) == ",";
        let n = if comma_who { p - 2 } else { p.checked_sub(1)? };
        let (noun, cue) = (&self.ws[n], &self.ws[c.start]);
        let plural = (p..c.start).any(|k| matches!(self.norm(k), "were" | "are" | "have" | "been" | "be"));
        if !singular_person(noun) || plural {
            return None;
        }
        // "the train driver who sustained injuries": a relative clause names its one victim
        let relative = self.norm(p) == "who" && p < c.start;
        if c.pats.r && (self.object_follows(c.end) || self.num_of.get(c.end).is_some_and(Option::is_some)) {
            return None;
        }
        let mut start = n;
        while start > 0
            && start + 5 > n
            && !self.boundary(start - 1)
            && !self.clause_verb(start - 1)
            && self.norm(start - 1) != "of"
        {
            start -= 1;
        }
        let counted = (start..n).find(|&k| matches!(self.norm(k), "a" | "an" | "one"));
        // "a police officer's son died": the article counts the possessor, not the one who died
        if counted.is_some_and(|k| (k..n).any(|j| matches!(self.norm(j), "'s" | "'"))) {
            return None;
        }
        let headline = noun.is_cap() && cue.is_cap();
        let number = match counted {
            Some(k) => k..k + 1,
            None if headline || relative => n..n + 1,
            None => return None,
        };
        let start = counted.unwrap_or(start);
        Some(Hit::one(c.kind, start..c.end, number))
    }

    /// "one of the wounded later died": the cue word at `j` heads a partitive ("of the wounded")
    /// in the subject of another cue.
    fn partitive_head(&self, j: usize) -> bool {
        j >= 2 && self.cue_of[j].is_some() && self.norm(j - 1) == "the" && self.norm(j - 2) == "of"
    }

    /// Whether cue `c` heads such a partitive and the count is another cue's: "one of the
    /// wounded later died" is one killed, not one injured.
    fn feeds_later_cue(&self, c: &Cue) -> bool {
        if !self.partitive_head(c.start) {
            return false;
        }
        let mut k = c.end;
        while k < c.end + 3 && (self.role(k) == Some(Role::Aux) || self.adverb(k)) {
            k += 1;
        }
        self.cue_of.get(k).is_some_and(Option::is_some)
    }

    /// The "including" of a subset between a subject and its verb: ", including officials and two
    /// elders," or, with the closing comma left out, ", including soldiers and civilians have".
    fn including_before(&self, p: usize) -> Option<usize> {
        let comma = p > 0 && self.norm(p - 1) == ",";
        let from = if comma { p - 1 } else { p };
        (from.saturating_sub(13)..from)
            .rev()
            .take_while(|&q| self.norm(q) != "," && (comma || !(self.clause_verb(q) || self.loose_boundary(q))))
            .find(|&q| subset_word(self.norm(q)))
    }

    /// A make-up apposition between a subject and its verb: "30 people, most of them civilians, were
    /// killed", ", mostly soldiers,", ", among them two policemen,": what the count is made of, no
    /// count of its own (like a subset after "including"); where it opens.
    fn makeup_before(&self, p: usize) -> Option<usize> {
        if p < 3 || self.norm(p - 1) != "," {
            return None;
        }
        let open = (p.saturating_sub(10)..p - 2).rev().find(|&q| self.norm(q) == ",")? + 1;
        let adverb = crate::events::words::get("proportion_adverbs").contains(&self.norm(open));
        // "most of them", "12 of whom", "among them"
        let of_them = self.norm(open + 1) == "of" && matches!(self.norm(open + 2), "them" | "whom");
        let among = self.norm(open) == "among" && self.norm(open + 1) == "them";
        (adverb || of_them || among).then_some(open)
    }

    /// A noun phrase boundary other than "and", which lists a subset's members.
    fn loose_boundary(&self, q: usize) -> bool {
        self.norm(q) != "and" && self.boundary(q) && !subset_word(self.norm(q))
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
    /// counts coordinated before the subject's add up, each group kept in `parts` (in text order)
    /// so that groups of different sides can get a record each ("22 soldiers and 225 rebels").
    pub(super) fn coordinated_left(&self, hit: &mut Hit) {
        let mut parts = vec![hit.clone()];
        self.add_left(hit, &mut parts);
        if parts.len() > 1 {
            hit.parts = parts;
        }
    }

    fn add_left(&self, hit: &mut Hit, parts: &mut Vec<Hit>) {
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
            let sub = f.words.start > 0 && subset_word(self.norm(f.words.start - 1));
            if np.is_empty() || sub || !self.counts_people(f, np) || f.mention.value.is_none() {
                return;
            }
            let part = Hit {
                kind: hit.kind,
                count: f.mention.value.and_then(super::plausible),
                upper: None,
                qualifier: f.mention.qualifier,
                span: f.words.start..s - 1,
                number: f.words.clone(),
                parts: Vec::new(),
            };
            add(hit, &part);
            parts.insert(0, part);
            hit.span.start = f.words.start;
            hit.number.start = f.words.start;
        }
    }
}

impl Ctx<'_> {
    /// "seven soldiers were killed in fighting Friday, along with about 20 rebels": a counted group
    /// of people joined to the clause by "along with" / "together with" is one more victim group
    /// (added up and kept in `parts`, so that groups of different sides get a record each).
    fn along_with(&self, c: &Cue, hit: &mut Hit) {
        let from = hit.span.end;
        let stop = (from + 8).min(self.ws.len());
        // the two-word cases of event_words.tsv's co_actor_cases ("along with", "together with")
        let cases = crate::events::words::get("co_actor_cases");
        let two_words = |j: usize| {
            j + 1 < self.ws.len() && cases.contains(&format!("{} {}", self.norm(j), self.norm(j + 1)).as_str())
        };
        let Some(w) = (from..stop).find(|&j| two_words(j)) else {
            return;
        };
        // only adjuncts of the same clause between ("in fighting Friday,"): no other count or verb
        let own_clause = (from..w).all(|j| {
            self.cue_of[j].is_none()
                && self.num_of[j].is_none()
                && !self.clause_verb(j)
                && !matches!(self.role(j), Some(Role::Stop))
                && (!self.ws[j].is_punct() || self.norm(j) == ",")
        });
        let Some(f) = self.num_of.get(w + 2).copied().flatten().map(|k| &self.nums[k]) else { return };
        let end = self.np_right(f.words.end);
        let people = (f.words.end..end).any(|j| person(&self.ws[j]));
        if !own_clause || f.words.start != w + 2 || !people || !self.counts_people(f, f.words.end..end) {
            return;
        }
        let part = self.hit(c, f, f.words.start..end);
        if hit.parts.is_empty() {
            hit.parts = vec![hit.clone()];
        }
        add(hit, &part);
        hit.parts.push(part);
        hit.span.end = end;
    }
}

/// A word that opens a subset of the count before it ("31 people, including 23 soldiers").
fn subset_word(word: &str) -> bool {
    crate::events::words::is_subset_word(word)
}
