//! Stage 4, slots: takes a trigger with its parties, gives the rest of its record: the date
//! ([`date_for`], by the clause's `tense`; `nested_dates`, `future_dates`, `nights`, `offsets`,
//! `bounded_nouns`, `earlier_events`), the place (`places`, `where_places`), the casualties
//! (`tolls`: [`attach_casualties`], `toll_host`, `object_victims`, `qualified`) and the span an event noun names (`spans`, widened again
//! over the whole document).
mod bounded_nouns;
mod bounds;
mod conjuncts;
mod earlier_events;
pub(super) mod future_dates;
mod name_parts;
pub(super) mod nested_dates;
pub(super) mod nights;
mod object_victims;
mod offsets;
pub(super) mod places;
mod qualified;
mod said_places;
mod since_clauses;
mod site_places;
pub(super) mod spans;
mod spelling;
mod toll_host;
mod tolls;
mod where_places;
use super::tense;
use super::view::View;
use super::words;
use crate::dates::DateMention;
use crate::events::sides::context::Context;
use crate::events::triggers::trigger::{is_force, pos};
use crate::lexicon::Pos;
use casus_core::DateRef;
pub(super) use tolls::attach_casualties;

/// Where an event's date came from; the document pass re-dates restated incidents by it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum DateFrom {
    /// A date phrase of the event's own sentence.
    Sentence,
    /// The month or year that holds a span of the sentence up to now from a month's or a year's
    /// start ("since January", "since the start of the year"): a summary of the stretch.
    Span,
    /// The month or year that holds a span of days up to now ("since late Wednesday", "since the
    /// attack on Tuesday"): still the news of the incident it starts from.
    DaySpan,
    /// The date of the past-tense narrative the sentence continues ("In 2020 … The conflict left …").
    Narrative,
    /// A background position in the present ("Azerbaijan denies …"): no date.
    Background,
    /// A phrase of the sentence leaves the event undated: a span no allowed precision holds
    /// ("has killed 10,000 since 2009" in 2014, "since the fighting began"), a vague period ("in
    /// recent months"), a decade. Not re-dated as a restatement of the day's incident.
    Open,
    /// The news day or the latest incident date.
    Fallback,
    /// A war or conflict named as a whole with no date of its own: undated, and not re-dated as a
    /// restatement of the day's incident.
    Period,
    /// A present perfect or progressive past the story's lead ("the government has blamed …", "the
    /// two are cooperating"): undated, once the document pass has restated or placed it by the
    /// fallback date it carries until then.
    Perfect,
    /// Events an adjective places before the news ("past attacks", "a previous raid") with no date
    /// of their own phrase: undated, once the document pass has placed them by the date found
    /// for them until then, as before (`earlier_events`).
    Earlier,
    /// A date phrase of a verb of saying above the event ("…, police said Tuesday"): the report's
    /// day. The document pass gives a restated incident the day the story dates it by instead
    /// (GUIDELINES §6: the date of the event, not of the report), any other the report's.
    Report,
}

/// Body sentences that make the lead of a story (its news of the day, often in the present perfect).
pub(crate) const LEAD: usize = 2;

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
    if let Some(counted) = counted_from(v, ctx, head, cameo, dates) {
        return (Some(counted), DateFrom::Sentence);
    }
    if cameo.starts_with("19") && whole_war(v, head, nominal, dates) {
        return (None, DateFrom::Period);
    }
    let ours = tense::clause_verb(v, head);
    let found = phrase_date(v, ctx, head, ours, nominal, cameo, dates)
        .unwrap_or_else(|| no_phrase_date(v, ctx, head, ours, nominal, cameo, dates));
    if earlier_events::undated_earlier(v, head, nominal, dates) {
        return (found.0, DateFrom::Earlier);
    }
    found
}

/// "UNICEF said Thursday that children suffer from the civil war", "the insurgency that has ravaged
/// the province": a war named as a whole lasts longer than any day a clause around it names, so
/// only a date of its own phrase dates it ("the 2020 war", "the war in 1994"), or its span ("the
/// three-week conflict", widened later), or its own clause's when it is the subject or what the
/// clause starts ("war broke out on Monday", "ignited the war last week"). Anything else leaves it undated, a historical narrative too (GUIDELINES 12.9, whole conflicts).
fn whole_war(v: &View, head: usize, nominal: bool, dates: &[DateMention]) -> bool {
    if !nominal || !words::get("long_periods").contains(&v.lemmas[head].as_str()) {
        return false;
    }
    // "war broke out on Monday", "ignited the war last week": the clause that starts it dates it,
    // unless that start bounds a span ("killed since the insurgency began in 1989").
    let starts = |h: usize| words::get("span_starts").contains(&v.lemmas[h].as_str());
    let bound = |h: usize| v.kids_with(h, &["mark"]).any(|m| words::get("span_marks").contains(&v.lemmas[m].as_str()));
    let own_clause =
        (v.base_rel(head) == "nsubj" || v.head(head).is_some_and(starts)) && !v.head(head).is_some_and(bound);
    // "The war that began in March 2011 has killed 100,000": begun and still going on, it spans up
    // to now, which its start does not date.
    let ongoing = v.base_rel(head) == "nsubj"
        && v.head(head).is_some_and(|h| tense::present_perfect(v, h) || tense::present_progressive(v, h));
    let started = |top: usize| ongoing && v.ancestors(top).take_while(|&a| a != head).any(starts);
    let own = |d: &DateMention| {
        let top = v.top(d.tokens.clone());
        (v.ancestors(top).any(|a| a == head) && !started(top)) || (own_clause && v.head(top) == v.head(head))
    };
    spans::span_of(v, head).is_none() && !dates.iter().any(own)
}

/// "the previous day", "a day later": counted from the story's current day, the sentence's own day
/// ("officials Sunday raised the toll from the previous day's bombing") else the date of the event
/// narrated last (`last`) when that is a day or a month (a background "in 2019" is no story day),
/// else the latest news-week date named.
pub(super) fn from_story_day(ctx: &Context, last: Option<&DateRef>, dates: &mut Vec<DateMention>) {
    use crate::dates::{Precision, Unit};
    let own = dates.iter().find(|d| d.story.is_none() && d.precision == Precision::Day);
    // "YYYY-MM" or "YYYY-MM-DD"; a year or a decade is too coarse to count days from.
    let last = last.filter(|d| d.value.len() >= 7);
    let day = own.map(|d| d.value.clone()).or_else(|| last.or(ctx.last_date.as_ref()).map(|d| d.value.clone()));
    // "in January 2013 … the previous year": a count in months or years goes on from the month or
    // year the sentence names before it.
    let coarse = |k: usize| {
        let named = |d: &&DateMention| d.story.is_none() && matches!(d.precision, Precision::Month | Precision::Year);
        dates[..k].iter().rev().find(named).map(|d| d.value.clone())
    };
    let bases: Vec<Option<String>> = (0..dates.len())
        .map(|k| match dates[k].story {
            Some(s) if matches!(s.unit, Unit::Month | Unit::Year) => coarse(k).or(day.clone()),
            _ => day.clone(),
        })
        .collect();
    let mut bases = bases.into_iter();
    // A count the story day cannot place dates nothing (not the publication day's count).
    dates.retain_mut(|d| bases.next().flatten().is_none_or(|base| d.from_story_day(&base)));
}

/// "a day after an attack on a train": the date of the clause the counted phrase modifies, moved by
/// the count (`offsets.rs`); a present-tense clause ("His comments come two days after ...") is the
/// news day (else the publication day).
fn counted_from(v: &View, ctx: &Context, head: usize, cameo: &str, dates: &[DateMention]) -> Option<DateRef> {
    let o = offsets::offset(v, head)?;
    // The governor's own date, not counted again (no recursion, whatever the parse).
    let ours = tense::clause_verb(v, o.governor);
    // "on Monday, three months after ...": the count hangs on a date phrase, which is the base.
    let (base, _) = match dates.iter().find(|d| d.tokens.contains(&o.governor) && usable_in(v, d)) {
        Some(d) => (Some(date_ref(v, d)), DateFrom::Sentence),
        None => phrase_date(v, ctx, o.governor, ours, false, cameo, dates)
            .unwrap_or_else(|| no_phrase_date(v, ctx, o.governor, ours, false, cameo, dates)),
    };
    let published = || ctx.published.map(|p| p.format("%Y-%m-%d").to_string());
    let now = || {
        tense::present_simple(v, o.governor).then(|| ctx.news_day.as_ref().map(|d| d.value.clone()).or_else(published))
    };
    let base = base.map(|b| b.value).or_else(|| now().flatten())?;
    let value = offsets::shift(&base, &o).unwrap_or(base);
    Some(DateRef { text: v.text(o.text).to_string(), value })
}

/// The date phrase a trigger's clause sits in: "the year when the two began talks" (the trigger
/// inside the phrase), "since late last year when the two began talks", "in 2011, when the
/// government sent troops" (the when-clause happens at that date, a comma between or not).
fn enclosing_date<'d>(v: &View, path: &[usize], ours: usize, dates: &'d [DateMention]) -> Option<&'d DateMention> {
    let dated = |d: &&DateMention| d.precision != crate::dates::Precision::Decade;
    let around = dates.iter().filter(dated).find(|d| path[1..].contains(&v.top(d.tokens.clone())));
    let when = v.kids_with(ours, &["advmod", "mark"]).find(|&k| v.lemmas[k] == "when");
    let just_before = |d: &DateMention, k: usize| d.tokens.end == k || (d.tokens.end + 1 == k && v.word(k - 1) == ",");
    around.or_else(|| when.and_then(|k| dates.iter().filter(dated).find(|d| just_before(d, k))))
}

/// The date a phrase of the sentence gives the event (or the phrase that leaves it undated); `None`
/// when no phrase speaks to it.
fn phrase_date(
    v: &View,
    ctx: &Context,
    head: usize,
    ours: usize,
    nominal: bool,
    cameo: &str,
    dates: &[DateMention],
) -> Option<(Option<DateRef>, DateFrom)> {
    let path: Vec<usize> = std::iter::once(head).chain(v.ancestors(head)).collect();
    if let Some(d) = enclosing_date(v, &path, ours, dates) {
        return Some((Some(date_ref(v, d)), DateFrom::Sentence));
    }
    if let Some(res) = bounds::span_date(v, ctx, &path, (head, ours), (nominal, incident_like(cameo)), dates) {
        return Some(res);
    }
    let own_bounded = |d: &DateMention| bounded_nouns::own_date_of_bounded_noun(v, d, head);
    // "was the latest strike in recent weeks": the period holds what the event is compared with.
    if vague_period(v, head) {
        return Some((None, if superlative(v, head) { DateFrom::Background } else { DateFrom::Open }));
    }
    // An event noun's own modifiers date it ("a provocation committed Monday evening"), or leave it
    // undated when they name a decade ("a first war which made 30,000 deaths in the early 1990s").
    // Not through a clause the noun is bounded by: "the first clash since they agreed to a truce three
    // weeks ago" (the truce's date, a bound of the clash like "since 2020"), nor one of another noun.
    let bounded = |d: &DateMention| {
        let mut up = v.ancestors(v.top(d.tokens.clone())).take_while(|&a| a != head);
        up.any(|a| v.kids_with(a, &["mark"]).any(|m| words::get("bounds").contains(&v.lemmas[m].as_str())))
            || of_inner_noun(v, d, head)
    };
    let inside = |d: &&DateMention| nominal && v.ancestors(v.top(d.tokens.clone())).any(|a| a == head) && !bounded(d);
    if dates.iter().any(|d| d.precision == crate::dates::Precision::Decade && inside(&d)) {
        return Some((None, DateFrom::Open));
    }
    let usable: Vec<&DateMention> = dates.iter().filter(|d| usable_in(v, d) || own_bounded(d)).collect();
    // Of the phrases on the trigger's path, the one of the nearest clause: "said on Saturday his
    // forces had killed 1,000 fighters in the past week" dates the killing by the past week.
    let depth = |d: &&DateMention| v.head(v.top(d.tokens.clone())).and_then(|h| path.iter().position(|&p| p == h));
    let on_path = usable.iter().copied().filter(|d| depth(d).is_some()).min_by_key(|d| depth(d));
    // A verb's own phrase first ("killed on Tuesday"), then one inside its noun phrases ("killed in
    // Tuesday's attack"), then a clause above it ("said Friday that ...").
    let direct = on_path.filter(|d| depth(d) == Some(0));
    let below = || {
        let own: Vec<&DateMention> =
            usable.iter().copied().filter(|d| !dates_another_noun(v, ctx, d, (head, ours), cameo)).collect();
        (!nominal).then(|| nested_dates::below(v, head, &own)).flatten()
    };
    let attached = usable.iter().copied().find(inside).or(direct).or_else(below).or(on_path);
    let nearest = nearest_own(v, ctx, &usable, (head, ours), nominal, cameo);
    let decade = |d: &DateMention| d.precision == crate::dates::Precision::Decade && in_clause_of(v, d, ours);
    match attached.or(nearest) {
        // "were holding hostages, sources said Wednesday": a state told as going on holds on the
        // report's day.
        Some(d)
            if reported_on(v, d).is_some_and(|g| g != head && g != ours)
                && !tense::past_progressive(v, ours)
                && !tense::present_progressive(v, ours)
                && !overnight(v, ours) =>
        {
            Some((Some(date_ref(v, d)), DateFrom::Report))
        }
        Some(d) => Some((Some(date_ref(v, d)), DateFrom::Sentence)),
        None if dates.iter().any(decade) => Some((None, DateFrom::Open)),
        None => None,
    }
}

/// The usable date phrase nearest the trigger that is its clause's (or a clause above it, or no clause)
/// and dates no other noun: the fallback when none is attached to the trigger's path.
fn nearest_own<'a>(
    v: &View,
    ctx: &Context,
    usable: &[&'a DateMention],
    (head, ours): (usize, usize),
    nominal: bool,
    cameo: &str,
) -> Option<&'a DateMention> {
    usable
        .iter()
        .copied()
        // "the post, where our soldiers were fired upon yesterday, was destroyed": yesterday is the firing's.
        .filter(|d| {
            let theirs = date_clause(v, d);
            theirs == ours
                || !v.is_clause(theirs)
                || v.ancestors(ours).any(|a| a == theirs)
                || when_clause_of(v, theirs, ours)
        })
        .filter(|d| !dates_another_noun(v, ctx, d, (head, ours), cameo))
        .filter(|d| !(nominal && of_inner_noun(v, d, head)))
        .min_by_key(|d| d.tokens.start.abs_diff(head).min(d.tokens.end.abs_diff(head)))
}

/// "Hamas fighters killed 1,300 people and took 150 hostages when they stormed southern Israel on
/// October 7", "soldiers opened fire when protesters marched on the palace on Friday": a when-clause
/// of the event's clause (or of a verb joined to it) happens at its time, so its date is the event's
/// when no phrase of the event's own dates it.
fn when_clause_of(v: &View, clause: usize, ours: usize) -> bool {
    let when = v.kids_with(clause, &["advmod", "mark"]).any(|k| v.lemmas[k] == "when");
    let Some(h) = v.head(clause).filter(|_| when && v.base_rel(clause) == "advcl") else { return false };
    let joined = |a: usize, b: usize| v.rel(a) == "conj" && v.head(a) == Some(b);
    h == ours || joined(h, ours) || joined(ours, h)
}

/// "Their abduction, resembling the group's 2014 abduction": a date written before another noun
/// inside the event noun's phrase dates that noun, not the event noun.
fn of_inner_noun(v: &View, d: &DateMention, head: usize) -> bool {
    let top = v.top(d.tokens.clone());
    v.head(top).is_some_and(|noun| {
        noun != head
            && top < noun
            && matches!(v.base_rel(top), "nmod" | "compound" | "amod" | "nummod")
            && v.ancestors(noun).any(|a| a == head)
    })
}

/// The clause a date phrase belongs to. "who took the capital three years ago": a phrase headed by
/// an adverb ("ago", "earlier") hangs as `advmod` on its verb, which `clause_verb` does not climb.
fn date_clause(v: &View, d: &DateMention) -> usize {
    let top = v.top(d.tokens.clone());
    match v.head(top) {
        Some(h) if v.base_rel(top) == "advmod" => tense::clause_verb(v, h),
        _ => tense::clause_verb(v, top),
    }
}

/// "Rebels attacked the town in the 1990s", "were expelled to make way for the base in the 1960s":
/// a decade in the event's clause, or in a clause below it, leaves an event that no other phrase
/// dates undated rather than dated by the news (GUIDELINES §6.5).
fn in_clause_of(v: &View, d: &DateMention, ours: usize) -> bool {
    let theirs = tense::clause_verb(v, v.top(d.tokens.clone()));
    theirs == ours || v.ancestors(theirs).any(|a| a == ours)
}

/// "sentenced him for the 2002 killing", "accuse the government of rigging last month's elections":
/// a date before the news week written before a noun dates that noun's past event, not another event
/// of the sentence, unless force told through it ("were killed in the 2003 bombing") or the subject
/// of the event's clause ("the November 9, 2020 agreement ended the conflict"). A day of the news
/// week does the same for a reaction when it is not the publication day ("welcomed Tuesday's
/// announcement", "severed ties following an attack Saturday", "claimed responsibility for a
/// kidnapping Tuesday" in a later day's story: the reaction came on any day since, GUIDELINES §6.6);
/// the publication day stays ("accused the rebels of carrying out Tuesday's attack" on Tuesday), and
/// so does an incident's ("the operation follows Saturday's attack"), which the document pass places by it.
fn dates_another_noun(v: &View, ctx: &Context, d: &DateMention, (head, ours): (usize, usize), cameo: &str) -> bool {
    let top = v.top(d.tokens.clone());
    let Some(noun) = v.head(top) else { return false };
    let news_week = crate::events::sides::context::in_news_window(ctx.published, d);
    let before = top < noun && matches!(v.base_rel(top), "nmod" | "compound" | "amod" | "nummod");
    // "an attack Saturday": a bare day after a noun is that noun's, as a possessive before it is.
    let bare_after = news_week && top > noun && matches!(v.rel(top), "nmod:unmarked" | "nmod:tmod");
    let subject = v.head(noun) == Some(ours) && v.base_rel(noun) == "nsubj";
    let on_path = noun == head || v.ancestors(head).any(|a| a == noun);
    let publication_day = ctx.published.is_some_and(|p| p.format("%Y-%m-%d").to_string() == d.value);
    // "seized the residence during a Dec. 17 reception": the noun is the time the event fell in.
    let frame = !tense::future(v, ours)
        && v.head(noun).is_some_and(|g| g == head || g == ours)
        && v.case_of(noun).is_some_and(|c| words::get("time_frames").contains(&c.as_str()));
    if !(before || bare_after)
        || subject
        || on_path
        || frame
        || (news_week && (publication_day || incident_like(cameo)))
    {
        return false;
    }
    !(is_force(cameo) && v.ancestors(noun).any(|a| a == head))
}

/// With no date phrase: a present-tense position has no date; a past-tense sentence that continues
/// a dated historical narrative takes its date; an incident takes the latest news-week date before
/// it, any other event (reactions, statements) the article's news day.
fn no_phrase_date(
    v: &View,
    ctx: &Context,
    head: usize,
    ours: usize,
    nominal: bool,
    cameo: &str,
    dates: &[DateMention],
) -> (Option<DateRef>, DateFrom) {
    if !tense::headline(v)
        && !tense::quoted(v, head)
        && tense::present_simple(v, ours)
        && !tense::about_the_news(v, ours)
    {
        return (None, DateFrom::Background);
    }
    if dates.is_empty() && tense::past(v, ours) {
        if let Some(d) = &ctx.narrative {
            // "Seleka began its offensive in December. It later reached a peace deal": some time after
            // the date told, which no date of the schema's precisions holds for certain.
            let later =
                v.kids_with(ours, &["advmod"]).any(|k| words::get("later_adverbs").contains(&v.lemmas[k].as_str()));
            return if later { (None, DateFrom::Background) } else { (Some(d.clone()), DateFrom::Narrative) };
        }
    }
    // "The war in Yemen has left tens of thousands dead", "died in the conflict": a war named as a
    // whole lasts longer than any day of the news, and is no restatement of the day's incident.
    if nominal && words::get("long_periods").contains(&v.lemmas[head].as_str()) {
        return (None, DateFrom::Period);
    }
    let fallback = if incident_like(cameo) {
        ctx.last_date.clone().or(ctx.news_day.clone())
    } else if cameo.starts_with("04") {
        // A meeting or talks, like an incident, is held on the day the story reports.
        ctx.news_day.clone().or(ctx.last_date.clone())
    } else {
        // Any other act with no date phrase (a reaction, a deal, a release) falls on the incident's
        // day only in a story of that day; reported days later it may have come on any day since,
        // and the gold leaves it undated (GUIDELINES §6.6: "otherwise null").
        ctx.news_day.clone().or(ctx.last_date.clone()).filter(|d| of_publication_day(ctx, d))
    };
    // "the government has blamed the rebels for earlier attacks", "the group has been fighting the
    // state", "the two are cooperating", "the guerrillas had been battling paramilitaries for control
    // of the river": past the lead, a present perfect or progressive, or a past perfect progressive
    // (what was going on up to the story's events), with no date of its own is background, unless
    // "Meanwhile" opens another item of the day's news.
    let went_on = tense::past_perfect(v, ours) && v.lower(ours).ends_with("ing");
    let perfect = !tense::headline(v)
        && !tense::quoted(v, head)
        && (tense::present_perfect(v, ours) || tense::present_progressive(v, ours) || went_on)
        && !tense::in_lead(v, LEAD)
        && !v.lemmas.first().is_some_and(|w| words::get("news_returns").contains(&w.as_str()))
        && !v.kids_with(ours, &["advmod"]).any(|k| words::get("news_returns").contains(&v.lemmas[k].as_str()));
    (fallback, if perfect { DateFrom::Perfect } else { DateFrom::Fallback })
}

/// The verb of saying a date phrase dates ("police said Tuesday", "told reporters on Monday"):
/// the day of a report, not of what it reports. A phrase right after the verb is its own even where
/// the parse hangs it on the clause said ("... killed dozens of men, residents said on Saturday").
pub(crate) fn reported_on(v: &View, d: &DateMention) -> Option<usize> {
    let reporting = |g: &usize| words::get("reporting").contains(&v.lemmas[*g].as_str());
    let before = d.tokens.start.checked_sub(1).filter(|&g| pos(v, g) == Pos::Verb);
    v.head(v.top(d.tokens.clone())).filter(reporting).or_else(|| before.filter(reporting))
}

/// "fired rockets overnight, police said Friday": a night told by the report that closes it ends on
/// the report's day (GUIDELINES §6.3, the later day).
fn overnight(v: &View, ours: usize) -> bool {
    let of_clause = |k: usize| v.head(k).is_some_and(|h| h == ours || tense::clause_verb(v, h) == ours);
    (0..v.lemmas.len()).any(|k| v.lower(k) == "overnight" && of_clause(k))
}

/// Whether `d` is the publication day (or the document has none).
fn of_publication_day(ctx: &Context, d: &DateRef) -> bool {
    ctx.published.is_none_or(|p| p.format("%Y-%m-%d").to_string() == d.value)
}

/// "the deadliest fighting since 2020", "the first incident since …", "the worst clashes since …",
/// "his second visit since taking office".
fn superlative(v: &View, head: usize) -> bool {
    // "The kidnapping is the fourth such incident since December": the predicate noun's words too.
    let predicate = v.head(head).filter(|_| v.base_rel(head) == "nsubj");
    let mut words = v
        .kids_with(head, &["amod"])
        .chain(predicate)
        .chain(predicate.into_iter().flat_map(|p| v.kids_with(p, &["amod"])));
    words.any(|a| words::is_rank_word(&v.lower(a)))
}

/// Force, coercion and force posture ("set up an observation post") happen on an incident's day.
pub(super) fn incident_like(cameo: &str) -> bool {
    matches!(cameo.get(..2), Some("15" | "17" | "18" | "19" | "20"))
}

/// The schema date of a mention; a range ("between March 24 and 25") takes the unit that holds it
/// (`DateMention::held`).
pub(super) fn date_ref(v: &View, d: &DateMention) -> DateRef {
    DateRef { text: v.text(d.tokens.clone()).to_string(), value: d.schema_value().to_string() }
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
    if ends_since_phrase(v, d) {
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

/// "has killed thousands since the bombing of a shrine in Samarra in February": a date phrase right
/// after a since-phrase of the same verb ends that phrase, however the parser hangs it, and so is
/// the anchor's date, a bound like "since February" (a present perfect takes no past date of its own).
fn ends_since_phrase(v: &View, d: &DateMention) -> bool {
    let top = v.top(d.tokens.clone());
    let Some(verb) = v.head(top).filter(|_| v.base_rel(top) == "obl") else { return false };
    let start = v.subtree(top).start;
    let since = |k: usize| v.case_of(k).is_some_and(|c| words::get("span_marks").contains(&c.as_str()));
    v.kids_with(verb, &["obl"]).any(|k| k != top && v.subtree(k).end == start && since(k))
}

/// Date mentions of a sentence that can date an event (see [`usable_in`]).
pub(super) fn usable<'d>(v: &View, dates: &'d [DateMention]) -> Vec<&'d DateMention> {
    dates.iter().filter(|d| usable_in(v, d)).collect()
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
