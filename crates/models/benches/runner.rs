//! Joint-model throughput: sentences/s at batch 1, 8 and 32 on the bundled corpus (corpus/docs/*.txt),
//! for each graph `model*.onnx` of the model directory (fp32 `model.onnx`, int8 `model.int8.onnx`, ...),
//! then the process's peak RSS. A graph with its int8 weights stored as uint8 (`models/train/u8weights.py`)
//! runs twice: as stored (uint8 × uint8 kernels) and `+signed` (weights turned to int8 in memory,
//! `casus_models::signed`: what casus does on CPUs with VNNI; elsewhere that kernel saturates, so casus
//! does not). A batch is consecutive sentences of the corpus; `analyze` runs rows of equal size together
//! when the config says the graph is batch-invariant, else one row per call.
//!
//!     source scripts/cargo-env.sh && cargo bench -p casus-models --bench runner
//!
//! Model: models/news (skipped with a message while it is absent), or `CASUS_BENCH_MODEL=<dir>`.
//! Threads: ONNX Runtime's default (one per core) unless `CASUS_BENCH_THREADS` is set.
use casus_core::Document;
use casus_models::{JointOnnxModel, SentenceModel};
use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use std::path::PathBuf;
use std::time::Duration;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// Sentences of the bundled corpus, as words.
fn sentences() -> Vec<Vec<String>> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(root().join("corpus/docs"))
        .map(|rd| rd.flatten().map(|e| e.path()).filter(|p| p.extension().is_some_and(|x| x == "txt")).collect())
        .unwrap_or_default();
    files.sort();
    let mut out = Vec::new();
    for f in files {
        let text = std::fs::read_to_string(&f).unwrap_or_default();
        if let Ok(doc) = Document::new("b", text, None, None) {
            out.extend(doc.sentences.iter().map(|s| s.tokens.iter().map(|t| t.text.clone()).collect()));
        }
    }
    if out.is_empty() {
        out.push(
            "Azerbaijani armed forces fired on Armenian combat positions near Nerkin Hand ."
                .split(' ')
                .map(String::from)
                .collect(),
        );
    }
    out
}

fn bench(c: &mut Criterion) {
    let dir = std::env::var_os("CASUS_BENCH_MODEL").map(PathBuf::from).unwrap_or_else(|| root().join("models/news"));
    if !dir.join("config.json").is_file() {
        eprintln!("runner bench skipped: no model at {} (set CASUS_BENCH_MODEL=<dir>)", dir.display());
        return;
    }
    let threads = std::env::var("CASUS_BENCH_THREADS").ok().and_then(|t| t.parse().ok());
    // Every graph of the directory (model.onnx fp32, model.int8.onnx, variants such as model.row8.onnx), each
    // run as the config describes it (batch_invariant: rows of equal size share a call).
    let mut graphs: Vec<Option<String>> = std::fs::read_dir(&dir)
        .map(|rd| {
            rd.flatten()
                .map(|e| e.file_name().to_string_lossy().into_owned())
                .filter(|n| n.starts_with("model") && n.ends_with(".onnx"))
                .map(Some)
                .collect()
        })
        .unwrap_or_default();
    graphs.sort();
    if graphs.is_empty() {
        graphs.push(None); // whatever config.json names
    }
    let sentences = sentences();
    let words: Vec<Vec<&str>> = sentences.iter().map(|s| s.iter().map(String::as_str).collect()).collect();
    let mean_words = words.iter().map(Vec::len).sum::<usize>() as f64 / words.len() as f64;
    eprintln!("{} sentences, {mean_words:.1} words on average", words.len());
    for graph in graphs {
        let model = match JointOnnxModel::load_graph(&dir, graph.as_deref(), threads)
            .and_then(|m| m.with_signed_weights(false))
        {
            Ok(m) => m,
            // e.g. a graph that config.json's sha256 does not list
            Err(e) => {
                eprintln!("{graph:?} skipped: {e}");
                continue;
            }
        };
        let label = graph.clone().unwrap_or_else(|| model.config().onnx.clone());
        bench_model(c, &model, &label, &words);
        // The same graph with its uint8 weights run as int8 (only the session pool is made again).
        match model.with_signed_weights(true) {
            Ok(model) if model.signed_weights() => bench_model(c, &model, &format!("{label}+signed"), &words),
            Ok(_) => {} // no uint8 weights to turn
            Err(e) => eprintln!("{label}+signed skipped: {e}"),
        }
    }
    let status = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    if let Some(line) = status.lines().find(|l| l.starts_with("VmHWM")) {
        eprintln!("peak RSS ({}): {}", dir.display(), line.trim_start_matches("VmHWM:").trim());
    }
}

/// Sentences/s of `model` at batch 1, 8 and 32 (consecutive sentences of the corpus).
fn bench_model(c: &mut Criterion, model: &JointOnnxModel, label: &str, words: &[Vec<&str>]) {
    let mut group = c.benchmark_group(format!("{}/{label}", model.name()));
    group.sample_size(10).measurement_time(Duration::from_secs(4)).warm_up_time(Duration::from_secs(1));
    for batch_size in [1usize, 8, 32] {
        group.throughput(Throughput::Elements(batch_size as u64));
        group.bench_with_input(BenchmarkId::new("sentences", batch_size), &batch_size, |b, &n| {
            let mut at = 0;
            b.iter(|| {
                let batch: Vec<Vec<&str>> = (0..n).map(|k| words[(at + k) % words.len()].clone()).collect();
                at += n;
                model.analyze(&batch).unwrap()
            })
        });
    }
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
