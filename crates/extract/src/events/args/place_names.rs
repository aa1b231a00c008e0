//! The name a generic place noun stands for ("the capital, Bangui"): read by the place arguments of
//! event nouns and by the place slot.
use crate::events::view::View;
use crate::events::words;
use crate::parties;

/// "the capital, Bangui", "the port city of Kismayo", "a section of the capital, Mogadishu": the
/// name a generic place noun stands for (its appositive or "of" phrase, else a tagged name of its
/// own), when it has one.
pub(crate) fn named_below(v: &View, p: usize) -> Option<usize> {
    let generic = |i: usize| words::get("place_generic").contains(&v.lemmas[i].as_str());
    if !generic(p) {
        return None;
    }
    let known = |k: usize| parties::lookup_place(v.word(k)).is_some_and(|x| x.known);
    let given = v
        .kids_with(p, &["appos", "nmod"])
        .filter(|&k| v.base_rel(k) == "appos" || v.case_of(k).as_deref() == Some("of"))
        .find_map(|k| if v.is_place_name(k) || known(k) { Some(k) } else { named_below(v, k) });
    // "Dharmapuram village", "the Azamiyah neighborhood": a tagged name of the noun's own.
    given.or_else(|| v.kids_with(p, &["compound", "flat"]).find(|&k| v.is_place_name(k)))
}
