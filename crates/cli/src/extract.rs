//! `casus extract`: stream documents through the pipeline, events to JSON Lines.
use anyhow::{Context, Result};
use casus_pipeline::{DateSources, Inputs, Manifest, Outcome, Pipeline, DEFAULT_MAX_DOC_BYTES};
use std::fs::File;
use std::io::{self, BufWriter, IsTerminal, Write};
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(clap::Args)]
pub struct Args {
    /// Inputs: .txt files (doc id = file stem), folders (recursive), .jsonl files, `-` for stdin.
    #[arg(required = true)]
    inputs: Vec<PathBuf>,
    /// Write events here instead of stdout.
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
    /// Documents larger than this many bytes are rejected.
    #[arg(long, default_value_t = DEFAULT_MAX_DOC_BYTES)]
    max_doc_bytes: usize,
    /// Model directory (default: $CASUS_MODELS, else models/news of this checkout).
    #[arg(long, conflicts_with = "no_models")]
    models: Option<PathBuf>,
    /// Run without the model stage: no entities, no parse, hence no events (for timing the rest).
    #[arg(long)]
    no_models: bool,
    /// No progress line, no summary.
    #[arg(short, long)]
    quiet: bool,
}

pub fn run(args: Args) -> Result<ExitCode> {
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
    let annotator = crate::model::annotator(args.models.as_deref(), args.no_models)?;
    let pipeline = Pipeline::new(annotator, DateSources { manifest, default: args.pub_date.clone() });
    let mut out: Box<dyn Write> = match &args.output {
        Some(p) => Box::new(BufWriter::new(File::create(p).with_context(|| format!("cannot create {}", p.display()))?)),
        None => Box::new(BufWriter::new(io::stdout().lock())),
    };
    let progress = !args.quiet && io::stderr().is_terminal();
    let inputs = Inputs::new(&args.inputs, args.max_doc_bytes);
    let (mut docs, mut events) = (0usize, 0usize);
    let summary = casus_pipeline::run(inputs, &pipeline, args.batch_size, |outcome| -> Result<()> {
        docs += 1;
        match outcome {
            Outcome::Done { events: evs, .. } => {
                for e in evs {
                    serde_json::to_writer(&mut out, e)?;
                    out.write_all(b"\n")?;
                }
                events += evs.len();
            }
            Outcome::Failed(e) => {
                if progress {
                    eprint!("\r\x1b[K");
                }
                eprintln!("casus: document {}: {}", e.doc, e.reason);
            }
        }
        if progress {
            eprint!("\r\x1b[K{docs} documents, {events} events");
        }
        Ok(())
    })?;
    out.flush().context("cannot write the output")?;
    if progress {
        eprint!("\r\x1b[K");
    }
    if !args.quiet {
        if let Some(name) = pipeline.annotator_name() {
            eprintln!("model: {name}");
        }
        eprintln!("{summary}");
        if let Some(p) = &args.output {
            eprintln!("output: {}", p.display());
        }
    }
    Ok(if summary.failed.is_empty() { ExitCode::SUCCESS } else { ExitCode::from(1) })
}
