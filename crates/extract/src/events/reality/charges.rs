//! "charges related to post-electoral violence", "the abduction allegations", "charges relating to
//! transmitting messages inciting violence": an event noun inside the phrase of a charge or an
//! allegation is what the charge says, conduct in general (GUIDELINES §12.5: the accusation only; a
//! denied act is no event). A concrete act, dated or with a toll, is still reported (§12.5).
use crate::events::view::View;
use crate::events::words;

/// Event noun `head` is the content of a charge noun that governs it within its own phrase.
pub(crate) fn charged(v: &View, head: usize) -> bool {
    if v.is_dated(head) || !v.casualties().is_empty() {
        return false;
    }
    let charges = words::get("charge_phrase_nouns");
    let mut cur = head;
    for a in v.ancestors(head) {
        // The phrase ends at a clause of its own: "X denies the charges" is not "charges of X".
        if matches!(v.base_rel(cur), "root" | "ccomp" | "parataxis" | "xcomp") {
            return false;
        }
        if charges.contains(&v.lemmas[a].as_str()) {
            return true;
        }
        cur = a;
    }
    false
}
