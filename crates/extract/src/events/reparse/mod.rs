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
//! 6. An inverted speaker parsed as a second complement ("…, said a health official, Ali Khan") is
//!    the reporting verb's subject.
//! 7. The hearer of a trailing "told" hung on the quote's verb ("“They shot everyone,” one survivor
//!    told Reuters") goes back to "told".
//! 8. A violent deed coordinated with the reporting verb after its complement ("Residents said the
//!    gunmen arrived at dawn and targeted a post") goes to the complement's verb.
//! 9. The hearer of "told" before a content clause without "that", parsed as a second subject of the
//!    clause ("A spokesman told VOA the insurgents set fire to two vehicles"), goes back to "told".
//! 10. A list read as an apposition ("attacks on security forces, settlers and workers": "settlers"
//!     in apposition to "forces") is a list when its items are parties of different roles.
//! 11. A headline's past participle with a subject and no object ("Police Officer Shot Dead in
//!     Garissa") is a passive: its subject is who it was done to.
//! 12. Two parties before a title-case headline's verb, joined by a comma ("Army, RSF Trade Blame",
//!     "Yemeni Tribesmen, Troops Battle in Sana'a"), are the verb's coordinated subjects
//!     (`headline_pairs`).
//! 13. A reduced relative clause after a comma read as a verb with two subjects ("…, a charge Kigali
//!     rejected", "…, an offer the rebels turned down") is a clause on the first noun, its object.
//! 14. The noun of a subject's own modifier parsed as a second subject ("Mobs of ethnic Kyrgyz men
//!     rampaged", "Fighters loyal to Ouattara entered", "a group calling itself the Real IRA
//!     claimed") is hung back inside the subject's phrase, so one party is one actor.
//! 15. The subject of a clause coordinated after ", and" hung on the first clause ("X warned that
//!     any intervention would be met with force, and Mali and Burkina Faso have said …": "Mali" a
//!     second subject of "met") is the subject of its own verb, which follows it directly.
//! 16. A second absolute clause read as a noun conjunct with a participle ("with warplanes bombing
//!     RSF bases and the two sides battling for the airport": "sides" a conjunct of "bases") is a
//!     clause of its own: the noun is its participle's subject, not a second object of the first.
//! 17. A subject after a fronted phrase hung inside it ("In a statement posted on the Internet, the
//!     Islamic State of Iraq, an umbrella group …, claimed": an agent of "posted") is the main verb's.
//! 18. A finite verb coordinated with an -ing complement ("denied targeting civilians and blamed
//!     government troops") is a second verb of the complement's governor.
//! 19. A verb with no passive auxiliary and a passive subject on each side ("Gangs have since kidnapped
//!     at least seven police officers") is active: the one after it is its object; so is a counted
//!     noun whose "at least" took the preposition ("detained at least 50 politicians") or whose hedge
//!     was read as one ("arrested about 30 protesters").
//! 20. A subset of a verb's object named through a pronoun after it, parsed as a second subject
//!     ("had killed 55 people, among them soldiers and Christians", "most of them policemen"), is an
//!     apposition of the object: the victims named, not doers.
//! 21. A subordinator read as the preposition of a subject ("after police and activists attacked
//!     students") opens the clause; its phrase is the verb's subject (`subjects`).
//! 22. A reduced relative before a subjectless verb, parsed as a verb with the subject ("gunmen
//!     believed to belong to X attacked a post"), gives the subject to that verb and hangs on it; so
//!     does a hedge participle read as the root that took the verb as its complement ("Gunmen
//!     believed to be militants killed three soldiers"), whose "to be" noun is its own.
//! 23. A subject hung across its verb on the verb's object ("Rebels shelled army positions",
//!     "Rebels" a modifier of "positions") is the verb's.
//! 24. A past form read as an adjective after the name in a subject's of-phrase ("Rebels of the
//!     National Front shelled army positions") is the verb.
//! 25. A statement of blame coordinated with a denied clause ("denied the group had
//!     taken the pupils and accused the army") is the speaker's second verb (`statement_conjuncts`).
//! 26. A title-case headline read as one noun phrase, its present verb a modifier ("Mob Burns Church
//!     in Northern Nigeria", "Rebels Shell Capital"), is a clause: subject, verb, object
//!     (`headlines::modifier_verbs`); a country read as the subject of the event noun that is the verb's
//!     subject ("Israel Strikes Hit Gaza") modifies the noun (`headlines::stacked_subjects`); a noun
//!     and a verb both hung on a label before a colon ("Ukraine: Russian Strikes Hit School") are a
//!     clause (`headlines::appositive_subjects`).
//! 27. The subject of a subordinate clause read as a by-less agent of the passive before it ("Nine
//!     Killed as Security Forces Fire on Protesters") is the subordinate verb's (`unmarked_agents`).
mod clauses;
mod headlines;
mod subjects;

/// A sentence's tree while it is repaired: heads (`None` at the root), relations, lemmas, and the
/// first word of each person name the model tags.
pub(super) struct Tree<'t> {
    pub heads: &'t mut [Option<usize>],
    pub rels: &'t mut [String],
    pub lemmas: &'t [String],
    pub persons: Vec<usize>,
    /// The sentence is a headline, where a past form is a participle (headlines put the active in
    /// the present: "Gunmen Kill 12", "12 Killed").
    pub headline: bool,
    /// The sentence is a title-case headline ([`super::tense::title_case_words`]).
    pub title: bool,
    /// Per word: an -ing form ("fleeing"), which heads no finite clause without an auxiliary.
    pub gerunds: Vec<bool>,
    /// Per word: a past form ([`past_form`]), anywhere in the sentence.
    pub pasts: Vec<bool>,
    /// Per word: the word as written, lower-cased ("burns" beside its lemma "burn").
    pub words: Vec<String>,
}

/// Whether `word` (with lemma `lemma`) is a past form of letters only: "shot", "killed"; not "kills",
/// "killing", "U.S.-led".
pub(super) fn past_form(word: &str, lemma: &str) -> bool {
    let low = word.to_lowercase();
    low.chars().all(|c| c.is_alphabetic()) && super::tense::past_inflection(&low, lemma)
}

impl Tree<'_> {
    /// Runs the repairs in order; `comma(i)` says whether word `i` is a comma, `role(words)` the role of
    /// the party the words name, if any (an office is a role).
    pub fn repair(&mut self, comma: impl Fn(usize) -> bool, role: impl Fn(std::ops::Range<usize>) -> Option<String>) {
        self.reattach_speakers(&comma);
        self.reattach_content_subjects();
        self.reattach_content_clauses();
        self.join_titles(|r| role(r).is_some());
        self.reattach_scenes();
        self.invert_speakers();
        self.reattach_hearers();
        self.reattach_deeds();
        self.statement_conjuncts();
        self.reattach_told_hearers(&role);
        self.list_appositions(&role);
        self.modifier_subjects();
        self.conjunct_subjects();
        self.absolute_pairs();
        self.fronted_subjects(&comma);
        self.finite_conjuncts();
        self.active_pairs();
        if self.title {
            self.modifier_verbs();
            self.stacked_subjects();
            self.appositive_subjects();
            self.headline_pairs(&comma, &role);
        }
        self.headline_passives();
        self.reduced_relatives();
        self.object_subsets(&comma);
        self.subordinated_subjects(&comma);
        self.unmarked_agents();
        self.reduced_relative_subjects(&comma);
        self.crossed_subjects();
        self.adjective_verbs();
    }

    /// A verb of telling ("told", "informed") with no hearer in its parse: the repairs give it one.
    fn unheard_teller(&self, r: usize) -> bool {
        super::words::get("listening_verbs").contains(&self.lemmas[r].as_str())
            && !self.has_kid(r, "obj")
            && !self.has_kid(r, "iobj")
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
    /// speaker turns doer (or victim) and the report loses its source. A subject (or an apposition)
    /// that stands after its head and a comma, whose phrase runs up to a subjectless reporting verb,
    /// is that verb's subject.
    fn reattach_speakers(&mut self, comma: impl Fn(usize) -> bool) {
        for c in 0..self.heads.len() {
            if !self.reporting(c) || self.has_kid(c, "nsubj") {
                continue;
            }
            // "…, the city's governor, Oguz Kagan Koksal, said": the speaker's own apposition holds
            // commas, so the comma before the speaker may be any of the last few; the widest phrase
            // that runs up to the verb is the speaker, not the name in it.
            let mut speaker = None;
            for (n, at) in (0..c).rev().filter(|&k| comma(k)).take(3).enumerate() {
                // or an apposition of a noun before it ("…, killing 12 soldiers, a military officer, said")
                let stray = |s: usize| matches!(self.base(s), "nsubj" | "appos");
                // hung on a word before the comma, or on the content clause after the verb ("…, Pakistan's
                // representative, Munir Akram, said Kabul was failing" parsed as a subject of "failing")
                let astray = |h: usize| h < at || h > c;
                let stranded = (at + 1..c).find(|&s| stray(s) && self.heads[s].is_some_and(astray));
                // past the last comma, the whole stretch up to the verb must be the speaker's phrase
                let inside = |s: usize, k: usize| comma(k) || self.base(k) == "punct" || self.below(s, k);
                let whole =
                    |s: usize| (s + 1..c).all(|k| inside(s, k)) && (n == 0 || (at + 1..s).all(|k| inside(s, k)));
                speaker = stranded.filter(|&s| whole(s)).or(speaker);
            }
            if let Some(s) = speaker.filter(|&s| self.rehang(s, c)) {
                self.rels[s] = "nsubj".into();
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
            let mut contents: Vec<usize> = kids("ccomp").into_iter().chain(kids("parataxis")).collect();
            contents.retain(|&k| k < r && !self.has_kid(k, "nsubj"));
            contents.sort_unstable();
            // "Gunmen holding 27 hostages, including …, beheaded two teachers, the army said": an -ing
            // form right after the subject describes it; the finite verb is the content.
            let content = contents.iter().copied().find(|&k| !self.gerunds[k]).or(contents.first().copied());
            let Some(k) = content else { continue };
            let before = subjects.iter().copied().find(|&s| s < k);
            if let Some(s) = before.filter(|&s| subjects.iter().any(|&o| o > k) && self.rehang(s, k)) {
                // a passive content ("were killed") takes a passive subject
                if (0..self.heads.len()).any(|a| self.heads[a] == Some(k) && self.rels[a] == "aux:pass") {
                    self.rels[s] = "nsubj:pass".into();
                }
                let described: Vec<usize> =
                    contents.iter().copied().filter(|&g| g == s + 1 && g < k && self.gerunds[g]).collect();
                for g in described {
                    if self.rehang(g, s) {
                        self.rels[g] = "acl".into();
                    }
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
    /// "attacks on security forces, settlers and workers" comes parsed with "settlers" (and its
    /// conjunct "workers") in apposition to "forces". An apposition that has a conjunct of its own and
    /// names a party of another role than its uncounted head ("security forces" MIL, "settlers" CVL)
    /// is the head's next conjunct: one party (and one record) each. Of one role ("civilians, women
    /// and children"), with names ("MDC officials Matibiri and Tamborinyoka") or after a count ("three
    /// people, a policeman and two civilians") it stays an apposition.
    fn list_appositions(&mut self, role: impl Fn(std::ops::Range<usize>) -> Option<String>) {
        for i in 0..self.heads.len() {
            let Some(h) = self.heads[i].filter(|_| self.rels[i] == "appos") else { continue };
            let listed = self.has_kid(i, "conj") && !self.has_kid(h, "nummod");
            let named = self.persons.contains(&h) || self.persons.contains(&i);
            if !listed || named {
                continue;
            }
            if let (Some(a), Some(b)) = (role(h..h + 1), role(i..i + 1)) {
                if a != b {
                    self.rels[i] = "conj".into();
                }
            }
        }
    }

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

    /// "At least 22 people were killed in the fighting, said a health official, Ali Khan" comes parsed
    /// with the official as a second complement of "said", which then has no subject and the report no
    /// source. A reporting verb with no subject whose complement after it is a noun phrase (it has a
    /// determiner or a person's name and no word of a clause) has that phrase as its subject.
    fn invert_speakers(&mut self) {
        for r in 0..self.heads.len() {
            if !self.reporting(r) || self.has_kid(r, "nsubj") {
                continue;
            }
            let clausal = ["nsubj", "aux", "cop", "mark", "obj", "ccomp", "xcomp", "expl"];
            // a determiner or a possessor before it ("a health official", "the city's ombudsman"), or a
            // person's name in it ("police spokesman Ali Khan")
            let marked = |k: usize| {
                (0..k).any(|d| self.heads[d] == Some(k) && matches!(self.rels[d].as_str(), "det" | "nmod:poss"))
            };
            let named = |k: usize| {
                self.persons.contains(&k)
                    || self.persons.iter().any(|&p| self.heads[p] == Some(k) && self.base(p) == "appos")
            };
            let nominal = |k: usize| !clausal.iter().any(|rel| self.has_kid(k, rel)) && (marked(k) || named(k));
            let speaker = (r + 1..self.heads.len()).find(|&k| self.heads[k] == Some(r) && self.base(k) == "ccomp");
            if let Some(k) = speaker.filter(|&k| nominal(k)) {
                self.rels[k] = "nsubj".into();
            }
        }
    }

    /// "“They shot everyone they saw,” one survivor told Reuters" comes parsed with "Reuters" as the
    /// object of "shot", across "told": the news agency turns victim. An object after a verb of telling
    /// that has none, hung on a verb of its complement before it, is who was told.
    fn reattach_hearers(&mut self) {
        for r in 0..self.heads.len() {
            if !self.unheard_teller(r) {
                continue;
            }
            let crossing = |k: usize| self.heads[k].is_some_and(|h| h < r && self.below(r, h));
            if let Some(k) = (r + 1..self.heads.len()).find(|&k| self.base(k) == "obj" && crossing(k)) {
                self.rehang(k, r);
            }
        }
    }

    /// "Residents said the assailants arrived around 2 a.m. and first targeted a post" comes parsed
    /// with "targeted" coordinated with "said": the residents turn attackers and the attack loses its
    /// source. A deed of violence (CAMEO 18-20) with no subject of its own, coordinated with a
    /// reporting verb after that verb's complement clause (which has a subject), is the clause's
    /// second verb; a statement ("… and accused the army") stays the speaker's.
    fn reattach_deeds(&mut self) {
        let violent = |i: usize| {
            crate::lexicon::lookup_pos(self.lemmas, i, Some(crate::lexicon::Pos::Verb))
                .and_then(|m| m.entry.cameo.as_deref())
                .is_some_and(|c| matches!(c.get(..2), Some("18" | "19" | "20")))
        };
        for r in 0..self.heads.len() {
            if !self.reporting(r) {
                continue;
            }
            let after: Vec<usize> = (r + 1..self.heads.len()).filter(|&k| self.heads[k] == Some(r)).collect();
            let clause = after.iter().copied().find(|&c| self.base(c) == "ccomp" && self.has_kid(c, "nsubj"));
            let Some(clause) = clause else { continue };
            let deed = |k: usize| self.base(k) == "conj" && k > clause && !self.has_kid(k, "nsubj") && violent(k);
            let deeds: Vec<usize> = after.iter().copied().filter(|&k| deed(k)).collect();
            for k in deeds {
                self.rehang(k, clause);
            }
        }
    }

    /// "Daud Ahmadi told VOA the insurgents set fire to two police vehicles" comes parsed with "VOA"
    /// as a first subject of "set", or as a modifier of "the insurgents" ("told VOA gunmen came"): the
    /// agency turns arsonist. A verb of telling with no hearer whose complement clause has two
    /// subjects, the first right after the verb, was told by the first; so was a news outlet that
    /// opens the clause's only subject as its modifier.
    fn reattach_told_hearers(&mut self, role: &impl Fn(std::ops::Range<usize>) -> Option<String>) {
        for r in 0..self.heads.len() {
            if !self.unheard_teller(r) {
                continue;
            }
            let clause = (r + 1..self.heads.len()).find(|&k| self.heads[k] == Some(r) && self.base(k) == "ccomp");
            let Some(clause) = clause else { continue };
            let subjects: Vec<usize> =
                (r + 1..clause).filter(|&k| self.heads[k] == Some(clause) && self.base(k) == "nsubj").collect();
            // the hearer's phrase must start right after "told" ("told The Associated Press")
            let adjacent = |s: usize| (r + 1..=s).all(|k| k == s || self.below(s, k));
            let hearer = match subjects[..] {
                [first, _, ..] => Some(first).filter(|&h| adjacent(h)),
                [only] => self.outlet_modifier(r + 1, only, role),
                [] => None,
            };
            if let Some(h) = hearer.filter(|&h| self.rehang(h, r)) {
                self.rels[h] = "iobj".into();
            }
        }
    }

    /// The modifier at `start` of subject `subject` when it is a news outlet ("VOA gunmen", "Reuters
    /// soldiers"): a compound whose words, with their own flat parts, name a party of role MED.
    fn outlet_modifier(
        &self,
        start: usize,
        subject: usize,
        role: &impl Fn(std::ops::Range<usize>) -> Option<String>,
    ) -> Option<usize> {
        let head = (start..subject).find(|&k| self.heads[k] == Some(subject) && self.base(k) == "compound")?;
        let end = (head + 1..subject).take_while(|&k| self.heads[k] == Some(head)).last().unwrap_or(head) + 1;
        let opens = (start..head).all(|k| self.below(head, k));
        (opens && role(start..end).as_deref() == Some("MED")).then_some(head)
    }

    /// "Mobs of ethnic Kyrgyz men rampaged", "Fighters loyal to Ouattara entered", "A group calling
    /// itself the Real IRA claimed" come parsed with the modifier's noun as a second subject of the
    /// verb, so one party makes two actors (and two records). A subject before the verb whose phrase
    /// starts right where an earlier subject's phrase ends with a preposition (`modifier_cases`: "of",
    /// "to") belongs to that phrase, on the word before it ("men" on "Mobs", "Ouattara" on "loyal");
    /// one after a naming word (`naming_words`: "itself", "called") is the name, and the earlier
    /// subject its apposition. A comma or "and" between them is a list or an apposition, as parsed.
    fn modifier_subjects(&mut self) {
        let listed = |list: &str, k: usize| super::words::get(list).contains(&self.lemmas[k].as_str());
        for verb in 0..self.heads.len() {
            let subjects: Vec<usize> =
                (0..verb).filter(|&s| self.heads[s] == Some(verb) && self.base(s) == "nsubj").collect();
            for pair in subjects.windows(2) {
                let (first, second) = (pair[0], pair[1]);
                let Some(start) = (0..=second).find(|&k| self.below(second, k)) else { continue };
                if start <= first || !(first..start).all(|k| self.below(first, k)) {
                    continue;
                }
                let last = start - 1;
                let case = matches!(self.base(start), "case" | "mark") && listed("modifier_cases", start);
                // "a group calling itself the Real IRA", "a militia called the Janjaweed": the name is
                // the party, the description before it its apposition
                if listed("naming_words", last) && matches!(self.base(last), "acl" | "obj") {
                    if self.rehang(first, second) {
                        self.rels[first] = "appos".into();
                    }
                    continue;
                }
                let modified = matches!(self.base(last), "acl" | "amod");
                if case && self.rehang(second, last) {
                    self.rels[second] = if modified { "obl" } else { "nmod" }.into();
                }
            }
        }
    }

    /// "…, a charge Kigali rejected": English has no verb with two subjects, so a noun with a
    /// determiner right before another subject of a non-root verb with no object is the noun a
    /// reduced relative clause acts on. A reporting verb keeps its parse ("the group Amnesty said").
    fn reduced_relatives(&mut self) {
        let n = self.heads.len();
        for verb in 0..n {
            let Some(head) = self.heads[verb] else { continue };
            let subjects: Vec<usize> =
                (0..n).filter(|&k| self.heads[k] == Some(verb) && self.rels[k] == "nsubj").collect();
            let [a, b] = subjects[..] else { continue };
            // "the first batch of China's vaccine arrived": a second subject with a case word is the
            // first one's of-phrase, and a conjoined clause is no relative clause.
            let clause = self.base(verb) == "conj" || self.has_kid(b, "case");
            if b > verb || clause || self.has_kid(verb, "obj") || self.reporting(verb) {
                continue;
            }
            let determined = (0..a).any(|k| self.heads[k] == Some(a) && self.base(k) == "det");
            // the two phrases meet, with no comma or word of the verb's between them
            let adjacent = (a + 1..b).all(|k| self.below(a, k) || self.below(b, k));
            if !determined || !adjacent {
                continue;
            }
            (self.heads[a], self.rels[a]) = (Some(head), self.rels[verb].clone());
            (self.heads[verb], self.rels[verb]) = (Some(a), "acl:relcl".into());
        }
    }

    /// "its fighters had killed 55 people, among them soldiers and Christians, and seized the town",
    /// "killing at least 100 people, most of them policemen": the model reads the subset after the
    /// object as a second subject of the verb, so the victims turn doers (one record each, of every
    /// verb the clause coordinates). A subject after the verb and its object, set off by a comma and
    /// holding a partitive pronoun before its head (`partitive_pronouns`: "them", "whom"), is an
    /// apposition of that object. An inverted speaker ("…, said a health official") names no
    /// pronoun, and a clause of its own ("among them were soldiers") has a verb between.
    fn object_subsets(&mut self, comma: &impl Fn(usize) -> bool) {
        let partitive = |k: usize| super::words::get("partitive_pronouns").contains(&self.lemmas[k].as_str());
        for s in 0..self.heads.len() {
            let Some(verb) = self.heads[s].filter(|&v| v < s && self.base(s) == "nsubj") else { continue };
            let object = (verb + 1..s).rev().find(|&o| self.heads[o] == Some(verb) && self.base(o) == "obj");
            let Some(object) = object else { continue };
            // the words between are the object's phrase and a comma, whichever the comma hangs on
            let Some(start) = (object + 1..s).find(|&k| self.below(s, k) && !comma(k)) else { continue };
            let between = object + 1..start;
            let set_off = between.clone().any(comma) && between.clone().all(|k| self.below(object, k) || comma(k));
            if set_off && (start..s).any(|k| partitive(k) && self.below(s, k)) && self.rehang(s, object) {
                self.rels[s] = "appos".into();
            }
        }
    }
}
