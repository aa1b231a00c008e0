//! Words of force used of no armed act (`figurative`): the kind of a person, force aimed at an ill
//! or a good, force done by a measure; force done by a party to a party stays.
use crate::events::testing::texts_of;

#[test]
fn a_war_veteran_is_no_war() {
    let ev = texts_of("He/6/nsubj is/6/cop a/6/det Vietnam/5/compound War/6/compound veteran/0/root ./6/punct", None);
    assert!(ev.is_empty(), "{ev:?}");
    // Twin: the war as the doer of an act is still an event.
    let twin = texts_of("The/2/det war/3/nsubj killed/0/root thousands/3/obj in/5/case Vietnam/3/obl ./3/punct", None);
    assert!(!twin.is_empty(), "{twin:?}");
}

#[test]
fn a_fight_against_an_ill_is_no_fight() {
    let noun = texts_of(
        "She/3/nsubj is/3/aux preparing/0/root a/5/det brief/3/obj to/7/mark assist/5/acl in/10/case the/10/det \
         fight/7/obl against/12/case diabetes/10/nmod ./3/punct",
        None,
    );
    assert!(noun.is_empty(), "{noun:?}");
    let verb = texts_of(
        "The/2/det administration/3/nsubj wants/0/root to/5/mark fight/3/xcomp corruption/5/obj and/8/cc \
         promote/5/conj democracy/8/obj worldwide/9/advmod ./3/punct",
        None,
    );
    assert!(verb.is_empty(), "{verb:?}");
    // Twin: fighting rebels is a fight.
    let twin = texts_of("The/2/det army/3/nsubj fought/0/root the/5/det rebels/3/obj ./3/punct", None);
    assert_eq!(twin, vec!["fought".to_string()]);
}

#[test]
fn tariffs_targeting_a_country_are_no_attack() {
    let ev = texts_of(
        "Washington/3/nmod:poss 's/1/case tariffs/8/nsubj targeting/3/acl Canada/4/obj and/7/cc Mexico/5/conj \
         took/0/root effect/8/obj on/11/case Tuesday/8/obl ./8/punct",
        None,
    );
    assert!(ev.is_empty(), "{ev:?}");
    // Twin: drones targeting a city are an attack.
    let twin =
        texts_of("Russian/2/amod drones/3/nsubj targeted/0/root Kyiv/3/obj on/5/case Tuesday/3/obl ./3/punct", None);
    assert_eq!(twin, vec!["targeted".to_string()]);
}

#[test]
fn troops_fighting_rebels_still_fight() {
    let ev = texts_of(
        "Government/2/compound troops/3/nsubj fought/0/root the/5/det rebels/3/obj near/8/case the/8/det \
         border/3/obl on/10/case Monday/3/obl ./3/punct",
        None,
    );
    assert_eq!(ev, vec!["fought".to_string()]);
}

#[test]
fn trade_hitting_a_sum_and_a_cyclone_striking_are_no_attacks() {
    let trade = texts_of(
        "Bilateral/2/amod trade/7/nsubj between/6/case the/6/det two/6/nummod countries/2/nmod hit/0/root $/7/obj \
         1.1/10/compound billion/8/nummod last/12/amod year/7/obl:unmarked ./7/punct",
        None,
    );
    assert!(trade.is_empty(), "{trade:?}");
    let cyclone = texts_of(
        "Malawi/2/nsubj avoided/0/root a/4/det hit/2/obj from/6/case Dikeledi/4/nmod but/9/cc was/9/aux:pass \
         struck/2/conj by/12/case Cyclone/9/obl:agent Chido/11/flat in/14/case December/9/obl ./2/punct",
        None,
    );
    assert!(cyclone.is_empty(), "{cyclone:?}");
    // Twin: rebels hitting a convoy are an attack.
    let twin = texts_of("Rebels/2/nsubj hit/0/root a/4/det convoy/2/obj on/6/case Tuesday/2/obl ./2/punct", None);
    assert_eq!(twin, vec!["hit".to_string()]);
}

#[test]
fn striking_on_an_idea_is_no_attack() {
    let ev = texts_of(
        "We/2/nsubj struck/0/root on/5/case the/5/det idea/2/obl that/8/mark we/8/nsubj needed/5/acl to/11/mark \
         be/11/cop economical/8/xcomp with/14/case the/14/det truth/11/obl ./2/punct",
        None,
    );
    assert!(ev.is_empty(), "{ev:?}");
    // Twin: striking a base is an attack.
    let twin = texts_of("Rebels/2/nsubj struck/0/root the/4/det base/2/obj on/6/case Monday/2/obl ./2/punct", None);
    assert_eq!(twin, vec!["struck".to_string()]);
}

#[test]
fn a_market_struck_is_what_was_hit_not_a_doer() {
    let shelled = texts_of(
        "The/2/det market/4/nsubj:pass was/4/aux:pass shelled/0/root by/7/case Russian/7/amod forces/4/obl:agent \
         on/9/case Tuesday/4/obl ./4/punct",
        None,
    );
    assert_eq!(shelled, vec!["shelled".to_string()]);
    let struck = texts_of(
        "Five/2/nummod people/3/nsubj died/0/root in/6/case a/6/det market/3/obl struck/6/acl by/11/case \
         a/11/det Russian/11/amod missile/7/obl:agent ./3/punct",
        None,
    );
    assert!(struck.iter().any(|t| t == "struck"), "{struck:?}");
}

#[test]
fn a_measure_acted_upon_is_no_doer_but_a_storm_striking_is() {
    // A passive subject on the measure list is the thing acted on, never the doer.
    let passive = texts_of(
        "The/2/det ban/4/nsubj:pass was/4/aux:pass attacked/0/root by/7/case armed/7/amod rebels/4/obl:agent \
         on/9/case Tuesday/4/obl ./4/punct",
        None,
    );
    assert_eq!(passive, vec!["attacked".to_string()]);
    let active =
        texts_of("The/2/det storm/3/nsubj struck/0/root the/5/det coast/3/obj on/7/case Tuesday/3/obl ./3/punct", None);
    assert!(active.is_empty(), "{active:?}");
}

#[test]
fn force_at_a_party_named_by_an_ill_is_an_attack() {
    let gangs = texts_of(
        "Police/2/nsubj attacked/0/root crime/4/compound gangs/2/obj in/6/case Rio/2/obl on/8/case \
         Tuesday/2/obl ./2/punct",
        None,
    );
    assert_eq!(gangs, vec!["attacked".to_string()]);
    let traffickers = texts_of(
        "US/2/compound forces/3/nsubj struck/0/root fentanyl/5/compound traffickers/3/obj on/7/case \
         Tuesday/3/obl ./3/punct",
        None,
    );
    assert_eq!(traffickers, vec!["struck".to_string()]);
}

#[test]
fn a_trade_war_and_relief_operations_are_no_armed_acts() {
    let trade = texts_of(
        "The/3/det tariff/3/compound war/5/nsubj has/5/aux hurt/0/root exporters/5/obj on/8/case both/8/det \
         sides/5/obl ./5/punct",
        None,
    );
    assert!(trade.is_empty(), "{trade:?}");
    let hyphen =
        texts_of("Their/3/nmod:poss tariff-trade/3/compound wars/4/nsubj rattled/0/root markets/4/obj ./4/punct", None);
    assert!(hyphen.is_empty(), "{hyphen:?}");
    let relief = texts_of(
        "Aid/2/compound agencies/3/nsubj started/0/root relief/5/compound operations/3/obj in/7/case \
         flooded/7/amod districts/5/nmod ./3/punct",
        None,
    );
    assert!(relief.is_empty(), "{relief:?}");
    // Twins: a war or an operation of arms is still one.
    let war = texts_of("The/3/det civil/3/amod war/4/nsubj killed/0/root thousands/4/obj ./4/punct", None);
    assert!(!war.is_empty(), "{war:?}");
    let military = texts_of(
        "Troops/2/nsubj launched/0/root a/5/det military/5/amod operation/2/obj against/7/case rebels/5/nmod \
         on/9/case Monday/2/obl ./2/punct",
        None,
    );
    assert!(!military.is_empty(), "{military:?}");
}

#[test]
fn an_office_named_for_operations_is_no_operation() {
    let spec =
        |head: &str| format!("The/4/det army/4/compound operations/4/compound {head}/5/nsubj said/0/root ./5/punct");
    let ev = texts_of(&spec("center"), None);
    assert!(!ev.contains(&"operations".to_string()), "{ev:?}");
    // Twin: the operations of a battalion are operations.
    let twin = texts_of(&spec("battalion"), None);
    assert!(twin.contains(&"operations".to_string()), "{twin:?}");
}

#[test]
fn hostility_in_the_singular_is_an_attitude() {
    let ev = texts_of(
        "Their/2/nmod:poss hostility/4/nsubj:pass is/4/aux:pass directed/0/root at/6/case women/4/obl ./4/punct",
        None,
    );
    assert!(ev.is_empty(), "{ev:?}");
    // Twin: the plural names fighting.
    let twin = texts_of("The/2/det hostilities/3/nsubj resumed/0/root on/5/case Monday/3/obl ./3/punct", None);
    assert!(!twin.is_empty(), "{twin:?}");
}

#[test]
fn striking_an_agreement_hits_no_one() {
    let ev = texts_of(
        "The/2/det rebels/3/nsubj struck/0/root an/5/det agreement/3/obj with/8/case the/8/det government/5/nmod ./3/punct",
        None,
    );
    assert!(!ev.contains(&"struck".to_string()), "{ev:?}");
    // Twin: striking a convoy is an attack.
    let twin = texts_of("The/2/det rebels/3/nsubj struck/0/root a/5/det convoy/3/obj ./3/punct", None);
    assert!(twin.contains(&"struck".to_string()), "{twin:?}");
}

#[test]
fn a_controversy_surrounding_a_trial_besieges_nothing() {
    let spec = |noun: &str| {
        format!(
            "Lawyers/2/nsubj described/0/root the/4/det {noun}/2/obj surrounding/4/acl the/7/det \
             court/7/compound building/5/obj ./2/punct"
        )
    };
    let ev = texts_of(&spec("controversy"), None);
    assert!(!ev.contains(&"surrounding".to_string()), "{ev:?}");
    // Twin: troops surrounding a building besiege it.
    let twin = texts_of(&spec("troops"), None);
    assert!(twin.contains(&"surrounding".to_string()), "{twin:?}");
}

#[test]
fn as_opposed_to_is_a_contrast() {
    let ev = texts_of(
        "The/2/det talks/5/nsubj:pass will/5/aux be/5/aux:pass held/0/root in/7/case Geneva/5/obl ,/10/punct \
         as/10/mark opposed/5/advcl to/12/case Vienna/10/obl ./5/punct",
        None,
    );
    assert!(!ev.contains(&"opposed".to_string()), "{ev:?}");
    // Twin: opposing a plan is a stance taken.
    let twin = texts_of("Turkey/2/nsubj opposed/0/root the/4/det plan/2/obj ./2/punct", None);
    assert_eq!(twin, vec!["opposed".to_string()]);
}

#[test]
fn operations_held_by_a_role_or_run_by_a_party_are_a_line_of_work() {
    let ran = "He/2/nsubj ran/0/root the/4/det group/6/nmod:poss 's/4/case operations/2/obj across/9/case \
               the/9/det region/2/obl ./2/punct";
    assert!(texts_of(ran, None).is_empty(), "{:?}", texts_of(ran, None));
    let role = "The/2/det commander/5/nsubj of/4/case operations/2/nmod was/5/cop killed/0/root ./5/punct";
    assert!(!texts_of(role, None).contains(&"operations".to_string()), "{:?}", texts_of(role, None));
    // Twin: operations launched against a party are acts.
    let twin = "The/2/det army/3/nsubj launched/0/root operations/3/obj against/6/case the/6/det rebels/4/nmod \
                ./3/punct";
    assert!(!texts_of(twin, None).is_empty(), "{:?}", texts_of(twin, None));
}

#[test]
fn a_force_noun_naming_a_kind_of_thing_is_no_event() {
    let machine = texts_of(
        "Drones/3/nsubj are/3/aux feeding/0/root the/5/det army/8/nmod:poss 's/5/case war/8/compound machine/3/obj ./3/punct",
        None,
    );
    assert!(machine.is_empty(), "{machine:?}");
    let squad = texts_of(
        "A/4/det bomb/3/compound disposal/4/compound squad/5/nsubj checked/0/root the/7/det road/5/obj ./5/punct",
        None,
    );
    assert!(squad.is_empty(), "{squad:?}");
    let turned =
        texts_of("He/2/nsubj interviewed/0/root a/5/det war/5/compound veteran-turned-lawmaker/2/obj ./2/punct", None);
    assert!(turned.is_empty(), "{turned:?}");
    let helicopters =
        texts_of("The/2/det army/3/nsubj bought/0/root attack/5/compound helicopters/3/obj ./3/punct", None);
    assert!(helicopters.is_empty(), "{helicopters:?}");
}

#[test]
fn an_office_named_for_the_campaign_it_leads_is_no_event() {
    let ev = texts_of(
        "The/2/det commander/6/nsubj of/5/case rebel/5/compound operations/2/nmod resigned/0/root on/8/case Monday/6/obl ./6/punct",
        Some("2025-03-14"),
    );
    assert!(ev.is_empty(), "{ev:?}");
    let ev = texts_of("The/2/det leader/6/nsubj of/5/case the/5/det insurgency/2/nmod resigned/0/root ./6/punct", None);
    assert!(ev.is_empty(), "{ev:?}");
    // Twin: the operation as the subject of its own verb is an event.
    let twin = texts_of(
        "The/2/det operation/3/nsubj killed/0/root ten/5/nummod rebels/3/obj on/7/case Monday/3/obl ./3/punct",
        Some("2025-03-14"),
    );
    assert!(!twin.is_empty(), "{twin:?}");
}

#[test]
fn a_fight_for_a_cause_by_no_armed_force_is_no_fighting() {
    let ev = texts_of(
        "Students/3/nsubj are/3/aux fighting/0/root for/6/case their/6/nmod:poss rights/3/obl ./3/punct",
        None,
    );
    assert!(ev.is_empty(), "{ev:?}");
    // Twin: rebels fighting for it still fight.
    let twin = texts_of(
        "Rebels/3/nsubj are/3/aux fighting/0/root for/6/case their/6/nmod:poss freedom/3/obl in/9/case the/9/det hills/3/obl ./3/punct",
        None,
    );
    assert!(!twin.is_empty(), "{twin:?}");
}

#[test]
fn amassing_followers_is_no_buildup_of_force() {
    let ev = texts_of(
        "The/2/det singer/3/nsubj amassed/0/root millions/3/obj of/6/case followers/4/nmod online/3/advmod \
         ./3/punct",
        None,
    );
    assert!(ev.is_empty(), "{ev:?}");
    // Twin: a state amassing troops near a border builds up its force.
    let twin =
        texts_of("Russia/2/nsubj amassed/0/root troops/2/obj near/6/case the/6/det border/2/obl ./2/punct", None);
    assert_eq!(twin, vec!["amassed".to_string()]);
}

#[test]
fn taking_a_stab_at_someone_is_no_stabbing() {
    // "The senator took a stab at the president."
    let idiom = texts_of(
        "The/2/det senator/3/nsubj took/0/root a/5/det stab/3/obj at/8/case the/8/det president/3/obl ./3/punct",
        None,
    );
    assert!(idiom.is_empty(), "{idiom:?}");
    // Twins: "A man stabbed a guard.", "A police officer has been stabbed." and "The attacker took a
    // knife and stabbed three worshippers." stay stabbings.
    let verb = texts_of("A/2/det man/3/nsubj stabbed/0/root a/5/det guard/3/obj ./3/punct", None);
    assert_eq!(verb, ["stabbed"], "{verb:?}");
    let perfect = texts_of(
        "A/3/det police/3/compound officer/6/nsubj:pass has/6/aux been/6/aux:pass stabbed/0/root ./6/punct",
        None,
    );
    assert_eq!(perfect, ["stabbed"], "{perfect:?}");
    let knife = texts_of(
        "The/2/det attacker/3/nsubj took/0/root a/5/det knife/3/obj and/7/cc stabbed/3/conj three/9/nummod \
         worshippers/7/obj ./3/punct",
        None,
    );
    assert!(knife.iter().any(|t| t == "stabbed"), "{knife:?}");
}
