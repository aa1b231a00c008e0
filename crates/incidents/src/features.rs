//! What grouping compares, computed once per event: its kind of action, date interval, geocoded
//! place, parties and casualty counts.
use crate::dates::{Precision, Span};
use casus_core::{Casualty, Event, Party, Qualifier};
use casus_geo::{Gazetteer, Kind, Place};
use std::collections::{BTreeSet, HashMap, HashSet};
use std::sync::OnceLock;

/// CAMEO codes of material violence: assaults (18), fighting (19), mass violence (20), riots (145),
/// and the coercion of an attack's own episode (looting, burning, arrests, repression: 171, 173, 175).
/// Curfews, bans and expulsions (172, 174) are measures of their own.
const VIOLENT_PREFIXES: [&str; 7] = ["18", "19", "20", "145", "171", "173", "175"];

/// One event as grouping sees it.
#[derive(Debug, Clone)]
pub struct EventInfo {
    pub doc: String,
    pub event_id: String,
    pub root: String,
    /// The full CAMEO code.
    pub code: String,
    pub violent: bool,
    pub date: Option<(Span, Precision)>,
    pub place: Option<Place>,
    pub actor: Option<String>,
    pub target: Option<String>,
    pub source: Option<String>,
    /// Countries of the actor and target.
    pub countries: BTreeSet<String>,
    pub killed: Option<u64>,
    pub injured: Option<u64>,
    /// The evidence sentence, normalized: wire copy repeats sentences word for word.
    pub sentence: String,
    /// Its words, for sentences reworded slightly from one story to the next.
    pub words: BTreeSet<String>,
    /// Its capitalized words after the first, as written: the names a copy of the sentence keeps
    /// ("five Pakistani soldiers" and "five Afghan soldiers" are two reports, not one copied).
    pub names: BTreeSet<String>,
    /// The words of its actor, target and trigger as written: what every statement of one speaker
    /// to one addressee shares, so no sign that two are one.
    pub party_words: BTreeSet<String>,
    /// The trigger as written, lower case: one statement to several parties repeats it.
    pub trigger: String,
    /// Where the evidence sentence starts in the story (characters).
    pub start: usize,
    /// The rank of the evidence sentence among the story's event sentences (set by [`mark_stories`]).
    pub sentence_no: usize,
    /// Whether any event of the story is dated to the day (set by [`mark_stories`]).
    pub story_dated: bool,
    /// Whether the evidence sentence opens on another episode ("Days later, ...", "Last month, ...").
    pub new_episode: bool,
    /// For an undated event of another item of its story's news ("Elsewhere, gunmen attacked a bus"),
    /// the latest day its story dates (set by [`mark_stories`]): other stories' reports of that item
    /// are dated.
    pub item_day: Option<(Span, Precision)>,
    /// Whether the death toll is a vague war-sized amount ("killed thousands").
    pub vague_war_toll: bool,
    /// Whether it is undated violence told over a span up to now ("since last August"): a campaign.
    pub campaign: bool,
    /// Whether the evidence sentence names a violent episode as already told ("during the fighting").
    pub refers_back: bool,
    /// Whether it is the act another act of its sentence answers ("in response to a provocation"):
    /// an earlier incident than the answer.
    pub answered: bool,
}

impl EventInfo {
    /// Share of words two evidence sentences have in common (Jaccard).
    pub fn sentence_overlap(&self, other: &EventInfo) -> f64 {
        word_overlap(&self.words, &other.words)
    }

    /// Share of content words two evidence sentences have in common (Jaccard): the words left when
    /// function words and the words of either's actor, target and trigger are dropped. ("Russia
    /// accuses Ukraine of shelling the plant" and "... of attacking civilians in Belgorod" share
    /// none.)
    pub fn content_overlap(&self, other: &EventInfo) -> f64 {
        let content = |e: &EventInfo| -> BTreeSet<String> {
            let function = |w: &String| function_words().contains(w.as_str());
            let party = |w: &String| self.party_words.contains(w) || other.party_words.contains(w);
            e.words.iter().filter(|w| !function(w) && !party(w)).cloned().collect()
        };
        word_overlap(&content(self), &content(other))
    }
}

/// Function words, one a line: any two sentences share them by chance.
const FUNCTION_WORDS: &str = include_str!("../data/function_words.txt");

/// [`FUNCTION_WORDS`] as a set, read once (asked for every word of every compared pair).
fn function_words() -> &'static HashSet<&'static str> {
    static SET: OnceLock<HashSet<&'static str>> = OnceLock::new();
    SET.get_or_init(|| data_lines(FUNCTION_WORDS).collect())
}

/// The words of an event's actor, target and trigger as written (see [`EventInfo::party_words`]).
fn party_words(e: &Event) -> BTreeSet<String> {
    let texts = [&e.actor, &e.target].into_iter().flatten().map(|p| p.text.as_str());
    texts.chain([e.action.text.as_str()]).flat_map(sentence_words).collect()
}

/// The words of a sentence, lower case.
pub fn sentence_words(sentence: &str) -> BTreeSet<String> {
    sentence.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).map(str::to_lowercase).collect()
}

/// The capitalized words of a sentence after its first, as written.
pub fn sentence_names(sentence: &str) -> BTreeSet<String> {
    let words = sentence.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty());
    words.skip(1).filter(|w| w.starts_with(char::is_uppercase)).map(String::from).collect()
}

/// Share of words two sentences have in common (Jaccard).
pub fn word_overlap(a: &BTreeSet<String>, b: &BTreeSet<String>) -> f64 {
    let all = a.union(b).count();
    if all == 0 {
        0.0
    } else {
        a.intersection(b).count() as f64 / all as f64
    }
}

/// A party's identity for comparison: country and role, else its name or text (as the scorer keys it).
pub fn party_key(p: &Option<Party>) -> Option<String> {
    let p = p.as_ref()?;
    match (&p.country, &p.name) {
        (Some(c), _) => Some(format!("{c}/{}", p.role.as_deref().unwrap_or(""))),
        (None, Some(n)) => Some(n.to_lowercase()),
        (None, None) => Some(p.text.to_lowercase()),
    }
}

pub fn is_violent(code: &str) -> bool {
    VIOLENT_PREFIXES.iter().any(|p| code.starts_with(p))
}

/// Assault, fighting, mass violence (18, 19, 20): what a campaign is made of. A span on an arrest
/// is a detention's length ("had been held for months", "jailed for 20 years"), not a campaign.
pub(crate) fn is_armed(code: &str) -> bool {
    ["18", "19", "20"].iter().any(|p| code.starts_with(p))
}

/// Sentence openers that move a story to another episode, one a line.
const EPISODE_OPENERS: &str = include_str!("../data/episode_openers.txt");
/// Longest first clause read as an opener ("Just two days later").
const OPENER_WORDS: usize = 4;

/// Whether a sentence opens on another episode than the story's before it: its first clause is
/// short and ends with an opener ("Days later, ...", "Earlier this month, ...").
pub fn opens_episode(sentence: &str) -> bool {
    opens_with(sentence, EPISODE_OPENERS) || opens_item(sentence)
}

/// Sentence openers that turn a round-up to another item of the day's news, one a line.
const ITEM_OPENERS: &str = include_str!("../data/item_openers.txt");

/// Whether a sentence opens another item of the day's news ("Elsewhere, ...", "In a separate
/// incident, ...").
pub fn opens_item(sentence: &str) -> bool {
    opens_with(sentence, ITEM_OPENERS)
}

/// Whether a sentence's first clause is short and ends with a phrase of `openers`.
fn opens_with(sentence: &str, openers: &'static str) -> bool {
    let text = sentence.trim_start_matches(|c: char| !c.is_alphanumeric());
    let Some((head, _)) = text.split_once(',') else { return false };
    let words: Vec<String> = head.split_whitespace().map(str::to_lowercase).collect();
    if words.len() > OPENER_WORDS {
        return false;
    }
    let head = words.join(" ");
    data_lines(openers).any(|p| head == p || head.ends_with(&format!(" {p}")))
}

/// Nouns of a violent episode named as already told, one a line.
const EPISODE_ANAPHORS: &str = include_str!("../data/episode_anaphors.txt");

/// Whether a sentence names a violent episode with a definite article or a demonstrative ("three
/// policemen died during the fighting", "no group has claimed this attack"): it goes on with the
/// episode its story has told.
pub fn refers_back(sentence: &str) -> bool {
    let words: Vec<String> = sentence_words_in_order(sentence);
    words
        .windows(2)
        // Not "that": in news mostly the complementizer ("officials said that fighting erupted").
        .any(|w| {
            matches!(w[0].as_str(), "the" | "this" | "these" | "those")
                && data_lines(EPISODE_ANAPHORS).any(|n| n == w[1])
        })
}

/// The words of a sentence in order, lower case.
fn sentence_words_in_order(sentence: &str) -> Vec<String> {
    sentence.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).map(str::to_lowercase).collect()
}

/// Phrases that name what an act answers, one a line (patterns: see the file).
const RESPONSE_CUES: &str = include_str!("../data/response_cues.txt");

/// Words after a response phrase within which the answered act's trigger stands ("in response to an
/// earlier cross-border fire").
const ANSWERED_WITHIN: usize = 4;

/// Whether trigger `trigger` of `sentence` is what another act answers: its first word within a few
/// words after a response phrase ("in response to a provocation", "in retaliation for the attack").
pub fn answered(sentence: &str, trigger: &str) -> bool {
    let words = sentence_words_in_order(sentence);
    let Some(first) = sentence_words_in_order(trigger).into_iter().next() else { return false };
    data_lines(RESPONSE_CUES).any(|line| {
        let pattern: Vec<&str> = line.split_whitespace().collect();
        (0..words.len()).any(|i| {
            matches_at(&pattern, &words[i..])
                && words.iter().skip(i + pattern.len()).take(ANSWERED_WITHIN).any(|w| *w == first)
        })
    })
}

/// Phrases of a span of time up to now, one a line (patterns: see the file).
const CAMPAIGN_SPANS: &str = include_str!("../data/campaign_spans.txt");

/// Whether a sentence tells a span of time up to now ("since the beginning of the year", "in recent
/// weeks", "over the past two years", "for decades"): its violence is a campaign.
pub fn tells_campaign(sentence: &str) -> bool {
    let words = sentence_words_in_order(sentence);
    data_lines(CAMPAIGN_SPANS).any(|line| {
        let pattern: Vec<&str> = line.split_whitespace().collect();
        (0..words.len()).any(|i| matches_at(&pattern, &words[i..]))
    })
}

/// Whether `pattern` matches a prefix of `words` (`a|b`: either word; `#`: any one word or none).
fn matches_at(pattern: &[&str], words: &[String]) -> bool {
    match pattern.split_first() {
        None => true,
        Some((&"#", rest)) => matches_at(rest, words) || (!words.is_empty() && matches_at(rest, &words[1..])),
        Some((alternatives, rest)) => words
            .split_first()
            .is_some_and(|(w, tail)| alternatives.split('|').any(|a| a == w) && matches_at(rest, tail)),
    }
}

/// The entries of a one-per-line data file: blank lines and `#` comments dropped.
pub(crate) fn data_lines(text: &'static str) -> impl Iterator<Item = &'static str> {
    text.lines().map(str::trim).filter(|l| !l.is_empty() && !l.starts_with('#'))
}

/// Words of vague war-sized tolls, one a line.
const WAR_AMOUNTS: &str = include_str!("../data/war_amounts.txt");

/// Whether a toll without a figure names an amount only a war reaches ("killed thousands").
pub fn vague_war_toll(c: &Option<Casualty>) -> bool {
    let Some(c) = c.as_ref().filter(|c| c.count.is_none()) else { return false };
    let words = sentence_words(&c.text);
    data_lines(WAR_AMOUNTS).any(|w| words.contains(w))
}

/// A count grouping can compare: the figure of an exact, at-least, more-than or approximate toll.
fn figure(c: &Option<Casualty>) -> Option<u64> {
    let c = c.as_ref()?;
    match c.qualifier {
        Qualifier::Several => None,
        _ => c.count,
    }
}

/// The countries each document is about: those of its parties, most frequent first, then those its
/// places name as countries.
pub fn document_countries(events: &[Event], gazetteer: &Gazetteer) -> HashMap<String, Vec<String>> {
    let mut counts: HashMap<String, HashMap<String, usize>> = HashMap::new();
    for e in events {
        let doc = counts.entry(e.doc_id.clone()).or_default();
        for p in [&e.actor, &e.target, &e.source].into_iter().flatten() {
            if let Some(c) = &p.country {
                *doc.entry(c.clone()).or_default() += 2;
            }
        }
        let name = e.location.as_ref().and_then(|l| l.name.as_deref());
        if let Some(place) = name.and_then(|n| gazetteer.geocode(n, &[])).filter(|p| p.kind == Kind::Country) {
            *doc.entry(place.country).or_default() += 1;
        }
    }
    counts
        .into_iter()
        .map(|(doc, c)| {
            let mut c: Vec<(String, usize)> = c.into_iter().collect();
            c.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
            (doc, c.into_iter().map(|x| x.0).collect())
        })
        .collect()
}

impl EventInfo {
    pub fn of(e: &Event, context: &[&str], gazetteer: &Gazetteer) -> EventInfo {
        let name = e.location.as_ref().and_then(|l| l.name.clone().or_else(|| Some(l.text.clone())));
        let countries = [&e.actor, &e.target].into_iter().flatten().filter_map(|p| p.country.clone()).collect();
        EventInfo {
            doc: e.doc_id.clone(),
            event_id: e.event_id.clone(),
            root: e.action.root().to_string(),
            code: e.action.cameo.clone(),
            violent: is_violent(&e.action.cameo),
            date: e.date.as_ref().and_then(|d| Span::parse(&d.value)),
            place: name.and_then(|n| gazetteer.geocode(&n, context)),
            actor: party_key(&e.actor),
            target: party_key(&e.target),
            source: party_key(&e.source),
            countries,
            killed: figure(&e.casualties.killed),
            injured: figure(&e.casualties.injured),
            sentence: e.evidence.sentence.split_whitespace().collect::<Vec<_>>().join(" ").to_lowercase(),
            words: sentence_words(&e.evidence.sentence),
            names: sentence_names(&e.evidence.sentence),
            party_words: party_words(e),
            trigger: e.action.text.to_lowercase(),
            start: e.evidence.start,
            sentence_no: 0,
            story_dated: false,
            new_episode: opens_episode(&e.evidence.sentence),
            item_day: None,
            vague_war_toll: vague_war_toll(&e.casualties.killed),
            campaign: is_armed(&e.action.cameo) && e.date.is_none() && tells_campaign(&e.evidence.sentence),
            refers_back: refers_back(&e.evidence.sentence),
            answered: answered(&e.evidence.sentence, &e.action.text),
        }
    }
}

/// Numbers each story's event sentences in text order (events of neighbouring sentences tell one
/// episode more often than events far apart) and marks the stories that date any event (a story
/// that dates none tells the news of one day).
pub fn mark_stories(infos: &mut [EventInfo]) {
    let mut starts: HashMap<&str, BTreeSet<usize>> = HashMap::new();
    for i in infos.iter() {
        starts.entry(i.doc.as_str()).or_default().insert(i.start);
    }
    let ranks: HashMap<(String, usize), usize> = starts
        .into_iter()
        .flat_map(|(doc, s)| s.into_iter().enumerate().map(move |(n, start)| ((doc.to_string(), start), n)))
        .collect();
    // Only a day dates the story's news: a story that dates nothing but earlier months and years ("last
    // month", "last year", "in 2001") tells those as background and its undated violence as the day's.
    let dated: BTreeSet<String> = infos.iter().filter(|i| day_of(i).is_some()).map(|i| i.doc.clone()).collect();
    let mut latest_day: HashMap<String, Span> = HashMap::new();
    for (span, doc) in infos.iter().filter_map(|i| day_of(i).map(|s| (s, i.doc.clone()))) {
        let day = latest_day.entry(doc).or_insert(span);
        if span.start > day.start {
            *day = span;
        }
    }
    for i in infos.iter_mut() {
        i.sentence_no = ranks.get(&(i.doc.clone(), i.start)).copied().unwrap_or(0);
        i.story_dated = dated.contains(&i.doc);
        if i.date.is_none() && i.violent && opens_item(&i.sentence) {
            i.item_day = latest_day.get(&i.doc).map(|s| (*s, Precision::Day));
        }
    }
}

/// The day an event is dated to, when its date is a day's.
fn day_of(i: &EventInfo) -> Option<Span> {
    i.date.filter(|(_, p)| *p == Precision::Day).map(|(s, _)| s)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sentences_that_open_another_episode() {
        assert!(opens_episode("Just days later, a roadside bomb blast killed 11 coal miners in the city."));
        assert!(opens_episode("Last month, BLA insurgents ambushed a bus in Kalat."));
        assert!(opens_episode("“Two weeks later, they struck again,” he said."));
        assert!(opens_episode("Meanwhile, lawyers said the police are bringing heavier charges."));
        // Hours later is often the same episode; a long first clause is no opener.
        assert!(!opens_episode("Hours later, the army freed the hostages."));
        assert!(!opens_episode("The attack came days later than the army expected, officials said."));
        assert!(!opens_episode("Militants attacked a train last month"));
    }

    #[test]
    fn a_definite_episode_noun_refers_back() {
        assert!(refers_back("A police chief said three policemen died during the fighting."));
        assert!(refers_back("No group has claimed responsibility for the attack."));
        assert!(refers_back("Residents said this bombing was the worst in years."));
        // An indefinite episode is a new one; a definite word that names no episode says nothing.
        assert!(!refers_back("Gunmen launched an attack on a police post."));
        assert!(!refers_back("Fighting erupted in the capital on Saturday."));
        assert!(!refers_back("The army said the rebels had fled."));
        assert!(!refers_back("Officials said that fighting erupted in the north."));
        assert!(refers_back("Nobody has claimed these attacks."));
    }

    #[test]
    fn spans_up_to_now_tell_a_campaign() {
        assert!(tells_campaign("Since last August, BLA has claimed responsibility for several deadly attacks."));
        assert!(tells_campaign("Since the beginning of the year, the BLA has ramped up attacks."));
        assert!(tells_campaign("In recent weeks, Islamist fighters have seized control of several towns."));
        assert!(tells_campaign("Over the past two years, Pakistan has been struck by a wave of attacks."));
        assert!(tells_campaign("Uighurs have been waging a low-level rebellion for years."));
        assert!(tells_campaign("The province has seen heavy fighting between troops and rebels."));
        assert!(!tells_campaign("Witnesses said they saw heavy fighting near the airport."));
        assert!(tells_campaign("the separatist insurgency that has ravaged Balochistan for nearly two decades"));
        assert!(tells_campaign("Peace talks have continued to flounder, with both sides accusing the other."));
        // Hours and days are one operation's; a causal "since" is no span.
        assert!(!tells_campaign("A clearance operation has been going on for hours."));
        assert!(tells_campaign("Insurgents have repeatedly targeted the capital since the coup."));
        assert!(tells_campaign("The militants have also frequently struck police posts."));
        assert!(!tells_campaign("He has repeated his call for talks."));
    }

    #[test]
    fn the_act_a_response_answers_is_marked() {
        let s = "The army carried out a revenge operation in response to a provocation by Armenian forces.";
        assert!(answered(s, "provocation") && !answered(s, "revenge operation"));
        assert!(answered("Troops shelled the village in retaliation for an attack on a post.", "attack"));
        assert!(!answered("Rebels attacked a post, and troops responded with shelling.", "attacked"));
        assert!(!tells_campaign("Gunmen kidnapped 20 workers since late Wednesday."));
        assert!(!tells_campaign("A conflict had broken out for six weeks in the fall of 2020."));
        // A detention's length is no campaign: only armed violence makes one.
        assert!(is_armed("190") && is_armed("1831") && is_armed("202"));
        assert!(!is_armed("173") && !is_armed("175") && !is_armed("145"));
        assert!(!tells_campaign("Since terrorists were holding passengers as human shields, the operation was slow."));
    }

    #[test]
    fn vague_tolls_of_thousands_are_a_war_s() {
        let toll = |count: Option<u64>, text: &str| {
            let q = if count.is_some() { Qualifier::Exact } else { Qualifier::Several };
            Some(Casualty { count, qualifier: q, text: text.into() })
        };
        assert!(vague_war_toll(&toll(None, "killed thousands of Somalis")));
        assert!(vague_war_toll(&toll(None, "tens of thousands of people dead")));
        assert!(!vague_war_toll(&toll(None, "dozens of civilians")));
        assert!(!vague_war_toll(&toll(Some(3), "three thousands")) && !vague_war_toll(&None));
    }
}
