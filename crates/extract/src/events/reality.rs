//! Whether a trigger reports something that happened, rather than a time reference ("since the
//! 2020 war"), a pattern ("clashes regularly take place"), a denied or hypothetical occurrence
//! ("did not mention any incidents"), a standing description ("the ICC, which investigates …") or
//! page furniture addressed to the reader ("invites you to look back …").
use super::tense;
use super::view::View;
use crate::dates::{DateMention, Precision};

/// Prepositions that make an event noun a point of reference in time.
const TIME_REFERENCE: &[&str] = &["since", "until", "till", "before", "following"];

/// Reasons a trigger at `head` (noun when `nominal`) is no event of its own.
pub(super) fn not_an_event(v: &View, head: usize, cameo: &str, nominal: bool, dates: &[DateMention]) -> bool {
    let clause = tense::clause_verb(v, head);
    // "Clashes regularly take place": a pattern, unless a day is named for the clause.
    let dated_clause =
        dates.iter().any(|d| d.precision == Precision::Day && v.head(v.top(d.tokens.clone())) == Some(clause));
    if tense::habitual(v, clause) && !dated_clause {
        return true;
    }
    // "invites you to look back at the news of the week".
    if v.kids_with(head, &["obj", "iobj"]).any(|o| v.lemmas[o] == "you") {
        return true;
    }
    if nominal {
        if v.case_of(head).is_some_and(|c| TIME_REFERENCE.contains(&c.as_str())) {
            return true;
        }
        // "did not mention any armed incidents", "no clashes were reported".
        if v.kids_with(head, &["det"]).any(|d| matches!(v.lemmas[d].as_str(), "any" | "no")) {
            return true;
        }
        // "a Moscow-brokered ceasefire": the agent's brokering is the event, not the ceasefire.
        if v.kids_with(head, &["amod", "compound"]).any(|k| agentive_participle(v.word(k))) {
            return true;
        }
    }
    // "the International Criminal Court, which investigates …": a standing description; a
    // position ("the population, which accuses Azerbaijan of …") is still a statement.
    let position = matches!(cameo.get(..2), Some("01" | "02" | "03" | "10" | "11" | "12" | "13"));
    !position
        && v.rel(clause) == "acl:relcl"
        && tense::present_simple(v, clause)
        && !tense::quoted(v, head)
        && !tense::about_the_news(v, clause)
}

/// "Moscow-brokered", "Russian-sponsored", "U.S.-led": a participle with its agent attached.
fn agentive_participle(word: &str) -> bool {
    word.rsplit_once(['-', '–']).is_some_and(|(agent, verb)| {
        !agent.is_empty() && verb.ends_with("ed") && crate::parties::normalize(agent).is_some()
    })
}
