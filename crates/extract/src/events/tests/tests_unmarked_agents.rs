//! A clause's subject that the parser hung on the passive before it as a by-less agent ("Nine Killed
//! as Security Forces Fire on Protesters") is the clause verb's subject, so the clause has its actor.
use crate::events::testing::{events_of, party_texts};

fn actor_of(spec: &str, trigger: &str) -> Option<String> {
    let ev = events_of(spec, Some("2025-06-02"));
    let e = ev.iter().find(|e| e.action.text.starts_with(trigger));
    assert!(e.is_some(), "no {trigger}: {:?}", party_texts(&ev));
    e.and_then(|e| e.actor.as_ref().map(|p| p.text.clone()))
}

#[test]
fn a_headline_agent_without_by_is_the_subject_of_the_clause_after_it() {
    // "Six Killed as Troops Fire on Marchers"
    let fire = "Six/2/nsubj:pass Killed/0/root as/5/mark Troops/2/obl:agent Fire/2/advcl on/7/case Marchers/5/obl";
    assert_eq!(actor_of(fire, "Fire").as_deref(), Some("Troops"));
    // "Three Hurt When Riot Police Raid Opposition Office"
    let raid = "Three/2/nsubj:pass Hurt/0/root When/6/mark Riot/5/compound Police/2/obl:agent Raid/2/advcl \
                Opposition/8/compound Office/6/obj";
    assert_eq!(actor_of(raid, "Raid").as_deref(), Some("Riot Police"));
}

#[test]
fn a_body_clause_after_a_subordinator_keeps_its_subject() {
    // "Two people were killed after gunmen attacked the market."
    let attacked = "Two/2/nummod people/4/nsubj:pass were/4/aux:pass killed/0/root after/7/mark gunmen/4/obl:agent \
                    attacked/4/advcl the/9/det market/7/obj ./4/punct";
    assert_eq!(actor_of(attacked, "attacked").as_deref(), Some("gunmen"));
}
