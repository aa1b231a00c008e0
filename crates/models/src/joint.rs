//! [`JointOnnxModel`]: the joint NER + dependency-parser graph of models/FORMAT.md, run with ONNX Runtime
//! through `ort` 2 (a pool of sessions, [`onnx::SessionPool`]).
use crate::encode::{owners, Encoder, Row};
use crate::events::{self, EventHeads, EventLogits, Thresholds};
use crate::{bio, integrity, mst, onnx, ModelError, SentenceAnalysis, SentenceModel};
use casus_core::Parse;
use serde::Deserialize;
use std::collections::BTreeMap;
use std::ops::Range;
use std::path::Path;

/// `config.json` of a joint model directory.
#[derive(Debug, Clone, Deserialize)]
pub struct JointConfig {
    pub name: String,
    /// File name of the graph, relative to the directory.
    pub onnx: String,
    /// Sub-tokens per row including [CLS] and [SEP].
    pub max_subtokens: usize,
    pub ner_labels: Vec<String>,
    pub deprels: Vec<String>,
    #[serde(default)]
    pub shape_classes: Option<usize>,
    /// SHA-256 of the model's files by file name; the graph loaded must be listed (checked at load).
    #[serde(default)]
    pub sha256: BTreeMap<String, String>,
    /// Event heads (models/FORMAT.md): empty for a model without them.
    #[serde(default)]
    pub trigger_labels: Vec<String>,
    #[serde(default)]
    pub code_labels: Vec<String>,
    #[serde(default)]
    pub arg_labels: Vec<String>,
    #[serde(default)]
    pub event_thresholds: Option<Thresholds>,
    /// The graph computes each row from that row alone (int8 activations quantized per sub-token,
    /// models/train/quantize_rows.py): rows of the same sub-token length then share a call, with no
    /// padding, and give the same numbers as alone. Absent or false: one row per call.
    #[serde(default)]
    pub batch_invariant: bool,
}

impl JointConfig {
    /// The event heads' labels and thresholds, when the model has them.
    pub fn event_heads(&self) -> Option<EventHeads> {
        (!self.trigger_labels.is_empty()).then(|| EventHeads {
            trigger_labels: self.trigger_labels.clone(),
            code_labels: self.code_labels.clone(),
            arg_labels: self.arg_labels.clone(),
            thresholds: self.event_thresholds.unwrap_or_default(),
        })
    }
}

/// Per-sentence model scores, word-indexed (windows joined: each word's row comes from the window that
/// owns it; arcs to words outside that window are `NEG_INFINITY`).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct JointScores {
    /// `[word][label]`, columns as `ner_labels`.
    pub ner_logits: Vec<Vec<f32>>,
    /// `[word][column]`: column 0 = ROOT, column k = word k-1.
    pub arc_scores: Vec<Vec<f32>>,
    /// `[word][label]` of the event heads (empty without them), columns as `trigger_labels` / `code_labels`.
    pub trigger_logits: Vec<Vec<f32>>,
    pub code_logits: Vec<Vec<f32>>,
}

/// Most rows in one ONNX Runtime call of a batch-invariant graph (see [`JointConfig::batch_invariant`]).
/// Other graphs get one row per call: `quantize_dynamic`'s int8 graph computes one activation scale over the
/// whole input tensor, so rows run together would change each other's labels.
pub const MAX_ROWS_PER_RUN: usize = 32;

/// The joint model: one forward pass gives NER labels and a dependency tree for every sentence.
pub struct JointOnnxModel {
    config: JointConfig,
    encoder: Encoder,
    sessions: onnx::SessionPool,
    pad_id: i64,
    events: Option<EventHeads>,
}

/// What one row's outputs leave for decoding: per word NER logits, arc scores and best relations.
struct RowOut {
    ner: Vec<Vec<f32>>,
    arcs: Vec<Vec<f32>>,
    /// `rels[i][j]`: best relation for word i under column j (u16: a long sentence keeps one per arc of
    /// every window until it is decoded).
    rels: Vec<Vec<u16>>,
    /// Event heads (empty without them): per word trigger and code logits, `args[i][j]` the argument
    /// logits of trigger word i for candidate word j of the same window.
    trig: Vec<Vec<f32>>,
    codes: Vec<Vec<f32>>,
    args: Vec<Vec<Vec<f32>>>,
}

/// A row-major float tensor of known shape; [`Scores::row`] is the innermost vector at an index prefix.
struct Scores<'a> {
    shape: &'a [usize],
    data: &'a [f32],
}

impl Scores<'_> {
    /// The last axis at `index` (all axes but the last).
    fn row(&self, index: &[usize]) -> &[f32] {
        let last = self.shape[self.shape.len() - 1];
        let at = index.iter().zip(self.shape).fold(0, |acc, (&i, &d)| acc * d + i) * last;
        &self.data[at..at + last]
    }
}

impl JointOnnxModel {
    /// Loads `dir` (config.json, tokenizer.json and the graph named in the config).
    /// `intra_threads`: ONNX Runtime threads per call (`None`: its default, one per core).
    pub fn load(dir: &Path, intra_threads: Option<usize>) -> Result<JointOnnxModel, ModelError> {
        Self::load_graph(dir, None, intra_threads)
    }

    /// The model with its graph's uint8 weights run as int8 (`signed`, the default on CPUs with VNNI) or
    /// as stored; see [`crate::signed`]. For tests and benchmarks: both give the same integers on VNNI CPUs.
    pub fn with_signed_weights(mut self, signed: bool) -> Result<JointOnnxModel, ModelError> {
        self.sessions = self.sessions.reloaded(signed)?;
        Ok(self)
    }

    /// Whether the graph runs with int8 weights made from its uint8 ones ([`crate::signed`]).
    pub fn signed_weights(&self) -> bool {
        self.sessions.signed_weights()
    }

    /// Like [`JointOnnxModel::load`] but with another graph file of the directory than the config's
    /// (e.g. `model.onnx` vs `model.int8.onnx` for a benchmark).
    pub fn load_graph(
        dir: &Path,
        graph: Option<&str>,
        intra_threads: Option<usize>,
    ) -> Result<JointOnnxModel, ModelError> {
        let mut config: JointConfig = crate::read_json(&dir.join("config.json"))?;
        if let Some(graph) = graph.filter(|g| *g != config.onnx) {
            config.onnx = graph.to_string();
            // `batch_invariant` describes the config's own graph.
            config.batch_invariant = false;
        }
        if config.ner_labels.is_empty() || config.deprels.is_empty() {
            return Err(ModelError::invalid(dir, "config.json: ner_labels and deprels must not be empty"));
        }
        if config.deprels.len() > usize::from(u16::MAX) {
            return Err(ModelError::invalid(dir, "config.json: more than 65535 deprels"));
        }
        let graph = dir.join(&config.onnx);
        if !graph.is_file() {
            return Err(ModelError::invalid(dir, format!("config.json names {} which does not exist", config.onnx)));
        }
        integrity::verify(dir, &config.sha256, &[config.onnx.as_str()])?;
        let encoder = Encoder::from_file(&dir.join("tokenizer.json"), config.max_subtokens)?;
        let sessions = onnx::SessionPool::new(&graph, intra_threads)?;
        for name in ["input_ids", "attention_mask", "shape_ids", "word_index"] {
            if !sessions.inputs().iter().any(|i| i == name) {
                return Err(ModelError::invalid(dir, format!("{} has no input {name}", config.onnx)));
            }
        }
        let events = config.event_heads();
        if events.is_some() {
            for name in ["trigger_logits", "code_logits", "arg_logits"] {
                if !sessions.outputs().iter().any(|o| o == name) {
                    return Err(ModelError::invalid(
                        dir,
                        format!("config.json has event heads, {} has no output {name}", config.onnx),
                    ));
                }
            }
        }
        let pad_id = encoder.pad_id();
        Ok(JointOnnxModel { config, encoder, sessions, pad_id, events })
    }

    pub fn config(&self) -> &JointConfig {
        &self.config
    }

    fn run(&self, rows: &[&Row]) -> Result<Vec<RowOut>, ModelError> {
        let b = rows.len();
        let t = rows.iter().map(|r| r.input_ids.len()).max().unwrap_or(0);
        let w = rows.iter().map(|r| r.word_index.len()).max().unwrap_or(0).max(1);
        let mut ids = vec![self.pad_id; b * t];
        let mut mask = vec![0i64; b * t];
        let mut shapes = vec![0i64; b * t];
        let mut widx = vec![0i64; b * w];
        for (i, row) in rows.iter().enumerate() {
            let n = row.input_ids.len();
            ids[i * t..i * t + n].copy_from_slice(&row.input_ids);
            mask[i * t..i * t + n].fill(1);
            shapes[i * t..i * t + n].copy_from_slice(&row.shape_ids);
            widx[i * w..i * w + row.word_index.len()].copy_from_slice(&row.word_index);
        }
        let inputs = vec![
            onnx::Input { name: "input_ids", shape: vec![b, t], data: ids },
            onnx::Input { name: "attention_mask", shape: vec![b, t], data: mask },
            onnx::Input { name: "shape_ids", shape: vec![b, t], data: shapes },
            onnx::Input { name: "word_index", shape: vec![b, w], data: widx },
        ];
        let mut wanted = vec!["ner_logits", "arc_scores", "rel_logits"];
        if self.events.is_some() {
            wanted.extend(["trigger_logits", "code_logits", "arg_logits"]);
        }
        let outputs = self.sessions.run(inputs, &wanted)?;
        let (nl, nr) = (self.config.ner_labels.len(), self.config.deprels.len());
        let ner = self.checked("ner_logits", &outputs[0], &[b, w, nl])?;
        let arc = self.checked("arc_scores", &outputs[1], &[b, w, w + 1])?;
        let rel = self.checked("rel_logits", &outputs[2], &[b, w, w + 1, nr])?;
        let mut outs: Vec<RowOut> = rows
            .iter()
            .enumerate()
            .map(|(i, row)| {
                let n = row.word_index.len();
                let ner = (0..n).map(|k| ner.row(&[i, k]).to_vec()).collect();
                let arcs = (0..n).map(|k| arc.row(&[i, k])[..=n].to_vec()).collect();
                let rels = (0..n)
                    .map(|k| (0..=n).map(|j| argmax(rel.row(&[i, k, j]).iter().copied(), None) as u16).collect())
                    .collect();
                RowOut { ner, arcs, rels, trig: Vec::new(), codes: Vec::new(), args: Vec::new() }
            })
            .collect();
        if let Some(heads) = &self.events {
            let (tl, cl, al) = (heads.trigger_labels.len(), heads.code_labels.len(), heads.arg_labels.len());
            let trig = self.checked("trigger_logits", &outputs[3], &[b, w, tl])?;
            let code = self.checked("code_logits", &outputs[4], &[b, w, cl])?;
            let arg = self.checked("arg_logits", &outputs[5], &[b, w, w, al])?;
            for (i, out) in outs.iter_mut().enumerate() {
                let n = out.ner.len();
                out.trig = (0..n).map(|k| trig.row(&[i, k]).to_vec()).collect();
                out.codes = (0..n).map(|k| code.row(&[i, k]).to_vec()).collect();
                out.args = (0..n).map(|k| (0..n).map(|j| arg.row(&[i, k, j]).to_vec()).collect()).collect();
            }
        }
        Ok(outs)
    }

    /// `output` as a [`Scores`] view once its shape is `want`.
    fn checked<'a>(&self, name: &str, output: &'a onnx::Output, want: &[usize]) -> Result<Scores<'a>, ModelError> {
        if output.shape == want {
            Ok(Scores { shape: &output.shape, data: &output.data })
        } else {
            Err(self.bad(format!("{name} has shape {:?}, expected {want:?}", output.shape)))
        }
    }

    fn bad(&self, message: String) -> ModelError {
        ModelError::Output { model: self.config.name.clone(), message }
    }

    /// Joins the rows of one sentence of `n` words: each word's scores come from the row that owns it.
    fn assemble(&self, n: usize, rows: &[&Row], outs: &[&RowOut]) -> (JointScores, Vec<usize>) {
        let owner = owners(rows, n);
        let mut scores = JointScores {
            ner_logits: Vec::with_capacity(n),
            arc_scores: vec![vec![f32::NEG_INFINITY; n + 1]; n],
            ..JointScores::default()
        };
        for (wd, &r) in owner.iter().enumerate() {
            let (row, out) = (rows[r], outs[r]);
            let k = wd - row.words.start;
            scores.ner_logits.push(out.ner[k].clone());
            if !out.trig.is_empty() {
                scores.trigger_logits.push(out.trig[k].clone());
                scores.code_logits.push(out.codes[k].clone());
            }
            for (j, &s) in out.arcs[k].iter().enumerate() {
                let col = if j == 0 { 0 } else { row.words.start + j };
                scores.arc_scores[wd][col] = s;
            }
        }
        (scores, owner)
    }

    /// The analysis of one sentence of `n` words from its rows.
    fn decode(&self, n: usize, rows: &[&Row], outs: &[&RowOut]) -> SentenceAnalysis {
        let owner = owners(rows, n);
        let local = |wd: usize| (rows[owner[wd]], outs[owner[wd]], wd - rows[owner[wd]].words.start);
        let ner_logits: Vec<Vec<f32>> = (0..n)
            .map(|wd| {
                let (_, out, k) = local(wd);
                out.ner[k].clone()
            })
            .collect();
        // NER: BIO-constrained Viterbi (models/FORMAT.md); each word's score is its label's probability.
        let path = bio::viterbi(&ner_logits, &self.config.ner_labels);
        let labels: Vec<bio::WordLabel> = ner_logits
            .iter()
            .zip(&path)
            .map(|(logits, &best)| bio::WordLabel {
                label: &self.config.ner_labels[best],
                prob: softmax(logits.clone())[best],
            })
            .collect();
        let heads = tree_heads(n, rows, outs, &owner);
        let deprels = heads
            .iter()
            .enumerate()
            .map(|(wd, &h)| {
                let (row, out, k) = local(wd);
                let rel = match h {
                    0 => usize::from(out.rels[k][0]),
                    // A head outside the owner's window (only when nothing else connects, or where pieces
                    // of a long sentence are joined): no score for it.
                    _ if !row.words.contains(&(h - 1)) => self.fallback_rel(),
                    _ => usize::from(out.rels[k][h - row.words.start]),
                };
                self.config.deprels[rel].clone()
            })
            .collect();
        let (triggers, argument_hints, ruled_out) =
            self.events.as_ref().map(|h| decode_events(h, n, rows, outs, &owner)).unwrap_or_default();
        let parse = Some(Parse { heads, deprels });
        SentenceAnalysis { entities: bio::entities(&labels), parse, triggers, argument_hints, ruled_out }
    }

    /// Runs the batch: rows of all non-empty sentences (in sentence order) and their outputs.
    fn forward(&self, batch: &[Vec<&str>]) -> Result<(Vec<Row>, Vec<RowOut>), ModelError> {
        let mut rows: Vec<Row> = Vec::new();
        for (s, words) in batch.iter().enumerate() {
            if !words.is_empty() {
                rows.extend(self.encoder.rows(s, words)?);
            }
        }
        let mut order: Vec<usize> = (0..rows.len()).collect();
        order.sort_by_key(|&r| row_size(&rows[r]));
        let mut outs: Vec<Option<RowOut>> = (0..rows.len()).map(|_| None).collect();
        for chunk in self.calls(&rows, &order) {
            let chunk_rows: Vec<&Row> = chunk.iter().map(|&r| &rows[r]).collect();
            for (&r, out) in chunk.iter().zip(self.run(&chunk_rows)?) {
                outs[r] = Some(out);
            }
        }
        let outs = outs.into_iter().map(|o| o.expect("every row was run")).collect();
        Ok((rows, outs))
    }

    /// Rows (indices into `rows`, `order` sorted by [`row_size`]) grouped into ONNX Runtime calls: runs of
    /// equal size up to [`MAX_ROWS_PER_RUN`] rows for a batch-invariant graph, one row per call otherwise.
    /// Equal size, no padding: measured on 300 EWT dev sentences, rows padded to the longest of the call gave
    /// arc scores that differ from the row alone in the last bits (15 of 300 with equal sub-tokens and
    /// padded words), rows of equal size were bitwise equal (300 of 300).
    fn calls<'o>(&self, rows: &[Row], order: &'o [usize]) -> Vec<&'o [usize]> {
        calls(self.config.batch_invariant, rows, order)
    }

    /// Calls `f(sentence, rows, outputs)` for each non-empty sentence of a forward pass.
    fn each_sentence(rows: &[Row], outs: &[RowOut], mut f: impl FnMut(usize, &[&Row], &[&RowOut])) {
        let mut start = 0;
        while start < rows.len() {
            let s = rows[start].sentence;
            let end = start + rows[start..].iter().take_while(|r| r.sentence == s).count();
            let srows: Vec<&Row> = rows[start..end].iter().collect();
            let souts: Vec<&RowOut> = outs[start..end].iter().collect();
            f(s, &srows, &souts);
            start = end;
        }
    }

    /// The raw scores behind [`SentenceModel::analyze`], per sentence (for parity tests and diagnostics).
    pub fn scores(&self, batch: &[Vec<&str>]) -> Result<Vec<JointScores>, ModelError> {
        let (rows, outs) = self.forward(batch)?;
        let mut result = vec![JointScores::default(); batch.len()];
        Self::each_sentence(&rows, &outs, |s, r, o| result[s] = self.assemble(batch[s].len(), r, o).0);
        Ok(result)
    }

    /// `dep` (UD's unspecified relation), else the first non-root relation.
    fn fallback_rel(&self) -> usize {
        let rels = &self.config.deprels;
        rels.iter().position(|r| r == "dep").or_else(|| rels.iter().position(|r| r != "root")).unwrap_or(0)
    }
}

impl SentenceModel for JointOnnxModel {
    fn analyze(&self, batch: &[Vec<&str>]) -> Result<Vec<SentenceAnalysis>, ModelError> {
        let (rows, outs) = self.forward(batch)?;
        let empty = SentenceAnalysis {
            entities: vec![],
            parse: Some(Parse { heads: vec![], deprels: vec![] }),
            ..SentenceAnalysis::default()
        };
        let mut result = vec![empty; batch.len()];
        Self::each_sentence(&rows, &outs, |s, r, o| result[s] = self.decode(batch[s].len(), r, o));
        Ok(result)
    }

    fn name(&self) -> &str {
        &self.config.name
    }
}

impl std::fmt::Debug for JointOnnxModel {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("JointOnnxModel").field("config", &self.config).finish_non_exhaustive()
    }
}

/// What the event heads give one sentence of `n` words.
type EventReading = (Vec<casus_core::TriggerHint>, Vec<Vec<casus_core::ArgumentHint>>, Vec<bool>);

/// The event heads' triggers of one sentence of `n` words, the arguments of every word read as a
/// trigger head, and the words they rule out: each word's logits from the window that owns it; a
/// trigger's arguments are the words of that same window.
fn decode_events(heads: &EventHeads, n: usize, rows: &[&Row], outs: &[&RowOut], owner: &[usize]) -> EventReading {
    let local = |wd: usize| (rows[owner[wd]], outs[owner[wd]], wd - rows[owner[wd]].words.start);
    let triggers: Vec<Vec<f32>> = (0..n).map(|wd| local(wd).1.trig[local(wd).2].clone()).collect();
    let codes: Vec<Vec<f32>> = (0..n).map(|wd| local(wd).1.codes[local(wd).2].clone()).collect();
    let args = |i: usize, j: usize| -> Option<&[f32]> {
        let (row, out, k) = local(i);
        row.words.contains(&j).then(|| out.args[k][j - row.words.start].as_slice())
    };
    let logits = EventLogits { triggers: &triggers, codes: &codes, args: &args };
    (events::decode(&logits, heads), events::arguments_per_word(&logits, heads), events::ruled_out(&logits, heads))
}

/// Heads of a sentence's tree. Up to [`mst::MAX_TREE_WORDS`] words, one tree over all words (as the
/// training script's decoder). Longer sentences (tables, lists, scraped pages without punctuation) are
/// decoded piecewise so that time and memory grow linearly: one tree per run of words owned by the same
/// window, the root of each later piece attached to the root of the first.
fn tree_heads(n: usize, rows: &[&Row], outs: &[&RowOut], owner: &[usize]) -> Vec<usize> {
    if n <= mst::MAX_TREE_WORDS {
        return mst::decode_tree(&log_probs(0..n, rows, outs, owner));
    }
    let mut heads = vec![0usize; n];
    let mut first_root: Option<usize> = None;
    let mut start = 0;
    while start < n {
        let end = start + owner[start..].iter().take_while(|&&o| o == owner[start]).count();
        let piece = mst::decode_tree(&log_probs(start..end, rows, outs, owner));
        let root = start + piece.iter().position(|&h| h == 0).unwrap_or(0);
        for (i, &h) in piece.iter().enumerate() {
            heads[start + i] = match (h, first_root) {
                (0, Some(first)) => first + 1,
                (0, None) => 0,
                (h, _) => start + h,
            };
        }
        first_root.get_or_insert(root);
        start = end;
    }
    heads
}

/// For the words `words` of a sentence: each word's log-softmax over its owner window's head scores
/// (as the training script's decoder), as rows over ROOT and `words` (heads outside are `NEG_INFINITY`).
fn log_probs(words: Range<usize>, rows: &[&Row], outs: &[&RowOut], owner: &[usize]) -> Vec<Vec<f32>> {
    words
        .clone()
        .map(|wd| {
            let (row, out) = (rows[owner[wd]], outs[owner[wd]]);
            let mut scores = vec![f32::NEG_INFINITY; words.len() + 1];
            for (j, s) in log_softmax(&out.arcs[wd - row.words.start]).into_iter().enumerate() {
                if j == 0 {
                    scores[0] = s;
                } else if words.contains(&(row.words.start + j - 1)) {
                    scores[row.words.start + j - words.start] = s;
                }
            }
            scores
        })
        .collect()
}

fn softmax(mut v: Vec<f32>) -> Vec<f32> {
    let max = v.iter().copied().fold(f32::NEG_INFINITY, f32::max);
    let mut sum = 0.0;
    for x in v.iter_mut() {
        *x = (*x - max).exp();
        sum += *x;
    }
    v.iter_mut().for_each(|x| *x /= sum);
    v
}

/// Log-softmax over the finite entries (`NEG_INFINITY` stays).
fn log_softmax(row: &[f32]) -> Vec<f32> {
    let max = row.iter().copied().filter(|x| x.is_finite()).fold(f32::NEG_INFINITY, f32::max);
    if !max.is_finite() {
        return row.to_vec();
    }
    let sum: f64 = row.iter().filter(|x| x.is_finite()).map(|&x| f64::from(x - max).exp()).sum();
    let log_sum = sum.ln() as f32;
    row.iter().map(|&x| if x.is_finite() { x - max - log_sum } else { x }).collect()
}

/// Index of the largest value, skipping `skip`; the first on ties.
/// See [`JointOnnxModel::calls`].
fn calls<'o>(batch_invariant: bool, rows: &[Row], order: &'o [usize]) -> Vec<&'o [usize]> {
    if !batch_invariant {
        return order.chunks(1).collect();
    }
    let mut calls = Vec::new();
    let mut start = 0;
    while start < order.len() {
        let size = row_size(&rows[order[start]]);
        let run = order[start..].iter().take(MAX_ROWS_PER_RUN).take_while(|&&r| row_size(&rows[r]) == size);
        let end = start + run.count();
        calls.push(&order[start..end]);
        start = end;
    }
    calls
}

/// A row's shape in a call: (sub-tokens, words).
fn row_size(row: &Row) -> (usize, usize) {
    (row.input_ids.len(), row.word_index.len())
}

fn argmax(values: impl Iterator<Item = f32>, skip: Option<usize>) -> usize {
    let mut best: Option<(usize, f32)> = None;
    for (i, v) in values.enumerate() {
        if Some(i) != skip && best.is_none_or(|(_, b)| v > b) {
            best = Some((i, v));
        }
    }
    best.map_or(0, |(i, _)| i)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn row(sentence: usize, subtokens: usize, words: usize) -> Row {
        Row {
            sentence,
            words: 0..words,
            input_ids: vec![1; subtokens],
            shape_ids: vec![0; subtokens],
            word_index: vec![1; words],
        }
    }

    #[test]
    fn calls_group_rows_of_equal_size_only_when_the_graph_is_batch_invariant() {
        let rows: Vec<Row> =
            [(5, 3), (5, 3), (5, 2), (7, 3), (5, 3)].iter().enumerate().map(|(s, &(t, w))| row(s, t, w)).collect();
        let mut order: Vec<usize> = (0..rows.len()).collect();
        order.sort_by_key(|&r| row_size(&rows[r]));
        assert_eq!(calls(true, &rows, &order), vec![&[2][..], &[0, 1, 4][..], &[3][..]]);
        assert_eq!(calls(false, &rows, &order).len(), 5);
        let many: Vec<Row> = (0..MAX_ROWS_PER_RUN + 3).map(|s| row(s, 4, 2)).collect();
        let order: Vec<usize> = (0..many.len()).collect();
        let sizes: Vec<usize> = calls(true, &many, &order).iter().map(|c| c.len()).collect();
        assert_eq!(sizes, vec![MAX_ROWS_PER_RUN, 3]);
    }

    #[test]
    fn argmax_skips_and_prefers_first() {
        assert_eq!(argmax([1.0, 3.0, 3.0].into_iter(), None), 1);
        assert_eq!(argmax([1.0, 3.0, 2.0].into_iter(), Some(1)), 2);
        assert_eq!(argmax([5.0, 1.0].into_iter(), Some(0)), 1);
    }

    #[test]
    fn log_softmax_keeps_forbidden_columns() {
        let l = log_softmax(&[0.0, f32::NEG_INFINITY, 0.0]);
        assert!((l[0] - (0.5f32).ln()).abs() < 1e-6 && l[1] == f32::NEG_INFINITY);
    }

    #[test]
    fn softmax_sums_to_one() {
        let p = softmax(vec![1.0, 2.0, 3.0]);
        assert!((p.iter().sum::<f32>() - 1.0).abs() < 1e-6);
        assert!(p[2] > p[1] && p[1] > p[0]);
    }
}
