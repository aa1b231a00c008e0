//! Who does an act when the clause names the doer indirectly: the dead of "died" undergo it, and a
//! relative pronoun that carries out an event noun stands for the noun its clause modifies.
use crate::events::testing::events_of;

fn text(p: &Option<casus_core::Party>) -> Option<&str> {
    p.as_ref().map(|p| p.text.as_str())
}

#[test]
fn the_subject_of_died_is_the_victim_not_the_actor() {
    // GUIDELINES 12.4: the dead are the target; "died" names no one who killed them.
    let ev = events_of("Twelve/2/nummod villagers/3/nsubj died/0/root on/5/case Monday/3/obl ./3/punct", None);
    let died = ev.iter().find(|e| e.action.text == "died").expect("a died record");
    assert_eq!(text(&died.actor), None, "{ev:?}");
    assert_eq!(text(&died.target), Some("Twelve villagers"), "{ev:?}");
}

#[test]
fn a_relative_pronoun_that_launches_an_event_noun_stands_for_its_noun() {
    // "Rebels who launched an offensive seized the town": the rebels launched it, not "who".
    let spec = "Rebels/6/nsubj who/3/nsubj launched/1/acl:relcl an/5/det offensive/3/obj seized/0/root \
                the/8/det town/6/obj ./6/punct";
    let ev = events_of(spec, None);
    let offensive = ev.iter().find(|e| e.action.text == "offensive").expect("the offensive");
    assert_eq!(text(&offensive.actor), Some("Rebels"), "{ev:?}");
    // "Officials arrested militants who were involved in the attack": who takes part in it.
    let spec = "Officials/2/nsubj arrested/0/root militants/2/obj who/6/nsubj:pass were/6/aux:pass \
                involved/3/acl:relcl in/9/case the/9/det attack/6/obl ./2/punct";
    let ev = events_of(spec, None);
    let attack = ev.iter().find(|e| e.action.text == "attack").expect("the attack");
    assert_eq!(text(&attack.actor), Some("militants"), "{ev:?}");
}

#[test]
fn a_verb_that_suffers_injuries_gives_the_attack_no_actor() {
    // "the driver who sustained injuries during the attack" was hurt in it; he did not attack.
    let spec = "Officials/4/nsubj did/4/aux not/4/advmod confirm/0/root the/6/det death/4/obj of/9/case \
                the/9/det driver/6/nmod who/11/nsubj sustained/9/acl:relcl injuries/11/obj during/15/case \
                the/15/det attack/11/obl ./4/punct";
    let ev = events_of(spec, None);
    let attack = ev.iter().find(|e| e.action.text == "attack").expect("the attack");
    assert_eq!(text(&attack.actor), None, "{ev:?}");
}

#[test]
fn a_past_verb_misjoined_to_a_complement_belongs_to_the_speaker() {
    // "urged" parsed as joined to "mobilize": the minister urged, not "the plan".
    let spec = "The/2/det minister/3/nsubj said/0/root the/5/det plan/6/nsubj aims/3/ccomp to/8/mark \
                mobilize/6/xcomp troops/8/obj and/11/cc urged/8/conj the/13/det rebels/11/obj to/15/mark \
                surrender/11/xcomp ./3/punct";
    let ev = events_of(spec, None);
    let urged = ev.iter().find(|e| e.action.text.starts_with("urged")).expect("the appeal");
    assert_eq!(text(&urged.actor), Some("The minister"), "{ev:?}");
}

#[test]
fn a_participle_on_an_issued_statement_is_the_issuers() {
    // "Rebels issued a statement condemning the attack": the rebels condemn, not the statement.
    let spec = "Rebels/2/nsubj issued/0/root a/4/det statement/2/obj condemning/4/acl the/7/det attack/5/obj ./2/punct";
    let ev = events_of(spec, None);
    let condemning = ev.iter().find(|e| e.action.text.starts_with("condemning")).expect("the condemnation");
    assert_eq!(text(&condemning.actor), Some("Rebels"), "{ev:?}");
}

#[test]
fn troops_reported_killed_are_the_victims() {
    // "Several soldiers were reported killed": the soldiers died; no one is named who killed them.
    let spec =
        "Several/2/amod soldiers/5/nsubj:pass were/5/aux:pass also/5/advmod reported/0/root killed/5/xcomp ./5/punct";
    let ev = events_of(spec, None);
    let killed = ev.iter().find(|e| e.action.text.contains("killed")).expect("the toll");
    assert_eq!(text(&killed.actor), None, "{ev:?}");
    assert_eq!(text(&killed.target), Some("Several soldiers"), "{ev:?}");
}

#[test]
fn forces_of_one_state_that_took_part_give_one_record() {
    // GUIDELINES 12.9: "the army, the air force and commandos took part" is one record per distinct
    // (country, role), and who took part in the operation carried it out.
    let spec = "The/3/det Pakistani/3/amod army/7/nsubj and/6/cc Pakistani/6/amod commandos/3/conj took/0/root \
                part/7/obj in/11/case the/11/det operation/8/nmod ./7/punct";
    let ev = events_of(spec, None);
    let operations: Vec<_> = ev.iter().filter(|e| e.action.text.contains("operation")).collect();
    assert_eq!(operations.len(), 1, "{ev:?}");
    assert_eq!(text(&operations[0].actor), Some("The Pakistani army"), "{ev:?}");
}

#[test]
fn a_past_verb_misjoined_to_a_planned_act_is_the_planners() {
    // "planned" is in the past: "killed" goes with it, whose subject did it, not the police who said so.
    let spec = "Police/2/nsubj said/0/root the/4/det suspects/5/nsubj planned/2/ccomp to/7/mark storm/5/xcomp \
                the/9/det embassy/7/obj and/11/cc killed/7/conj a/13/det guard/11/obj on/15/case Monday/7/obl ./2/punct";
    let ev = events_of(spec, Some("2024-05-09"));
    let killed = ev.iter().find(|e| e.action.text == "killed").expect("a killed record");
    assert_ne!(text(&killed.actor), Some("Police"), "{ev:?}");
}

#[test]
fn who_answers_with_an_act_does_it() {
    let ev = crate::events::testing::events_of(
        "The/2/det army/3/nsubj responded/0/root with/6/case air/6/compound strikes/3/obl on/9/case rebel/9/amod positions/3/obl ./3/punct",
        None,
    );
    let strikes = ev.iter().find(|e| e.action.text == "air strikes").expect("the strikes");
    assert_eq!(strikes.actor.as_ref().map(|a| a.text.as_str()), Some("The army"), "{ev:?}");
}

#[test]
fn who_planted_or_drove_a_bomb_set_it_off() {
    let ev = crate::events::testing::events_of(
        "Three/2/nummod soldiers/4/nsubj:pass were/4/aux:pass killed/0/root by/8/case a/8/det roadside/8/amod bomb/4/obl:agent planted/8/acl by/12/case Taliban/12/amod insurgents/9/obl:agent ./4/punct",
        None,
    );
    let bomb = ev.iter().find(|e| e.action.text.contains("bomb")).expect("the bombing");
    assert_eq!(bomb.actor.as_ref().map(|a| a.text.as_str()), Some("Taliban insurgents"), "{ev:?}");
    // A participle that handles nothing names no doer: "a fight joined by militias and gangs".
    let ev = crate::events::testing::events_of(
        "The/2/det rebels/8/nsubj and/5/cc the/5/det army/2/conj have/8/aux been/8/aux disputing/0/root the/10/det valley/8/obj for/12/case years/8/obl ,/15/punct a/15/det fight/8/nsubj:pass joined/15/acl by/18/case militias/16/obl:agent and/20/cc gangs/18/conj ./8/punct",
        None,
    );
    assert!(ev.iter().all(|e| e.actor.as_ref().is_none_or(|a| a.text != "militias")), "{ev:?}");
}

#[test]
fn whoever_presses_or_steps_up_an_attack_carries_it_out() {
    // "Troops pressed their assault on the district", "Rebels stepped up attacks on police": the
    // subject of a verb that keeps an act going does it, as of "launched" or "intensified".
    for spec in [
        "The/2/det troops/3/nsubj pressed/0/root their/5/nmod:poss assault/3/obj on/8/case the/8/det district/5/nmod ./3/punct",
        "Rebels/2/nsubj stepped/0/root up/2/compound:prt attacks/2/obj on/6/case police/4/nmod ./2/punct",
        "Rebels/2/nsubj escalated/0/root attacks/2/obj on/5/case police/3/nmod ./2/punct",
    ] {
        let ev = events_of(spec, Some("2010-05-10"));
        let force = ev.iter().find(|e| e.action.cameo.starts_with("19")).unwrap_or_else(|| panic!("{spec}: {ev:?}"));
        assert!(force.actor.as_ref().is_some_and(|a| a.role.is_some()), "{spec}: {ev:?}");
    }
}
