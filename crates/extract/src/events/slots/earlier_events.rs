//! "Past attacks were claimed by Islamic State", "a currency crash triggered by previous
//! sanctions", "DNA recovered during a previous raid": an event noun that an adjective places
//! before the story's news names earlier events, told without a time. Only a date of its own phrase
//! dates it ("previous attacks in 2019"); no other phrase of the sentence, nor the news day or the
//! latest incident's date (GUIDELINES §6.6: past acts told without a time are null). A clause whose
//! subject is such a noun tells the same earlier events ("Past attacks were claimed by ...").
//! "that earlier clash" restates an incident the story has told and is left to the document pass.
//! Only the date changes: the event keeps the date found for it until the document pass has placed
//! it, as any undated act of the story's setting is placed (`DateFrom::Earlier`).
use crate::dates::DateMention;
use crate::events::view::View;
use crate::events::words;

/// Whether the event of trigger `head` is told as earlier than the news and no date phrase of its
/// own noun phrase dates it.
pub(super) fn undated_earlier(v: &View, head: usize, nominal: bool, dates: &[DateMention]) -> bool {
    // A subject only when it is an event noun: "the previous government signed" is no earlier event.
    let event_noun = |n: usize| {
        crate::lexicon::lookup_pos(&v.lemmas, n, Some(crate::lexicon::Pos::Noun)).is_some_and(|m| m.head == n)
    };
    let noun = if nominal {
        Some(head).filter(|&n| marked_earlier(v, n))
    } else {
        v.kids_with(head, &["nsubj", "nsubj:pass"]).find(|&n| marked_earlier(v, n) && event_noun(n))
    };
    let dated_under = |x: usize| dates.iter().any(|d| v.ancestors(v.top(d.tokens.clone())).any(|a| a == x));
    // A clause's own date dates it: "past attacks were claimed in 2019 by ...".
    noun.is_some_and(|n| !dated_under(n) && (nominal || !dated_under(head)))
}

/// "past attacks", "a previous raid", "prior clashes"; not "that earlier clash", "these previous
/// attacks", which point back at an incident the story has told.
fn marked_earlier(v: &View, noun: usize) -> bool {
    let lemma = |k: usize| v.lemmas[k].as_str();
    v.kids_with(noun, &["amod"]).any(|a| words::get("earlier_adjectives").contains(&lemma(a)))
        && !v.kids_with(noun, &["det"]).any(|d| words::get("demonstratives").contains(&lemma(d)))
}
