//! `casus incidents`: group event records (the output of `casus extract`) into incident records.
use crate::output::Output;
use anyhow::{Context, Result};
use casus_incidents::{build_incidents, Options};
use std::collections::HashMap;
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(clap::Args)]
pub struct Args {
    /// Event records (JSON Lines), e.g. the output of `casus extract`; several files are read as one set.
    #[arg(required = true)]
    events: Vec<PathBuf>,
    /// Write incidents here instead of stdout (the file appears when the run ends).
    #[arg(short, long)]
    output: Option<PathBuf>,
    /// TSV of `doc_id<TAB>pub_date` (as for `casus extract`): publication days, for the background
    /// flag; without it a story is taken to be published on the latest day its events name.
    #[arg(long)]
    manifest: Option<PathBuf>,
    /// Smallest evidence score that joins two events (see docs/incidents.md).
    #[arg(long, default_value_t = Options::default().threshold)]
    threshold: i32,
}

pub fn run(args: Args) -> Result<ExitCode> {
    let mut events = Vec::new();
    for path in &args.events {
        events.extend(casus_eval::read_events(path)?);
    }
    let pub_dates = match &args.manifest {
        Some(p) => read_manifest(p)?,
        None => HashMap::new(),
    };
    let opts = Options { threshold: args.threshold, ..Options::default() };
    let incidents = build_incidents(&events, &pub_dates, &opts).context("cannot group the events")?;
    let mut out = Output::open(args.output.as_deref())?;
    let w = out.writer();
    for incident in &incidents {
        serde_json::to_writer(&mut *w, incident)?;
        w.write_all(b"\n")?;
    }
    out.finish()?;
    eprintln!("{} events, {} incidents", events.len(), incidents.len());
    Ok(ExitCode::SUCCESS)
}

/// `doc_id<TAB>pub_date` lines; a header, blank lines and `#` comments are skipped.
fn read_manifest(path: &std::path::Path) -> Result<HashMap<String, String>> {
    let text = std::fs::read_to_string(path).with_context(|| format!("cannot read {}", path.display()))?;
    Ok(text
        .lines()
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
        .filter_map(|l| {
            let mut cols = l.split('\t');
            Some((cols.next()?.trim().to_string(), cols.next()?.trim().to_string()))
        })
        .filter(|(_, d)| d.chars().next().is_some_and(|c| c.is_ascii_digit()))
        .collect())
}
