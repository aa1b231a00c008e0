//! `casus eval`: score predicted events against gold, or run the PETRARCH-2 validation sentences.
use anyhow::{bail, Context, Result};
use casus_eval::{
    breakdown, check_floor, evaluate, load_floor, load_petrarch, read_events, restrict, score_incidents,
    score_petrarch, tables_beside, DocTable, EvalOptions, EvalReport, IncidentLabels, IncidentScore,
};
use casus_pipeline::{DateSources, Outcome, Pipeline, RawDoc};
use std::io::Write;
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
    #[arg(long, requires = "floor_section")]
    floor: Option<PathBuf>,
    /// The evaluation set's section of the floor file (`seeds`, `news_dev`, `news_test`).
    #[arg(long, requires = "floor")]
    floor_section: Option<String>,
    /// Score only the documents of this split (`train`, `dev`, `test`) of the split table.
    #[arg(long)]
    split: Option<String>,
    /// Also score each group of documents sharing this column of the tables on its own (default:
    /// `region` when the tables have it; `none` for no groups).
    #[arg(long)]
    by: Option<String>,
    /// Per-document tables (`doc_id<TAB>column...`); default: docs.tsv and split.tsv beside the gold file.
    #[arg(long = "table")]
    tables: Vec<PathBuf>,
    /// Incident labels (`event_id<TAB>incident_id`, corpus/incidents.tsv): also score the grouping of
    /// the predictions into incidents (B-cubed, best casualty figures); its metrics join the headline.
    #[arg(long)]
    incidents: Option<PathBuf>,
    /// Score only predicted records whose `confidence` is at least this (records without one are
    /// kept): run `casus extract --min-confidence 0` once, then choose a cut for your own gold.
    #[arg(long, value_parser = crate::extract::probability)]
    min_confidence: Option<f64>,
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
    let (report, incidents) = score(&args, gold, pred)?;
    let text = match (&incidents, args.json) {
        (_, true) => report.to_json(),
        (Some(i), false) => format!("{}\n{}", report.to_text(), i.to_text()),
        (None, false) => report.to_text(),
    };
    let closed = !print_report(&text)?;
    if let Some(floor) = &args.floor {
        let section = args.floor_section.as_deref().unwrap_or_default();
        let floor_set = load_floor(floor)?.section(section).map_err(|e| anyhow::anyhow!("{}: {e}", floor.display()))?;
        let failures = check_floor(&report, &floor_set);
        if !failures.is_empty() {
            for f in &failures {
                eprintln!("casus: below the floor of {} [{section}]: {f}", floor.display());
            }
            return Ok(ExitCode::from(1));
        }
        eprintln!("all headline metrics are at or above {} [{section}]", floor.display());
    }
    Ok(if closed { ExitCode::from(BROKEN_PIPE) } else { ExitCode::SUCCESS })
}

/// Exit code when stdout was closed by its reader (`casus eval ... | head`), as for `casus extract`.
const BROKEN_PIPE: u8 = 141;

/// Prints the report; false when stdout is a pipe its reader closed (the floor is still checked: its
/// verdict goes to stderr and wins the exit code).
fn print_report(text: &str) -> Result<bool> {
    let mut out = std::io::stdout().lock();
    match writeln!(out, "{text}").and_then(|_| out.flush()) {
        Ok(()) => Ok(true),
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(false),
        Err(e) => Err(e).context("cannot write the report to stdout"),
    }
}

/// Reads gold and predictions, keeps the split's documents, scores them, and adds the groups.
fn score(args: &Args, gold: &std::path::Path, pred: &std::path::Path) -> Result<(EvalReport, Option<IncidentScore>)> {
    let (mut gold_events, mut pred_events) = (read_events(gold)?, read_events(pred)?);
    if let Some(min) = args.min_confidence {
        if pred_events.iter().all(|e| e.confidence.is_none()) {
            eprintln!(
                "casus: --min-confidence {min}: no record of {} has a confidence; all are scored",
                pred.display()
            );
        }
        pred_events.retain(|e| casus_confidence::keeps(e, min));
    }
    let paths = if args.tables.is_empty() { tables_beside(gold) } else { args.tables.clone() };
    let mut tables = DocTable::default();
    for p in &paths {
        tables = tables.merge(DocTable::read(p)?);
    }
    if let Some(split) = &args.split {
        if !tables.has_column("split") {
            bail!("--split {split}: no split table (split.tsv beside {}, or --table)", gold.display());
        }
        let docs = tables.select("split", split).map_err(|e| anyhow::anyhow!("--split: {e}"))?;
        gold_events = restrict(gold_events, &docs);
        pred_events = restrict(pred_events, &docs);
    }
    let mut report = evaluate(&gold_events, &pred_events, &EvalOptions { worst_n: args.worst });
    let by = args.by.clone().or_else(|| tables.has_column("region").then(|| "region".to_string()));
    if let Some(column) = by.filter(|c| c != "none") {
        if !tables.has_column(&column) {
            bail!("--by {column}: no table has that column");
        }
        report.groups = breakdown(&gold_events, &pred_events, &column, &tables.groups(&column));
    }
    let incidents = match &args.incidents {
        Some(path) => {
            let labels = IncidentLabels::read(path)?;
            let s = score_incidents(&gold_events, &pred_events, &labels, &Default::default())
                .map_err(|e| anyhow::anyhow!("incidents: {e}"))?;
            report.headline.extend(s.headline());
            Some(s)
        }
        None => None,
    };
    Ok((report, incidents))
}

fn petrarch(args: &Args, path: &std::path::Path) -> Result<ExitCode> {
    let cases = load_petrarch(path).with_context(|| format!("cannot read {}", path.display()))?;
    let annotator = crate::model::annotator(args.models.as_deref(), false, None)?;
    let mut pipeline = Pipeline::new(annotator, DateSources::default());
    if let Some(cut) = args.min_confidence {
        pipeline.set_min_confidence(cut)?;
    }
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
    let printed = print_report(&if args.json { report.to_json() } else { report.to_text() })?;
    Ok(if printed { ExitCode::SUCCESS } else { ExitCode::from(BROKEN_PIPE) })
}
