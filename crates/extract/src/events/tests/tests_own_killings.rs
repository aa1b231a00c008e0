//! A killing done by a party of its own (its subject, the by-agent of its passive) is that party's
//! act, not the toll of another party's force event in the sentence; a participle, a passive with no
//! agent and a pronoun subject leave the toll with the force event.
use crate::events::testing::{actor_tolls as tolls, doc_events};

#[test]
fn a_coordinated_killing_with_its_own_subject_is_that_subjects_act() {
    // "Rebels attacked an army post on Monday, and soldiers killed four of the attackers."
    let ev = doc_events(
        &["Rebels/2/nsubj attacked/0/root an/5/det army/5/compound post/2/obj on/7/case Monday/2/obl ,/11/punct \
           and/11/cc soldiers/11/nsubj killed/2/conj four/11/obj of/15/case the/15/det attackers/12/nmod ./2/punct"],
        "2025-03-12",
    );
    let got = tolls(&ev);
    assert!(got.contains(&("killed", Some("soldiers"), Some(4))), "{got:?}");
    assert!(got.iter().any(|t| t.0 == "attacked" && t.2.is_none()), "{got:?}");
}

#[test]
fn a_killing_whose_when_clause_tells_another_partys_attack_is_its_own_act() {
    // "Troops killed six militants when the insurgents stormed a police station."
    let ev = doc_events(
        &["Troops/2/nsubj killed/0/root six/4/nummod militants/2/obj when/8/advmod the/7/det insurgents/8/nsubj \
           stormed/2/advcl a/11/det police/11/compound station/8/obj ./2/punct"],
        "2025-03-12",
    );
    let got = tolls(&ev);
    assert!(got.contains(&("killed", Some("Troops"), Some(6))), "{got:?}");
    assert!(got.iter().any(|t| t.0 == "stormed" && t.2.is_none()), "{got:?}");
}

#[test]
fn a_passive_killing_with_a_by_agent_of_its_own_is_the_agents_act() {
    // "Militants ambushed a convoy on Tuesday, and five militants were later killed by troops."
    let ev = doc_events(
        &["Militants/2/nsubj ambushed/0/root a/4/det convoy/2/obj on/6/case Tuesday/2/obl ,/13/punct and/13/cc \
           five/10/nummod militants/13/nsubj:pass were/13/aux:pass later/13/advmod killed/2/conj by/15/case \
           troops/13/obl:agent ./2/punct"],
        "2025-03-12",
    );
    let got = tolls(&ev);
    assert!(got.contains(&("killed", Some("troops"), Some(5))), "{got:?}");
    assert!(got.iter().any(|t| t.0 == "ambushed" && t.2.is_none()), "{got:?}");
}

#[test]
fn a_killing_by_an_agent_since_fighting_began_leaves_no_anchor_record() {
    // "At least 30 civilians have been killed by government troops since the fighting began."
    let ev = doc_events(
        &["At/2/case least/3/nmod 30/4/nummod civilians/7/nsubj:pass have/7/aux been/7/aux:pass killed/0/root \
           by/10/case government/10/compound troops/7/obl:agent since/14/mark the/13/det fighting/14/nsubj \
           began/7/advcl ./7/punct"],
        "2025-03-12",
    );
    let got = tolls(&ev);
    assert!(got.contains(&("killed", Some("government troops"), Some(30))), "{got:?}");
    assert!(!got.iter().any(|t| t.0 == "fighting"), "{got:?}");
}

#[test]
fn a_participle_killing_stays_the_toll_of_its_attack() {
    // "Militants attacked a checkpoint on Monday, killing four soldiers."
    let ev = doc_events(
        &["Militants/2/nsubj attacked/0/root a/4/det checkpoint/2/obj on/6/case Monday/2/obl ,/8/punct \
           killing/2/advcl four/10/nummod soldiers/8/obj ./2/punct"],
        "2025-03-12",
    );
    let got = tolls(&ev);
    assert_eq!(got.iter().filter(|t| t.2.is_some()).count(), 1, "{got:?}");
    assert!(got.iter().any(|t| t.0 == "attacked" && t.2 == Some(4)), "{got:?}");
}

#[test]
fn a_passive_killing_without_agent_or_with_a_pronoun_subject_stays_the_toll() {
    // "Militants attacked a post on Monday, and four soldiers were killed."
    let passive = "Militants/2/nsubj attacked/0/root a/4/det post/2/obj on/6/case Monday/2/obl ,/12/punct and/12/cc \
                   four/10/nummod soldiers/12/nsubj:pass were/12/aux:pass killed/2/conj ./2/punct";
    // "When the rebels attacked the town, they killed four soldiers": "they" may be the rebels.
    let pronoun = "When/4/advmod the/3/det rebels/4/nsubj attacked/9/advcl the/6/det town/4/obj ,/9/punct \
                   they/9/nsubj killed/0/root four/11/nummod soldiers/9/obj ./9/punct";
    for spec in [passive, pronoun] {
        let ev = doc_events(&[spec], "2025-03-12");
        let got = tolls(&ev);
        assert!(got.iter().any(|t| t.0 == "attacked" && t.2 == Some(4)), "{got:?}");
        assert!(!got.iter().any(|t| t.0 == "killed"), "{got:?}");
    }
}

#[test]
fn a_weapon_as_by_agent_names_no_other_party() {
    // "Police fired on the crowd, and two protesters were killed by live bullets": the police's fire
    // (the weapon names no party; `a_time_or_an_unlisted_weapon_after_by_is_no_killer` checks one the
    // lexicon does not know as a trigger).
    let ev = doc_events(
        &["Police/2/nsubj fired/0/root on/5/case the/5/det crowd/2/obl ,/13/punct and/13/cc two/9/nummod \
           protesters/13/nsubj:pass were/13/aux:pass killed/2/conj by/12/case live/12/amod bullets/13/obl:agent ./2/punct"],
        "2025-03-12",
    );
    let got = tolls(&ev);
    assert!(got.iter().any(|t| t.0 == "fired" && t.2 == Some(2)), "{got:?}");
    assert!(!got.iter().any(|t| t.0 == "killed"), "{got:?}");
}

#[test]
fn a_time_or_an_unlisted_weapon_after_by_is_no_killer() {
    // "Militants attacked the town on Monday, and 20 people had been killed by nightfall" (and "by
    // machetes", a weapon no lexicon line names): the militants' toll.
    for by in ["nightfall", "machetes"] {
        let spec = format!(
            "Militants/2/nsubj attacked/0/root the/4/det town/2/obj on/6/case Monday/2/obl ,/13/punct and/13/cc \
             20/10/nummod people/13/nsubj:pass had/13/aux been/13/aux:pass killed/2/conj by/15/case {by}/13/obl ./2/punct"
        );
        let ev = doc_events(&[spec.as_str()], "2025-03-12");
        let got = tolls(&ev);
        assert!(got.iter().any(|t| t.0 == "attacked" && t.2 == Some(20)), "{by}: {got:?}");
        assert!(!got.iter().any(|t| t.0 == "killed"), "{by}: {got:?}");
    }
}

#[test]
fn one_side_named_twice_is_no_other_party_two_sides_of_one_word_are() {
    let spec = |first: &str, second: &str| {
        format!(
            "{first}/2/nsubj attacked/0/root the/4/det town/2/obj ,/9/punct and/9/cc the/8/det {second}/9/nsubj \
             killed/2/conj 20/11/nummod soldiers/9/obj ./2/punct"
        )
    };
    // "Troops attacked the town, and the army killed 20 soldiers": one side, one record with the toll.
    let ev = doc_events(&[spec("Troops", "army").as_str()], "2025-03-12");
    let got = tolls(&ev);
    assert!(got.iter().any(|t| t.0 == "attacked" && t.2 == Some(20)), "{got:?}");
    // "Rebels attacked the town, and the troops killed 20 soldiers": the troops' own act.
    let ev = doc_events(&[spec("Rebels", "troops").as_str()], "2025-03-12");
    let got = tolls(&ev);
    assert!(got.contains(&("killed", Some("the troops"), Some(20))), "{got:?}");
}

#[test]
fn a_conjunct_killing_shares_the_subject_of_a_verb_that_is_no_force() {
    // "The military completed a rescue operation and killed 33 terrorists": the killing is the
    // military's own act, not the toll of the operation named as the first verb's object.
    let ev = doc_events(
        &["The/2/det military/3/nsubj completed/0/root a/6/det rescue/6/compound operation/3/obj and/8/cc \
           killed/3/conj 33/10/nummod terrorists/8/obj ./3/punct"],
        "2025-03-12",
    );
    let got = tolls(&ev);
    assert!(got.contains(&("killed", Some("The military"), Some(33))), "{got:?}");
    assert!(got.iter().any(|t| t.0 == "operation" && t.2.is_none()), "{got:?}");
    // "Gunmen opened fire on the crowd and killed five": the force verb above the killing keeps its toll.
    let ev = doc_events(
        &["Gunmen/2/nsubj opened/0/root fire/2/obj on/6/case the/6/det crowd/2/obl and/8/cc killed/2/conj \
           five/8/obj ./2/punct"],
        "2025-03-12",
    );
    let got = tolls(&ev);
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(got[0].2, Some(5), "{got:?}");
}

#[test]
fn a_killing_coordinated_with_an_abduction_is_its_own_act() {
    // "Militias abducted and killed three activists over the weekend."
    let ev = doc_events(
        &["Militias/2/nsubj abducted/0/root and/4/cc killed/2/conj three/4/obj activists/5/nmod over/9/case \
           the/9/det weekend/4/obl ./2/punct"],
        "2025-03-12",
    );
    let got = tolls(&ev);
    assert!(got.contains(&("killed", Some("Militias"), Some(3))), "{got:?}");
    assert!(got.iter().any(|t| t.0 == "abducted" && t.2.is_none()), "{got:?}");
    // both acts fell on the activists
    let abducted = ev.iter().find(|e| e.action.text == "abducted").and_then(|e| e.target.as_ref());
    assert_eq!(abducted.map(|t| t.text.as_str()), Some("three activists"), "{ev:?}");
}

#[test]
fn deaths_since_an_uprising_began_are_their_own_record() {
    // "More than 10,000 people have been killed since the uprising began in March 2011."
    let ev = doc_events(
        &["More/3/advmod than/1/fixed 10,000/4/nummod people/7/nsubj:pass have/7/aux been/7/aux:pass killed/0/root \
           since/11/mark the/10/det uprising/11/nsubj began/7/advcl in/13/case March/11/obl 2011/13/nummod ./7/punct"],
        "2012-06-07",
    );
    let got = tolls(&ev);
    assert!(got.contains(&("killed", None, Some(10000))), "{got:?}");
    assert!(!got.iter().any(|t| t.0 == "uprising" && t.2.is_some()), "{got:?}");
}

#[test]
fn a_force_clause_inside_the_killers_phrase_leaves_the_killing_its_own_record() {
    // "Soldiers hunting gunmen who attacked three military bases killed 40 men."
    let hunting = "Soldiers/9/nsubj hunting/1/acl gunmen/2/obj who/5/nsubj attacked/3/acl:relcl three/8/nummod \
                   military/8/amod bases/5/obj killed/0/root 40/11/nummod men/9/obj ./9/punct";
    // "Insurgents who stormed the town last week have killed 40 people."
    let stormed = "Insurgents/9/nsubj who/3/nsubj stormed/1/acl:relcl the/5/det town/3/obj last/7/amod \
                   week/9/obl:unmarked have/9/aux killed/0/root 40/11/nummod people/9/obj ./9/punct";
    for (spec, killers) in [(hunting, "Soldiers"), (stormed, "Insurgents")] {
        let ev = doc_events(&[spec], "2025-03-12");
        let got = tolls(&ev);
        assert!(got.contains(&("killed", Some(killers), Some(40))), "{got:?}");
        assert!(!got.iter().any(|t| t.0 != "killed" && t.2.is_some()), "{got:?}");
    }
}

#[test]
fn a_participle_on_the_killers_stays_the_host_of_their_killing() {
    // "Warplanes targeting militants killed 40 civilians.": one act, its toll on the force.
    let ev = doc_events(
        &["Warplanes/4/nsubj targeting/1/acl militants/2/obj killed/0/root 40/6/nummod civilians/4/obj ./4/punct"],
        "2025-03-12",
    );
    let got = tolls(&ev);
    assert!(!got.iter().any(|t| t.0 == "killed"), "{got:?}");
}
