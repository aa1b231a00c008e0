//! A town or region named before an event noun ("the Kabul bombing") is where the event happened,
//! not who did it: read by the place argument of event nouns (`nominal`) and by party reading.
use crate::events::roles::Roles;
use crate::events::view::View;
use crate::events::words;
use crate::parties;

/// "condemned the Kabul bombing", "the Moscow talks": a town or region before a noun says where, not
/// who; a capital is its government only as a party in its own right ("Kabul said") or as the one
/// firing from afar ("killed by Kyiv shelling", "Moscow's strikes": `remote_fire_codes`).
pub(crate) fn town_modifier(v: &View, head: usize) -> bool {
    let Some(h) = v.head(head).filter(|&h| h > head && v.base_rel(head) == "compound") else { return false };
    let text = v.text(v.phrase(head));
    let town =
        parties::lookup_place(text).is_some_and(|p| p.known && !parties::is_country_name(&p.name) && p.name == text);
    town && !(capital(text) && fired_from_afar(v, h))
}

fn capital(text: &str) -> bool {
    parties::normalize(text).is_some_and(|p| p.role.as_deref() == Some("GOV"))
}

fn fired_from_afar(v: &View, noun: usize) -> bool {
    crate::lexicon::lookup_pos(&v.lemmas, noun, Some(crate::lexicon::Pos::Noun))
        .and_then(|m| m.entry.cameo.clone())
        .is_some_and(|c| words::get("remote_fire_codes").iter().any(|r| c.starts_with(r)))
}

/// "rebels took Bangui", "troops entered Kherson": the named town or region that an armed force goes
/// into or takes (a `place_obj` trigger) is where it acted, not a party it acted on (GUIDELINES
/// 12.9); a site it takes ("the presidential palace") stays its target.
pub(crate) fn taken_towns(v: &View, roles: &mut Roles) {
    let named = |x: &usize| v.is_place_name(*x) || parties::lookup_place(v.word(*x)).is_some_and(|p| p.known);
    let (towns, others): (Vec<usize>, Vec<usize>) = roles.targets.iter().partition(|x| named(x));
    roles.places.splice(0..0, towns);
    roles.targets = others;
}

/// "shelled Jaffna", "rockets hit Haifa", "a rebel attack on Khartoum": a named town, city or region
/// that a force acts on locates the event and is no target (GUIDELINES 12.9), while a country stays
/// the party attacked ("warplanes pounded Lebanon").
pub(crate) fn attacked_towns(v: &View, roles: &mut Roles) {
    let (towns, others): (Vec<usize>, Vec<usize>) = roles.targets.iter().partition(|&&x| named_town(v, x));
    roles.places.splice(0..0, towns);
    roles.targets = others;
}

/// Whether word `x` heads the name of a known town or region, or one the model tags as a
/// geopolitical entity, that is no country: the whole name is looked up ("Sri Lanka", not "Lanka").
/// A facility ("the Grand Hyatt") stays a target (GUIDELINES 12.9).
fn named_town(v: &View, x: usize) -> bool {
    let entity = v.sent.entities.iter().find(|e| e.tokens.contains(&x) && matches!(e.label.as_str(), "GPE" | "LOC"));
    let text = entity.map_or(v.word(x), |e| v.text(e.tokens.clone()));
    let place = parties::lookup_place(text);
    if place.as_ref().is_some_and(|p| parties::is_country_name(&p.name)) {
        return false;
    }
    entity.is_some_and(|e| e.label == "GPE") || place.is_some_and(|p| p.known)
}
