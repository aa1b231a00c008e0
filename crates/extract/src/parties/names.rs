//! Names that are not what a lexicon word inside them says. Country names that are people's
//! surnames: "village chief Amadou Togo", "councillor Ali Guinea", "Mr. Niger" (Togo, Niger, Guinea,
//! Chad, Jordan are family names in the countries around them, and a surname names a person, not
//! the state); listed names that end a longer unlisted one ("West Papua National Liberation Army",
//! "Burhan Wani"); places the geographic gazetteer knows by a longer name ("Lower Juba").
use super::gazetteer::{Cue, Gazetteer, Hit, Kind, Tok};
use crate::events::words;

/// Whether the country name `h` ends a person's name: right after a title ("Mr. Togo"), or after
/// capitalized words the lexicon does not know (a given name: "Amadou") that follow a title or role
/// word ("village chief Amadou Togo") or begin with a common given name ("Mary Chad"). Compass
/// words and state names before it ("northern Chad", "Equatorial Guinea") make no given name.
pub(super) fn is_surname(g: &Gazetteer, toks: &[Tok], hits: &[Hit], h: &Hit) -> bool {
    if g.cues[h.cue].kind != Kind::CountryName {
        return false;
    }
    let covered = |j: usize| hits.iter().any(|o| o.start <= j && j < o.end);
    let list = |j: usize, name: &str| words::get(name).contains(&toks[j].low.as_str());
    let honorific = |j: usize| list(j, "male_titles") || list(j, "female_titles");
    let given = |j: usize| {
        !honorific(j)
            && toks[j].orig.chars().next().is_some_and(char::is_uppercase)
            && toks[j].low.chars().all(|c| c.is_alphabetic() || c == '-' || c == '\'')
            && !covered(j)
            && !list(j, "compass_words")
            && !list(j, "articles")
    };
    let title = |j: usize| {
        honorific(j)
            || hits.iter().any(|o| o.end == j + 1 && matches!(g.cues[o.cue].kind, Kind::Role { .. } | Kind::Plain))
    };
    let mut first = h.start;
    while first > 0 && given(first - 1) {
        first -= 1;
    }
    if first == h.start {
        // "Mr. Togo": a title right before the name (not a role word: "army Chad" is no name).
        return first > 0 && honorific(first - 1);
    }
    (first > 0 && title(first - 1)) || list(first, "male_given_names") || list(first, "female_given_names")
}

/// "the West Papua National Liberation Army", "the Kashmir National Liberation Army": a listed group's
/// name (Colombia's ELN) after a name word of its own, an unknown capitalized word or a place of
/// another state, ends the name of a group the lexicon lacks; "Burhan Wani": a known person's one-word
/// name before an unknown capitalized word is someone else's. Such a hit names neither; its words for
/// what a group is ("liberation army": REB) still count, and the span's other words give the state.
pub(super) fn unlisted_names(g: &Gazetteer, toks: &[Tok], hits: Vec<Hit>) -> Vec<Hit> {
    let mut out = Vec::new();
    for h in &hits {
        if !longer_group(g, toks, &hits, h) && !longer_person(g, toks, &hits, h) {
            out.push(*h);
            continue;
        }
        let other = |c: &Cue| !matches!(c.kind, Kind::Group | Kind::Person);
        let inner = g.matches_where(&toks[h.start..h.end], other);
        out.extend(inner.into_iter().map(|i| Hit { start: i.start + h.start, end: i.end + h.start, cue: i.cue }));
    }
    out
}

/// A listed group of a state after a place of another state ("Kashmir") or an unknown capitalized word
/// other than the span's first (capitalized at a sentence start: "Suspected National Liberation Army
/// rebels"). A state's name or people before the group describe it ("Pakistan Taliban", "Ugandan ADF").
fn longer_group(g: &Gazetteer, toks: &[Tok], hits: &[Hit], h: &Hit) -> bool {
    let cue = &g.cues[h.cue];
    if cue.kind != Kind::Group || cue.country.is_none() || h.start == 0 {
        return false;
    }
    let j = h.start - 1;
    match hits.iter().find(|o| o.end == h.start) {
        Some(o) => g.cues[o.cue].kind == Kind::Place && g.cues[o.cue].country != cue.country && capitalized(&toks[j]),
        None => j > 0 && unknown_name(toks, hits, j),
    }
}

/// A known person named by one word ("Burhan") right before an unknown capitalized word ("Wani").
fn longer_person(g: &Gazetteer, toks: &[Tok], hits: &[Hit], h: &Hit) -> bool {
    g.cues[h.cue].kind == Kind::Person && h.end - h.start == 1 && h.end < toks.len() && unknown_name(toks, hits, h.end)
}

/// A capitalized word no cue covers that is no article, compass word, title, date or count, nor a word
/// that describes a group rather than names it ("Leftist", "Marxist" in a title-case headline).
fn unknown_name(toks: &[Tok], hits: &[Hit], j: usize) -> bool {
    let list = |name: &str| words::get(name).contains(&toks[j].low.as_str());
    capitalized(&toks[j])
        && !hits.iter().any(|o| o.start <= j && j < o.end)
        && toks[j].low.chars().all(char::is_alphabetic)
        && !["articles", "compass_words", "male_titles", "female_titles", "group_epithets"].into_iter().any(list)
        && !NOT_NAMES.contains(&toks[j].low.as_str())
        && !crate::numbers::is_count_word(&toks[j].low)
}

fn capitalized(t: &Tok) -> bool {
    t.orig.chars().next().is_some_and(char::is_uppercase)
}

/// "Mocimboa da Praia", "Sao Joao da Barra": a town or capital the lexicon knows after a name particle
/// that follows a capitalized word ends a longer name, which is not that place (nor Cape Verde's capital
/// Praia). A state's name so placed keeps its state ("Santiago de Cuba").
pub(super) fn after_particle(g: &Gazetteer, toks: &[Tok], h: &Hit) -> bool {
    let town = matches!(g.cues[h.cue].kind, Kind::Place | Kind::Capital);
    let particle = h.start >= 2 && words::get("name_particles").contains(&toks[h.start - 1].low.as_str());
    town && particle && capitalized(&toks[h.start - 2])
}

/// "in the Lower Juba region", "Middle Shabelle": capitalized words right before the known place `h`
/// that with it make a place the geographic gazetteer knows by that very name: that place (a Somali
/// region, not South Sudan's capital Juba), the longest such name.
pub(super) fn longer_place(span: &str, toks: &[Tok], h: &Hit) -> Option<super::Place> {
    let before = toks[..h.start].iter().rev().take_while(|t| capitalized(t)).count();
    let gazetteer = casus_geo::Gazetteer::embedded().ok()?;
    let key = casus_geo::names::key;
    (1..=before).rev().find_map(|k| {
        let name = &span[toks[h.start - k].start..toks[h.end - 1].end];
        let place = gazetteer.geocode(name, &[]).filter(|p| key(&p.name) == key(name))?;
        Some(super::Place { name: name.to_string(), country: Some(place.country), known: true })
    })
}

/// Words that start no name: articles, prepositions and dates (capitalized at a sentence's or
/// headline's start).
pub(super) const NOT_NAMES: &[&str] = &[
    "the",
    "a",
    "an",
    "on",
    "in",
    "at",
    "near",
    "of",
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "jan",
    "feb",
    "mar",
    "apr",
    "jun",
    "jul",
    "aug",
    "sep",
    "sept",
    "oct",
    "nov",
    "dec",
];
