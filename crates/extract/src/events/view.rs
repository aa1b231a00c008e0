//! A read-only view of one parsed sentence with the tree navigation the argument rules need.
use casus_core::{Document, Parse, Sentence};
use std::ops::Range;

pub struct View<'a> {
    pub doc: &'a Document,
    pub sent: &'a Sentence,
    pub parse: &'a Parse,
    /// Lowercased lemmas, one per token.
    pub lemmas: Vec<String>,
    /// Each token's head, `None` at the root; a parse with a cycle is cut where the cycle starts.
    heads: Vec<Option<usize>>,
    /// Each token's relation to its head, as parsed or as `reparse` re-hung it.
    rels: Vec<String>,
    children: Vec<Vec<usize>>,
    /// Tokens inside a date phrase ("on Tuesday"): never a party or a place.
    dated: Vec<bool>,
    /// The sentence's casualty mentions, found once on first use.
    casualties: std::cell::OnceCell<Vec<crate::casualties::CasualtyMention>>,
}

/// The heads of a parse of `n` tokens as a tree: a parse given from outside may hold a cycle, which
/// is cut at its first token (made a root), so every walk up or down the tree ends.
fn acyclic_heads(parse: &Parse, n: usize) -> Vec<Option<usize>> {
    let mut heads: Vec<Option<usize>> = (0..n).map(|i| parse.head(i).filter(|&h| h < n)).collect();
    cut_cycles(&mut heads);
    heads
}

/// Makes a root of every token that a walk up from it comes back to.
fn cut_cycles(heads: &mut [Option<usize>]) {
    let n = heads.len();
    for i in 0..n {
        // Up to n steps up from i: back at i means i is on a cycle (tokens below one are left).
        let mut cur = heads[i];
        for _ in 0..n {
            match cur {
                Some(c) if c == i => break,
                Some(c) => cur = heads[c],
                None => break,
            }
        }
        if cur == Some(i) {
            heads[i] = None;
        }
    }
}

/// Relations whose subtree is not part of a noun phrase quoted as an actor or target.
const CLAUSAL: &[&str] =
    &["acl", "acl:relcl", "appos", "parataxis", "advcl", "conj", "cc", "punct", "dep", "list", "dislocated"];

impl<'a> View<'a> {
    pub fn new(doc: &'a Document, sent: &'a Sentence, parse: &'a Parse) -> View<'a> {
        let n = sent.tokens.len();
        let mut heads = acyclic_heads(parse, n);
        let mut rels: Vec<String> =
            (0..n).map(|i| parse.deprels.get(i).cloned().unwrap_or_else(|| "dep".into())).collect();
        let lemmas: Vec<String> = sent.tokens.iter().map(|t| crate::lemma::lemma(&t.text)).collect();
        let persons = sent.entities.iter().filter(|e| e.label == "PER").map(|e| e.tokens.start).collect();
        let words: Vec<&str> = sent.tokens.iter().map(|t| t.text.as_str()).collect();
        let headline = super::tense::headline_words(&words);
        let pasts: Vec<bool> = words.iter().zip(&lemmas).map(|(w, l)| super::reparse::past_form(w, l)).collect();
        let title = super::tense::title_case_words(&words);
        let gerunds = words.iter().zip(&lemmas).map(|(w, l)| w.to_lowercase().ends_with("ing") && w != l).collect();
        let mut tree = super::reparse::Tree {
            heads: &mut heads,
            rels: &mut rels,
            lemmas: &lemmas,
            persons,
            headline,
            title,
            gerunds,
            pasts,
            words: words.iter().map(|w| w.to_lowercase()).collect(),
        };
        let role = |r: Range<usize>| crate::parties::normalize(doc.span_text(sent, r)).and_then(|p| p.role);
        tree.repair(|i| doc.span_text(sent, i..i + 1) == ",", role);
        // the repairs refuse to make a cycle; cut any all the same, as for a parse from outside
        cut_cycles(&mut heads);
        let mut children = vec![Vec::new(); n];
        for (i, h) in heads.iter().enumerate() {
            if let Some(h) = *h {
                children[h].push(i);
            }
        }
        View { doc, sent, parse, lemmas, heads, rels, children, dated: vec![false; n], casualties: Default::default() }
    }

    /// Marks the tokens of the sentence's date phrases.
    pub fn mark_dates(&mut self, dates: &[crate::dates::DateMention]) {
        let n = self.dated.len();
        for d in dates {
            for i in d.tokens.clone().filter(|&i| i < n) {
                self.dated[i] = true;
            }
        }
    }

    /// The sentence's casualty mentions ("killed 12 civilians", "the toll rose to 15").
    pub fn casualties(&self) -> &[crate::casualties::CasualtyMention] {
        self.casualties.get_or_init(|| crate::casualties::find_casualties(&self.sent.tokens))
    }

    /// Token `i` is part of a date phrase.
    pub fn is_dated(&self, i: usize) -> bool {
        self.dated.get(i).copied().unwrap_or(false)
    }

    pub fn len(&self) -> usize {
        self.sent.tokens.len()
    }

    pub fn is_empty(&self) -> bool {
        self.sent.tokens.is_empty()
    }

    /// Whether the model tags word `i` as part of a person's name.
    pub fn is_person(&self, i: usize) -> bool {
        self.sent.entities.iter().any(|e| e.label == "PER" && e.tokens.contains(&i))
    }

    /// The label of the entity the model tags word `i` in ("PER", "ORG", ...), if any.
    pub fn entity_label(&self, i: usize) -> Option<&str> {
        self.sent.entities.iter().find(|e| e.tokens.contains(&i)).map(|e| e.label.as_str())
    }

    /// Whether word `i` is in a place name the model tags (GPE, LOC, FAC); not a word that says who
    /// holds a place ("the Taliban-held Swat valley").
    pub fn is_place_name(&self, i: usize) -> bool {
        self.sent.entities.iter().any(|e| e.tokens.contains(&i) && matches!(e.label.as_str(), "GPE" | "LOC" | "FAC"))
            && !crate::events::words::is_holder_word(self.word(i))
    }

    /// Whether word `i` is a reporting verb ("said", "told", "according"), by `event_words.tsv`.
    pub fn is_reporting(&self, i: usize) -> bool {
        crate::events::words::get("reporting").contains(&self.lemmas[i].as_str())
    }

    /// Whether word `c` is a reciprocal ("each other", "one another", "accusing the other").
    pub fn is_reciprocal(&self, c: usize) -> bool {
        let w = self.lemmas[c].as_str();
        // "each other" comes parsed either way: "other" headed by "each", or "each" with a fixed "other".
        if matches!(w, "each" | "one")
            && self.kids(c).iter().any(|&k| matches!(self.lemmas[k].as_str(), "other" | "another"))
        {
            return true;
        }
        (w == "other" || w == "another") && c > 0 && matches!(self.lemmas[c - 1].as_str(), "each" | "one" | "the")
    }

    pub fn word(&self, i: usize) -> &str {
        &self.sent.tokens[i].text
    }

    pub fn lower(&self, i: usize) -> String {
        self.word(i).to_lowercase()
    }

    /// The gazetteer's role of the party the phrase of `x` names ("rebel fighters": REB), if any.
    pub fn party_role(&self, x: usize) -> Option<String> {
        crate::parties::normalize(self.text(self.phrase(x))).and_then(|p| p.role)
    }

    /// Whether the phrase of `x` names a party at all, by the gazetteer's country or role ("a powerful
    /// bomb" does not).
    pub fn names_party(&self, x: usize) -> bool {
        crate::parties::normalize(self.text(self.phrase(x))).is_some_and(|p| p.role.is_some() || p.country.is_some())
    }

    /// Whether noun `i` is written as a plural in -s off its lemma ("attacks", "residents"; not
    /// "bombing" or "news").
    pub fn inflected_plural(&self, i: usize) -> bool {
        let word = self.lower(i);
        word.ends_with('s') && word != self.lemmas[i]
    }

    /// Full UD relation of token `i` ("nsubj:pass").
    pub fn rel(&self, i: usize) -> &str {
        self.rels.get(i).map(String::as_str).unwrap_or("dep")
    }

    /// Relation without its subtype ("nsubj").
    pub fn base_rel(&self, i: usize) -> &str {
        let r = self.rel(i);
        r.split(':').next().unwrap_or(r)
    }

    pub fn head(&self, i: usize) -> Option<usize> {
        self.heads.get(i).copied().flatten()
    }

    pub fn kids(&self, i: usize) -> &[usize] {
        &self.children[i]
    }

    /// The noun a subject `s` of clause `clause` stands for: a relative pronoun subject of a relative
    /// clause stands for the noun the clause modifies ("rebels who attacked a village"); any other
    /// subject for itself.
    pub fn antecedent(&self, clause: usize, s: usize) -> usize {
        let relative = super::words::get("relative_pronouns").contains(&self.lemmas[s].as_str());
        match self.head(clause) {
            Some(n) if relative && self.base_rel(clause) == "acl" => n,
            _ => s,
        }
    }

    /// The subjects (active and passive) of verb `h`, relative pronouns standing for their noun.
    pub fn subjects(&self, h: usize) -> Vec<usize> {
        self.kids_with(h, &["nsubj", "nsubj:pass"]).map(|s| self.antecedent(h, s)).collect()
    }

    /// The subject of verb `i`; after a quote the subject follows the verb ("“…,” urged the
    /// ministry", "…, said the minister") and is often parsed as its object.
    pub fn subject(&self, i: usize) -> Option<usize> {
        if let Some(s) = self.kids_with(i, &["nsubj"]).next() {
            return Some(s);
        }
        // The quote may come parsed as a clause or, headed by a noun, as the object.
        let quote_before = self.kids_with(i, &["ccomp", "parataxis", "obj"]).any(|c| c < i);
        self.kids_with(i, &["obj", "iobj"]).find(|&o| quote_before && o > i)
    }

    /// Children of `i` whose full or base relation is one of `rels`.
    pub fn kids_with<'s>(&'s self, i: usize, rels: &'s [&str]) -> impl Iterator<Item = usize> + 's {
        self.children[i]
            .iter()
            .copied()
            .filter(move |&c| rels.contains(&self.rel(c)) || rels.contains(&self.base_rel(c)))
    }

    /// The possessive pronoun ("its", "their", "his", "her", "our") that owns the noun at `i`.
    pub fn possessive_pronoun(&self, i: usize) -> Option<usize> {
        let possessives = super::words::get("possessives");
        self.kids_with(i, &["nmod:poss"]).find(|&k| possessives.contains(&self.lower(k).as_str()))
    }

    /// "the", "this", "these", "that" or "those" determines the noun at `i`.
    pub fn definite_det(&self, i: usize) -> bool {
        self.kids_with(i, &["det"])
            .any(|d| matches!(self.lemmas[d].as_str(), "the" | "this" | "these" | "that" | "those"))
    }

    /// The preposition(s) marking a nominal: "on", "against", "according to", "in the direction of".
    pub fn case_of(&self, i: usize) -> Option<String> {
        let case = self.kids_with(i, &["case"]).next()?;
        let mut words = vec![self.lemmas[case].clone()];
        words.extend(self.kids_with(case, &["fixed"]).map(|f| self.lemmas[f].clone()));
        Some(words.join(" "))
    }

    /// A passive clause has a passive auxiliary ("were killed", "got hit"); a passive subject
    /// without one is a parse error on a past form ("Moscow on Tuesday called on ..."), except in a
    /// headline, which leaves the auxiliary out ("UN Monitors Fired On Near Haffa").
    pub fn is_passive(&self, v: usize) -> bool {
        let be = |c: usize| {
            matches!(self.lemmas[c].as_str(), "be" | "is" | "was" | "were" | "been" | "being" | "get" | "got")
        };
        let headline = || super::tense::headline(self) && super::reparse::past_form(self.word(v), &self.lemmas[v]);
        self.kids(v).iter().any(|&c| self.rel(c) == "aux:pass")
            || (self.kids(v).iter().any(|&c| self.rel(c) == "nsubj:pass")
                && (self.kids(v).iter().any(|&c| self.base_rel(c) == "aux" && be(c)) || headline()))
    }

    /// Whether `v` has a negation of its own; "not only condemned … but also" negates nothing.
    pub fn is_negated(&self, v: usize) -> bool {
        self.kids(v).iter().any(|&c| {
            let w = self.lemmas[c].as_str();
            (self.base_rel(c) == "advmod" || self.base_rel(c) == "det")
                && matches!(w, "not" | "n't" | "never" | "no")
                && !crate::lexicon::focus_not(&self.lemmas, c)
        })
    }

    /// `i` and the nominals coordinated with it ("Armenia and Azerbaijan" → both heads).
    pub fn conjuncts(&self, i: usize) -> Vec<usize> {
        let mut out = vec![i];
        let mut k = 0;
        while k < out.len() {
            let cur = out[k];
            out.extend(self.kids_with(cur, &["conj"]).filter(|c| !self.is_clause(*c)));
            k += 1;
        }
        out
    }

    /// A token heading a clause of its own (it has a subject or is a finite verb with aux).
    pub fn is_clause(&self, i: usize) -> bool {
        self.kids(i).iter().any(|&c| matches!(self.base_rel(c), "nsubj" | "csubj" | "aux" | "cop" | "mark"))
    }

    /// Token range of the phrase headed by `i`, without clauses, appositions, coordination and
    /// edge punctuation: the span quoted as an actor or target.
    pub fn phrase(&self, i: usize) -> Range<usize> {
        let mut inside = vec![false; self.len()];
        let mut stack = vec![i];
        while let Some(t) = stack.pop() {
            inside[t] = true;
            for &c in self.kids(t) {
                if self.rel(c) == "punct" {
                    // Bridges inside a name ("L‘Azerbaijan"); trimmed at the edges below.
                    inside[c] = true;
                } else if !(CLAUSAL.contains(&self.rel(c))
                    || t == i && (self.base_rel(c) == "case" || self.co_actor_phrase(c).is_some()))
                {
                    stack.push(c);
                }
            }
        }
        // The contiguous run of the phrase's own tokens around `i`: a misattached word further on
        // ("advisor met with … Assad" with Assad under "advisor") must not pull the verb in.
        let (mut lo, mut hi) = (i, i);
        while lo > 0 && inside[lo - 1] {
            lo -= 1;
        }
        while hi + 1 < self.len() && inside[hi + 1] {
            hi += 1;
        }
        while lo < hi && self.is_punct(lo) {
            lo += 1;
        }
        while hi > lo && self.is_punct(hi) {
            hi -= 1;
        }
        lo..hi + 1
    }

    /// The token of `range` highest in the tree.
    pub fn top(&self, range: Range<usize>) -> usize {
        range.clone().min_by_key(|&i| self.ancestors(i).count()).unwrap_or(range.start)
    }

    /// Token range covered by `i` and all its descendants.
    pub fn subtree(&self, i: usize) -> Range<usize> {
        let (mut lo, mut hi) = (i, i);
        let mut stack = vec![i];
        while let Some(t) = stack.pop() {
            lo = lo.min(t);
            hi = hi.max(t);
            stack.extend(self.kids(t).iter().copied());
        }
        lo..hi + 1
    }

    /// Whether word `i` is punctuation (no letter or digit).
    pub fn is_punct(&self, i: usize) -> bool {
        self.word(i).chars().all(|c| !c.is_alphanumeric())
    }

    pub fn text(&self, r: Range<usize>) -> &'a str {
        self.doc.span_text(self.sent, r)
    }

    /// Ancestors of `i`, nearest first.
    pub fn ancestors(&self, i: usize) -> impl Iterator<Item = usize> + '_ {
        let mut cur = i;
        let mut steps = 0;
        std::iter::from_fn(move || {
            steps += 1;
            if steps > self.len() {
                return None;
            }
            cur = self.head(cur)?;
            Some(cur)
        })
    }

    /// The party of a co-actor dependent: "(along with) donors", "together (with Somali troops)": a
    /// party acting with the head, not part of its name (read here, below the argument readers, so that
    /// phrase spans and arguments both use it).
    pub fn co_actor_phrase(&self, c: usize) -> Option<usize> {
        if !matches!(self.base_rel(c), "obl" | "nmod" | "advmod") {
            return None;
        }
        if super::words::get("co_actor_adverbs").contains(&self.lemmas[c].as_str()) {
            return self.kids_with(c, &["obl", "nmod"]).find(|&w| self.case_of(w).as_deref() == Some("with"));
        }
        let cases = super::words::get("co_actor_cases");
        let named = |case: Option<String>| case.is_some_and(|w| cases.contains(&w.as_str()));
        Some(c).filter(|&c| named(self.case_of(c)) || named(self.case_words(c)))
    }

    /// A multiword preposition the parser gives as sibling case words ("along" and "with" both on
    /// "Britain" in "The United States, along with Britain, …"): all of them, in order.
    fn case_words(&self, i: usize) -> Option<String> {
        let words: Vec<&str> = self.kids_with(i, &["case"]).map(|c| self.lemmas[c].as_str()).collect();
        (words.len() > 1).then(|| words.join(" "))
    }

    /// "kept up their bombardment", "pressed ahead with its offensive", "went on with the assault": verb
    /// `h` with a particle of going on carries on event noun `noun`, its object or its with-phrase
    /// ("kept the attack secret" and "went ahead" alone carry on nothing). Read by the triggers (what
    /// governs the carrier governs the event) and by the arguments (the carrier's subject does it).
    pub fn carries_on(&self, noun: usize, h: usize) -> bool {
        if !crate::events::words::get("carry_on_verbs").contains(&self.lemmas[h].as_str()) {
            return false;
        }
        let particle = self.kids(h).iter().any(|&k| {
            matches!(self.rel(k), "compound:prt" | "advmod")
                && crate::events::words::get("carry_on_particles").contains(&self.lemmas[k].as_str())
        });
        let with = self.base_rel(noun) == "obl" && self.case_of(noun).as_deref() == Some("with");
        particle && (self.base_rel(noun) == "obj" || with)
    }
}
