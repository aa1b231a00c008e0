//! Force done by no party or to no party: a natural hazard or a collapse as the doer ("Tropical
//! Cyclone Jude slammed into …", "collapsing buildings injured 15 people", "was struck by Chido")
//! and an animal as the doer or the one hit ("millions of dogs are killed", "the animals kill
//! people"). GUIDELINES §12.8: the toll of a disaster or an accident is no conflict event, and an
//! animal is no party.
use crate::events::triggers::trigger::is_force;
use crate::events::view::View;
use crate::events::words;

/// The trigger at `head` is done by a natural hazard or an animal ("Cyclone Jude slammed into …"
/// is no criticism either), or is force done to an animal.
pub(crate) fn no_party(v: &View, head: usize, cameo: &str) -> bool {
    // Written in lower case: "the Tamil Tigers" are a party.
    let animal = |k: usize| !is_capitalized(v, k) && words::get("animals").contains(&v.lemmas[k].as_str());
    // "thousands of dogs were killed": the animals of a count.
    let animals =
        |k: usize| animal(k) || v.kids_with(k, &["nmod"]).any(|n| v.case_of(n).as_deref() == Some("of") && animal(n));
    let done_to_animal =
        is_force(cameo) && v.kids(head).iter().any(|&k| matches!(v.rel(k), "obj" | "nsubj:pass") && animals(k));
    done_to_animal || doer(v, head).is_some_and(|d| animal(d) || hazard(v, d))
}

/// The doer of the act at `head`: its active subject or its by-agent; a clause that leans on
/// another ("slammed into …, causing no deaths") has the doer of the one it leans on.
fn doer(v: &View, head: usize) -> Option<usize> {
    let mut cur = head;
    for _ in 0..4 {
        let by =
            |k: usize| v.rel(k) == "obl:agent" || (v.base_rel(k) == "obl" && v.case_of(k).as_deref() == Some("by"));
        let agent = if v.is_passive(cur) { v.kids(cur).iter().copied().find(|&k| by(k)) } else { None };
        if let Some(d) = v.kids_with(cur, &["nsubj"]).find(|&k| v.rel(k) != "nsubj:pass").or(agent) {
            return Some(d);
        }
        if v.is_passive(cur) || !matches!(v.base_rel(cur), "advcl" | "xcomp" | "conj") {
            return None;
        }
        cur = v.head(cur)?;
    }
    None
}

/// A natural hazard by its word or its modifiers ("Tropical Cyclone Jude", "collapsing buildings",
/// "flood-hit"), or a name the story gives a hazard elsewhere ("Cyclones Chido and Dikeledi").
fn hazard(v: &View, d: usize) -> bool {
    let listed = |w: &str| w.split('-').any(|p| words::get("natural_hazards").contains(&p));
    // A capitalized modifier counts only on a name ("Cyclone Jude"): "Storm Shadow missiles" are arms.
    let name = is_capitalized(v, d);
    let modifier = |k: usize| name || !is_capitalized(v, k);
    std::iter::once(d)
        .chain(v.kids_with(d, &["compound", "amod"]).filter(|&k| modifier(k)))
        .any(|k| listed(&v.lemmas[k]))
        || (name && named_hazard(v, v.word(d)))
}

/// "Cyclone Chido", "Hurricanes Irma and Maria": a capitalized word that some sentence of the story
/// writes right after a hazard word names that hazard.
fn named_hazard(v: &View, name: &str) -> bool {
    let hazard_word = |w: &str| {
        let w = w.to_lowercase();
        let one = w.strip_suffix('s').unwrap_or(&w);
        words::get("natural_hazards").contains(&one)
    };
    v.doc.sentences.iter().any(|s| s.tokens.windows(2).any(|p| p[1].text == name && hazard_word(&p[0].text)))
}

/// Token `k` is written with a capital inside its sentence (the first word says nothing).
fn is_capitalized(v: &View, k: usize) -> bool {
    k > 0 && v.word(k).starts_with(|c: char| c.is_uppercase())
}
