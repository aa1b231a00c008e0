//! "attacks targeting the military", "a bill targeting Turkish officials": a participle after a
//! noun that says what the noun is aimed at. It describes the noun, it is no act of its own: on an
//! event noun its object is that event's target, on any other noun ("a bill", "legislation") there
//! is no violence at all.
use crate::events::view::View;
use crate::events::words;

/// Whether the verb at `head` is an aiming participle (event_words aim_participles) after the noun
/// it modifies, where that noun names no party ("gunmen targeting police" is the gunmen's act).
pub(crate) fn describes_noun(v: &View, head: usize) -> bool {
    let Some(noun) = v.head(head) else { return false };
    v.rel(head) == "acl"
        && noun < head
        && v.lower(head).ends_with("ing")
        && words::get("aim_participles").contains(&v.lemmas[head].as_str())
        && v.party_role(noun).is_none()
}

/// The objects of the aiming participles that modify event noun `t`: its targets.
pub(crate) fn aimed_at(v: &View, t: usize) -> Vec<usize> {
    v.kids_with(t, &["acl"]).filter(|&p| describes_noun(v, p)).flat_map(|p| v.kids_with(p, &["obj"])).collect()
}

/// "promising markets", "a welcoming crowd": a participle of intent or approval (roots 03, 05) set
/// before the noun it modifies is an adjective of quality, no promise or praise made.
pub(crate) fn attributive(v: &View, head: usize, cameo: &str) -> bool {
    let before_noun = v.head(head).is_some_and(|noun| head < noun);
    v.base_rel(head) == "amod"
        && before_noun
        && v.lower(head).ends_with("ing")
        && matches!(cameo.get(..2), Some("03" | "05"))
}

/// "Coup leaders in Niger detained the president", "ceasefire monitors", "protest organizers": an
/// event noun set before a noun of people who take part in it (described_people) says who they are,
/// it reports no act of its own ("army operations battalion" is a unit, left to the other rules).
pub(crate) fn names_a_party(v: &View, head: usize) -> bool {
    let Some(noun) = v.head(head) else { return false };
    let people = || words::get("described_people").contains(&v.lemmas[noun].as_str());
    v.rel(head) == "compound" && head < noun && people()
}

/// "according to the Armed Conflict Location & Event Data Project", "blew up a Shell pipeline": an
/// event word written with a capital inside a sentence of the body, modifying a later noun, is part
/// of a name, not an act (GUIDELINES §2: only occurrences are events). A head of a name ("launched
/// Operation Iron Fist") and an agentive compound ("Moscow-brokered") are left to the other rules.
pub(crate) fn name_part(v: &View, head: usize) -> bool {
    let capital = v.word(head).starts_with(char::is_uppercase) && !v.word(head).contains('-');
    let modifier = matches!(v.base_rel(head), "compound" | "amod") && v.head(head).is_some_and(|n| n > head);
    head > 0 && capital && modifier && !crate::events::tense::headline(v)
}

/// "a gas-cylinder bomb fired by FARC rebels struck a church", "a mortar shell fired by government
/// troops hit the hospital": a past participle of force on an event or weapon noun that is itself a
/// trigger of force says who sent it and how; the noun's act is the one event (GUIDELINES §2: one
/// predicate, one record), and the noun takes the participle's agent as its own.
pub(crate) fn fold_on_acts(v: &View, kept: &mut Vec<super::trigger::Trigger>) {
    use super::trigger::is_force;
    let acts: Vec<usize> = kept.iter().filter(|t| is_force(&t.cameo)).map(|t| t.head).collect();
    kept.retain(|t| {
        let Some(noun) = v.head(t.head).filter(|&n| n < t.head && v.rel(t.head) == "acl") else { return true };
        let participle = !v.lower(t.head).ends_with("ing");
        !(participle && is_force(&t.cameo) && acts.contains(&noun))
    });
}
