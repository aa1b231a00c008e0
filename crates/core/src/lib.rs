//! Core types of casus: the [`Document`] every pipeline stage annotates, and the [`Event`] record
//! the pipeline writes.
//!
//! Data flows one way:
//!
//! 1. [`Document::new`] takes raw text and splits it into [`Sentence`]s and [`Token`]s
//!    ([`segment`]), keeping char offsets (Unicode scalar values, end exclusive) into the text
//!    exactly as read.
//! 2. Model stages fill each sentence's [`Entity`] list and dependency [`Parse`].
//! 3. Extraction stages read those annotations and produce [`Event`]s, the output contract of
//!    `EVENT_SCHEMA.md`.
pub mod date;
pub mod document;
pub mod error;
pub mod event;
pub mod segment;

pub use date::parse_pub_date;
pub use document::{ArgumentHint, Document, Entity, Parse, Sentence, Token, TriggerHint};
pub use error::DocumentError;
pub use event::{Action, Casualties, Casualty, DateRef, Event, Evidence, Location, Party, Qualifier, RECORD_KEYS};
