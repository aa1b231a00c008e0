//! Mutual actions, one record each way (GUIDELINES §2 "Mutual actions", §12.9 "A fought B"): the
//! construction in its noun and verb forms, with its parties in a between-phrase, as coordinated
//! subjects or in a with-phrase, and the cases that stay one record.
use crate::events::testing::{events_of, role_pairs, roles_pair as some};

/// (actor role, target role) of the events of `spec` whose CAMEO starts with `root`.
fn roles(spec: &str, root: &str) -> Vec<(Option<String>, Option<String>)> {
    role_pairs(&events_of(spec, Some("2010-05-10")), root)
}

/// (code, actor name, target name) of every event.
fn named(spec: &str) -> Vec<(String, Option<String>, Option<String>)> {
    let name = |p: Option<casus_core::Party>| p.and_then(|p| p.name);
    events_of(spec, Some("2010-05-10")).into_iter().map(|e| (e.action.cameo, name(e.actor), name(e.target))).collect()
}

#[test]
fn exchanging_fire_with_a_partner_is_one_record_each_way() {
    // The with-phrase hangs on "fire", the object of the verb's own phrase.
    let got = roles(
        "Security/2/compound forces/3/nsubj exchanged/0/root fire/3/obj with/6/case militants/4/nmod on/8/case Sunday/3/obl ./3/punct",
        "19",
    );
    assert_eq!(got, [some("MIL", "REB"), some("REB", "MIL")]);
    // "traded fire", the with-phrase on the verb.
    let got = roles("Police/2/nsubj traded/0/root fire/2/obj with/5/case gunmen/2/obl ./2/punct", "19");
    assert_eq!(got, [some("COP", "UAF"), some("UAF", "COP")]);
}

#[test]
fn two_sides_exchanging_heavy_fire_act_each_on_the_other() {
    // An adjective inside the phrase ("heavy fire", "gunfire") still makes it the mutual act.
    let got = roles(
        "Rebels/4/nsubj and/3/cc troops/1/conj exchanged/0/root heavy/6/amod fire/4/obj in/9/case the/9/det city/4/obl ./4/punct",
        "19",
    );
    assert_eq!(got, [some("REB", "MIL"), some("MIL", "REB")]);
    let got = roles(
        "Soldiers/4/nsubj and/3/cc insurgents/1/conj exchanged/0/root gunfire/4/obj near/7/case Kandahar/4/obl ./4/punct",
        "19",
    );
    assert_eq!(got, [some("MIL", "REB"), some("REB", "MIL")]);
}

#[test]
fn what_is_exchanged_besides_fire_is_no_fighting() {
    // Prisoners are swapped (0841), and information "about the fire" is not gunfire.
    let ev = events_of(
        "The/2/det army/3/nsubj exchanged/0/root prisoners/3/obj with/6/case rebels/3/obl ./3/punct",
        Some("2010-05-10"),
    );
    assert!(ev.iter().all(|e| !e.action.cameo.starts_with("19")), "{ev:?}");
    let ev = events_of(
        "Officials/2/nsubj exchanged/0/root information/2/obj about/6/case the/6/det fire/3/nmod ./2/punct",
        Some("2010-05-10"),
    );
    assert!(ev.iter().all(|e| !e.action.cameo.starts_with("19")), "{ev:?}");
}

#[test]
fn an_ordinary_objects_with_phrase_is_not_the_other_side() {
    // "A fought B" is one record A → B (12.9); "with tanks" is B's, not a partner of the fight.
    let got = roles("Troops/2/nsubj fought/0/root the/4/det rebels/2/obj with/6/case tanks/4/nmod ./2/punct", "19");
    assert_eq!(got, [some("MIL", "REB")]);
}

#[test]
fn trading_blame_is_one_accusation_each_way() {
    let got = named(
        "Armenia/4/nsubj and/3/cc Azerbaijan/1/conj traded/0/root blame/4/obj for/9/case the/9/det border/9/compound clashes/4/obl ./4/punct",
    );
    let armenia = || Some("Armenia".to_string());
    let azerbaijan = || Some("Azerbaijan".to_string());
    assert!(got.contains(&("1123".to_string(), armenia(), azerbaijan())), "{got:?}");
    assert!(got.contains(&("1123".to_string(), azerbaijan(), armenia())), "{got:?}");
}

#[test]
fn trading_blame_codes_as_trading_accusations_does() {
    // "trade * blame" takes the accusation lists: blame for subversive acts or for violence is of
    // hostility (1123), as accusations of them are.
    for (verb, act) in [
        ("accusations", "subversive/8/amod activities"),
        ("blame", "subversive/8/amod activities"),
        ("accusations", "the/8/det violence"),
        ("blame", "the/8/det violence"),
    ] {
        let spec = format!(
            "Serbia/4/nsubj and/3/cc Croatia/1/conj traded/0/root {verb}/4/obj for/8/case {act}/4/obl ./4/punct"
        );
        let got = named(&spec);
        let (serbia, croatia) = (Some("Serbia".to_string()), Some("Croatia".to_string()));
        assert!(got.contains(&("1123".to_string(), serbia.clone(), croatia.clone())), "{verb}: {got:?}");
        assert!(got.contains(&("1123".to_string(), croatia, serbia)), "{verb}: {got:?}");
    }
}

#[test]
fn one_party_blaming_another_stays_one_record() {
    // The blamed act is recorded too (12.5), as Azerbaijan's; the blame itself goes one way.
    let mut got = named("Armenia/2/nsubj blamed/0/root Azerbaijan/2/obj for/6/case the/6/det clashes/2/obl ./2/punct");
    got.retain(|(code, _, _)| code.starts_with("112"));
    assert_eq!(got, [("1123".to_string(), Some("Armenia".to_string()), Some("Azerbaijan".to_string()))]);
}

#[test]
fn the_matrix_of_mutual_fighting_gives_each_way() {
    // Noun with between-phrase, coordinated subjects of a verb, a with-phrase, a state and a
    // non-state party of one country (12.2, 12.3).
    for spec in [
        "Clashes/6/nsubj between/4/case government/4/compound troops/1/nmod and/6/cc rebels/4/conj continued/0/root ./6/punct",
        "Government/2/compound troops/5/nsubj and/4/cc rebels/2/conj clashed/0/root near/7/case Goma/5/obl ./5/punct",
        "Troops/2/nsubj clashed/0/root with/4/case rebels/2/obl outside/7/case the/7/det town/2/obl ./2/punct",
        "Troops/2/nsubj fought/0/root with/4/case rebels/2/obl in/6/case Kismayo/2/obl ./2/punct",
    ] {
        assert_eq!(roles(spec, "19"), [some("MIL", "REB"), some("REB", "MIL")], "{spec}");
    }
}

#[test]
fn clashes_the_sentence_places_but_gives_no_parties_are_one_record() {
    // "on the border between Armenia and Azerbaijan": the countries name the place (GUIDELINES 2).
    let got = roles(
        "Clashes/2/nsubj broke/0/root out/2/compound:prt on/6/case the/6/det border/2/obl between/8/case Armenia/6/nmod and/10/cc Azerbaijan/8/conj ./2/punct",
        "19",
    );
    assert_eq!(got, [(None, None)]);
}

#[test]
fn modifiers_misread_as_a_list_before_one_noun_are_one_party_each() {
    // "between government and rebel troops" parsed as three nouns: the sides are government troops
    // (MIL) and rebel troops (REB), not the government (GOV) and a third party "troops".
    let got = roles(
        "Fighting/3/nsubj has/3/aux flared/0/root between/5/case government/3/obl and/7/cc rebel/5/conj troops/5/conj ./3/punct",
        "19",
    );
    assert_eq!(got, [some("MIL", "REB"), some("REB", "MIL")]);
    let got = roles(
        "Government/5/nsubj and/3/cc rebel/1/conj forces/1/conj clashed/0/root near/7/case Kidal/5/obl ./5/punct",
        "19",
    );
    assert_eq!(got, [some("MIL", "REB"), some("REB", "MIL")]);
    // The second modifier read as a verb, the noun its object.
    let got = roles(
        "Fighting/3/nsubj has/3/aux flared/0/root between/5/case government/3/obl and/7/cc rebel/5/conj troops/7/obj ./3/punct",
        "19",
    );
    assert_eq!(got, [some("MIL", "REB"), some("REB", "MIL")]);
}

/// (actor text, actor role) of every event of `spec`.
fn actors(spec: &str) -> Vec<(String, Option<String>)> {
    let ev = events_of(spec, Some("2010-05-10"));
    ev.into_iter().filter_map(|e| e.actor).map(|a| (a.text, a.role)).collect()
}

#[test]
fn a_list_whose_last_item_is_two_words_keeps_its_first_party() {
    // "Troops and police officers": parsed as "government and rebel forces" is, but "troops" names a
    // party on its own (a plural noun never modifies one), so it is no "troops officers".
    let got =
        actors("Troops/5/nsubj and/3/cc police/1/conj officers/1/conj raided/0/root the/7/det camp/5/obj ./5/punct");
    assert!(got.contains(&("Troops".to_string(), Some("MIL".to_string()))), "{got:?}");
    assert!(got.contains(&("police officers".to_string(), Some("COP".to_string()))), "{got:?}");
    // "Police" in the singular names a force too.
    let got =
        actors("Police/5/nsubj and/3/cc army/1/conj soldiers/1/conj stormed/0/root the/7/det compound/5/obj ./5/punct");
    assert!(got.contains(&("Police".to_string(), Some("COP".to_string()))), "{got:?}");
    assert!(got.contains(&("army soldiers".to_string(), Some("MIL".to_string()))), "{got:?}");
}

#[test]
fn each_shared_noun_party_has_its_own_words_as_text() {
    // "Government and rebel forces": the government side is "Government" (its noun stands apart),
    // the rebel side "rebel forces"; neither is the whole phrase.
    let got = actors(
        "Government/5/nsubj and/3/cc rebel/1/conj forces/1/conj clashed/0/root near/7/case Kidal/5/obl ./5/punct",
    );
    let texts: Vec<&str> = got.iter().map(|(t, _)| t.as_str()).collect();
    assert!(texts.contains(&"Government") && texts.contains(&"rebel forces"), "{got:?}");
}

#[test]
fn a_first_party_with_words_of_its_own_is_no_modifier() {
    // "the Sudanese army and rebel fighters": "army" has its own adjective, so it names its own party.
    let ev = events_of(
        "The/3/det Sudanese/3/amod army/7/nsubj and/5/cc rebel/3/conj fighters/3/conj clashed/0/root ./7/punct",
        Some("2010-05-10"),
    );
    assert!(ev.iter().any(|e| e.actor.as_ref().is_some_and(|a| a.text == "The Sudanese army")), "{ev:?}");
}

#[test]
fn protesters_clashing_with_police_riot_and_are_repressed_each_way() {
    // Civilians fighting police riot (145); the police's side of the clash is repression (175).
    let ev = events_of(
        "Protesters/2/nsubj clashed/0/root with/4/case police/2/obl in/6/case Bishkek/2/obl ./2/punct",
        Some("2010-05-10"),
    );
    let got: Vec<_> =
        ev.iter().map(|e| (e.action.cameo.as_str(), e.actor.as_ref().and_then(|a| a.role.as_deref()))).collect();
    assert_eq!(got, [("145", Some("OPP")), ("175", Some("COP"))]);
}

#[test]
fn two_armed_groups_of_one_country_with_one_role_fight_each_way() {
    // "Hamas and Fatah": the same key (PSE REB), told apart by name (GUIDELINES 12.3).
    let got = named(
        "Fighting/5/nsubj between/3/case Hamas/1/nmod and/5/cc Fatah/3/conj killed/0/root two/7/nummod people/5/obj ./5/punct",
    );
    let (hamas, fatah) = (Some("Hamas".to_string()), Some("Fatah".to_string()));
    assert_eq!(got, [("190".to_string(), hamas.clone(), fatah.clone()), ("190".to_string(), fatah, hamas)]);
}

#[test]
fn sides_named_on_a_participle_of_the_fight_noun_fight_each_way() {
    // "between" hangs on "reported", not on "fighting".
    let got = roles(
        "There/2/expl was/0/root heavy/4/amod fighting/2/nsubj reported/4/acl between/7/case troops/5/obl:agent and/9/cc rebels/7/conj ./2/punct",
        "19",
    );
    assert_eq!(got, [some("MIL", "REB"), some("REB", "MIL")]);
}

#[test]
fn sides_engaged_in_fighting_in_a_relative_clause_fight_each_way() {
    // "are engaged" in a relative clause: under way now, not a standing description.
    let got = roles(
        "Civilians/2/nsubj fled/0/root areas/2/obj where/9/advmod troops/9/nsubj:pass and/7/cc rebels/5/conj are/9/aux:pass engaged/3/acl:relcl in/12/case fierce/12/amod fighting/9/obl ./2/punct",
        "19",
    );
    assert_eq!(got, [some("MIL", "REB"), some("REB", "MIL")]);
}

#[test]
fn a_participle_after_a_mutual_noun_is_its_own_though_hung_on_an_earlier_noun() {
    // "reported" parsed on "operation": its sides are the exchange's, not the operation's.
    let spec = "A/3/det clearance/3/compound operation/6/nsubj has/6/aux been/6/aux going/0/root on/6/compound:prt \
        with/10/case frequent/10/amod exchange/6/obl of/12/case fire/10/nmod reported/3/acl between/15/case \
        troops/13/obl:agent and/17/cc rebels/15/conj ./6/punct";
    let ev = events_of(spec, Some("2010-05-10"));
    let pairs: Vec<(&str, Option<&str>, Option<&str>)> = ev
        .iter()
        .map(|e| {
            (
                e.action.text.as_str(),
                e.actor.as_ref().and_then(|a| a.role.as_deref()),
                e.target.as_ref().and_then(|a| a.role.as_deref()),
            )
        })
        .collect();
    assert!(pairs.contains(&("exchange of fire", Some("MIL"), Some("REB"))), "{pairs:?}");
    assert!(pairs.contains(&("exchange of fire", Some("REB"), Some("MIL"))), "{pairs:?}");
    assert!(pairs.iter().all(|p| p.0 == "exchange of fire" || p.1.is_none()), "{pairs:?}");
}

#[test]
fn two_sides_of_one_code_in_one_noun_fight_each_way() {
    // "Muslim and Christian mobs clashed": the modifiers name two sides, both UAF; one record each
    // way, as "clashes between rival gangs" gives.
    let got = roles(
        "Muslim/4/amod and/3/cc Christian/1/conj mobs/5/nsubj clashed/0/root in/7/case Tobelo/5/obl ./5/punct",
        "",
    );
    assert_eq!(got, [some("UAF", "UAF"), some("UAF", "UAF")]);
    // Allies of one code acting on a third party stay one record (GUIDELINES 12.9).
    let got = roles(
        "Muslim/4/amod and/3/cc Christian/1/conj mobs/5/nsubj attacked/0/root a/7/det church/5/obj ./5/punct",
        "",
    );
    assert_eq!(got.len(), 1, "{got:?}");
}
