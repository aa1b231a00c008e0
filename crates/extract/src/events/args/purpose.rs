//! "Kenya launched an operation to flush out al-Shabab terrorists", "launched the offensive in a bid
//! to crack down on the insurgency": an operation is aimed at whom its infinitive of purpose acts on
//! by force, when its own phrase names no one.
use super::*;

/// The parties that the purpose of event noun `t` acts on by force: the noun's own infinitive ("an
/// operation to flush out X"), the light verb's ("launched an offensive to drive out X"), or that of
/// an aim noun on it ("in a bid to crack down on X"). Only parties by role: "an assault to retake
/// South Ossetia" aims at a place, not a party.
pub fn aimed_by_purpose(v: &View, t: usize) -> Vec<usize> {
    let mut holders = vec![t];
    let light = |h: &usize| words::get("light_verbs").contains(&v.lemmas[*h].as_str());
    if let Some(h) = v.head(t).filter(|h| v.base_rel(t) == "obj" && light(h)) {
        holders.push(h);
        let aims = |c: &usize| words::get("aim_nouns").contains(&v.lemmas[*c].as_str());
        holders.extend(v.kids_with(h, &["obl"]).filter(aims));
    }
    let purposes = holders.into_iter().flat_map(|h| v.kids_with(h, &["acl", "advcl"]).collect::<Vec<_>>());
    let forceful = purposes.filter(|&p| crate::events::tense::purpose(v, p) && by_force(v, p));
    let named = |x: &usize| {
        crate::parties::normalize(v.text(v.phrase(*x))).is_some_and(|p| p.role.is_some())
            && !crate::parties::is_country_name(v.word(*x))
    };
    forceful.flat_map(|p| verbal(v, p, false).targets).filter(named).collect()
}

/// A verb of acting on someone by force or repression: a force or coercion trigger, or one of
/// event_words `purpose_force_verbs` ("flush out", "eliminate", "root out").
fn by_force(v: &View, p: usize) -> bool {
    let coded = crate::lexicon::lookup_pos(&v.lemmas, p, Some(Pos::Verb))
        .and_then(|m| m.entry.cameo.clone())
        .is_some_and(|c| is_force(&c) || c.starts_with("17"));
    coded || words::get("purpose_force_verbs").contains(&v.lemmas[p].as_str())
}
