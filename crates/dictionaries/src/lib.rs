//! casus-dictionaries: readers for the PETRARCH2 / Phoenix CAMEO coding dictionaries, the standard
//! open vocabulary of event coding (openeventdata/petrarch2, MIT), and their conversion to what
//! casus loads.
//!
//! The principal types, one reader per format, each giving typed records that keep their line
//! numbers:
//!
//! - [`VerbDictionary`] (CAMEO.2.0.txt): [`Synset`]s (`&TOWN` → town, city, ...), then
//!   [`VerbBlock`]s: [`Verb`]s sharing a default [`EventCode`] and [`VerbPattern`]s, each a
//!   sequence of [`Token`]s (`- * (OF &CRIME) [1122]`) with its own code. Also [`Transformation`]s.
//! - [`AgentDictionary`] (Phoenix.agents.txt): [`Agent`] nouns ("police", plural rules, `!PERSON!`
//!   substitution sets expanded) with an [`AgentCode`] ("~COP").
//! - [`ActorDictionary`] (Phoenix.*.actors.txt): [`Actor`] records, a primary phrase and its
//!   [`Synonym`]s, with [`DatedCode`]s: an [`ActorCode`] (split into ISO3 country and role parts:
//!   "SOMREB" → SOM, REB) and the [`DateRange`] it holds in.
//!
//! [`Dictionaries::load`] reads whichever of these files a folder holds and converts them:
//! [`Dictionaries::verb_entries`] gives phrase → CAMEO code pairs ([`VerbEntry`], patterns
//! expanded per verb and synset member, `*` where words may come between, as the trigger lexicon
//! writes gaps), [`Dictionaries::agents`] noun → role ([`AgentEntry`]) and [`Dictionaries::actors`]
//! phrase → name, country, role on a day ([`ActorEntry`]), as the party gazetteer has them.
//!
//! Errors name the file and line ([`LineError`], with a typed [`Problem`]). Comments (`#`, `;`,
//! `<!-- -->`) and blank lines are skipped; a malformed line is an error in [`Mode::Strict`] and is
//! skipped and listed in the dictionary's `skipped` in [`Mode::Lenient`], the default, since
//! PETRARCH itself reads past them and the stock files have a few (a code `[080!]`, dates
//! "1920030320", an agent without a code).
pub mod actors;
pub mod agents;
pub mod codes;
pub mod entries;
pub mod error;
pub mod lines;
pub mod verbs;

pub use actors::{Actor, ActorDictionary, DateRange, DatedCode, Synonym};
pub use agents::{Agent, AgentDictionary, Plural, Substitution};
pub use codes::{ActorCode, AgentCode, EventCode, Placement};
pub use entries::{ActorEntry, AgentEntry, VerbEntry, GAP};
pub use error::{Error, LineError, Problem};
pub use lines::Mode;
pub use verbs::{Element, Synset, SynsetMember, Token, Transformation, Verb, VerbBlock, VerbDictionary, VerbPattern};

use chrono::NaiveDate;
use std::path::Path;

/// The kind of dictionary a file holds, by its name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Verbs,
    Agents,
    Actors,
}

/// What a file name says it holds: "*actors*" actors, "*agents*" agents, "CAMEO*" or "*verb*"
/// verbs (CAMEO.2.0.txt, CAMEO.verbpatterns.150430.txt); anything else (discards, issues, the
/// licence) nothing.
pub fn kind_of(file_name: &str) -> Option<Kind> {
    let name = file_name.to_lowercase();
    if name.starts_with('.') {
        None
    } else if name.contains("actors") {
        Some(Kind::Actors)
    } else if name.contains("agents") {
        Some(Kind::Agents)
    } else if name.starts_with("cameo") || name.contains("verb") {
        Some(Kind::Verbs)
    } else {
        None
    }
}

/// The dictionaries of a folder.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Dictionaries {
    pub verbs: Vec<VerbDictionary>,
    pub agents: Vec<AgentDictionary>,
    pub actors: Vec<ActorDictionary>,
}

impl Dictionaries {
    /// Reads every dictionary file in `dir` (by [`kind_of`] its name, in name order), skipping
    /// malformed lines ([`Mode::Lenient`]; see [`Dictionaries::skipped`]). A folder with none is an
    /// error.
    pub fn load(dir: &Path) -> Result<Dictionaries, Error> {
        Dictionaries::load_with(dir, Mode::Lenient)
    }

    /// [`Dictionaries::load`] in the given mode.
    pub fn load_with(dir: &Path, mode: Mode) -> Result<Dictionaries, Error> {
        let io = |source| Error::Io { path: dir.to_path_buf(), source };
        let mut files = Vec::new();
        for entry in std::fs::read_dir(dir).map_err(io)? {
            let path = entry.map_err(io)?.path();
            let kind = path.file_name().and_then(|n| n.to_str()).and_then(kind_of);
            if let (Some(kind), true) = (kind, path.is_file()) {
                files.push((path, kind));
            }
        }
        if files.is_empty() {
            return Err(Error::NoDictionaries { dir: dir.to_path_buf() });
        }
        files.sort_by(|a, b| a.0.cmp(&b.0));
        let mut out = Dictionaries::default();
        for (path, kind) in files {
            match kind {
                Kind::Verbs => out.verbs.push(VerbDictionary::read(&path, mode)?),
                Kind::Agents => out.agents.push(AgentDictionary::read(&path, mode)?),
                Kind::Actors => out.actors.push(ActorDictionary::read(&path, mode)?),
            }
        }
        Ok(out)
    }

    /// Phrase → CAMEO code pairs from every verb dictionary ([`entries::verb_entries`]).
    pub fn verb_entries(&self) -> Vec<VerbEntry> {
        self.verbs.iter().flat_map(entries::verb_entries).collect()
    }

    /// Agent noun → role from every agent dictionary ([`entries::agent_entries`]).
    pub fn agents(&self) -> Vec<AgentEntry> {
        self.agents.iter().flat_map(entries::agent_entries).collect()
    }

    /// Actor phrase → name, country, role on `on`, from every actor dictionary
    /// ([`entries::actor_entries`]).
    pub fn actors(&self, on: NaiveDate) -> Vec<ActorEntry> {
        self.actors.iter().flat_map(|d| entries::actor_entries(d, on)).collect()
    }

    /// The lines that were not taken, file by file.
    pub fn skipped(&self) -> Vec<&LineError> {
        let verbs = self.verbs.iter().flat_map(|d| &d.skipped);
        let agents = self.agents.iter().flat_map(|d| &d.skipped);
        verbs.chain(agents).chain(self.actors.iter().flat_map(|d| &d.skipped)).collect()
    }
}

/// The name errors give a file: its file name, else the whole path.
pub(crate) fn file_name(path: &Path) -> String {
    match path.file_name() {
        Some(name) => name.to_string_lossy().into_owned(),
        None => path.display().to_string(),
    }
}
