//! Who accuses and who is accused when the accusation is a participle with no auxiliary: "stand
//! accused of", "a commander, accused of …", "Accused of …, the general …" (events/bare_passives.rs).
use crate::events::testing::{briefs, Brief};

fn accusation(got: &[Brief]) -> &Brief {
    got.iter().find(|b| b.0.starts_with("112")).unwrap_or_else(|| panic!("no accusation: {got:?}"))
}

fn text(s: &Option<String>) -> Option<&str> {
    s.as_deref()
}

#[test]
fn those_who_stand_accused_are_the_accused_and_did_the_act() {
    for spec in [
        // the parser's reading: "accused" a clause of "stand", with the officers as its subject
        "Two/3/nummod police/3/compound officers/5/nsubj stand/0/root accused/4/advcl of/9/case the/9/det 2019/9/nummod \
         killing/5/obl of/12/case a/12/det protester/9/nmod ./4/punct",
        // the complement reading
        "Two/3/nummod police/3/compound officers/4/nsubj stand/0/root accused/4/xcomp of/9/case the/9/det 2019/9/nummod \
         killing/5/obl of/12/case a/12/det protester/9/nmod ./4/punct",
    ] {
        let got = briefs(spec, Some("2025-03-12"));
        let a = accusation(&got);
        assert_eq!((text(&a.1), text(&a.2)), (None, Some("Two police officers")), "{got:?}");
        // The killing is the accused's act, and the accused are not its source (GUIDELINES §12.5).
        // (coded as repression: police against a protester)
        let act = got.iter().find(|b| !b.0.starts_with("112")).unwrap_or_else(|| panic!("no killing: {got:?}"));
        assert_eq!((text(&act.1), text(&act.3)), (Some("Two police officers"), None), "{got:?}");
    }
}

#[test]
fn a_commander_set_off_as_accused_is_the_target() {
    let got = briefs(
        "Police/2/nsubj arrested/0/root a/5/det rebel/5/compound commander/2/obj ,/7/punct accused/5/acl of/10/case \
         the/10/det bombing/7/obl of/13/case a/13/det market/10/nmod ./2/punct",
        Some("2025-03-12"),
    );
    let a = accusation(&got);
    assert_eq!((text(&a.1), text(&a.2)), (None, Some("a rebel commander")), "{got:?}");
}

#[test]
fn an_opening_accusation_participle_describes_the_subject() {
    let got = briefs(
        "Accused/10/advcl of/3/mark plotting/1/advcl a/5/det coup/3/obj ,/1/punct the/8/det general/10/nsubj:pass \
         was/10/aux:pass arrested/0/root ./10/punct",
        Some("2025-03-12"),
    );
    let a = accusation(&got);
    assert_eq!((text(&a.1), text(&a.2)), (None, Some("the general")), "{got:?}");
}

#[test]
fn a_trailing_accusation_participle_describes_the_party_before_its_comma() {
    let got = briefs(
        "He/4/nsubj is/4/cop a/4/det deputy/0/root of/7/case rebel/7/compound leader/4/nmod Joseph/7/appos \
         Kony/8/flat ,/11/punct accused/4/advcl of/13/mark ordering/11/advcl the/15/det massacre/13/obj ./4/punct",
        Some("2025-03-12"),
    );
    let a = accusation(&got);
    assert_eq!((text(&a.1), text(&a.2)), (None, Some("rebel leader")), "{got:?}");
}

#[test]
fn a_set_off_accusation_keeps_its_by_agent_and_an_ing_form_is_active() {
    // "accused by the opposition": the agent accuses.
    let got = briefs(
        "The/2/det minister/8/nsubj ,/4/punct accused/2/acl by/7/case the/7/det opposition/4/obl:agent ,/4/punct \
         resigned/0/root ./8/punct",
        Some("2025-03-12"),
    );
    let a = accusation(&got);
    assert_eq!((text(&a.1), text(&a.2)), (Some("the opposition"), Some("The minister")), "{got:?}");
    // "accusing the army": the rebels accuse.
    let got = briefs(
        "The/2/det rebels/8/nsubj ,/4/punct accusing/2/acl the/6/det army/4/obj ,/4/punct attacked/0/root \
         the/10/det town/8/obj ./8/punct",
        Some("2025-03-12"),
    );
    let a = accusation(&got);
    assert_eq!((text(&a.1), text(&a.2)), (Some("The rebels"), Some("the army")), "{got:?}");
}

#[test]
fn a_blast_blamed_on_militants_is_theirs_told_by_who_blames() {
    let got = briefs(
        "The/2/det blast/11/nsubj ,/6/punct which/6/obj police/6/nsubj blamed/2/acl:relcl on/9/case Islamist/9/amod \
         militants/6/obl ,/2/punct killed/0/root 12/13/nummod people/11/obj ./11/punct",
        Some("2025-03-12"),
    );
    let act = got.iter().find(|b| !b.0.starts_with("112")).unwrap_or_else(|| panic!("no blast: {got:?}"));
    assert_eq!((text(&act.1), text(&act.3)), (Some("Islamist militants"), Some("police")), "{got:?}");
}

#[test]
fn a_bombing_the_government_condemned_is_blamed_on_no_one() {
    let got = briefs(
        "The/2/det bombing/8/nsubj ,/6/punct which/6/obj the/5/det government/6/nsubj condemned/2/acl:relcl ,/2/punct \
         killed/0/root 12/10/nummod soldiers/8/obj ./8/punct",
        Some("2025-03-12"),
    );
    let bombing = got.iter().find(|b| b.0.starts_with("18")).unwrap_or_else(|| panic!("no bombing: {got:?}"));
    assert_eq!((text(&bombing.1), text(&bombing.3)), (None, None), "{got:?}");
}

#[test]
fn a_bombing_blamed_on_militants_in_the_passive_is_theirs_and_they_are_accused() {
    // the parser's reading: the "on" phrase an agent
    let got = briefs(
        "The/3/det deadly/3/amod bombing/8/nsubj:pass of/6/case the/6/det market/3/nmod was/8/aux:pass \
         blamed/0/root on/11/case Islamist/11/amod militants/8/obl:agent ./8/punct",
        Some("2025-03-12"),
    );
    let a = accusation(&got);
    assert_eq!((text(&a.1), text(&a.2)), (None, Some("Islamist militants")), "{got:?}");
    let act = got.iter().find(|b| !b.0.starts_with("112")).unwrap_or_else(|| panic!("no bombing: {got:?}"));
    assert_eq!(text(&act.1), Some("Islamist militants"), "{got:?}");
}

#[test]
fn a_passive_blame_by_the_army_keeps_the_army_as_accuser() {
    let got = briefs(
        "The/2/det bombing/4/nsubj:pass was/4/aux:pass blamed/0/root on/7/case the/7/det rebels/4/obl by/10/case \
         the/10/det army/4/obl:agent ./4/punct",
        Some("2025-03-12"),
    );
    let a = accusation(&got);
    assert_eq!((text(&a.1), text(&a.2)), (Some("the army"), Some("the rebels")), "{got:?}");
    let act = got.iter().find(|b| !b.0.starts_with("112")).unwrap_or_else(|| panic!("no bombing: {got:?}"));
    assert_eq!((text(&act.1), text(&act.3)), (Some("the rebels"), Some("the army")), "{got:?}");
}

#[test]
fn a_day_after_blamed_on_is_when_not_whom() {
    // "The bombing of the embassy was blamed on Tuesday on the Haqqani network."
    let got = briefs(
        "The/2/det bombing/7/nsubj:pass of/5/case the/5/det embassy/2/nmod was/7/aux:pass blamed/0/root \
         on/9/case Tuesday/7/obl on/13/case the/13/det Haqqani/13/compound network/7/obl ./7/punct",
        Some("2025-03-12"),
    );
    let a = accusation(&got);
    assert_eq!(text(&a.2), Some("the Haqqani network"), "{got:?}");
    let act = got.iter().find(|b| !b.0.starts_with("112")).unwrap_or_else(|| panic!("no bombing: {got:?}"));
    assert_eq!(text(&act.1), Some("the Haqqani network"), "{got:?}");
}

#[test]
fn an_attack_blamed_on_a_group_is_its_act_though_the_parser_hangs_on_on_the_noun() {
    // The parser's reading: "the bombing on Boko Haram", the on-phrase a modifier of the noun.
    let spec = "Officials/2/nsubj blamed/0/root the/4/det bombing/2/obj on/6/case Boko/4/nmod Haram/6/flat ./2/punct";
    let got = briefs(spec, Some("2025-03-12"));
    let act = got.iter().find(|b| b.0.starts_with("18")).unwrap_or_else(|| panic!("no bombing: {got:?}"));
    assert_eq!((text(&act.1), text(&act.2)), (Some("Boko Haram"), None), "{got:?}");
    assert_eq!(text(&accusation(&got).2), Some("Boko Haram"), "{got:?}");
}

#[test]
fn a_blame_with_its_own_on_phrase_leaves_the_nouns_target() {
    // "on the market" is where the bombing struck; the verb's own on-phrase names whom it blames.
    let spec = "Officials/2/nsubj blamed/0/root the/4/det bombing/2/obj on/7/case the/7/det market/4/nmod on/9/case \
                Boko/2/obl Haram/9/flat ./2/punct";
    let got = briefs(spec, Some("2025-03-12"));
    let act = got.iter().find(|b| b.0.starts_with("18")).unwrap_or_else(|| panic!("no bombing: {got:?}"));
    assert_eq!(text(&act.1), Some("Boko Haram"), "{got:?}");
}

#[test]
fn a_place_struck_is_not_whom_a_blame_names() {
    // "Officials blamed the rocket attack on the airport in Erbil for the tension": the airport was struck.
    let spec = "Officials/2/nsubj blamed/0/root the/5/det rocket/5/compound attack/2/obj on/8/case the/8/det \
                airport/5/nmod in/10/case Erbil/8/nmod for/13/case the/13/det tension/2/obl ./2/punct";
    let got = briefs(spec, Some("2025-03-12"));
    let act = got.iter().find(|b| b.0.starts_with("19")).unwrap_or_else(|| panic!("no attack: {got:?}"));
    assert_eq!(text(&act.1), None, "{got:?}");
}

/// The (actor, source) texts of the record whose trigger text is `text`.
fn act_of(spec: &str, text_of: &str) -> (Option<String>, Option<String>) {
    let ev = crate::events::testing::events_of(spec, Some("2014-07-18"));
    let e = ev.iter().find(|e| e.action.text == text_of).unwrap_or_else(|| panic!("no {text_of}: {ev:?}"));
    (e.actor.as_ref().map(|p| p.text.clone()), e.source.as_ref().map(|p| p.text.clone()))
}

#[test]
fn an_accused_act_against_property_or_behind_which_the_accused_stand_is_a_record() {
    // "accused soldiers of burning the schools": burning property is a concrete act (§12.5).
    let burning = "The/2/det rebels/3/nsubj accused/0/root soldiers/3/obj of/6/mark burning/4/acl the/8/det \
                   schools/6/obj ./3/punct";
    assert_eq!(act_of(burning, "burning"), (Some("soldiers".into()), Some("The rebels".into())));
    // "accused the government of being behind the killing of the lawmaker".
    let behind = "Rebels/2/nsubj accused/0/root the/4/det government/2/obj of/9/mark being/9/cop behind/9/case \
                  the/9/det killing/2/obl of/12/case the/12/det lawmaker/9/nmod ./2/punct";
    assert_eq!(act_of(behind, "killing"), (Some("the government".into()), Some("Rebels".into())));
    // "of shooting down the airliner", the airliner parsed as a bare oblique.
    let down = "Kiev/2/nsubj accused/0/root separatists/2/obj of/5/mark shooting/3/acl down/5/compound:prt \
                the/8/det airliner/5/obl ./2/punct";
    assert_eq!(act_of(down, "shooting down"), (Some("separatists".into()), Some("Kiev".into())));
}

#[test]
fn downing_an_aircraft_is_shooting_it_down() {
    let downed = "Rebels/2/nsubj downed/0/root a/5/det government/5/compound helicopter/2/obj ./2/punct";
    assert!(crate::events::testing::codes_of(downed, None).contains(&"190".to_string()));
    let idiom = "That/2/nsubj comes/0/root down/2/advmod to/5/case calculus/2/obl ./2/punct";
    assert!(crate::events::testing::codes_of(idiom, None).is_empty());
}
