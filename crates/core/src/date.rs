use crate::DocumentError;
use chrono::{Datelike, NaiveDate, NaiveTime};

/// Earliest publication year accepted: year 0 (`0000-01-01`) is what many systems write for "no date".
const FIRST_YEAR: i32 = 1000;

/// Parses a publication date: `YYYY-MM-DD`, optionally followed by a time (`2025-03-14 20:30:26Z`,
/// `2025-03-14T20:30:26+00:00`). Only the calendar date is kept: events are dated to the day, but a time
/// that cannot be (`T25:99:99`) makes the whole stamp suspect and is an error, as is a year before 1000.
pub fn parse_pub_date(raw: &str) -> Result<NaiveDate, DocumentError> {
    let s = raw.trim();
    let day = s.get(..10).unwrap_or(s);
    let rest = s.get(10..).unwrap_or("");
    let rest_ok = rest.is_empty() || rest.strip_prefix([' ', 'T']).is_some_and(time_ok);
    match NaiveDate::parse_from_str(day, "%Y-%m-%d") {
        Ok(d) if rest_ok && (FIRST_YEAR..=9999).contains(&d.year()) => Ok(d),
        _ => Err(DocumentError::BadDate(raw.to_string())),
    }
}

/// A clock time (`20:30`, `20:30:26`, `20:30:26.5`) and an optional zone (`Z`, `UTC`, `+01:00`, `-0500`).
fn time_ok(rest: &str) -> bool {
    let end = rest.find(|c: char| !(c.is_ascii_digit() || c == ':' || c == '.')).unwrap_or(rest.len());
    let (clock, zone) = rest.split_at(end);
    let clock_ok = ["%H:%M:%S%.f", "%H:%M"].iter().any(|f| NaiveTime::parse_from_str(clock, f).is_ok());
    clock_ok && zone_ok(zone.trim_start())
}

fn zone_ok(zone: &str) -> bool {
    if matches!(zone, "" | "Z" | "z" | "UTC" | "GMT") {
        return true;
    }
    let Some(offset) = zone.strip_prefix(['+', '-']) else { return false };
    let digits: String = offset.chars().filter(|&c| c != ':').collect();
    let colons = offset.len() - digits.len();
    let ok_shape = digits.len() == 2 && colons == 0 || digits.len() == 4 && colons <= 1;
    let (h, m) = (digits.get(..2).and_then(|h| h.parse::<u32>().ok()), digits.get(2..).map(|m| m.parse::<u32>().ok()));
    ok_shape && h.is_some_and(|h| h <= 14) && m.is_none_or(|m| m.is_some_and(|m| m < 60))
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
        for ok in
            ["2025-03-14T20:30", "2025-03-14T20:30:26.123Z", "2025-03-14 20:30:26 UTC", "2025-03-14T20:30:26-0500"]
        {
            assert_eq!(parse_pub_date(ok).unwrap(), d, "{ok}");
        }
    }

    #[test]
    fn rejects_impossible_times_and_year_zero() {
        for bad in [
            "0000-01-01",
            "0999-12-31",
            "2024-02-15T25:99:99",
            "2024-02-15T",
            "2024-02-15 10:61",
            "2024-02-15T10:00:00+25:00",
            "2024-02-15T10:00:00 garbage",
        ] {
            assert!(parse_pub_date(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn rejects_garbage() {
        for bad in ["", "yesterday", "2025-13-01", "2025-02-30", "14/03/2025", "2025-03-14x"] {
            assert!(parse_pub_date(bad).is_err(), "{bad}");
        }
    }
}
