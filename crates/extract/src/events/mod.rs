//! events: triggers linked to their arguments through the dependency parse.
//!
//! For each parsed sentence: find triggers with the [`crate::lexicon`], read each trigger's roles
//! off the parse ([`args`]), normalize the parties ([`crate::parties`]), pick the date
//! ([`crate::dates`]), place, casualties ([`crate::casualties`]) and source ([`attribution`]),
//! and write one [`Event`] per (actor, target) pair.
pub mod args;
mod assemble;
pub mod attribution;
mod context;
mod incidents;
mod reality;
mod slots;
mod tense;
pub mod view;

use assemble::{is_force, Trigger};

use casus_core::{Document, Event};
use view::View;

/// Extracts the events of an annotated document, numbered `<doc_id>:<n>` in text order.
/// Sentences without a parse give no events: arguments come from the parse, never from guesses.
pub fn extract(doc: &Document) -> Vec<Event> {
    let mut events = Vec::new();
    let mut metas = Vec::new();
    let mut ctx = context::Context::new(doc);
    for (index, sent) in doc.sentences.iter().enumerate() {
        let Some(parse) = &sent.parse else { continue };
        if parse.heads.len() != sent.tokens.len() {
            continue;
        }
        let mut v = View::new(doc, sent, parse);
        v.mark_dates(&ctx.dates[index]);
        assemble::sentence(&v, index, &mut ctx, &mut events, &mut metas);
    }
    incidents::link(&mut events, &mut metas);
    incidents::place(&mut events, &metas);
    for (n, e) in events.iter_mut().enumerate() {
        e.doc_id = doc.id.clone();
        e.event_id = format!("{}:{n}", doc.id);
    }
    events
}

#[cfg(test)]
mod testing;
#[cfg(test)]
mod tests;
