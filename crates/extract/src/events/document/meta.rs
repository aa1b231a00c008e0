//! What the document pass (incidents, recoding) needs to know of each sentence's event besides its
//! record: written by `assemble`, read by the stages after it.
use crate::events::slots::DateFrom;

/// What the document pass needs to know of an event besides its record.
#[derive(Clone, Debug)]
pub(crate) struct Meta {
    pub(crate) sentence: usize,
    /// Lemma of the trigger's head word.
    pub(crate) lemma: String,
    /// A definite event noun that may restate an earlier incident ("the incident", "this border clash").
    pub(crate) anaphor: bool,
    pub(crate) force: bool,
    /// The trigger is a casualty outcome ("were killed", "sustained serious injuries").
    pub(crate) outcome: bool,
    /// Force, coercion, force posture or protest: something that happens at a place on a day.
    pub(crate) incident: bool,
    /// The location comes from the event's own sentence.
    pub(crate) located: bool,
    /// The trigger names an incident as a whole: an event noun ("clashes") or a toll ("were killed").
    pub(crate) whole: bool,
    /// The incident an act responds to ("in response to a provocation"): an earlier one.
    pub(crate) earlier: bool,
    /// Force aimed at or set in street protest ("fired on protesters", "killed in protests"):
    /// repression (175) unless the parties say otherwise ([`super::recode::in_protests`]).
    pub(crate) protest: bool,
    pub(crate) date_from: DateFrom,
    /// The span the event noun names ("three days of fighting"): its day widens at the end.
    pub(crate) span: Option<crate::events::slots::spans::Span>,
    /// The story's headline, whose date and place come from the body (GUIDELINES §3).
    pub(crate) headline: bool,
    /// The sentence is the story's headline or one of its lead's body sentences.
    pub(crate) lead: bool,
    /// The sentence opens another item of the news ("Elsewhere, ...", "Separately, ...").
    pub(crate) new_item: bool,
}
