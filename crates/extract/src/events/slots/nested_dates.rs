//! A date phrase inside a verb event's own phrases ("lost their lives in Tuesday's train hijacking",
//! "were killed in an attack on a convoy last week"): it dates the event before a date of a clause
//! above it does, which is most often the report's ("officials confirmed Friday that ...",
//! GUIDELINES §6: the date of the event, not of the report).
use crate::dates::DateMention;
use crate::events::view::View;

/// The first usable date below verb trigger `head`, reached through its noun phrases without crossing
/// another clause ("killed two men who had been arrested Monday": Monday is the arrest's).
pub(crate) fn below<'d>(v: &View, head: usize, usable: &[&'d DateMention]) -> Option<&'d DateMention> {
    usable.iter().copied().find(|d| {
        let top = v.top(d.tokens.clone());
        // Its own obl ("attacked on Tuesday") is on the trigger's path, read before this.
        if v.head(top) == Some(head) {
            return false;
        }
        let mut cur = v.head(top);
        for _ in 0..v.len() {
            match cur {
                Some(h) if h == head => return true,
                Some(h)
                    if v.is_clause(h) || matches!(v.base_rel(h), "acl" | "advcl" | "ccomp" | "xcomp" | "parataxis") =>
                {
                    return false
                }
                Some(h) => cur = v.head(h),
                None => return false,
            }
        }
        false
    })
}

/// "troops, which were brought into the country at the end of last year": a past date inside a
/// relative clause is an aside about a noun, not the time the story goes on to narrate. A date of
/// the publication month stays ("the meetings that wrapped up this week": the news being told), as
/// does a participle ("the summit held in February"), which names the occasion the story recounts.
pub(crate) fn past_aside(v: &View, d: &DateMention, published: Option<chrono::NaiveDate>) -> bool {
    let Some(published) = published else { return false };
    let month = published.format("%Y-%m").to_string();
    let before = d.value.get(..4) < month.get(..4) || (d.value.len() >= 7 && d.value.get(..7) < month.get(..7));
    let top = v.top(d.tokens.clone());
    before && std::iter::once(top).chain(v.ancestors(top)).any(|a| v.rel(a) == "acl:relcl")
}
