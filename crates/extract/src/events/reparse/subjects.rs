//! Repairs of a finite verb's lost subject (items 21 to 24 and 27 of [`super`]): a subordinator read
//! as a preposition on the subject, a subject read as the agent of the passive before its clause, a
//! reduced relative that took the subject it describes, a subject hung across its verb on the verb's
//! object, and a verb read as an adjective inside its subject's of-phrase.
use super::Tree;
use crate::events::words;

impl Tree<'_> {
    /// "after police and ruling-party activists attacked students", "before loyalist forces turned
    /// them back", "until troops arrived": a word that is a preposition or a subordinator, read as the
    /// preposition of a phrase before a subjectless finite verb, opens a clause; the phrase, running
    /// up to the verb (its auxiliaries aside), is the verb's subject.
    pub(super) fn subordinated_subjects(&mut self, comma: impl Fn(usize) -> bool) {
        for n in 0..self.heads.len() {
            let Some(c) = self.heads[n].filter(|&c| c > n && self.base(n) == "obl") else { continue };
            // a conjunct shares its subject: "surrounded the town and before dawn attacked it"
            if matches!(self.base(c), "conj" | "xcomp") {
                continue;
            }
            // the opener, read as the phrase's preposition or already as the verb's subordinator
            let mark = (0..n).rev().find(|&k| self.heads[k] == Some(c) && self.base(k) == "mark");
            let Some(m) = self.first_kid(n, "case").or(mark) else { continue };
            let opener = words::get("clause_prepositions").contains(&self.lemmas[m].as_str());
            let finite = self.pasts[c] || self.has_kid(c, "aux");
            let marked = self.has_kid(c, "mark") && mark != Some(m);
            if !opener || !finite || self.gerunds[c] || self.has_kid(c, "nsubj") || marked {
                continue;
            }
            // the phrase runs from its preposition up to the verb's own words before it
            let own = |k: usize| self.heads[k] == Some(c) && matches!(self.base(k), "aux" | "advmod");
            let phrase = (m + 1..c).all(|k| (self.below(n, k) || own(k)) && !comma(k));
            if phrase && (0..m).all(|k| !self.below(n, k)) {
                self.rels[n] = if self.passive_aux(c) { "nsubj:pass" } else { "nsubj" }.into();
                self.heads[m] = Some(c);
                self.rels[m] = "mark".into();
            }
        }
    }

    /// "Nine Killed as Security Forces Fire on Protesters", "Two dead after police open fire on
    /// marchers": a phrase with no "by", read as the agent of the passive before it, that lies between
    /// the subordinator of a subjectless verb and that verb, is the verb's subject: an agent needs its
    /// "by", and the subordinator opens a clause whose subject comes next.
    pub(super) fn unmarked_agents(&mut self) {
        for n in 0..self.heads.len() {
            let Some(h) = self.heads[n].filter(|&h| h < n && self.rels[n] == "obl:agent") else { continue };
            if self.has_kid(n, "case") {
                continue;
            }
            // the first word after the phrase is the clause's verb, hung on the passive as well
            let Some(c) = (n + 1..self.heads.len()).find(|&k| !self.below(n, k)) else { continue };
            let opens = |k: usize| self.heads[k] == Some(c) && self.base(k) == "mark";
            let Some(m) = (h + 1..n).rev().find(|&k| opens(k)) else { continue };
            let phrase = (m + 1..c).all(|k| self.below(n, k));
            if self.heads[c] != Some(h) || self.gerunds[c] || self.has_kid(c, "nsubj") || !phrase {
                continue;
            }
            self.heads[n] = Some(c);
            self.rels[n] = "nsubj".into();
        }
    }

    /// "gunmen believed to belong to Ansarul Islam attacked a post", "soldiers wounded in the raid
    /// died", "men suspected of being militants opened fire": a past participle with no auxiliary and
    /// no object, right before a subjectless finite verb, describes its subject; parsed as a verb with
    /// that subject, it gives the subject back and hangs on it.
    pub(super) fn reduced_relative_subjects(&mut self, comma: impl Fn(usize) -> bool) {
        let n = self.heads.len();
        for p in 0..n {
            let bare = !["aux", "obj", "iobj", "mark", "cc"].iter().any(|r| self.has_kid(p, r));
            let Some(s) = self.first_kid(p, "nsubj").filter(|&s| s < p) else { continue };
            let auxiliary = words::get("auxiliary_verbs").contains(&self.lemmas[p].as_str());
            if !self.pasts[p] || !bare || auxiliary {
                continue;
            }
            // the verb right after the participle's phrase, with no subject of its own; a participle
            // read as the root ("Gunmen believed to be militants killed three soldiers") took that
            // verb as its complement, which ends its phrase
            let finite = |k: usize| (self.pasts[k] || self.has_kid(k, "aux")) && !self.gerunds[k];
            // only a hedge that goes on to say what the subject is ("believed to be", "suspected of
            // being"): "residents said snipers shot", "the army suspected militants" report a clause
            let says_what = p + 1 < n && matches!(self.lemmas[p + 1].as_str(), "to" | "of");
            let hedge = says_what && words::get("hedge_verbs").contains(&self.lemmas[p].as_str());
            let taken = |k: usize| hedge && k > p && self.heads[k] == Some(p) && self.base(k) == "ccomp" && finite(k);
            let end = (p..n).take_while(|&k| self.below(p, k) && !taken(k)).last().unwrap_or(p);
            let Some(c) = (end + 1 < n).then_some(end + 1) else { continue };
            let other_clause = (0..n).any(|k| k != c && self.heads[k] == Some(p) && self.base(k) == "ccomp");
            let kin = self.heads[c] == self.heads[p] || self.heads[c] == Some(p) || self.heads[p] == Some(c);
            if comma(c) || !kin || !finite(c) || other_clause || matches!(self.base(c), "conj" | "acl") {
                continue;
            }
            // "Gunmen believed to be Taliban militants attacked": the noun of "to be" is what the
            // participle says the subject is, not the verb's subject
            let named = self.first_kid(c, "nsubj").filter(|&x| p < x && self.has_kid(x, "cop"));
            if let Some(x) = named.filter(|_| hedge) {
                (self.heads[x], self.rels[x]) = (Some(p), "xcomp".into());
            }
            if self.has_kid(c, "nsubj") {
                continue;
            }
            let head = if self.heads[c] == Some(p) { self.heads[p] } else { self.heads[c] };
            let rel = if self.heads[c] == Some(p) { self.rels[p].clone() } else { self.rels[c].clone() };
            self.heads[c] = head;
            self.rels[c] = rel;
            if self.rehang(s, c) {
                self.rels[s] = "nsubj".into();
                if self.rehang(p, s) {
                    self.rels[p] = "acl".into();
                }
            }
        }
    }

    /// "Rebels shelled army positions near Goma": a noun before a subjectless verb hung as a modifier
    /// of the verb's object after it crosses the verb, which no phrase does: it is the verb's subject.
    pub(super) fn crossed_subjects(&mut self) {
        for s in 0..self.heads.len() {
            let Some(o) = self.heads[s].filter(|&o| o > s && matches!(self.base(s), "amod" | "compound")) else {
                continue;
            };
            let Some(c) = self.heads[o].filter(|&c| s < c && c < o && self.base(o) == "obj") else { continue };
            if self.gerunds[c] || !self.pasts[c] || self.has_kid(c, "nsubj") || self.base(c) == "xcomp" {
                continue;
            }
            // only a phrase that opens its clause: not "troops backing the country's interim
            // government retook control", the noun deep in another phrase
            let start = (0..s).rev().take_while(|&k| self.below(s, k)).last().unwrap_or(s);
            let opens = start == 0 || {
                let b = start - 1;
                self.base(b) == "cc" || self.base(b) == "punct" && !self.below(s, b)
            };
            if !opens {
                continue;
            }
            if self.rehang(s, c) {
                self.rels[s] = "nsubj".into();
            }
        }
    }

    /// "Rebels of the National Front shelled army positions", parsed as "the National Front shelled
    /// army positions" (one noun phrase, "shelled" its adjective): a past form modifying a noun after a
    /// noun of its own phrase breaks the order of English modifiers (an adjective before a noun
    /// modifier: "shelled army positions"), so it is the verb; the phrase's words before it are the
    /// of-phrase's own noun, the noun it hangs on the verb's subject, the noun it modified its object.
    pub(super) fn adjective_verbs(&mut self) {
        for w in 0..self.heads.len() {
            let Some(n) = self.heads[w].filter(|&n| n > w && self.base(w) == "amod") else { continue };
            let Some(s) = self.heads[n].filter(|&s| s < w && self.base(n) == "nmod") else { continue };
            let Some(case) = self.first_kid(n, "case").filter(|&c| c < w) else { continue };
            let modifier = |k: usize| matches!(self.heads[k], Some(h) if h == n || h == w);
            let name = (case + 1..w).rev().find(|&k| modifier(k) && self.base(k) == "compound");
            let Some(k) = name.filter(|_| self.pasts[w] && !self.gerunds[w]) else { continue };
            // the of-phrase ends at its own noun
            let own: Vec<usize> = (case..k).filter(|&j| modifier(j)).collect();
            let Some((head, rel)) = self.clause_slot(s, w) else { continue };
            for j in own {
                self.heads[j] = Some(k);
            }
            self.heads[k] = Some(s);
            self.rels[k] = "nmod".into();
            self.heads[w] = head;
            self.rels[w] = rel;
            // a fronted phrase hung on the subject ("In Kigali, rebels of …") is the verb's
            let fronted: Vec<usize> = (0..s).filter(|&j| self.heads[j] == Some(s) && self.base(j) == "nmod").collect();
            for j in fronted {
                self.heads[j] = Some(w);
                self.rels[j] = "obl".into();
            }
            self.heads[s] = Some(w);
            self.rels[s] = "nsubj".into();
            self.rels[n] = "obj".into();
            self.heads[n] = Some(w);
        }
    }

    /// Where a verb found inside subject `s`'s phrase (at `w`) stands: at the root in the subject's
    /// place, or, for the subject of a reporting verb with a speaker of its own after it ("rebels …
    /// shelled positions, and troops returned fire, a spokesman said"), as that verb's content, taking
    /// the clauses coordinated before the speaker with it. `None` elsewhere.
    fn clause_slot(&mut self, s: usize, w: usize) -> Option<(Option<usize>, String)> {
        let Some(h) = self.heads[s] else { return Some((None, "root".into())) };
        let speaker = (w..self.heads.len()).find(|&o| self.heads[o] == Some(h) && self.base(o) == "nsubj");
        let o = speaker.filter(|_| self.base(s) == "nsubj" && self.reporting(h))?;
        let coordinated: Vec<usize> = (w..o).filter(|&c| self.heads[c] == Some(h) && self.base(c) == "conj").collect();
        for c in coordinated {
            self.heads[c] = Some(w);
        }
        Some((Some(h), "ccomp".into()))
    }

    fn first_kid(&self, h: usize, rel: &str) -> Option<usize> {
        (0..self.heads.len()).find(|&k| self.heads[k] == Some(h) && self.base(k) == rel)
    }

    fn passive_aux(&self, h: usize) -> bool {
        (0..self.heads.len()).any(|k| self.heads[k] == Some(h) && self.rels[k] == "aux:pass")
    }
}
