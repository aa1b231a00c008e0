//! Repairs of clause boundaries and clause roles: the subject of a clause after ", and" hung on the
//! first clause, a second absolute clause after "with" read as a noun conjunct, a subject after a
//! fronted phrase hung inside it, a finite verb coordinated with an -ing complement, and an active
//! verb's object read as a passive subject or an oblique, and a statement of blame inside a reported
//! clause (items 15 to 19 and 25 of [`super`]).
use super::Tree;
use crate::events::words;

impl Tree<'_> {
    /// "The junta warned that any intervention would be met with force, and Mali and Burkina Faso have
    /// said they would …", "Police said the gunmen fled, and residents reported …": the noun phrase
    /// between the "and" of a subjectless coordinated verb and that verb (its auxiliaries aside) can
    /// only be its subject, however the parser hung it (a second subject of the first clause's verb,
    /// an object or conjunct of a noun there, whose target it then turns). Not an -ing form without an
    /// auxiliary: "killing soldiers and civilians fleeing" has no clause.
    pub(super) fn conjunct_subjects(&mut self) {
        for c in 0..self.heads.len() {
            // a verb: a conjunct noun ("Putin and US Foreign Minister Antony Blinken") has none of these
            let verb = ["aux", "cop", "obj", "ccomp", "xcomp", "obl"].iter().any(|r| self.has_kid(c, r));
            if self.base(c) != "conj" || !verb || self.has_kid(c, "nsubj") || self.has_kid(c, "expl") {
                continue;
            }
            let auxiliary = self.has_kid(c, "aux");
            let Some(and) = (0..c).find(|&k| self.heads[k] == Some(c) && self.base(k) == "cc") else { continue };
            if self.gerunds[c] && !auxiliary || self.heads[c].is_none_or(|h| h > and) {
                continue;
            }
            // the verb's own words before it: auxiliaries, adverbs, negation
            let own = |k: usize| self.heads[k] == Some(c) && matches!(self.base(k), "aux" | "advmod");
            let Some(gap_end) = (and + 1..c).rev().find(|&k| !own(k)) else { continue };
            let Some(n) = (and + 1..=gap_end).find(|&k| self.heads[k].is_some_and(|h| h <= and || h > gap_end)) else {
                continue;
            };
            let covered = (and + 1..=gap_end).all(|k| self.below(n, k));
            let nominal = matches!(self.base(n), "nsubj" | "obj" | "conj" | "appos" | "obl" | "dep");
            if covered && nominal && self.heads[n] != Some(c) && self.rehang(n, c) {
                self.rels[n] = if self.kid_rel(c, "aux:pass") { "nsubj:pass" } else { "nsubj" }.into();
            }
        }
    }

    /// "with warplanes bombing RSF bases and the two sides battling for control of the airport", "with
    /// troops shelling the town and residents fleeing": an -ing participle right after a noun
    /// conjunct of the object of an -ing clause with a subject of its own is a second such clause.
    pub(super) fn absolute_pairs(&mut self) {
        for p in 0..self.heads.len() {
            let Some(n) = self.heads[p].filter(|&n| n < p && self.gerunds[p] && self.base(p) == "acl") else {
                continue;
            };
            let Some(object) = self.heads[n].filter(|_| self.base(n) == "conj") else { continue };
            let Some(first) = self.heads[object].filter(|_| self.base(object) == "obj") else { continue };
            let next = (n + 1..p).all(|k| self.heads[k] == Some(n) && !matches!(self.base(k), "acl" | "conj"));
            if !(self.gerunds[first] && self.has_kid(first, "nsubj") && next) {
                continue;
            }
            let and = (object..n).find(|&k| self.heads[k] == Some(n) && self.base(k) == "cc");
            if self.rehang(p, first) {
                self.rels[p] = "conj".into();
                if self.rehang(n, p) {
                    self.rels[n] = "nsubj".into();
                }
                if let Some(a) = and {
                    self.heads[a] = Some(p);
                }
            }
        }
    }

    /// "In a statement posted on the Internet, the Islamic State of Iraq, an umbrella group …, claimed
    /// responsibility", "After talks in Doha, the Taliban released …": the subject after a fronted
    /// phrase and its comma may come parsed inside that phrase (as an agent of "posted", an object of
    /// "talks"). A main verb with no subject, whose stretch back to one of the last commas before it
    /// is a bare noun phrase (no preposition: no oblique) hung before that comma, with at most
    /// appositions and punctuation beside it, takes that noun as its subject.
    pub(super) fn fronted_subjects(&mut self, comma: impl Fn(usize) -> bool) {
        for c in 0..self.heads.len() {
            let main = self.heads[c].is_none() || self.base(c) == "ccomp";
            if !main || self.has_kid(c, "nsubj") || self.has_kid(c, "expl") {
                continue;
            }
            let mut subject = None;
            for at in (0..c).rev().filter(|&k| comma(k)).take(3) {
                let tops: Vec<usize> =
                    (at + 1..c).filter(|&k| self.heads[k].is_none_or(|h| h <= at || h >= c)).collect();
                let bare = |n: usize| {
                    matches!(self.base(n), "obl" | "nsubj" | "obj" | "nmod" | "appos")
                        && !matches!(self.rels[n].as_str(), "obl:tmod" | "obl:unmarked" | "nmod:tmod")
                        && !self.has_kid(n, "case")
                };
                let Some(&first) = tops.iter().find(|&&k| self.base(k) != "punct") else { continue };
                let rest = tops.iter().all(|&k| k == first || self.base(k) == "punct" || bare(k));
                // an apposition stays one ("the capital, Tskhinvali, forced …" has its subject elsewhere)
                let own = self.base(first) != "appos";
                if bare(first) && own && rest && self.heads[first].is_some_and(|h| h < at) {
                    subject = Some((first, tops));
                }
            }
            let Some((n, tops)) = subject else { continue };
            if self.rehang(n, c) {
                self.rels[n] = "nsubj".into();
                let others: Vec<usize> = tops.into_iter().filter(|&k| k != n && self.base(k) != "punct").collect();
                for k in others {
                    if self.rehang(k, n) {
                        self.rels[k] = "appos".into();
                    }
                }
            }
        }
    }

    /// "LURD denied targeting civilians and blamed government troops for the shelling", "The army
    /// began shelling the town and killed five": a verb in a finite form coordinated with an -ing
    /// complement cannot share its form, so it is a second verb of the complement's governor (and
    /// no part of what was denied).
    pub(super) fn finite_conjuncts(&mut self) {
        for c in 0..self.heads.len() {
            let Some(g) = self.heads[c].filter(|&g| g < c && self.base(c) == "conj") else { continue };
            let Some(governor) = self.heads[g].filter(|_| self.base(g) == "xcomp" && self.gerunds[g]) else { continue };
            let own = self.has_kid(c, "nsubj") || self.has_kid(c, "aux") || self.has_kid(c, "mark");
            if !self.gerunds[c] && self.lemmas[c] != self.lemmas[g] && !own && self.has_kid(c, "obj") {
                self.rehang(c, governor);
            }
        }
    }

    /// "A rebel leader denied the group had taken the pupils and accused the army of killing civilians"
    /// comes parsed with "accused" coordinated with "taken", inside what was denied: the accusation
    /// is lost and the rebels turn accusers of their own words. A statement of blame (CAMEO 11) with no
    /// subject, auxiliary or marker of its own, coordinated with the complement clause (which has its
    /// own subject) of a denying verb, is that verb's second verb: the speaker's.
    pub(super) fn statement_conjuncts(&mut self) {
        let blame = |i: usize| {
            crate::lexicon::lookup_pos(self.lemmas, i, Some(crate::lexicon::Pos::Verb))
                .and_then(|m| m.entry.cameo.as_deref())
                .is_some_and(|c| c.starts_with("11"))
        };
        // Only a denial: what a report says may go on ("said the president was in Nairobi and
        // criticized the rebels" is the president's criticism); a denied clause rarely blames.
        let speaking = |g: usize| crate::events::words::get("denial_verbs").contains(&self.lemmas[g].as_str());
        let mut moves = Vec::new();
        for c in 0..self.heads.len() {
            let Some(clause) = self.heads[c].filter(|&g| g < c && self.base(c) == "conj") else { continue };
            let content = self.base(clause) == "ccomp" && self.has_kid(clause, "nsubj");
            let Some(governor) = self.heads[clause].filter(|&g| content && speaking(g) && self.has_kid(g, "nsubj"))
            else {
                continue;
            };
            let own = self.has_kid(c, "nsubj") || self.has_kid(c, "aux") || self.has_kid(c, "mark");
            if !own && blame(c) {
                moves.push((c, governor));
            }
        }
        for (c, governor) in moves {
            self.rehang(c, governor);
        }
    }

    /// "Gangs have since kidnapped at least seven police officers" may come parsed with both nouns as
    /// passive subjects, which makes the kidnapped a second kidnapper. A verb with no passive
    /// auxiliary and a passive subject on each side is active: the one before it acts, the one after
    /// it is its object.
    pub(super) fn active_pairs(&mut self) {
        for c in 0..self.heads.len() {
            if self.kid_rel(c, "aux:pass") || self.has_kid(c, "obj") {
                continue;
            }
            let passive = |k: usize| self.heads[k] == Some(c) && self.rels[k] == "nsubj:pass";
            let (Some(before), Some(after)) =
                ((0..c).find(|&k| passive(k)), (c + 1..self.heads.len()).find(|&k| passive(k)))
            else {
                continue;
            };
            self.rels[before] = "nsubj".into();
            self.rels[after] = "obj".into();
        }
        // "detained at least 50 politicians" parsed with "at" as the preposition of "least" and the
        // counted noun as an oblique of no preposition of its own: the verb's object.
        for n in 0..self.heads.len() {
            let Some(c) = self.heads[n].filter(|_| self.rels[n] == "obl" && !self.has_kid(n, "case")) else { continue };
            let at = |k: usize| self.below(n, k) && self.base(k) == "nmod" && self.kid_lemma(k, "case", "at");
            // "arrested about 30 protesters": a one-word hedge on the count may leave the noun so too.
            let hedge = |k: usize| {
                self.base(k) == "advmod"
                    && words::get("count_hedges").contains(&self.lemmas[k].as_str())
                    && self.heads[k].is_some_and(|h| self.heads[h] == Some(n) && self.base(h) == "nummod")
            };
            let counted = (0..n).any(|k| at(k) || hedge(k));
            if self.has_kid(n, "nummod") && counted && !self.has_kid(c, "obj") && !self.kid_rel(c, "aux:pass") {
                self.rels[n] = "obj".into();
            }
        }
    }

    /// Whether `h` has a kid of the full relation `rel` ("aux:pass", not any "aux").
    fn kid_rel(&self, h: usize, rel: &str) -> bool {
        (0..self.heads.len()).any(|k| self.heads[k] == Some(h) && self.rels[k] == rel)
    }

    fn kid_lemma(&self, h: usize, rel: &str, lemma: &str) -> bool {
        (0..self.heads.len()).any(|k| self.heads[k] == Some(h) && self.base(k) == rel && self.lemmas[k] == lemma)
    }
}
