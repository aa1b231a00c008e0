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
    /// The run was stopped before its inputs were all read (a signal): the documents counted here were
    /// processed and written whole, the rest were not read.
    pub interrupted: bool,
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
            interrupted: false,
            started: Instant::now(),
            elapsed: Duration::ZERO,
        }
    }

    pub fn add(&mut self, outcome: &Outcome) {
        self.documents += 1;
        match outcome {
            Outcome::Done { sentences, events, .. } => {
                self.sentences += sentences;
                self.events += events.len();
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
        writeln!(f, "events: {}", self.events)?;
        write!(
            f,
            "time: {:.2} s ({:.1} documents/s, {:.1} sentences/s)",
            secs,
            self.ok() as f64 / secs,
            self.sentences as f64 / secs
        )
    }
}
