//! Name keys: how a place name as written and a gazetteer name are made comparable, and the generic
//! words ("province", "the town of") taken off a name before the look-up.
use crate::place::Kind;
use std::sync::OnceLock;
use unicode_normalization::char::is_combining_mark;
use unicode_normalization::UnicodeNormalization;

/// Letters that Unicode decomposition leaves as they are, given their usual ASCII spelling (the same
/// table as `tools/build_gazetteer.py`, so a query folds as the gazetteer's names were folded).
const SPECIAL: [(char, &str); 25] = [
    ('’', "'"),
    ('‘', "'"),
    ('ʼ', "'"),
    ('ʻ', "'"),
    ('`', "'"),
    ('ı', "i"),
    ('ł', "l"),
    ('Ł', "L"),
    ('ø', "o"),
    ('Ø', "O"),
    ('đ', "d"),
    ('Đ', "D"),
    ('ð', "d"),
    ('þ', "th"),
    ('ß', "ss"),
    ('æ', "ae"),
    ('Æ', "AE"),
    ('œ', "oe"),
    ('Œ', "OE"),
    ('ħ', "h"),
    ('Ħ', "H"),
    ('ə', "e"),
    ('Ə', "E"),
    ('–', "-"),
    ('—', "-"),
];

/// The name without accents ("Abéché" → "Abeche", "Ts’khinvali" → "Ts'khinvali").
pub fn fold(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    for c in name.chars() {
        match SPECIAL.iter().find(|(s, _)| *s == c) {
            Some((_, r)) => out.push_str(r),
            None => out.extend(c.nfkd().filter(|d| !is_combining_mark(*d))),
        }
    }
    out
}

/// The look-up key: folded, lower case, apostrophes and full stops dropped ("N'Djamena" =
/// "Ndjamena", "U.S." = "US"), other punctuation a space, a leading "the" dropped.
pub fn key(name: &str) -> String {
    let folded = fold(name).to_lowercase();
    let mut spaced = String::with_capacity(folded.len());
    for c in folded.chars() {
        match c {
            '\'' | '.' => {}
            c if c.is_alphanumeric() => spaced.push(c),
            _ => spaced.push(' '),
        }
    }
    let words: Vec<&str> = spaced.split_whitespace().collect();
    let words = match words.split_first() {
        Some((&"the", rest)) if !rest.is_empty() => rest,
        _ => &words[..],
    };
    words.join(" ")
}

/// The generic words of `data/generic.tsv`, each with the kind of place it asks for.
fn generic_words() -> &'static [(String, Option<Kind>)] {
    static WORDS: OnceLock<Vec<(String, Option<Kind>)>> = OnceLock::new();
    WORDS.get_or_init(|| {
        include_str!("../data/generic.tsv")
            .lines()
            .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
            .map(|l| {
                let mut cols = l.split('\t');
                let word = cols.next().unwrap_or_default().trim().to_string();
                (word, cols.next().and_then(Kind::parse))
            })
            .collect()
    })
}

/// A key without its generic word, and the kind that word asks for: "helmand province" →
/// ("helmand", admin1), "town of jos" → ("jos", city), "gaza strip" → ("gaza", any). A name that is
/// nothing but a generic word is kept.
pub fn strip_generic(key: &str) -> (String, Option<Kind>) {
    let words: Vec<&str> = key.split(' ').collect();
    if words.len() >= 2 {
        for (word, kind) in generic_words() {
            if words.last() == Some(&word.as_str()) {
                return (words[..words.len() - 1].join(" "), *kind);
            }
            if words.len() >= 3 && words[0] == word && words[1] == "of" {
                return (words[2..].join(" "), *kind);
            }
        }
    }
    (key.to_string(), None)
}

/// Words that end a border's name ("Armenia–Azerbaijan border").
const BORDER_WORDS: [&str; 4] = [" border", " boundary", " frontier", " line of contact"];

/// The two sides of a border's name as written ("Armenia–Azerbaijan border" → ["Armenia",
/// "Azerbaijan"]), every way the name can be cut at a dash or slash; empty when it names no border.
pub fn border_sides(name: &str) -> Vec<(String, String)> {
    let lower = name.trim().to_lowercase();
    let Some(cut) = BORDER_WORDS.iter().find_map(|w| lower.strip_suffix(w).map(|s| s.len())) else {
        return Vec::new();
    };
    let stem = fold(&name.trim()[..cut]);
    stem.char_indices()
        .filter(|(_, c)| matches!(c, '-' | '/'))
        .map(|(i, _)| (stem[..i].trim().to_string(), stem[i + 1..].trim().to_string()))
        .filter(|(a, b)| !a.is_empty() && !b.is_empty())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_ignore_accents_apostrophes_and_case() {
        assert_eq!(key("N'Djamena"), key("Ndjamena"));
        assert_eq!(key("Ts’khinvali"), "tskhinvali");
        assert_eq!(key("Abéché"), "abeche");
        assert_eq!(key("Croix-des-Bouquets"), key("Croix des Bouquets"));
        assert_eq!(key("the Gaza Strip"), "gaza strip");
        assert_eq!(key("U.S."), "us");
    }

    #[test]
    fn generic_words_come_off() {
        assert_eq!(strip_generic("helmand province"), ("helmand".into(), Some(Kind::Admin1)));
        assert_eq!(strip_generic("town of jos"), ("jos".into(), Some(Kind::City)));
        assert_eq!(strip_generic("gaza strip"), ("gaza".into(), None));
        assert_eq!(strip_generic("province"), ("province".into(), None));
    }

    #[test]
    fn borders_are_cut_at_each_dash() {
        assert_eq!(border_sides("Armenia–Azerbaijan border"), vec![("Armenia".into(), "Azerbaijan".into())]);
        assert_eq!(border_sides("Guinea-Bissau-Senegal border").len(), 2);
        assert!(border_sides("Nerkin Hand").is_empty());
    }
}
