//! `--dictionaries DIR`: the PETRARCH2 / Phoenix CAMEO dictionaries of a folder (verbs, agents,
//! actors; read by casus-dictionaries) added to the extraction's lexicon and gazetteer for this run.
use casus_extract::vocabulary::{self, ExtraParty, ExtraTrigger, Vocabulary};
use chrono::NaiveDate;
use std::path::Path;

/// Which dictionaries of the folder to use.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Part {
    /// CAMEO verb patterns (triggers and their codes).
    Verbs,
    /// Agent nouns (role words: "police", "rebels").
    Agents,
    /// Named actors with their state and role, as they stood on the run's date.
    Actors,
}

impl std::str::FromStr for Part {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, String> {
        match s {
            "verbs" => Ok(Part::Verbs),
            "agents" => Ok(Part::Agents),
            "actors" => Ok(Part::Actors),
            _ => Err(format!("a dictionary part is verbs, agents or actors, not {s:?}")),
        }
    }
}

/// Why the dictionaries could not be used.
#[derive(Debug, thiserror::Error)]
pub enum DictionaryError {
    #[error(transparent)]
    Read(#[from] casus_dictionaries::Error),
    #[error(transparent)]
    Install(#[from] vocabulary::InstallError),
}

/// What was added, for the run's summary.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Added {
    pub triggers: usize,
    pub roles: usize,
    pub actors: usize,
    /// Dictionary lines that could not be read (skipped, as PETRARCH does).
    pub skipped: usize,
}

/// Reads the dictionaries of `dir` and installs them; actors are taken as they stood on `on`, else
/// today (their offices change: a president's code holds for his term).
pub fn install_dictionaries(dir: &Path, parts: &[Part], on: Option<NaiveDate>) -> Result<Added, DictionaryError> {
    let on = on.unwrap_or_else(|| chrono::Utc::now().date_naive());
    let d = casus_dictionaries::Dictionaries::load(dir)?;
    let triggers: Vec<ExtraTrigger> =
        d.verb_entries().into_iter().filter_map(|v| Some(ExtraTrigger { words: v.words, cameo: v.code? })).collect();
    let roles: Vec<ExtraParty> = d
        .agents()
        .into_iter()
        .filter(|a| a.role.is_some())
        .map(|a| ExtraParty { phrase: a.words.join(" "), name: None, country: None, role: a.role })
        .collect();
    let actors: Vec<ExtraParty> = d
        .actors(on)
        .into_iter()
        .map(|a| ExtraParty { phrase: a.words.join(" "), name: Some(a.name), country: a.country, role: a.role })
        .collect();
    let keep = |part: Part, n: usize| if parts.contains(&part) { n } else { 0 };
    let triggers: Vec<_> = triggers.into_iter().take(keep(Part::Verbs, usize::MAX)).collect();
    let roles: Vec<_> = roles.into_iter().take(keep(Part::Agents, usize::MAX)).collect();
    let actors: Vec<_> = actors.into_iter().take(keep(Part::Actors, usize::MAX)).collect();
    let added =
        Added { triggers: triggers.len(), roles: roles.len(), actors: actors.len(), skipped: d.skipped().len() };
    vocabulary::install(Vocabulary { triggers, roles, actors })?;
    Ok(added)
}
