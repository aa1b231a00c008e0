//! `casus parse`: the model's view of a text, one token a line (CoNLL-U-like columns: id, word,
//! head, relation, entity), for seeing why an event was or was not extracted.
use anyhow::{bail, Result};
use casus_pipeline::{DateSources, Pipeline, RawDoc};
use std::io::{Read, Write};
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(clap::Args)]
pub struct Args {
    /// Text to analyse; read from stdin when absent.
    text: Option<String>,
    /// Model directory (default: as for `casus extract`).
    #[arg(long)]
    models: Option<PathBuf>,
}

pub fn run(args: Args) -> Result<ExitCode> {
    let text = match args.text {
        Some(t) => t,
        None => {
            let mut s = String::new();
            std::io::stdin().read_to_string(&mut s)?;
            s
        }
    };
    let annotator = crate::model::annotator(args.models.as_deref(), false, None)?;
    let pipeline = Pipeline::new(annotator, DateSources::default());
    let raw = RawDoc { id: "text".into(), text, published: None, title: None };
    let doc = match pipeline.annotate(raw) {
        Ok(d) => d,
        Err(e) => bail!("{}", e.reason),
    };
    let stdout = std::io::stdout();
    match write_parse(&doc, &mut stdout.lock()) {
        // `casus parse ... | head`: a closed pipe ends the output quietly, as for `casus extract`.
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => return Ok(ExitCode::from(141)),
        other => other?,
    }
    Ok(ExitCode::SUCCESS)
}

/// One block per sentence: a `# sentence` line, then id, word, head, relation and entity per token.
fn write_parse(doc: &casus_core::Document, out: &mut impl Write) -> std::io::Result<()> {
    for s in &doc.sentences {
        writeln!(out, "# {}", doc.sentence_text(s))?;
        for (i, t) in s.tokens.iter().enumerate() {
            let (head, rel) = s.parse.as_ref().map_or((0, "_"), |p| (p.heads[i], p.deprels[i].as_str()));
            let ent =
                s.entities.iter().find(|e| e.tokens.contains(&i)).map_or("O".to_string(), |e| {
                    format!("{}-{}", if e.tokens.start == i { "B" } else { "I" }, e.label)
                });
            writeln!(out, "{}\t{}\t{}\t{}\t{}", i + 1, t.text, head, rel, ent)?;
        }
        writeln!(out)?;
    }
    out.flush()
}
