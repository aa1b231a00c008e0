//! Parties that take no country or role from another state or side the story names: a count on a
//! noun that only ends in a pair noun, the reporting side's own targets, an armed group's own men.
use crate::events::testing::{events_of, parsed_doc};

fn ent(label: &str, at: usize) -> casus_core::Entity {
    casus_core::Entity { label: label.into(), tokens: at..at + 1, score: 1.0 }
}

#[test]
fn a_count_on_a_noun_before_a_pair_noun_names_no_pair_of_states() {
    // "Gangs attacked two prisons in Haiti's capital. Kenya said its plans were unchanged."
    let attacked = "Gangs/2/nsubj attacked/0/root two/4/nummod prisons/2/obj in/8/case Haiti/8/nmod:poss \
                    's/6/case capital/4/nmod ./2/punct";
    let said = "Kenya/2/nsubj said/0/root its/4/nmod:poss plans/6/nsubj were/6/cop unchanged/2/ccomp ./2/punct";
    let mut doc = parsed_doc(&[attacked, said]);
    doc.sentences[0].entities = vec![ent("GPE", 5)];
    doc.sentences[1].entities = vec![ent("GPE", 0)];
    doc.published = chrono::NaiveDate::from_ymd_opt(2024, 3, 4);
    let ev = crate::events::extract(&doc);
    let attacks: Vec<_> = ev.iter().filter(|e| e.action.text == "attacked").collect();
    assert_eq!(attacks.len(), 1, "{ev:#?}");
    let country = attacks[0].target.as_ref().and_then(|t| t.country.as_deref());
    assert_ne!(country, Some("KEN"), "{ev:#?}");
}

#[test]
fn insurgents_detained_by_allied_forces_are_not_the_reporting_states() {
    // "Iraqi forces detained 40 suspected insurgents, the U.S. military said."
    let ev = events_of(
        "Iraqi/2/amod forces/3/nsubj detained/0/root 40/6/nummod suspected/6/amod insurgents/3/obj ,/11/punct \
         the/10/det U.S./10/compound military/11/nsubj said/3/parataxis ./3/punct",
        Some("2005-05-09"),
    );
    let e = ev.iter().find(|e| e.action.text == "detained").expect("a detention");
    let target = e.target.as_ref().expect("the insurgents");
    assert_eq!(target.role.as_deref(), Some("REB"));
    assert_ne!(target.country.as_deref(), Some("USA"), "{ev:#?}");
}

#[test]
fn an_armed_groups_own_soldiers_are_the_group() {
    // "Rwanda's rebel Patriotic Front said its soldiers had killed three bishops."
    let ev = events_of(
        "Rwanda's/4/nmod:poss rebel/4/amod Patriotic/4/compound Front/5/nsubj said/0/root its/7/nmod:poss \
         soldiers/9/nsubj had/9/aux killed/5/ccomp three/11/nummod bishops/9/obj ./5/punct",
        Some("1994-06-09"),
    );
    let e = ev.iter().find(|e| e.action.text == "killed").expect("the killing");
    let actor = e.actor.as_ref().expect("its soldiers");
    assert_eq!((actor.country.as_deref(), actor.role.as_deref()), (Some("RWA"), Some("REB")), "{ev:#?}");
}
