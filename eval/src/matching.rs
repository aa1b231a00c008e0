//! Slot comparison rules and the one-to-one matching of predicted to gold events in a document.
//!
//! **Candidates.** A predicted and a gold event of the same document can be paired only when their
//! evidence spans overlap (`max(start) < min(end)`, char offsets, end exclusive).
//!
//! **Assignment.** Among candidate pairs we pick the one-to-one assignment with the largest total
//! weight, solved exactly with the Hungarian algorithm (O(n³), n = events in a document). A pair's
//! weight is lexicographic: CAMEO root agreement (1000) ≫ other agreeing slots (100 each, seven at
//! most) ≫ evidence overlap (0..=99, the overlap's share of the longer span). Every candidate has
//! weight ≥ 1, so no candidate is left unpaired when it could be paired at no cost to agreement. In
//! this score only, a slot null on both sides counts as agreeing (it is a real signal of "same
//! event"); the slot metrics never credit null == null.
//!
//! **Parties** (actor, target, source) are compared by [`PartyKey`]: `(country, role)` when the
//! country is known (role null == role null); otherwise the canonical `name`, case-insensitively;
//! otherwise the span `text`, case-insensitively. A country-keyed party never equals a name-keyed one.
use casus_core::{Casualty, Event, Party};

/// Normalized identity of a party used for comparison (see the module doc).
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum PartyKey {
    Country { country: String, role: Option<String> },
    Name(String),
    Text(String),
}

impl PartyKey {
    pub fn of(party: &Party) -> PartyKey {
        match (&party.country, &party.name) {
            (Some(c), _) => PartyKey::Country {
                country: c.trim().to_uppercase(),
                role: party.role.as_ref().map(|r| r.trim().to_uppercase()),
            },
            (None, Some(n)) => PartyKey::Name(norm(n)),
            (None, None) => PartyKey::Text(norm(&party.text)),
        }
    }
}

impl std::fmt::Display for PartyKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            PartyKey::Country { country, role: Some(r) } => write!(f, "{country}{r}"),
            PartyKey::Country { country, role: None } => write!(f, "{country}"),
            PartyKey::Name(n) => write!(f, "\"{n}\""),
            PartyKey::Text(t) => write!(f, "'{t}'"),
        }
    }
}

fn norm(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ").to_lowercase()
}

/// The slots scored one by one, in report order.
pub const SLOTS: [&str; 8] = ["cameo_root", "actor", "target", "date", "location", "killed", "injured", "source"];

/// The comparable value of slot `slot` of an event, or `None` when the slot is null.
/// Two non-null values agree exactly when their keys are equal.
pub fn slot_key(event: &Event, slot: &str) -> Option<String> {
    let party = |p: &Option<Party>| p.as_ref().map(|p| PartyKey::of(p).to_string());
    let casualty = |c: &Option<Casualty>| {
        c.as_ref().map(|c| {
            let q =
                serde_json::to_value(c.qualifier).ok().and_then(|v| v.as_str().map(String::from)).unwrap_or_default();
            format!("{} {q}", c.count.map_or("null".into(), |n| n.to_string()))
        })
    };
    match slot {
        "cameo_root" => Some(event.action.root().to_string()),
        "actor" => party(&event.actor),
        "target" => party(&event.target),
        "date" => event.date.as_ref().map(|d| d.value.trim().to_string()),
        "location" => event.location.as_ref().map(|l| norm(l.name.as_deref().unwrap_or(&l.text))),
        "killed" => casualty(&event.casualties.killed),
        "injured" => casualty(&event.casualties.injured),
        "source" => party(&event.source),
        other => panic!("unknown slot {other}"),
    }
}

/// Char overlap of two evidence spans (0 when disjoint).
pub fn overlap(a: &Event, b: &Event) -> usize {
    let (s, e) = (a.evidence.start.max(b.evidence.start), a.evidence.end.min(b.evidence.end));
    e.saturating_sub(s)
}

/// Weight of pairing gold `g` with predicted `p`; `None` when they are not candidates.
pub fn pair_weight(g: &Event, p: &Event) -> Option<i64> {
    let ov = overlap(g, p);
    if ov == 0 {
        return None;
    }
    let mut w = 1;
    for slot in SLOTS {
        if slot_key(g, slot) == slot_key(p, slot) {
            w += if slot == "cameo_root" { 1000 } else { 100 };
        }
    }
    let len = |e: &Event| e.evidence.end.saturating_sub(e.evidence.start);
    let longer = len(g).max(len(p)).max(1);
    Some(w + (ov * 98 / longer) as i64)
}

/// One-to-one matching of the events of one document: returns `(gold index, pred index)` pairs.
pub fn match_events(gold: &[&Event], pred: &[&Event]) -> Vec<(usize, usize)> {
    let weights: Vec<Vec<Option<i64>>> =
        gold.iter().map(|g| pred.iter().map(|p| pair_weight(g, p)).collect()).collect();
    let mut pairs = if gold.len() <= pred.len() {
        assign(&weights)
    } else {
        let t: Vec<Vec<Option<i64>>> =
            (0..pred.len()).map(|j| (0..gold.len()).map(|i| weights[i][j]).collect()).collect();
        assign(&t).into_iter().map(|(j, i)| (i, j)).collect()
    };
    pairs.sort_unstable();
    pairs
}

/// Maximum-weight assignment of rows to columns (rows ≤ columns) keeping only candidate cells.
fn assign(w: &[Vec<Option<i64>>]) -> Vec<(usize, usize)> {
    let n = w.len();
    let m = w.first().map_or(0, Vec::len);
    if n == 0 || m == 0 {
        return Vec::new();
    }
    let max = w.iter().flatten().flatten().copied().max().unwrap_or(0);
    // Minimize cost = max - weight; a non-candidate cell has weight 0 (the same as leaving the row
    // unpaired) and is dropped from the result.
    let cost = |i: usize, j: usize| max - w[i][j].unwrap_or(0);
    // Hungarian algorithm with potentials (1-based, rectangular n ≤ m).
    let (mut u, mut v) = (vec![0i64; n + 1], vec![0i64; m + 1]);
    let (mut p, mut way) = (vec![0usize; m + 1], vec![0usize; m + 1]);
    for i in 1..=n {
        p[0] = i;
        let mut j0 = 0;
        let mut minv = vec![i64::MAX; m + 1];
        let mut used = vec![false; m + 1];
        loop {
            used[j0] = true;
            let (i0, mut delta, mut j1) = (p[j0], i64::MAX, 0);
            for j in 1..=m {
                if !used[j] {
                    let cur = cost(i0 - 1, j - 1) - u[i0] - v[j];
                    if cur < minv[j] {
                        minv[j] = cur;
                        way[j] = j0;
                    }
                    if minv[j] < delta {
                        delta = minv[j];
                        j1 = j;
                    }
                }
            }
            for j in 0..=m {
                if used[j] {
                    u[p[j]] += delta;
                    v[j] -= delta;
                } else {
                    minv[j] -= delta;
                }
            }
            j0 = j1;
            if p[j0] == 0 {
                break;
            }
        }
        loop {
            let j1 = way[j0];
            p[j0] = p[j1];
            j0 = j1;
            if j0 == 0 {
                break;
            }
        }
    }
    (1..=m).filter(|&j| p[j] != 0 && w[p[j] - 1][j - 1].is_some()).map(|j| (p[j] - 1, j - 1)).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Best total weight over all one-to-one matchings, by exhaustive search.
    fn brute(w: &[Vec<Option<i64>>], row: usize, used: &mut Vec<bool>) -> i64 {
        if row == w.len() {
            return 0;
        }
        let mut best = brute(w, row + 1, used); // row left unpaired
        for j in 0..used.len() {
            if let (false, Some(x)) = (used[j], w[row][j]) {
                used[j] = true;
                best = best.max(x + brute(w, row + 1, used));
                used[j] = false;
            }
        }
        best
    }

    #[test]
    fn hungarian_matches_exhaustive_search() {
        let mut seed = 0x2545_f491_4f6c_dd1du64;
        let mut next = |n: u64| {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            seed % n
        };
        for _ in 0..500 {
            let (n, m) = (1 + next(5) as usize, 1 + next(5) as usize);
            let w: Vec<Vec<Option<i64>>> =
                (0..n).map(|_| (0..m).map(|_| (next(3) > 0).then(|| 1 + next(1200) as i64)).collect()).collect();
            let pairs = if n <= m {
                assign(&w)
            } else {
                let t: Vec<Vec<Option<i64>>> = (0..m).map(|j| (0..n).map(|i| w[i][j]).collect()).collect();
                assign(&t).into_iter().map(|(j, i)| (i, j)).collect()
            };
            let total: i64 = pairs.iter().map(|&(i, j)| w[i][j].expect("only candidates")).sum();
            let mut rows: Vec<usize> = pairs.iter().map(|p| p.0).collect();
            let mut cols: Vec<usize> = pairs.iter().map(|p| p.1).collect();
            rows.sort_unstable();
            rows.dedup();
            cols.sort_unstable();
            cols.dedup();
            assert_eq!((rows.len(), cols.len()), (pairs.len(), pairs.len()), "one-to-one");
            assert_eq!(total, brute(&w, 0, &mut vec![false; m]), "{w:?}");
        }
    }
}
