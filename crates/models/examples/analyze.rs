//! Runs a model directory over text from stdin and prints one CoNLL-like table per sentence
//! (index, word, entity, head, relation) and the time taken.
//!
//!     echo "Azerbaijani armed forces fired on Armenian combat positions near Nerkin Hand." |
//!         target/release/examples/analyze models/news
use casus_core::Document;
use std::io::Read;
use std::time::Instant;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let dir = std::env::args().nth(1).ok_or("usage: analyze <model-dir> < text")?;
    let mut text = String::new();
    std::io::stdin().read_to_string(&mut text)?;
    let started = Instant::now();
    let model = casus_models::load(std::path::Path::new(&dir))?;
    let loaded = started.elapsed();
    let doc = Document::new("stdin", text, None, None)?;
    let words: Vec<Vec<&str>> =
        doc.sentences.iter().map(|s| s.tokens.iter().map(|t| t.text.as_str()).collect()).collect();
    let started = Instant::now();
    let analyses = model.analyze(&words)?;
    let ran = started.elapsed();
    for (ws, a) in words.iter().zip(&analyses) {
        let mut entity = vec![String::from("-"); ws.len()];
        for e in &a.entities {
            for i in e.tokens.clone() {
                entity[i] = format!("{}{} ({:.2})", if i == e.tokens.start { "B-" } else { "I-" }, e.label, e.score);
            }
        }
        for (i, w) in ws.iter().enumerate() {
            match &a.parse {
                Some(p) => println!("{}\t{w}\t{}\t{}\t{}", i + 1, entity[i], p.heads[i], p.deprels[i]),
                None => println!("{}\t{w}\t{}", i + 1, entity[i]),
            }
        }
        println!();
    }
    eprintln!("{}: loaded in {:.2?}, {} sentences in {:.2?}", model.name(), loaded, words.len(), ran);
    Ok(())
}
