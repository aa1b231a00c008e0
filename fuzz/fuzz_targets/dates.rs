//! The date grammar on any text and any publication date from year 1000 to 9999: phrases inside the
//! sentence, values in the schema's ISO form (four-digit year, real month and day).
#![no_main]
use casus_core::Document;
use casus_extract::dates::find_dates;
use chrono::{Days, NaiveDate};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let (Some(head), Some(rest)) = (data.get(..4), data.get(4..)) else { return };
    let Ok(text) = std::str::from_utf8(rest) else { return };
    let offset = u32::from_le_bytes([head[0], head[1], head[2], head[3]]) % 3_287_000;
    let anchor = NaiveDate::from_ymd_opt(1000, 1, 1).and_then(|d| d.checked_add_days(Days::new(offset.into())));
    let Ok(doc) = Document::new("f", text, anchor, None) else { return };
    for s in &doc.sentences {
        for anchor in [anchor, None] {
            for m in find_dates(&s.tokens, anchor) {
                assert!(m.tokens.start < m.tokens.end && m.tokens.end <= s.tokens.len(), "{m:?}");
                let ok = match m.value.len() {
                    4 => m.value.parse::<u32>().is_ok(),
                    7 => NaiveDate::parse_from_str(&format!("{}-01", m.value), "%Y-%m-%d").is_ok(),
                    10 => NaiveDate::parse_from_str(&m.value, "%Y-%m-%d").is_ok(),
                    _ => false,
                };
                assert!(ok && m.value.as_bytes()[0].is_ascii_digit(), "value {:?} from {:?}", m.value, anchor);
            }
        }
    }
});
