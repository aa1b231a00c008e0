//! SIGINT and SIGTERM during `casus extract`: the first asks the run to stop after the batch in hand
//! (its documents are written whole and the summary printed); a second ends the process at once.
use anyhow::{Context, Result};
use signal_hook::consts::{SIGINT, SIGTERM};
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::Arc;

pub struct Interrupt {
    requested: Arc<AtomicBool>,
    signal: Arc<AtomicUsize>,
}

impl Interrupt {
    /// Installs the handlers.
    pub fn install() -> Result<Interrupt> {
        let requested = Arc::new(AtomicBool::new(false));
        let signal = Arc::new(AtomicUsize::new(0));
        for sig in [SIGINT, SIGTERM] {
            // Actions run in the order registered: the shutdown sees the flag of an earlier signal only.
            signal_hook::flag::register_conditional_shutdown(sig, 128 + sig, Arc::clone(&requested))
                .and_then(|_| signal_hook::flag::register_usize(sig, Arc::clone(&signal), sig as usize))
                .and_then(|_| signal_hook::flag::register(sig, Arc::clone(&requested)))
                .context("cannot install the signal handlers")?;
        }
        Ok(Interrupt { requested, signal })
    }

    pub fn requested(&self) -> bool {
        self.requested.load(Ordering::SeqCst)
    }

    /// The exit code of a run a signal stopped: 128 + the signal's number, as shells report it.
    pub fn exit_code(&self) -> u8 {
        u8::try_from(128 + self.signal.load(Ordering::SeqCst)).unwrap_or(130)
    }
}
