use crate::DocumentError;
use chrono::NaiveDate;

/// Parses a publication date: `YYYY-MM-DD`, optionally followed by a time (`2025-03-14 20:30:26Z`,
/// `2025-03-14T20:30:26+00:00`). Only the calendar date is kept: events are dated to the day.
pub fn parse_pub_date(raw: &str) -> Result<NaiveDate, DocumentError> {
    let s = raw.trim();
    let day = s.get(..10).unwrap_or(s);
    let rest = s.get(10..).unwrap_or("");
    let rest_ok = rest.is_empty() || rest.starts_with(' ') || rest.starts_with('T');
    match NaiveDate::parse_from_str(day, "%Y-%m-%d") {
        Ok(d) if rest_ok => Ok(d),
        _ => Err(DocumentError::BadDate(raw.to_string())),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accepts_dates_and_timestamps() {
        let d = NaiveDate::from_ymd_opt(2025, 3, 14).unwrap();
        assert_eq!(parse_pub_date("2025-03-14").unwrap(), d);
        assert_eq!(parse_pub_date("2025-03-14 20:30:26Z").unwrap(), d);
        assert_eq!(parse_pub_date(" 2025-03-14T20:30:26+00:00 ").unwrap(), d);
    }

    #[test]
    fn rejects_garbage() {
        for bad in ["", "yesterday", "2025-13-01", "2025-02-30", "14/03/2025", "2025-03-14x"] {
            assert!(parse_pub_date(bad).is_err(), "{bad}");
        }
    }
}
