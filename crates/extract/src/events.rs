//! events: triggers linked to their arguments (in progress).
use casus_core::{Document, Event};

/// Extracts the events of an annotated document, numbered `<doc_id>:<n>` in text order.
pub fn extract(_doc: &Document) -> Vec<Event> {
    Vec::new()
}
