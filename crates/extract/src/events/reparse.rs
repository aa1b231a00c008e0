//! Parse repairs made once per sentence before any rule reads the tree ([`super::view::View::new`]):
//! attachments the parser gets wrong often enough in wire copy, and whose right reading the words
//! themselves settle.
//!
//! 1. A trailing speaker hung on the event verb ("…, killing 12 soldiers, a spokesman for the
//!    rebels said") goes to the subjectless reporting verb.
//! 2. The subject of a report's content hung on the trailing reporting verb ("Gunmen killed 40
//!    people in …, local officials said") goes back to the content's verb.
//! 3. A content clause hung on the document noun of a report ("said in a statement that troops had
//!    killed 30 insurgents") goes to the reporting verb as its complement.
//! 4. A title parsed as a second subject beside a person's name ("Prime Minister Shehbaz Sharif
//!    vowed") is hung on the name, so one person is one actor.
//! 5. The force noun a killing happened in, hung on its victims ("killed 18 soldiers in an attack on
//!    their base"), goes to the killing verb, as the scene of the killing.

/// A sentence's tree while it is repaired: heads (`None` at the root), relations, lemmas, and the
/// first word of each person name the model tags.
pub(super) struct Tree<'t> {
    pub heads: &'t mut [Option<usize>],
    pub rels: &'t mut [String],
    pub lemmas: &'t [String],
    pub persons: Vec<usize>,
}

impl Tree<'_> {
    /// Runs the repairs in order; `comma(i)` says whether word `i` is a comma, `office(words)` whether
    /// the words name an office (a party's role).
    pub fn repair(&mut self, comma: impl Fn(usize) -> bool, office: impl Fn(std::ops::Range<usize>) -> bool) {
        self.reattach_speakers(comma);
        self.reattach_content_subjects();
        self.reattach_content_clauses();
        self.join_titles(office);
        self.reattach_scenes();
    }

    fn base(&self, i: usize) -> &str {
        self.rels[i].split(':').next().unwrap_or("")
    }

    fn reporting(&self, i: usize) -> bool {
        super::words::get("reporting").contains(&self.lemmas[i].as_str())
    }

    fn has_kid(&self, h: usize, rel: &str) -> bool {
        (0..self.heads.len()).any(|k| self.heads[k] == Some(h) && self.base(k) == rel)
    }

    /// Whether `k` lies below `s` (or is `s`).
    fn below(&self, s: usize, k: usize) -> bool {
        std::iter::successors(Some(k), |&x| self.heads[x]).take(self.heads.len()).any(|x| x == s)
    }

    /// Hangs `node` on `head`, unless `head` lies below `node` ("refugees who reached Thailand said"
    /// parsed with "said" inside the refugees' phrase): a tree with a cycle has no phrases. Whether
    /// it was re-hung.
    fn rehang(&mut self, node: usize, head: usize) -> bool {
        if self.below(node, head) {
            return false;
        }
        self.heads[node] = Some(head);
        true
    }

    /// "Rebels attacked a base, killing 12 soldiers, a spokesman for the rebels said" often comes
    /// parsed with the spokesman as a second subject of "killing" and "said" without one, so the
    /// speaker turns doer (or victim) and the report loses its source. A subject that stands after its
    /// verb and a comma, whose phrase runs up to a subjectless reporting verb, is hung on that verb.
    fn reattach_speakers(&mut self, comma: impl Fn(usize) -> bool) {
        for c in 0..self.heads.len() {
            if !self.reporting(c) || self.has_kid(c, "nsubj") {
                continue;
            }
            let Some(last) = (0..c).rev().find(|&k| comma(k)) else { continue };
            let stranded = (last + 1..c).find(|&s| self.base(s) == "nsubj" && self.heads[s].is_some_and(|h| h < last));
            if let Some(s) = stranded.filter(|&s| (s + 1..c).all(|k| self.below(s, k))) {
                self.rehang(s, c);
            }
        }
    }

    /// "Gunmen killed at least 40 people in an attack on a market in …, local officials said" comes
    /// parsed (long sentences mostly) with "Gunmen" as a second subject of "said": the speaker then
    /// turns doer and the doer speaker. A reporting verb with a subject on each side of its
    /// complement, whose complement has none, gives the one before back to the complement.
    fn reattach_content_subjects(&mut self) {
        for r in 0..self.heads.len() {
            if !self.reporting(r) {
                continue;
            }
            let kids = |rel: &str| -> Vec<usize> {
                (0..self.heads.len()).filter(|&k| self.heads[k] == Some(r) && self.base(k) == rel).collect()
            };
            let subjects = kids("nsubj");
            let content =
                kids("ccomp").into_iter().chain(kids("parataxis")).find(|&k| k < r && !self.has_kid(k, "nsubj"));
            let Some(k) = content else { continue };
            let before = subjects.iter().copied().find(|&s| s < k);
            if let Some(s) = before.filter(|&s| subjects.iter().any(|&o| o > k) && self.rehang(s, k)) {
                // a passive content ("were killed") takes a passive subject
                if (0..self.heads.len()).any(|a| self.heads[a] == Some(k) && self.rels[a] == "aux:pass") {
                    self.rels[s] = "nsubj:pass".into();
                }
            }
        }
    }

    /// "The army said in a statement that troops had killed 30 insurgents" comes parsed with the
    /// that-clause as a relative clause of "statement": the report's content then has no reporting
    /// verb above it, so it gets no source, and "they" in it no antecedent. A clause marked by "that"
    /// (a complementizer, not a relative pronoun) on a noun in an oblique of a reporting verb is that
    /// verb's complement.
    fn reattach_content_clauses(&mut self) {
        for c in 0..self.heads.len() {
            let Some(noun) = self.heads[c].filter(|_| self.base(c) == "acl") else { continue };
            let marked = (0..self.heads.len())
                .any(|k| self.heads[k] == Some(c) && self.base(k) == "mark" && self.lemmas[k] == "that");
            let verb = self.heads[noun].filter(|&r| self.base(noun) == "obl" && self.reporting(r));
            if let Some(r) = verb.filter(|&r| marked && !self.has_kid(r, "ccomp")) {
                if self.rehang(c, r) {
                    self.rels[c] = "ccomp".into();
                }
            }
        }
    }

    /// "Prime Minister Shehbaz Sharif vowed", "Defense Ministry spokesman Igor Konashenkov denied"
    /// often come parsed with the title and the name as two subjects of the verb, which makes two
    /// actors of one person. A subject whose words name an office and run up to a person's name that is
    /// a second subject of the same verb is hung on the name, as its title.
    fn join_titles(&mut self, office: impl Fn(std::ops::Range<usize>) -> bool) {
        for name in self.persons.clone() {
            if name >= self.heads.len() || self.heads[name].is_none() || self.base(name) != "nsubj" {
                continue;
            }
            let Some(title) = (0..name).rev().find(|&t| self.base(t) == "nsubj" && self.heads[t] == self.heads[name])
            else {
                continue;
            };
            let start = (0..=title).find(|&k| self.below(title, k)).unwrap_or(title);
            // the title's words run up to the name, with nothing between ("the minister and Ali Khan")
            if (start..name).all(|k| self.below(title, k)) && office(start..name) && self.rehang(title, name) {
                self.rels[title] = "nmod:desc".into();
            }
        }
    }

    /// "Militants killed at least 18 soldiers in an attack on their base" often comes parsed with
    /// "in an attack" on "soldiers": the attack then loses the killers (and its victims are counted
    /// twice, as the attack's and the killing's). A force noun in a scene phrase ("in", "during"),
    /// hung on the object of a verb of killing or wounding, is that verb's oblique.
    fn reattach_scenes(&mut self) {
        use crate::lexicon::{lookup_pos, Pos};
        for t in 0..self.heads.len() {
            let Some(victims) = self.heads[t].filter(|_| self.base(t) == "nmod") else { continue };
            let Some(verb) = self.heads[victims].filter(|_| matches!(self.base(victims), "obj" | "obl")) else {
                continue;
            };
            let scene = (0..self.heads.len()).any(|k| {
                self.heads[k] == Some(t)
                    && self.base(k) == "case"
                    && super::words::get("scene_cases").contains(&self.lemmas[k].as_str())
            });
            let force = lookup_pos(self.lemmas, t, Some(Pos::Noun))
                .is_some_and(|m| m.entry.cameo.as_deref().is_some_and(super::triggers::trigger::is_force));
            let killing =
                lookup_pos(self.lemmas, verb, Some(Pos::Verb)).is_some_and(|m| m.entry.outcome && !m.entry.passive);
            if scene && force && killing && self.rehang(t, verb) {
                self.rels[t] = "obl".into();
            }
        }
    }
}
