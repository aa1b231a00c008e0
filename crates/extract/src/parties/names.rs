//! Country names that are people's surnames: "village chief Amadou Togo", "councillor Ali Guinea",
//! "Mr. Niger". Togo, Niger, Guinea, Chad, Jordan are family names in the countries around them, and
//! a surname names a person, not the state.
use super::gazetteer::{Gazetteer, Hit, Kind, Tok};
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
