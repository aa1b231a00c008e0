//! `casus incidents`: group event records (the output of `casus extract`) into incident records.
use crate::output::Output;
use anyhow::{Context, Result};
use casus_core::Event;
use casus_incidents::{build_incidents, Options};
use std::collections::HashMap;
use std::path::{Path, PathBuf};
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
    let n = write_incidents(&events, &pub_dates, &opts, Output::open(args.output.as_deref())?)?;
    eprintln!("{} events, {n} incidents", events.len());
    Ok(ExitCode::SUCCESS)
}

/// Groups `events` and writes the incident records to `out`; returns how many incidents there are.
fn write_incidents(
    events: &[Event],
    pub_dates: &HashMap<String, String>,
    opts: &Options,
    mut out: Output,
) -> Result<usize> {
    let incidents = build_incidents(events, pub_dates, opts).context("cannot group the events")?;
    let w = out.writer();
    for incident in &incidents {
        serde_json::to_writer(&mut *w, incident)?;
        w.write_all(b"\n")?;
    }
    out.finish()?;
    Ok(incidents.len())
}

/// The events of a `casus extract` run kept for `--incidents`, with each document's publication day,
/// and where their incidents go (opened before the run, so a bad path stops it before any work).
pub struct Collected {
    events: Vec<Event>,
    pub_dates: HashMap<String, String>,
    out: Output,
    path: PathBuf,
}

impl Collected {
    pub fn open(path: &Path) -> Result<Collected> {
        let out = Output::open(Some(path)).with_context(|| format!("--incidents {}", path.display()))?;
        Ok(Collected { events: Vec::new(), pub_dates: HashMap::new(), out, path: path.to_path_buf() })
    }

    /// One document's events; `published` is its publication day (`YYYY-MM-DD`), if it has one.
    pub fn add(&mut self, doc: &str, published: Option<String>, events: &[Event]) {
        if let Some(day) = published {
            self.pub_dates.insert(doc.to_string(), day);
        }
        self.events.extend_from_slice(events);
    }

    /// Groups the collected events and writes their incidents; returns how many there are.
    pub fn write(self) -> Result<usize> {
        let path = self.path.display().to_string();
        write_incidents(&self.events, &self.pub_dates, &Options::default(), self.out)
            .with_context(|| format!("--incidents {path}"))
    }
}

/// `doc_id<TAB>pub_date` lines; a header, blank lines and `#` comments are skipped.
fn read_manifest(path: &Path) -> Result<HashMap<String, String>> {
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
