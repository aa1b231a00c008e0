//! Passes over a whole document's events, after every sentence has given its own; `extract_with`
//! runs them in this order: `reported` gives an incident dated only by its report the day the story
//! dates it by, `incidents` links restated incidents to the one they restate, `headlines` dates a headline's
//! incident by the lead's, [`recode`]
//! codes a restatement as its incident, `incidents` gives it the incident's date and place, `nesting` the town
//! inside a borrowed province or country (and `spans` widens a span's day); [`background`] undates a default-dated act told inside
//! the story's background; `late_reactions` undates a default-dated reaction in a story
//! whose main incident fell on an earlier day; `subgroups` narrows a group's short name to the branch the
//! story names; [`identity`] gives a party named only by its role a country, [`communities`] a people's
//! name the state it lives in, `peacekeepers` bare peacekeepers the body the story named them by,
//! `turncoats` state forces
//! the story calls mutinous or renegade the armed group's key, `separatists` a separatist story's bare
//! insurgents SEP, `attackers` one key to
//! one set of attackers; [`recode`] codes acts by who does them to whom and tolls by incident;
//! `demonyms` reads a people in the plural as the state's forces. [`meta::Meta`] is what each
//! sentence's event tells these passes.
pub(super) mod attackers;
pub(super) mod background;
pub(super) mod communities;
pub(super) mod demonyms;
pub(super) mod fronts;
pub(super) mod headlines;
pub mod identity;
pub(super) mod incidents;
pub(super) mod late_reactions;
pub(super) mod meta;
pub(super) mod namesakes;
pub(super) mod nesting;
pub(super) mod peacekeepers;
pub mod recode;
pub(super) mod reported;
pub(super) mod roving;
pub(super) mod separatists;
pub(super) mod spans;
pub(super) mod story_group;
pub(super) mod subgroups;
pub(super) mod turncoats;
