//! The name a generic place noun stands for ("the capital, Bangui"): read by the place arguments of
//! event nouns and by the place slot.
use crate::events::view::View;
use crate::events::words;
use crate::parties;

/// "the capital, Bangui", "the port city of Kismayo", "a section of the capital, Mogadishu": the
/// name a generic place noun stands for (its appositive or "of" phrase, else a tagged name of its
/// own), when it has one.
pub(crate) fn named_below(v: &View, p: usize) -> Option<usize> {
    let generic = |i: usize| words::get("place_generic").contains(&v.lemmas[i].as_str());
    if !generic(p) {
        return None;
    }
    let known = |k: usize| parties::lookup_place(v.word(k)).is_some_and(|x| x.known);
    let given = v
        .kids_with(p, &["appos", "nmod"])
        .filter(|&k| v.base_rel(k) == "appos" || v.case_of(k).as_deref() == Some("of"))
        .find_map(|k| if v.is_place_name(k) || known(k) { Some(k) } else { named_below(v, k) });
    // "Dharmapuram village", "the Azamiyah neighborhood": a tagged name of the noun's own.
    let own = v.kids_with(p, &["compound", "flat"]).find(|&k| v.is_place_name(k));
    // "the Shijaiyah neighbourhood of Gaza City", "the Tovuz district of Azerbaijan": with names on
    // both sides, the one the gazetteer knows as a state or a town holds the other, the more
    // specific place (GUIDELINES §12.7), though the model may tag the name no place; "the Baghdad
    // district of Karrada" is Karrada.
    let name = |k: usize| {
        let span = v.sent.entities.iter().find(|e| e.tokens.contains(&k)).map_or(k..k + 1, |e| e.tokens.clone());
        parties::lookup_place(v.text(span)).filter(|x| x.known)
    };
    let state = |k: usize| name(k).is_some_and(|x| parties::is_country_name(&x.name));
    let inner = || own.or_else(|| proper_below(v, p).filter(|&k| matches!(v.base_rel(k), "compound" | "flat")));
    match given {
        Some(g) if name(g).is_some() => inner().filter(|&o| state(g) || name(o).is_none()).or(given),
        _ => given.or(own),
    }
}

/// "the village of Serzhen-Yurt", "in the Kargil sector", "the Cite Soleil slum": a capitalized word that
/// a lower-case generic place noun takes as its "of" phrase or compound names the place, though the
/// model tags no name there; not a party ("a Taliban camp") nor a date.
pub(crate) fn proper_below(v: &View, p: usize) -> Option<usize> {
    let lower = v.word(p).chars().next().is_some_and(char::is_lowercase);
    if !lower || !words::get("place_generic").contains(&v.lemmas[p].as_str()) {
        return None;
    }
    let capital = |k: usize| v.word(k).chars().next().is_some_and(char::is_uppercase);
    let party = |k: usize| parties::normalize(v.word(k)).is_some() && !parties::is_location(v.word(k));
    // "Haiti's second-largest city, Cap-Haitien": an appositive name too.
    v.kids_with(p, &["compound", "flat", "nmod", "appos"])
        .filter(|&k| v.base_rel(k) != "nmod" || v.case_of(k).as_deref() == Some("of"))
        .find(|&k| k > 0 && capital(k) && !party(k) && !v.is_dated(k))
}

/// "the Sierra Leonean capital", "Haiti's capital": the capital of the state its adjective or
/// possessor names (the parser hangs the adjective as a modifier or a compound).
pub(crate) fn capital_of_state(v: &View, p: usize) -> Option<&'static str> {
    if v.lemmas[p] != "capital" {
        return None;
    }
    let country =
        v.kids_with(p, &["amod", "compound", "nmod:poss"]).find_map(|a| parties::normalize(v.word(a))?.country)?;
    parties::capital_of(&country)
}
