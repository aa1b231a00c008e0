//! `casus eval`: score predicted events against gold, or run the PETRARCH-2 validation sentences.
use anyhow::{bail, Context, Result};
use casus_eval::{check_floor, evaluate_files, load_floor, load_petrarch, score_petrarch, EvalOptions};
use casus_pipeline::{DateSources, Outcome, Pipeline, RawDoc};
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(clap::Args)]
pub struct Args {
    /// Gold events (JSON Lines).
    #[arg(long, required_unless_present = "petrarch", requires = "pred")]
    gold: Option<PathBuf>,
    /// Predicted events (JSON Lines), e.g. the output of `casus extract`.
    #[arg(long)]
    pred: Option<PathBuf>,
    /// Print the report as JSON instead of tables.
    #[arg(long)]
    json: bool,
    /// Exit non-zero when a headline metric is below its minimum in this file (eval/floor.json).
    #[arg(long)]
    floor: Option<PathBuf>,
    /// Rows in the worst-misses list.
    #[arg(long, default_value_t = 20)]
    worst: usize,
    /// Instead: extract from the PETRARCH-2 validation file and report agreement on
    /// (source country, CAMEO root, target country).
    #[arg(long, conflicts_with_all = ["gold", "pred"])]
    petrarch: Option<PathBuf>,
    /// Model directory for --petrarch (default: as for `casus extract`).
    #[arg(long)]
    models: Option<PathBuf>,
}

pub fn run(args: Args) -> Result<ExitCode> {
    if let Some(path) = &args.petrarch {
        return petrarch(&args, path);
    }
    let (Some(gold), Some(pred)) = (&args.gold, &args.pred) else { bail!("--gold and --pred are both needed") };
    let report = evaluate_files(gold, pred, &EvalOptions { worst_n: args.worst })?;
    if args.json {
        println!("{}", report.to_json());
    } else {
        println!("{}", report.to_text());
    }
    if let Some(floor) = &args.floor {
        let failures = check_floor(&report, &load_floor(floor)?);
        if !failures.is_empty() {
            for f in &failures {
                eprintln!("casus: below the floor of {}: {f}", floor.display());
            }
            return Ok(ExitCode::from(1));
        }
        eprintln!("all headline metrics are at or above {}", floor.display());
    }
    Ok(ExitCode::SUCCESS)
}

fn petrarch(args: &Args, path: &std::path::Path) -> Result<ExitCode> {
    let cases = load_petrarch(path).with_context(|| format!("cannot read {}", path.display()))?;
    let annotator = crate::model::annotator(args.models.as_deref(), false)?;
    let pipeline = Pipeline::new(annotator, DateSources::default());
    let batch = cases
        .iter()
        .map(|c| {
            let published = c.date.map(|d| d.format("%Y-%m-%d").to_string());
            Ok(RawDoc { id: c.id.clone(), text: c.text.clone(), published, title: None })
        })
        .collect();
    let mut events = Vec::new();
    for outcome in pipeline.process(batch) {
        match outcome {
            Outcome::Done { events: e, .. } => events.extend(e),
            Outcome::Failed(e) => eprintln!("casus: document {}: {}", e.doc, e.reason),
        }
    }
    let report = score_petrarch(&cases, &events);
    println!("{}", if args.json { report.to_json() } else { report.to_text() });
    Ok(ExitCode::SUCCESS)
}
