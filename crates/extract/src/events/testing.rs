//! Test helper: a one-sentence document from a hand-written parse, `word/head/deprel` per token
//! (head 0 = root), so argument rules are tested on known trees.
use casus_core::{Document, Parse, Sentence, Token};

pub fn parsed(spec: &str) -> Document {
    let mut text = String::new();
    let mut tokens = Vec::new();
    let mut parse = Parse { heads: Vec::new(), deprels: Vec::new() };
    for item in spec.split_whitespace() {
        let mut parts = item.rsplitn(3, '/');
        let rel = parts.next().unwrap();
        let head: usize = parts.next().unwrap().parse().unwrap();
        let word = parts.next().unwrap().replace('_', " ");
        if !text.is_empty() {
            text.push(' ');
        }
        let start = text.chars().count();
        let byte = text.len();
        text.push_str(&word);
        tokens.push(Token { start, end: start + word.chars().count(), bytes: byte..text.len(), text: word });
        parse.heads.push(head);
        parse.deprels.push(rel.to_string());
    }
    let end = text.chars().count();
    let sent = Sentence { start: 0, end, bytes: 0..text.len(), tokens, entities: Vec::new(), parse: Some(parse) };
    let mut doc = Document::new("t", text.clone(), None, None).unwrap();
    doc.sentences = vec![sent];
    doc
}
