//! People a seizing verb takes are arrested by a state's forces and abducted by anyone else; people a
//! releasing verb acts on are freed, things it acts on are not (`triggers::captives`,
//! `document::recode::captors`, GUIDELINES §12.4).
use crate::events::testing::events_of;

fn codes(spec: &str) -> Vec<String> {
    events_of(spec, Some("2024-03-05")).into_iter().map(|e| e.action.cameo).collect()
}

#[test]
fn people_an_armed_group_seizes_are_abducted() {
    let soldiers = "Militia/2/amod fighters/3/nsubj captured/0/root three/5/nummod soldiers/3/obj near/8/case the/8/det border/5/nmod ./3/punct";
    assert_eq!(codes(soldiers), ["181"]);
    // "engineers" is no word of the entry's own list: any noun of people is taken.
    let engineers = "Rebels/2/nsubj seized/0/root two/5/nummod Chinese/5/amod engineers/2/obj near/8/case the/8/det mine/2/obl ./2/punct";
    assert_eq!(codes(engineers), ["181"]);
}

#[test]
fn a_named_person_seized_is_taken_not_a_place() {
    let spec = "Rebels/2/nsubj seized/0/root Ingrid/2/obj Betancourt/3/flat in/6/case 2002/2/obl ./2/punct";
    let mut doc = crate::events::testing::parsed(spec);
    doc.sentences[0].entities = vec![casus_core::Entity { label: "PER".into(), tokens: 2..4, score: 1.0 }];
    let got: Vec<String> = crate::events::extract(&doc).into_iter().map(|e| e.action.cameo).collect();
    assert_eq!(got, ["181"]);
}

#[test]
fn people_police_capture_are_arrested_and_a_town_is_seized() {
    let suspects =
        "Police/2/nsubj captured/0/root two/4/nummod suspects/2/obj in/7/case the/7/det capital/2/obl ./2/punct";
    assert_eq!(codes(suspects), ["173"]);
    let town = "Rebels/2/nsubj seized/0/root the/4/det town/2/obj on/6/case Monday/2/obl ./2/punct";
    assert_eq!(codes(town), ["192"]);
}

#[test]
fn a_person_released_is_freed() {
    let nurse = "The/2/det rebels/3/nsubj released/0/root a/5/det nurse/3/obj on/7/case Sunday/3/obl ./3/punct";
    assert_eq!(codes(nurse), ["0841"]);
}

#[test]
fn a_thing_released_frees_no_one() {
    let statement = "The/2/det army/3/nsubj released/0/root a/5/det statement/3/obj on/7/case Sunday/3/obl ./3/punct";
    assert!(codes(statement).iter().all(|c| c != "0841"), "{:?}", codes(statement));
    // The video shows hostages; it frees none of them.
    let video =
        "The/2/det rebels/3/nsubj released/0/root a/5/det video/3/obj of/8/case the/8/det hostages/5/nmod ./3/punct";
    assert!(codes(video).iter().all(|c| c != "0841"), "{:?}", codes(video));
}

#[test]
fn a_long_count_of_people_taken_hostage_is_a_hostage_taking() {
    let spec = "Gunmen/2/nsubj took/0/root more/5/advmod than/3/fixed 40/6/nummod guards/2/obj hostage/2/xcomp at/10/case the/10/det prison/7/obl ./2/punct";
    assert_eq!(codes(spec), ["181"]);
}

#[test]
fn a_town_the_model_takes_for_a_person_is_still_seized() {
    // "Rebels captured Bunia, the main town of the province": the apposition says it is a place.
    let spec = "Rebels/2/nsubj captured/0/root Bunia/2/obj ,/7/punct the/7/det main/7/amod town/3/appos of/10/case the/10/det province/7/nmod ./2/punct";
    let mut doc = crate::events::testing::parsed(spec);
    doc.sentences[0].entities = vec![casus_core::Entity { label: "PER".into(), tokens: 2..3, score: 1.0 }];
    let got: Vec<String> = crate::events::extract(&doc).into_iter().map(|e| e.action.cameo).collect();
    assert_eq!(got, ["192"]);
    // "Khmer Rouge fighters captured Phnom Penh": a capital's own name, whatever the model tags it.
    let spec = "Fighters/2/nsubj captured/0/root Phnom/2/obj Penh/3/flat ./2/punct";
    let mut doc = crate::events::testing::parsed(spec);
    doc.sentences[0].entities = vec![casus_core::Entity { label: "PER".into(), tokens: 2..4, score: 1.0 }];
    let got: Vec<String> = crate::events::extract(&doc).into_iter().map(|e| e.action.cameo).collect();
    assert_eq!(got, ["192"]);
}

#[test]
fn hostages_a_states_forces_free_are_rescued_by_force() {
    // "Soldiers freed five hostages": a rescue, 190 on the captors, the hostages no target.
    let freed = "Soldiers/2/nsubj freed/0/root five/4/nummod hostages/2/obj ./2/punct";
    let ev = events_of(freed, Some("2024-03-05"));
    let got: Vec<(String, Option<String>)> =
        ev.iter().map(|e| (e.action.cameo.clone(), e.target.as_ref().map(|t| t.text.clone()))).collect();
    assert_eq!(got, [("190".to_string(), None)]);
    // Captors freeing their hostages release them; police releasing detainees they hold too.
    assert_eq!(codes("Rebels/2/nsubj freed/0/root five/4/nummod hostages/2/obj ./2/punct"), ["0841"]);
    assert_eq!(codes("Police/2/nsubj released/0/root 20/4/nummod detainees/2/obj ./2/punct"), ["0841"]);
}

#[test]
fn captives_handed_over_are_freed() {
    let policemen = "The/2/det rebels/3/nsubj handed/0/root over/6/case 15/6/nummod policemen/3/obj to/10/case the/10/det Red/10/amod Cross/3/obl ./3/punct";
    assert_eq!(codes(policemen), ["0841"]);
    let split = "The/2/det kidnappers/3/nsubj handed/0/root the/5/det journalists/3/obj over/3/advmod to/9/case tribal/9/amod elders/3/obl ./3/punct";
    assert_eq!(codes(split), ["0841"]);
    let control = "The/2/det army/3/nsubj handed/0/root over/5/case control/3/obj of/8/case the/8/det city/5/nmod to/11/case the/11/det police/3/obl ./3/punct";
    assert!(codes(control).is_empty(), "{:?}", codes(control));
}

#[test]
fn a_town_captured_before_a_second_act_is_taken_ground() {
    // The soldiers are what the second verb acts on, not captives of the first.
    let spec = "Rebels/2/nsubj captured/0/root the/4/det town/2/obj and/6/cc executed/2/conj five/8/nummod soldiers/6/obj ./2/punct";
    assert_eq!(codes(spec), ["192", "1823"]);
}

#[test]
fn armed_people_taken_or_counted_are_captives() {
    // "attackers" is no word of the entry's lists; the count's of-phrase says who was taken.
    assert_eq!(codes("45/2/nummod attackers/4/nsubj:pass were/4/aux:pass captured/0/root ./4/punct"), ["173"]);
    let several = "Several/7/nsubj:pass of/4/case its/4/nmod:poss soldiers/1/nmod had/7/aux been/7/aux:pass captured/0/root by/9/case rebels/7/obl ./7/punct";
    assert_eq!(codes(several), ["181"]);
}

#[test]
fn what_is_seized_is_told_by_the_object_not_an_adjunct() {
    // "according to local officials" names no captives: the airport is taken ground.
    let airport = "Rebels/2/nsubj seized/0/root the/4/det airport/2/obj ,/8/punct according/8/case to/6/fixed local/8/amod officials/2/obl ./2/punct";
    assert_eq!(codes(airport), ["192"]);
    // A vehicle seized is property (171), though it was taken from troops.
    let vehicle =
        "Rioters/2/nsubj seized/0/root an/5/det armored/5/amod vehicle/2/obj from/7/case troops/2/obl ./2/punct";
    assert_eq!(codes(vehicle), ["1711"]);
}

#[test]
fn peacekeepers_and_monitors_seized_are_people_taken() {
    let peacekeepers = "Gunmen/2/nsubj seized/0/root four/5/nummod U.N./5/compound peacekeepers/2/obj near/8/case the/8/det border/2/obl ./2/punct";
    assert_eq!(codes(peacekeepers), ["181"]);
    let monitors = "Militants/2/nsubj captured/0/root two/5/nummod ceasefire/5/compound monitors/2/obj on/7/case Friday/2/obl ./2/punct";
    assert_eq!(codes(monitors), ["181"]);
}

#[test]
fn civilians_seized_by_no_one_named_are_abducted_and_fighters_captured_are_held() {
    let man =
        "A/3/det Dutch/3/amod man/5/nsubj:pass was/5/aux:pass seized/0/root from/8/case a/8/det bar/5/obl ./5/punct";
    assert_eq!(codes(man), ["181"]);
    let workers = "Two/3/nummod aid/3/compound workers/6/nsubj:pass were/6/aux:pass reportedly/6/advmod captured/0/root on/9/case the/9/det road/6/obl ./6/punct";
    assert_eq!(codes(workers), ["181"]);
    let fighters = "Eight/2/nummod fighters/4/nsubj:pass were/4/aux:pass captured/0/root ./4/punct";
    assert_eq!(codes(fighters), ["173"]);
}

#[test]
fn a_phrase_around_a_long_object_still_takes_its_captives() {
    // "hold * hostage", "place * under * arrest": the object between the verb and the rest of the phrase
    // is one argument, however many words it has (`triggers::learned`).
    let held = "Gunmen/2/nsubj held/0/root the/4/det governor/2/obj ,/8/punct his/8/nmod:poss two/8/nummod \
                deputies/4/conj and/11/cc a/11/det driver/4/conj hostage/2/xcomp in/15/case a/15/det school/2/obl ./2/punct";
    assert!(codes(held).contains(&"181".to_string()), "{:?}", codes(held));
    let took = "Rebels/2/nsubj took/0/root more/5/advmod than/3/fixed forty/9/nummod foreign/9/amod oil/8/compound \
                company/9/compound workers/2/obj hostage/2/xcomp ./2/punct";
    assert!(codes(took).contains(&"181".to_string()), "{:?}", codes(took));
    // A house arrest an armed group imposes holds its captive (181), as "seized" would.
    let placed = "Rebels/2/nsubj placed/0/root Prime/4/amod Minister/5/compound John/2/obj Smith/5/flat \
                  under/9/case house/9/compound arrest/2/obl ./2/punct";
    assert!(codes(placed).contains(&"181".to_string()), "{:?}", codes(placed));
}
