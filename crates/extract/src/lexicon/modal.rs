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

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ModalKind {
    Threat,
    Intent,
    Appeal,
    Demand,
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
        let kind = match cols.get(1).copied() {
            Some("threat") => ModalKind::Threat,
            Some("intent") => ModalKind::Intent,
            Some("appeal") => ModalKind::Appeal,
            Some("demand") => ModalKind::Demand,
            Some("refuse") => ModalKind::Refuse,
            Some("attempt") => ModalKind::Attempt,
            Some("deny") => ModalKind::Deny,
            Some("negate") => ModalKind::Negate,
            Some("hypothetical") => ModalKind::Hypothetical,
            _ => return Err(format!("line {}: unknown kind: {raw:?}", n + 1)),
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

/// The code of "G to X" given G's kind and X's code (CAMEO's parallel sub-codes of 02, 03, 10, 12, 13).
pub fn modal_code(kind: ModalKind, embedded: &str) -> ModalOutcome {
    use ModalOutcome::*;
    let root = embedded.get(..2).unwrap_or(embedded);
    let yield_sub = |base: &str| -> String {
        // 08x yield → x5x: 0841 release → x53, 085 sanctions → x54, 087x de-escalate → x56.
        let d = if embedded.starts_with("0841") {
            "3"
        } else if embedded.starts_with("085") {
            "4"
        } else if embedded.starts_with("087") {
            "6"
        } else {
            ""
        };
        format!("{base}{d}")
    };
    let r = |c: &str| Recode(c.to_string());
    match kind {
        ModalKind::Negate | ModalKind::Hypothetical => Drop,
        ModalKind::Deny => r("016"),
        ModalKind::Attempt => {
            if embedded == "186" {
                r("185")
            } else if embedded.starts_with("057") || embedded.starts_with("0871") {
                // "sought to reach a peace deal": still negotiating it.
                r("046")
            } else {
                Keep
            }
        }
        ModalKind::Threat => match root {
            "18" | "19" | "20" => r("138"),
            "17" => r("137"),
            "16" if embedded.starts_with("163") => r("1312"),
            "16" if embedded.starts_with("164") => r("134"),
            "16" => r("131"),
            _ => r("130"),
        },
        ModalKind::Intent => match root {
            "18" | "19" | "20" => r("138"),
            "17" => r("137"),
            // "plan to deploy more troops": intent to deploy is cooperation (GUIDELINES §12.9); a
            // plan to use force against a party is the 138 above.
            "15" => r("033"),
            "16" | "13" => r("130"),
            "04" if embedded.starts_with("045") => r("039"),
            "04" => r("036"),
            "05" => r("032"),
            "06" => r("031"),
            "07" => r("033"),
            "08" => Recode(yield_sub("035")),
            "09" => r("030"),
            _ => Keep,
        },
        ModalKind::Appeal => match root {
            "04" if embedded.starts_with("045") => r("028"),
            "04" => r("026"),
            "05" => r("022"),
            "06" => r("021"),
            "07" => r("023"),
            "08" => Recode(yield_sub("025")),
            _ => r("020"),
        },
        ModalKind::Demand => match root {
            "04" if embedded.starts_with("045") => r("108"),
            "04" => r("106"),
            "05" => r("102"),
            "06" => r("101"),
            "07" => r("103"),
            "08" => Recode(yield_sub("105")),
            _ => r("100"),
        },
        ModalKind::Refuse => match root {
            "18" | "19" | "20" | "15" | "17" => Drop,
            "04" if embedded.starts_with("045") => r("126"),
            "04" => r("125"),
            "05" if embedded.starts_with("057") => r("127"),
            "06" => r("121"),
            "07" => r("122"),
            "08" => Recode(yield_sub("124")),
            _ => r("120"),
        },
    }
}

/// Negation words: not, n't, never, no, neither, nor, without, none, nobody.
pub fn is_negation(lemma: &str) -> bool {
    matches!(lemma, "not" | "n't" | "never" | "no" | "neither" | "nor" | "without" | "none" | "nobody" | "nothing")
}

/// Whether the trigger at token `head` is negated by the few tokens before it ("did not fire",
/// "didn't fire" (tokenized `did n ' t`), "never attacked", "no clashes"). Stops at punctuation
/// other than apostrophes and at coordinating "and"/"but"/"or".
pub fn negated(lemmas: &[String], head: usize) -> bool {
    let start = head.saturating_sub(4);
    for j in (start..head.min(lemmas.len())).rev() {
        let t = lemmas[j].as_str();
        if is_negation(t) || (t == "t" && j > 0 && matches!(lemmas[j - 1].as_str(), "'" | "’")) {
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
