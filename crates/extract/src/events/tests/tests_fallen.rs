//! The fallen of a clash and its sides (GUIDELINES §2 "Mutual actions", §12.9 "A clashed with B"):
//! "X were killed in clashes with B" makes X one side only where X bear arms, and "clashes between
//! rival gangs" is one party fighting within itself.
use crate::events::testing::{codes_of, events_of, party_texts, role_pairs, roles_pair as some};

fn roles(spec: &str) -> Vec<(Option<String>, Option<String>)> {
    role_pairs(&events_of(spec, Some("2010-05-10")), "19")
}

#[test]
fn civilians_killed_with_soldiers_in_clashes_are_no_side() {
    // "Three soldiers and two civilians were killed in clashes with rebels": the soldiers fought
    // the rebels; the civilians were only killed by them.
    let noun = "Three/2/nummod soldiers/7/nsubj:pass and/5/cc two/5/nummod civilians/2/conj were/7/aux:pass \
                killed/0/root in/9/case clashes/7/obl with/11/case rebels/9/nmod ./7/punct";
    assert_eq!(roles(noun), [some("MIL", "REB"), some("REB", "MIL"), some("REB", "CVL")]);
    // The gerund: "… were killed fighting with rebels".
    let gerund = "Three/2/nummod soldiers/7/nsubj:pass and/5/cc two/5/nummod civilians/2/conj were/7/aux:pass \
                  killed/0/root in/9/mark fighting/7/advcl with/11/case rebels/9/obl ./7/punct";
    assert_eq!(roles(gerund), [some("MIL", "REB"), some("REB", "MIL"), some("REB", "CVL")]);
    // Soldiers alone stay a side of the clash, one record each way.
    let soldiers = "Two/2/nummod soldiers/4/nsubj:pass were/4/aux:pass killed/0/root in/6/case clashes/4/obl \
                    with/8/case rebels/6/nmod ./4/punct";
    assert_eq!(roles(soldiers), [some("MIL", "REB"), some("REB", "MIL")]);
}

#[test]
fn the_fallen_of_a_clash_with_no_known_other_side_do_not_fight_each_other() {
    // "Two soldiers and a police officer were killed in clashes with the Maute group": the group is
    // no party the gazetteer knows; soldiers and police are its victims, not two sides.
    let spec = "Two/2/nummod soldiers/8/nsubj:pass and/6/cc a/6/det police/6/compound officer/2/conj \
                were/8/aux:pass killed/0/root in/10/case clashes/8/obl with/14/case the/14/det \
                Maute/14/compound group/10/nmod ./8/punct";
    let ev = events_of(spec, Some("2010-05-10"));
    assert_eq!(party_texts(&ev), [("190", None, Some("Two soldiers")), ("190", None, Some("a police officer"))]);
}

#[test]
fn one_plural_party_between_fights_within_itself() {
    // "Clashes between rival gangs left 70 people dead": the gangs on both sides, each way.
    let gangs = "Clashes/5/nsubj between/4/case rival/4/amod gangs/1/nmod left/0/root 70/7/nummod \
                 people/5/obj dead/5/xcomp ./5/punct";
    assert_eq!(roles(gangs), [some("CRM", "CRM"), some("CRM", "CRM")]);
    // Two named sides stay each on the other.
    let sides = "Clashes/8/nsubj between/4/case the/4/det army/1/nmod and/7/cc the/7/det rebels/4/conj \
                 left/0/root 12/10/nummod dead/8/obj ./8/punct";
    assert_eq!(roles(sides), [some("MIL", "REB"), some("REB", "MIL")]);
}

#[test]
fn force_a_conjoined_clause_says_will_come_is_a_threat() {
    // "The rebels said they had withdrawn from the town and would fight on": the second verb of the
    // reported clause shares its subject and states force to come (138).
    let spec = "The/2/det rebels/3/nsubj said/0/root they/6/nsubj had/6/aux withdrawn/3/ccomp from/9/case \
                the/9/det town/6/obl and/12/cc would/12/aux fight/6/conj on/12/compound:prt ./3/punct";
    assert!(codes_of(spec, Some("2010-05-10")).contains(&"138".to_string()), "{:?}", codes_of(spec, None));
}

#[test]
fn neutralising_an_armed_group_is_force() {
    // "The army said it would neutralise any armed group": a stated readiness to use force (138).
    let spec = "The/2/det army/3/nsubj said/0/root it/6/nsubj would/6/aux neutralise/3/ccomp any/9/det \
                armed/9/amod group/6/obj ./3/punct";
    assert_eq!(codes_of(spec, Some("2010-05-10")), ["138"]);
}

#[test]
fn an_unknown_number_of_fallen_on_the_other_side_keeps_the_battle_one_clash() {
    // "300 soldiers and an unknown number of rebels were killed in the battle": the two sides of the
    // battle, the soldiers' toll on the rebels' record; no separate "killed" records.
    let spec = "300/2/nummod soldiers/10/nsubj:pass and/6/cc an/6/det unknown/6/amod number/2/conj \
                of/8/case rebels/6/nmod were/10/aux:pass killed/0/root in/13/case the/13/det battle/10/obl ./10/punct";
    let ev = events_of(spec, Some("2010-05-10"));
    assert!(ev.iter().all(|e| e.action.text == "battle"), "{:?}", party_texts(&ev));
    assert_eq!(roles(spec), [some("MIL", "REB"), some("REB", "MIL")]);
}
