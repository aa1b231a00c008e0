//! A listed armed group whose name is made of words any movement may call itself by ("National
//! Liberation Army": Colombia's ELN) may be another state's namesake group. What in a span's words
//! and a story's text says so; `events::document::namesakes` decides.
use super::gazetteer::{gazetteer, tokenize, Kind};
use crate::events::words;

/// Whether `span` names a group only by common words (`common_name_words`), less articles and the
/// words that describe it (`group_epithets`): "the rebel National Liberation Army", not "the ELN" or
/// "the Revolutionary Armed Forces of Colombia" (a state named in the name).
pub fn common_name(span: &str) -> bool {
    let listed = |w: &str, list: &str| words::get(list).contains(&w);
    let toks = tokenize(span);
    let name: Vec<&str> =
        toks.iter().map(|t| t.low.as_str()).filter(|w| *w != "the" && !listed(w, "group_epithets")).collect();
    name.len() >= 2 && name.iter().all(|w| listed(w, "common_name_words"))
}

/// Whether `text` names the state `iso3` by its name, a demonym or its capital.
pub fn names_state_of(text: &str, iso3: &str) -> bool {
    let g = gazetteer();
    let toks = tokenize(text);
    super::cues(g, &toks).iter().any(|h| {
        let cue = &g.cues[h.cue];
        matches!(cue.kind, Kind::CountryName | Kind::Demonym | Kind::Capital) && cue.country.as_deref() == Some(iso3)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_name_of_common_words_may_be_anyone_s() {
        assert!(common_name("The rebel National Liberation Army"));
        assert!(common_name("the Revolutionary United Front"));
        assert!(!common_name("the ELN"));
        assert!(!common_name("the rebels"));
        assert!(!common_name("the Lord's Resistance Army"));
        assert!(names_state_of("Colombian troops killed five guerrillas.", "COL"));
        assert!(names_state_of("Talks were held in Bogota.", "COL"));
        assert!(!names_state_of("Rebels attacked a police station near Tetovo.", "COL"));
    }
}
