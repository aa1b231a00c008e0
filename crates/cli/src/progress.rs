//! The progress bar of `casus extract`, on a terminal only: documents and events so far, the rate, and
//! when the inputs are files, the share of their bytes read and the time left.
use indicatif::{ProgressBar, ProgressStyle};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

pub struct Progress {
    bar: ProgressBar,
    /// Bytes of the inputs read so far (the pipeline's counter).
    read: Arc<AtomicU64>,
    documents: usize,
    events: usize,
    started: Instant,
}

impl Progress {
    /// A bar against `total` bytes (a spinner when the total is unknown, as for stdin); nothing at all
    /// unless `show`.
    pub fn new(show: bool, total: Option<u64>, read: Arc<AtomicU64>) -> Progress {
        let bar = match (show, total) {
            (false, _) => ProgressBar::hidden(),
            (true, Some(total)) => ProgressBar::new(total).with_style(style(
                "{spinner} {elapsed_precise} [{bar:30}] {percent:>3}% {msg} | {binary_bytes_per_sec} | ETA {eta}",
            )),
            (true, None) => ProgressBar::new_spinner().with_style(style("{spinner} {elapsed_precise} {msg}")),
        };
        if show {
            // Keeps the clock and spinner moving while a batch is in the model.
            bar.enable_steady_tick(Duration::from_millis(250));
            bar.set_message("starting");
        }
        Progress { bar, read, documents: 0, events: 0, started: Instant::now() }
    }

    /// One document done, with its events.
    pub fn document(&mut self, events: usize) {
        self.documents += 1;
        self.events += events;
        self.bar.set_position(self.read.load(Ordering::Relaxed));
        let rate = self.documents as f64 / self.started.elapsed().as_secs_f64().max(1e-3);
        self.bar.set_message(format!("{} documents ({rate:.1}/s), {} events", self.documents, self.events));
    }

    /// Prints a line above the bar.
    pub fn say(&self, line: &str) {
        self.bar.suspend(|| eprintln!("{line}"));
    }

    pub fn finish(&self) {
        self.bar.finish_and_clear();
    }
}

fn style(template: &str) -> ProgressStyle {
    // The templates are constants of this file: a bad one is a bug, and the terminal test draws them.
    ProgressStyle::with_template(template).expect("valid progress template").progress_chars("=> ")
}
