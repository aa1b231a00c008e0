//! Questions about a span or a state that other stages ask the gazetteer: is this a state's name, a
//! demonym, a capital, a known person, a place; a state's canonical name and capital.

use super::gazetteer::{gazetteer, tokenize, Hit, Kind, Tok};
use super::{cues, names, normalize, PartyInfo, Place};

/// "The Ethiopians", "Georgians": a span that is one demonym in the plural (ending in "s": "Chinese" is
/// as often the adjective), with at most "the" before it: a people named as a party.
pub fn is_plural_demonym(span: &str) -> bool {
    let toks = tokenize(span);
    let rest = match toks.first() {
        Some(t) if t.low == "the" => &toks[1..],
        _ => &toks[..],
    };
    let g = gazetteer();
    let hits = g.matches(rest);
    let whole = |h: &Hit| h.start == 0 && h.end == rest.len() && g.cues[h.cue].kind == Kind::Demonym;
    rest.last().is_some_and(|t| t.low.ends_with('s')) && hits.iter().any(whole)
}

/// "The C.A.R.", "Pakistan": a span that is one state's name, with at most "the" before it (a place,
/// whatever label the model gives it).
pub fn is_state_name(span: &str) -> bool {
    is_whole(span, Kind::CountryName)
}

/// "Khartoum", "Washington": a span that is one state's capital, which stands for its government as
/// the subject of a clause ("a charge Khartoum denied").
pub fn is_capital(span: &str) -> bool {
    is_whole(span, Kind::Capital)
}

/// Whether `span`, with at most "the" before it, is one cue of `kind` and nothing else.
fn is_whole(span: &str, kind: Kind) -> bool {
    let toks = tokenize(span);
    let rest = match toks.first() {
        Some(t) if t.low == "the" => &toks[1..],
        _ => &toks[..],
    };
    let g = gazetteer();
    let whole = |h: &Hit| h.start == 0 && h.end == rest.len() && g.cues[h.cue].kind == kind;
    g.matches(rest).iter().any(whole)
}

/// "Yemeni", "Somali": a span that is one demonym and no state's name (a nationality, not a place).
pub fn is_demonym(span: &str) -> bool {
    let toks = tokenize(span);
    let g = gazetteer();
    let whole = |h: &Hit, kind: Kind| h.start == 0 && h.end == toks.len() && g.cues[h.cue].kind == kind;
    let hits = g.matches(&toks);
    hits.iter().any(|h| whole(h, Kind::Demonym)) && !hits.iter().any(|h| whole(h, Kind::CountryName))
}

/// The canonical name of a state by ISO3 ("ARM" → "Armenia").
pub fn country_name(iso3: &str) -> Option<&'static str> {
    gazetteer()
        .cues
        .iter()
        .find(|c| c.kind == Kind::CountryName && c.country.as_deref() == Some(iso3))
        .and_then(|c| c.name.as_deref())
}

/// The capital of a state by ISO3, the first that countries.tsv lists ("IRQ" → "Baghdad").
pub fn capital_of(iso3: &str) -> Option<&'static str> {
    gazetteer()
        .cues
        .iter()
        .find(|c| c.kind == Kind::Capital && c.country.as_deref() == Some(iso3))
        .and_then(|c| c.place.as_deref())
}

/// The party of a span that names a known person ("Josep Borrell"), `None` for anything else.
pub fn person(span: &str) -> Option<PartyInfo> {
    let g = gazetteer();
    let hits = g.matches(&tokenize(span));
    hits.iter().find(|h| g.cues[h.cue].kind == Kind::Person)?;
    normalize(span)
}

/// Whether `span` names a known person by more than a surname ("Antonio Guterres", not "Guterres"):
/// a span that gives a known surname with other given names names someone else.
pub fn names_person_in_full(span: &str) -> bool {
    let g = gazetteer();
    g.matches(&tokenize(span)).iter().any(|h| g.cues[h.cue].kind == Kind::Person && h.end - h.start >= 2)
}

/// Whether the words of `span` say whom it serves: a role word, a named body, group or person, or a
/// state named alone ("Ethiopia's", "the Kenyan"), or a seat of power ("the White House", a capital).
/// A country inside a description of something else ("a beautician from Zimbabwe", "a Vietnam
/// resident of 25 years") says where a person is from, which makes no one a government.
pub fn says_whom(span: &str) -> bool {
    let g = gazetteer();
    let toks = tokenize(span);
    let hits = cues(g, &toks);
    let state = |h: &Hit| matches!(g.cues[h.cue].kind, Kind::CountryName | Kind::Demonym | Kind::Place);
    let covered: usize = hits.iter().map(|h| h.end - h.start).sum();
    let articles = toks.iter().filter(|t| crate::events::words::get("articles").contains(&t.low.as_str())).count();
    hits.iter().any(|h| !state(h)) || covered + articles == toks.len()
}

/// Whether `name` is the canonical name of a state ("Armenia"), as [`country_name`] gives it.
pub fn is_country_name(name: &str) -> bool {
    gazetteer().cues.iter().any(|c| c.kind == Kind::CountryName && c.name.as_deref() == Some(name))
}

/// Whether a location's name names a state, by its canonical name or by another name the story
/// spells it with and the location keeps (GUIDELINES §12.7: "Democratic Republic of Congo", "Ivory
/// Coast", "Burma"): a state, however spelled, is the widest place.
pub fn names_state(name: &str) -> bool {
    is_country_name(name) || is_state_name(name)
}

/// Whether the span names a known place (a region, city, village, country or capital).
pub fn is_location(span: &str) -> bool {
    lookup_place(span).is_some_and(|p| p.known)
}

/// The place a location span names: the most specific known place (a place of places.tsv before a
/// capital before a country: "the Tovuz district of Azerbaijan" → Tovuz), else the capitalized
/// words after a place noun or preposition ("near the border village of Nerkin Hand" → Nerkin
/// Hand), with `known: false`.
pub fn lookup_place(span: &str) -> Option<Place> {
    let g = gazetteer();
    let toks = tokenize(span);
    let hits = cues(g, &toks);
    for kind in [Kind::Place, Kind::Capital, Kind::CountryName] {
        if let Some(h) = hits.iter().find(|h| g.cues[h.cue].kind == kind) {
            if let Some(longer) = names::longer_place(span, &toks, h) {
                return Some(longer);
            }
            let c = &g.cues[h.cue];
            return Some(Place { name: c.place.clone()?, country: c.country.clone(), known: true });
        }
    }
    capitalized_run(span, &toks).map(|name| Place { name, country: None, known: false })
}

/// The first run of capitalized words (not dates or function words) as written in the span, with the
/// name particles between them ("Mocimboa da Praia").
fn capitalized_run(span: &str, toks: &[Tok]) -> Option<String> {
    let is_name =
        |t: &Tok| t.orig.chars().next().is_some_and(char::is_uppercase) && !names::NOT_NAMES.contains(&t.low.as_str());
    let particle = |t: &Tok| crate::events::words::get("name_particles").contains(&t.low.as_str());
    let start = toks.iter().position(is_name)?;
    let mut end = start;
    loop {
        if end + 1 < toks.len() && is_name(&toks[end + 1]) {
            end += 1;
        } else if end + 2 < toks.len() && particle(&toks[end + 1]) && is_name(&toks[end + 2]) {
            end += 2;
        } else {
            break;
        }
    }
    Some(span[toks[start].start..toks[end].end].to_string())
}
