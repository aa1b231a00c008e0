//! "killed 25 people, mostly soldiers and police": a generic toll that the text says is mostly made
//! of named groups takes them as its victims (GUIDELINES §12.9), one record a group, each with the
//! shared toll.
use crate::casualties::CasualtyMention;
use crate::events::view::View;
use crate::events::words;
use casus_core::Party;

/// The groups that qualify a generic count ("people", "others"): the phrases under its noun marked
/// by an adverb of proportion (event_words `proportion_adverbs`), with their conjuncts. Empty when
/// none: "12 people, including four children" names a part, not who the dead were.
pub(super) fn qualified_groups(v: &View, c: &CasualtyMention) -> Vec<Party> {
    let generic = words::get("generic_victims");
    let Some(noun) = c.tokens.clone().find(|&i| generic.contains(&v.lemmas[i].as_str())) else { return Vec::new() };
    let adverbs = words::get("proportion_adverbs");
    // Not a place or time phrase: "killed 25 people, mostly near police stations".
    let marked = |k: &usize| {
        v.kids_with(*k, &["advmod"]).any(|a| adverbs.contains(&v.lemmas[a].as_str()))
            && v.kids_with(*k, &["case"]).all(|c| v.lemmas[c] == "of")
    };
    let mut groups: Vec<Party> = v
        .kids_with(noun, &["nmod", "appos"])
        .filter(marked)
        .flat_map(|k| v.conjuncts(k))
        .filter_map(|x| group(v, x))
        .collect();
    // "mostly Afghan soldiers and police": the first group's nationality holds for the conjuncts
    // that name none of their own.
    if let Some(first) = groups.first().cloned().filter(|g| g.country.is_some()) {
        for g in groups.iter_mut().skip(1).filter(|g| g.country.is_none()) {
            (g.country, g.name) = (first.country.clone(), g.name.take().or(first.name.clone()));
        }
    }
    groups
}

/// One group of the qualifying phrase: its noun with the modifiers before it ("Afghan soldiers"),
/// when it names a kind of party (a role).
fn group(v: &View, x: usize) -> Option<Party> {
    let own = |k: &usize| *k < x && matches!(v.base_rel(*k), "amod" | "compound" | "nummod");
    let start = v.kids(x).iter().copied().filter(own).min().unwrap_or(x);
    let text = v.text(start..x + 1);
    let info = crate::parties::normalize(text)?;
    info.role.as_ref()?;
    Some(Party { text: text.to_string(), name: info.name, country: info.country, role: info.role })
}
