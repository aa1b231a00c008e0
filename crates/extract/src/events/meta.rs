//! What the document pass (incidents, recoding) needs to know of each sentence's event besides its
//! record: written by `assemble`, read by the stages after it.
use super::slots::DateFrom;

/// What the document pass needs to know of an event besides its record.
#[derive(Clone, Debug)]
pub(super) struct Meta {
    pub(super) sentence: usize,
    /// Lemma of the trigger's head word.
    pub(super) lemma: String,
    /// A definite event noun that may restate an earlier incident ("the incident", "this border clash").
    pub(super) anaphor: bool,
    pub(super) force: bool,
    /// The trigger is a casualty outcome ("were killed", "sustained serious injuries").
    pub(super) outcome: bool,
    /// Force, coercion, force posture or protest: something that happens at a place on a day.
    pub(super) incident: bool,
    /// The location comes from the event's own sentence.
    pub(super) located: bool,
    /// The trigger names an incident as a whole: an event noun ("clashes") or a toll ("were killed").
    pub(super) whole: bool,
    /// The incident an act responds to ("in response to a provocation"): an earlier one.
    pub(super) earlier: bool,
    /// Force aimed at or set in street protest ("fired on protesters", "killed in protests"):
    /// repression (175) unless the parties say otherwise ([`super::recode::in_protests`]).
    pub(super) protest: bool,
    pub(super) date_from: DateFrom,
    /// The span the event noun names ("three days of fighting"): its day widens at the end.
    pub(super) span: Option<super::spans::Span>,
    /// The story's headline, whose date and place come from the body (GUIDELINES §3).
    pub(super) headline: bool,
    /// The sentence opens another item of the news ("Elsewhere, ...", "Separately, ...").
    pub(super) new_item: bool,
}
