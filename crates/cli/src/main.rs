//! `casus`: extract conflict events from news text (`casus extract`), group them into incidents
//! (`casus incidents`) and score them against a hand-labelled gold set (`casus eval`).
mod convert;
mod eval;
mod extract;
mod fields;
mod incidents;
mod interrupt;
mod model;
mod output;
mod parse;
mod progress;

use clap::{Parser, Subcommand};
use std::process::ExitCode;

#[derive(Parser)]
#[command(name = "casus", version, about = "Conflict news in, event records out")]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Extract events from .txt files, folders, .jsonl files or stdin (`-`), as JSON Lines, CSV or TSV.
    Extract(extract::Args),
    /// Flatten event records (JSON Lines) into a CSV or TSV table, one row per event.
    Convert(convert::Args),
    /// Score predicted events against gold events, or against PETRARCH-2's validation sentences.
    Eval(eval::Args),
    /// Group event records into incidents (one per real-world incident, across stories).
    Incidents(incidents::Args),
    /// Show the model's tokens, entities and dependency parse for a text (debugging aid).
    Parse(parse::Args),
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Extract(args) => extract::run(args),
        Command::Convert(args) => convert::run(args),
        Command::Eval(args) => eval::run(args),
        Command::Incidents(args) => incidents::run(args),
        Command::Parse(args) => parse::run(args),
    };
    match result {
        Ok(code) => code,
        Err(e) => {
            eprintln!("casus: error: {}", message(&e));
            ExitCode::from(2)
        }
    }
}

/// The error and its causes, each said once: library errors often repeat their source in their
/// own message already.
fn message(e: &anyhow::Error) -> String {
    let mut msg = e.to_string();
    for cause in e.chain().skip(1) {
        let c = cause.to_string();
        if !msg.contains(&c) {
            msg.push_str(": ");
            msg.push_str(&c);
        }
    }
    msg
}
