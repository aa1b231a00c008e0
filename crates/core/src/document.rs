//! The document object: text split into sentences and tokens, plus the annotations model stages
//! add to each sentence.
use crate::{segment, DocumentError};
use chrono::NaiveDate;
use std::ops::Range;

/// A news article. Built once by [`Document::new`]; stages then fill in sentence annotations.
#[derive(Debug, Clone)]
pub struct Document {
    pub id: String,
    pub text: String,
    pub published: Option<NaiveDate>,
    pub title: Option<String>,
    pub sentences: Vec<Sentence>,
}

/// A sentence with char offsets (`start..end`) and byte offsets (`bytes`) into the document text.
#[derive(Debug, Clone, Default)]
pub struct Sentence {
    pub start: usize,
    pub end: usize,
    pub bytes: Range<usize>,
    pub tokens: Vec<Token>,
    /// Named entities found by the NER model, in token order.
    pub entities: Vec<Entity>,
    /// Dependency parse from the relation model, if it ran.
    pub parse: Option<Parse>,
    /// Event triggers proposed by the model's event heads, when it has them (models/FORMAT.md).
    pub triggers: Vec<TriggerHint>,
    /// The model's argument words of each word read as a trigger head (`argument_hints[i]`: the
    /// arguments if word i is a trigger), so that triggers the lexicon finds get the argument head
    /// too. Empty when the model has no event heads.
    pub argument_hints: Vec<Vec<ArgumentHint>>,
    /// Per word: the event heads rule it out as a trigger (its p(trigger) is below the model's
    /// `event_thresholds.keep`), so that a lexicon trigger there is read as no event. Empty when the
    /// model has no event heads or no `keep` threshold.
    pub ruled_out: Vec<bool>,
}

/// A word with char offsets (`start..end`) and byte offsets (`bytes`) into the document text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Token {
    pub text: String,
    pub start: usize,
    pub end: usize,
    pub bytes: Range<usize>,
}

/// A named-entity mention: a label over a range of token indices of its sentence.
#[derive(Debug, Clone, PartialEq)]
pub struct Entity {
    pub label: String,
    pub tokens: Range<usize>,
    pub score: f32,
}

/// An event trigger the model's event heads propose: token indices of its sentence, the CAMEO root
/// and code it gives, and the arguments it scores. The extraction stage decides what to keep.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct TriggerHint {
    pub tokens: Range<usize>,
    /// The word of `tokens` the model is surest of.
    pub head: usize,
    /// Two-digit CAMEO root ("19") and three-digit code ("190").
    pub root: String,
    pub code: String,
    /// The model's probability that `head` is a trigger at all.
    pub score: f32,
    pub args: Vec<ArgumentHint>,
}

/// An argument of a [`TriggerHint`]: the head word of the span and its role (`actor`, `target`,
/// `source`, `place`, `time`).
#[derive(Debug, Clone, PartialEq)]
pub struct ArgumentHint {
    pub token: usize,
    pub role: String,
    pub score: f32,
}

/// A dependency tree over a sentence's tokens.
#[derive(Debug, Clone, PartialEq)]
pub struct Parse {
    /// `heads[i]` is the head of token i: 0 for the root, k for token k-1.
    pub heads: Vec<usize>,
    /// `deprels[i]` is the UD relation of token i to its head.
    pub deprels: Vec<String>,
}

impl Parse {
    /// The head token index of token `i`, or `None` when `i` is the root.
    pub fn head(&self, i: usize) -> Option<usize> {
        self.heads.get(i).and_then(|&h| h.checked_sub(1))
    }

    /// The dependents of token `i`, in order.
    pub fn children(&self, i: usize) -> impl Iterator<Item = usize> + '_ {
        self.heads.iter().enumerate().filter(move |(_, &h)| h == i + 1).map(|(c, _)| c)
    }
}

impl Document {
    /// Segments `text` into sentences and tokens. Fails on text with nothing but whitespace. A run of more
    /// than [`segment::MAX_SENTENCE_WORDS`] words without a sentence end becomes several sentences.
    pub fn new(
        id: impl Into<String>,
        text: impl Into<String>,
        published: Option<NaiveDate>,
        title: Option<String>,
    ) -> Result<Document, DocumentError> {
        let text = text.into();
        if text.trim().is_empty() {
            return Err(DocumentError::Empty);
        }
        let mut chars = CharIndex::new(&text);
        let mut sentences = Vec::new();
        for range in segment::sentences(&text) {
            let words = segment::words(&text, range.clone());
            let pieces = segment::pieces(&text, &words);
            let whole = pieces.len() == 1;
            for piece in pieces {
                let words = &words[piece];
                let (Some(first), Some(last)) = (words.first(), words.last()) else { continue };
                let bytes = if whole { range.clone() } else { first.start..last.end };
                // Offsets in increasing order: `CharIndex` counts on from the last one.
                let start = chars.at(bytes.start);
                let tokens: Vec<Token> = words
                    .iter()
                    .map(|w| Token {
                        text: text[w.clone()].to_string(),
                        start: chars.at(w.start),
                        end: chars.at(w.end),
                        bytes: w.clone(),
                    })
                    .collect();
                let end = chars.at(bytes.end);
                sentences.push(Sentence { start, end, bytes, tokens, ..Sentence::default() });
            }
        }
        Ok(Document { id: id.into(), text, published, title, sentences })
    }

    /// The text of a sentence.
    pub fn sentence_text(&self, s: &Sentence) -> &str {
        &self.text[s.bytes.clone()]
    }

    /// The text as written (spaces included) covered by tokens `range` of sentence `s`.
    pub fn span_text(&self, s: &Sentence, range: Range<usize>) -> &str {
        match (s.tokens.get(range.start), range.end.checked_sub(1).and_then(|e| s.tokens.get(e))) {
            (Some(a), Some(b)) if range.start < range.end => &self.text[a.bytes.start..b.bytes.end],
            _ => "",
        }
    }
}

/// Converts increasing byte offsets to char offsets in one pass over the text.
struct CharIndex<'a> {
    text: &'a str,
    byte: usize,
    char: usize,
}

impl<'a> CharIndex<'a> {
    fn new(text: &'a str) -> Self {
        CharIndex { text, byte: 0, char: 0 }
    }

    fn at(&mut self, byte: usize) -> usize {
        if byte < self.byte {
            self.byte = 0;
            self.char = 0;
        }
        self.char += self.text[self.byte..byte].chars().count();
        self.byte = byte;
        self.char
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn offsets_are_chars_not_bytes() {
        let text = "Armenia’s army fired. Baku said so.";
        let doc = Document::new("d", text, None, None).unwrap();
        assert_eq!(doc.sentences.len(), 2);
        let chars: Vec<char> = text.chars().collect();
        for s in &doc.sentences {
            let by_chars: String = chars[s.start..s.end].iter().collect();
            assert_eq!(by_chars, doc.sentence_text(s));
            for t in &s.tokens {
                let tok: String = chars[t.start..t.end].iter().collect();
                assert_eq!(tok, t.text);
            }
        }
        assert_eq!(doc.sentences[1].start, 22);
        assert_eq!(doc.span_text(&doc.sentences[1], 0..2), "Baku said");
    }

    #[test]
    fn a_run_without_sentence_ends_is_cut_into_bounded_sentences() {
        // 2,500 words and no full stop, a comma near the end of the first thousand.
        let mut words: Vec<String> = (0..2500).map(|i| format!("w{i}")).collect();
        words[900] = "w900,".into();
        let text = words.join(" ");
        let doc = Document::new("d", text.as_str(), None, None).unwrap();
        let lens: Vec<usize> = doc.sentences.iter().map(|s| s.tokens.len()).collect();
        assert_eq!(lens, vec![902, 1000, 599], "cut after the comma, then at the limit");
        let chars: Vec<char> = text.chars().collect();
        for s in &doc.sentences {
            assert_eq!(chars[s.start..s.end].iter().collect::<String>(), doc.sentence_text(s));
            assert!(doc.sentence_text(s).starts_with(s.tokens[0].text.as_str()));
        }
        assert_eq!(doc.sentences.iter().map(|s| s.tokens.len()).sum::<usize>(), 2501);
    }

    #[test]
    fn empty_text_is_an_error() {
        assert_eq!(Document::new("d", " \n\t", None, None).unwrap_err(), DocumentError::Empty);
    }

    #[test]
    fn parse_navigation() {
        let p = Parse { heads: vec![2, 0, 2], deprels: vec!["nsubj".into(), "root".into(), "obj".into()] };
        assert_eq!(p.head(0), Some(1));
        assert_eq!(p.head(1), None);
        assert_eq!(p.children(1).collect::<Vec<_>>(), vec![0, 2]);
    }
}
