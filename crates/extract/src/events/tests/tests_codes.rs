//! CAMEO codes that depend on a trigger's arguments or setting (GUIDELINES 12.4).
use crate::events::testing::doc_events;
use casus_core::Event;

/// (code, actor role, killed count) of every event.
fn codes(ev: &[Event]) -> Vec<(&str, Option<&str>, Option<u64>)> {
    ev.iter()
        .map(|e| {
            let actor = e.actor.as_ref().and_then(|a| a.role.as_deref());
            (e.action.cameo.as_str(), actor, e.casualties.killed.as_ref().and_then(|k| k.count))
        })
        .collect()
}

#[test]
fn force_on_protesters_or_in_protests_is_repression_with_its_toll() {
    let ev = doc_events(
        &["Police/2/nsubj opened/0/root fire/2/obj on/5/case protesters/2/obl ,/7/punct killing/2/advcl three/7/obj ./2/punct"],
        "2025-03-12",
    );
    assert_eq!(codes(&ev), [("175", Some("COP"), Some(3))]);
    let ev = doc_events(
        &["Fifteen/2/nummod people/5/nsubj:pass have/5/aux been/5/aux:pass killed/0/root in/7/case protests/5/obl ./5/punct"],
        "2025-03-12",
    );
    assert_eq!(codes(&ev).first().map(|c| c.0), Some("175"), "{:?}", codes(&ev));
}

#[test]
fn an_armed_group_firing_on_protesters_does_not_repress() {
    let ev =
        doc_events(&["Rebels/2/nsubj opened/0/root fire/2/obj on/5/case protesters/2/obl ./2/punct"], "2025-03-12");
    let got = codes(&ev);
    assert!(!got.is_empty() && got.iter().all(|c| c.0.starts_with("19")), "{got:?}");
}

#[test]
fn an_ordered_offensive_is_the_offensive_and_an_order_to_act_a_demand() {
    let ev = doc_events(
        &["The/2/det president/3/nsubj ordered/0/root an/5/det offensive/3/obj against/7/case rebels/5/nmod ./3/punct"],
        "2025-03-12",
    );
    let got = codes(&ev);
    assert!(!got.is_empty() && got.iter().all(|c| c.0 == "190"), "{got:?}");
    let ev = doc_events(
        &["The/2/det president/3/nsubj ordered/0/root rebels/3/obj to/6/mark withdraw/3/xcomp ./3/punct"],
        "2025-03-12",
    );
    let got = codes(&ev);
    assert!(!got.is_empty() && got.iter().all(|c| c.0.starts_with("10")), "{got:?}");
    // an ordered investigation is a demand for one, not the investigation (PETRARCH-2 codes it 1014)
    let ev = doc_events(
        &["Obama/2/nsubj ordered/0/root an/4/det investigation/2/obj against/6/case Iran/4/nmod ./2/punct"],
        "2015-06-09",
    );
    let got = codes(&ev);
    assert!(!got.is_empty() && got.iter().all(|c| c.0.starts_with("10")), "{got:?}");
}

#[test]
fn the_attack_that_restates_a_bombing_is_that_bombing() {
    let bombing =
        "A/3/det car/3/compound bomb/4/nsubj exploded/0/root in/6/case Kabul/4/obl on/8/case Monday/4/obl ./4/punct";
    let codes_of = |second: &str| -> Vec<String> {
        let ev = doc_events(&[bombing, second], "2025-03-12");
        ev.iter().filter(|e| e.evidence.start > 0).map(|e| e.action.cameo.clone()).collect()
    };
    assert_eq!(codes_of("The/2/det attack/3/nsubj killed/0/root six/5/nummod soldiers/3/obj ./3/punct"), ["1832"]);
    // Several attacks may be of several kinds; a fight is no bombing.
    assert_eq!(codes_of("The/2/det attacks/3/nsubj killed/0/root six/5/nummod soldiers/3/obj ./3/punct"), ["190"]);
    assert_eq!(codes_of("The/2/det clash/3/nsubj killed/0/root six/5/nummod soldiers/3/obj ./3/punct"), ["190"]);
}

#[test]
fn a_blast_that_restates_a_car_bombing_takes_its_kind() {
    let bombing =
        "A/3/det car/3/compound bomb/4/nsubj exploded/0/root in/6/case Kabul/4/obl on/8/case Monday/4/obl ./4/punct";
    let ev = doc_events(
        &[bombing, "The/2/det blast/3/nsubj killed/0/root 15/5/nummod worshippers/3/obj ./3/punct"],
        "2025-03-12",
    );
    let got: Vec<&str> = ev.iter().filter(|e| e.evidence.start > 0).map(|e| e.action.cameo.as_str()).collect();
    assert_eq!(got, ["1832"]);
}

#[test]
fn a_campaign_after_a_bombing_is_no_restatement_of_it() {
    // "The offensive to retake the city", "the operation to clear the building": the forces' own act.
    let bombing = "A/3/det suicide/3/compound bomber/4/nsubj struck/0/root a/6/det checkpoint/4/obj in/8/case Mosul/4/obl on/10/case Monday/4/obl ./4/punct";
    for second in [
        "The/2/det offensive/7/nsubj to/4/mark retake/2/acl the/6/det city/4/obj entered/0/root its/10/nmod:poss third/10/amod week/7/obl:unmarked ./7/punct",
        "The/2/det operation/7/nsubj to/4/mark clear/2/acl the/6/det building/4/obj lasted/0/root hours/7/obj ./7/punct",
    ] {
        let ev = doc_events(&[bombing, second], "2025-03-12");
        let got: Vec<&str> = ev.iter().filter(|e| e.evidence.start > 0).map(|e| e.action.cameo.as_str()).collect();
        assert!(!got.is_empty() && got.iter().all(|c| !c.starts_with("183")), "{got:?}");
    }
}

#[test]
fn a_bare_toll_after_a_bombing_is_the_bombings_and_after_a_shooting_stays_force() {
    let bombing = "A/3/det suicide/3/compound bomber/4/nsubj struck/0/root a/6/det wedding/4/obj ./4/punct";
    let toll = "Three/2/nummod students/4/nsubj:pass were/4/aux:pass killed/0/root ./4/punct";
    let ev = doc_events(&[bombing, toll], "2025-03-12");
    let got = codes(&ev);
    assert_eq!(got.last().map(|c| c.0), Some("1831"), "{got:?}");
    let shooting = "Gunmen/2/nsubj attacked/0/root a/4/det wedding/2/obj ./2/punct";
    let ev = doc_events(&[bombing, shooting, toll], "2025-03-12");
    let got = codes(&ev);
    assert_eq!(got.last().map(|c| c.0), Some("190"), "{got:?}");
}

#[test]
fn a_bare_toll_after_troops_fired_on_protesters_is_the_crackdowns() {
    let fired = "Soldiers/2/nsubj fired/0/root on/4/case protesters/2/obl ./2/punct";
    let toll =
        "Witnesses/2/nsubj say/0/root three/4/nummod people/7/nsubj:pass were/7/aux:pass killed/2/ccomp ./2/punct";
    let ev = doc_events(&[fired, toll], "2025-03-12");
    let got = codes(&ev);
    assert_eq!(got.first().map(|c| c.0), Some("175"), "{got:?}");
    assert_eq!(got.last().map(|c| c.0), Some("175"), "{got:?}");
    // After rebels fought troops, the same toll is the fighting's.
    let fight = "Rebels/2/nsubj attacked/0/root an/5/det army/5/compound post/2/obj ./2/punct";
    let ev = doc_events(&[fired, fight, toll], "2025-03-12");
    let got = codes(&ev);
    assert_eq!(got.last().map(|c| c.0), Some("190"), "{got:?}");
}

#[test]
fn the_noun_a_relative_clause_acts_on_codes_its_verb() {
    let code_of = |s: &str, trigger: &str| -> Option<String> {
        let ev = doc_events(&[s], "2025-03-12");
        ev.iter().find(|e| e.action.text == trigger).map(|e| e.action.cameo.clone())
    };
    // "the workers it seized": seized workers are hostages, as in "seized six workers".
    let relative = "The/2/det group/3/nsubj freed/0/root the/6/det eight/6/nummod workers/3/obj it/8/nsubj \
                    seized/6/acl:relcl ./3/punct";
    assert_eq!(code_of(relative, "seized").as_deref(), Some("181"));
    // "the fighters who seized the town": the noun is the subject; the town is what was seized.
    let subject = "The/2/det fighters/0/root who/4/nsubj seized/2/acl:relcl the/6/det town/4/obj ./2/punct";
    assert_eq!(code_of(subject, "seized").as_deref(), Some("192"));
}

#[test]
fn a_vow_to_keep_protesting_threatens_dissent() {
    let ev = doc_events(
        &["Protesters/3/nsubj have/3/aux vowed/0/root to/5/mark continue/3/xcomp street/7/compound \
           demonstrations/5/obj ./3/punct"],
        "2025-03-12",
    );
    let vow = ev.iter().find(|e| e.action.text.contains("vowed")).map(|e| e.action.cameo.as_str());
    assert_eq!(vow, Some("133"), "{:?}", codes(&ev));
}

#[test]
fn a_pronoun_object_after_and_is_the_first_verbs_object() {
    let code_of = |s: &str| -> Option<String> {
        let ev = doc_events(&[s], "2025-03-12");
        ev.iter().find(|e| e.action.text.starts_with("set")).map(|e| e.action.cameo.clone())
    };
    // Burning bodies is 180; burning a house is destroying property (1712).
    let bodies = "Militants/2/nsubj dragged/0/root the/4/det bodies/2/obj through/7/case the/7/det streets/2/obl \
                  and/9/cc set/2/conj them/9/obj on/12/case fire/9/obl ./2/punct";
    assert_eq!(code_of(bodies).as_deref(), Some("180"));
    let house = "Militants/2/nsubj looted/0/root the/4/det house/2/obj and/6/cc set/2/conj it/6/obj on/9/case \
                 fire/6/obl ./2/punct";
    assert_eq!(code_of(house).as_deref(), Some("1712"));
}

#[test]
fn a_curfew_canceled_or_revoked_is_eased_like_one_lifted() {
    for verb in ["canceled", "revoked", "rescinded"] {
        let spec = format!("The/2/det army/3/nsubj {verb}/0/root the/5/det curfew/3/obj ./3/punct");
        let ev = doc_events(&[spec.as_str()], "2025-03-12");
        assert_eq!(codes(&ev).iter().map(|c| c.0).collect::<Vec<_>>(), ["081"], "{verb}: {ev:#?}");
    }
    // Only sanctions and restrictions: "canceled the meeting" is no easing.
    let ev = doc_events(&["The/2/det army/3/nsubj canceled/0/root the/5/det meeting/3/obj ./3/punct"], "2025-03-12");
    assert!(ev.is_empty(), "{ev:#?}");
}

#[test]
fn weighing_sanctions_or_a_decision_considers_a_policy_option() {
    let ev = doc_events(
        &["The/2/det government/4/nsubj is/4/aux considering/0/root sanctions/4/obj against/7/case Sudan/5/nmod ./4/punct"],
        "2025-03-12",
    );
    assert!(codes(&ev).iter().any(|c| c.0 == "014"), "{:?}", codes(&ev));
    let ev = doc_events(
        &["The/2/det ministry/3/nsubj reconsidered/0/root its/5/nmod:poss decision/3/obj ./3/punct"],
        "2025-03-12",
    );
    assert!(codes(&ev).iter().any(|c| c.0 == "014"), "{:?}", codes(&ev));
}

#[test]
fn crediting_a_party_for_a_role_praises_it() {
    let ev = doc_events(
        &["The/2/det minister/3/nsubj credited/0/root France/3/obj for/6/mark playing/3/advcl a/9/det constructive/9/amod role/6/obj ./3/punct"],
        "2025-03-12",
    );
    assert!(codes(&ev).iter().any(|c| c.0 == "051"), "{:?}", codes(&ev));
}

#[test]
fn rebels_controlling_territory_hold_it_and_a_government_controlling_the_media_does_not() {
    let ev = doc_events(
        &["The/2/det rebels/4/nsubj now/4/advmod control/0/root much/4/obj of/8/case the/8/det north/5/nmod ./4/punct"],
        "2025-03-12",
    );
    assert_eq!(codes(&ev), [("192", Some("REB"), None)], "{ev:#?}");
    let ev =
        doc_events(&["The/2/det government/3/nsubj controls/0/root the/5/det media/3/obj ./3/punct"], "2025-03-12");
    assert!(ev.is_empty(), "{ev:#?}");
}

#[test]
fn controlling_a_thing_near_the_border_or_in_the_north_holds_no_territory() {
    // The territory word must head the object or its of-phrase, not sit anywhere below it.
    let blaze = "Firefighters/2/nsubj controlled/0/root the/4/det blaze/2/obj near/7/case the/7/det \
                 border/4/nmod ./2/punct";
    let ev = doc_events(&[blaze], "2025-03-12");
    assert!(ev.iter().all(|e| e.action.cameo != "192"), "{ev:#?}");
    let prices = "The/2/det government/3/nsubj controls/0/root prices/3/obj in/7/case the/7/det north/4/nmod \
                  ./3/punct";
    let ev = doc_events(&[prices], "2025-03-12");
    assert!(ev.iter().all(|e| e.action.cameo != "192"), "{ev:#?}");
    let villages = "Rebels/3/nsubj already/3/advmod control/0/root 20/5/nummod villages/3/obj ./3/punct";
    assert_eq!(codes(&doc_events(&[villages], "2025-03-12")), [("192", Some("REB"), None)]);
}

#[test]
fn a_prison_or_bail_word_frees_someone_only_as_where_they_are_freed_from() {
    let cameos =
        |spec: &str| codes(&doc_events(&[spec], "2025-03-12")).iter().map(|c| c.0.to_string()).collect::<Vec<_>>();
    let report =
        "Amnesty/2/nsubj released/0/root a/4/det report/2/obj on/7/case prison/7/compound conditions/4/nmod ./2/punct";
    assert!(!cameos(report).contains(&"0841".to_string()), "{:?}", cameos(report));
    let video = "HRW/2/nsubj released/0/root a/4/det video/2/obj from/7/case the/7/det jail/2/obl ./2/punct";
    assert!(!cameos(video).contains(&"0841".to_string()), "{:?}", cameos(video));
    let rules = "The/2/det ministry/3/nsubj released/0/root new/5/amod rules/3/obj on/7/case bail/3/obl ./3/punct";
    assert!(!cameos(rules).contains(&"0841".to_string()), "{:?}", cameos(rules));
    let freed = "Police/2/nsubj freed/0/root him/2/obj from/5/case prison/2/obl ./2/punct";
    assert!(cameos(freed).contains(&"0841".to_string()), "{:?}", cameos(freed));
    let bail = "Police/2/nsubj released/0/root him/2/obj on/5/case bail/2/obl ./2/punct";
    assert!(cameos(bail).contains(&"0841".to_string()), "{:?}", cameos(bail));
}

#[test]
fn ap_is_no_news_agency_before_police() {
    // "AP police" are Andhra Pradesh's: the bare letters are no alias of the Associated Press.
    let ev =
        doc_events(&["AP/2/compound police/3/nsubj arrested/0/root 12/5/nummod Maoists/3/obj ./3/punct"], "2025-03-12");
    assert_eq!(codes(&ev).first().map(|c| c.1), Some(Some("COP")), "{:?}", codes(&ev));
}

#[test]
fn a_retaliation_with_tariffs_it_will_make_is_a_threat_of_sanctions() {
    // "Mexico said it will retaliate against the tariffs": as "threatened to retaliate with tariffs".
    let spec = "Mexico/2/nsubj said/0/root it/5/nsubj will/5/aux retaliate/2/ccomp against/8/case the/8/det tariffs/5/obl ./2/punct";
    let ev = doc_events(&[spec], "2025-03-12");
    assert!(codes(&ev).iter().any(|c| c.0 == "1312"), "{:?}", codes(&ev));
}

/// GUIDELINES 12.4: gun attacks, shooting and gun battles are 190; 193 is kept for a small arm the
/// text names ("fired rifles", "sniper fire").
#[test]
fn shooting_and_gun_battles_are_armed_attacks_unless_a_small_arm_is_named() {
    let code_of = |spec: &str| doc_events(&[spec], "2025-03-12").first().map(|e| e.action.cameo.clone());
    let shot =
        "Militants/2/nsubj shot/0/root two/4/nummod policemen/2/obj at/7/case a/7/det checkpoint/2/obl ./2/punct";
    assert_eq!(code_of(shot).as_deref(), Some("190"));
    let battle = "Two/2/nummod soldiers/4/nsubj:pass were/4/aux:pass wounded/0/root in/7/case a/7/det gunbattle/4/obl with/9/case insurgents/7/nmod ./4/punct";
    assert_eq!(code_of(battle).as_deref(), Some("190"));
    let gunfire = "Heavy/2/amod gunfire/3/nsubj erupted/0/root near/6/case the/6/det palace/3/obl ./3/punct";
    assert_eq!(code_of(gunfire).as_deref(), Some("190"));
    let rifles = "Gunmen/2/nsubj fired/0/root rifles/2/obj at/6/case the/6/det convoy/2/obl ./2/punct";
    assert_eq!(code_of(rifles).as_deref(), Some("193"));
}

/// GUIDELINES 12.4: protests in the street are demonstrations (141), unrest is rioting (145); the
/// verb "protested" alone stays dissent (140).
#[test]
fn street_protests_are_demonstrations_and_unrest_is_rioting() {
    let codes_of =
        |spec: &str| doc_events(&[spec], "2025-03-12").into_iter().map(|e| e.action.cameo).collect::<Vec<_>>();
    let began = "Small/2/amod protests/3/nsubj began/0/root in/5/case March/3/obl ./3/punct";
    assert_eq!(codes_of(began), ["141"]);
    let during = "Dozens/4/nsubj:pass of/3/case students/1/nmod were/4/aux:pass arrested/0/root during/6/case protests/4/obl against/8/case the/8/det government/6/nmod ./4/punct";
    assert!(codes_of(during).contains(&"141".to_string()), "{:?}", codes_of(during));
    let unrest = "The/2/det unrest/3/nsubj spread/0/root to/6/case the/6/det capital/3/obl ./3/punct";
    assert_eq!(codes_of(unrest), ["145"]);
}

/// A strike told by itself in war news is fired from the air or by missile (195); a named weapon
/// refines it, and the verb stays an attack (190).
#[test]
fn strikes_by_themselves_are_from_the_air() {
    let codes_of =
        |spec: &str| doc_events(&[spec], "2025-03-12").into_iter().map(|e| e.action.cameo).collect::<Vec<_>>();
    let israeli =
        "Israeli/2/amod strikes/5/nsubj on/4/case Gaza/2/nmod killed/0/root 12/7/nummod people/5/obj ./5/punct";
    assert_eq!(codes_of(israeli).first().map(String::as_str), Some("195"), "{:?}", codes_of(israeli));
    let came = "The/2/det strikes/3/nsubj came/0/root overnight/3/advmod ./3/punct";
    assert_eq!(codes_of(came), ["195"]);
    let artillery = "Artillery/2/compound strikes/3/nsubj hit/0/root the/5/det village/3/obj ./3/punct";
    assert_eq!(codes_of(artillery).first().map(String::as_str), Some("194"), "{:?}", codes_of(artillery));
    let verb = "Rebels/2/nsubj struck/0/root an/5/det army/5/compound post/2/obj ./2/punct";
    assert_eq!(codes_of(verb), ["190"]);
}

#[test]
fn a_roadside_bomb_blast_is_one_roadside_bombing() {
    let s =
        "A/4/det roadside/4/amod bomb/4/compound blast/5/nsubj killed/0/root three/7/nummod soldiers/5/obj ./5/punct";
    let ev = doc_events(&[s], "2025-03-12");
    let got = codes(&ev);
    assert_eq!(got, [("1833", None, Some(3))], "{got:?}");
}

#[test]
fn force_on_a_crowd_is_repression_but_not_on_a_crowded_place() {
    let ev = doc_events(
        &["Police/2/nsubj fired/0/root into/5/case the/5/det crowd/2/obl ,/7/punct killing/2/advcl two/7/obj ./2/punct"],
        "2025-03-12",
    );
    assert_eq!(codes(&ev), [("175", Some("COP"), Some(2))]);
    let ev = doc_events(
        &["Soldiers/2/nsubj opened/0/root fire/2/obj on/6/case large/6/amod crowds/2/obl in/8/case Bamako/6/nmod ./2/punct"],
        "2025-03-12",
    );
    assert_eq!(codes(&ev).first().map(|c| c.0), Some("175"), "{:?}", codes(&ev));
    let ev = doc_events(
        &["Troops/2/nsubj fired/0/root on/5/case a/5/det rally/2/obl in/7/case Conakry/5/nmod ./2/punct"],
        "2025-03-12",
    );
    assert_eq!(codes(&ev).first().map(|c| c.0), Some("175"), "{:?}", codes(&ev));
    // "crowded" lemmatizes as "crowd": shelling a crowded market is no repression.
    let ev = doc_events(
        &["Soldiers/2/nsubj shelled/0/root a/5/det crowded/5/amod market/2/obj ,/7/punct killing/2/advcl six/7/obj ./2/punct"],
        "2025-03-12",
    );
    let got = codes(&ev);
    assert!(!got.is_empty() && got.iter().all(|c| c.0.starts_with("19")), "{got:?}");
}
