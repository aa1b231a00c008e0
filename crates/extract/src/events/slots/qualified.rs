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
    if groups.is_empty() {
        groups = partitive_groups(v, c);
    }
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

/// "killed 48 people, most of them civilians", "100 people, the majority of whom were militants":
/// the groups a partitive of proportion (event_words `proportion_partitives`) names after the count.
/// Read from the words, as the model hangs the phrase anywhere in the clause; the phrase follows a
/// comma after the count, with no other count between ("five people, and 20 suspects, most of them
/// ..." is about the suspects).
fn partitive_groups(v: &View, c: &CasualtyMention) -> Vec<Party> {
    let partitives = words::get("proportion_partitives");
    let end = (c.tokens.end + 8).min(v.len());
    let Some(p) = (c.number.end..end).find(|&i| {
        partitives.contains(&v.lemmas[i].as_str())
            && i + 2 < v.len()
            && v.lower(i + 1) == "of"
            && matches!(v.lower(i + 2).as_str(), "them" | "whom")
    }) else {
        return Vec::new();
    };
    let comma = (c.number.end..p).rev().find(|&i| v.lower(i) == ",");
    let counted = |i: usize| v.base_rel(i) == "nummod" || v.lower(i).chars().all(|ch| ch.is_ascii_digit());
    if comma.is_none() || (c.tokens.end.max(c.number.end)..p).any(counted) {
        return Vec::new();
    }
    let mut start = p + 3;
    while start < v.len() && v.lemmas[start] == "be" {
        start += 1;
    }
    let stop = (start..v.len()).find(|&i| v.is_punct(i)).unwrap_or(v.len());
    let mut groups = Vec::new();
    let mut from = start;
    for i in start..=stop {
        if i == stop || matches!(v.lower(i).as_str(), "and" | "or") {
            if let Some(g) = span_group(v, from..i) {
                groups.push(g);
            }
            from = i + 1;
        }
    }
    groups
}

/// A span's party, when it names a role: "civilians", "Afghan soldiers".
fn span_group(v: &View, span: std::ops::Range<usize>) -> Option<Party> {
    if span.is_empty() {
        return None;
    }
    let text = v.text(span);
    let info = crate::parties::normalize(text)?;
    info.role.as_ref()?;
    Some(Party { text: text.to_string(), name: info.name, country: info.country, role: info.role })
}
