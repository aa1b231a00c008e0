//! Capitalized words after a known place's name in a tagged place span that make no longer name
//! ("Kashmir Clashes" of a title-case headline).
use crate::events::words;
use crate::parties;

/// "Kashmir Clashes", "Darfur Rebels": a title-case headline capitalizes the event's or the party's
/// word after a place's name too; such a word (a trigger, or a role word that names no state) makes
/// no longer name.
pub(super) fn no_name_part(word: &str) -> bool {
    if words::get("place_name_ends").contains(&word.to_lowercase().as_str()) {
        return false;
    }
    let lemma = crate::lemma::lemma(&word.to_lowercase());
    let party = parties::normalize(word).is_some_and(|p| p.role.is_some() && p.name.is_none());
    party || crate::lexicon::lookup(&[lemma], 0).is_some()
}

#[cfg(test)]
mod tests {
    use super::no_name_part;

    #[test]
    fn headline_words_after_a_place_make_no_name_but_place_words_do() {
        for word in ["Clashes", "Attack", "Bombing", "Rebels", "Police", "Villages"] {
            assert!(no_name_part(word), "{word}");
        }
        let place_words = "City Town Delta Mount Bay Port Rock Falls Spring Sound Bank Gate Hill Island Lake Field \
                           Park Heights Pass Point Harbor Sea Coast Peninsula Corridor Plateau Hills Mountains Desert";
        let bad: Vec<&str> = place_words.split_whitespace().filter(|w| no_name_part(w)).collect();
        assert!(bad.is_empty(), "{bad:?}");
    }
}
