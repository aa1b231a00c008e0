//! events: triggers linked to their arguments through the dependency parse.
//!
//! One folder a stage, the data flowing one way: triggers → arguments → parties → slots → records.
//! 0. Each sentence's tree is read through a [`view::View`], which first repairs attachments the parser
//!    often gets wrong in wire copy (`reparse`: a trailing speaker hung on the event verb, a report's
//!    content hung on its document noun, a title beside a name) and never makes a cycle.
//! 1. For each parsed sentence (`assemble`, over a [`view::View`]), one way through four stages:
//!    1. triggers (`triggers/`): the lexicon's and the model's matches ([`learned`]) with their CAMEO
//!       codes, and appeals in modal form (`appeals`: "X must …" said of X); speech-act content,
//!       light-verb nouns and folded outcomes are dropped;
//!    2. roles: drop triggers that report no occurrence (`reality/`: time references, patterns, aims,
//!       hypotheticals), read the roles off the parse (`args/`), joined by the model's argument head
//!       (`args::hinted`);
//!    3. parties (`sides/`): source ([`attribution`]), actors and targets normalized against the
//!       document context (`sides::context`: pronouns, "the two countries", the last speaker);
//!    4. slots and records: date (`slots/`, with `tense`: own phrase, background present, narrative
//!       past, news day), place (`slots::places`), casualties ([`crate::casualties`]), one [`Event`]
//!       per (actor, target) pair (`pairing`) and per year a statistic compares (`yearly`).
//! 2. Over the whole document (`document/`, in `extract_with`): restated incidents take the date and
//!    place of the incident they restate (`incidents`); a span's day widens (`document::spans`).
//! 3. Party identity ([`identity`]): a party named only by its role takes the country of its
//!    event's place, else the country the story is set in.
//! 4. CAMEO by the parties ([`recode`]): force on protesters or in protests is repression (175),
//!    protesters fighting police riot (145), people an armed group seizes are abducted (181), hostages
//!    a state's forces free are rescued by force (190).
//!
//! At the top besides: `tense` (tense and aspect, read by every stage), `bare_passives` (participles
//! passive with no auxiliary: "stand accused", "a commander, accused of …"; read by the arguments
//! and the accusation reader), `view` and `words` (the
//! sentence, its word-level predicates and the word lists), `roles` (the argument heads every stage
//! after the triggers reads), `testing` and `tests/` (one file a concern).
//!
//! A stage reads only the stages before it, with one kind of exception: triggers that are said by
//! someone (appeals and threats in modal form, verdicts, forecasts, a party's own refusals, event nouns
//! of background) ask who says them
//! (`sides::attribution::source`, `reality::voices`) or whether they are background
//! (`reality::background`) to decide whether they are triggers at all, and a threat reads its target
//! with the verbal argument reader (`args::verbal`).
pub mod args;
mod assemble;
mod bare_passives;
mod document;
mod pairing;
mod reality;
mod reparse;
mod roles;
mod sides;
mod slots;
mod tense;
mod triggers;
pub mod view;
pub(crate) mod words;
mod yearly;

use casus_core::{Document, Event};
use view::View;

pub use document::{identity, recode};
pub use sides::attribution;
pub use triggers::learned::{self, TriggerSource};

/// How the events stage runs.
#[derive(Debug, Clone, Copy, Default)]
pub struct Options {
    pub triggers: TriggerSource,
}

/// Extracts the events of an annotated document with the default [`Options`].
pub fn extract(doc: &Document) -> Vec<Event> {
    extract_with(doc, &Options::default())
}

/// Extracts the events of an annotated document, numbered `<doc_id>:<n>` in text order.
/// Sentences without a parse give no events: arguments come from the parse, never from guesses.
pub fn extract_with(doc: &Document, options: &Options) -> Vec<Event> {
    let mut events = Vec::new();
    let mut metas = Vec::new();
    let mut ctx = sides::context::Context::new(doc);
    ctx.trigger_source = options.triggers;
    let mut lead_days = document::late_reactions::LeadDays::default();
    for (index, sent) in doc.sentences.iter().enumerate() {
        let Some(parse) = &sent.parse else { continue };
        if parse.heads.len() != sent.tokens.len() {
            continue;
        }
        let mut v = View::new(doc, sent, parse);
        v.mark_dates(&ctx.dates[index]);
        lead_days.read(&v, index, &ctx.dates[index], doc.published);
        assemble::sentence(&v, index, &mut ctx, &mut events, &mut metas);
    }
    document::incidents::resolve(&mut events, ctx.states().first().map(String::as_str));
    // Before `redate`, which counts a report's day as the sentence's own.
    let late = document::late_reactions::told_late(&events, &metas, doc.published, &lead_days);
    document::reported::redate(&mut events, &mut metas);
    document::incidents::link(&mut events, &mut metas);
    document::headlines::date_from_lead(&mut events, &metas);
    recode::restated(&mut events, &metas);
    document::incidents::place(&mut events, &metas);
    document::incidents::spread(&mut events, &metas);
    document::nesting::narrow(&mut events, &metas);
    document::incidents::undate(&mut events, &metas);
    document::background::continue_background(&mut events, &metas, doc.published);
    document::late_reactions::undate(&mut events, &metas, late);
    document::spans::widen(&mut events, &metas);
    document::subgroups::narrow(&mut events, doc);
    let group = document::story_group::armed_group_country(doc, ctx.home.as_deref());
    identity::complete(&mut events, ctx.home.as_deref(), group.as_deref());
    document::communities::settle(&mut events, ctx.home.as_deref());
    document::namesakes::settle(&mut events, &doc.text, ctx.home.as_deref());
    // After the identity pass, which gives bare peacekeepers the story's state.
    document::peacekeepers::settle(&mut events);
    identity::in_time(&mut events, doc.published);
    // After the era pass, which makes the Taliban of a story before 2021 insurgents.
    document::fronts::settle(&mut events, ctx.home.as_deref());
    // Before the separatist pass, which leaves the mutineers it codes REB as they are: their own
    // words name state forces turned, not the story's separatists.
    document::turncoats::settle(&mut events, doc);
    document::separatists::separatist(&mut events, doc);
    document::roving::settle(&mut events);
    // After the separatist pass, so that a story's group has one key (its "militants" are SEP too).
    document::attackers::attribute(&mut events);
    identity::name_unnamed_sources(&mut events);
    let protest: Vec<bool> = metas.iter().map(|m| m.protest).collect();
    recode::in_protests(&mut events, &protest);
    recode::by_parties(&mut events);
    recode::captors(&mut events);
    recode::rescues(&mut events);
    recode::official_protests(&mut events);
    document::demonyms::forces(&mut events);
    recode::incident_tolls(&mut events, &metas);
    recode::assassinations(&mut events);
    // Last: it drops records, so `metas` no longer lines up with `events` after it.
    pairing::one_per_state_key(&mut events);
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
