//! `casus convert`: event records written earlier (JSON Lines) to the flat table (docs/flat-output.md).
use crate::output::{check_not_an_input, is_broken_pipe, Output};
use anyhow::{bail, Context, Result};
use casus_pipeline::{EventWriter, Format};
use std::fs::File;
use std::io::{self, BufRead, BufReader, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

#[derive(clap::Args)]
pub struct Args {
    /// Event records, JSON Lines as `casus extract` writes them; `-` for stdin.
    #[arg(required = true)]
    inputs: Vec<PathBuf>,
    /// Write here instead of stdout (the file appears when the run ends; it must not be an input).
    #[arg(short, long)]
    output: Option<PathBuf>,
    /// csv, tsv or jsonl (default: from the -o name, .csv / .tsv; else csv).
    #[arg(long)]
    format: Option<Format>,
}

pub fn run(args: Args) -> Result<ExitCode> {
    if let Some(out) = &args.output {
        check_not_an_input(out, &args.inputs, &[])?;
    }
    let format = args.format.or_else(|| args.output.as_deref().and_then(Format::from_path)).unwrap_or(Format::Csv);
    let mut out = Output::open(args.output.as_deref())?;
    let written = convert(&args.inputs, format, out.writer()).and_then(|n| out.finish().map(|_| n));
    match written {
        Ok(n) => {
            let to = args.output.as_ref().map_or("stdout".to_string(), |p| p.display().to_string());
            eprintln!("{n} events written to {to} as {format}");
            Ok(ExitCode::SUCCESS)
        }
        Err(e) if is_broken_pipe(&e) => Ok(ExitCode::from(141)),
        Err(e) => Err(e),
    }
}

/// Writes the records of every input to `out` in `format`; returns how many.
fn convert(inputs: &[PathBuf], format: Format, out: &mut dyn Write) -> Result<usize> {
    let mut w = EventWriter::new(out, format)?;
    let mut n = 0;
    for input in inputs {
        let reader: Box<dyn BufRead> = if input.as_os_str() == "-" {
            Box::new(BufReader::new(io::stdin().lock()))
        } else {
            Box::new(BufReader::new(File::open(input).with_context(|| format!("cannot read {}", input.display()))?))
        };
        n += convert_records(reader, input, &mut w)?;
    }
    w.finish()?;
    Ok(n)
}

fn convert_records<W: Write>(reader: Box<dyn BufRead>, input: &Path, w: &mut EventWriter<W>) -> Result<usize> {
    let name = if input.as_os_str() == "-" { "stdin".to_string() } else { input.display().to_string() };
    let mut n = 0;
    for (i, line) in reader.lines().enumerate() {
        let at = format!("{name}:{}", i + 1);
        let line = line.with_context(|| format!("cannot read {at}"))?;
        let line = line.strip_prefix('\u{feff}').unwrap_or(&line);
        if line.trim().is_empty() {
            continue;
        }
        let record: serde_json::Value =
            serde_json::from_str(line).with_context(|| format!("{at}: malformed JSON line"))?;
        if record.get("event_id").is_none() || record.get("action").is_none() {
            bail!(
                "{at}: not an event record (no `event_id` or `action`): casus convert reads what casus extract writes"
            );
        }
        w.write_record(&record)?;
        n += 1;
    }
    Ok(n)
}
