//! Event nouns that name a span ("a six-week conflict", "three days of fighting"): how long they
//! say it lasted, kept in the event's `Meta`; `document::spans` widens the day by it (GUIDELINES
//! §6.4) once the document pass has placed and restated incidents by their day.
use crate::events::tense;
use crate::events::view::View;
use crate::events::words;

/// How long an event noun says it lasted ("a six-week conflict", "three days of fighting"), and
/// whether its clause starts it ("a three-day offensive began on Monday") rather than report it
/// over (news dates a period by the day it is told up to).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Span {
    pub(crate) days: i64,
    pub(crate) starts: bool,
}

/// The [`Span`] event noun `head` names, if any.
pub(crate) fn span_of(v: &View, head: usize) -> Option<Span> {
    let own = v.kids_with(head, &["amod", "compound", "nummod"]).find_map(|k| duration_days(v.word(k)));
    let days = own.or_else(|| duration_of(v, head))?;
    let clause = tense::clause_verb(v, head);
    Some(Span { days, starts: words::get("span_starts").contains(&v.lemmas[clause].as_str()) })
}

/// Days in "three days of fighting", "a week of protests": the event noun counted by a unit of time
/// it hangs from with "of". Vague counts ("several days of") give none.
fn duration_of(v: &View, head: usize) -> Option<i64> {
    let unit = v.head(head).filter(|_| v.base_rel(head) == "nmod" && v.case_of(head).as_deref() == Some("of"))?;
    let per = match crate::dates::Unit::of(&v.lower(unit))? {
        crate::dates::Unit::Day => 1,
        crate::dates::Unit::Week => 7,
        crate::dates::Unit::Month => 30,
        crate::dates::Unit::Year => 365,
        crate::dates::Unit::Hour => return None,
    };
    if let Some(k) = v.kids_with(unit, &["nummod"]).next() {
        let n: i64 = crate::numbers::parse_number(&v.sent.tokens[k..k + 1], 0)?.value?.try_into().ok()?;
        return n.checked_mul(per);
    }
    let one = v.kids_with(unit, &["det"]).any(|k| matches!(v.lower(k).as_str(), "a" | "an"));
    one.then_some(per)
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
    n.checked_mul(per)
}
