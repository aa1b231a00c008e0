//! The word lists of the events stage, from `data/event_words.tsv` (one named list a line), so that
//! vocabulary is data, not code.
use std::collections::HashMap;
use std::sync::OnceLock;

const WORDS: &str = include_str!("../../data/event_words.tsv");

fn lists() -> &'static HashMap<&'static str, Vec<&'static str>> {
    static LISTS: OnceLock<HashMap<&'static str, Vec<&'static str>>> = OnceLock::new();
    LISTS.get_or_init(|| {
        WORDS
            .lines()
            .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
            .filter_map(|l| {
                let mut cols = l.split('\t');
                Some((cols.next()?, cols.next()?.split('|').filter(|w| !w.is_empty()).collect()))
            })
            .collect()
    })
}

/// The list called `name`. A name the file lacks is a bug of this crate (the test below reads every
/// name the code asks for), so it panics rather than silently matching nothing.
pub(crate) fn get(name: &str) -> &'static [&'static str] {
    lists().get(name).map(Vec::as_slice).unwrap_or_else(|| panic!("data/event_words.tsv has no list {name:?}"))
}

/// A personal pronoun: it names a party only through the context.
pub(crate) fn is_pronoun(lemma: &str) -> bool {
    get("pronouns").contains(&lemma) || matches!(lemma, "they" | "them")
}

/// Whether `word` (as written, lower-cased) opens a subset of a count or group ("31 people, including
/// 23 soldiers"): `subset_words`.
pub(crate) fn is_subset_word(word: &str) -> bool {
    get("subset_words").contains(&word)
}

/// Whether `word` (lower-cased) ranks an act among others: a superlative ("deadliest", "highest"; short
/// words in -est such as "west", "least", "rest" are not) or an ordinal ("first"), as in "the deadliest
/// day since the war".
pub(crate) fn is_rank_word(word: &str) -> bool {
    (word.ends_with("est") && word.len() > 5) || get("ordinals").contains(&word)
}

/// Whether CAMEO code `cameo` is a statement or a position (`position_roots`: 01-03, 10-13), not a deed.
pub(crate) fn is_position(cameo: &str) -> bool {
    cameo.get(..2).is_some_and(|r| get("position_roots").contains(&r))
}

/// "Taliban-held", "Russian-occupied", "Kurdish-run": a word of a party and a participle says who
/// holds a place; it is no place name, whatever the model tags it ("Cap-Haitien", "Deir ez-Zor",
/// "al-Qaim" end in a capital).
pub(crate) fn is_holder_word(word: &str) -> bool {
    let capital = word.chars().next().is_some_and(char::is_uppercase);
    let last = word.rsplit(['-', '–']).next().unwrap_or_default();
    capital && word.contains(['-', '–']) && last.chars().next().is_some_and(char::is_lowercase)
}

#[cfg(test)]
mod tests {
    /// Every .rs file under `dir`, recursively.
    fn sources(dir: &std::path::Path, out: &mut Vec<String>) {
        for entry in std::fs::read_dir(dir).unwrap().map(Result::unwrap) {
            let path = entry.path();
            if path.is_dir() {
                sources(&path, out);
            } else if path.extension().is_some_and(|e| e == "rs") {
                out.push(std::fs::read_to_string(&path).unwrap());
            }
        }
    }

    #[test]
    fn every_list_the_code_names_is_in_the_file_and_none_is_empty() {
        // Every file of the events stage, so that a list named in a new module is checked too.
        let mut files = Vec::new();
        sources(&std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src/events"), &mut files);
        let mut asked = 0;
        for src in &files {
            for part in src.split("words::get(\"").skip(1) {
                let name = &part[..part.find('"').unwrap()];
                assert!(!super::get(name).is_empty(), "{name}");
                asked += 1;
            }
        }
        assert!(asked >= 29, "{asked}");
    }

    #[test]
    fn no_list_is_named_twice() {
        // A second line of one name would silently replace the first list.
        let mut seen = std::collections::HashSet::new();
        for line in super::WORDS.lines().filter(|l| !l.trim().is_empty() && !l.starts_with('#')) {
            let name = line.split('\t').next().unwrap_or_default();
            assert!(seen.insert(name), "data/event_words.tsv names the list {name:?} twice");
        }
        assert!(seen.len() >= 29, "{}", seen.len());
    }
}
