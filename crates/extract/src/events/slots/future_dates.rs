//! Weekdays and months named for what is still to come ("China will host talks on Friday", "the
//! deal is due to expire in October"): the date resolver, which reads words and not tense, takes
//! the latest such day or month up to the news day; a clause about the future means the next one.
//! A date after the news day also opens no historical narrative for the sentences that follow.
use crate::dates::{calendar_name, DateMention, Precision};
use crate::events::tense;
use crate::events::view::View;
use crate::events::words;
use chrono::{Datelike, Days, NaiveDate};

/// Moves each weekday or month of a future clause of `v` that resolved before `published` to the
/// next such day or month.
pub(crate) fn forward(v: &View, published: Option<NaiveDate>, dates: &mut [DateMention]) {
    let Some(p) = published else { return };
    for d in dates.iter_mut().filter(|d| d.relative && d.story.is_none()) {
        let names = d.tokens.clone().map(|i| v.lower(i)).collect::<Vec<_>>();
        let names: Vec<&str> = names.iter().map(|w| w.trim_end_matches('.')).collect();
        // "last Friday", "earlier in March", "a week ago": the phrase counts back itself
        if names.iter().any(|w| words::get("backward_dates").contains(w)) {
            continue;
        }
        let weekday = names.iter().any(|w| calendar_name(w) == Some(true));
        let month = names.iter().any(|w| calendar_name(w) == Some(false));
        let moved = match d.precision {
            Precision::Day if weekday && !month && ahead(v, d, true) => day_after(&d.value, p),
            Precision::Month if month && ahead(v, d, false) => month_after(&d.value, p),
            _ => None,
        };
        if let Some(value) = moved {
            d.value = value;
        }
    }
}

/// Whether `d` falls after `published`'s month or day (a plan, not a past the story narrates).
pub(crate) fn after(published: Option<NaiveDate>, d: &DateMention) -> bool {
    let Some(p) = published else { return false };
    let own = match d.precision {
        Precision::Day => p.format("%Y-%m-%d"),
        Precision::Month => p.format("%Y-%m"),
        Precision::Year | Precision::Decade => p.format("%Y"),
    };
    d.value.as_str() > own.to_string().as_str()
}

/// The clause the date belongs to speaks of the future: a future auxiliary ("will meet on
/// Friday"; for a month also "would", as in reported plans) or a present plan or schedule ("is
/// due to expire in October", "is expected to visit in April", "plans to vote in May"), on its
/// verb or on the verb a subject or complement clause depends on ("holding a summit in June would
/// be a step").
fn ahead(v: &View, d: &DateMention, weekday: bool) -> bool {
    let top = v.top(d.tokens.clone());
    let clause = tense::clause_verb(v, top);
    let governor = v.head(clause).filter(|_| matches!(v.base_rel(clause), "csubj" | "xcomp" | "obl"));
    let verbs = || std::iter::once(clause).chain(governor);
    let aux = verbs().any(|c| {
        v.kids_with(c, &["aux"]).any(|a| {
            let w = v.lower(a);
            words::get("future_aux").contains(&w.as_str()) && !(w == "would" && (weekday || reported_past(v, c)))
        })
    });
    let planned = v
        .ancestors(top)
        .take_while(|&a| a != clause)
        .chain(verbs())
        .any(|g| words::get("plan_governors").contains(&v.lemmas[g].as_str()) && present(v, g));
    aux || planned
}

/// "Trump said in January that tariffs would take effect in February": "would" under a past
/// reporting verb is the future of that past, not of the news day.
fn reported_past(v: &View, clause: usize) -> bool {
    v.base_rel(clause) == "ccomp"
        && v.head(clause).is_some_and(|h| words::get("reporting").contains(&v.lemmas[h].as_str()) && tense::past(v, h))
}

/// A governor in the present: "is expected", "plans", "are due"; not "was expected", "planned",
/// "sought". A bare verb spelled as its own past ("Insurgents set off bombs on Tuesday night") tells
/// no tense, so it plans nothing unless an auxiliary says so ("is set to vote on Friday").
fn present(v: &View, g: usize) -> bool {
    let bare = v.kids_with(g, &["aux", "aux:pass", "cop"]).next().is_none();
    let same_past = v.lower(g) == v.lemmas[g] && words::get("same_past").contains(&v.lemmas[g].as_str());
    if bare && same_past {
        return false;
    }
    !tense::past(v, g)
}

/// The weekday `value` (`YYYY-MM-DD`, before `published`) in the week after it instead.
fn day_after(value: &str, published: NaiveDate) -> Option<String> {
    let day = NaiveDate::parse_from_str(value, "%Y-%m-%d").ok()?;
    let next = day.checked_add_days(Days::new(7))?;
    (day < published).then(|| next.format("%Y-%m-%d").to_string())
}

/// The month `value` (`YYYY-MM`, before `published`'s) a year later, when that is still to come.
fn month_after(value: &str, published: NaiveDate) -> Option<String> {
    let (y, m) = value.split_once('-')?;
    let (y, m): (i32, u32) = (y.parse().ok()?, m.parse().ok()?);
    let now = (published.year(), published.month());
    ((y, m) < now && (y + 1, m) >= now).then(|| format!("{:04}-{m:02}", y + 1))
}

#[cfg(test)]
mod tests {
    use crate::events::testing::parsed;
    use crate::events::view::View;

    /// The date values of a one-sentence document published on Thursday 2025-03-13, after [`super::forward`].
    fn values(spec: &str) -> Vec<String> {
        let doc = parsed(spec);
        let s = &doc.sentences[0];
        let published = chrono::NaiveDate::from_ymd_opt(2025, 3, 13);
        let mut dates = crate::dates::find_dates(&s.tokens, published);
        let v = View::new(&doc, s, s.parse.as_ref().unwrap());
        super::forward(&v, published, &mut dates);
        dates.into_iter().map(|d| d.value).collect()
    }

    #[test]
    fn a_weekday_of_the_future_is_the_next_one() {
        let will = "China/3/nsubj will/3/aux host/0/root talks/3/obj on/6/case Friday/3/obl ./3/punct";
        assert_eq!(values(will), ["2025-03-14"]);
        let said = "China/2/nsubj hosted/0/root talks/2/obj on/5/case Monday/2/obl ./2/punct";
        assert_eq!(values(said), ["2025-03-10"]);
        let last = "China/3/nsubj will/3/aux recall/0/root the/5/det talks/3/obj of/8/case last/8/amod Monday/5/nmod ./3/punct";
        assert_eq!(values(last), ["2025-03-10"]);
        let set = "Insurgents/2/nsubj set/0/root off/2/compound:prt bombs/2/obj on/7/case Tuesday/7/compound \
                   night/2/obl:unmarked ./2/punct";
        assert_eq!(values(set), ["2025-03-11"], "a past spelled as the base form plans nothing");
        let is_set = "Parliament/3/nsubj is/3/aux set/0/root to/5/mark vote/3/xcomp on/7/case Friday/5/obl ./3/punct";
        assert_eq!(values(is_set), ["2025-03-14"]);
    }

    #[test]
    fn a_month_of_a_plan_is_the_next_one() {
        let due =
            "The/2/det deal/4/nsubj is/4/cop due/0/root to/6/mark expire/4/xcomp in/8/case October/6/obl ./4/punct";
        assert_eq!(values(due), ["2025-10"]);
        // as the parser gives it: the deal the subject of "expire", an oblique of "due"
        let obl = "The/2/det deal/6/nsubj is/4/cop due/0/root to/6/case expire/4/obl in/8/case October/6/obl ./4/punct";
        assert_eq!(values(obl), ["2025-10"]);
        let holding = "Holding/7/csubj a/3/det summit/1/obj in/5/case June/3/nmod would/7/aux help/0/root ./7/punct";
        assert_eq!(values(holding), ["2025-06"]);
        let was =
            "The/2/det deal/4/nsubj was/4/cop due/0/root to/6/mark expire/4/xcomp in/8/case October/6/obl ./4/punct";
        assert_eq!(values(was), ["2024-10"]);
        let would = "Elections/3/nsubj would/3/aux be/0/root held/3/xcomp in/6/case June/4/obl ./3/punct";
        assert_eq!(values(would), ["2025-06"]);
        // "would" under a past reporting verb is the future of that past.
        let said = "Trump/2/nsubj said/0/root tariffs/5/nsubj would/5/aux take/2/ccomp effect/5/obj in/8/case \
                    February/5/obl ./2/punct";
        assert_eq!(values(said), ["2025-02"]);
    }
}
