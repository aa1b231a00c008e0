//! Event dates as day intervals: "2024-02-13" is one day, "2024-02" its month, "2024" its year.
use chrono::{Datelike, NaiveDate};

/// A closed interval of days.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Span {
    pub start: NaiveDate,
    pub end: NaiveDate,
}

/// How precise a date value is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Precision {
    Year,
    Month,
    Day,
}

impl Span {
    /// The days an ISO value (`YYYY-MM-DD`, `YYYY-MM`, `YYYY`) covers; `None` when it is none of those.
    pub fn parse(value: &str) -> Option<(Span, Precision)> {
        let parts: Vec<&str> = value.trim().split('-').collect();
        let year: i32 = parts.first()?.parse().ok()?;
        match parts.len() {
            1 => Some((
                Span { start: NaiveDate::from_ymd_opt(year, 1, 1)?, end: NaiveDate::from_ymd_opt(year, 12, 31)? },
                Precision::Year,
            )),
            2 => {
                let month: u32 = parts[1].parse().ok()?;
                let start = NaiveDate::from_ymd_opt(year, month, 1)?;
                let next = if month == 12 {
                    NaiveDate::from_ymd_opt(year + 1, 1, 1)?
                } else {
                    NaiveDate::from_ymd_opt(year, month + 1, 1)?
                };
                Some((Span { start, end: next.pred_opt()? }, Precision::Month))
            }
            3 => {
                let day = NaiveDate::from_ymd_opt(year, parts[1].parse().ok()?, parts[2].parse().ok()?)?;
                Some((Span { start: day, end: day }, Precision::Day))
            }
            _ => None,
        }
    }

    /// Whether the two intervals share a day, or lie within `slack_days` of each other.
    pub fn near(&self, other: &Span, slack_days: i64) -> bool {
        (self.start - other.end).num_days() <= slack_days && (other.start - self.end).num_days() <= slack_days
    }

    pub fn days(&self) -> i64 {
        (self.end - self.start).num_days() + 1
    }
}

/// An ISO value of a span at the precision it has: a day, a whole month, a whole year, else the day range.
pub fn iso(day: NaiveDate) -> String {
    format!("{:04}-{:02}-{:02}", day.year(), day.month(), day.day())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn precision_widens_the_interval() {
        let (d, p) = Span::parse("2024-02-13").unwrap();
        assert_eq!((d.days(), p), (1, Precision::Day));
        let (m, p) = Span::parse("2024-02").unwrap();
        assert_eq!((m.days(), p), (29, Precision::Month));
        let (y, _) = Span::parse("2023").unwrap();
        assert!(m.near(&d, 0) && !y.near(&d, 0));
        assert!(Span::parse("2024-13").is_none() && Span::parse("x").is_none());
    }
}
