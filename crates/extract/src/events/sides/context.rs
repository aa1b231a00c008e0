//! Document context for party resolution: the parties last named, the article's two main states
//! and its news day, and the noun-phrase → party rules that use them.
use super::names::family_first;
use super::names::surname;
use super::pronouns::pronoun;
use super::shared_noun::Reading;
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
    acronyms: Vec<(String, Party)>,
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
        let state = |c: &String| Party {
            text: text.to_string(),
            name: parties::country_name(c).map(str::to_string),
            country: Some(c.clone()),
            role: Some("GOV".into()),
        };
        let state_roles = words::get("state_roles");
        let state_side = |p: &Party| p.role.as_deref().is_none_or(|r| state_roles.contains(&r));
        if self.sides.len() == 2 && (!states || self.sides.iter().all(state_side)) {
            return self
                .sides
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

pub(crate) fn parties_of(v: &View, ctx: &Context, heads: &[usize], avoid: Option<&str>) -> Vec<Party> {
    let mut out: Vec<Party> = Vec::new();
    for &h in heads {
        let own = || super::split_modifiers(v, h).unwrap_or_else(|| party(v, ctx, h, avoid));
        let found = match super::shared_noun::reading(v, h) {
            Some(Reading::Noun) => Vec::new(),
            Some(Reading::Modifier(noun)) => modifier_party(v, h, noun).map(|p| vec![p]).unwrap_or_else(own),
            None => own(),
        };
        for mut p in found {
            // A group's role on the story's day (the Taliban REB until August 2021), before parties
            // are told apart: two parties of one state may be a government and its insurgents.
            if let Some(r) = p.name.as_deref().and_then(|n| crate::parties::eras::group_role_at(n, ctx.published)) {
                p.role = Some(r.to_string());
            }
            // "Russian President Vladimir Putin and … Antony Blinken" are two sides; "US Foreign
            // Minister" and "Antony Blinken" in one list are one; "Hamas and Fatah", two armed groups
            // of one country, are two.
            let state = p.role.as_deref().is_some_and(|r| words::get("state_organs").contains(&r));
            let same = |q: &Party| {
                q == &p
                    || (p.country.is_some()
                        && (&q.country, &q.role) == (&p.country, &p.role)
                        && (state || q.name == p.name))
            };
            if !out.iter().any(same) {
                out.push(p);
            }
        }
    }
    out
}

/// "government" of "government and rebel troops" misread as a list: the party of "government troops".
fn modifier_party(v: &View, modifier: usize, noun: usize) -> Option<Party> {
    let info = parties::normalize(&format!("{} {}", v.word(modifier), v.word(noun)))?;
    info.country.as_ref().or(info.role.as_ref())?;
    // Its own words where they stand together ("rebel forces"), else the modifier alone
    // ("Government" of "Government and rebel forces").
    let end = if noun == modifier + 1 { noun + 1 } else { modifier + 1 };
    let text = v.text(modifier..end).to_string();
    Some(Party { text, name: info.name, country: info.country, role: info.role })
}

/// The parties a noun phrase names: from the gazetteer, else a named entity of the model;
/// pronouns take the latest party, "the two countries" the article's two main states.
fn party(v: &View, ctx: &Context, head: usize, avoid: Option<&str>) -> Vec<Party> {
    let text = v.text(v.phrase(head)).to_string();
    if let Some(found) = pronoun(v, ctx, head, avoid, &text) {
        return found;
    }
    if crate::events::args::towns::town_modifier(v, head) {
        return Vec::new();
    }
    if let Some(found) = super::partitives::partitive(v, ctx, head, avoid, &text) {
        return found;
    }
    let lemma = v.lemmas[head].as_str();
    // "violated the agreement of the leaders of Russia, …": a document, a process or an event
    // ("fought a war over Nagorno-Karabakh") is no party, whoever it names.
    let event = crate::lexicon::lookup_pos(&v.lemmas, head, Some(crate::lexicon::Pos::Noun))
        .is_some_and(|m| m.tokens.len() == 1 && !m.entry.report);
    if words::get("not_parties").contains(&lemma) {
        return Vec::new();
    }
    if event {
        return wielder(v, ctx, head, avoid);
    }
    if let Some(found) = related(v, ctx, head, avoid, &text) {
        return found;
    }
    if let Some(p) = group_anaphor(v, ctx, head, &text).or_else(|| super::bodies::body_anaphor(v, ctx, head, &text)) {
        return vec![p];
    }
    if let Some(p) = super::namesakes::story_person(v, ctx, head, &text) {
        return vec![p];
    }
    match listed(v, ctx, head, avoid, &text) {
        Some(p) => vec![p],
        None if words::get("unnamed_sources").contains(&lemma) => {
            vec![Party { text, name: Some("sources".into()), country: None, role: None }]
        }
        None => match super::acronyms::party(v, &ctx.acronyms, head, &text) {
            Some(p) => vec![p],
            None => named(v, ctx, head, text),
        },
    }
}

/// "killed by Hezbollah rockets", "hit by Russian fire": an event or weapon noun is no party, but a
/// modifier before it that names a party with a country (a state, or a group the gazetteer places in
/// one) is the party behind it.
fn wielder(v: &View, ctx: &Context, head: usize, avoid: Option<&str>) -> Vec<Party> {
    v.kids_with(head, &["compound", "amod", "nmod:poss"])
        .filter(|&k| k < head)
        .flat_map(|k| party(v, ctx, k, avoid))
        // a state or a known group: a place name before the noun ("the Chasiv Yar attack") is no party
        .filter(|p| p.country.is_some())
        .take(1)
        .collect()
}

/// A party named by its relation to another: "his neighbor" (the other of the article's two
/// states), "the head of European diplomacy, Josep Borrell" (a known person in apposition).
fn related(v: &View, ctx: &Context, head: usize, avoid: Option<&str>, text: &str) -> Option<Vec<Party>> {
    let lemma = v.lemmas[head].as_str();
    // "his neighbor", "its rival": the other of the article's two states.
    let possessed = v.kids_with(head, &["nmod:poss"]).any(|k| words::get("possessives").contains(&v.lower(k).as_str()));
    if let (true, Some(own)) = (possessed && words::get("other_side").contains(&lemma), avoid) {
        let role = if matches!(lemma, "enemy" | "adversary" | "foe") { "MIL" } else { "GOV" };
        let text = text.to_string();
        return Some(ctx.other_side(own).map(|p| Party { text, role: Some(role.into()), ..p }).into_iter().collect());
    }
    let appositions = v.subtree(head).filter(|&a| v.rel(a) == "appos" && v.ancestors(a).take(3).any(|h| h == head));
    for a in appositions {
        if let Some(p) = parties::person(v.text(v.phrase(a))) {
            return Some(vec![Party { text: text.to_string(), name: p.name, country: p.country, role: p.role }]);
        }
    }
    None
}

/// The party the gazetteer knows the phrase (or its apposition) as; "their army" and "the army"
/// take their country from the party referred to or last seen in that role.
fn listed(v: &View, ctx: &Context, head: usize, avoid: Option<&str>, text: &str) -> Option<Party> {
    let text = text.to_string();
    let info = parties::normalize(&text);
    let possessor =
        v.kids_with(head, &["nmod:poss"]).find(|&k| words::get("possessives").contains(&v.lower(k).as_str()));
    let owner = possessor.and_then(|k| super::possessors::owner(v, ctx, k, head, avoid));
    if let (Some(k), Some(referent)) = (possessor, owner.as_ref().or_else(|| ctx.referent(avoid))) {
        if info.as_ref().is_none_or(|i| i.country.is_none()) {
            let p = super::possessors::possessed(v, k, head, referent, info.and_then(|i| i.role), text);
            // The possessed noun must itself be a force or office word ("its soldiers"), not one a
            // modifier gives a role ("their protectors in the army").
            let own_role = parties::normalize(v.word(head)).is_some_and(|i| i.role.is_some());
            return Some(match &owner {
                Some(o) if own_role => super::possessors::group_own(o, p),
                _ => p,
            });
        }
    }
    // "Iberdrola spokesman Eduardo Gonzalez": a named person's office in a body the gazetteer does
    // not know is no state's office (offices.rs).
    let person = v.sent.entities.iter().any(|e| e.label == "PER" && e.tokens.contains(&head));
    let unknown_body = |r: std::ops::Range<usize>| person && super::offices::in_unknown_body(v, r);
    if let Some(info) = info.filter(|_| !unknown_body(v.phrase(head))) {
        if let Some(p) = super::igo_officials::official(v, ctx, head, &info) {
            return Some(Party { text, ..p });
        }
        if info.country.is_none() && info.name.is_none() && v.lemmas[v.phrase(head).start] == "the" {
            // "the ministry", "the army": the party named before in that role (role_antecedent.rs); a
            // person holding it only for a noun of one office holder ("the spokesman").
            // "The spokesperson said" after "military spokesman Chaudhry": a bare speaker noun names
            // no body of its own, so the latest person stands for it as well as a party in its role.
            let speaker = v.phrase(head).len() == 2 && words::get("speaker_nouns").contains(&v.lemmas[head].as_str());
            if let Some(r) = super::role_antecedent::antecedent(v, ctx, head, info.role.as_deref(), speaker) {
                return Some(Party { text, ..r });
            }
        }
        let name = info.name.or_else(|| agency_name(v, head, info.country.as_deref(), info.role.as_deref()));
        // "militants present on Afghan soil": an unnamed group its phrase places in a state.
        let armed_group = info.role.as_deref().is_some_and(|r| words::get("armed_group_roles").contains(&r));
        let armed = armed_group && name.is_none();
        let country = info.country.or_else(|| armed.then(|| super::bases::base_country(v, head)).flatten());
        return Some(Party { text, name, country, role: info.role });
    }
    // "Edmon Marukyan, ambassador-at-large for Armenia's foreign ministry": the apposition says who.
    for a in v.kids_with(head, &["appos"]).filter(|&a| !unknown_body(v.phrase(a))) {
        if let Some(info) = parties::normalize(v.text(v.phrase(a))) {
            if (info.country.is_some() || info.role.is_some()) && parties::says_whom(v.text(v.phrase(a))) {
                let name =
                    info.name.filter(|_| info.country.is_none()).or_else(|| Some(v.text(v.phrase(head)).to_string()));
                return Some(Party { text, name, country: info.country, role: info.role });
            }
        }
    }
    None
}

/// "The group", "the movement": the non-state group the story named last, when the phrase has no name
/// or role word of its own ("the rebel group" is read by its role, "his group" is not resolved here).
fn group_anaphor(v: &View, ctx: &Context, head: usize, text: &str) -> Option<Party> {
    let definite = v.definite_det(head);
    if !definite || !words::get("group_nouns").contains(&v.lemmas[head].as_str()) || parties::normalize(text).is_some()
    {
        return None;
    }
    let roles = words::get("group_roles");
    // "The Islamist militant group al-Shabab" may have come with no name: its own group noun still
    // makes it what "the group" means.
    let nouns = words::get("group_nouns");
    let grouped = |p: &Party| p.text.split_whitespace().any(|w| nouns.contains(&w.to_lowercase().as_str()));
    if let Some(group) = group_in_sentence(v, ctx, head) {
        return Some(Party { text: text.to_string(), ..group });
    }
    let group = ctx
        .recent
        .iter()
        .find(|p| (p.name.is_some() || grouped(p)) && p.role.as_deref().is_some_and(|r| roles.contains(&r)))?;
    Some(Party { text: text.to_string(), ..group.clone() })
}

/// "Hezbollah fired rockets at Israel, the group said": the source is read before the sentence's
/// actors are noted, so a group named earlier in the sentence itself is looked up there (the nearest
/// name before the anaphor that the gazetteer knows as a non-state group on the story's day; the
/// model may tag it as any kind of name, "Boko Haram" as a person's, but a known person is no group).
fn group_in_sentence(v: &View, ctx: &Context, head: usize) -> Option<Party> {
    let start = v.phrase(head).start;
    let roles = words::get("group_roles");
    let mut names: Vec<_> = v.sent.entities.iter().filter(|e| e.tokens.end <= start).collect();
    names.sort_by_key(|e| std::cmp::Reverse(e.tokens.start));
    names.into_iter().find_map(|e| {
        let text = v.text(e.tokens.clone());
        let info = parties::normalize(text).filter(|_| parties::person(text).is_none())?;
        let name = info.name?;
        let role = crate::parties::eras::group_role_at(&name, ctx.published).map(str::to_string).or(info.role);
        let group = role.as_deref().is_some_and(|r| roles.contains(&r));
        group.then(|| Party { text: String::new(), name: Some(name), country: info.country, role })
    })
}

/// "The Reuters news agency", "the Associated Press": a news outlet the role words ("news agency",
/// "press") identify as media, named by the organization the model tags inside the phrase.
fn agency_name(v: &View, head: usize, country: Option<&str>, role: Option<&str>) -> Option<String> {
    if country.is_some() || role != Some("MED") {
        return None;
    }
    let phrase = v.phrase(head);
    let ent = v.sent.entities.iter().find(|e| e.label == "ORG" && phrase.contains(&e.tokens.start))?;
    let mut start = ent.tokens.start;
    if v.lemmas[start] == "the" {
        start += 1;
    }
    let end = ent.tokens.end.min(phrase.end);
    // "State television", "State media": a tagged word the lexicon reads as a role names no outlet.
    let role_word = |text: &str| parties::normalize(text).is_some_and(|p| p.name.is_none() && p.role.is_some());
    (start < end && !role_word(v.text(start..end))).then(|| v.text(start..end).to_string())
}

/// A party the model tags as a name and no cue identifies: a person keeps the identity or full name
/// the story gave them; anything else is its name alone.
fn named(v: &View, ctx: &Context, head: usize, text: String) -> Vec<Party> {
    let ent = v
        .sent
        .entities
        .iter()
        .find(|e| e.tokens.contains(&head) && matches!(e.label.as_str(), "PER" | "ORG" | "GPE" | "NORP"));
    if ent.is_none() {
        return super::names::untagged_surname(v, ctx, head, &text).into_iter().collect();
    }
    // "Mr. Rajapakse", "Rajapakse said": a person the story introduced with a title and a state
    // ("Sri Lankan President Mahinda Rajapakse") keeps that identity.
    let person = ent.filter(|e| e.label == "PER").map(|e| v.text(e.tokens.clone()));
    if let Some(known) = person.and_then(|n| ctx.person(n).or_else(|| ctx.office(n))) {
        return vec![Party { text, ..known.clone() }];
    }
    ent.map(|e| {
        let name = v.text(e.tokens.clone());
        let full = (e.label == "PER").then(|| ctx.full_name(name)).flatten();
        // "Chaudhry" after "Lt. Gen. Ahmed Sharif Chaudhry": the full name may be a known person's
        // (in full only: a known surname with other given names is someone else).
        if let Some(known) = full.filter(|f| parties::names_person_in_full(f)).and_then(parties::person) {
            return Party { text, name: known.name, country: known.country, role: known.role };
        }
        Party { text, name: Some(full.unwrap_or(name).to_string()), country: None, role: None }
    })
    .into_iter()
    .collect()
}

/// A day-precise date in the week up to publication (any day-precise date when it is unknown).
pub(crate) fn in_news_window(published: Option<NaiveDate>, d: &DateMention) -> bool {
    if d.precision != crate::dates::Precision::Day {
        return false;
    }
    let Some(p) = published else { return true };
    NaiveDate::parse_from_str(&d.value, "%Y-%m-%d").is_ok_and(|day| day <= p && (p - day).num_days() <= 7)
}
