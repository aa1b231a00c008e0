//! Run statistics for the end-of-run report.
use crate::run::Outcome;
use crate::InputError;
use std::fmt;
use std::time::{Duration, Instant};

#[derive(Debug, Clone)]
pub struct Summary {
    pub documents: usize,
    pub failed: Vec<InputError>,
    pub sentences: usize,
    pub events: usize,
    /// Records under the pipeline's `min_confidence`, left out of `events`.
    pub left_out: usize,
    /// The run was stopped before its inputs were all read (a signal): the documents counted here were
    /// processed and written whole, the rest were not read.
    pub interrupted: bool,
    /// Documents without a publication date, their events, and how many of those have no date.
    pub undated: Undated,
    /// Files of input folders not read, by extension ([`crate::input::SkippedFiles::counts`]); the
    /// caller fills it in after the run.
    pub skipped: Vec<(String, usize)>,
    started: Instant,
    pub elapsed: Duration,
}

impl Summary {
    pub fn start() -> Summary {
        Summary {
            documents: 0,
            failed: Vec::new(),
            sentences: 0,
            events: 0,
            left_out: 0,
            interrupted: false,
            undated: Undated::default(),
            skipped: Vec::new(),
            started: Instant::now(),
            elapsed: Duration::ZERO,
        }
    }

    pub fn add(&mut self, outcome: &Outcome) {
        self.documents += 1;
        match outcome {
            Outcome::Done { sentences, events, published, left_out, .. } => {
                self.sentences += sentences;
                self.events += events.len();
                self.left_out += left_out;
                if published.is_none() {
                    self.undated.documents += 1;
                    self.undated.events += events.len();
                    self.undated.events_without_date += events.iter().filter(|e| e.date.is_none()).count();
                }
            }
            Outcome::Failed(e) => self.failed.push(e.clone()),
        }
        self.elapsed = self.started.elapsed();
    }

    pub fn finish(&mut self) {
        self.elapsed = self.started.elapsed();
    }

    pub fn ok(&self) -> usize {
        self.documents - self.failed.len()
    }

    /// Files skipped in input folders, all extensions together.
    pub fn skipped_total(&self) -> usize {
        self.skipped.iter().map(|(_, n)| n).sum()
    }
}

/// What a run without publication dates loses: relative dates stay unresolved.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Undated {
    pub documents: usize,
    pub events: usize,
    pub events_without_date: usize,
}

impl fmt::Display for Summary {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let secs = self.elapsed.as_secs_f64().max(1e-9);
        if self.interrupted {
            writeln!(f, "interrupted: the documents below were processed whole; inputs after them were not read")?;
        }
        writeln!(f, "documents: {} read, {} ok, {} failed", self.documents, self.ok(), self.failed.len())?;
        for e in &self.failed {
            writeln!(f, "  failed {}: {}", e.doc, e.reason)?;
        }
        writeln!(f, "sentences: {}", self.sentences)?;
        if self.left_out > 0 {
            writeln!(
                f,
                "events: {} ({} more under the confidence threshold left out; --min-confidence 0 keeps them)",
                self.events, self.left_out
            )?;
        } else {
            writeln!(f, "events: {}", self.events)?;
        }
        if !self.skipped.is_empty() {
            let kinds: Vec<String> = self.skipped.iter().map(|(ext, n)| format!("{n} {ext}")).collect();
            writeln!(
                f,
                "skipped: {} in input folders that casus does not read ({}); it reads .txt, .jsonl and .ndjson \
                 there: convert the others to text (name one on the command line to see how)",
                plural(self.skipped_total(), "file"),
                kinds.join(", ")
            )?;
        }
        let u = &self.undated;
        if u.documents > 0 {
            writeln!(
                f,
                "{} had no publication date: relative dates ('yesterday', 'on Tuesday', 'Feb. 13' without a \
                 year) in them are left unresolved ({} of their {} have no date); give --manifest or --pub-date \
                 (or --date-field for JSON Lines)",
                plural(u.documents, "document"),
                u.events_without_date,
                plural(u.events, "event")
            )?;
        }
        write!(
            f,
            "time: {:.2} s ({:.1} documents/s, {:.1} sentences/s)",
            secs,
            self.ok() as f64 / secs,
            self.sentences as f64 / secs
        )
    }
}

/// "1 file", "3 files".
fn plural(n: usize, word: &str) -> String {
    if n == 1 {
        format!("1 {word}")
    } else {
        format!("{n} {word}s")
    }
}
