//! "A car bomb exploded outside a police station", "two bombs went off at the Marriott hotel", "the
//! bombing took place near a police patrol": a bombing is aimed at the facility or unit it went off
//! at (GUIDELINES §12.4 "a car bomb exploded outside a mosque"; §12.9 "a facility is a target with the
//! role of its users"); a named town there only places it.
use super::*;

/// The facilities (or units) that bombing noun `t` went off at: phrases of a blast case
/// (event_words `blast_cases`) on the noun itself or on the verb of going off whose subject it is.
pub fn at_facilities(v: &View, t: usize) -> Vec<usize> {
    let mut holders = vec![t];
    let blast_verb = |h: &usize| words::get("blast_verbs").contains(&v.lemmas[*h].as_str());
    let subject = part_of(v, t);
    if matches!(v.base_rel(subject), "nsubj" | "nsubj:pass") {
        holders.extend(v.head(subject).filter(blast_verb));
    }
    let phrases = holders.into_iter().flat_map(|h| v.kids_with(h, &["obl", "nmod"]).collect::<Vec<_>>());
    let found: Vec<usize> = phrases.filter(|&c| !v.is_dated(c)).filter_map(|c| beside(v, c)).collect();
    found.into_iter().filter(|&c| is_facility(v, c)).take(1).collect()
}

/// "One of the bombings took place near a police patrol": the word that picks the noun out of a
/// group (event_words `portion_words`) stands in its place as the verb's subject.
fn part_of(v: &View, t: usize) -> usize {
    let portion = |h: &usize| words::get("portion_words").contains(&v.lemmas[*h].as_str());
    let of = v.base_rel(t) == "nmod" && v.case_of(t).as_deref() == Some("of");
    v.head(t).filter(|h| of && portion(h)).unwrap_or(t)
}

/// The noun of phrase `c` when its case says where a blast went off ("outside a mosque"); "in front
/// of a vehicle" is parsed as "front" with the vehicle below it.
fn beside(v: &View, c: usize) -> Option<usize> {
    let case = v.case_of(c)?;
    if case == "in" && v.lemmas[c] == "front" {
        return v.kids_with(c, &["nmod"]).find(|&k| v.case_of(k).as_deref() == Some("of"));
    }
    words::get("blast_cases").contains(&case.as_str()).then_some(c)
}

/// A common noun that names a party by its users ("a police station", "an army convoy", "the
/// hotels"), not a named place ("Kano"), a place noun ("the border") or people of no kind ("a crowd
/// of people").
fn is_facility(v: &View, c: usize) -> bool {
    let common = v.word(c).chars().next().is_some_and(char::is_lowercase);
    let generic = words::get("generic_victims").contains(&v.lemmas[c].as_str());
    // "in front of a vehicle carrying the army chief": a vehicle counts by whom it carries.
    let role = || v.party_role(c).is_some() || super::carried::occupants(v, c).is_some();
    common && !generic && !is_place_noun(v, c) && role()
}
