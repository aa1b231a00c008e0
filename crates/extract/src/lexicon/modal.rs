//! Modality and negation around a trigger, from `data/modals.tsv`.
//!
//! What the events stage does with a trigger X:
//! - X is the complement of a governor G ("threatened to **strike**", "urged Baku to **stop**",
//!   "refused to **withdraw**", "denied **firing**"): look up `modal(lemma(G))` and apply
//!   [`modal_code`] to X's code. `Recode(c)`: emit one event with code c, the governor as the
//!   action text, G's subject as actor (for appeals/demands the addressee Y of "urged Y to X" is
//!   the target). `Drop`: emit nothing for X. `Keep`: X stands as it is. When G is itself a
//!   trigger ("urge", "threaten"), the recoded event replaces G's own event.
//! - X is negated ([`negated`], or a `neg` dependent whose lemma [`is_negation`]): use
//!   `entry.negated` when set ("did not rule out" → 130), else emit nothing.
//! - X is the object of a support verb ([`is_support_verb`]: "launched an offensive", "carried out
//!   strikes"): the event is X's; the action text may extend over the verb, whose subject is the actor.
use std::collections::HashMap;
use std::sync::OnceLock;

const MODALS: &str = include_str!("../../data/modals.tsv");
const MODAL_CODES: &str = include_str!("../../data/modal_codes.tsv");

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ModalKind {
    Threat,
    Intent,
    Appeal,
    Demand,
    Order,
    Refuse,
    Attempt,
    Deny,
    Negate,
    Hypothetical,
}

/// What a governor does to the code of the trigger it governs.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ModalOutcome {
    Keep,
    Recode(String),
    Drop,
}

pub(crate) fn parse_modals(text: &str) -> Result<Vec<(String, ModalKind)>, String> {
    let mut out = Vec::new();
    for (n, raw) in text.lines().enumerate() {
        if raw.trim().is_empty() || raw.starts_with('#') {
            continue;
        }
        let cols: Vec<&str> = raw.split('\t').map(str::trim).collect();
        let Some(kind) = cols.get(1).and_then(|k| kind_named(k)) else {
            return Err(format!("line {}: unknown kind: {raw:?}", n + 1));
        };
        if cols[0].is_empty() || cols[0].contains(' ') || cols.len() > 3 {
            return Err(format!("line {}: expected `lemma<TAB>kind[<TAB>note]`: {raw:?}", n + 1));
        }
        out.push((cols[0].to_lowercase(), kind));
    }
    Ok(out)
}

/// The modal kind of a governor lemma ("threaten" → Threat, "urge" → Appeal, "could" → Hypothetical).
pub fn modal(governor_lemma: &str) -> Option<ModalKind> {
    static MAP: OnceLock<HashMap<String, ModalKind>> = OnceLock::new();
    MAP.get_or_init(|| parse_modals(MODALS).unwrap_or_else(|e| panic!("modals.tsv: {e}")).into_iter().collect())
        .get(governor_lemma)
        .copied()
}

/// The code of "G to X" given G's kind and X's code (CAMEO's parallel sub-codes of 02, 03, 10, 12, 13),
/// from `data/modal_codes.tsv`: the first line of the kind whose prefix X's code starts with.
/// An order is a demand except where its own lines say otherwise.
pub fn modal_code(kind: ModalKind, embedded: &str) -> ModalOutcome {
    static CODES: OnceLock<Vec<(ModalKind, String, ModalOutcome)>> = OnceLock::new();
    let line = CODES
        .get_or_init(|| parse_modal_codes(MODAL_CODES).unwrap_or_else(|e| panic!("modal_codes.tsv: {e}")))
        .iter()
        .find(|(k, prefix, _)| *k == kind && (prefix == "*" || embedded.starts_with(prefix.as_str())));
    match line {
        Some((_, _, outcome)) => outcome.clone(),
        None if kind == ModalKind::Order => modal_code(ModalKind::Demand, embedded),
        None => ModalOutcome::Keep,
    }
}

fn kind_named(name: &str) -> Option<ModalKind> {
    Some(match name {
        "threat" => ModalKind::Threat,
        "intent" => ModalKind::Intent,
        "appeal" => ModalKind::Appeal,
        "demand" => ModalKind::Demand,
        "order" => ModalKind::Order,
        "refuse" => ModalKind::Refuse,
        "attempt" => ModalKind::Attempt,
        "deny" => ModalKind::Deny,
        "negate" => ModalKind::Negate,
        "hypothetical" => ModalKind::Hypothetical,
        _ => return None,
    })
}

pub(crate) fn parse_modal_codes(text: &str) -> Result<Vec<(ModalKind, String, ModalOutcome)>, String> {
    let mut out = Vec::new();
    for (n, raw) in text.lines().enumerate() {
        if raw.trim().is_empty() || raw.starts_with('#') {
            continue;
        }
        let cols: Vec<&str> = raw.split('\t').map(str::trim).collect();
        let bad = || format!("line {}: expected `kind<TAB>prefix<TAB>code|keep|drop[<TAB>note]`: {raw:?}", n + 1);
        let (Some(kind), Some(prefix), Some(outcome)) = (kind_named(cols[0]), cols.get(1), cols.get(2)) else {
            return Err(bad());
        };
        let digits = |c: &str| !c.is_empty() && c.chars().all(|ch| ch.is_ascii_digit());
        let outcome = match *outcome {
            "keep" => ModalOutcome::Keep,
            "drop" => ModalOutcome::Drop,
            c if digits(c) => ModalOutcome::Recode(c.to_string()),
            _ => return Err(bad()),
        };
        if !(*prefix == "*" || digits(prefix)) || cols.len() > 4 {
            return Err(bad());
        }
        out.push((kind, prefix.to_string(), outcome));
    }
    Ok(out)
}

/// Negation words: not, n't, never, no, neither, nor, without, none, nobody.
pub fn is_negation(lemma: &str) -> bool {
    matches!(lemma, "not" | "n't" | "never" | "no" | "neither" | "nor" | "without" | "none" | "nobody" | "nothing")
}

/// Whether the negation word at token `j` opens "not only … but also", "not just": a focus on one
/// of two acts, both of which happened ("not only condemned the attack but also imposed sanctions").
pub fn focus_not(lemmas: &[String], j: usize) -> bool {
    lemmas[j] == "not" && lemmas.get(j + 1).is_some_and(|w| matches!(w.as_str(), "only" | "just" | "merely" | "simply"))
}

/// Whether the trigger at token `head` is negated by the few tokens before it ("did not fire",
/// "didn't fire" (tokenized `did n ' t`), "never attacked", "no clashes"). Stops at punctuation
/// other than apostrophes and at coordinating "and"/"but"/"or".
pub fn negated(lemmas: &[String], head: usize) -> bool {
    let start = head.saturating_sub(4);
    for j in (start..head.min(lemmas.len())).rev() {
        let t = lemmas[j].as_str();
        if (is_negation(t) && !focus_not(lemmas, j))
            || (t == "t" && j > 0 && matches!(lemmas[j - 1].as_str(), "'" | "’"))
        {
            return true;
        }
        let punct = !t.chars().any(char::is_alphanumeric) && t != "'" && t != "’";
        if punct || matches!(t, "and" | "but" | "or") {
            return false;
        }
    }
    false
}

/// Light verbs whose object noun carries the event: launch, carry out, conduct, stage, mount...
pub fn is_support_verb(lemma: &str) -> bool {
    matches!(
        lemma,
        "launch"
            | "carry"
            | "conduct"
            | "stage"
            | "mount"
            | "wage"
            | "unleash"
            | "commit"
            | "perpetrate"
            | "make"
            | "hold"
            | "have"
            | "begin"
            | "start"
            | "resume"
            | "continue"
            | "intensify"
            | "step"
            | "escalate"
            | "undertake"
            | "perform"
            | "execute"
            | "inflict"
            | "deliver"
            | "issue"
            | "lodge"
    )
}
