//! The slots of an event besides its parties: place, date and casualties.
use super::args::Roles;
use super::context::Context;
use super::tense;
use super::view::View;
use super::words;
use super::{is_force, Trigger};
use crate::casualties::{CasualtyKind, CasualtyMention};
use crate::dates::DateMention;
use crate::parties;
use casus_core::{Casualty, DateRef, Event, Location, Party};

/// The first place candidate that names a place: a known place, or a location entity.
/// `states`: the article's main states, most mentioned first ("the border with Armenia" in an
/// article about Armenia and Azerbaijan is their common border).
pub(super) fn location(v: &View, roles: &Roles, states: &[String]) -> Option<Location> {
    place_of(v, &roles.places, states)
}

/// "Rockets hit Haifa", "troops captured Bakhmut", "bombed the port city of Poti": a force event
/// whose target is a named place below a state is located there (GUIDELINES §12.7), when no
/// phrase of its own places it.
pub(super) fn target_place(v: &View, targets: &[usize], states: &[String]) -> Option<Location> {
    let named: Vec<usize> =
        targets.iter().filter_map(|&t| if tagged(v, t) { Some(t) } else { named_below(v, t) }).collect();
    let place = place_of(v, &named, states)?;
    let country = place.name.as_deref().is_some_and(parties::is_country_name);
    // A state as the target ("Azerbaijan attacked Armenia") says who, not where: on the seeds such
    // countries as places lost location F1 (0.687 -> 0.667) for +0.007 on the news dev split.
    (!country).then_some(place)
}

/// An incident whose parse gives it no place of its own is set where its sentence says something
/// happened: the place name nearest its trigger that follows a locative preposition ("fighting
/// erupted again on Tuesday in southern Mogadishu", the place hanging off another word), a state
/// only when no place below one does.
pub(super) fn sentence_place(v: &View, head: usize, states: &[String]) -> Option<Location> {
    let mut places: Vec<usize> = v
        .sent
        .entities
        .iter()
        .filter(|e| matches!(e.label.as_str(), "GPE" | "LOC" | "FAC"))
        .filter_map(|e| e.tokens.clone().find(|&t| locative(v, t)))
        .filter(|&p| clause(v, p) == clause(v, head) || fronted_over(v, p, head))
        // "rebels based in Sudan", "those involved are based in Afghanistan": where a party is.
        .filter(|&p| !v.head(p).is_some_and(|h| words::get("residence_verbs").contains(&v.lemmas[h].as_str())))
        .collect();
    // The nearest, but a state last ("in the Tovouz region (northwest Azerbaijan)").
    places.sort_by_key(|&p| p.abs_diff(head));
    place_of(v, &places, states)
}

/// "In Talas, witnesses say demonstrators tried to storm …": a place fronted before a reporting
/// verb sets the scene of what it reports.
fn fronted_over(v: &View, p: usize, head: usize) -> bool {
    let top = clause(v, p);
    if p > top || v.head(p) != Some(top) || v.base_rel(p) != "obl" {
        return false;
    }
    let mut c = clause(v, head);
    while c != top {
        match v.head(c) {
            Some(h) if matches!(v.base_rel(c), "ccomp" | "xcomp") => c = clause(v, h),
            _ => return false,
        }
    }
    true
}

/// Whether place word `p` follows a locative preposition, directly ("in Kabul") or through the
/// generic place noun it names ("in the town of Iskandariyah", "near the capital, Mogadishu").
fn locative(v: &View, p: usize) -> bool {
    let mut cur = p;
    for _ in 0..3 {
        if v.kids_with(cur, &["case"]).any(|c| words::get("locative").contains(&v.lemmas[c].as_str())) {
            return true;
        }
        let names = matches!(v.base_rel(cur), "appos" | "compound")
            || (v.base_rel(cur) == "nmod" && v.case_of(cur).as_deref() == Some("of"));
        match v.head(cur) {
            Some(h) if names && words::get("place_generic").contains(&v.lemmas[h].as_str()) => cur = h,
            _ => return false,
        }
    }
    false
}

/// The head of the clause token `i` belongs to ("talks in Washington" and "clashes on the border"
/// in one sentence are two clauses). A clause on a noun belongs to its noun's clause ("ambushed a
/// bus transporting troops in Kalat", "the cities of Acre and Maalot, which were struck").
fn clause(v: &View, i: usize) -> usize {
    const CLAUSE: &[&str] = &["root", "ccomp", "xcomp", "advcl", "parataxis", "csubj"];
    let mut cur = i;
    while !CLAUSE.contains(&v.base_rel(cur)) {
        match v.head(cur) {
            Some(h) => cur = h,
            None => break,
        }
    }
    cur
}

fn place_of(v: &View, places: &[usize], states: &[String]) -> Option<Location> {
    let mut found: Vec<Location> = Vec::new();
    for &p in places {
        let range = v.phrase(p);
        let start = v.kids_with(p, &["case"]).next().map_or(range.start, |c| c.min(range.start));
        let text = v.text(start..range.end).to_string();
        if let Some(name) = border_name(v, p, states) {
            found.push(Location { text, name: Some(name), ..Default::default() });
            continue;
        }
        // "in the port city of Kismayo": the name the generic noun stands for.
        let p = named_below(v, p).unwrap_or(p);
        let range = v.phrase(p);
        let entity =
            v.sent.entities.iter().find(|e| e.tokens.contains(&p) && matches!(e.label.as_str(), "GPE" | "LOC" | "FAC"));
        // A name the model tags (canonical if the gazetteer knows it), else a place the gazetteer finds
        // in the phrase ("the northwestern Tovuz district"); capitalized words alone are not enough.
        let name = match entity {
            Some(e) => {
                let span = v.text(name_span(v, p, e.tokens.clone()));
                Some(canonical(span))
            }
            None => parties::lookup_place(v.text(range.clone()))
                .filter(|k| k.known)
                .map(|k| k.name)
                .or_else(|| territory_of(v, p)),
        };
        found.extend(name.map(|name| Location { text, name: Some(name), ..Default::default() }));
    }
    // "near Nerkin Hand (in the south-east of Armenia)": the most specific place, a country last.
    let country = |l: &Location| l.name.as_deref().is_some_and(parties::is_country_name);
    let first_specific = found.iter().position(|l| !country(l)).unwrap_or(0);
    (!found.is_empty()).then(|| found.swap_remove(first_specific))
}

/// The gazetteer's name of a tagged place name, unless the gazetteer knows only part of a longer
/// name: "Niger Delta" is not Niger, "Gaza City" not Gaza; "Gaza Strip" is Gaza and "Baghdad
/// International Airport" Baghdad (GUIDELINES §12.7: generic words and facilities dropped).
fn canonical(span: &str) -> String {
    let Some(known) = parties::lookup_place(span).filter(|k| k.known) else { return span.to_string() };
    // The words after the gazetteer's name in the span ("Niger Delta" → "Delta").
    let Some(at) = span.to_lowercase().find(&known.name.to_lowercase()) else { return known.name };
    let rest = span.get(at + known.name.len()..).unwrap_or_default();
    let longer = rest.split_whitespace().any(|w| {
        let w = w.trim_matches(|c: char| !c.is_alphanumeric());
        w.chars().next().is_some_and(char::is_uppercase)
            && !words::get("name_suffixes").contains(&w.to_lowercase().as_str())
    });
    if longer {
        span.to_string()
    } else {
        known.name
    }
}

/// Whether word `i` is in a place name the model tags.
fn tagged(v: &View, i: usize) -> bool {
    v.sent.entities.iter().any(|e| e.tokens.contains(&i) && matches!(e.label.as_str(), "GPE" | "LOC" | "FAC"))
}

/// "the capital, Bangui", "the port city of Kismayo", "a section of the capital, Mogadishu": the
/// name a generic place noun stands for (its appositive or "of" phrase), when it has one.
fn named_below(v: &View, p: usize) -> Option<usize> {
    let generic = |i: usize| words::get("place_generic").contains(&v.lemmas[i].as_str());
    if !generic(p) {
        return None;
    }
    let known = |k: usize| parties::lookup_place(v.word(k)).is_some_and(|x| x.known);
    v.kids_with(p, &["appos", "nmod"])
        .filter(|&k| v.base_rel(k) == "appos" || v.case_of(k).as_deref() == Some("of"))
        .find_map(|k| if tagged(v, k) || known(k) { Some(k) } else { named_below(v, k) })
}

/// "in Armenian territory", "into Lebanese airspace": the land, air or sea of a state named by
/// its adjective is that state (GUIDELINES §7).
fn territory_of(v: &View, p: usize) -> Option<String> {
    if !words::get("territory_nouns").contains(&v.lemmas[p].as_str()) {
        return None;
    }
    let country = v.kids_with(p, &["amod"]).find_map(|a| parties::normalize(v.word(a))?.country)?;
    parties::country_name(&country).map(str::to_string)
}

/// The whole proper name around `p`: the model's entity `ent`, grown over neighbouring capitalized
/// words of the same phrase. "near Nerkin Hand" may come parsed as two sibling nouns or tagged
/// "B-GPE O"; the name is still "Nerkin Hand".
fn name_span(v: &View, p: usize, ent: std::ops::Range<usize>) -> std::ops::Range<usize> {
    // Not a date ("Iskandariyah Sunday") nor a sentence-initial preposition ("In Talas").
    let capital = |i: usize| {
        v.word(i).chars().next().is_some_and(char::is_uppercase)
            && !v.is_dated(i)
            && !matches!(v.base_rel(i), "case" | "det" | "punct" | "cc")
    };
    let related = |i: usize| {
        let (hi, hp) = (v.head(i), v.head(p));
        hi == Some(p) || v.head(p) == Some(i) || (hi.is_some() && hi == hp)
    };
    let (mut lo, mut hi) = (ent.start.min(p), ent.end.max(p + 1));
    while lo > 0 && capital(lo - 1) && related(lo - 1) && v.kids_with(lo - 1, &["case", "det"]).next().is_none() {
        lo -= 1;
    }
    while hi < v.len() && capital(hi) && related(hi) && v.kids_with(hi, &["case", "det"]).next().is_none() {
        hi += 1;
    }
    lo..hi
}

/// "the border between Armenia and Azerbaijan", "the Armenia-Azerbaijan border": the border of
/// two states, named "Armenia–Azerbaijan border" in text order.
fn border_name(v: &View, p: usize, states: &[String]) -> Option<String> {
    if !matches!(v.lemmas[p].as_str(), "border" | "frontier" | "boundary") {
        return None;
    }
    let mut found: Vec<String> = Vec::new();
    let definite = v.kids_with(p, &["det"]).any(|d| v.lemmas[d] == "the");
    for i in v.subtree(p) {
        for part in v.word(i).split(['-', '–', '—']) {
            if let Some(c) = parties::normalize(part).and_then(|x| x.country) {
                let name = parties::country_name(&c).unwrap_or(&c).to_string();
                if !found.contains(&name) {
                    found.push(name);
                }
            }
        }
    }
    if found.len() == 1 && v.kids_with(p, &["nmod"]).any(|k| v.case_of(k).as_deref() == Some("with")) {
        // "on the border with Armenia": Armenia and the article's other main state, by name.
        let other = states.iter().take(2).filter_map(|c| parties::country_name(c)).find(|n| *n != found[0])?;
        let mut pair = [found[0].clone(), other.to_string()];
        pair.sort();
        return Some(format!("{}–{} border", pair[0], pair[1]));
    }
    if found.is_empty() && definite {
        // "shooting at the border", "along the border": the border of the article's two states.
        let mut pair: Vec<&str> = states.iter().take(2).filter_map(|c| parties::country_name(c)).collect();
        pair.sort();
        return (pair.len() == 2).then(|| format!("{}–{} border", pair[0], pair[1]));
    }
    (found.len() == 2).then(|| format!("{}–{} border", found[0], found[1]))
}

/// Where an event's date came from; the document pass re-dates restated incidents by it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum DateFrom {
    /// A date phrase of the event's own sentence.
    Sentence,
    /// The month or year that holds a span of the sentence up to now ("since late Wednesday").
    Span,
    /// The date of the past-tense narrative the sentence continues ("In 2020 … The conflict left …").
    Narrative,
    /// A background position in the present ("Azerbaijan denies …"): no date.
    Background,
    /// The news day or the latest incident date.
    Fallback,
    /// A present perfect or progressive past the story's lead ("the government has blamed …", "the
    /// two are cooperating"): undated, once the document pass has restated or placed it by the
    /// fallback date it carries until then.
    Perfect,
}

/// Body sentences that make the lead of a story (its news of the day, often in the present perfect).
const LEAD: usize = 2;

/// The date of the event: a date phrase of the sentence attached to the trigger's clause, else
/// the nearest one that no other clause claims. A bound ("since 2020") or a decade attached to the
/// trigger leaves it undated, as do spans like "in recent months". With no phrase: a present-tense
/// position has no date; a past-tense sentence that continues a dated historical narrative takes
/// its date; an incident takes the latest news-week date before it, any other event (reactions,
/// statements) the article's news day.
pub(super) fn date_for(
    v: &View,
    ctx: &Context,
    head: usize,
    nominal: bool,
    cameo: &str,
    dates: &[DateMention],
) -> (Option<DateRef>, DateFrom) {
    let path: Vec<usize> = std::iter::once(head).chain(v.ancestors(head)).collect();
    let attached_to_path = |d: &&DateMention| {
        let top = v.top(d.tokens.clone());
        v.head(top).is_some_and(|h| path.contains(&h))
    };
    // "the year when the two began talks": the trigger sits inside the date phrase itself.
    let around = dates.iter().find(|d| {
        let top = v.top(d.tokens.clone());
        path[1..].contains(&top) && d.precision != crate::dates::Precision::Decade
    });
    if let Some(d) = around {
        return (Some(date_ref(v, d)), DateFrom::Sentence);
    }
    let ours = tense::clause_verb(v, head);
    // "since late last year when the two began talks": the when-clause happens at that date.
    let when = v.kids_with(ours, &["advmod", "mark"]).find(|&k| v.lemmas[k] == "when");
    if let Some(d) =
        when.and_then(|k| dates.iter().find(|d| d.tokens.end == k && d.precision != crate::dates::Precision::Decade))
    {
        return (Some(date_ref(v, d)), DateFrom::Sentence);
    }
    // "have been engaged in talks since 2020", "the talks since 2020": a span up to now. A simple
    // past cannot span, and a superlative compares ("the deadliest fighting since 2020").
    let spans = (nominal || !tense::past(v, ours)) && !superlative(v, head);
    let bound = dates.iter().filter(|d| !usable_in(v, d)).find(|d| attached_to_path(d));
    if let (true, Some(d)) = (spans, bound) {
        // "have kidnapped 20 workers since late Wednesday": the span up to publication, when one
        // month or year holds it (GUIDELINES §6.4); "since 2020" in 2024 has no such date.
        return match since_until_now(v, d, ctx.published) {
            Some(value) => (Some(DateRef { value, ..date_ref(v, d) }), DateFrom::Span),
            None => (None, DateFrom::Background),
        };
    }
    if vague_period(v, head) {
        return (None, DateFrom::Background);
    }
    // An event noun's own modifiers date it ("a provocation committed Monday evening"), or leave it
    // undated when they name a decade ("a first war which made 30,000 deaths in the early 1990s").
    let inside = |d: &&DateMention| nominal && v.ancestors(v.top(d.tokens.clone())).any(|a| a == head);
    if dates.iter().any(|d| d.precision == crate::dates::Precision::Decade && inside(&d)) {
        return (None, DateFrom::Background);
    }
    let usable: Vec<&DateMention> = dates.iter().filter(|d| usable_in(v, d)).collect();
    let attached = usable.iter().copied().find(inside).or_else(|| usable.iter().copied().find(attached_to_path));
    let nearest = usable
        .iter()
        .copied()
        // "the post, where our soldiers were fired upon yesterday, was destroyed": yesterday is the firing's.
        .filter(|d| {
            let theirs = tense::clause_verb(v, v.top(d.tokens.clone()));
            theirs == ours || !v.is_clause(theirs) || v.ancestors(ours).any(|a| a == theirs)
        })
        .min_by_key(|d| d.tokens.start.abs_diff(head).min(d.tokens.end.abs_diff(head)));
    if let Some(d) = attached.or(nearest) {
        return (Some(spanned(v, head, ours, date_ref(v, d))), DateFrom::Sentence);
    }
    if !tense::headline(v)
        && !tense::quoted(v, head)
        && tense::present_simple(v, ours)
        && !tense::about_the_news(v, ours)
    {
        return (None, DateFrom::Background);
    }
    if dates.is_empty() && tense::past(v, ours) {
        if let Some(d) = &ctx.narrative {
            return (Some(d.clone()), DateFrom::Narrative);
        }
    }
    let fallback = if incident_like(cameo) {
        ctx.last_date.clone().or(ctx.news_day.clone())
    } else {
        ctx.news_day.clone().or(ctx.last_date.clone())
    };
    // "the government has blamed the rebels for earlier attacks", "the group has been fighting the
    // state", "the two are cooperating": past the lead, a present perfect or progressive with no date
    // of its own is background, unless "Meanwhile" opens another item of the day's news.
    let perfect = !tense::headline(v)
        && !tense::quoted(v, head)
        && (tense::present_perfect(v, ours) || tense::present_progressive(v, ours))
        && !tense::in_lead(v, LEAD)
        && v.lemmas.first().map(String::as_str) != Some("meanwhile")
        && !v.kids_with(ours, &["advmod"]).any(|k| v.lemmas[k] == "meanwhile");
    (fallback, if perfect { DateFrom::Perfect } else { DateFrom::Fallback })
}

/// "a six-week conflict" ended on November 9, 2020: the finest precision that holds the whole span
/// (2020); a day stays a day when the event noun names no duration.
fn spanned(v: &View, head: usize, clause: usize, date: DateRef) -> DateRef {
    let Ok(day) = chrono::NaiveDate::parse_from_str(&date.value, "%Y-%m-%d") else { return date };
    let Some(days) = v.kids_with(head, &["amod", "compound", "nummod"]).find_map(|k| duration_days(v.word(k))) else {
        return date;
    };
    let ends = matches!(v.lemmas[clause].as_str(), "end" | "conclude" | "halt" | "stop" | "finish");
    let (a, b) =
        if ends { (day - chrono::Duration::days(days), day) } else { (day, day + chrono::Duration::days(days)) };
    let value = match crate::dates::common(a, b) {
        Some(crate::dates::Res::Day(d)) => d.format("%Y-%m-%d").to_string(),
        Some(crate::dates::Res::Month(y, m)) => format!("{y:04}-{m:02}"),
        Some(crate::dates::Res::Year(y)) => format!("{y:04}"),
        _ => return date,
    };
    DateRef { value, ..date }
}

/// Days in "six-week", "44-day", "three-month" (a compound adjective of duration).
fn duration_days(word: &str) -> Option<i64> {
    let (count, unit) = word.to_lowercase().rsplit_once('-').map(|(c, u)| (c.to_string(), u.to_string()))?;
    let per = match unit.trim_end_matches('s') {
        "day" => 1,
        "week" => 7,
        "month" => 30,
        "year" => 365,
        _ => return None,
    };
    let n: i64 = match count.parse() {
        Ok(n) => n,
        Err(_) => {
            let token =
                casus_core::Token { text: count.clone(), start: 0, end: count.chars().count(), bytes: 0..count.len() };
            crate::numbers::parse_number(&[token], 0)?.value?.try_into().ok()?
        }
    };
    Some(n * per)
}

/// "the deadliest fighting since 2020", "the first incident since …", "the worst clashes since …".
fn superlative(v: &View, head: usize) -> bool {
    let mut words = v.kids_with(head, &["amod"]).chain(v.head(head).filter(|_| v.base_rel(head) == "nsubj"));
    words.any(|a| {
        let w = v.lower(a);
        (w.ends_with("est") && w.len() > 5) || matches!(w.as_str(), "first" | "worst" | "biggest" | "largest")
    })
}

/// Force, coercion and force posture ("set up an observation post") happen on an incident's day.
pub(super) fn incident_like(cameo: &str) -> bool {
    matches!(cameo.get(..2), Some("15" | "17" | "18" | "19" | "20"))
}

/// The schema date of a mention; "between March 24 and 25" takes the finest precision that holds
/// the whole range.
pub(super) fn date_ref(v: &View, d: &DateMention) -> DateRef {
    let mut value = d.value.clone();
    if d.prep.as_deref() == Some("between") && d.precision == crate::dates::Precision::Day {
        value.truncate(7);
    }
    DateRef { text: v.text(d.tokens.clone()).to_string(), value }
}

/// A mention that can date an event: not a bound ("since 2020", "until Monday", "since the end of
/// the conflict in November 2020") and not a decade ("the early 1990s", which no ISO 8601 value of
/// the schema's precisions holds).
fn usable_in(v: &View, d: &DateMention) -> bool {
    if d.precision == crate::dates::Precision::Decade
        || d.prep.as_deref().is_some_and(|p| words::get("bounds").contains(&p))
    {
        return false;
    }
    // The mention's own preposition is `prep` ("the day before" is a date, not a bound); a bound
    // may also govern a phrase the date sits in.
    let top = v.top(d.tokens.clone());
    let clause = tense::clause_verb(v, top);
    !v.ancestors(top)
        .take_while(|&a| a != clause)
        .any(|a| v.case_of(a).is_some_and(|c| words::get("bounds").contains(&c.as_str())))
}

/// Date mentions of a sentence that can date an event (see [`usable_in`]).
pub(super) fn usable<'d>(v: &View, dates: &'d [DateMention]) -> Vec<&'d DateMention> {
    dates.iter().filter(|d| usable_in(v, d)).collect()
}

/// The finest month or year that holds the span from a "since" date to `published` ("since late
/// Wednesday", "since the beginning of the year"); `None` for other bounds ("until Monday") and
/// for spans across a year's end.
fn since_until_now(v: &View, d: &DateMention, published: Option<chrono::NaiveDate>) -> Option<String> {
    let top = v.top(d.tokens.clone());
    let clause = tense::clause_verb(v, top);
    let since = d.prep.as_deref() == Some("since")
        || v.ancestors(top).take_while(|&a| a != clause).any(|a| v.case_of(a).as_deref() == Some("since"));
    let start = match d.precision {
        crate::dates::Precision::Day => d.value.clone(),
        crate::dates::Precision::Month => format!("{}-01", d.value),
        crate::dates::Precision::Year => format!("{}-01-01", d.value),
        crate::dates::Precision::Decade => return None,
    };
    let start = chrono::NaiveDate::parse_from_str(&start, "%Y-%m-%d").ok()?;
    let end = published?;
    if !since || start >= end {
        return None;
    }
    match crate::dates::common(start, end)? {
        crate::dates::Res::Month(y, m) => Some(format!("{y:04}-{m:02}")),
        crate::dates::Res::Year(y) => Some(format!("{y:04}")),
        _ => None,
    }
}

/// "In recent months", "on several occasions", "for years", "since then": a span that no single
/// date of the schema's precisions holds, governing the trigger's clause.
fn vague_period(v: &View, head: usize) -> bool {
    const SPANS: &[(&str, &str)] = &[
        ("recent", "month"),
        ("recent", "year"),
        ("recent", "week"),
        ("last", "month"),
        ("past", "month"),
        ("past", "year"),
        ("several", "occasion"),
        ("many", "occasion"),
        ("for", "year"),
        ("for", "month"),
        ("for", "decade"),
        ("since", "then"),
    ];
    let clause = tense::clause_verb(v, head);
    (1..v.len()).any(|i| {
        let pair = (v.lemmas[i - 1].as_str(), v.lemmas[i].as_str());
        // "these last months" is a span; "last month" is a date (the month before publication).
        let date = pair.0 == "last" && v.lower(i) == v.lemmas[i];
        SPANS.contains(&pair) && !date && v.ancestors(i).take(3).any(|a| a == clause || a == head)
    })
}

/// Each casualty count goes to the force event whose trigger is nearest in the sentence. A count of
/// several victim groups of different sides or kinds ("killing nine civilians and two police
/// officers") is one record per group (GUIDELINES §12.6): the returned events are the extra groups'
/// records, each a copy of its first group's record (`.0` its index in `events`).
pub(super) fn attach_casualties(
    v: &View,
    triggers: &[Trigger],
    found: &[CasualtyMention],
    events: &mut [Event],
) -> Vec<(usize, Event)> {
    let mut extra = Vec::new();
    for c in found {
        let groups = victim_groups(v, c);
        let first = groups.first().map_or(c, |g| &g.0);
        if let Some(caught) = caught_civilians(v, triggers, first, events) {
            add_record(&mut extra, caught);
            continue;
        }
        let Some(k) = attach(v, triggers, first, events) else { continue };
        for (part, victims) in groups.iter().skip(1) {
            if let Some(caught) = caught_civilians(v, triggers, part, events) {
                add_record(&mut extra, caught);
                continue;
            }
            let value = Casualty {
                count: part.count,
                qualifier: part.qualifier,
                text: v.text(part.tokens.clone()).to_string(),
            };
            // a record of the trigger already aimed at this group (a coordinated target) takes it
            let key = |p: &Party| (p.country.clone(), p.role.clone());
            let action = events[k].action.clone();
            let aimed =
                events.iter_mut().find(|e| e.action == action && e.target.as_ref().map(key) == Some(key(victims)));
            if let Some(e) = aimed {
                let slot = if part.kind == CasualtyKind::Killed {
                    &mut e.casualties.killed
                } else {
                    &mut e.casualties.injured
                };
                slot.get_or_insert(value);
                continue;
            }
            let mut e = events[k].clone();
            e.target = Some(victims.clone());
            match part.kind {
                CasualtyKind::Killed => (e.casualties.killed, e.casualties.injured) = (Some(value), None),
                _ => (e.casualties.injured, e.casualties.killed) = (Some(value), None),
            }
            extra.push((k, e));
        }
    }
    extra
}

/// The parts of a coordinated count with their victims, when they name at least two different
/// parties (by country and role); empty otherwise (the count stays one sum).
fn victim_groups(v: &View, c: &CasualtyMention) -> Vec<(CasualtyMention, Party)> {
    let groups: Vec<(CasualtyMention, Party)> = c
        .parts
        .iter()
        .filter_map(|p| victims(v, p).map(|who| (CasualtyMention { kind: c.kind, ..p.clone() }, who)))
        .collect();
    let key = |p: &Party| (p.country.clone(), p.role.clone());
    let distinct = groups.iter().any(|(_, a)| key(a) != key(&groups[0].1));
    if groups.len() == c.parts.len() && distinct {
        groups
    } else {
        Vec::new()
    }
}

/// Adds a record of its own to `extra`, or its counts to the one there of the same action and
/// victims ("killed and wounded dozens of civilians": one record for both counts).
fn add_record(extra: &mut Vec<(usize, Event)>, (k, e): (usize, Event)) {
    match extra.iter_mut().find(|(_, x)| x.action == e.action && x.target == e.target) {
        Some((_, x)) => {
            x.casualties.killed = x.casualties.killed.take().or(e.casualties.killed);
            x.casualties.injured = x.casualties.injured.take().or(e.casualties.injured);
        }
        None => extra.push((k, e)),
    }
}

/// The force trigger nearest to a count.
fn nearest_force<'t>(triggers: &'t [Trigger], c: &CasualtyMention) -> Option<&'t Trigger> {
    triggers
        .iter()
        .filter(|t| is_force(&t.cameo))
        .min_by_key(|t| t.head.abs_diff(c.tokens.start).min(t.head.abs_diff(c.tokens.end)))
}

/// Civilians killed in fighting between two sides ("clashes between insurgents and troops ...
/// civilians were killed"): a record of their own with no actor, not a toll of either side; the
/// copy of the trigger's first record that holds it (with that record's index).
fn caught_civilians(v: &View, triggers: &[Trigger], c: &CasualtyMention, events: &[Event]) -> Option<(usize, Event)> {
    let victims = victims(v, c).filter(|p| p.role.as_deref() == Some("CVL"))?;
    let t = nearest_force(triggers, c)?;
    let text = v.text(t.m.tokens.clone());
    let records: Vec<usize> =
        (0..events.len()).filter(|&k| events[k].action.text == text && events[k].action.cameo == t.cameo).collect();
    let side = |p: &Party| (p.country.clone(), p.role.clone());
    let sides: Vec<_> = records.iter().filter_map(|&k| events[k].target.as_ref().map(side)).collect();
    if sides.len() < 2 || sides.contains(&side(&victims)) {
        return None;
    }
    let mut e = events[records[0]].clone();
    (e.actor, e.target, e.casualties) = (None, Some(victims), Default::default());
    let value = Casualty { count: c.count, qualifier: c.qualifier, text: v.text(c.tokens.clone()).to_string() };
    match c.kind {
        CasualtyKind::Killed => e.casualties.killed = Some(value),
        CasualtyKind::Injured => e.casualties.injured = Some(value),
        CasualtyKind::Missing => return None,
    }
    Some((records[0], e))
}

/// Attaches one count to its event (see [`attach_casualties`]); the index of the event that took it.
fn attach(v: &View, triggers: &[Trigger], c: &CasualtyMention, events: &mut [Event]) -> Option<usize> {
    let kind = match c.kind {
        CasualtyKind::Killed => true,
        CasualtyKind::Injured => false,
        CasualtyKind::Missing => return None,
    };
    let t = nearest_force(triggers, c)?;
    let text = v.text(t.m.tokens.clone()).to_string();
    let value = Casualty { count: c.count, qualifier: c.qualifier, text: v.text(c.tokens.clone()).to_string() };
    let victims = victims(v, c);
    // One toll, one event: of the events one trigger gives each way ("clashes with Armenian
    // forces"), the toll goes to the one that struck the victims' side (else the first),
    // unless it is counted "on both sides".
    let both = c.tokens.clone().chain(c.tokens.end..(c.tokens.end + 3).min(v.len())).any(|i| {
        matches!(v.lemmas[i].as_str(), "both" | "each") || v.lemmas[i] == "side" && v.lemmas[i - 1] == "either"
    });
    let same = |e: &Event| e.action.text == text && e.action.cameo == t.cameo;
    let victim_country = victims.as_ref().and_then(|p| p.country.clone());
    let struck = events.iter().position(|e| {
        same(e) && victim_country.is_some() && e.target.as_ref().and_then(|p| p.country.clone()) == victim_country
    });
    // a victim of no state ("UN Soldier Killed in Clash"): the event that targets its name and role
    let struck = struck.or_else(|| {
        let v = victims.as_ref().filter(|p| p.country.is_none())?;
        let key = |p: &Party| (p.name.clone(), p.role.clone());
        events
            .iter()
            .position(|e| same(e) && e.target.as_ref().is_some_and(|t| t.country.is_none() && key(t) == key(v)))
    });
    let chosen = struck.or_else(|| events.iter().position(same));
    // victims of no side ("clashes between police and protesters killed several people"): a joint
    // toll of the mutual fighting, on each side's record (GUIDELINES 12.9)
    let joint = victims.is_none() && events.iter().filter(|e| same(e) && e.target.is_some()).count() > 1;
    for (k, e) in events.iter_mut().enumerate().filter(|(_, e)| same(e)) {
        if !both && !joint && Some(k) != chosen && e.target.is_some() {
            continue;
        }
        if e.target.is_none() && kind {
            // "two soldiers killed in this border clash": the dead are who was struck; a bare role
            // takes the country of the one who reports its own losses, else the identity stage's.
            e.target = victims.clone().map(|mut p| {
                if p.country.is_none() && e.source.as_ref().is_some_and(|s| s.country.is_some()) {
                    p.country = e.source.as_ref().and_then(|s| s.country.clone());
                    p.name = e.source.as_ref().and_then(|s| s.name.clone());
                }
                p
            });
        }
        let slot = if kind { &mut e.casualties.killed } else { &mut e.casualties.injured };
        if slot.is_none() {
            *slot = Some(value.clone());
        }
    }
    chosen
}

/// The party the dead or wounded of a casualty phrase belong to: "at least four Armenian soldiers",
/// "12 civilians", "two soldiers" (a role without a country).
fn victims(v: &View, c: &CasualtyMention) -> Option<Party> {
    let text = v.text(c.tokens.clone());
    let info = parties::normalize(text)?;
    // "6,500 people" died in a war: the dead are not named as civilians unless the text says so,
    // as "civilians" or a noun for them ("21 passengers", "villagers"), not a generic one.
    let generic = (c.tokens.clone()).any(|i| words::get("generic_victims").contains(&v.lemmas[i].as_str()));
    let civilians_named = (c.tokens.clone()).any(|i| v.lemmas[i].starts_with("civilian")) || !generic;
    if info.role.as_deref() == Some("CVL") && !civilians_named || info.role.is_none() {
        return None;
    }
    Some(Party { text: text.to_string(), name: info.name, country: info.country, role: info.role })
}
