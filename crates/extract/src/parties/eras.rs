//! Parties whose role changed on a date (`data/eras.tsv`: the Taliban were insurgents until they took
//! Kabul on 15 August 2021): the role a group had when a story was published.
use chrono::NaiveDate;
use std::sync::OnceLock;

const ERAS: &str = include_str!("../../data/eras.tsv");

/// (canonical name, until, role before) from `data/eras.tsv`.
fn eras() -> &'static [(String, NaiveDate, String)] {
    static ERAS_TABLE: OnceLock<Vec<(String, NaiveDate, String)>> = OnceLock::new();
    ERAS_TABLE.get_or_init(|| {
        ERAS.lines()
            .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
            .map(|l| {
                let cols: Vec<&str> = l.split('\t').map(str::trim).collect();
                let until = NaiveDate::parse_from_str(cols.get(1).copied().unwrap_or_default(), "%Y-%m-%d");
                match (cols.as_slice(), until) {
                    ([name, _, role], Ok(d)) => (name.to_string(), d, role.to_string()),
                    _ => panic!("eras.tsv: bad line {l:?}"),
                }
            })
            .collect()
    })
}

/// The roles the group `name` held before it took its present one (the Taliban: REB), for a stage
/// that has no publication date and asks only what kind of party a name can be.
pub fn earlier_roles(name: &str) -> impl Iterator<Item = &'static str> + '_ {
    eras().iter().filter(move |(n, _, _)| n == name).map(|(_, _, r)| r.as_str())
}

/// The role of the group `name` in a story published on `published`, when it changed on a date.
pub fn group_role_at(name: &str, published: Option<NaiveDate>) -> Option<&'static str> {
    let day = published?;
    eras().iter().find(|(n, until, _)| n == name && day < *until).map(|(_, _, r)| r.as_str())
}
