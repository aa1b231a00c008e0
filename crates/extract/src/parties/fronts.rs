//! Armed groups coded by the state they came from that also fight other states as those states' own
//! insurgents (`data/fronts.tsv`: the Taliban of Swat are Pakistan's, JNIM fights Burkina Faso).
use std::sync::OnceLock;

const FRONTS: &str = include_str!("../../data/fronts.tsv");

/// (canonical name, the other states it fights) from `data/fronts.tsv`.
fn fronts() -> &'static [(String, Vec<String>)] {
    static FRONTS_TABLE: OnceLock<Vec<(String, Vec<String>)>> = OnceLock::new();
    FRONTS_TABLE.get_or_init(|| {
        FRONTS
            .lines()
            .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
            .map(|l| match l.split('\t').map(str::trim).collect::<Vec<_>>().as_slice() {
                [name, states] => (name.to_string(), states.split('|').map(str::to_string).collect()),
                _ => panic!("fronts.tsv: bad line {l:?}"),
            })
            .collect()
    })
}

/// Whether the group named `name` fights the state `iso3` besides its own.
pub fn fights(name: &str, iso3: &str) -> bool {
    fronts().iter().any(|(n, states)| n == name && states.iter().any(|s| s == iso3))
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_group_fights_the_states_its_line_lists_only() {
        assert!(super::fights("Taliban", "PAK"));
        assert!(super::fights("JNIM", "BFA"));
        assert!(!super::fights("JNIM", "PAK"));
        assert!(!super::fights("Hezbollah", "ISR"));
    }
}
