//! What every reader shares: decoding, comment removal, line errors in strict or lenient mode,
//! and the word-level helpers (splitting phrases, regular plurals, display names).
use crate::error::{Error, LineError, Problem};

/// How a reader treats a malformed line.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Mode {
    /// The first malformed line is an [`Error::Line`].
    Strict,
    /// Malformed lines are skipped and listed in the dictionary's `skipped`, which is what
    /// PETRARCH itself does (it logs them and reads on); the stock Phoenix files need it.
    #[default]
    Lenient,
}

/// A line that holds something once comments are removed.
#[derive(Debug, Clone)]
pub(crate) struct Line<'a> {
    /// 1-based.
    pub number: usize,
    /// As written, for error messages.
    pub raw: &'a str,
    /// Without comments; not trimmed.
    pub content: String,
}

/// The text of a dictionary file: UTF-8 with an optional byte order mark.
pub(crate) fn decode<'a>(bytes: &'a [u8], file: &str) -> Result<&'a str, Error> {
    let text = std::str::from_utf8(bytes).map_err(|e| {
        let line = bytes[..e.valid_up_to()].iter().filter(|&&b| b == b'\n').count() + 1;
        Error::NotUtf8 { file: file.to_string(), line }
    })?;
    Ok(text.strip_prefix('\u{feff}').unwrap_or(text))
}

/// The lines with content, comments removed. PETRARCH's comment rules (dictionaries.rst): `#` to
/// the end of the line anywhere, `;` likewise (the KEDS/TABARI legacy rule), and `<!-- ... -->`,
/// which may span lines.
pub(crate) fn content_lines(text: &str) -> Vec<Line<'_>> {
    let mut out = Vec::new();
    let mut in_xml = false;
    for (i, raw) in text.lines().enumerate() {
        let mut content = String::new();
        let mut rest = raw;
        loop {
            if in_xml {
                match rest.find("-->") {
                    Some(end) => {
                        rest = &rest[end + 3..];
                        in_xml = false;
                    }
                    None => break,
                }
            } else {
                match rest.find("<!--") {
                    Some(start) => {
                        content.push_str(&rest[..start]);
                        rest = &rest[start + 4..];
                        in_xml = true;
                    }
                    None => {
                        content.push_str(rest);
                        break;
                    }
                }
            }
        }
        if let Some(cut) = content.find(['#', ';']) {
            content.truncate(cut);
        }
        if !content.trim().is_empty() {
            out.push(Line { number: i + 1, raw, content });
        }
    }
    out
}

/// Where a reader's line errors go: returned at once ([`Mode::Strict`]) or kept ([`Mode::Lenient`]).
pub(crate) struct Collector {
    pub file: String,
    pub mode: Mode,
    pub skipped: Vec<LineError>,
}

impl Collector {
    pub fn new(file: &str, mode: Mode) -> Collector {
        Collector { file: file.to_string(), mode, skipped: Vec::new() }
    }

    /// Records that `line` is not taken; an error in strict mode.
    pub fn reject(&mut self, line: &Line, problem: Problem) -> Result<(), Error> {
        let err = LineError { file: self.file.clone(), line: line.number, text: line.raw.to_string(), problem };
        match self.mode {
            Mode::Strict => Err(err.into()),
            Mode::Lenient => {
                self.skipped.push(err);
                Ok(())
            }
        }
    }
}

/// The words of a phrase: split on `_` and white space, lower-cased. PETRARCH's `_` (consecutive)
/// versus blank (words may intervene) distinction is not kept here: PETRARCH2 itself drops it for
/// actors and agents.
pub fn words(phrase: &str) -> Vec<String> {
    phrase.split(|c: char| c == '_' || c.is_whitespace()).filter(|w| !w.is_empty()).map(str::to_lowercase).collect()
}

/// The regular plural of a lower-case noun, as dictionaries.rst describes it ("S", "IES" after a
/// consonant and Y, "ES" after a sibilant). PETRARCH2's code differs in corner cases that look like
/// slips (it makes "BUS" into "BUES" and "ATTORNEY" into "ATTORNIES"); these follow English.
pub fn plural(word: &str) -> String {
    if ends_consonant_y(word) {
        format!("{}ies", &word[..word.len() - 1])
    } else if ["s", "x", "z", "ch", "sh"].iter().any(|e| word.ends_with(e)) {
        format!("{word}es")
    } else {
        format!("{word}s")
    }
}

/// A phrase with its last word in the plural.
pub fn plural_phrase(words: &[String]) -> Vec<String> {
    let mut out = words.to_vec();
    if let Some(last) = out.last_mut() {
        *last = plural(last);
    }
    out
}

pub(crate) fn ends_consonant_y(word: &str) -> bool {
    let mut rev = word.chars().rev();
    rev.next() == Some('y') && rev.next().is_some_and(|c| c.is_alphabetic() && !"aeiou".contains(c))
}

/// A display name from upper-case dictionary words: "AL-SHABAAB" → "Al-Shabaab",
/// "UNITED_NATIONS_CHILDREN'S_FUND" → "United Nations Children's Fund". Acronyms get the same
/// treatment ("IAEA" → "Iaea"): the files do not mark them.
pub fn display_name(words: &[String]) -> String {
    let titled: Vec<String> = words.iter().map(|w| title_word(w)).collect();
    titled.join(" ")
}

fn title_word(word: &str) -> String {
    let mut out = String::with_capacity(word.len());
    let mut start = true;
    for c in word.chars() {
        if start {
            out.extend(c.to_uppercase());
        } else {
            out.extend(c.to_lowercase());
        }
        // A new part starts after a hyphen, slash, dot or bracket, not after an apostrophe.
        start = !c.is_alphanumeric() && c != '\'' && c != '’';
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn comments_of_every_kind_are_removed() {
        let text = "A # x\n# whole\n\nB ; legacy\nC <!-- one --> D\nE <!-- start\nmiddle\nend --> F\n  \t\n";
        let got: Vec<(usize, String)> =
            content_lines(text).into_iter().map(|l| (l.number, l.content.trim().to_string())).collect();
        let want = [(1, "A"), (4, "B"), (5, "C  D"), (6, "E"), (8, "F")];
        assert_eq!(got, want.map(|(n, s)| (n, s.to_string())));
    }

    #[test]
    fn bad_utf8_names_its_line() {
        let err = decode(b"ok\nstill ok\nbad \xff\n", "f.txt").unwrap_err();
        assert!(matches!(err, Error::NotUtf8 { line: 3, .. }), "{err}");
        assert_eq!(decode("\u{feff}AB".as_bytes(), "f").unwrap(), "AB");
    }

    #[test]
    fn words_plurals_and_names() {
        assert_eq!(words("PRIME_MINISTER  of_ X"), ["prime", "minister", "of", "x"]);
        let p: Vec<String> = ["army", "day", "bus", "church", "soldier", "box"].iter().map(|w| plural(w)).collect();
        assert_eq!(p, ["armies", "days", "buses", "churches", "soldiers", "boxes"]);
        assert_eq!(plural_phrase(&words("HEAD_OF_STATE_POLICY")), ["head", "of", "state", "policies"]);
        assert_eq!(display_name(&words("AL-SHABAAB")), "Al-Shabaab");
        assert_eq!(display_name(&words("UNITED_NATIONS_CHILDREN'S_FUND")), "United Nations Children's Fund");
        assert_eq!(display_name(&words("U.N._ENVOY")), "U.N. Envoy");
    }
}
