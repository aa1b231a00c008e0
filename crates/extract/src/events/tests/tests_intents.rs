//! Stated intent with no verb of promise: what a party says it will (or will no longer) do in its
//! relations with another (GUIDELINES §2, §12.9: statements of intent are 03x; a refusal is 12x).
use crate::events::testing::cameo_records as records;

#[test]
fn a_party_saying_it_will_keep_or_resume_ties_with_another_states_an_intent() {
    // "Japan said it would maintain diplomatic relations with Iran."
    let spec = "Japan/2/nsubj said/0/root it/5/nsubj would/5/aux maintain/2/ccomp diplomatic/7/amod \
                relations/5/obj with/9/case Iran/7/nmod ./2/punct";
    let got = records(spec);
    assert!(got.iter().any(|r| r.0.starts_with("03") && r.1.as_deref() == Some("Japan")), "{got:?}");
}

#[test]
fn a_party_saying_it_will_no_longer_recognize_another_rejects_it() {
    // "The opposition said it will no longer recognize the transitional government."
    let spec = "The/2/det opposition/3/nsubj said/0/root it/8/nsubj will/8/aux no/7/advmod longer/8/advmod \
                recognize/3/ccomp the/11/det transitional/11/amod government/8/obj ./3/punct";
    let got = records(spec);
    assert!(got.iter().any(|r| r.0.starts_with("12") && r.1.as_deref() == Some("The opposition")), "{got:?}");
}

#[test]
fn a_future_without_a_relation_or_said_of_a_third_party_states_no_intent() {
    // "He said it will take some time": nothing done with anyone.
    let time = "He/2/nsubj said/0/root it/5/nsubj will/5/aux take/2/ccomp some/7/det time/5/obj ./2/punct";
    assert!(records(time).iter().all(|r| !r.0.starts_with("03")), "{:?}", records(time));
    // "Analysts said Tehran would maintain relations with Riyadh": a third party's future, no statement.
    let third = "Analysts/2/nsubj said/0/root Tehran/5/nsubj would/5/aux maintain/2/ccomp relations/5/obj \
                 with/8/case Riyadh/6/nmod ./2/punct";
    assert!(records(third).iter().all(|r| !r.0.starts_with("03")), "{:?}", records(third));
}

#[test]
fn a_prediction_a_fight_a_pronoun_for_others_or_no_party_states_no_intent() {
    let none = |spec: &str| {
        let got = records(spec);
        assert!(got.iter().all(|r| !r.0.starts_with("03") && !r.0.starts_with("12")), "{got:?}");
    };
    // "The ministry said it will harm cooperation with Iran": a prediction, not a promise.
    none(
        "The/2/det ministry/3/nsubj said/0/root it/6/nsubj will/6/aux harm/3/ccomp cooperation/6/obj \
          with/9/case Iran/7/nmod ./3/punct",
    );
    // "The rebels said they will engage government troops": combat, not a relation.
    none(
        "The/2/det rebels/3/nsubj said/0/root they/6/nsubj will/6/aux engage/3/ccomp government/8/compound \
          troops/6/obj ./3/punct",
    );
    // "The president said they will no longer recognize the government": "they" are others.
    none(
        "The/2/det president/3/nsubj said/0/root they/8/nsubj will/8/aux no/7/advmod longer/8/advmod \
          recognize/3/ccomp the/10/det government/8/obj ./3/punct",
    );
    // "The ministry said it will maintain good relations": no party named.
    none(
        "The/2/det ministry/3/nsubj said/0/root it/6/nsubj will/6/aux maintain/3/ccomp good/8/amod \
          relations/6/obj ./3/punct",
    );
    // Twin: engaging with a party is a stated intent.
    let with = "The/2/det rebels/3/nsubj said/0/root they/6/nsubj will/6/aux engage/3/ccomp with/9/case \
                the/9/det government/6/obl ./3/punct";
    let got = records(with);
    assert!(got.iter().any(|r| r.0.starts_with("03") && r.1.as_deref() == Some("The rebels")), "{got:?}");
}

#[test]
fn pressing_an_offensive_is_the_offensive_not_an_appeal() {
    // "Government forces pressed an offensive against rebels.": "press" steps the offensive up.
    let spec = "Government/2/compound forces/3/nsubj pressed/0/root an/5/det offensive/3/obj against/7/case \
                rebels/5/nmod ./3/punct";
    let got = records(spec);
    assert!(got.iter().any(|r| r.0 == "190" && r.1.as_deref() == Some("Government forces")), "{got:?}");
    assert!(got.iter().all(|r| !r.0.starts_with("02")), "{got:?}");
    // "Pakistan pressed India to release the fishermen.": an appeal.
    let appeal = "Pakistan/2/nsubj pressed/0/root India/2/obj to/5/mark release/2/xcomp the/7/det \
                  fishermen/5/obj ./2/punct";
    assert!(records(appeal).iter().any(|r| r.0.starts_with("02")), "{:?}", records(appeal));
}

#[test]
fn vowing_to_hunt_down_attackers_threatens_force() {
    // "The president vowed to hunt down the attackers."
    let spec = "The/2/det president/3/nsubj vowed/0/root to/5/mark hunt/3/xcomp down/5/compound:prt \
                the/8/det attackers/5/obj ./3/punct";
    let got = records(spec);
    assert!(got.iter().any(|r| r.0 == "138"), "{got:?}");
}

#[test]
fn carrying_on_an_event_noun_makes_the_subject_its_doer() {
    // "Rebels kept up their bombardment of the city."
    let spec = "Rebels/2/nsubj kept/0/root up/2/compound:prt their/5/nmod:poss bombardment/2/obj of/8/case \
                the/8/det city/5/nmod ./2/punct";
    let got = records(spec);
    assert!(got.iter().any(|r| r.0 == "190" && r.1.as_deref() == Some("Rebels")), "{got:?}");
    // "The army pressed ahead with its offensive."
    let spec = "The/2/det army/3/nsubj pressed/0/root ahead/3/advmod with/7/case its/7/nmod:poss \
                offensive/3/obl ./3/punct";
    let got = records(spec);
    assert!(got.iter().any(|r| r.0 == "190" && r.1.as_deref() == Some("The army")), "{got:?}");
    // "Officials kept the attack secret": no particle, nothing carried on.
    let spec = "Officials/2/nsubj kept/0/root the/4/det attack/2/obj secret/2/xcomp ./2/punct";
    let got = records(spec);
    assert!(got.iter().all(|r| r.1.as_deref() != Some("Officials")), "{got:?}");
}

#[test]
fn a_possessive_on_an_act_its_clause_goes_on_with_names_the_subject() {
    let doer = |spec: &str, code: &str, who: &str| {
        let got = records(spec);
        assert!(got.iter().any(|r| r.0 == code && r.1.as_deref() == Some(who)), "{got:?}");
    };
    // "Rebels seized a town, pursuing their assault on the capital."
    let spec = "Rebels/2/nsubj seized/0/root a/4/det town/2/obj ,/6/punct pursuing/2/advcl their/8/nmod:poss \
                assault/6/obj on/11/case the/11/det capital/8/nmod ./2/punct";
    doer(spec, "190", "Rebels");
    // "The army widened its offensive in the northern hills."
    let spec = "The/2/det army/3/nsubj widened/0/root its/5/nmod:poss offensive/3/obj in/9/case the/9/det \
                northern/9/amod hills/5/nmod ./3/punct";
    doer(spec, "190", "The army");
    // "Militias shelled the town on Monday, sustaining their bombardment for a third day."
    let spec = "Militias/2/nsubj shelled/0/root the/4/det town/2/obj on/6/case Monday/2/obl ,/8/punct \
                sustaining/2/advcl their/10/nmod:poss bombardment/8/obj for/14/case a/14/det third/14/amod \
                day/8/obl ./2/punct";
    doer(spec, "190", "Militias");
    // "The UN accused the coalition of bombing towns since launching its operation": the coalition
    // may be meant as well as the UN, so the UN does not launch it.
    let spec = "The/2/det UN/3/nsubj accused/0/root the/5/det coalition/3/obj of/7/mark bombing/5/acl \
                towns/7/obj since/10/mark launching/3/advcl its/12/nmod:poss operation/10/obj ./3/punct";
    assert!(
        records(spec).iter().all(|r| r.1.as_deref() != Some("The UN") || r.0.starts_with("11")),
        "{:?}",
        records(spec)
    );
}

#[test]
fn a_party_saying_it_will_do_an_act_states_its_intent_to_do_it() {
    let codes = |spec: &str| records(spec).into_iter().map(|r| (r.0, r.1)).collect::<Vec<_>>();
    // "Kenya said it would send troops to Somalia": intent to give military support (033).
    let send = "Kenya/2/nsubj said/0/root it/5/nsubj would/5/aux send/2/ccomp troops/5/obj to/8/case \
                Somalia/5/obl ./2/punct";
    assert!(codes(send).contains(&("033".to_string(), Some("it".to_string()))), "{:?}", codes(send));
    // "The rebels said they will release the hostages": intent to release persons (0353).
    let release = "The/2/det rebels/3/nsubj said/0/root they/6/nsubj will/6/aux release/3/ccomp the/8/det \
                   hostages/6/obj ./3/punct";
    assert!(records(release).iter().any(|r| r.0 == "0353"), "{:?}", records(release));
    // "Kenyan President William Ruto said Kenya would send troops": the speaker's own state.
    let state = "Kenyan/4/amod President/4/compound William/4/compound Ruto/5/nsubj said/0/root Kenya/8/nsubj \
                 would/8/aux send/5/ccomp troops/8/obj ./5/punct";
    assert!(records(state).iter().any(|r| r.0 == "033"), "{:?}", records(state));
}

#[test]
fn a_third_partys_future_a_hope_or_an_announced_cut_states_no_intent() {
    let none = |spec: &str| {
        let got = records(spec);
        assert!(got.iter().all(|r| !r.0.starts_with("03") && !r.0.starts_with("13")), "{got:?}");
    };
    // "Analysts said Tehran would impose sanctions on Riyadh": a forecast about another party.
    none(
        "Analysts/2/nsubj said/0/root Tehran/5/nsubj would/5/aux impose/2/ccomp sanctions/5/obj on/8/case \
          Riyadh/5/obl ./2/punct",
    );
    // "We hope we will round up the cartels": a hope, no resolve.
    none(
        "We/2/nsubj hope/0/root we/5/nsubj will/5/aux round/2/ccomp up/5/compound:prt the/8/det \
          cartels/5/obj ./2/punct",
    );
    // "The United States announced that it would cease military aid to Ukraine": the cut itself (16x).
    none(
        "The/3/det United/3/compound States/4/nsubj announced/0/root that/8/mark it/8/nsubj would/8/aux \
          cease/4/ccomp military/10/amod aid/8/obj to/12/case Ukraine/10/nmod ./4/punct",
    );
}

#[test]
fn a_party_saying_it_will_hold_or_convene_a_meeting_states_an_intent_to_meet() {
    // "The government said it would hold talks with the rebels."
    let talks = "The/2/det government/3/nsubj said/0/root it/6/nsubj would/6/aux hold/3/ccomp talks/6/obj \
                 with/10/case the/10/det rebels/6/obl ./3/punct";
    let got = records(talks);
    let with_rebels = |r: &(String, Option<String>, Option<String>)| r.2.as_deref() == Some("the rebels");
    assert!(got.iter().any(|r| r.0 == "036" && r.1.as_deref() == Some("it") && with_rebels(r)), "{got:?}");
    // "Ruto said he would convene a summit of regional leaders."
    let summit = "Ruto/2/nsubj said/0/root he/5/nsubj would/5/aux convene/2/ccomp a/7/det summit/5/obj \
                  of/10/case regional/10/amod leaders/7/nmod ./2/punct";
    let got = records(summit);
    assert!(got.iter().any(|r| r.0 == "036" && r.1.as_deref() == Some("he")), "{got:?}");
}

#[test]
fn a_meeting_said_of_another_party_or_already_held_is_no_intent() {
    // "Analysts said the government would hold talks with the rebels": a third party's future.
    let third = "Analysts/2/nsubj said/0/root the/4/det government/6/nsubj would/6/aux hold/2/ccomp \
                 talks/6/obj with/10/case the/10/det rebels/6/obl ./2/punct";
    assert!(records(third).iter().all(|r| !r.0.starts_with("03")), "{:?}", records(third));
    // "The government held talks with the rebels": the meeting itself.
    let held = "The/2/det government/3/nsubj held/0/root talks/3/obj with/7/case the/7/det rebels/3/obl ./3/punct";
    assert!(records(held).iter().all(|r| !r.0.starts_with("03")), "{:?}", records(held));
}

#[test]
fn a_party_saying_it_would_carry_on_talks_or_attacks_states_its_intent_or_threat() {
    // "Mbeki said he would continue talks with both parties": "would" in reported speech is the
    // future of the past, and the carrying verb states the intent to meet (036).
    let talks = "South/3/amod African/4/amod President/4/nmod:desc Thabo/6/nsubj Mbeki/4/flat said/0/root \
                 he/9/nsubj would/9/aux continue/6/ccomp talks/9/obj with/13/case both/13/det parties/10/nmod \
                 ./6/punct";
    let got = records(talks);
    assert!(got.iter().any(|r| r.0 == "036" && r.1.as_deref() == Some("he")), "{got:?}");
    // "The rebels said they would continue their attacks on the city": force said of oneself (138).
    let attacks = "The/2/det rebels/3/nsubj said/0/root they/6/nsubj would/6/aux continue/3/ccomp \
                   their/8/nmod:poss attacks/6/obj on/11/case the/11/det city/8/nmod ./3/punct";
    let got = records(attacks);
    assert!(got.iter().any(|r| r.0 == "138" && r.1.as_deref() == Some("they")), "{got:?}");
}
