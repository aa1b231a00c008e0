//! "The two sides", "both rivals", "the rival factions": the sides of the latest fight or mutual
//! blame the story named, one record per side (GUIDELINES §2, §5).
use crate::events::testing::{doc_events, role_pairs, roles_pair as some};

/// (actor role, target role) of the events of `specs` whose CAMEO starts with `root`.
fn roles(specs: &[&str], root: &str) -> Vec<(Option<String>, Option<String>)> {
    role_pairs(&doc_events(specs, "2009-05-10"), root)
}

const CLASH: &str = "Troops/2/nsubj clashed/0/root with/4/case rebels/2/obl ./2/punct";

#[test]
fn both_sides_are_the_sides_of_the_latest_clash() {
    // "Troops clashed with rebels. Both sides accused each other."
    let got = roles(&[CLASH, "Both/2/det sides/3/nsubj accused/0/root each/5/det other/3/obj ./3/punct"], "112");
    assert_eq!(got, [some("MIL", "REB"), some("REB", "MIL")]);
}

#[test]
fn each_side_accusing_the_other_is_the_two_sides() {
    // "Troops clashed with rebels. Each side accused the other.": the singular "each side" is the pair.
    let got = roles(&[CLASH, "Each/2/det side/3/nsubj accused/0/root the/5/det other/3/obj ./3/punct"], "112");
    assert_eq!(got, [some("MIL", "REB"), some("REB", "MIL")]);
    // "each" alone with another noun is no pair: "Each soldier accused the other" names no sides.
    let got = roles(&[CLASH, "Each/2/det soldier/3/nsubj accused/0/root the/5/det other/3/obj ./3/punct"], "112");
    assert!(!got.contains(&some("REB", "MIL")), "{got:?}");
}

#[test]
fn a_pair_with_a_capitalized_modifier_is_still_the_two_sides() {
    // "Both Somali rivals accused the other": a nationality adjective does not make it a name.
    let got = roles(
        &[CLASH, "Both/3/det Somali/3/amod rivals/4/nsubj accused/0/root the/6/det other/4/obj ./4/punct"],
        "112",
    );
    assert_eq!(got, [some("MIL", "REB"), some("REB", "MIL")]);
}

#[test]
fn the_rival_factions_are_the_two_sides() {
    // "The rival factions blamed each other": a definite plural of a pair noun.
    let got = roles(
        &[CLASH, "The/3/det rival/3/amod factions/4/nsubj blamed/0/root each/6/det other/4/obj ./4/punct"],
        "112",
    );
    assert_eq!(got, [some("MIL", "REB"), some("REB", "MIL")]);
}

#[test]
fn an_armed_side_attacking_another_names_the_two_sides() {
    // "Troops attacked rebels. Both sides accused each other."
    let attack = "Troops/2/nsubj attacked/0/root rebels/2/obj ./2/punct";
    let got = roles(&[attack, "Both/2/det sides/3/nsubj accused/0/root each/5/det other/3/obj ./3/punct"], "112");
    assert_eq!(got, [some("MIL", "REB"), some("REB", "MIL")]);
}

#[test]
fn the_two_governments_are_never_an_armed_group() {
    // "Troops attacked rebels. The two governments accused each other.": states, not the rebels.
    let attack = "Troops/2/nsubj attacked/0/root rebels/2/obj ./2/punct";
    let got = roles(
        &[attack, "The/3/det two/3/nummod governments/4/nsubj accused/0/root each/6/det other/4/obj ./4/punct"],
        "112",
    );
    let rebels = Some("REB".to_string());
    assert!(got.iter().all(|(a, t)| *a != rebels && *t != rebels), "{got:?}");
}

#[test]
fn two_states_cutting_ties_with_no_one_else_named_cut_them_with_each_other() {
    // "Chad and Sudan cut ties": one record each way (GUIDELINES §2, mutual actions).
    let ev = doc_events(&["Chad/4/nsubj and/3/cc Sudan/1/conj cut/0/root ties/4/obj ./4/punct"], "2009-05-10");
    let country = |p: &Option<casus_core::Party>| p.as_ref().and_then(|p| p.country.clone());
    let got: Vec<_> = ev
        .iter()
        .filter(|e| e.action.cameo.starts_with("16"))
        .map(|e| (country(&e.actor), country(&e.target)))
        .collect();
    let pair = |a: &str, b: &str| (Some(a.to_string()), Some(b.to_string()));
    assert_eq!(got, [pair("TCD", "SDN"), pair("SDN", "TCD")]);
}

const TIES: &str = "Chad/4/nsubj and/3/cc Sudan/1/conj cut/0/root ties/4/obj ./4/punct";

/// The actor and target countries of the events (other than cutting ties) of `sentence` after
/// "Chad and Sudan cut ties", the two states tagged as the model tags them.
fn countries_after_ties(sentence: &str) -> Vec<String> {
    let mut doc = crate::events::testing::parsed_doc(&[TIES, sentence]);
    doc.published = chrono::NaiveDate::from_ymd_opt(2009, 5, 10);
    for tokens in [0..1, 2..3] {
        doc.sentences[0].entities.push(casus_core::Entity { label: "GPE".into(), tokens, score: 1.0 });
    }
    let events = crate::events::extract(&doc);
    let sides = events.iter().filter(|e| !e.action.cameo.starts_with("16")).flat_map(|e| [&e.actor, &e.target]);
    sides.filter_map(|p| p.as_ref().and_then(|p| p.country.clone())).collect()
}

#[test]
fn all_nations_are_everyone_not_the_two_states() {
    // "Chad and Sudan cut ties. Russia urged all nations to show restraint.": not Chad and Sudan.
    let urged =
        |obj: &str| format!("Russia/2/nsubj urged/0/root {obj} to/6/mark show/2/xcomp restraint/6/obj ./2/punct");
    let both = countries_after_ties(&urged("both/4/det countries/2/iobj"));
    assert!(both.contains(&"TCD".to_string()), "{both:?}");
    let all = countries_after_ties(&urged("all/4/det nations/2/iobj"));
    assert!(!all.contains(&"TCD".to_string()), "{all:?}");
}

#[test]
fn counted_soldiers_are_not_the_two_states() {
    // "Chad and Sudan cut ties. Two Chadian government soldiers accused the rebels.": the counted head
    // is soldiers, not governments, so not the pair (and a Chadian side at most).
    let soldiers = "Two/4/nummod Chadian/4/amod government/4/compound soldiers/5/nsubj accused/0/root \
                    the/7/det rebels/5/obj ./5/punct";
    let got = countries_after_ties(soldiers);
    assert!(!got.contains(&"SDN".to_string()), "{got:?}");
}

/// Whether an event after the clash has a rebel (the clash's second side) as actor or target.
fn names_rebels(specs: &[&str]) -> bool {
    let rebels = Some("REB".to_string());
    let count = |specs: &[&str]| roles(specs, "").iter().filter(|(a, t)| *a == rebels || *t == rebels).count();
    count(specs) > count(&[CLASH])
}

#[test]
fn all_opposition_parties_are_not_the_two_sides() {
    // "Troops clashed with rebels. All opposition parties accused the government of fraud."
    let parties = "All/3/det opposition/3/compound parties/4/nsubj accused/0/root the/6/det government/4/obj \
                   of/8/case fraud/4/obl ./4/punct";
    assert!(!names_rebels(&[CLASH, parties]), "{:?}", roles(&[CLASH, parties], ""));
}

#[test]
fn two_states_imposing_sanctions_do_not_sanction_each_other() {
    // "Britain and France imposed new sanctions" (on Russia, named before): never on each other (163),
    // nor cutting aid (162); "Britain and France cut ties" (161) or "expelled each other's diplomats"
    // (166) is between them.
    let state =
        |c: &str| casus_core::Party { text: c.into(), name: None, country: Some(c.into()), role: Some("GOV".into()) };
    let pair = [state("GBR"), state("FRA")];
    assert!(!crate::events::pairing::joint("163", &pair));
    assert!(!crate::events::pairing::joint("162", &pair));
    assert!(crate::events::pairing::joint("161", &pair));
    assert!(crate::events::pairing::joint("166", &pair));
}

#[test]
fn both_generals_and_the_two_armed_groups_are_the_two_sides_as_named() {
    // "Troops clashed with rebels. Both generals accused each other.": the army side stays MIL.
    let got = roles(&[CLASH, "Both/2/det generals/3/nsubj accused/0/root each/5/det other/3/obj ./3/punct"], "112");
    assert_eq!(got, [some("MIL", "REB"), some("REB", "MIL")]);
    // "Clashes between the two armed groups continued.": one record each way.
    let clashes =
        "Clashes/7/nsubj between/6/case the/6/det two/6/nummod armed/6/amod groups/1/nmod continued/0/root ./7/punct";
    assert_eq!(roles(&[CLASH, clashes], "19")[2..], [some("MIL", "REB"), some("REB", "MIL")]);
    let allies =
        "Fighting/7/nsubj between/6/case the/6/det two/6/nummod former/6/amod allies/1/nmod erupted/0/root ./7/punct";
    assert_eq!(roles(&[CLASH, allies], "19")[2..], [some("MIL", "REB"), some("REB", "MIL")]);
}

#[test]
fn a_bare_count_or_a_list_of_generals_or_groups_is_no_pair() {
    // "Two generals accused the rebels": a number of generals, one side.
    let got = roles(&[CLASH, "Two/2/nummod generals/3/nsubj accused/0/root the/5/det rebels/3/obj ./3/punct"], "112");
    assert_eq!(got, [some("MIL", "REB")]);
    // "The government and the two rebel groups signed a truce": the groups are one side of the list.
    let got = roles(
        &[
            CLASH,
            "The/2/det government/7/nsubj and/6/cc the/6/det two/6/nummod rebel/6/compound groups/2/conj signed/0/root a/9/det truce/7/obj ./7/punct",
        ],
        "05",
    );
    assert!(got.iter().all(|(a, t)| a.as_deref() != Some("MIL") && t.as_deref() != Some("MIL")), "{got:?}");
}

#[test]
fn the_two_presidents_are_the_two_states_named_last() {
    // "Russia accused Turkey. The two presidents met.": one meeting each way between the two states.
    let ev = doc_events(
        &[
            "Russia/2/nsubj accused/0/root Turkey/2/obj ./2/punct",
            "The/3/det two/3/nummod presidents/4/nsubj met/0/root ./4/punct",
        ],
        "2009-05-10",
    );
    let country = |p: &Option<casus_core::Party>| p.as_ref().and_then(|p| p.country.clone());
    let mut got: Vec<_> =
        ev.iter().filter(|e| e.action.cameo == "040").map(|e| (country(&e.actor), country(&e.target))).collect();
    got.sort();
    let pair = |a: &str, b: &str| (Some(a.to_string()), Some(b.to_string()));
    assert_eq!(got, [pair("RUS", "TUR"), pair("TUR", "RUS")]);
}

#[test]
fn both_sides_are_the_governments_of_a_fight_whose_forces_had_no_state_yet() {
    // "Troops clashed with rebels in Zimbabwe. The mediator urged both sides to keep talking.": the
    // troops' state is the story's, so the pair is that state's government (GUIDELINES §5), not its army.
    let mut doc = crate::events::testing::parsed_doc(&[
        "Troops/2/nsubj clashed/0/root with/4/case rebels/2/obl in/6/case Zimbabwe/2/obl ./2/punct",
        "The/2/det mediator/3/nsubj urged/0/root both/5/det sides/3/obj to/7/mark talk/3/xcomp ./3/punct",
    ]);
    doc.published = chrono::NaiveDate::from_ymd_opt(2009, 5, 10);
    doc.sentences[0].entities = vec![casus_core::Entity { label: "GPE".into(), tokens: 5..6, score: 1.0 }];
    let ev = crate::events::extract(&doc);
    let targets: Vec<_> = ev
        .iter()
        .filter(|e| e.action.text.starts_with("urged"))
        .filter_map(|e| e.target.as_ref().map(|t| (t.country.as_deref(), t.role.as_deref())))
        .collect();
    assert_eq!(targets, [(Some("ZWE"), Some("GOV")), (Some("ZWE"), Some("REB"))], "{ev:?}");
}
