//! The number grammar on the tokens of any text: phrases inside the sentence, ranges ordered.
#![no_main]
use casus_core::Document;
use casus_extract::numbers::{find_numbers, parse_number};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let Ok(doc) = Document::new("f", text, None, None) else { return };
    for s in &doc.sentences {
        let n = s.tokens.len();
        for m in find_numbers(&s.tokens) {
            assert!(m.tokens.start < m.tokens.end && m.tokens.end <= n, "{m:?}");
            if let (Some(a), Some(b)) = (m.value, m.upper) {
                assert!(a < b, "{m:?}");
            }
            assert!(!m.vague || m.value.is_none(), "{m:?}");
        }
        for i in 0..n {
            if let Some(m) = parse_number(&s.tokens, i) {
                assert!(m.tokens.start <= i && m.tokens.end <= n, "{m:?}");
            }
        }
    }
});
