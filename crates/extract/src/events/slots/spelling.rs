//! How a place found in a phrase is named (GUIDELINES §12.7): the whole name around the word the
//! model tags, the gazetteer's spelling of it, a border named by its two states.
use super::name_parts;
use crate::events::tense;
use crate::events::view::View;
use crate::events::words;
use crate::parties;

/// The gazetteer's name of a tagged place name, unless the gazetteer knows only part of a longer
/// name: "Niger Delta" is not Niger, "Gaza City" not Gaza; "Gaza Strip" is Gaza and "Baghdad
/// International Airport" Baghdad (GUIDELINES §12.7: generic words and facilities dropped).
pub(super) fn canonical(v: &View, span: &str) -> String {
    // "on Palawan island": a generic word the model tags with the name is no part of it.
    let span = match span.rsplit_once(' ') {
        Some((name, last)) if last.starts_with(char::is_lowercase) && words::get("place_generic").contains(&last) => {
            name
        }
        _ => span,
    };
    let Some(known) = parties::lookup_place(span).filter(|k| k.known) else { return span.to_string() };
    // The words after the gazetteer's name in the span ("Niger Delta" → "Delta").
    let Some(at) = span.to_lowercase().find(&known.name.to_lowercase()) else {
        // Another name of the place ("Rangoon" for Yangon) stays as the story spells it (§12.7), and
        // so does a spelling of the name ("Ndjamena"), unless the story spelled it the gazetteer's
        // way first ("Nagorno-Karabakh" ... "in Nagorny-Karabakh"): a place keeps its first spelling.
        return if variant(span, &known.name) && spelled_before(&v.doc.text, &known.name, span) {
            known.name
        } else {
            span.to_string()
        };
    };
    // "Gulf of Aden", "Horn of Africa": the known name completes a natural feature's name ("Province
    // of Helmand" is Helmand: a generic word, GUIDELINES §12.7).
    let before: Vec<&str> = span.get(..at).unwrap_or_default().split_whitespace().collect();
    if let [.., feature, "of"] = before.as_slice() {
        if words::get("place_features").contains(&feature.to_lowercase().as_str()) {
            return span.to_string();
        }
    }
    // "Mocimboa da Praia": the known name ends a longer name joined by a particle.
    if let [.., first, particle] = before.as_slice() {
        let capital = first.chars().next().is_some_and(char::is_uppercase);
        if capital && words::get("name_particles").contains(particle) {
            return span.to_string();
        }
    }
    let rest = span.get(at + known.name.len()..).unwrap_or_default();
    let longer = rest.split_whitespace().any(|w| {
        let w = w.trim_matches(|c: char| !c.is_alphanumeric());
        w.chars().next().is_some_and(char::is_uppercase)
            && !words::get("name_suffixes").contains(&w.to_lowercase().as_str())
            && !name_parts::no_name_part(w)
    });
    if longer {
        span.to_string()
    } else {
        known.name
    }
}

/// The whole proper name around `p`: the model's entity `ent`, grown over neighbouring capitalized
/// words of the same phrase. "near Nerkin Hand" may come parsed as two sibling nouns or tagged
/// "B-GPE O"; the name is still "Nerkin Hand".
pub(super) fn name_span(v: &View, p: usize, ent: std::ops::Range<usize>) -> std::ops::Range<usize> {
    // Not a date ("Iskandariyah Sunday") nor a sentence-initial preposition ("In Talas").
    let capital = |i: usize| {
        v.word(i).chars().next().is_some_and(char::is_uppercase)
            && !words::is_holder_word(v.word(i))
            && !v.is_dated(i)
            && !matches!(v.base_rel(i), "case" | "det" | "punct" | "cc")
    };
    // A sibling under the same head is part of the name unless it is an adjective of that head: in a
    // title-case headline "Jakarta Terrorist Bombings" the place is Jakarta.
    let related = |i: usize| {
        let (hi, hp) = (v.head(i), v.head(p));
        hi == Some(p) || v.head(p) == Some(i) || (hi.is_some() && hi == hp && v.base_rel(i) != "amod")
    };
    let (mut lo, mut hi) = (ent.start.min(p), ent.end.max(p + 1));
    while lo < p && words::is_holder_word(v.word(lo)) {
        lo += 1;
    }
    let own = lo..hi;
    while lo > 0 && capital(lo - 1) && related(lo - 1) && v.kids_with(lo - 1, &["case", "det"]).next().is_none() {
        lo -= 1;
    }
    loop {
        while hi < v.len() && capital(hi) && related(hi) && v.kids_with(hi, &["case", "det"]).next().is_none() {
            hi += 1;
        }
        // "Zenza do Itombe", "Ciudad del Este": a lower-case particle inside a name, with a
        // capitalized word of the name after it.
        let particle = |i: usize| words::get("name_particles").contains(&v.word(i));
        let joined = |i: usize| v.head(i + 1).is_some_and(|h| h == i || h == p) && capital(i + 1);
        if hi + 1 < v.len() && particle(hi) && related(hi) && joined(hi) {
            hi += 2;
        } else {
            break;
        }
    }
    // A title-case headline capitalizes every word: "Kashmir Clashes", "Congo Town" and "Government
    // Pounds Eastern Ghouta" are no names; the model, which reads the headline in sentence case, and
    // the gazetteer say where the name ends.
    let span = v.text(lo..hi);
    let known = || parties::lookup_place(span).is_some_and(|k| k.known && k.name.eq_ignore_ascii_case(span));
    if tense::title_case(v) && (lo..hi) != own && !known() {
        return own;
    }
    lo..hi
}

/// "the border between Armenia and Azerbaijan", "the Armenia-Azerbaijan border": the border of
/// two states, named "Armenia–Azerbaijan border" in text order.
pub(super) fn border_name(v: &View, p: usize, states: &[String]) -> Option<String> {
    if !matches!(v.lemmas[p].as_str(), "border" | "frontier" | "boundary") {
        return None;
    }
    let mut found: Vec<String> = Vec::new();
    let definite = v.kids_with(p, &["det"]).any(|d| v.lemmas[d] == "the");
    for i in v.subtree(p) {
        for part in v.word(i).split(['-', '–', '—']) {
            if let Some(c) = parties::normalize(part).and_then(|x| x.country) {
                let name = parties::country_name(&c).unwrap_or(&c).to_string();
                if !found.contains(&name) {
                    found.push(name);
                }
            }
        }
    }
    if found.len() == 1 && v.kids_with(p, &["nmod"]).any(|k| v.case_of(k).as_deref() == Some("with")) {
        // "on the border with Armenia": Armenia and the article's other main state, by name.
        let other = states.iter().take(2).filter_map(|c| parties::country_name(c)).find(|n| *n != found[0])?;
        let mut pair = [found[0].clone(), other.to_string()];
        pair.sort();
        return Some(format!("{}–{} border", pair[0], pair[1]));
    }
    if found.is_empty() && definite {
        // "shooting at the border", "along the border": the border of the article's two states.
        let mut pair: Vec<&str> = states.iter().take(2).filter_map(|c| parties::country_name(c)).collect();
        pair.sort();
        return (pair.len() == 2).then(|| format!("{}–{} border", pair[0], pair[1]));
    }
    (found.len() == 2).then(|| format!("{}–{} border", found[0], found[1]))
}

/// Whether the story's text spells a place `first` before it spells it `then` (case aside).
fn spelled_before(text: &str, first: &str, then: &str) -> bool {
    let text = text.to_lowercase();
    match (text.find(&first.to_lowercase()), text.find(&then.to_lowercase())) {
        (Some(a), Some(b)) => a < b,
        (a, _) => a.is_some(),
    }
}

/// Whether two names are spellings of one name ("Nagorny-Karabakh", "Nagorno-Karabakh"), not two
/// names of one place ("Rangoon", "Yangon"): at most one letter in four differs.
fn variant(a: &str, b: &str) -> bool {
    let (a, b) = (a.to_lowercase(), b.to_lowercase());
    strsim::levenshtein(&a, &b) * 4 <= a.chars().count().max(b.chars().count())
}
