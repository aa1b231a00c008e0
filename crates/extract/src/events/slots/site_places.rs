//! "seized the airport of Goma", "bombed Beirut's international airport", "stormed the Merowe air
//! base", "bombed the center of Grozny": a site, a building or a part of a town that an act falls on
//! stands at the place its own phrase names (its owner, its of-phrase, the name a site noun takes),
//! and the act fell there (GUIDELINES §12.7, §12.9: a facility is no place name, the town that
//! holds it is).
use super::places::names_site;
use crate::events::args::place_names::named_below;
use crate::events::view::View;
use crate::parties;

/// The place words the phrase of `x` names as where `x` stands: a possessive place ("Beirut's
/// airport"), an of-phrase place ("the airport of Goma", "the center of Grozny") or the place a site
/// noun is named by ("the Merowe air base"). Not a party the model tags as a state ("Hamas's
/// base" is no place; "Islamic State's headquarters" neither).
/// A state names no finer place than the story's ("destroyed Ivory Coast's air force" says whose).
pub(crate) fn site_places(v: &View, x: usize) -> Vec<usize> {
    let known = |k: usize| parties::lookup_place(v.word(k)).is_some_and(|p| p.known);
    let place = |k: usize| v.is_place_name(k) || known(k);
    v.kids(x)
        .iter()
        .copied()
        .filter(|&k| {
            let owner = v.rel(k) == "nmod:poss";
            let of = v.base_rel(k) == "nmod" && v.case_of(k).as_deref() == Some("of");
            ((owner || of) && (place(k) || named_below(v, k).is_some())) || names_site(v, k)
        })
        .filter(|&k| !group_or_state(v, k))
        .collect()
}

/// Whether the name at `k` (the whole name the model tags) is a state or a party other than a
/// state's government ("a Taleban base", "Islamic State's headquarters").
fn group_or_state(v: &View, k: usize) -> bool {
    let span = v.sent.entities.iter().find(|e| e.tokens.contains(&k)).map_or(k..k + 1, |e| e.tokens.clone());
    let text = v.text(span);
    let state =
        parties::is_state_name(text) || parties::lookup_place(text).is_some_and(|p| parties::is_country_name(&p.name));
    state
        || parties::normalize(text).is_some_and(|p| {
            p.role.as_deref().is_some_and(|r| r != "GOV") || p.name.is_some_and(|n| !parties::is_country_name(&n))
        })
}

/// "stormed the Dili diocese compound", "bombed the Kabul Serena hotel", "shelled the Mogadishu port":
/// a town or region the gazetteer knows that opens the compound modifiers of what an act falls on is where it stands
/// (GUIDELINES §12.7: a facility is no place, the town that holds it is). Not a state ("a U.S. base"
/// stands anywhere), a party ("a Taliban base"), nor the modifier of a party noun ("the Kabul
/// government" says whose).
pub(crate) fn town_modifier(v: &View, x: usize) -> Option<usize> {
    if parties::normalize(v.word(x)).is_some() {
        return None;
    }
    let mut first = v.kids_with(x, &["compound"]).find(|&k| k < x)?;
    while let Some(k) = v.kids_with(first, &["compound"]).find(|&k| k < first) {
        first = k;
    }
    // Known to the gazetteer as the whole name the model tags: "two Saudi Aramco oil facilities",
    // the company tagged a place, is none.
    let span =
        v.sent.entities.iter().find(|e| e.tokens.contains(&first)).map_or(first..first + 1, |e| e.tokens.clone());
    let known = parties::lookup_place(v.text(span)).is_some_and(|p| p.known);
    (known && !group_or_state(v, first)).then_some(first)
}
