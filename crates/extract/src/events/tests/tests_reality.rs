//! Triggers that report no occurrence (`reality`): denied reports, the future and plans, patterns,
//! a copula naming its subject's event again, incidents named only as the topic of another noun.
use crate::events::testing::{actions, doc_events, events_of, has};

#[test]
fn an_occurrence_inside_a_report_that_does_not_exist_is_none() {
    let no = "There/2/expl were/0/root no/4/det reports/2/nsubj of/6/case people/4/nmod being/8/aux:pass \
              attacked/4/acl in/11/case their/11/nmod:poss homes/8/obl ./2/punct";
    let yes = "There/2/expl were/0/root reports/2/nsubj of/5/case people/3/nmod being/7/aux:pass \
               attacked/3/acl in/10/case their/10/nmod:poss homes/7/obl ./2/punct";
    assert!(!has(&events_of(no, None), "attacked"), "{:?}", actions(&events_of(no, None)));
    assert!(has(&events_of(yes, None), "attacked"), "{:?}", actions(&events_of(yes, None)));
}

#[test]
fn fighting_feared_for_the_future_is_none() {
    let will = "Residents/2/nsubj fear/0/root there/5/expl will/5/aux be/2/ccomp fighting/5/nsubj between/9/case \
                the/9/det troops/6/nmod ./2/punct";
    let is = "Residents/2/nsubj fear/0/root there/4/expl is/2/ccomp fighting/4/nsubj between/8/case the/8/det \
              troops/5/nmod ./2/punct";
    assert!(!has(&events_of(will, None), "fighting"), "{:?}", actions(&events_of(will, None)));
    assert!(has(&events_of(is, None), "fighting"), "{:?}", actions(&events_of(is, None)));
}

#[test]
fn force_a_party_says_it_would_use_is_a_threat_of_it() {
    let ev = events_of(
        "The/2/det rebels/3/nsubj said/0/root they/6/nsubj would/6/aux attack/3/ccomp the/8/det town/6/obj ./3/punct",
        None,
    );
    let attack = ev.iter().find(|e| e.action.text == "attack").expect("attack");
    assert_eq!(attack.action.cameo, "138", "{:?}", actions(&ev));
}

#[test]
fn talks_in_a_scheduled_trip_have_not_taken_place() {
    let ev = events_of(
        "He/3/nsubj:pass is/3/aux:pass scheduled/0/root to/5/mark travel/3/xcomp to/7/case Canada/5/obl for/9/case \
         talks/5/obl with/12/case Chinese/12/amod ministers/9/nmod ./3/punct",
        None,
    );
    assert!(!has(&ev, "talks"), "{:?}", actions(&ev));
}

#[test]
fn a_habit_told_by_the_trigger_s_own_adverb_is_no_event() {
    let often = "Militants/2/nsubj consider/0/root Shiites/4/amod heretics/2/obj and/7/cc often/7/advmod \
                 target/2/conj Shiite/9/amod pilgrims/7/obj ./2/punct";
    let once = "Militants/2/nsubj consider/0/root Shiites/4/amod heretics/2/obj and/6/cc target/2/conj \
                Shiite/8/amod pilgrims/6/obj ./2/punct";
    assert!(!has(&events_of(often, None), "target"), "{:?}", actions(&events_of(often, None)));
    assert!(has(&events_of(once, None), "target"), "{:?}", actions(&events_of(once, None)));
}

#[test]
fn known_for_is_a_pattern_but_a_wave_of_violence_is_counted() {
    let known = events_of(
        "LRA/2/compound rebels/4/nsubj:pass are/4/aux:pass known/0/root for/6/mark targeting/4/advcl \
         civilians/6/obj ./4/punct",
        None,
    );
    assert!(!has(&known, "targeting"), "{:?}", actions(&known));
    let wave = events_of(
        "The/2/det group/5/nsubj:pass is/5/aux:pass best/5/advmod known/0/root for/7/mark wreaking/5/advcl \
         a/9/det wave/7/obj of/11/case violence/9/nmod across/13/case Mali/11/nmod ./5/punct",
        None,
    );
    assert!(has(&wave, "violence"), "{:?}", actions(&wave));
}

#[test]
fn a_copula_s_event_noun_names_its_subject_s_event_again() {
    let ev = events_of(
        "The/2/det kidnapping/10/nsubj of/5/case the/5/det girls/2/nmod is/10/cop the/10/det fourth/10/amod \
         such/10/amod incident/0/root since/12/case December/10/nmod ./10/punct",
        None,
    );
    assert!(has(&ev, "kidnapping"), "{:?}", actions(&ev));
    assert!(!has(&ev, "incident"), "{:?}", actions(&ev));
}

#[test]
fn an_incident_named_as_the_topic_of_another_noun_after_the_lead_is_no_new_event() {
    let story = |last: &str| {
        doc_events(
            &[
                "Gunmen/2/nsubj attacked/0/root a/4/det bus/2/obj in/6/case Kabul/4/nmod on/8/case Monday/2/obl ./2/punct",
                "Police/2/nsubj sealed/0/root off/5/case the/5/det area/2/obl ./2/punct",
                last,
            ],
            "2021-05-11",
        )
    };
    let of = |noun: &str| {
        story(&format!(
            "The/2/det president/3/nsubj named/0/root the/5/det {noun}/3/obj of/9/case the/9/det Kabul/9/compound \
             attack/5/nmod ./3/punct"
        ))
    };
    let victims = of("victims");
    assert!(!has(&victims, "attack"), "{:?}", actions(&victims));
    // The planners of an attack are its party: the noun is an event told with its perpetrators.
    let planners = of("planners");
    assert!(has(&planners, "attack"), "{:?}", actions(&planners));
}

#[test]
fn close_to_a_place_closes_nothing() {
    let near = events_of(
        "The/3/det air/3/compound base/9/nsubj:pass close/3/amod to/7/case the/7/det border/4/obl was/9/aux:pass \
         attacked/0/root ./9/punct",
        None,
    );
    assert!(!has(&near, "close"), "{:?}", actions(&near));
    let shut = events_of("Rebels/2/nsubj close/0/root the/4/det border/2/obj ./2/punct", None);
    assert!(has(&shut, "close"), "{:?}", actions(&shut));
}

#[test]
fn a_party_described_as_backing_another_is_no_act_of_support() {
    let ev = events_of(
        "Ethiopian/2/amod troops/6/nsubj backing/2/acl the/5/det government/3/obj retook/0/root the/8/det town/6/obj \
         ./2/punct",
        None,
    );
    assert!(!has(&ev, "backing"), "{:?}", actions(&ev));
    assert!(has(&ev, "retook"), "{:?}", actions(&ev));
}

#[test]
fn a_visit_to_a_place_is_none_a_visit_to_a_state_is_one() {
    let sites = events_of(
        "The/2/det president/3/nsubj visited/0/root the/5/det sites/3/obj of/8/case the/8/det bombings/5/nmod ./3/punct",
        None,
    );
    assert!(!has(&sites, "visited"), "{:?}", actions(&sites));
    let iraq = events_of("The/2/det president/3/nsubj visited/0/root Iraq/3/obj ./3/punct", None);
    assert!(has(&iraq, "visited"), "{:?}", actions(&iraq));
    // A town by name is a place ("visited Mariupol"); a capital names the government ("visited Kyiv").
    let named = |town: &str| {
        let mut doc = crate::events::testing::parsed(&format!("Putin/2/nsubj visited/0/root {town}/2/obj ./2/punct"));
        doc.sentences[0].entities = vec![casus_core::Entity { label: "GPE".into(), tokens: 2..3, score: 1.0 }];
        crate::events::extract(&doc)
    };
    assert!(!has(&named("Mariupol"), "visited"), "{:?}", actions(&named("Mariupol")));
    assert!(has(&named("Kyiv"), "visited"), "{:?}", actions(&named("Kyiv")));
}

#[test]
fn a_meeting_someone_is_due_to_hold_has_not_taken_place() {
    let due = events_of(
        "Putin/3/nsubj is/3/cop due/0/root to/5/mark meet/3/advcl Erdogan/5/obj in/8/case Turkey/5/obl ./3/punct",
        None,
    );
    assert!(!has(&due, "meet"), "{:?}", actions(&due));
    let met = events_of("Putin/2/nsubj met/0/root Erdogan/2/obj in/5/case Turkey/2/obl ./2/punct", None);
    assert!(has(&met, "met"), "{:?}", actions(&met));
}

#[test]
fn a_death_from_disease_is_no_event_a_death_from_wounds_is() {
    let cholera = events_of(
        "Meanwhile/6/advmod ,/1/punct 22/4/nummod people/6/nsubj have/6/aux died/0/root from/10/case a/10/det \
         cholera/10/compound outbreak/6/obl ./6/punct",
        None,
    );
    assert!(!has(&cholera, "died"), "{:?}", actions(&cholera));
    let wounds = events_of(
        "Meanwhile/6/advmod ,/1/punct 22/4/nummod people/6/nsubj have/6/aux died/0/root from/9/case \
         gunshot/9/compound wounds/6/obl ./6/punct",
        None,
    );
    // The wounds' cause is the event the death folds into.
    assert!(!wounds.is_empty(), "{:?}", actions(&wounds));
}

#[test]
fn such_incidents_are_a_kind_not_an_incident() {
    let such = events_of(
        "The/2/det district/4/nsubj has/4/aux experienced/0/root two/7/nummod such/7/amod incidents/4/obj ./4/punct",
        None,
    );
    assert!(!has(&such, "incidents"), "{:?}", actions(&such));
    let some = events_of(
        "The/2/det district/4/nsubj has/4/aux experienced/0/root two/6/nummod incidents/4/obj ./4/punct",
        None,
    );
    assert!(has(&some, "incidents"), "{:?}", actions(&some));
}

#[test]
fn such_operations_counted_as_done_are_reported() {
    // "Some 4,000 such raids were carried out last year, the army said."
    let ev = events_of(
        "Some/2/advmod 4,000/4/nummod such/4/amod raids/6/nsubj:pass were/6/aux:pass carried/0/root \
         out/6/compound:prt last/9/amod year/6/obl:unmarked ,/6/punct the/12/det army/13/nsubj said/6/parataxis ./6/punct",
        Some("2024-05-01"),
    );
    assert!(has(&ev, "raids"), "{:?}", actions(&ev));
}

#[test]
fn an_attack_prevented_did_not_happen() {
    let ev = events_of(
        "That/2/nsubj prevented/0/root the/4/det rebels/2/obj from/6/mark attacking/2/advcl villages/6/obj ./2/punct",
        None,
    );
    assert!(!has(&ev, "attacking"), "{:?}", actions(&ev));
    let done = events_of("The/2/det rebels/3/nsubj attacked/0/root villages/3/obj ./3/punct", None);
    assert!(has(&done, "attacked"), "{:?}", actions(&done));
}

#[test]
fn the_damage_an_airstrike_did_is_the_airstrike_not_a_second_act() {
    let strikes = events_of("Russian/2/amod airstrikes/3/nsubj destroyed/0/root a/5/det school/3/obj ./3/punct", None);
    assert!(!has(&strikes, "destroyed"), "{:?}", actions(&strikes));
    assert!(has(&strikes, "airstrikes"), "{:?}", actions(&strikes));
    let rebels = events_of("Rebels/2/nsubj destroyed/0/root a/4/det school/2/obj ./2/punct", None);
    assert!(has(&rebels, "destroyed"), "{:?}", actions(&rebels));
}

#[test]
fn speaking_with_no_one_is_a_statement_not_a_consultation() {
    let alone = events_of(
        "He/2/nsubj spoke/0/root on/4/case Sunday/2/obl while/8/case on/8/case a/8/det visit/2/obl to/10/case \
         Thailand/8/nmod ./2/punct",
        None,
    );
    assert!(!has(&alone, "spoke"), "{:?}", actions(&alone));
    let with = events_of("He/2/nsubj spoke/0/root with/4/case Putin/2/obl on/6/case Sunday/2/obl ./2/punct", None);
    assert!(has(&with, "spoke with"), "{:?}", actions(&with));
}

#[test]
fn speaking_to_the_press_is_a_statement_not_a_consultation() {
    let press = events_of(
        "Speaking/6/advcl to/3/case reporters/1/obl ,/1/punct the/5/det minister/6/nsubj said/0/root \
         talks/9/nsubj would/9/aux resume/6/ccomp ./6/punct",
        None,
    );
    assert!(!press.iter().any(|e| e.action.cameo.starts_with("04")), "{:?}", actions(&press));
    let channel = events_of(
        "The/2/det general/3/nsubj spoke/0/root to/7/case a/7/det private/7/amod news/7/compound \
         channel/3/obl ./3/punct",
        None,
    );
    assert!(!has(&channel, "spoke to"), "{:?}", actions(&channel));
    let envoy = events_of("The/2/det general/3/nsubj spoke/0/root to/6/case the/6/det envoy/3/obl ./3/punct", None);
    assert!(has(&envoy, "spoke to"), "{:?}", actions(&envoy));
}

#[test]
fn a_killing_told_by_its_own_clause_survives_a_background_attack() {
    // "fled the attack": the attack is the story's background, so the killing is the record.
    let fled = "The/2/det officers/4/nsubj:pass were/4/aux:pass killed/0/root as/7/mark they/7/nsubj \
                fled/4/advcl the/9/det attack/7/obj on/11/case foot/7/obl ./4/punct";
    assert!(has(&events_of(fled, None), "killed"), "{:?}", actions(&events_of(fled, None)));
    // "victims injured in the blasts" reports no injury of its own: it still folds into the blasts.
    let victims = "The/2/det governor/3/nsubj visited/0/root victims/3/obj injured/4/acl in/8/case the/8/det \
                   blasts/5/obl ./3/punct";
    assert!(!has(&events_of(victims, None), "injured"), "{:?}", actions(&events_of(victims, None)));
}

#[test]
fn an_act_named_as_the_purpose_of_another_is_no_report_of_it() {
    let purpose = events_of(
        "The/2/det army/3/nsubj sent/0/root troops/3/obj to/6/mark attack/3/advcl the/8/det town/6/obj ./3/punct",
        None,
    );
    assert!(!has(&purpose, "attack"), "{:?}", actions(&purpose));
    let done = events_of(
        "The/2/det army/3/nsubj sent/0/root troops/3/obj and/6/cc attacked/3/conj the/8/det town/6/obj ./3/punct",
        None,
    );
    assert!(has(&done, "attacked"), "{:?}", actions(&done));
    // An effort's aim has not happened either; a protest is done by the act it is the aim of.
    let effort = events_of(
        "Troops/2/nsubj repelled/0/root an/4/det effort/2/obj to/6/mark seize/4/acl the/8/det airport/6/obj ./2/punct",
        None,
    );
    assert!(!has(&effort, "seize"), "{:?}", actions(&effort));
    let streets = events_of(
        "Thousands/2/nsubj took/0/root to/5/case the/5/det streets/2/obl to/7/mark protest/2/advcl ./2/punct",
        None,
    );
    // (one protest: the purpose of the same kind of act folds into it, "took to the streets")
    assert!(streets.iter().any(|e| e.action.cameo.starts_with("14")), "{:?}", actions(&streets));
}

#[test]
fn a_weapon_used_to_strike_something_strikes_it_once() {
    let ev = events_of(
        "The/2/det army/3/nsubj used/0/root helicopter/5/compound gunships/3/obj to/7/mark destroy/3/advcl \
         rebel/9/compound bases/7/obj ./3/punct",
        None,
    );
    assert!(!has(&ev, "destroy"), "{:?}", actions(&ev));
    let used = ev.iter().find(|e| e.action.text == "used").expect("used");
    assert_eq!(used.target.as_ref().map(|t| t.text.as_str()), Some("rebel bases"), "{:?}", actions(&ev));
    // Only a verb of means: the soldiers executed stay the target of the executions.
    let ev = events_of(
        "Militants/2/nsubj executed/0/root ten/4/nummod soldiers/2/obj to/6/mark terrorize/2/advcl \
         villagers/6/obj ./2/punct",
        None,
    );
    let executed = ev.iter().find(|e| e.action.text == "executed").expect("executed");
    assert_eq!(executed.target.as_ref().map(|t| t.text.as_str()), Some("ten soldiers"), "{:?}", actions(&ev));
}

#[test]
fn only_to_tells_what_followed_not_a_purpose() {
    let ev = events_of(
        "Rebels/2/nsubj attacked/0/root the/4/det town/2/obj ,/8/punct only/8/advmod to/8/mark be/8/aux:pass \
         repulsed/2/advcl ./2/punct",
        None,
    );
    assert!(has(&ev, "repulsed"), "{:?}", actions(&ev));
}

#[test]
fn a_gerund_after_to_is_no_purpose() {
    let ev = events_of(
        "The/2/det rebels/3/nsubj returned/0/root to/5/mark attacking/3/advcl the/7/det convoy/5/obj ./3/punct",
        None,
    );
    assert!(has(&ev, "attacking"), "{:?}", actions(&ev));
}

/// Whether the sentence yields a record of use of force (root 19).
fn force(spec: &str) -> bool {
    events_of(spec, None).iter().any(|e| e.action.cameo.starts_with("19"))
}

#[test]
fn only_a_statement_that_something_happened_is_an_occurrence() {
    // Negated, possible, conditional, habitual and future acts, and yes-no questions, report none.
    let none = [
        "The/2/det rebels/5/nsubj did/5/aux not/5/advmod attack/0/root the/7/det town/5/obj ./5/punct",
        "The/2/det rebels/4/nsubj may/4/aux attack/0/root the/6/det town/4/obj ./4/punct",
        "If/3/mark rebels/3/nsubj attack/8/advcl the/5/det town/3/obj ,/8/punct residents/8/nsubj flee/0/root ./8/punct",
        "Rebels/3/nsubj often/3/advmod attack/0/root the/5/det town/3/obj ./3/punct",
        "The/2/det rebels/4/nsubj will/4/aux attack/0/root the/6/det town/4/obj ./4/punct",
        "Did/3/aux rebels/3/nsubj attack/0/root the/5/det town/3/obj ?/3/punct",
    ];
    for spec in none {
        assert!(!force(spec), "{spec}: {:?}", actions(&events_of(spec, None)));
    }
    // A wh-question takes its act as given; an alleged act is reported, with who reports it.
    assert!(force("Who/2/nsubj attacked/0/root the/4/det town/2/obj ?/2/punct"));
    let alleged = events_of(
        "The/2/det rebels/4/nsubj allegedly/4/advmod attacked/0/root the/6/det town/4/obj ,/9/punct \
         police/9/nsubj said/4/parataxis ./4/punct",
        None,
    );
    let attack = alleged.iter().find(|e| e.action.text == "attacked").expect("attacked");
    assert_eq!(attack.source.as_ref().map(|s| s.text.as_str()), Some("police"), "{alleged:?}");
}

#[test]
fn a_noun_naming_what_an_event_was_is_no_event_of_its_own() {
    let called = "Officials/2/nsubj called/0/root the/4/det raid/2/obj a/6/det massacre/2/xcomp ./2/punct";
    let described = "The/2/det raid/4/nsubj:pass was/4/aux:pass described/0/root as/7/case a/7/det massacre/4/obl \
                     ./4/punct";
    let reported = "Officials/2/nsubj reported/0/root a/4/det massacre/2/obj ./2/punct";
    assert!(!has(&events_of(called, None), "massacre"), "{:?}", actions(&events_of(called, None)));
    assert!(!has(&events_of(described, None), "massacre"), "{:?}", actions(&events_of(described, None)));
    assert!(has(&events_of(reported, None), "massacre"), "{:?}", actions(&events_of(reported, None)));
}

#[test]
fn an_act_every_week_or_each_year_is_a_pattern() {
    // "every week", "in the middle of each year", "rarely": a recurrence, not one occurrence.
    let weekly = "Rebels/2/nsubj attack/0/root the/4/det town/2/obj every/6/det week/2/obl:tmod ./2/punct";
    let yearly = "Rebels/2/nsubj attack/0/root the/4/det town/2/obj in/7/case the/7/det middle/2/obl of/10/case \
                  each/10/det year/7/nmod ./2/punct";
    let rarely = "Rebels/3/nsubj rarely/3/advmod attacked/0/root the/5/det town/3/obj ./3/punct";
    for spec in [weekly, yearly, rarely] {
        assert!(!force(spec), "{spec}: {:?}", actions(&events_of(spec, None)));
    }
    // The same act on one occasion is a report.
    assert!(force(
        "Rebels/2/nsubj attack/0/root the/4/det town/2/obj in/7/case the/7/det middle/2/obl of/10/case \
                   the/10/det year/7/nmod ./2/punct"
    ));
    assert!(force("Rebels/2/nsubj attacked/0/root the/4/det town/2/obj ./2/punct"));
}

#[test]
fn an_incident_that_only_times_a_clause_is_an_anchor() {
    // "when the attack took place": the incident only says when, as "at the time of the attack" would.
    let when = "Talks/2/nsubj stalled/0/root when/6/advmod the/5/det attack/6/nsubj took/2/advcl place/6/obj \
                ./2/punct";
    assert!(!force(when), "{:?}", actions(&events_of(when, None)));
    // The same noun as the subject of its own main clause is reported.
    assert!(force("The/2/det attack/3/nsubj took/0/root place/3/obj on/6/case Tuesday/3/obl ./3/punct"));
}

#[test]
fn an_act_inside_a_charge_phrase_is_what_is_charged() {
    let allegations = "Tehran/3/nsubj has/3/aux called/0/root the/6/det abduction/6/compound allegations/3/obj \
                       baseless/3/xcomp ./3/punct";
    let ev = crate::events::testing::texts_of(allegations, None);
    assert!(!ev.contains(&"abduction".to_string()), "{ev:?}");
    let charges = "He/2/nsubj faces/0/root charges/2/obj related/3/acl to/6/case violence/4/obl ./2/punct";
    let ev = crate::events::testing::texts_of(charges, None);
    assert!(!ev.contains(&"violence".to_string()), "{ev:?}");
    // Twin: the act as the subject of its own clause is reported.
    let twin = "The/2/det abduction/6/nsubj of/5/case the/5/det journalist/2/nmod shocked/0/root the/8/det \
                city/6/obj ./6/punct";
    let ev = crate::events::testing::texts_of(twin, None);
    assert!(ev.contains(&"abduction".to_string()), "{ev:?}");
}

#[test]
fn sanctions_pending_or_in_force_are_no_imposition() {
    let pending = "Sanctions/4/nsubj against/3/case Turkey/1/nmod enjoy/0/root bipartisan/6/amod support/4/obj \
                   ./4/punct";
    let ev = crate::events::testing::codes(pending);
    assert!(!ev.iter().any(|c| c.starts_with("16")), "{ev:?}");
    let under = "The/2/det leaders/3/nsubj remain/0/root under/6/case international/6/amod sanctions/3/obl \
                 ./3/punct";
    let ev = crate::events::testing::codes(under);
    assert!(!ev.iter().any(|c| c.starts_with("16")), "{ev:?}");
    // Twin: sanctions that did something were imposed.
    let twin = "Sanctions/4/nsubj against/3/case Turkey/1/nmod triggered/0/root a/7/det currency/7/compound \
                crash/4/obj ./4/punct";
    let ev = crate::events::testing::codes(twin);
    assert!(ev.iter().any(|c| c.starts_with("16")), "{ev:?}");
}

#[test]
fn a_charged_act_with_a_date_or_a_target_is_still_reported() {
    // The date sits on the act's own phrase: the bombing happened, the charge is over it.
    let dated = "He/2/nsubj faces/0/root charges/2/obj over/8/case the/8/det June/8/compound 2021/6/nummod \
                 bombing/3/nmod of/11/case a/11/det hotel/8/nmod ./2/punct";
    let ev = crate::events::testing::texts_of(dated, Some("2023-05-02"));
    assert!(ev.contains(&"bombing".to_string()), "{ev:?}");
    // A target named on the act: "the attack on a police station in Kandahar".
    let aimed = "Two/2/nummod men/3/nsubj face/0/root charges/3/obj related/4/amod to/8/case the/8/det \
                 attack/5/obl on/12/case a/12/det police/12/compound station/8/nmod in/14/case \
                 Kandahar/12/nmod ./3/punct";
    let ev = crate::events::testing::texts_of(aimed, None);
    assert!(ev.contains(&"attack".to_string()), "{ev:?}");
    // Twin: conduct in general under a charge stays out, a place alone makes it no incident.
    let general = "Two/2/nummod men/3/nsubj face/0/root charges/3/obj related/4/amod to/6/case \
                   violence/5/obl in/8/case Kandahar/6/nmod ./3/punct";
    let ev = crate::events::testing::texts_of(general, None);
    assert!(!ev.contains(&"violence".to_string()), "{ev:?}");
}

#[test]
fn sanctions_said_with_is_under_are_in_force() {
    let copula = "The/2/det regime/6/nsubj is/6/cop under/6/case strict/6/amod sanctions/0/root ./6/punct";
    let ev = crate::events::testing::codes(copula);
    assert!(!ev.iter().any(|c| c.starts_with("16")), "{ev:?}");
    // Twin: imposing them is the act.
    let imposed = "The/2/det council/3/nsubj imposed/0/root strict/5/amod sanctions/3/obj on/8/case the/8/det \
                   regime/3/obl ./3/punct";
    let ev = crate::events::testing::codes(imposed);
    assert!(ev.iter().any(|c| c.starts_with("16")), "{ev:?}");
}
