//! Force nouns that frame an incident rather than report one (`reality::restated`), a plan only
//! suspected (`reality::charges::suspected_plan`), time granted for an act (`tense::purpose`),
//! event words inside a name (`triggers::participles::name_part`), forces deployed as a state
//! (`reality::standing::stationed`), violence done daily (`generic::recurrent`) and a meeting that
//! sets another act (`settings`).
use crate::events::testing::{actions, doc_events, events_of, has};

const GUNMEN: &str = "Gunmen/2/nsubj stormed/0/root a/4/det church/2/obj on/6/case Sunday/2/obl ./2/punct";

#[test]
fn an_attack_no_one_claimed_is_not_restated() {
    let none = "No/2/det group/4/nsubj immediately/4/advmod claimed/0/root responsibility/4/obj for/8/case \
                the/8/det attack/5/nmod ./4/punct";
    let not = "The/2/det Taliban/5/nsubj have/5/aux not/5/advmod claimed/0/root responsibility/5/obj for/9/case \
               the/9/det attack/6/nmod ./5/punct";
    let claimed = "The/2/det Taliban/4/nsubj quickly/4/advmod claimed/0/root responsibility/4/obj for/8/case \
                   the/8/det attack/5/nmod ./4/punct";
    for unmade in [none, not] {
        let ev = doc_events(&[GUNMEN, unmade], "2024-05-07");
        assert!(!has(&ev, "attack"), "{:?}", actions(&ev));
    }
    let ev = doc_events(&[GUNMEN, claimed], "2024-05-07");
    assert!(has(&ev, "attack"), "{:?}", actions(&ev));
}

#[test]
fn a_series_the_restated_incident_belongs_to_is_no_event() {
    let series = "The/2/det bombing/5/nsubj was/5/cop the/5/det latest/0/root in/8/case a/8/det series/5/obl \
                  of/10/case attacks/8/nmod on/13/case the/13/det capital/10/nmod ./5/punct";
    let ev = events_of(series, None);
    assert!(!has(&ev, "attacks"), "{:?}", actions(&ev));
    // the series as what a party carried out is news
    let carried = "Rebels/3/nsubj carried/0/root out/2/compound:prt a/5/det series/2/obj of/7/case attacks/5/nmod \
                   on/10/case the/10/det capital/7/nmod ./2/punct";
    let ev = events_of(carried, None);
    assert!(has(&ev, "attacks"), "{:?}", actions(&ev));
}

#[test]
fn an_arrest_in_connection_with_the_attack_does_not_restate_it() {
    let told = "Police/2/nsubj arrested/0/root five/4/nummod men/2/obj in/6/case connection/2/obl with/9/case \
                the/9/det attack/6/nmod ./2/punct";
    let ev = doc_events(&[GUNMEN, told], "2024-05-07");
    assert!(has(&ev, "arrested") && !has(&ev, "attack"), "{:?}", actions(&ev));
    // one that names whom it was done to is news of its own
    let named = "Police/2/nsubj arrested/0/root five/4/nummod men/2/obj in/6/case connection/2/obl with/9/case \
                 the/9/det killing/6/nmod of/13/case a/13/det federal/13/amod agent/9/nmod ./2/punct";
    let ev = doc_events(&[GUNMEN, named], "2024-05-07");
    assert!(has(&ev, "killing"), "{:?}", actions(&ev));
}

#[test]
fn a_long_rebellion_as_the_span_of_another_act_is_no_event() {
    let during = "The/2/det LRA/4/nsubj has/4/aux abducted/0/root some/7/det 20,000/7/nummod children/4/obj \
                  during/11/case its/11/nmod:poss 16-year/11/nummod rebellion/4/obl ./4/punct";
    let ev = events_of(during, None);
    assert!(has(&ev, "abducted") && !has(&ev, "rebellion"), "{:?}", actions(&ev));
    // an incident as the span of another act is one of its own
    let raid = "The/2/det LRA/4/nsubj has/4/aux abducted/0/root some/7/det 20,000/7/nummod children/4/obj \
                during/11/case its/11/nmod:poss three-day/11/amod raid/4/obl ./4/punct";
    let ev = events_of(raid, None);
    assert!(has(&ev, "raid"), "{:?}", actions(&ev));
}

#[test]
fn a_plan_only_suspected_is_no_threat() {
    let suspected = "Police/2/nsubj arrested/0/root four/4/nummod men/2/obj suspected/4/acl of/7/mark \
                     planning/4/acl attacks/7/obj on/11/case polling/11/compound stations/8/nmod ./2/punct";
    let ev = events_of(suspected, None);
    assert!(has(&ev, "arrested"), "{:?}", actions(&ev));
    assert!(!ev.iter().any(|e| e.action.cameo.starts_with("13")), "{:?}", actions(&ev));
    let stated = "The/2/det rebels/3/nsubj said/0/root they/5/nsubj planned/3/ccomp attacks/5/obj on/9/case \
                  polling/9/compound stations/6/nmod ./3/punct";
    let ev = events_of(stated, None);
    assert!(ev.iter().any(|e| e.action.cameo.starts_with("13")), "{:?}", actions(&ev));
}

#[test]
fn time_given_for_an_act_is_not_the_act() {
    let given = "The/2/det president/3/nsubj imposed/0/root martial/5/amod law/3/obj ,/7/punct giving/3/advcl \
                 the/9/det military/7/iobj six/11/nummod months/7/obj to/13/mark crush/7/xcomp the/15/det \
                 rebels/13/obj ./3/punct";
    let ev = events_of(given, None);
    assert!(has(&ev, "imposed") && !has(&ev, "crush"), "{:?}", actions(&ev));
}

#[test]
fn an_event_word_inside_a_name_is_no_event() {
    let acled = "Fighting/3/nsubj has/3/aux killed/0/root 1,800/5/nummod people/3/obj ,/14/punct according/14/case \
                 to/7/fixed the/14/det Armed/11/amod Conflict/12/compound Location/14/compound Data/14/compound \
                 Project/3/obl ./3/punct";
    let ev = events_of(acled, None);
    assert!(has(&ev, "Fighting") && !has(&ev, "Conflict"), "{:?}", actions(&ev));
    // the same word in lower case is one
    let lower = "The/2/det conflict/4/nsubj has/4/aux killed/0/root 1,800/6/nummod people/4/obj ./4/punct";
    assert!(has(&events_of(lower, None), "conflict"), "{:?}", actions(&events_of(lower, None)));
}

#[test]
fn forces_the_present_says_are_deployed_are_a_state() {
    let are = "Some/3/det 9,000/3/nummod troops/5/nsubj:pass are/5/aux:pass deployed/0/root in/7/case \
               Mogadishu/5/obl ./5/punct";
    let ev = events_of(are, None);
    assert!(!has(&ev, "deployed"), "{:?}", actions(&ev));
    let were = "Some/3/det 9,000/3/nummod troops/5/nsubj:pass were/5/aux:pass deployed/0/root in/7/case \
                Mogadishu/5/obl ./5/punct";
    let ev = events_of(were, None);
    assert!(has(&ev, "deployed"), "{:?}", actions(&ev));
}

#[test]
fn shelling_almost_daily_is_a_pattern() {
    let daily = "Rebel/2/amod artillery/4/nsubj has/4/aux pounded/0/root the/6/det town/4/obj almost/8/advmod \
                 daily/4/obl:unmarked ./4/punct";
    let ev = events_of(daily, None);
    assert!(!has(&ev, "pounded"), "{:?}", actions(&ev));
    let once = "Rebel/2/amod artillery/4/nsubj has/4/aux pounded/0/root the/6/det town/4/obj ./4/punct";
    let ev = events_of(once, None);
    assert!(has(&ev, "pounded"), "{:?}", actions(&ev));
}

#[test]
fn leaders_meeting_somewhere_while_they_act_is_a_setting() {
    let setting = "Southern/2/amod African/3/amod leaders/9/nsubj ,/5/punct meeting/3/acl in/7/case Angola/5/obl \
                   ,/3/punct urged/0/root the/11/det government/9/obj to/13/mark stop/9/xcomp the/15/det \
                   violence/13/obj ./9/punct";
    let ev = events_of(setting, None);
    assert!(has(&ev, "urged") && !has(&ev, "meeting"), "{:?}", actions(&ev));
    let met = "Southern/2/amod African/3/amod leaders/4/nsubj met/0/root in/6/case Angola/4/obl ./4/punct";
    let ev = events_of(met, None);
    assert!(has(&ev, "met"), "{:?}", actions(&ev));
}

#[test]
fn an_act_in_a_denied_charge_is_no_event() {
    // "Kenya rejected the charge that its troops killed civilians": the denial only (016).
    let spec = "Kenya/2/nsubj rejected/0/root the/4/det charge/2/obj that/8/mark its/7/nmod:poss troops/8/nsubj \
                killed/4/acl civilians/8/obj ./2/punct";
    let codes: Vec<String> = doc_events(&[spec], "2015-03-10").into_iter().map(|e| e.action.cameo).collect();
    assert_eq!(codes, ["016"]);
    // Reported without a denial, the act stands: "Witnesses confirmed reports that troops killed civilians".
    let spec = "Witnesses/2/nsubj confirmed/0/root reports/2/obj that/6/mark troops/6/nsubj killed/3/acl \
                civilians/6/obj ./2/punct";
    let codes: Vec<String> = doc_events(&[spec], "2015-03-10").into_iter().map(|e| e.action.cameo).collect();
    assert!(codes.iter().any(|c| c.starts_with("19")), "{codes:?}");
}

#[test]
fn a_ranked_attack_beside_the_incident_restates_it() {
    // A second "in" phrase of the same verb: the ambush is the event, "the deadliest attack" ranks it.
    let second_in = "Militants/2/nsubj killed/0/root five/4/nummod policemen/2/obj in/7/case an/7/det ambush/2/obl \
                     near/9/case Kandahar/7/nmod ,/14/punct in/14/case the/14/det deadliest/14/amod attack/2/obl \
                     since/16/case March/14/nmod ./2/punct";
    let ev = events_of(second_in, Some("2024-05-07"));
    assert!(has(&ev, "ambush") && !has(&ev, "attack"), "{:?}", actions(&ev));
    // In apposition to the incident it ranks.
    let apposed = "A/3/det car/3/compound bomb/12/nsubj ,/7/punct the/7/det worst/7/amod attack/3/appos in/10/case \
                   a/10/det decade/7/nmod ,/7/punct killed/0/root 12/14/nummod people/12/obj in/17/case the/17/det \
                   market/12/obl ./12/punct";
    let ev = events_of(apposed, Some("2024-05-09"));
    assert!(ev.iter().any(|e| e.action.text.contains("bomb")) && !has(&ev, "attack"), "{:?}", actions(&ev));
    // Alone beside its verb it is the report.
    let alone = "Five/2/nummod soldiers/4/nsubj:pass were/4/aux:pass killed/0/root in/7/case the/7/det \
                 deadliest/7/amod attack/4/obl since/9/case March/7/nmod ./4/punct";
    let ev = events_of(alone, Some("2024-05-07"));
    assert!(ev.iter().any(|e| e.action.cameo.starts_with("19")), "{:?}", actions(&ev));
}
