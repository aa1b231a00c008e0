//! "survivors from a rocket attack on a building Saturday", "days after an attack Saturday by
//! rebels": a bound preposition ("from", "after", "since") on an event noun makes that noun a bound
//! of another event's span, but a date inside the noun's own phrase still dates the noun's event.
use crate::dates::DateMention;
use crate::events::tense;
use crate::events::view::View;
use crate::events::words;

/// Whether `d` sits inside the phrase of event noun `head` with no bound between them, so that the
/// only bound over it (one the caller found) governs the noun as a whole: the date is the noun's.
pub(crate) fn own_date_of_bounded_noun(v: &View, d: &DateMention, head: usize) -> bool {
    let bound = |p: &str| words::get("bounds").contains(&p);
    let top = v.top(d.tokens.clone());
    // "from the previous day's blasts": the preposition before a possessive date is the noun's.
    let own_prep = d.prep.as_deref().filter(|_| v.rel(top) != "nmod:poss");
    // "a civil war between 1998 and 2002": a range of years, which no allowed precision holds.
    let years = d.precision == crate::dates::Precision::Year && d.prep.as_deref() == Some("between");
    if d.precision == crate::dates::Precision::Decade || years || own_prep.is_some_and(bound) {
        return false;
    }
    let clause = tense::clause_verb(v, top);
    for a in v.ancestors(top) {
        if a == head {
            return true;
        }
        // Another clause ("an attack that killed 15 people Saturday") or a bound of its own
        // ("an attack since Monday's truce") between them: not the noun's own date.
        if a == clause || v.case_of(a).is_some_and(|c| bound(&c)) {
            return false;
        }
    }
    false
}
