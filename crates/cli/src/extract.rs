//! `casus extract`: stream documents through the pipeline, events to JSON Lines (or a CSV / TSV table).
use crate::incidents::Collected;
use crate::interrupt::Interrupt;
use crate::output::{check_not_an_input, is_broken_pipe, is_stdout, Output};
use crate::progress::Progress;
use anyhow::{Context, Result};
use casus_pipeline::{
    DateSources, EventWriter, Format, Inputs, Manifest, Outcome, Pipeline, Summary, DEFAULT_MAX_DOC_BYTES,
};
use std::io::{self, IsTerminal};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

/// Exit code when stdout is a pipe closed by its reader (`casus extract ... | head`): 128 + SIGPIPE, what
/// a shell reports for a tool the closed pipe stopped. Nothing is printed.
const BROKEN_PIPE: u8 = 141;

#[derive(clap::Args)]
pub struct Args {
    /// Inputs: .txt files (doc id = file stem), folders (recursive), .jsonl files, `-` for stdin.
    #[arg(required = true)]
    inputs: Vec<PathBuf>,
    /// Write events here instead of stdout (`-`: stdout; the file appears when the run ends; it must not be an input).
    #[arg(short, long)]
    output: Option<PathBuf>,
    /// TSV of `doc_id<TAB>pub_date`: publication dates for relative date resolution.
    #[arg(long)]
    manifest: Option<PathBuf>,
    /// Publication date (YYYY-MM-DD) for documents that have none of their own.
    #[arg(long)]
    pub_date: Option<String>,
    /// Worker threads (default: all cores).
    #[arg(long)]
    threads: Option<usize>,
    /// Documents read and processed together; memory grows with it.
    #[arg(long, default_value_t = 64)]
    batch_size: usize,
    /// Documents larger than this many bytes (as read) are rejected.
    #[arg(long, default_value_t = DEFAULT_MAX_DOC_BYTES)]
    max_doc_bytes: usize,
    /// Model directory (default: $CASUS_MODELS, else models/news of this checkout).
    #[arg(long, conflicts_with = "no_models")]
    models: Option<PathBuf>,
    /// Run without the model stage: no entities, no parse, hence no events (for timing the rest).
    #[arg(long)]
    no_models: bool,
    /// A Hugging Face token-classification folder (config.json with id2label, vocab.txt,
    /// model.safetensors) whose entities replace the model's; the model still parses. Labels should be
    /// casus's (PER, ORG, GPE, LOC, NORP). Needs casus built with the `torch` feature.
    #[arg(long, conflicts_with = "no_models")]
    ner_model: Option<PathBuf>,
    /// Where event triggers come from: the lexicon (`rules`), the model's event heads (`model`), or
    /// `both` (the lexicon's triggers that the model does not rule out, plus the model's where the
    /// lexicon finds nothing). A model without event heads gives rules only.
    #[arg(long, default_value = "both")]
    triggers: casus_pipeline::TriggerSource,
    /// Add the PETRARCH2 / Phoenix CAMEO dictionaries of this folder (CAMEO verb patterns,
    /// Phoenix agents and actors, in PETRARCH's formats) to the lexicon and party gazetteer; actors as
    /// they stood on --pub-date, else today. The project's own entries win where both know a phrase.
    /// PETRARCH's verb patterns over-generate on news prose (news dev event F1 0.509 → 0.428 with all
    /// three parts); see README.
    #[arg(long)]
    dictionaries: Option<PathBuf>,
    /// Which parts of --dictionaries to use, comma-separated: verbs, agents, actors.
    #[arg(long, value_delimiter = ',', default_value = "verbs,agents,actors", requires = "dictionaries")]
    dictionary_parts: Vec<casus_pipeline::DictionaryPart>,
    /// Leave out records whose learned confidence (their `confidence` field, 0 to 1; docs/confidence.md)
    /// is under this; 0 keeps every record. Default: the scorer's cut (half the held-out dev event F1).
    #[arg(long, value_parser = probability)]
    min_confidence: Option<f64>,
    /// A record scorer written by crates/confidence/train/train.py (default: the one built in).
    #[arg(long)]
    scorer: Option<PathBuf>,
    /// Also group the events into incidents (as `casus incidents` does, publication days as read) and
    /// write them to this file, which appears when the run ends, as the events' file does.
    #[arg(long)]
    incidents: Option<PathBuf>,
    /// jsonl (the event records), csv or tsv (one row per event: docs/flat-output.md). Default: from
    /// the -o name (.csv, .tsv), else jsonl.
    #[arg(long)]
    format: Option<Format>,
    #[command(flatten)]
    fields: crate::fields::FieldArgs,
    /// No progress bar, no summary.
    #[arg(short, long)]
    quiet: bool,
}

pub fn run(args: Args) -> Result<ExitCode> {
    let manifest_path: Vec<&Path> = args.manifest.iter().map(PathBuf::as_path).collect();
    for out in args.output.iter().chain(&args.incidents) {
        check_not_an_input(out, &args.inputs, &manifest_path)?;
    }
    if args.incidents.is_some() && args.incidents == args.output {
        anyhow::bail!("--incidents and -o name the same file");
    }
    // Events and incidents in one stream could not be told apart.
    if args.incidents.as_deref().is_some_and(is_stdout) && args.output.as_deref().is_none_or(is_stdout) {
        anyhow::bail!("--incidents - and the events would both go to stdout; give the events a file with -o FILE");
    }
    if let Some(n) = args.threads {
        rayon::ThreadPoolBuilder::new().num_threads(n.max(1)).build_global().context("cannot start the thread pool")?;
    }
    let manifest = match &args.manifest {
        Some(p) => Manifest::read(p).map_err(anyhow::Error::msg)?,
        None => Manifest::default(),
    };
    if let Some(d) = &args.pub_date {
        casus_core::parse_pub_date(d).with_context(|| format!("--pub-date {d:?}"))?;
    }
    if let Some(dir) = &args.dictionaries {
        let on = args.pub_date.as_deref().and_then(|d| casus_core::parse_pub_date(d).ok());
        let added = casus_pipeline::install_dictionaries(dir, &args.dictionary_parts, on)
            .map_err(|e| anyhow::anyhow!("--dictionaries {}: {e}", dir.display()))?;
        if !args.quiet {
            eprintln!(
                "dictionaries: {} trigger phrases, {} role words, {} actors from {} ({} lines skipped)",
                added.triggers,
                added.roles,
                added.actors,
                dir.display(),
                added.skipped
            );
        }
    }
    let annotator = crate::model::annotator(args.models.as_deref(), args.no_models, args.ner_model.as_deref())?;
    let mut pipeline = Pipeline::new(annotator, DateSources { manifest, default: args.pub_date.clone() });
    pipeline.events.triggers = args.triggers;
    if let Some(path) = &args.scorer {
        pipeline.set_scorer(casus_confidence::Scorer::from_file(path)?);
    }
    if let Some(cut) = args.min_confidence {
        pipeline.set_min_confidence(cut)?;
    }
    let interrupt = Interrupt::install()?;
    let mut out = Output::open(args.output.as_deref())?;
    let mut collected = args.incidents.as_deref().map(Collected::open).transpose()?;
    let written = write_events(&args, &pipeline, &interrupt, &mut out, &mut collected);
    let summary = match written.and_then(|s| out.finish().map(|_| s)) {
        Ok(summary) => summary,
        Err(e) if is_broken_pipe(&e) => return Ok(ExitCode::from(BROKEN_PIPE)),
        Err(e) => return Err(e),
    };
    let incidents = collected.map(Collected::write).transpose()?;
    if !args.quiet {
        report(&pipeline, &summary, args.output.as_deref());
        if let (Some(n), Some(path)) = (incidents, &args.incidents) {
            eprintln!("incidents: {n} in {}", path.display());
        }
    }
    let nothing_read = summary.documents == 0 && summary.skipped_total() > 0;
    if nothing_read {
        let kinds: Vec<String> = summary.skipped.iter().map(|(ext, n)| format!("{n} {ext}")).collect();
        eprintln!(
            "casus: no documents read: the input folders hold only files casus does not read ({})",
            kinds.join(", ")
        );
    }
    Ok(if summary.interrupted {
        ExitCode::from(interrupt.exit_code())
    } else if summary.failed.is_empty() && !nothing_read {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    })
}

/// Runs the pipeline over the inputs, events to `out`, failures and progress to stderr.
/// With `collected`, every document's events are also kept there for `--incidents`.
fn write_events(
    args: &Args,
    pipeline: &Pipeline,
    interrupt: &Interrupt,
    out: &mut Output,
    collected: &mut Option<Collected>,
) -> Result<Summary> {
    let inputs = Inputs::new(&args.inputs, args.max_doc_bytes).with_fields(args.fields.fields());
    let skipped = inputs.skipped_files();
    let show = !args.quiet && io::stderr().is_terminal();
    let mut progress = Progress::new(show, inputs.total_bytes(), inputs.bytes_read());
    let format = args.format.or_else(|| args.output.as_deref().and_then(Format::from_path)).unwrap_or_default();
    let mut w = EventWriter::new(out.writer(), format)?;
    let summary = casus_pipeline::run_until(
        inputs,
        pipeline,
        args.batch_size,
        || interrupt.requested(),
        |outcome| -> Result<()> {
            match outcome {
                Outcome::Done { id, published, events: evs, .. } => {
                    if let Some(c) = collected.as_mut() {
                        c.add(id, published.map(|d| d.to_string()), evs);
                    }
                    for e in evs {
                        w.write(e)?;
                    }
                    progress.document(evs.len());
                }
                Outcome::Failed(e) => {
                    progress.say(&format!("casus: document {}: {}", e.doc, e.reason));
                    progress.document(0);
                }
            }
            Ok(())
        },
    );
    progress.finish();
    let mut summary = summary?;
    w.finish()?;
    summary.skipped = skipped.counts();
    Ok(summary)
}

/// A `--min-confidence` value: a number from 0 to 1.
pub(crate) fn probability(text: &str) -> Result<f64, String> {
    let cut = text.parse::<f64>().map_err(|_| format!("{text:?} is not a number from 0 to 1"))?;
    casus_confidence::check_cut(cut).map_err(|e| e.to_string())
}

fn report(pipeline: &Pipeline, summary: &Summary, output: Option<&Path>) {
    if let Some(name) = pipeline.annotator_name() {
        eprintln!("model: {name}");
    }
    eprintln!("{summary}");
    if let Some(p) = output {
        eprintln!("output: {}", p.display());
    }
}
