//! Where a trigger happened: its place phrases ("in", "near", "south of") and those of its targets,
//! and a stretch "between" two towns.
use super::*;

pub(super) fn places(v: &View, t: usize, targets: &[usize]) -> Vec<usize> {
    let mut out = Vec::new();
    for &h in std::iter::once(&t).chain(targets) {
        // "called on Armenia": the one acted upon is not where it happened.
        for c in v.kids_with(h, &["obl", "nmod"]).filter(|&c| !v.is_dated(c) && !targets.contains(&c)) {
            if place_case(v, c) || between_places(v, c) {
                out.push(c);
                // "near the border village of Nerkin Hand", "at a checkpoint in Kandahar": the named
                // part is deeper down; not "on exports to the United States", which goes elsewhere.
                // "in the region between northern and southern Sudan" names a place too.
                let names = |g: usize| {
                    v.rel(g) != "nmod" || v.case_of(g).is_none_or(|k| k == "of" || k == "between") || place_case(v, g)
                };
                out.extend(v.kids_with(c, &["nmod", "appos", "flat", "compound"]).filter(|&g| g > c && names(g)));
            } else if h == t {
                out.extend(held_places(v, c));
            }
        }
    }
    out
}

/// "detonated a bomb under the train near Zenza", "fired on a bus outside Mosul": the parser hangs
/// the place on the noun of a phrase that is no place ("under the train", "on a bus"); the thing the
/// act was done to or with stands where it happened, so the place phrase it holds places the act.
fn held_places(v: &View, c: usize) -> Vec<usize> {
    // Not "in retaliation for raids near Kangu", "after clashes in Talas": a cause or a time is
    // another event, with a place of its own.
    let holds = v.case_of(c).is_some_and(|k| words::get("holder_cases").contains(&k.as_str()));
    let at = |g: usize| v.case_of(g).is_some_and(|k| words::get("held_place_cases").contains(&k.as_str()));
    if !holds {
        return Vec::new();
    }
    v.kids_with(c, &["nmod"]).filter(|&g| g > c && !v.is_dated(g) && at(g)).collect()
}

/// "ambushed a convoy between Gao and Menaka": a stretch between two named towns is at the first.
/// Not "fighting between militants and troops", whose "between" names the sides, nor "talks between
/// Kabul and Islamabad", states and their capitals standing for their governments.
pub(super) fn between_places(v: &View, c: usize) -> bool {
    let town = |k: usize| {
        let place = crate::parties::lookup_place(v.word(k)).filter(|p| p.known);
        let seat = place
            .as_ref()
            .is_some_and(|p| p.country.as_deref().and_then(crate::parties::capital_of) == Some(p.name.as_str()));
        (v.is_place_name(k) || place.is_some()) && !seat && !crate::parties::is_state_name(v.word(k))
    };
    let ends: Vec<usize> = v.conjuncts(c);
    v.case_of(c).as_deref() == Some("between") && ends.len() >= 2 && ends.iter().all(|&k| town(k))
}

/// Whether phrase `c` is marked by a preposition of place ("in", "near", "south of").
fn place_case(v: &View, c: usize) -> bool {
    let case = v.case_of(c).or_else(|| place_noun_case(v, c));
    words::get("place_cases").contains(&case.unwrap_or_default().as_str())
}

/// "positions in the Yemeni capital Sanaa", "in the port city Hodeidah", parsed with the preposition
/// on the generic place noun that the parser makes a compound of the name: the name's preposition.
fn place_noun_case(v: &View, c: usize) -> Option<String> {
    let generic = |k: usize| words::get("place_generic").contains(&v.lemmas[k].as_str());
    v.kids_with(c, &["compound"]).filter(|&k| k < c && generic(k)).find_map(|k| v.case_of(k))
}
