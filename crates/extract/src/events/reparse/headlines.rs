//! Repairs of title-case headlines (items 11, 12 and 26 of [`super`]): a participle that left out
//! its "was", two sides joined by a comma before the verb, and a present verb read as a noun modifier.
use super::Tree;
use std::ops::Range;

impl Tree<'_> {
    /// "Kenyan Police Officer Shot Dead in Garissa", "Curfew Imposed After Protesters Killed": a
    /// headline leaves out the passive's "was", and the model parses the participle as an active verb,
    /// so the victim turns doer. In a headline, a trigger verb in a past form with a subject and neither
    /// object, auxiliary nor copula is a passive; not a verb with no object of its own (clashes,
    /// protests, withdrawals: "Troops Withdrew"), nor a report ("Eight Said to Be Freed").
    pub(super) fn headline_passives(&mut self) {
        use crate::lexicon::verb_entry;
        for v in (0..self.heads.len()).filter(|&v| self.headline && self.pasts[v]) {
            // protests and retreats take no object: "Troops Withdrew" is active
            let intransitive = |c: &str| c.starts_with("14") || c == "0874";
            let transitive = verb_entry(&self.lemmas[v]).is_some_and(|m| {
                let e = &m.entry;
                !(e.mutual
                    || e.passive
                    || e.report
                    || e.object == Some(false)
                    || e.cameo.as_deref().is_some_and(intransitive))
            });
            let clause = ["obj", "aux", "cop", "expl", "ccomp"].iter().any(|r| self.has_kid(v, r));
            if !transitive || clause {
                continue;
            }
            let subjects: Vec<usize> =
                (0..v).filter(|&s| self.heads[s] == Some(v) && self.rels[s] == "nsubj").collect();
            for s in subjects {
                self.rels[s] = "nsubj:pass".into();
            }
        }
    }

    /// "Sudan's Army, RSF Trade Blame", "Yemeni Tribesmen, Troops Battle in Sana'a", "Ugandan
    /// Government, Rebel Group Sign Truce": a headline writes a comma for "and" between two sides
    /// before its verb, and the model, finding no "and", hangs the verb on the first side or the first
    /// side on the verb's object, so one side is lost. When the words before the headline's first
    /// comma and those from it to the verb (the first word after that heads a clause) each name a
    /// party and hold no verb of their own, both are the verb's subjects (as the model reads
    /// "Georgian, Russian Forces Enter").
    pub(super) fn headline_pairs(
        &mut self,
        comma: &impl Fn(usize) -> bool,
        role: &impl Fn(Range<usize>) -> Option<String>,
    ) {
        let n = self.heads.len();
        let Some(c) = (1..n).find(|&k| comma(k)) else { return };
        let clause = |k: usize| self.heads[k].is_none() || self.base(k) == "parataxis" || self.has_kid(k, "nsubj");
        let Some(verb) = (c + 2..n).find(|&k| clause(k)) else { return };
        let (first, second) = (0..c, c + 1..verb);
        // "Gunmen Kill 12, Abduct 30": a side with a verb of its own is a clause; "Armenia,
        // Azerbaijan Trade Strikes": a word of the verb's own phrase is no side.
        let verbal = |k: usize| self.has_kid(k, "nsubj") || self.has_kid(k, "obj") || comma(k);
        let own = |k: usize| self.heads[k] == Some(verb) && self.base(k) == "compound";
        if first.len() > 4 || second.len() > 4 || first.clone().chain(second.clone()).any(|k| verbal(k) || own(k)) {
            return;
        }
        if role(first.clone()).is_none() || role(second.clone()).is_none() || role(verb..verb + 1).is_some() {
            return;
        }
        let top = |r: &Range<usize>| r.clone().find(|&k| !self.heads[k].is_some_and(|h| r.contains(&h)));
        let (Some(a), Some(b)) = (top(&first), top(&second)) else { return };
        // "Georgian, Russian Forces Enter", "Chad, Sudan Trade Accusations": both sides read already
        let subject = |k: usize| self.heads[k] == Some(verb) && self.base(k) == "nsubj";
        if subject(a) && (subject(b) || (self.heads[b] == Some(a) && self.base(b) == "conj")) {
            return;
        }
        for k in 0..n {
            let inside = |r: &Range<usize>| self.heads[k].is_some_and(|h| r.contains(&h));
            let new_head = match () {
                _ if k == a || k == b || k == verb => continue,
                _ if first.contains(&k) => (!inside(&first)).then_some(a),
                _ if second.contains(&k) => (!inside(&second)).then_some(b),
                // the rest of the headline, hung on a side or a second root, is the verb's
                _ => (inside(&first) || inside(&second) || self.heads[k].is_none()).then_some(verb),
            };
            if let Some(h) = new_head {
                self.heads[k] = Some(h);
            }
        }
        self.heads[verb] = None;
        self.rels[verb] = "root".into();
        (self.heads[a], self.rels[a]) = (Some(verb), "nsubj".into());
        // "Somali Civilians, Government Troops Reported Killed": before a participle the two are one
        // list of whom it befell; before an active verb, two sides that each act.
        let list = self.headline && self.pasts.get(verb) == Some(&true);
        (self.heads[b], self.rels[b]) = if list { (Some(a), "conj".into()) } else { (Some(verb), "nsubj".into()) };
    }

    /// "Mob Burns Church in Northern Nigeria", "Rebels Shell Capital", "Junta Frees Dissidents": a
    /// headline has no articles, and the model may read its present verb as a modifier of the noun after
    /// it, so the whole line is one noun phrase and states no event. In a title-case line with no
    /// subject anywhere, the first present form of a trigger verb that agrees with the word before it
    /// (a bare verb after a plural, an -s form after a singular) and modifies a noun after it heads the
    /// line: the words before it are its subject, the phrase it modified its object.
    pub(super) fn modifier_verbs(&mut self) {
        let n = self.heads.len();
        if (0..n).any(|k| matches!(self.base(k), "nsubj" | "csubj")) {
            return;
        }
        let Some(root) = (0..n).find(|&k| self.heads[k].is_none()) else { return };
        let Some(verb) = (1..root).find(|&k| self.modifier_verb(k)) else { return };
        let subject = verb - 1;
        for k in 0..subject {
            if self.heads[k].is_some_and(|h| h >= subject) {
                self.heads[k] = Some(subject);
            }
        }
        (self.heads[subject], self.rels[subject]) = (Some(verb), "nsubj".into());
        (self.heads[verb], self.rels[verb]) = (None, "root".into());
        (self.heads[root], self.rels[root]) = (Some(verb), "obj".into());
    }

    /// Whether word `k` is a present trigger verb read as a modifier of a noun after it, with only
    /// words (no number, no punctuation: "Ukraine: Strikes Hit …") before it, the last agreeing with it.
    fn modifier_verb(&self, k: usize) -> bool {
        let word = self.words[k].as_str();
        let lemma = self.lemmas[k].as_str();
        let modifier = matches!(self.base(k), "compound" | "amod") && self.heads[k].is_some_and(|h| h > k);
        let words_before = (0..k).all(|j| self.words[j].chars().all(char::is_alphabetic));
        let before = self.words[k - 1].as_str();
        let plural = (before.ends_with('s') || before.ends_with("men")) && self.lemmas[k - 1] != before;
        let agrees = if word == lemma { plural } else { word.ends_with('s') && !plural };
        let verb = crate::lexicon::verb_entry(lemma).is_some() && !self.pasts[k] && !self.gerunds[k];
        modifier && words_before && agrees && verb && self.heads[k - 1].is_some_and(|h| h >= k)
    }

    /// "Israel Strikes Hit Gaza", "Sudan Clashes Kill Dozens": the model reads the event noun after a
    /// country as the country's verb and then as the subject of the real verb, so the noun has a
    /// subject of its own. A subject right before a word that is itself the subject of a verb after it
    /// modifies that word (English stacks no subjects): the country says whose or where.
    pub(super) fn stacked_subjects(&mut self) {
        for x in 0..self.heads.len().saturating_sub(1) {
            let noun = x + 1;
            let subject = |k: usize| matches!(self.rels[k].as_str(), "nsubj" | "nsubj:pass");
            let verb_after = self.heads[noun].is_some_and(|v| v > noun);
            if self.heads[x] == Some(noun) && subject(x) && subject(noun) && verb_after {
                self.rels[x] = "compound".into();
            }
        }
    }

    /// "Ukraine: Russian Strikes Hit School", "Iraq: Bombs Kill 20 in Baghdad": after a place label and
    /// a colon the model hangs the headline's noun and its verb on the label, the noun as an apposition
    /// and the verb subjectless. A trigger verb with an object and no subject, right after a noun read
    /// as an apposition of the word it hangs on too, has that noun as its subject.
    pub(super) fn appositive_subjects(&mut self) {
        for verb in 1..self.heads.len() {
            let noun = verb - 1;
            let Some(label) = self.heads[verb].filter(|&h| h < noun) else { continue };
            let trigger = crate::lexicon::verb_entry(&self.lemmas[verb]).is_some() && !self.gerunds[verb];
            let clause = self.base(verb) == "parataxis" && self.has_kid(verb, "obj") && !self.has_kid(verb, "nsubj");
            let apposition = self.heads[noun] == Some(label) && self.base(noun) == "appos";
            if trigger && clause && apposition && self.rehang(noun, verb) {
                self.rels[noun] = "nsubj".into();
            }
        }
    }
}
