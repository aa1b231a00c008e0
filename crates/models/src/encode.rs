//! Words → model rows for the joint model (models/FORMAT.md): word shapes, sub-token encoding with
//! first-piece alignment, and windows for sentences longer than `max_subtokens`.
use crate::ModelError;
use std::ops::Range;
use std::path::Path;
use tokenizers::Tokenizer;

/// The casing class of a word (models/FORMAT.md, same as `word_shape` in models/train/data.py):
/// 5 has an ASCII digit, 6 no letter, 1 all lowercase, 2 capitalized or one upper letter,
/// 3 two or more letters all uppercase, 4 anything else (mixed or uncased letters).
pub fn word_shape(word: &str) -> i64 {
    if word.chars().any(|c| c.is_ascii_digit()) {
        return 5;
    }
    let letters: Vec<char> = word.chars().filter(|c| c.is_alphabetic()).collect();
    let Some((first, rest)) = letters.split_first() else {
        return 6;
    };
    if letters.iter().all(|c| c.is_lowercase()) {
        1
    } else if first.is_uppercase() && rest.iter().all(|c| c.is_lowercase()) {
        2
    } else if letters.len() >= 2 && letters.iter().all(|c| c.is_uppercase()) {
        3
    } else {
        4
    }
}

/// One model input row: a window of one sentence's words.
#[derive(Debug, Clone, PartialEq)]
pub struct Row {
    /// Index of the sentence in the batch.
    pub sentence: usize,
    /// The sentence's words this row covers.
    pub words: Range<usize>,
    pub input_ids: Vec<i64>,
    pub shape_ids: Vec<i64>,
    /// Per word of `words`: position of its first sub-token in `input_ids`.
    pub word_index: Vec<i64>,
}

/// The joint model's tokenizer with the FORMAT.md encoding rules.
pub struct Encoder {
    tokenizer: Tokenizer,
    max_subtokens: usize,
    path: std::path::PathBuf,
}

impl Encoder {
    pub fn from_file(path: &Path, max_subtokens: usize) -> Result<Encoder, ModelError> {
        let err = |e: Box<dyn std::error::Error + Send + Sync>| ModelError::Tokenizer {
            path: path.to_path_buf(),
            message: e.to_string(),
        };
        if max_subtokens < 3 {
            return Err(ModelError::Tokenizer { path: path.into(), message: "max_subtokens must be >= 3".into() });
        }
        let mut tokenizer = Tokenizer::from_file(path).map_err(err)?;
        tokenizer.with_truncation(None).map_err(err)?;
        tokenizer.with_padding(None);
        Ok(Encoder { tokenizer, max_subtokens, path: path.to_path_buf() })
    }

    /// Id of [PAD] (0 if the vocabulary has none).
    pub fn pad_id(&self) -> i64 {
        self.tokenizer.token_to_id("[PAD]").map_or(0, i64::from)
    }

    /// `[CLS] pieces(w1) ... [SEP]` for `words`, cut to `max_subtokens` (the last id, [SEP], is kept).
    /// A word without pieces points at the previous word's first piece ([CLS] for the first word), as in
    /// the training script. Also says whether pieces were cut. (`encode`, not `encode_fast`: the latter
    /// leaves word ids out.)
    #[allow(clippy::type_complexity)]
    fn encode(&self, words: &[&str]) -> Result<(Vec<i64>, Vec<i64>, Vec<i64>, bool), ModelError> {
        let enc = self.tokenizer.encode(words, true).map_err(|e| ModelError::Tokenizer {
            path: self.path.clone(),
            message: format!("cannot encode {words:?}: {e}"),
        })?;
        let mut ids: Vec<i64> = enc.get_ids().iter().map(|&i| i as i64).collect();
        let mut word_ids: Vec<Option<u32>> = enc.get_word_ids().to_vec();
        let cut = ids.len() > self.max_subtokens;
        if cut {
            let last = ids.len() - 1;
            ids.drain(self.max_subtokens - 1..last);
            word_ids.drain(self.max_subtokens - 1..last);
        }
        let shapes_of_words: Vec<i64> = words.iter().map(|w| word_shape(w)).collect();
        let mut shapes = vec![0i64; ids.len()];
        let mut first = vec![-1i64; words.len()];
        for (p, w) in word_ids.iter().enumerate() {
            if let Some(w) = w.map(|w| w as usize).filter(|&w| w < words.len()) {
                shapes[p] = shapes_of_words[w];
                if first[w] < 0 {
                    first[w] = p as i64;
                }
            }
        }
        for i in 0..first.len() {
            if first[i] < 0 {
                first[i] = if i > 0 { first[i - 1] } else { 0 };
            }
        }
        Ok((ids, shapes, first, cut))
    }

    /// Rows for one sentence: one row if it fits, else overlapping windows (each about half new words).
    pub fn rows(&self, sentence: usize, words: &[&str]) -> Result<Vec<Row>, ModelError> {
        let (ids, shapes, first, cut) = self.encode(words)?;
        let n = words.len();
        // Words without pieces (characters the tokenizer drops) cost no sub-token, so a row is also bounded
        // by its number of words: the model's outputs grow as the square of a row's words.
        if n <= 1 || (!cut && n <= self.max_subtokens - 2) {
            return Ok(vec![Row { sentence, words: 0..n, input_ids: ids, shape_ids: shapes, word_index: first }]);
        }
        // Pieces per word from a pieces-only encoding of each word (WordPiece is context free).
        let pieces: Vec<usize> = words
            .iter()
            .map(|w| self.tokenizer.encode(&[*w][..], false).map(|e| e.get_ids().len()).unwrap_or(1))
            .collect();
        let mut rows = Vec::new();
        for range in windows(&pieces, self.max_subtokens - 2) {
            let (ids, shapes, first, _) = self.encode(&words[range.clone()])?;
            rows.push(Row { sentence, words: range, input_ids: ids, shape_ids: shapes, word_index: first });
        }
        Ok(rows)
    }
}

/// Word ranges covering all words, each with at most `budget` pieces and `budget` words (a longer single
/// word gets a window of its own and is cut by the encoder), consecutive windows overlapping by about half.
pub fn windows(pieces: &[usize], budget: usize) -> Vec<Range<usize>> {
    let n = pieces.len();
    let mut out = Vec::new();
    let mut start = 0;
    while start < n {
        let mut end = start;
        let mut used = 0;
        while end < n && (end == start || (used + pieces[end] <= budget && end - start < budget)) {
            used += pieces[end];
            end += 1;
        }
        out.push(start..end);
        if end == n {
            break;
        }
        start = (start + (end - start).div_ceil(2)).max(start + 1);
    }
    out
}

/// Which row of a sentence owns each word: the row where the word is farthest from a window edge.
pub fn owners(rows: &[&Row], n_words: usize) -> Vec<usize> {
    let mut owner = vec![0usize; n_words];
    let mut best = vec![-1i64; n_words];
    for (r, row) in rows.iter().enumerate() {
        for w in row.words.clone() {
            let margin = (w - row.words.start).min(row.words.end - 1 - w) as i64;
            // On a tie the earlier window keeps the word.
            if margin > best[w] {
                best[w] = margin;
                owner[w] = r;
            }
        }
    }
    owner
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shapes_of_format_examples() {
        for (w, s) in [
            ("fired", 1),
            ("Armenia", 2),
            ("A", 2),
            ("UN", 3),
            ("NATO", 3),
            ("McDonald", 4),
            ("iPhone", 4),
            ("2024", 5),
            ("F-16", 5),
            (",", 6),
            ("—", 6),
        ] {
            assert_eq!(word_shape(w), s, "{w}");
        }
    }

    #[test]
    fn shapes_of_other_words() {
        assert_eq!(word_shape("Nerkin-Hand"), 4);
        assert_eq!(word_shape("U.S."), 3);
        assert_eq!(word_shape("n't"), 1);
        assert_eq!(word_shape("Ünal"), 2);
        assert_eq!(word_shape("北京"), 4); // uncased letters
        assert_eq!(word_shape("١٢"), 6); // non-ASCII digits are not digits here (as in the trainer)
        assert_eq!(word_shape(""), 6);
    }

    #[test]
    fn windows_cover_and_overlap() {
        let pieces = vec![1; 10];
        let w = windows(&pieces, 4);
        assert_eq!(w, vec![0..4, 2..6, 4..8, 6..10]);
        assert_eq!(windows(&[1, 1], 4), vec![0..2]);
        assert_eq!(windows(&[], 4), Vec::<Range<usize>>::new());
        // A word longer than the budget gets its own window.
        assert_eq!(windows(&[1, 9, 1], 4), vec![0..1, 1..2, 2..3]);
        // Words without pieces still count towards a window's size.
        assert_eq!(windows(&[0; 6], 4), vec![0..4, 2..6]);
    }

    #[test]
    fn owners_prefer_the_middle() {
        let row =
            |r: Range<usize>| Row { sentence: 0, words: r, input_ids: vec![], shape_ids: vec![], word_index: vec![] };
        let (a, b) = (row(0..4), row(2..6));
        assert_eq!(owners(&[&a, &b], 6), vec![0, 0, 0, 1, 1, 1]);
    }
}
