//! The sentence splitter and tokenizer on any text: ranges in order, inside the text, on char boundaries,
//! never empty; sentences of at most MAX_SENTENCE_WORDS words; char offsets that match the bytes.
#![no_main]
use casus_core::segment::{self, MAX_SENTENCE_WORDS};
use casus_core::Document;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let mut last = 0;
    for s in segment::sentences(text) {
        assert!(last <= s.start && s.start < s.end && s.end <= text.len(), "sentence {s:?}");
        assert!(text.is_char_boundary(s.start) && text.is_char_boundary(s.end));
        last = s.end;
        let words = segment::words(text, s.clone());
        let mut at = s.start;
        for w in &words {
            assert!(at <= w.start && w.start < w.end && w.end <= s.end, "word {w:?} in {s:?}");
            assert!(text.is_char_boundary(w.start) && text.is_char_boundary(w.end));
            at = w.end;
        }
        for piece in segment::pieces(text, &words) {
            assert!(!piece.is_empty() && piece.len() <= MAX_SENTENCE_WORDS);
        }
    }
    if let Ok(doc) = Document::new("f", text, None, None) {
        for s in &doc.sentences {
            assert!(!s.tokens.is_empty() && s.tokens.len() <= MAX_SENTENCE_WORDS);
            assert_eq!(text[..s.bytes.start].chars().count(), s.start);
            assert_eq!(text[..s.bytes.end].chars().count(), s.end);
            for t in &s.tokens {
                assert_eq!(text[t.bytes.clone()], t.text);
                assert_eq!(text[..t.bytes.start].chars().count(), t.start);
                assert_eq!(t.start + t.text.chars().count(), t.end);
            }
        }
    }
});
