//! "fighting between government and rebel troops", "Government and rebel forces clashed": the parser
//! often reads modifiers coordinated before one noun as a list of nouns ("government", conj
//! "rebel", conj "troops"). Each modifier with the noun is one party ("government troops" MIL,
//! "rebel troops" REB, GOV and REB of GUIDELINES 12.2 kept apart); the noun is no third party.
use super::View;

/// How a head of such a misread list names its party.
pub(super) enum Reading {
    /// A modifier: the party of "<modifier> <noun>"; the noun's index.
    Modifier(usize),
    /// The shared noun itself: no party of its own.
    Noun,
}

/// How `head` reads when it is one of a coordination of bare words misread before one noun: the
/// last two conjuncts side by side ("rebel troops": no "and" or comma can sit between them in a list
/// of nouns), or the noun hung on the last conjunct right after it ("rebel" → obj "troops", the
/// modifier read as a verb). None for any other head, and for true lists ("the army and the rebels").
pub(super) fn reading(v: &View, head: usize) -> Option<Reading> {
    let mut first = head;
    while v.base_rel(first) == "conj" {
        first = v.head(first)?;
    }
    let mut all = v.conjuncts(first);
    all.sort_unstable();
    let last = *all.last()?;
    // "Civilians and security forces", "police and army soldiers": a word that names a party on its
    // own is an item of a list, no modifier of the last noun, unless it stands right before it
    // ("troops and police officers").
    if head != last && head + 1 != last && names_party_alone(v, head) {
        return None;
    }
    // A bare word: nothing hangs on it but the "and" or comma that joins it.
    let bare = |k: usize| v.kids(k).iter().all(|&c| matches!(v.base_rel(c), "cc" | "punct"));
    let bare_before =
        |upto: usize| all[..upto].iter().all(|&k| bare(k) || (k == first && first_only_joins(v, k, &all)));
    if all.len() >= 3 && all[all.len() - 2] + 1 == last && bare_before(all.len() - 1) {
        return Some(if head == last { Reading::Noun } else { Reading::Modifier(last) });
    }
    let hung = |c: usize| c == last + 1 && matches!(v.base_rel(c), "obj" | "nmod" | "compound");
    let noun = v.kids(last).iter().copied().find(|&c| hung(c))?;
    let only = v.kids(last).iter().all(|&c| c == noun || matches!(v.base_rel(c), "cc" | "punct"));
    (all.len() >= 2 && only && bare_before(all.len() - 1)).then_some(Reading::Modifier(noun))
}

/// The first conjunct carries the others as conj: those, its "and", and the preposition and
/// article of the whole phrase ("between the government and rebel troops") are all that hang on it.
fn first_only_joins(v: &View, k: usize, all: &[usize]) -> bool {
    v.kids(k).iter().all(|&c| all.contains(&c) || matches!(v.base_rel(c), "cc" | "punct" | "case" | "det"))
}

/// A plural noun ("civilians", "troops": a modifier before a noun is never plural) or a force named
/// in the singular ("police"): a party of its own, where "government" or "rebel" modify.
fn names_party_alone(v: &View, k: usize) -> bool {
    let lemma = v.lemmas[k].as_str();
    lemma != v.lower(k) || crate::events::words::get("party_collectives").contains(&lemma)
}

/// "Israeli tanks and artillery", "Russian troops and police": a nationality before the first noun of
/// a list of bare nouns is said of each of them, so a bare conjunct with no country of its own is of
/// the first noun's country. The country, when `head` is such a conjunct.
pub(super) fn shared_country(v: &View, head: usize) -> Option<String> {
    if v.base_rel(head) != "conj" || !v.kids(head).iter().all(|&c| matches!(v.base_rel(c), "cc" | "punct")) {
        return None;
    }
    let mut first = head;
    while v.base_rel(first) == "conj" {
        first = v.head(first)?;
    }
    let nationality = |k: usize| crate::parties::normalize(v.word(k))?.country;
    v.kids_with(first, &["amod", "compound"]).filter(|&k| k < first).find_map(nationality)
}
