//! Document context for party resolution: the parties last named, the article's two main states
//! and its news day (`phrases` reads a noun phrase's parties against it).
use super::names::family_first;
use super::names::surname;
use crate::dates::{find_dates, DateMention};
use crate::events::view::View;
use crate::events::words;
use crate::parties;
use casus_core::{DateRef, Document, Party};
use chrono::NaiveDate;

/// What carries over from sentence to sentence: the publication date, the latest dated incident,
/// the parties last named (for "it said", "its positions") and the states the article is about
/// (for "the two countries", "both sides").
pub struct Context {
    pub published: Option<NaiveDate>,
    pub(crate) last_date: Option<DateRef>,
    /// The historical date (outside the news week) that the latest sentences narrate: a past-tense
    /// sentence with no date of its own continues it.
    pub(crate) narrative: Option<DateRef>,
    /// Most recent first, one per (country, role, name).
    recent: Vec<Party>,
    /// The actors of the latest event that named any: who "they" are.
    pub(crate) last_actors: Vec<Party>,
    /// The parties of the previous sentence's plural main subject, actor or not: who a "They" that
    /// opens the next sentence goes on with (`antecedents::opening_they`).
    pub(crate) last_subject: Vec<Party>,
    /// Whether that subject was the speaker of a report verb ("Security officials say ..."): it goes on
    /// only into a "They" that reports too ("They say the clash erupted ...").
    pub(crate) last_subject_spoke: bool,
    /// The two sides of the latest mutual event that named both ("clashes between Hamas and
    /// Fatah"): who "the two sides", "the rival factions" are.
    sides: Vec<Party>,
    /// The latest three or more states an event listed together (`counted`: "the three nations").
    pub(crate) listed_states: Vec<Party>,
    /// Surname → identity of people introduced with a state and role.
    people: Vec<(String, Party)>,
    /// Full names of the story's people by surname, first mention first ("Richard Bennett").
    full_names: Vec<(String, String)>,
    /// People the story names with their office, by surname (see `offices.rs`).
    offices: Vec<(String, Party)>,
    /// Acronyms the story defines, with their full name's party (see `acronyms.rs`).
    pub(super) acronyms: Vec<(String, Party)>,
    /// The words (lemmas) named armed groups came with ("paramilitary" of "Sudan's paramilitary Rapid
    /// Support Forces"), latest last: what "the paramilitaries" stand for (`role_antecedent.rs`).
    described: Vec<(String, Party)>,
    /// The state the story is set in, when one leads (`sides::home`).
    pub(crate) home: Option<String>,
    /// The latest source named in full ("the Armenian Ministry of Defense clarified …"): the
    /// "he" of "he said", "He also assured" in the sentences that follow.
    pub(super) speaker: Option<Party>,
    /// The speakers named before it, most recent first: "she said" after a man is quoted is the woman
    /// quoted before him.
    earlier_speakers: Vec<Party>,
    /// Surname → whether the story says that person is a woman (`gender.rs`).
    genders: Vec<(String, bool)>,
    /// The article's states by how often its named entities mention them, most first.
    salient: Vec<String>,
    /// The day the article's news happened: its most frequent day-precise date in the week up
    /// to publication, the first named of a tie (undated reactions and restated incidents fall on it).
    pub(crate) news_day: Option<DateRef>,
    /// Date mentions of each sentence, found once for the news day and reused per sentence.
    pub(crate) dates: Vec<Vec<DateMention>>,
    /// Where triggers come from (the lexicon, the model's event heads, or both).
    pub(crate) trigger_source: crate::events::triggers::learned::TriggerSource,
}

impl Context {
    pub fn new(doc: &Document) -> Context {
        let mut counts: Vec<(String, usize)> = Vec::new();
        for s in &doc.sentences {
            for e in s.entities.iter().filter(|e| matches!(e.label.as_str(), "GPE" | "NORP" | "ORG")) {
                let country = parties::normalize(doc.span_text(s, e.tokens.clone())).and_then(|p| p.country);
                if let Some(c) = country {
                    match counts.iter_mut().find(|(k, _)| *k == c) {
                        Some((_, n)) => *n += 1,
                        None => counts.push((c, 1)),
                    }
                }
            }
        }
        counts.sort_by_key(|c| std::cmp::Reverse(c.1));
        let salient: Vec<String> = counts.into_iter().map(|(c, _)| c).collect();
        let dates: Vec<Vec<DateMention>> = doc.sentences.iter().map(|s| find_dates(&s.tokens, doc.published)).collect();
        let mut days: Vec<(DateRef, usize)> = Vec::new();
        for (s, found) in doc.sentences.iter().zip(&dates) {
            for d in found {
                // A bare "overnight" is the anchor by default, not a day the story names.
                if in_news_window(doc.published, d) && !d.night {
                    match days.iter_mut().find(|(r, _)| r.value == d.value) {
                        Some((_, n)) => *n += 1,
                        None => days.push((
                            DateRef { text: doc.span_text(s, d.tokens.clone()).to_string(), value: d.value.clone() },
                            1,
                        )),
                    }
                }
            }
        }
        // The publication day itself when the article names it, else its most frequent news-week day;
        // of days named as often, the first named: the lead's incident, not a later item of the story
        // ("The attack took place late Saturday. Separately, police arrested two men on Monday.").
        let published = doc.published.map(|d| d.format("%Y-%m-%d").to_string());
        let news_day = days
            .iter()
            .find(|(d, _)| Some(&d.value) == published.as_ref())
            .or_else(|| days.iter().rev().max_by_key(|(_, n)| *n))
            .map(|(d, _)| d.clone());
        // Only a place the story names sets its state: a nationality word alone is as often a foreign
        // force's ("Israeli strikes killed 12 in Khiam, local officials said": the officials are not
        // Israeli), and an organisation acts abroad too.
        let home = super::home::home_country(doc);
        Context {
            offices: super::offices::offices(doc, home.as_deref()),
            acronyms: super::acronyms::acronyms(doc),
            described: Vec::new(),
            home,
            published: doc.published,
            last_date: None,
            narrative: None,
            recent: Vec::new(),
            last_actors: Vec::new(),
            last_subject: Vec::new(),
            last_subject_spoke: false,
            sides: Vec::new(),
            listed_states: Vec::new(),
            people: Vec::new(),
            full_names: super::names::full_names(doc),
            speaker: None,
            earlier_speakers: Vec::new(),
            genders: super::gender::genders(doc),
            salient,
            news_day,
            dates,
            trigger_source: Default::default(),
        }
    }

    /// The article's states, most mentioned first.
    pub(crate) fn states(&self) -> &[String] {
        &self.salient
    }

    /// The last speaker named.
    pub(crate) fn speaker(&self) -> Option<&Party> {
        self.speaker.as_ref()
    }

    /// Notes who made a statement, unless named by a pronoun.
    pub(crate) fn heard(&mut self, p: &Party, pronoun: bool) {
        if !pronoun {
            if let Some(old) = self.speaker.replace(p.clone()) {
                self.earlier_speakers.retain(|q| q.name != old.name);
                self.earlier_speakers.insert(0, old);
                self.earlier_speakers.truncate(4);
            }
        }
    }

    /// Whether "he" (`female` false) or "she" may stand for `p`: not when the story says otherwise.
    pub(crate) fn agrees(&self, p: &Party, female: bool) -> bool {
        let Some(name) = p.name.as_deref() else { return true };
        let key = surname(name);
        let told = self.genders.iter().find(|(g, _)| Some(g) == key.as_ref()).map(|(_, f)| *f);
        told.or_else(|| super::gender::by_given_name(name)).is_none_or(|f| f == female)
    }

    /// Who "he" (`female` false) or "she" at `at` is: a person named as a subject before it in its
    /// sentence, else the latest speaker who may be.
    pub(crate) fn person_for(&self, v: &View, at: usize, female: bool, avoid: Option<&str>) -> Option<Party> {
        let named = super::speakers::named_before(v, self, at, avoid).filter(|p| self.agrees(p, female));
        named.or_else(|| self.speaker.iter().chain(&self.earlier_speakers).find(|p| self.agrees(p, female)).cloned())
    }

    /// The parties last named, most recent first.
    pub(crate) fn recent(&self) -> impl Iterator<Item = &Party> {
        self.recent.iter()
    }

    /// The last speaker, then the ones named before, most recent first.
    pub(crate) fn speakers(&self) -> impl Iterator<Item = &Party> {
        self.speaker.iter().chain(&self.earlier_speakers)
    }

    /// The identity of a person named earlier with a state and role, found by surname.
    pub(crate) fn person(&self, name: &str) -> Option<&Party> {
        let key = surname(name)?;
        let p = self.people.iter().find(|(k, _)| *k == key).map(|(_, p)| p)?;
        // "Daud Ahmadi" after "Qari Yousef Ahmadi": a shared surname with other given names is another person.
        super::names::given_names_agree(name, &p.text).then_some(p)
    }

    /// "Bennett" for a person the story named in full before or after ("rapporteur Richard Bennett").
    pub(crate) fn full_name(&self, name: &str) -> Option<&str> {
        if name.split_whitespace().count() != 1 {
            return None;
        }
        let key = surname(name)?;
        let found = self.full_names.iter().find(|(k, _)| *k == key).map(|(_, n)| n.as_str());
        found.or_else(|| family_first(self.full_names.iter().map(|(_, n)| n.as_str()), name))
    }

    /// "Chaudhry" for a person the story named with an office ("military spokesman Gen. Ahmed Sharif
    /// Chaudhry"): that person as a party of the office's state and role.
    pub(crate) fn office(&self, name: &str) -> Option<&Party> {
        let key = surname(name)?;
        let found = self.offices.iter().find(|(k, _)| *k == key).map(|(_, p)| p);
        let agree = |p: &&Party| super::names::given_names_agree(name, p.name.as_deref().unwrap_or(&p.text));
        found.filter(agree).or_else(|| {
            let full = family_first(self.offices.iter().filter_map(|(_, p)| p.name.as_deref()), name)?;
            self.offices.iter().map(|(_, p)| p).find(|p| p.name.as_deref() == Some(full))
        })
    }

    /// The people the story names with an office (see `offices.rs`).
    pub(crate) fn office_holders(&self) -> impl Iterator<Item = &Party> {
        self.offices.iter().map(|(_, p)| p)
    }

    /// Whether `p` is one of the story's people (named in full, or known with an office) or a known person.
    pub(crate) fn is_person(&self, p: &Party) -> bool {
        let Some(name) = p.name.as_deref() else { return false };
        self.full_names.iter().any(|(_, n)| n == name)
            || self.offices.iter().any(|(_, q)| q.name.as_deref() == Some(name))
            || parties::names_person_in_full(name)
    }

    pub(crate) fn remember(&mut self, p: &Party) {
        // A state and role known for a span that ends in a name: that person's identity.
        if let (Some(_), Some(_), Some(key)) = (&p.country, &p.role, surname(&p.text)) {
            if !parties::is_country_name(p.text.split_whitespace().last().unwrap_or_default())
                && !self.people.iter().any(|(k, _)| *k == key)
            {
                self.people.push((key, p.clone()));
            }
        }
        let armed = p.role.as_deref().is_some_and(|r| words::get("armed_group_roles").contains(&r));
        // A group's own name, not the state a role word took ("the insurgents in Qatar's capital").
        if armed && p.name.as_deref().is_some_and(|n| !parties::is_country_name(n)) {
            let lemmas = p.text.split_whitespace().map(|w| crate::lemma::lemma(&w.to_lowercase()));
            self.described.extend(lemmas.map(|l| (l, p.clone())));
        }
        self.recent.retain(|q| (&q.country, &q.role, &q.name) != (&p.country, &p.role, &p.name));
        self.recent.insert(0, p.clone());
        self.recent.truncate(8);
    }

    /// Notes the two sides of a mutual event ("fighting between troops and rebels", "A clashed with
    /// B"): "the two sides" and "both rivals" of later sentences are them, not the story's two
    /// main states when one side is an armed group or the story names other states more often.
    pub(crate) fn two_sides(&mut self, sides: &[Party]) {
        if let [a, b] = sides {
            if (&a.country, &a.role, &a.name) != (&b.country, &b.role, &b.name) {
                self.sides = sides.to_vec();
            }
        }
    }

    /// The two sides of the story's latest fight as they were named (none before one is noted).
    pub(super) fn noted_sides(&self) -> &[Party] {
        &self.sides
    }

    /// The two sides a pair phrase ("both sides", "the two countries") stands for: those of the
    /// latest mutual event, else the article's two main states. A state side is its government
    /// (GUIDELINES §5: "the two countries/both sides" as agent are GOV); an armed group stays itself.
    /// `states`: the phrase names states ("the two governments"), which an armed group is not.
    pub(super) fn pair(&self, text: &str, states: bool) -> Vec<Party> {
        self.pair_of(&self.sides, text, states)
    }

    /// The pair of "both sides", "the two sides", "the parties" (`pair`), a side the story had not
    /// placed yet when the sides were noted ("killed six soldiers") placed in the state the story is
    /// set in, else its foe's ("troops fought separatists"): not in a place the pair phrase's own
    /// sentence names ("talks in Tokyo between the two sides"), and a state side is its government.
    pub(super) fn side_pair(&self, text: &str, states: bool) -> Vec<Party> {
        let armed = |p: &Party| {
            p.role
                .as_deref()
                .is_some_and(|r| words::get("state_roles").contains(&r) || words::get("armed_group_roles").contains(&r))
        };
        let foe = |p: &Party| self.sides.iter().find(|q| *q != p).and_then(|q| q.country.clone());
        let placed: Vec<Party> = self
            .sides
            .iter()
            .map(|p| match &p.country {
                None if armed(p) => Party { country: self.home.clone().or_else(|| foe(p)), ..p.clone() },
                _ => p.clone(),
            })
            .collect();
        self.pair_of(&placed, text, states)
    }

    fn pair_of(&self, sides: &[Party], text: &str, states: bool) -> Vec<Party> {
        let state = |c: &String| Party {
            text: text.to_string(),
            name: parties::country_name(c).map(str::to_string),
            country: Some(c.clone()),
            role: Some("GOV".into()),
        };
        let state_roles = words::get("state_roles");
        let state_side = |p: &Party| p.role.as_deref().is_none_or(|r| state_roles.contains(&r));
        if sides.len() == 2 && (!states || sides.iter().all(state_side)) {
            return sides
                .iter()
                .map(|p| match &p.country {
                    Some(c) if state_side(p) => state(c),
                    _ => Party { text: text.to_string(), ..p.clone() },
                })
                .collect();
        }
        self.salient.iter().take(2).map(state).collect()
    }

    /// "the enemy" in the words of a party of `own` country: the other of the article's two states.
    pub(crate) fn other_side(&self, own: &str) -> Option<Party> {
        let c = self.salient.iter().take(2).find(|c| c.as_str() != own)?;
        Some(Party {
            text: String::new(),
            name: parties::country_name(c).map(str::to_string),
            country: Some(c.clone()),
            role: Some("MIL".into()),
        })
    }

    /// The named armed group described last with one of `lemmas` (see `described`).
    pub(super) fn described_with(&self, lemmas: &[&str]) -> Option<&Party> {
        self.described.iter().rev().find(|(l, _)| lemmas.contains(&l.as_str())).map(|(_, p)| p)
    }

    /// The party a pronoun stands for: the latest one not of the `avoid` country.
    pub(crate) fn referent(&self, avoid: Option<&str>) -> Option<&Party> {
        self.recent.iter().find(|p| avoid.is_none() || p.country.as_deref() != avoid)
    }
}

/// A day-precise date in the week up to publication (any day-precise date when it is unknown).
pub(crate) fn in_news_window(published: Option<NaiveDate>, d: &DateMention) -> bool {
    if d.precision != crate::dates::Precision::Day {
        return false;
    }
    let Some(p) = published else { return true };
    NaiveDate::parse_from_str(&d.value, "%Y-%m-%d").is_ok_and(|day| day <= p && (p - day).num_days() <= 7)
}
