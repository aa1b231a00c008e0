//! casus-dictionaries: readers for the PETRARCH2 / Phoenix CAMEO coding dictionaries, the standard
//! open vocabulary of event coding (openeventdata/petrarch2, MIT).
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
//! Errors name the file and line ([`LineError`], with a typed [`Problem`]). Comments (`#`, `;`,
//! `<!-- -->`) and blank lines are skipped; a malformed line is an error in [`Mode::Strict`] and is
//! skipped and listed in the dictionary's `skipped` in [`Mode::Lenient`], the default, since
//! PETRARCH itself reads past them and the stock files have a few (a code `[080!]`, dates
//! "1920030320", an agent without a code).
pub mod actors;
pub mod agents;
pub mod codes;
pub mod error;
pub mod lines;
pub mod verbs;

pub use actors::{Actor, ActorDictionary, DateRange, DatedCode, Synonym};
pub use agents::{Agent, AgentDictionary, Plural, Substitution};
pub use codes::{ActorCode, AgentCode, EventCode, Placement};
pub use error::{Error, LineError, Problem};
pub use lines::Mode;
pub use verbs::{Element, Synset, SynsetMember, Token, Transformation, Verb, VerbBlock, VerbDictionary, VerbPattern};

use std::path::Path;

/// The name errors give a file: its file name, else the whole path.
pub(crate) fn file_name(path: &Path) -> String {
    match path.file_name() {
        Some(name) => name.to_string_lossy().into_owned(),
        None => path.display().to_string(),
    }
}
