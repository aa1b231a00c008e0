//! The casualty grammar on any text: phrases inside the sentence, counts believable, vague amounts
//! without a count.
#![no_main]
use casus_core::{Document, Qualifier};
use casus_extract::casualties::{find_casualties, MAX_COUNT};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let Ok(doc) = Document::new("f", text, None, None) else { return };
    for s in &doc.sentences {
        let n = s.tokens.len();
        for m in find_casualties(&s.tokens) {
            assert!(m.tokens.start < m.tokens.end && m.tokens.end <= n, "{m:?}");
            assert!(m.number.end <= n, "{m:?}");
            assert!(m.count.is_none_or(|c| c <= MAX_COUNT), "{m:?}");
            assert!(m.qualifier != Qualifier::Several || m.count.is_none(), "{m:?}");
        }
    }
});
