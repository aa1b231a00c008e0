//! Every party of a conjoined or mutual action gets its record (GUIDELINES §2, 12.9).
use crate::events::testing::{events_of, party_texts, role_pairs, roles_pair as some};

/// (actor role, target role) of the events of `spec` whose CAMEO starts with `root`.
fn roles(spec: &str, root: &str) -> Vec<(Option<String>, Option<String>)> {
    role_pairs(&events_of(spec, Some("2009-05-10")), root)
}

#[test]
fn a_battle_with_two_parties_is_fought_each_way_with_each_not_between_them() {
    // "Police fought gun battles with gunmen and rebels": the with-phrase is the other side.
    let got = roles(
        "Police/2/nsubj fought/0/root gun/4/compound battles/2/obj with/6/case gunmen/4/nmod and/8/cc rebels/6/conj ./2/punct",
        "19",
    );
    assert_eq!(got, [some("COP", "UAF"), some("COP", "REB"), some("UAF", "COP"), some("REB", "COP")]);
}

#[test]
fn the_dead_of_clashes_with_two_parties_are_one_side_of_them() {
    let got = roles(
        "Soldiers/3/nsubj:pass were/3/aux:pass killed/0/root in/5/case clashes/3/obl with/7/case rebels/5/nmod and/9/cc gunmen/7/conj ./3/punct",
        "19",
    );
    for pair in [some("MIL", "REB"), some("REB", "MIL"), some("MIL", "UAF"), some("UAF", "MIL")] {
        assert!(got.contains(&pair), "{pair:?} missing from {got:?}");
    }
    assert!(!got.contains(&some("REB", "UAF")) && !got.contains(&some("UAF", "REB")), "{got:?}");
}

#[test]
fn coordinated_modifiers_of_a_force_noun_are_one_party_each() {
    // "Police and security forces": the second modifier a conj of the first.
    let got =
        roles("Police/4/compound and/3/cc security/1/conj forces/5/nsubj attacked/0/root rebels/5/obj ./5/punct", "19");
    assert_eq!(got, [some("COP", "REB"), some("MIL", "REB")]);
    // "NATO and Afghan forces": "and" on the second modifier, no conj link.
    let ev = events_of(
        "NATO/4/compound and/3/cc Afghan/4/amod forces/5/nsubj attacked/0/root rebels/5/obj ./5/punct",
        Some("2009-05-10"),
    );
    let actors: Vec<_> = ev.iter().map(|e| e.actor.as_ref().map(|a| (a.country.clone(), a.role.clone()))).collect();
    assert_eq!(
        actors,
        [Some((None, Some("IGO".to_string()))), Some((Some("AFG".to_string()), Some("MIL".to_string())))],
        "{ev:?}"
    );
}

#[test]
fn what_an_event_noun_struck_as_subject_of_a_force_verb_is_its_target() {
    // "The airstrike hit a hotel and a market": "hit" is no event of its own; each object a target.
    let got = roles(
        "The/2/det airstrike/3/nsubj hit/0/root a/5/det hotel/3/obj and/8/cc a/8/det market/5/conj ./3/punct",
        "19",
    );
    assert_eq!(got, [(None, Some("CVL".to_string())), (None, Some("CVL".to_string()))]);
}

#[test]
fn between_with_the_second_party_a_sibling_of_the_first_names_both() {
    // "fighting between militants, Ethiopian forces": the comma-joined second side is a sibling.
    let got = roles(
        "Eleven/3/nsubj:pass were/3/aux:pass killed/0/root in/5/mark fighting/3/advcl between/7/case militants/5/obl ,/10/punct Ethiopian/10/amod forces/5/obl ./3/punct",
        "19",
    );
    assert_eq!(got, [some("REB", "MIL"), some("MIL", "REB")]);
}

#[test]
fn the_parties_a_fight_involves_are_its_sides() {
    // "fighting involving Georgian and Russian forces", the participle parsed onto its object.
    let ev = events_of(
        "People/2/nsubj died/0/root in/4/case fighting/2/obl involving/9/acl Georgian/9/amod and/8/cc Russian/6/conj forces/4/obl ./2/punct",
        Some("2009-05-10"),
    );
    let country = |p: &Option<casus_core::Party>| p.as_ref().and_then(|p| p.country.clone());
    let sides: Vec<_> = ev.iter().map(|e| (country(&e.actor), country(&e.target))).collect();
    let pair = |a: &str, b: &str| (Some(a.to_string()), Some(b.to_string()));
    assert_eq!(sides, [pair("GEO", "RUS"), pair("RUS", "GEO")], "{ev:?}");
}

#[test]
fn a_party_acting_along_with_the_subject_is_an_actor_and_no_opponent() {
    // "Police fought, along with soldiers": two actors, not a fight between them.
    let got = roles("Police/2/nsubj fought/0/root ,/6/punct along/6/case with/4/fixed soldiers/2/obl ./2/punct", "19");
    assert_eq!(got, [(Some("COP".to_string()), None), (Some("MIL".to_string()), None)]);
    // "Rebels, together with gunmen, attacked soldiers": the phrase on the subject.
    let got = roles(
        "Rebels/7/nsubj ,/5/punct together/5/case with/5/case gunmen/1/nmod ,/1/punct attacked/0/root soldiers/7/obj ./7/punct",
        "19",
    );
    assert_eq!(got, [some("REB", "MIL"), some("UAF", "MIL")]);
}

#[test]
fn the_second_side_after_between_may_carry_its_and_on_its_first_word() {
    // "clashes between armed men and government troops": "and" on "government", not on "troops".
    let got = roles(
        "Police/2/nsubj reported/0/root clashes/2/obj between/6/case armed/6/amod men/3/nmod and/8/cc government/9/compound troops/3/nmod ./2/punct",
        "19",
    );
    assert_eq!(got, [some("UAF", "MIL"), some("MIL", "UAF")]);
}

#[test]
fn the_relative_pronoun_subject_is_the_noun_its_clause_modifies() {
    // "Police arrested rebels who attacked soldiers": the rebels attacked.
    let got = roles(
        "Police/2/nsubj arrested/0/root rebels/2/obj who/5/nsubj attacked/3/acl:relcl soldiers/5/obj ./2/punct",
        "19",
    );
    assert_eq!(got, [some("REB", "MIL")]);
}

#[test]
fn those_fleeing_a_fight_between_two_sides_are_not_a_third_side() {
    // "fighting" as the gerund of "fleeing": it inherits "civilians" as subject, but the between-phrase
    // names the sides.
    let spec = "Civilians/2/nsubj crossed/0/root the/4/det border/2/obj ,/6/punct fleeing/2/advcl \
                fighting/6/xcomp between/9/case troops/7/obl and/11/cc rebels/9/conj ./2/punct";
    let mut got = roles(spec, "19");
    got.sort();
    assert_eq!(got, [some("MIL", "REB"), some("REB", "MIL")]);
}

/// The action texts of the force events (roots 18–20) of `spec`.
fn force_actions(spec: &str) -> Vec<String> {
    let ev = events_of(spec, Some("2009-05-10"));
    ev.iter()
        .filter(|e| matches!(e.action.cameo.get(..2), Some("18" | "19" | "20")))
        .map(|e| e.action.text.clone())
        .collect()
}

#[test]
fn a_killing_coordinated_with_an_attack_on_other_victims_is_a_second_act() {
    // "ambushed a convoy and killed 18 soldiers": two acts of one subject, two records.
    let got = force_actions(
        "Insurgents/2/nsubj ambushed/0/root a/4/det convoy/2/obj and/6/cc killed/2/conj 18/8/nummod soldiers/6/obj ./2/punct",
    );
    assert_eq!(got, ["ambushed", "killed"]);
}

#[test]
fn a_killing_told_as_the_outcome_of_an_attack_folds_into_it() {
    // ", killing 18 soldiers": the toll of the attack, one record.
    let got = force_actions(
        "Insurgents/2/nsubj attacked/0/root a/4/det convoy/2/obj ,/6/punct killing/2/advcl 18/8/nummod soldiers/6/obj ./2/punct",
    );
    assert_eq!(got, ["attacked"]);
    // "opened fire and killed three gunmen": the fire has no object of its own; the dead are its toll.
    let got = force_actions(
        "Police/2/nsubj opened/0/root fire/2/obj and/5/cc killed/2/conj three/7/nummod gunmen/5/obj ./2/punct",
    );
    assert_eq!(got, ["opened fire"]);
}

#[test]
fn an_event_noun_subject_of_two_predicates_is_one_record_per_predicate() {
    // "The airstrikes hit a base and damaged houses": two acts of the strikes.
    let got = roles(
        "The/2/det airstrikes/3/nsubj hit/0/root a/5/det base/3/obj and/7/cc damaged/3/conj houses/7/obj ./3/punct",
        "19",
    );
    assert_eq!(got.len(), 2, "{got:?}");
    assert_eq!(got[1], (None, Some("CVL".to_string())));
    // "The attack killed 19 people and wounded 30": one toll, one record.
    let got = roles(
        "The/2/det attack/3/nsubj killed/0/root 19/5/nummod people/3/obj and/7/cc wounded/3/conj 30/7/obj ./3/punct",
        "19",
    );
    assert_eq!(got.len(), 1, "{got:?}");
    // "The bombing caused damage and caused a fire": no party in either, one record, not two alike.
    let got = roles(
        "The/2/det bombing/3/nsubj caused/0/root damage/3/obj and/6/cc caused/3/conj a/8/det fire/6/obj ./3/punct",
        "18",
    );
    assert_eq!(got.len(), 1, "{got:?}");
}

#[test]
fn modifiers_stacked_before_an_event_noun_name_one_party() {
    // "Russian military strikes": one party, the military of Russia; not Russia and a military.
    let ev = events_of("Russian/3/amod military/3/amod strikes/4/nsubj continued/0/root ./4/punct", Some("2009-05-10"));
    let actors: Vec<_> = ev.iter().map(|e| e.actor.as_ref().map(|a| (a.country.clone(), a.role.clone()))).collect();
    assert_eq!(actors, [Some((Some("RUS".to_string()), Some("MIL".to_string())))], "{ev:?}");
    // "Russian Ukrainian strikes" stacked by the parse: two countries are two parties, never one.
    let ev =
        events_of("Russian/3/amod Ukrainian/3/amod strikes/4/nsubj continued/0/root ./4/punct", Some("2009-05-10"));
    let countries: Vec<_> = ev.iter().filter_map(|e| e.actor.as_ref().and_then(|a| a.country.clone())).collect();
    assert!(countries.contains(&"RUS".to_string()) && countries.contains(&"UKR".to_string()), "{ev:?}");
}

#[test]
fn a_second_object_naming_what_the_first_is_called_is_no_second_target() {
    // "Pakistan designated BLA a terrorist group": one record, target BLA.
    let ev = events_of(
        "Pakistan/2/nsubj designated/0/root BLA/2/obj a/6/det terrorist/6/amod group/2/obj ./2/punct",
        Some("2025-03-12"),
    );
    let targets: Vec<_> = ev.iter().map(|e| e.target.as_ref().map(|t| t.text.clone())).collect();
    assert_eq!(targets, [Some("BLA".to_string())], "{ev:?}");
}

#[test]
fn a_government_and_its_rebels_agreeing_act_towards_each_other() {
    // Parties of one state, one its government, the other the rebels fighting it: a truce each way.
    let got = roles(
        "The/2/det government/6/nsubj and/5/cc the/5/det rebels/2/conj signed/0/root a/8/det truce/6/obj ./6/punct",
        "08",
    );
    assert_eq!(got, [some("GOV", "REB"), some("REB", "GOV")]);
}

#[test]
fn two_forces_of_one_state_agreeing_do_not_act_on_each_other() {
    // The army and the police are one side: each signs, neither is the other's counterpart.
    let got = roles(
        "The/2/det army/6/nsubj and/5/cc the/5/det police/2/conj signed/0/root a/8/det truce/6/obj ./6/punct",
        "08",
    );
    assert_eq!(got.len(), 2, "{got:?}");
    assert!(got.iter().all(|(_, target)| target.is_none()), "{got:?}");
}

#[test]
fn two_states_forces_attacking_together_do_not_attack_each_other() {
    // The article's two states named as one subject of a force verb with no object are allies
    // striking a third, not two sides ("clashed", "fought" say that).
    let mut doc = crate::events::testing::parsed(
        "Somali/2/amod troops/6/nsubj and/5/cc Ethiopian/5/amod forces/2/conj attacked/0/root in/8/case Mogadishu/6/obl ./6/punct",
    );
    let ent = |label: &str, i: usize| casus_core::Entity { label: label.into(), tokens: i..i + 1, score: 1.0 };
    doc.sentences[0].entities = vec![ent("NORP", 0), ent("NORP", 3), ent("GPE", 7)];
    let got = crate::events::extract(&doc);
    let attacks: Vec<_> = got.iter().filter(|e| e.action.cameo.starts_with("19")).collect();
    assert_eq!(attacks.len(), 2, "{got:?}");
    assert!(attacks.iter().all(|e| e.target.is_none()), "{attacks:?}");
}

#[test]
fn a_co_actor_after_a_two_word_preposition_of_sibling_case_words_acts_too() {
    // "The United States, along with Britain, condemned the raid": the parser hangs "along" and
    // "with" both on "Britain" as case words.
    let ev = events_of(
        "The/3/det United/3/amod States/9/nsubj ,/7/punct along/7/case with/7/case Britain/3/nmod ,/3/punct \
         condemned/0/root the/11/det raid/9/obj ./9/punct",
        Some("2009-05-10"),
    );
    let actors: Vec<_> = party_texts(&ev).into_iter().filter(|e| e.0.starts_with("11")).map(|e| e.1).collect();
    assert_eq!(actors, [Some("The United States"), Some("Britain")]);
}

#[test]
fn a_phone_call_with_one_partner_is_one_record_each_way() {
    // "Macron spoke by phone with Putin": a conversation of two (GUIDELINES §2, 12.9).
    let ev = events_of(
        "Macron/2/nsubj spoke/0/root by/4/case phone/2/obl with/6/case Putin/2/obl ./2/punct",
        Some("2009-05-10"),
    );
    let got: Vec<_> = party_texts(&ev).into_iter().filter(|e| e.0 == "041").collect();
    assert_eq!(got, [("041", Some("Macron"), Some("Putin")), ("041", Some("Putin"), Some("Macron"))]);
}
