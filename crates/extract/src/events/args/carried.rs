//! "ambushed a bus transporting a paramilitary force", "a convoy carrying troops was hit", "an attack
//! on a convoy of foreigners": a vehicle is struck for whom it carries (GUIDELINES §12.9: a facility
//! is a target with the role of its users; §12.2: convoys of the forces are MIL), so a vehicle among
//! the targets of an act of force that carries a party stands for that party. One that carries goods
//! ("a truck carrying food aid", "a ship carrying Ukrainian grain") or people of no kind stays as it is.
use super::*;

/// The heads of the parties vehicle noun `x` carries, with their conjuncts: the object of a carrying
/// participle or relative clause on it ("a bus carrying pilgrims", "a car that was transporting the
/// minister") or its of-phrase ("a convoy of U.S. troops"). `None` when `x` is no vehicle
/// (event_words `vehicle_nouns`) or what it carries names no party.
pub fn occupants(v: &View, x: usize) -> Option<Vec<usize>> {
    if !words::get("vehicle_nouns").contains(&v.lemmas[x].as_str()) {
        return None;
    }
    // Active only: "a convoy carried by ferry" says how the convoy went, not whom it carried.
    let carrying = |c: &usize| {
        matches!(v.rel(*c), "acl" | "acl:relcl")
            && words::get("carrying_verbs").contains(&v.lemmas[*c].as_str())
            && !v.is_passive(*c)
    };
    let carried: Vec<usize> =
        v.kids(x).iter().copied().filter(carrying).flat_map(|c| v.kids_with(c, &["obj"]).collect::<Vec<_>>()).collect();
    // "a convoy of U.S. troops": only a group of vehicles names whom it carries by "of" ("a convoy of
    // tanks" is vehicles).
    let group = words::get("vehicle_groups").contains(&v.lemmas[x].as_str());
    let of = v.kids_with(x, &["nmod"]).filter(|&c| group && v.case_of(c).as_deref() == Some("of"));
    let first = carried.into_iter().chain(of).find(|&c| people(v, c))?;
    Some(v.conjuncts(first))
}

/// Whether `c` names people of a party: a person, a word with a role of its own ("the minister"), or
/// a phrase with a role other than a bare state's ("a paramilitary force", "the army chief"); goods of a state ("Ukrainian grain", "Russian
/// weapons", GOV by their demonym) and war gear ("Russian tanks") are none.
fn people(v: &View, c: usize) -> bool {
    let gear = words::get("gear_nouns").contains(&v.lemmas[c].as_str());
    let own_role = crate::parties::normalize(v.word(c)).is_some_and(|p| p.role.is_some());
    v.is_person(c) || (!gear && (own_role || v.party_role(c).is_some_and(|r| r != "GOV")))
}

/// Puts whom a vehicle carries in the place of the vehicle among the targets and aims of `r`.
pub fn carried(v: &View, r: &mut Roles) {
    for list in [&mut r.targets, &mut r.aims] {
        let mut out = Vec::new();
        for &x in list.iter() {
            for k in occupants(v, x).unwrap_or_else(|| vec![x]) {
                if !out.contains(&k) {
                    out.push(k);
                }
            }
        }
        *list = out;
    }
}
