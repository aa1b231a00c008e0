//! Grouping events into incidents: pairs of events that may be one incident (hard constraints) and
//! say so strongly enough (a score) are joined, strongest pairs first, and two groups join only when
//! every event of one may be one incident with every event of the other.
use crate::dates::{Precision, Span};
use crate::features::EventInfo;
use casus_geo::{Kind, Place};

/// Grouping thresholds (tuned on the news corpus's train and dev stories, never on test).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Options {
    /// Smallest pair score that joins two events.
    pub threshold: i32,
    /// Days two dates may lie apart and still be one incident (reports of the night before).
    pub slack_days: i64,
    /// Farthest two towns of one incident lie apart, in kilometres.
    pub max_km: f64,
}

impl Default for Options {
    fn default() -> Options {
        Options { threshold: 4, slack_days: 1, max_km: 60.0 }
    }
}

/// CAMEO roots of interactions that involve both sides at once (pledges, meetings and calls, agreements,
/// cooperation, aid, releases and exchanges): "A and B exchanged prisoners" is one incident.
const MUTUAL_ROOTS: [&str; 6] = ["03", "04", "05", "06", "07", "08"];
/// CAMEO codes of a signed agreement and of a de-escalation (ceasefire, retreat): one truce is both.
const SIGNED_AGREEMENT: &str = "057";
const DE_ESCALATION: &str = "087";
/// CAMEO root of protests (demonstrations, sit-ins, strikes): protesters march together.
const PROTEST_ROOT: &str = "14";
/// Roots of statements (comments, appeals, demands, disapproval, rejections, threats): what one speaker
/// says twice in one sentence is two statements; acts told in two codes ("expelled the ambassador and
/// suspended relations") are one occasion.
const SPEECH_ROOTS: [&str; 6] = ["01", "02", "10", "11", "12", "13"];
/// Sentences sharing this share of their words are one report reworded (wire copy across stories).
pub(crate) const SAME_REPORT_OVERLAP: f64 = 0.6;
/// One speaker's statement of one code to one addressee in two stories sharing this share of their
/// content words is one statement reworded (a background paragraph; see [`reworded_statement`]).
const REWORDED_STATEMENT_OVERLAP: f64 = 0.3;
/// A sentence with this share of its words in a longer one is that one cut short ...
const TRIMMED_COPY_SHARE: f64 = 0.8;
/// ... when it has this many words at least (short sentences share their few words by chance).
const TRIMMED_COPY_WORDS: usize = 8;
/// Sentences this close in one story (0: the same sentence, another trigger) tell one episode more often.
const NEAR_SENTENCES: usize = 1;
/// Tolls this large are a war's: two of them that differ much are two wars.
const WAR_TOLL: u64 = 1000;

/// Whether two events may be one incident as far as their actions, dates and tolls go (see
/// [`consistent`] for places and countries).
pub fn compatible(a: &EventInfo, b: &EventInfo, opts: &Options) -> bool {
    incompatibility(a, b, opts).is_none()
}

/// A rule two events of one incident keep.
type Rule = (&'static str, fn(&EventInfo, &EventInfo, &Options) -> bool);

/// The name of the dates rule, which an anchored restatement is spared ([`compatible_but_dates`]).
const DATES: &str = "dates";

/// The rules of [`compatible`], by name.
const RULES: [Rule; 8] = [
    ("actions", |a, b, _| actions_fit(a, b)),
    ("two_statements", |a, b, _| !two_statements_of_a_sentence(a, b)),
    (DATES, dates_fit),
    ("campaign", |a, b, _| !campaign_and_episode(a, b)),
    ("wars", |a, b, _| !different_wars(a, b)),
    ("episode", |a, b, _| !another_episode(a, b)),
    ("war_and_day", |a, b, _| !war_and_day(a, b)),
    // "a revenge operation in response to a provocation": the provocation is an earlier incident.
    ("answered", |a, b, _| a.answered == b.answered),
];

/// The first rule that keeps two events apart (see [`RULES`]), or `None` when they are
/// [`compatible`]: a tuning aid says why pairs stay apart.
pub fn incompatibility(a: &EventInfo, b: &EventInfo, opts: &Options) -> Option<&'static str> {
    RULES.iter().find(|(_, fits)| !fits(a, b, opts)).map(|(name, _)| *name)
}

/// Whether two events are [`compatible`] but for their dates: an undated restatement that its
/// story's dated events date (see [`anchored`]).
fn compatible_but_dates(a: &EventInfo, b: &EventInfo, opts: &Options) -> bool {
    RULES.iter().all(|(name, fits)| *name == DATES || fits(a, b, opts))
}

/// Whether one of two events tells a campaign up to now ("Since last August, the BLA has claimed
/// several deadly attacks") and the other is not the same report: a campaign is not the episode
/// its story tells, nor another campaign of it.
fn campaign_and_episode(a: &EventInfo, b: &EventInfo) -> bool {
    (a.campaign || b.campaign) && !same_report(a, b)
}

/// Whether two records are of one trigger in one sentence (one event told of several parties).
fn one_mention(a: &EventInfo, b: &EventInfo) -> bool {
    a.doc == b.doc && a.sentence == b.sentence && a.trigger == b.trigger
}

/// Whether two events' actions can be one incident's: both violent, or one speaker's statement.
fn actions_fit(a: &EventInfo, b: &EventInfo) -> bool {
    let one_statement = one_mention(a, b);
    if a.violent || b.violent {
        return a.violent && b.violent;
    }
    // One protest told of several groups is one protest: "students and workers marched", "residents
    // and insurgents were protesting" (the records differ only in their actor). Not a statement or
    // a measure, which each party makes on its own: "A and B condemned the attack", "Pakistan and
    // the United States have designated the group a terrorist organisation".
    if one_statement && a.root == PROTEST_ROOT {
        return true;
    }
    // A statement is one speaker's, unless it is an interaction of both sides: told once, or
    // told of either side ("A and B signed a truce", "B agreed with A"). Wire copy repeated
    // word for word is one statement even where a copy lost its speaker.
    let mutual = MUTUAL_ROOTS.contains(&a.root.as_str()) && (one_statement || either_way(a, b));
    let copy = same_report(a, b) && fits(&a.actor, &b.actor);
    truce(a, b) || (a.root == b.root && ((a.actor.is_some() && a.actor == b.actor) || mutual || copy || unnamed(a, b)))
}

/// Whether two statements of one sentence are two acts of its speaker: two CAMEO codes told side by
/// side ("accused Iran of ordering the attacks and called them terrorist acts", "takes a dim view of
/// these efforts, suspecting the West of ..."): statements only (`SPEECH_ROOTS`). Not interactions of
/// both sides, which a sentence tells in several codes of one occasion ("visited Brussels and met
/// officials"), a protest told as its form and its cause ("held a sit-in to protest"), nor acts
/// ("expelled the ambassador and suspended relations", "imposed a curfew and declared a state of
/// emergency").
fn two_statements_of_a_sentence(a: &EventInfo, b: &EventInfo) -> bool {
    let spoken = |e: &EventInfo| SPEECH_ROOTS.contains(&e.root.as_str());
    spoken(a) && spoken(b) && a.doc == b.doc && a.sentence == b.sentence && a.code != b.code
}

/// Whether two statements of one CAMEO code to one addressee (or none named) both leave their speaker
/// unnamed: a threat quoted without its source ("further provocations would be met with decisive
/// measures") or a step told in the passive ("security forces had been dispatched"). Nothing says two
/// speakers, so they are one speaker's (the other rules, dates first, still apply). One named speaker
/// beside an unnamed one is not: the unnamed one may be anyone else quoted in the story.
fn unnamed(a: &EventInfo, b: &EventInfo) -> bool {
    a.actor.is_none() && b.actor.is_none() && a.code == b.code && fits(&a.target, &b.target)
}

/// Whether one event is a war's toll and the other a day's event without one: "fighting has killed
/// thousands of Somalis during the past 16 months" is not the clash of Saturday told beside it
/// (unless it is the same report).
fn war_and_day(a: &EventInfo, b: &EventInfo) -> bool {
    let day = |e: &EventInfo| matches!(e.date, Some((_, Precision::Day)));
    let one_way = |w: &EventInfo, d: &EventInfo| war_toll(w) && !war_toll(d) && day(d);
    (one_way(a, b) || one_way(b, a)) && !same_report(a, b)
}

/// A toll of 1,000 dead or more, or a vague amount of that size.
fn war_toll(e: &EventInfo) -> bool {
    e.killed.is_some_and(|k| k >= WAR_TOLL) || e.vague_war_toll
}

/// Whether the later of two events of one story opens another episode in a sentence of its own
/// ("Days later, a roadside bomb killed 11 coal miners" after "Last month, insurgents ambushed a
/// bus"); the sentences after it may go on with it.
fn another_episode(a: &EventInfo, b: &EventInfo) -> bool {
    let later = if a.start > b.start { a } else { b };
    a.doc == b.doc && a.start != b.start && later.new_episode
}

/// Whether two events of one story and one date are one truce told as an agreement signed (057)
/// and as a de-escalation agreed (087: a ceasefire, a retreat): "Government, Rebel Group Sign
/// Truce" over "the government and rebels have agreed to a ceasefire".
fn truce(a: &EventInfo, b: &EventInfo) -> bool {
    let signed_and_agreed =
        |x: &EventInfo, y: &EventInfo| x.code.starts_with(SIGNED_AGREEMENT) && y.code.starts_with(DE_ESCALATION);
    (signed_and_agreed(a, b) || signed_and_agreed(b, a))
        && a.doc == b.doc
        && a.date.is_some()
        && a.date == b.date
        && either_way(a, b)
}

/// Whether two events' places and countries can be one incident's.
pub fn consistent(a: &EventInfo, b: &EventInfo, opts: &Options) -> bool {
    // One trigger's records are one event whatever their parties ("The Ethiopians, together with
    // Somali government troops, launched the operation": a record for each army), and so are its
    // records in another story's copy of the sentence.
    let countries = one_mention(a, b)
        || copied_mention(a, b)
        || !a.violent
        || a.countries.is_empty()
        || b.countries.is_empty()
        || !a.countries.is_disjoint(&b.countries)
        || attacker_and_victims(a, b);
    countries && place_score(&a.place, &b.place, opts).is_some()
}

/// Whether two stories' records are of one trigger in one report (wire copy): one event, whatever
/// parties each story's reading gave it ("the separatist group and its ideological allies launched 504
/// attacks", its allies read as China's government in one story and Pakistan's in the other).
/// The copy keeps the sentence's names: a sentence told of other parties is another report ("killed five
/// Pakistani soldiers" beside "killed five Afghan soldiers").
fn copied_mention(a: &EventInfo, b: &EventInfo) -> bool {
    a.doc != b.doc && a.trigger == b.trigger && a.names == b.names && same_report(a, b)
}

/// Whether two violent events' parties fit side by side, each named on one report and unnamed on
/// the other: a force abroad is named where the attack is told ("the Saudi-led coalition carried
/// out the airstrike") and its victims where the toll is ("the airstrike killed 26 Yemeni
/// civilians"), so their countries differ without naming two sides that cannot meet. (Not either
/// way round: two attackers of two countries, each told alone, are two sides' fire.)
fn attacker_and_victims(a: &EventInfo, b: &EventInfo) -> bool {
    fits(&a.actor, &b.actor) && fits(&a.target, &b.target)
}

/// Whether two evidence sentences are one report (the same words, or reworded slightly; a
/// statement's background paragraph reworded more).
fn same_report(a: &EventInfo, b: &EventInfo) -> bool {
    a.sentence == b.sentence
        || a.sentence_overlap(b) >= SAME_REPORT_OVERLAP
        || trimmed_copy(a, b)
        || reworded_statement(a, b)
}

/// Whether two stories tell one speaker's one statement in their own words: the same speaker, CAMEO
/// code and addressee (or one unnamed), and nearly a third of their content words in common. Background
/// paragraphs are reworded from one story of a coverage to the next ("The separatist group accuses
/// Pakistan of exploiting the rich natural resources of their impoverished province" beside "...,
/// accusing the government of robbing the province of its rich natural resources"); with speaker,
/// code and addressee agreeing, fewer shared words than wire copy's say it is one statement.
fn reworded_statement(a: &EventInfo, b: &EventInfo) -> bool {
    !a.violent
        && !b.violent
        && a.doc != b.doc
        && a.code == b.code
        && a.actor.is_some()
        && a.actor == b.actor
        && fits(&a.target, &b.target)
        && a.content_overlap(b) >= REWORDED_STATEMENT_OVERLAP
}

/// Whether one sentence is the other cut short, as wire copy trims it ("The group also opposes
/// Chinese investment in the province." beside "... in Balochistan, which is home to the
/// China-funded Gwadar port and ..."): nearly all the words of the shorter, not too short, in the longer.
fn trimmed_copy(a: &EventInfo, b: &EventInfo) -> bool {
    let shorter = a.words.len().min(b.words.len());
    shorter >= TRIMMED_COPY_WORDS
        && a.words.intersection(&b.words).count() as f64 >= TRIMMED_COPY_SHARE * shorter as f64
}

/// Whether two parties can be one: equal, or one unnamed.
fn fits(x: &Option<String>, y: &Option<String>) -> bool {
    x.is_none() || y.is_none() || x == y
}

/// An event's date as another event sees it: an undated item of a round-up ("Elsewhere, gunmen
/// attacked a bus") is of its story's news day for other stories' reports of it (GUIDELINES 6.6
/// leaves the record undated; the item is still the day's news), never for its own story's events.
fn date_for<'a>(e: &'a EventInfo, other: &EventInfo) -> &'a Option<(Span, Precision)> {
    if e.date.is_none() && e.doc != other.doc {
        &e.item_day
    } else {
        &e.date
    }
}

fn dates_fit(a: &EventInfo, b: &EventInfo, opts: &Options) -> bool {
    let same_report = same_report(a, b);
    match (date_for(a, b), date_for(b, a)) {
        (Some((x, px)), Some((y, py))) => {
            let slack = if *px == Precision::Day && *py == Precision::Day { opts.slack_days } else { 0 };
            // A year's events are a campaign ("has ramped up attacks since the beginning of the
            // year"), not the incident of a day or a month in it ("last month", "days later").
            let scale = same_report || px.min(py) != &Precision::Year || px.max(py) == &Precision::Year;
            x.near(y, slack) && scale
        }
        // Undated violence of two stories is one only as the same report or the same war's toll:
        // stories a week apart both tell "fighting in Mogadishu" of their own day.
        (None, None) => a.doc == b.doc || same_report || (a.violent && same_war_toll(a, b)),
        // Undated statements are standing positions (unless one speaker's statement told again, see
        // `restated`); undated violence across stories needs the same report, or the same war-sized
        // toll (a war's toll is told with or without its years).
        // An interaction of both sides told in one story with and without its date is one.
        _ => {
            let interaction = !a.violent && a.doc == b.doc && MUTUAL_ROOTS.contains(&a.root.as_str());
            // A story's undated violence is its news; what it dates to a month only ("last month",
            // "in February") is another episode. (A year's date is too loose to say so: a year's
            // events are campaigns, told with undated restatements.)
            let month = [&a.date, &b.date].iter().any(|d| matches!(d, Some((_, Precision::Month))));
            let story = a.doc == b.doc && !month;
            // Wire copy of one statement is one statement whether or not its story dated it ("The BLA
            // quickly claimed responsibility for the brazen attack" in one story, "... for the attack" in
            // another).
            let copied_statement = same_report && a.code == b.code;
            interaction
                || restated(a, b)
                || copied_statement
                || (a.violent && (story || same_report || same_war_toll(a, b)))
        }
    }
}

/// Whether two statements of one story, one dated and one not, are one speaker's one statement told twice:
/// the same speaker (its actor's key: country and role, else its name) and the same CAMEO code ("The Kremlin
/// called on both sides to exercise restraint on Tuesday" and the spokesman's quote after it). A statement
/// told as going on up to now ("both sides have continued accusing each other") is a standing position, not
/// the day's.
fn restated(a: &EventInfo, b: &EventInfo) -> bool {
    let undated = if a.date.is_none() { a } else { b };
    !a.violent
        && a.doc == b.doc
        && a.code == b.code
        && a.actor.is_some()
        && a.actor == b.actor
        && !crate::features::tells_campaign(&undated.sentence)
}

/// Whether the parties of two interactions can be the same two sides, either way round: "A met B"
/// and "B met A", "B met" (the other side unnamed), or "talks were held" (neither named).
fn either_way(a: &EventInfo, b: &EventInfo) -> bool {
    (fits(&a.actor, &b.actor) && fits(&a.target, &b.target)) || (fits(&a.actor, &b.target) && fits(&a.target, &b.actor))
}

fn same_war_toll(a: &EventInfo, b: &EventInfo) -> bool {
    a.killed.is_some_and(|k| k >= WAR_TOLL) && a.killed == b.killed
}

fn different_wars(a: &EventInfo, b: &EventInfo) -> bool {
    match (a.killed, b.killed) {
        (Some(x), Some(y)) if x >= WAR_TOLL && y >= WAR_TOLL => x.max(y) > 2 * x.min(y),
        _ => false,
    }
}

/// How strongly two compatible events say they are one incident.
pub fn score(a: &EventInfo, b: &EventInfo, opts: &Options) -> i32 {
    let mut s = 0;
    match (date_for(a, b), date_for(b, a)) {
        (Some((x, px)), Some((y, py))) => s += if x == y && px == py { 2 } else { 1 },
        // A story that dates none of its events tells the news of one day: its violence overlaps. So
        // do two violent acts of one undated sentence of a dated story ("a clearance operation has
        // been going on for hours with frequent exchange of fire"): one sentence tells one time.
        // (Not any two undated acts of a dated story: those are as often background.)
        (None, None) if a.doc == b.doc && a.violent && (!a.story_dated || a.sentence_no == b.sentence_no) => s += 1,
        _ => {}
    }
    s += place_score(&a.place, &b.place, opts).unwrap_or(0);
    s += party_score(a, b);
    if let (Some(x), Some(y)) = (a.killed, b.killed) {
        if x == y && x > 0 {
            s += if x >= WAR_TOLL { 3 } else { 2 };
        }
    }
    if a.doc == b.doc {
        s += 1;
        if a.sentence == b.sentence && a.trigger == b.trigger {
            s += 3;
        } else if a.sentence_no.abs_diff(b.sentence_no) <= NEAR_SENTENCES {
            s += 1;
        }
        // "Three policemen died during the fighting": the later sentence goes on with the violence told.
        let later = if a.start > b.start { a } else { b };
        if a.violent && b.violent && a.start != b.start && later.refers_back {
            s += 1;
        }
    } else if same_report(a, b) {
        s += 3;
    }
    if a.root == b.root || episode_act(a, b) {
        s += 1;
    }
    s
}

/// Whether one of two events of a story is armed violence (18, 19, 20) and the other a coercive act
/// of the kind an armed episode includes (looting, arrests and captures, beatings: 171, 173, 175) of
/// one of its sides: "At least eight Taleban fighters were captured" after the battle with them is
/// the battle's capture, as close to it as a second act of its CAMEO root (docs/incidents.md,
/// "Labelling the gold": captures are material acts of their episode).
fn episode_act(a: &EventInfo, b: &EventInfo) -> bool {
    let armed = crate::features::is_armed;
    // The episode is told first and what came of it after (not a crackdown told before an abduction
    // in another province); on its date (the arrest of suspects the day after an attack is an
    // investigation's); by the fight's sides or no one named (not an international court's indictment
    // of a rebel leader after the war it leads).
    let one_way = |x: &EventInfo, y: &EventInfo| {
        let of_fight = |p: &Option<String>| p.is_some() && (side(p) == side(&x.actor) || side(p) == side(&x.target));
        armed(&x.code)
            && y.violent
            && !armed(&y.code)
            && x.start < y.start
            && x.date == y.date
            && (y.actor.is_none() || of_fight(&y.actor))
            && (of_fight(&y.actor) || of_fight(&y.target))
    };
    a.doc == b.doc && (one_way(a, b) || one_way(b, a))
}

/// 2 for the same pair of parties (either way round), 1 for one party in common, else 0.
fn party_score(a: &EventInfo, b: &EventInfo) -> i32 {
    let same = |x: &Option<String>, y: &Option<String>| x.is_some() && side(x) == side(y);
    if (same(&a.actor, &b.actor) && same(&a.target, &b.target))
        || (same(&a.actor, &b.target) && same(&a.target, &b.actor))
    {
        2
    } else if [&a.actor, &a.target].iter().any(|x| same(x, &b.actor) || same(x, &b.target)) {
        1
    } else {
        0
    }
}

/// CAMEO roles of a state's own organs, one a line.
const STATE_ROLES: &str = include_str!("../data/state_roles.txt");

fn is_state_role(role: &str) -> bool {
    crate::features::data_lines(STATE_ROLES).any(|l| l == role)
}

/// A party's side, for scoring: a state's government, army, police and courts are one side of a
/// conflict. (Statements stay one per speaker: [`compatible`] compares the parties themselves.)
fn side(key: &Option<String>) -> Option<String> {
    let key = key.as_ref()?;
    match key.split_once('/') {
        Some((country, role)) if is_state_role(role) => Some(format!("{country}/state")),
        _ => Some(key.clone()),
    }
}

/// `None` when the places cannot be one incident's; else 2 for the same place, 1 for places that hold
/// one another (a town in its province, anything in its country), 0 when a place is unknown.
fn place_score(a: &Option<Place>, b: &Option<Place>, opts: &Options) -> Option<i32> {
    let (Some(a), Some(b)) = (a, b) else { return Some(0) };
    let in_country = |p: &Place, c: &str| p.country == c || p.border_with.as_deref() == Some(c);
    if !in_country(a, &b.country) && !in_country(b, &a.country) {
        return None;
    }
    if a.name == b.name && a.country == b.country {
        // A whole country names no spot: it says no more than two towns in it.
        return Some(if a.kind == Kind::Country { 1 } else { 2 });
    }
    match (a.kind, b.kind) {
        (Kind::City, Kind::City) => (distance_km(a, b)? <= opts.max_km).then_some(1),
        (Kind::City | Kind::Admin1, Kind::City | Kind::Admin1) => (a.admin1 == b.admin1).then_some(1),
        _ => Some(1),
    }
}

/// Great-circle distance of two points.
fn distance_km(a: &Place, b: &Place) -> Option<f64> {
    let (lat1, lon1, lat2, lon2) = (a.lat?.to_radians(), a.lon?.to_radians(), b.lat?.to_radians(), b.lon?.to_radians());
    let h = ((lat2 - lat1) / 2.0).sin().powi(2) + lat1.cos() * lat2.cos() * ((lon2 - lon1) / 2.0).sin().powi(2);
    Some(2.0 * 6371.0 * h.sqrt().asin())
}

/// Share of the pairs of two groups whose places and countries must agree: one misplaced report
/// does not keep an incident apart.
const CONSISTENT_SHARE: f64 = 0.75;

/// Whether two groups may join: every pair compatible (the days of a multi-day incident
/// against its span, see [`within_span`]), most pairs consistent.
fn joinable(a: &[usize], b: &[usize], events: &[EventInfo], opts: &Options) -> bool {
    let mut consistent_pairs = 0;
    let spans = (day_span(a, events), day_span(b, events));
    for &x in a {
        for &y in b {
            let anchored = anchored(x, a, b, events) || anchored(y, b, a, events);
            let spanned = within_span(&events[x], &events[y], spans, opts);
            let fits = if anchored || spanned { compatible_but_dates } else { compatible };
            if !fits(&events[x], &events[y], opts) {
                return false;
            }
            consistent_pairs += usize::from(consistent(&events[x], &events[y], opts));
        }
    }
    consistent_pairs as f64 >= CONSISTENT_SHARE * (a.len() * b.len()) as f64
}

/// The longest a siege, a hostage-taking or a battle told over its days of coverage may last, in days.
const LONGEST_INCIDENT_DAYS: i64 = 3;

/// The days a group's events dated to the day cover.
fn day_span(group: &[usize], events: &[EventInfo]) -> Option<Span> {
    let days = group.iter().filter_map(|&m| events[m].date.filter(|(_, p)| *p == Precision::Day));
    days.map(|(s, _)| s).reduce(|x, y| Span { start: x.start.min(y.start), end: x.end.max(y.end) })
}

/// Whether two events dated to the day, of groups covering the days `spans`, are days of one
/// incident that lasts: "militants attacked a train Tuesday" and the "339 passengers were rescued"
/// the prime minister told of on Thursday are more than a day apart, but the group of the attack
/// holds Wednesday's reports of the siege, so Thursday is the day after its span. One of the two lies
/// within a day of the other's group (no jump over an empty day), together the groups cover a few
/// days at most, and the two events are of the same sides (or leave them unnamed): the reprisals of
/// other parties on the days after ("angry residents attacked members of the ethnic group they
/// blamed") are an incident of their own.
fn within_span(x: &EventInfo, y: &EventInfo, spans: (Option<Span>, Option<Span>), opts: &Options) -> bool {
    let (Some((dx, Precision::Day)), Some((dy, Precision::Day)), (Some(sa), Some(sb))) = (x.date, y.date, spans) else {
        return false;
    };
    let joined = Span { start: sa.start.min(sb.start), end: sa.end.max(sb.end) };
    joined.days() <= LONGEST_INCIDENT_DAYS
        && (dx.near(&sb, opts.slack_days) || dy.near(&sa, opts.slack_days))
        && same_sides(x, y)
}

/// Whether two events' parties can be the same two sides (see [`side`]), either way round, or unnamed.
fn same_sides(a: &EventInfo, b: &EventInfo) -> bool {
    let (aa, at, ba, bt) = (side(&a.actor), side(&a.target), side(&b.actor), side(&b.target));
    (fits(&aa, &ba) && fits(&at, &bt)) || (fits(&aa, &bt) && fits(&at, &ba))
}

/// Whether `x` (of group `own`, joining `other`) is an undated violent event that the joined group
/// dates: it holds a dated event of `x`'s story, which `x` joins as a restatement ("suicide bombers
/// are wearing suicide jackets" beside the dated attack; for a statement, its speaker's [`restated`]
/// statement). It is then that event's episode for other stories too, whose dated reports the
/// story's dated events are checked against. That holds
/// whichever joined first, the story's attack with the other stories' or `x` with its attack;
/// but not for an undated event already joined to other stories' undated copies (a background
/// paragraph repeated from one day's story to the next: "has been fighting a deadly insurgency").
fn anchored(x: usize, own: &[usize], other: &[usize], events: &[EventInfo]) -> bool {
    let e = &events[x];
    let of_story = |m: &usize| events[*m].doc == e.doc;
    let dated_here = |m: &usize| {
        let d = &events[*m];
        of_story(m) && d.date.is_some() && (e.violent || restated(e, d))
    };
    e.date.is_none() && (own.iter().any(dated_here) || (own.iter().all(of_story) && other.iter().any(dated_here)))
}

/// Groups of event indices: strongest pairs first, a group joining another only when all their
/// events are pairwise compatible. Groups come in order of their first event.
pub fn group(events: &[EventInfo], opts: &Options) -> Vec<Vec<usize>> {
    let mut pairs = Vec::new();
    for i in 0..events.len() {
        for j in i + 1..events.len() {
            if compatible(&events[i], &events[j], opts) && consistent(&events[i], &events[j], opts) {
                let s = score(&events[i], &events[j], opts);
                if s >= opts.threshold {
                    pairs.push((s, events[i].code == events[j].code, i, j));
                }
            }
        }
    }
    // Of pairs of equal evidence, one CAMEO code's join first: a restatement goes with the act it
    // restates before another act of its root can take it (and part it from its own).
    pairs.sort_by(|a, b| b.0.cmp(&a.0).then(b.1.cmp(&a.1)).then(a.2.cmp(&b.2)).then(a.3.cmp(&b.3)));
    let mut owner: Vec<usize> = (0..events.len()).collect();
    let mut members: Vec<Vec<usize>> = (0..events.len()).map(|i| vec![i]).collect();
    for (_, _, i, j) in pairs {
        let (gi, gj) = (owner[i], owner[j]);
        if gi == gj {
            continue;
        }
        let fits = joinable(&members[gi], &members[gj], events, opts);
        if fits {
            let (keep, gone) = (gi.min(gj), gi.max(gj));
            let moved = std::mem::take(&mut members[gone]);
            for &m in &moved {
                owner[m] = keep;
            }
            members[keep].extend(moved);
            members[keep].sort_unstable();
        }
    }
    members.into_iter().filter(|m| !m.is_empty()).collect()
}

#[cfg(test)]
mod tests;
#[cfg(test)]
mod tests_captures;
#[cfg(test)]
mod tests_items;
#[cfg(test)]
mod tests_spans;
#[cfg(test)]
mod tests_undated;
