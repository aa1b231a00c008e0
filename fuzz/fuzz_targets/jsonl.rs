//! The JSON Lines reader on any bytes: one item per non-blank line, ids never empty, documents within the
//! size limit, publication dates parsed or refused without a panic.
#![no_main]
use casus_pipeline::input::JsonlDocs;
use libfuzzer_sys::fuzz_target;
use std::io::Cursor;

const MAX: usize = 256;

fuzz_target!(|data: &[u8]| {
    let lines = data.split(|&b| b == b'\n').filter(|l| !l.iter().all(u8::is_ascii_whitespace)).count();
    let docs = JsonlDocs::new(Cursor::new(data.to_vec()), "f.jsonl".into(), "f".into(), MAX);
    let mut items = 0;
    for item in docs {
        items += 1;
        match item {
            Ok(doc) => {
                assert!(!doc.id.trim().is_empty());
                assert!(doc.text.len() <= MAX);
                if let Some(p) = &doc.published {
                    let _ = casus_core::parse_pub_date(p);
                }
            }
            Err(e) => assert!(!e.doc.is_empty() && !e.reason.is_empty()),
        }
    }
    assert_eq!(items, lines);
});
