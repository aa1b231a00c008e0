//! Event places: the place of the day's incident carried to its unplaced parts (`incidents::spread`)
//! and a state's territory named by its adjective (`places::territory_of`).
use crate::events::testing::{doc_events, placed_story};

/// The events of a one-sentence document whose `places` (first, end) token spans are tagged GPE.
fn tagged_events(spec: &str, places: &[(usize, usize)]) -> Vec<casus_core::Event> {
    let mut doc = crate::events::testing::parsed(spec);
    doc.published = chrono::NaiveDate::from_ymd_opt(2024, 2, 13);
    doc.sentences[0].entities =
        places.iter().map(|&(a, b)| casus_core::Entity { label: "GPE".into(), tokens: a..b, score: 1.0 }).collect();
    crate::events::extract(&doc)
}

/// The places of the events of [`tagged_events`].
fn located(spec: &str, places: &[(usize, usize)]) -> Vec<Option<String>> {
    tagged_events(spec, places).into_iter().map(|e| e.location.and_then(|l| l.name)).collect()
}

fn place_of<'a>(ev: &'a [casus_core::Event], action: &str) -> Option<&'a str> {
    let e = ev.iter().find(|e| e.action.text == action).unwrap_or_else(|| panic!("no {action:?} in {ev:?}"));
    e.location.as_ref().and_then(|l| l.name.as_deref())
}

const FIRED_NEAR_TOVUZ: &str =
    "Armenian/2/amod forces/3/nsubj fired/0/root near/5/case Tovuz/3/obl on/7/case Monday/3/obl ./3/punct";

#[test]
fn a_later_part_of_the_days_incident_takes_its_place() {
    // "They shot passengers": no place of its own, the incident of the day placed just before.
    let ev = doc_events(
        &[FIRED_NEAR_TOVUZ, "They/2/nsubj shot/0/root passengers/2/obj on/5/case Monday/2/obl ./2/punct"],
        "2024-02-13",
    );
    assert_eq!(place_of(&ev, "shot"), Some("Tovuz"));
}

#[test]
fn a_story_that_names_no_day_carries_its_incidents_place() {
    // No date phrase and no dateline day: the story's incidents are one day's news.
    let fired = "Armenian/2/amod forces/3/nsubj fired/0/root near/5/case Tovuz/3/obl ./3/punct";
    let shot = "They/2/nsubj shot/0/root passengers/2/obj ./2/punct";
    let ev = crate::events::extract(&crate::events::testing::parsed_doc(&[fired, shot]));
    assert_eq!(place_of(&ev, "shot"), Some("Tovuz"));
}

#[test]
fn an_incident_is_not_placed_by_a_later_sentence() {
    let ev = doc_events(
        &["They/2/nsubj shot/0/root passengers/2/obj on/5/case Monday/2/obl ./2/punct", FIRED_NEAR_TOVUZ],
        "2024-02-13",
    );
    assert_eq!(place_of(&ev, "shot"), None);
}

#[test]
fn another_days_incident_keeps_no_place() {
    let ev = doc_events(
        &[FIRED_NEAR_TOVUZ, "They/2/nsubj shot/0/root passengers/2/obj on/5/case Sunday/2/obl ./2/punct"],
        "2024-02-13",
    );
    assert_eq!(place_of(&ev, "shot"), None);
}

#[test]
fn a_count_reaching_past_the_month_keeps_the_place_told_last() {
    // "Days later" than last month may be this month: the year, which holds the day placed just before.
    let fired =
        "Armenian/2/amod forces/3/nsubj fired/0/root near/5/case Tovuz/3/obl last/7/amod month/3/obl:tmod ./3/punct";
    let shot = "Days/2/obl:npmod later/5/advmod ,/5/punct they/5/nsubj shot/0/root passengers/5/obj ./5/punct";
    let ev = doc_events(&[fired, shot], "2024-02-13");
    let e = ev.iter().find(|e| e.action.text == "shot").expect("shot");
    assert_eq!(e.date.as_ref().map(|d| d.value.as_str()), Some("2024"));
    assert_eq!(place_of(&ev, "shot"), Some("Tovuz"));
}

#[test]
fn a_coarse_date_does_not_reach_past_the_place_told_last() {
    // The latest placed incident is of another year: "this month" takes no place of an earlier day.
    let old = "Troops/2/nsubj fought/0/root near/4/case Aghdam/2/obl in/6/case 2020/2/obl ./2/punct";
    let shot = "They/2/nsubj shot/0/root passengers/2/obj this/5/det month/2/obl:tmod ./2/punct";
    let ev = doc_events(&[FIRED_NEAR_TOVUZ, old, shot], "2024-02-13");
    assert_eq!(place_of(&ev, "shot"), None);
    // With no placed incident between, the month holds Monday's place.
    let ev = doc_events(&[FIRED_NEAR_TOVUZ, shot], "2024-02-13");
    assert_eq!(place_of(&ev, "shot"), Some("Tovuz"));
}

#[test]
fn looting_and_burning_take_the_place_of_the_days_incident() {
    // Property seized or destroyed (171) is taken at the scene, not decreed away from it.
    let looted = "Shops/3/nsubj:pass were/3/aux:pass looted/0/root on/5/case Monday/3/obl ./3/punct";
    let burned =
        "Rebels/2/nsubj burned/0/root down/2/compound:prt the/5/det market/2/obj on/7/case Monday/2/obl ./2/punct";
    let ev = doc_events(&[FIRED_NEAR_TOVUZ, looted, burned], "2024-02-13");
    assert_eq!(place_of(&ev, "looted"), Some("Tovuz"));
    assert_eq!(place_of(&ev, "burned down"), Some("Tovuz"));
    // Another day's looting is another incident.
    let sunday = "Shops/3/nsubj:pass were/3/aux:pass looted/0/root on/5/case Sunday/3/obl ./3/punct";
    let ev = doc_events(&[FIRED_NEAR_TOVUZ, sunday], "2024-02-13");
    assert_eq!(place_of(&ev, "looted"), None);
}

#[test]
fn arrests_and_earlier_provocations_take_no_place_of_the_day() {
    // Coercion by decree is decided away from the scene.
    let arrests = "Police/2/nsubj arrested/0/root activists/2/obj on/5/case Monday/2/obl ./2/punct";
    let ev = doc_events(&[FIRED_NEAR_TOVUZ, arrests], "2024-02-13");
    assert_eq!(place_of(&ev, "arrested"), None);
    let curfew = "Authorities/2/nsubj imposed/0/root a/4/det curfew/2/obj on/6/case Monday/2/obl ./2/punct";
    let ev = doc_events(&[FIRED_NEAR_TOVUZ, curfew], "2024-02-13");
    let imposed = ev.iter().find(|e| e.action.cameo.starts_with("172")).expect("a curfew");
    assert_eq!(imposed.location, None);
    // "in response to a provocation": the provocation is an earlier incident.
    let response = "Troops/2/nsubj fired/0/root on/4/case Monday/2/obl in/6/case response/2/obl to/9/case a/9/det \
                    provocation/6/nmod by/12/case Armenian/12/amod forces/9/nmod ./2/punct";
    let ev = doc_events(&[FIRED_NEAR_TOVUZ, response], "2024-02-13");
    assert_eq!(place_of(&ev, "provocation"), None);
}

#[test]
fn a_states_territory_named_by_its_adjective_is_that_state() {
    let ev = doc_events(
        &["Troops/2/nsubj advanced/0/root in/5/case Armenian/5/amod territory/2/obl ./2/punct"],
        "2024-02-13",
    );
    assert_eq!(place_of(&ev, "advanced"), Some("Armenia"));
    // A territory with no state's adjective names no place.
    let ev = doc_events(
        &["Troops/2/nsubj advanced/0/root in/5/case disputed/5/amod territory/2/obl ./2/punct"],
        "2024-02-13",
    );
    assert_eq!(place_of(&ev, "advanced"), None);
}

#[test]
fn a_place_named_by_a_generic_place_noun_locates_the_incident() {
    // "detonated in a tent full of pilgrims in the town of Iskandariyah Sunday": the locative is
    // on "town", the name under "of"; the day is no part of the name.
    let spec = "the/2/det bomber/3/nsubj detonated/0/root in/6/case a/6/det tent/3/obl full/6/amod of/9/case \
                pilgrims/7/obl in/12/case the/12/det town/9/nmod of/14/case Iskandariyah/12/nmod \
                Sunday/12/nmod:unmarked ./3/punct";
    assert_eq!(located(spec, &[(13, 14)]), vec![Some("Iskandariyah".to_string())]);
}

#[test]
fn a_state_locates_an_incident_only_when_no_place_below_it_does() {
    // "Troops in Azerbaijan fired at the posts of soldiers in the town of Tovuz": Tovuz, though
    // Azerbaijan is nearer the trigger.
    let spec = "Troops/4/nsubj in/3/case Azerbaijan/1/nmod fired/0/root at/7/case the/7/det posts/4/obl \
                of/9/case soldiers/7/nmod in/12/case the/12/det town/9/nmod of/14/case Tovuz/12/nmod ./4/punct";
    assert_eq!(located(spec, &[(2, 3), (13, 14)]), vec![Some("Tovuz".to_string())]);
}

#[test]
fn a_generic_place_noun_stands_for_the_name_it_is_given() {
    // "in the Red Sea port city of Jeddah": the city is Jeddah, not the sea it lies on.
    let spec =
        "Militants/2/nsubj attacked/0/root a/4/det convoy/2/obj in/10/case the/10/det Red/8/amod Sea/10/compound \
                port/10/compound city/2/obl of/12/case Jeddah/10/nmod ./2/punct";
    assert_eq!(located(spec, &[(6, 8), (11, 12)]), vec![Some("Jeddah".to_string())]);
    // "bombed the port city of Poti": the place struck, named through its generic noun.
    let spec = "Russian/2/amod planes/3/nsubj bombed/0/root the/6/det port/6/compound city/3/obj of/8/case Poti/6/nmod ./3/punct";
    assert_eq!(located(spec, &[(7, 8)]), vec![Some("Poti".to_string())]);
}

#[test]
fn a_known_place_inside_a_longer_name_is_not_the_name() {
    let kidnapped = |place: &str| {
        let spec = format!("Gunmen/2/nsubj kidnapped/0/root workers/2/obj in/7/case the/7/det {place}/2/obl ./2/punct");
        located(&spec, &[(5, 7)])
    };
    // "in the Niger Delta": a region, not the state Niger.
    assert_eq!(kidnapped("Niger/7/compound Delta"), vec![Some("Niger Delta".to_string())]);
    // "in the Gaza Strip": a generic word after the name (GUIDELINES §12.7).
    assert_eq!(kidnapped("Gaza/7/compound Strip"), vec![Some("Gaza".to_string())]);
    // "in the Gulf of Aden": the port Aden completes the gulf's name.
    let spec = "Pirates/2/nsubj seized/0/root a/4/det ship/2/obj in/7/case the/7/det Gulf/2/obl of/9/case \
                Aden/7/nmod ./2/punct";
    assert_eq!(located(spec, &[(6, 9)]), vec![Some("Gulf of Aden".to_string())]);
}

#[test]
fn a_participle_on_a_noun_shares_its_clause_but_a_partys_base_is_no_place() {
    // "ambushed a bus transporting troops in Kalat": the participle's place is the ambush's.
    let spec = "Insurgents/2/nsubj ambushed/0/root a/4/det bus/2/obj transporting/4/acl troops/5/obj in/8/case \
                Kalat/5/obl ./2/punct";
    assert_eq!(located(spec, &[(7, 8)]), vec![Some("Kalat".to_string())]);
    // "rebels based in Sudan attacked troops": where the rebels are, not where it happened.
    let spec = "Rebels/5/nsubj based/1/acl in/4/case Sudan/2/obl attacked/0/root troops/5/obj ./5/punct";
    assert_eq!(located(spec, &[(3, 4)]), vec![None]);
}

#[test]
fn a_place_fronted_before_a_reporting_verb_sets_the_scene_of_the_report() {
    // "In Talas, witnesses say troops fired": Talas, without the sentence's first word.
    let spec = "In/2/case Talas/5/obl ,/2/punct witnesses/5/nsubj say/0/root troops/7/nsubj fired/5/ccomp ./5/punct";
    assert_eq!(located(spec, &[(1, 2)]), vec![Some("Talas".to_string())]);
}

#[test]
fn a_relative_clause_on_a_place_happens_there() {
    // "came in the cities of Acre, which were struck": the strike is in Acre.
    let spec =
        "The/2/det deaths/3/nsubj came/0/root in/6/case the/6/det cities/3/obl of/8/case Acre/6/nmod ,/12/punct \
                which/12/nsubj:pass were/12/aux:pass struck/6/acl:relcl ./3/punct";
    assert_eq!(place_of(&tagged_events(spec, &[(7, 8)]), "struck"), Some("Acre"));
}

#[test]
fn the_city_is_the_place_the_story_named_before() {
    let in_the_city =
        "Rockets/2/nsubj hit/0/root houses/2/obj in/6/case the/6/det city/2/obl on/8/case Sunday/2/obl ./2/punct";
    // Another day's incident: not the same incident, but "the city" is still Tovuz.
    let ev = doc_events(&[FIRED_NEAR_TOVUZ, in_the_city], "2024-02-13");
    assert_eq!(place_of(&ev, "hit"), Some("Tovuz"));
    // No place named before: no place, not a nameless one.
    let ev = doc_events(&[in_the_city], "2024-02-13");
    assert!(ev.iter().find(|e| e.action.text == "hit").is_some_and(|e| e.location.is_none()), "{ev:?}");
}

#[test]
fn the_city_a_control_verb_acts_on_is_the_place_the_story_named_before() {
    // "took control of the city": no name of its own, the town the story named (on another day too).
    let seized = "Rebels/2/nsubj occupied/0/root the/4/det city/2/obj on/6/case Sunday/2/obl ./2/punct";
    let ev = doc_events(&[FIRED_NEAR_TOVUZ, seized], "2024-02-13");
    assert_eq!(place_of(&ev, "occupied"), Some("Tovuz"));
    let ev = doc_events(&[seized], "2024-02-13");
    assert_eq!(place_of(&ev, "occupied"), None);
}

#[test]
fn talks_take_the_place_of_their_sentence_but_a_call_does_not() {
    // "attended a meeting in Doha": the place hangs off the verb (the trigger), not the event noun.
    let meeting = "The/2/det Taliban/3/nsubj attended/0/root a/5/det meeting/3/obj with/8/case Russian/8/amod \
                   officials/5/nmod in/10/case Doha/3/obl ./3/punct";
    assert_eq!(place_of(&tagged_events(meeting, &[(9, 10)]), "attended"), Some("Doha"));
    let call = "Putin/3/nsubj had/3/aux spoken/0/root with/5/case Pashinian/3/obl about/8/case the/8/det \
                situation/3/obl in/10/case Karabakh/8/nmod ./3/punct";
    let ev = tagged_events(call, &[(9, 10)]);
    assert!(!ev.is_empty() && ev.iter().all(|e| e.location.is_none()), "{ev:?}");
}

#[test]
fn a_protest_of_the_day_takes_the_incidents_place() {
    // Protests happen somewhere on a day, as incidents do: the day's place carries to them.
    let protest = "Residents/2/nsubj protested/0/root on/4/case Monday/2/obl ./2/punct";
    let ev = doc_events(&[FIRED_NEAR_TOVUZ, protest], "2024-02-13");
    assert_eq!(place_of(&ev, "protested"), Some("Tovuz"));
}

#[test]
fn a_place_in_a_complement_sharing_the_subject_is_the_triggers() {
    // "Soldiers have opened fired on protesters in Rangoon": the place hangs in the xcomp "fired".
    let spec = "Soldiers/3/nsubj have/3/aux opened/0/root fired/3/xcomp on/6/case protesters/4/obl in/8/case \
                Rangoon/6/nmod ./3/punct";
    assert_eq!(located(spec, &[(7, 8)]), vec![Some("Rangoon".to_string())]);
    // A complement clause with a subject of its own is another clause ("said troops fired in X").
    let spec = "Police/2/nsubj said/0/root troops/4/nsubj fired/2/ccomp in/6/case Tovuz/4/obl ./2/punct";
    let ev = tagged_events(spec, &[(5, 6)]);
    let fired = ev.iter().find(|e| e.action.text == "fired").unwrap_or_else(|| panic!("no fired: {ev:?}"));
    assert_eq!(fired.location.as_ref().and_then(|l| l.name.as_deref()), Some("Tovuz"), "{ev:?}");
}

#[test]
fn a_place_keeps_the_spelling_of_its_first_mention() {
    let arrested = |place: &str| {
        let spec = format!("Police/2/nsubj arrested/0/root activists/2/obj in/5/case {place}/2/obl ./2/punct");
        located(&spec, &[(4, 5)])
    };
    // "Rangoon" is Yangon's other name: as the story spells it (GUIDELINES §12.7).
    assert_eq!(arrested("Rangoon"), vec![Some("Rangoon".to_string())]);
    // A spelling of a name the story gives no other way stays as spelled, not the gazetteer's
    // "N'Djamena" or "Nagorno-Karabakh".
    assert_eq!(arrested("Ndjamena"), vec![Some("Ndjamena".to_string())]);
    assert_eq!(arrested("Nagorny-Karabakh"), vec![Some("Nagorny-Karabakh".to_string())]);
    // A story that first spelled it "Nagorno-Karabakh" keeps that spelling (GUIDELINES §7).
    let first = "Talks/2/nsubj resumed/0/root on/4/case Nagorno-Karabakh/2/obl ./2/punct";
    let then = "Police/2/nsubj arrested/0/root activists/2/obj in/5/case Nagorny-Karabakh/2/obl ./2/punct";
    let ev = placed_story(&[(first, &[(3, 4)]), (then, &[(4, 5)])]);
    assert_eq!(place_of(&ev, "arrested"), Some("Nagorno-Karabakh"));
}

#[test]
fn a_state_named_another_way_is_still_wider_than_a_town() {
    // "attacked troops in the Democratic Republic of Congo near Nyanzale", "in Ivory Coast near
    // Duekoue": the state keeps the story's name, and the town is the most specific place.
    let spec = "Rebels/2/nsubj attacked/0/root troops/2/obj in/6/case the/6/det Democratic_Republic_of_Congo/2/obl \
                near/8/case Nyanzale/2/obl ./2/punct";
    let ev = tagged_events(spec, &[(5, 6), (7, 8)]);
    assert_eq!(place_of(&ev, "attacked"), Some("Nyanzale"));
    let spec = "Rebels/2/nsubj attacked/0/root troops/2/obj in/5/case Ivory_Coast/2/obl near/7/case Duekoue/2/obl \
                ./2/punct";
    let ev = tagged_events(spec, &[(4, 5), (6, 7)]);
    assert_eq!(place_of(&ev, "attacked"), Some("Duekoue"));
}

#[test]
fn a_town_abroad_is_no_finer_place_of_a_state_named_before_it() {
    // "A trial opened in Paris over the bombing of a base in Chad": the bombing is in Chad.
    let trial = |town: &str, state: &str| {
        let spec = format!(
            "A/2/det trial/3/nsubj opened/0/root in/5/case {town}/3/obl over/8/case the/8/det bombing/3/obl \
             of/12/case a/12/det French/12/amod base/8/nmod in/15/case war-torn/15/amod {state}/12/nmod ./3/punct"
        );
        let ev = tagged_events(&spec, &[(4, 5), (14, 15)]);
        place_of(&ev, "bombing").map(str::to_string)
    };
    assert_eq!(trial("Paris", "Chad").as_deref(), Some("Chad"));
    assert_eq!(trial("Paris", "Ivory_Coast").as_deref(), Some("Ivory Coast"));
    // A town inside the state is the finer place.
    assert_eq!(trial("N'Djamena", "Chad").as_deref(), Some("N'Djamena"));
}

#[test]
fn the_territory_a_control_verb_acts_on_is_the_place() {
    // "have taken control of the port city of Kismayo in southern Somalia": Kismayo, not Somalia.
    let spec = "Insurgents/3/nsubj have/3/aux taken/0/root control/3/obj of/8/case the/8/det port/8/compound \
                city/4/nmod of/10/case Kismayo/8/nmod in/13/case southern/13/amod Somalia/8/nmod ./3/punct";
    let ev = tagged_events(spec, &[(9, 10), (12, 13)]);
    assert_eq!(place_of(&ev, "taken control"), Some("Kismayo"));
    // A state taken control of is the place too (GUIDELINES §7), though a state struck is not.
    let spec = "Rebels/2/nsubj seized/0/root control/2/obj of/5/case Somalia/3/nmod ./2/punct";
    let ev = tagged_events(spec, &[(4, 5)]);
    assert_eq!(place_of(&ev, "seized control"), Some("Somalia"));
}

#[test]
fn a_headline_takes_the_place_of_its_days_incident_in_the_body() {
    // "Troops Open Fire on Protesters" (no final stop) / "Troops fired near Tovuz on Monday."
    let headline = "Troops/2/nsubj Attack/0/root Villagers/2/obj on/5/case Monday/2/obl";
    let ev = doc_events(&[headline, FIRED_NEAR_TOVUZ], "2024-02-13");
    assert_eq!(place_of(&ev, "Attack"), Some("Tovuz"));
    // A body sentence is not placed by a later one (`an_incident_is_not_placed_by_a_later_sentence`),
    // nor is a headline by another day's incident.
    let sunday = "Troops/2/nsubj Attack/0/root Villagers/2/obj on/5/case Sunday/2/obl";
    let ev = doc_events(&[sunday, FIRED_NEAR_TOVUZ], "2024-02-13");
    assert_eq!(place_of(&ev, "Attack"), None);
}

#[test]
fn an_indefinite_place_of_a_states_adjective_is_that_state() {
    // "have seized control of several Somali towns": Somalia.
    let spec = "Fighters/3/nsubj have/3/aux seized/0/root control/3/obj of/8/case several/8/amod Somali/8/amod \
                towns/4/nmod ./3/punct";
    assert_eq!(place_of(&tagged_events(spec, &[]), "seized control"), Some("Somalia"));
    // "the Yemeni capital" is a city, Sanaa (gold: "across the Turkish capital" is Ankara), not Yemen.
    let spec = "Rockets/2/nsubj hit/0/root houses/2/obj in/7/case the/7/det Yemeni/7/amod capital/2/obl ./2/punct";
    let ev = tagged_events(spec, &[]);
    assert!(ev.iter().all(|e| e.location.as_ref().and_then(|l| l.name.as_deref()) == Some("Sanaa")), "{ev:?}");
}

#[test]
fn a_named_place_an_event_nouns_verb_takes_is_where_it_happened() {
    // "Heavy gunfire has gripped the main city, Abidjan": Abidjan.
    let spec = "Heavy/2/amod gunfire/4/nsubj has/4/aux gripped/0/root the/7/det main/7/amod city/4/obj ,/9/punct \
                Abidjan/7/appos ./4/punct";
    assert_eq!(place_of(&tagged_events(spec, &[(8, 9)]), "gunfire"), Some("Abidjan"));
    // A state as the object is a party: "The conflict left Azerbaijan in control".
    let spec = "The/2/det conflict/3/nsubj left/0/root Azerbaijan/3/obj in/6/case control/3/obl ./3/punct";
    let ev = tagged_events(spec, &[(3, 4)]);
    assert!(ev.iter().all(|e| e.location.is_none()), "{ev:?}");
}

#[test]
fn a_summary_in_the_present_perfect_past_the_lead_takes_no_place_of_the_day() {
    // "... The group has attacked soldiers": past the lead, a present perfect with no date of its own
    // sums up the conflict, at no one place; in the lead it is the day's news and is placed.
    let filler = "It/2/nsubj rained/0/root ./2/punct";
    let perfect = "The/2/det group/4/nsubj has/4/aux attacked/0/root soldiers/4/obj ./4/punct";
    let ev = doc_events(&[FIRED_NEAR_TOVUZ, filler, filler, filler, perfect], "2024-02-13");
    assert_eq!(place_of(&ev, "attacked"), None);
    let ev = doc_events(&[FIRED_NEAR_TOVUZ, perfect], "2024-02-13");
    assert_eq!(place_of(&ev, "attacked"), Some("Tovuz"));
}

#[test]
fn a_direction_from_a_place_names_that_place() {
    // "fired south of Kabul": Kabul (GUIDELINES 12.9), as "near Kabul" would.
    let spec = "Troops/2/nsubj fired/0/root south/5/case of/5/case Kabul/2/obl ./2/punct";
    assert_eq!(located(spec, &[(4, 5)]), vec![Some("Kabul".to_string())]);
    // "on a highway south of the capital, Kabul": through the generic noun, off another word.
    let spec = "A/2/det bomber/3/nsubj attacked/0/root a/5/det convoy/3/obj south/9/case of/9/case the/9/det \
                capital/5/nmod ,/11/punct Kabul/9/appos ./3/punct";
    assert_eq!(located(spec, &[(10, 11)]), vec![Some("Kabul".to_string())]);
}

#[test]
fn a_when_clause_happens_at_the_scene_of_the_clause_it_modifies() {
    // "were driving near Tovuz when gunmen attacked them": the attack is near Tovuz.
    let spec = "They/3/nsubj were/3/aux driving/0/root near/5/case Tovuz/3/obl when/8/advmod gunmen/8/nsubj \
                attacked/3/advcl them/8/obj ./3/punct";
    assert_eq!(located(spec, &[(4, 5)]), vec![Some("Tovuz".to_string())]);
    // Another subordinate clause ("because ...") keeps its own scene.
    let spec = "They/3/nsubj were/3/aux driving/0/root near/5/case Tovuz/3/obl because/8/mark gunmen/8/nsubj \
                attacked/3/advcl them/8/obj ./3/punct";
    assert_eq!(located(spec, &[(4, 5)]), vec![None]);
}

#[test]
fn another_item_of_the_news_takes_no_place_of_the_incident_before_it() {
    // "Elsewhere, rebels shot passengers": another item, not the incident near Tovuz.
    let elsewhere = "Elsewhere/4/advmod ,/4/punct rebels/4/nsubj shot/0/root passengers/4/obj on/7/case \
                     Monday/4/obl ./4/punct";
    let ev = doc_events(&[FIRED_NEAR_TOVUZ, elsewhere], "2024-02-13");
    assert_eq!(place_of(&ev, "shot"), None);
    // Placed by what follows it.
    let ev = doc_events(&[elsewhere, FIRED_NEAR_TOVUZ], "2024-02-13");
    assert_eq!(place_of(&ev, "shot"), Some("Tovuz"));
    // "Meanwhile" often goes on with the same incident: it is placed like any restatement.
    let meanwhile = elsewhere.replacen("Elsewhere", "Meanwhile", 1);
    let ev = doc_events(&[FIRED_NEAR_TOVUZ, &meanwhile], "2024-02-13");
    assert_eq!(place_of(&ev, "shot"), Some("Tovuz"));
}

#[test]
fn a_route_s_ends_are_not_where_something_on_the_way_happened() {
    // "attacked a bus on its way north to Kabul from Herat": on the way, at neither end.
    let spec = "Gunmen/2/nsubj attacked/0/root a/4/det bus/2/obj on/7/case its/7/nmod:poss way/2/obl \
                north/7/advmod to/10/case Kabul/8/obl from/12/case Herat/8/obl ./2/punct";
    assert_eq!(located(spec, &[]), vec![None]);
    // A place on the way is where it happened: "on the road near Kabul".
    let spec = "Gunmen/2/nsubj attacked/0/root a/4/det bus/2/obj on/7/case the/7/det road/2/obl \
                near/9/case Kabul/7/nmod ./2/punct";
    assert_eq!(located(spec, &[]), vec![Some("Kabul".to_string())]);
}

#[test]
fn a_while_clause_of_the_event_is_at_its_scene_but_a_report_is_not() {
    // "attacked a convoy while it was passing near Sibi": near Sibi.
    let spec = "Gunmen/2/nsubj attacked/0/root a/4/det convoy/2/obj while/8/mark it/8/nsubj was/8/aux \
                passing/2/advcl near/10/case Sibi/8/obl ./2/punct";
    assert_eq!(located(spec, &[(9, 10)]), vec![Some("Sibi".to_string())]);
    // "as a reporter said in Nairobi": where the report was made, not the attack.
    let spec = "Gunmen/2/nsubj attacked/0/root a/4/det convoy/2/obj as/8/mark a/7/det reporter/8/nsubj \
                said/2/advcl in/10/case Nairobi/8/obl ./2/punct";
    assert_eq!(located(spec, &[(9, 10)]), vec![None]);
}

#[test]
fn an_act_is_placed_where_its_purpose_clause_says() {
    let ev = tagged_events(
        "Police/2/nsubj opened/0/root fire/2/obj to/5/mark disperse/2/advcl protesters/5/obj in/8/case \
         Nairobi/5/obl ./2/punct",
        &[(7, 8)],
    );
    let fire = ev.iter().find(|e| e.action.text.contains("fire")).expect("fire");
    assert_eq!(fire.location.as_ref().and_then(|l| l.name.as_deref()), Some("Nairobi"), "{ev:?}");
}

#[test]
fn a_known_place_attacked_locates_the_attack_whatever_its_tag() {
    // The model tags no place here (as when it takes a capital for an organisation).
    let ev = doc_events(&["Rebels/2/nsubj attacked/0/root Kabul/2/obj on/5/case Monday/2/obl ./2/punct"], "2024-02-13");
    assert_eq!(place_of(&ev, "attacked"), Some("Kabul"));
}

#[test]
fn a_visit_happens_where_it_goes_a_state_too() {
    let visit = "The/2/det senator/3/nsubj visited/0/root Iraq/3/obj on/6/case Sunday/3/obl ./3/punct";
    let ev = doc_events(&[visit], "2024-02-13");
    assert_eq!(place_of(&ev, "visited"), Some("Iraq"));
    let visit = "Russian/2/amod officials/3/nsubj began/0/root a/5/det visit/3/obj to/7/case Iraq/5/nmod \
                 on/9/case Sunday/3/obl ./3/punct";
    let ev = doc_events(&[visit], "2024-02-13");
    let e = ev.iter().find(|e| e.action.cameo == "042").unwrap_or_else(|| panic!("no visit in {ev:?}"));
    assert_eq!(e.location.as_ref().and_then(|l| l.name.as_deref()), Some("Iraq"));
}

#[test]
fn a_where_clause_happens_at_the_place_it_follows() {
    // "Protests spread to the town of Karabi, where police arrested dozens of students": the
    // parser hangs the where-clause on "spread"; "to" alone does not locate anything.
    let spec = "Protests/2/nsubj spread/0/root to/5/case the/5/det town/2/obl of/7/case Karabi/5/nmod ,/11/punct \
                where/11/advmod police/11/nsubj arrested/2/advcl dozens/11/obj of/14/case students/12/nmod ./2/punct";
    let ev = tagged_events(spec, &[(6, 7)]);
    assert_eq!(place_of(&ev, "arrested"), Some("Karabi"));
}

#[test]
fn a_place_gone_into_is_finer_than_the_state_of_the_sentence() {
    // "In Yemen, four civilians were killed when rebels entered the port city of Hodeidah": the
    // city entered, not the state the sentence opens with (GUIDELINES §12.7: most specific place).
    let spec = "In/2/case Yemen/7/obl ,/2/punct four/5/nummod civilians/7/nsubj:pass were/7/aux:pass killed/0/root \
                when/10/advmod rebels/10/nsubj entered/7/advcl the/13/det port/13/compound city/10/obj of/15/case \
                Hodeidah/13/nmod ./7/punct";
    // The killing and the rebels' taking of the city (192) both.
    assert_eq!(located(spec, &[(1, 2), (14, 15)]), vec![Some("Hodeidah".to_string()); 2]);
}

#[test]
fn a_finer_scene_in_another_state_does_not_replace_the_state() {
    // "Russian drones struck Ukraine as Ukrainian troops entered Kursk": Kursk is in Russia.
    let at = |name: &str| casus_core::Location { text: name.into(), name: Some(name.into()), ..Default::default() };
    let finer = |own: &str, scene: &str| crate::events::slots::places::finer(at(own), Some(&at(scene))).name;
    assert_eq!(finer("Ukraine", "Kursk").as_deref(), Some("Ukraine"));
    assert_eq!(finer("Yemen", "Hodeidah").as_deref(), Some("Hodeidah"));
    // a scene the gazetteer does not place keeps its own name
    assert_eq!(finer("Ukraine", "Sudzhanka").as_deref(), Some("Sudzhanka"));
}

#[test]
fn an_indirect_question_with_where_is_not_at_the_place_before_it() {
    // "The governor told reporters in Kabul where gunmen killed two soldiers": where the killing
    // happened is what he told, not Kabul.
    let spec = "The/2/det governor/3/nsubj told/0/root reporters/3/obj in/6/case Kabul/4/nmod where/9/advmod \
                gunmen/9/nsubj killed/3/ccomp two/11/nummod soldiers/9/obj ./3/punct";
    let ev = tagged_events(spec, &[(5, 6)]);
    assert_ne!(place_of(&ev, "killed"), Some("Kabul"));
}

#[test]
fn a_place_phrase_goes_only_as_deep_as_phrases_that_locate() {
    // "at a checkpoint in Kandahar": the name is deeper down, in a phrase of place.
    let fired = "Troops/2/nsubj fired/0/root at/5/case a/5/det checkpoint/2/obl in/7/case Kandahar/5/nmod ./2/punct";
    assert_eq!(located(fired, &[(6, 7)]), vec![Some("Kandahar".to_string())]);
    // "on exports to Mexico": where the exports go, not where the tariffs were imposed.
    let imposed = "The/2/det president/3/nsubj imposed/0/root tariffs/3/obj on/6/case exports/3/obl to/8/case Mexico/6/nmod ./3/punct";
    assert_eq!(located(imposed, &[(7, 8)]), vec![None]);
}

#[test]
fn a_town_before_an_attack_noun_is_where_not_who() {
    // "The Kabul bombing killed 12 people": Kabul places the bombing; it is no actor (the capital
    // stands for its government only as a party of its own, "Kabul said").
    let bombing = "The/3/det Kabul/3/compound bombing/4/nsubj killed/0/root 12/6/nummod people/4/obj ./4/punct";
    let ev = tagged_events(bombing, &[(1, 2)]);
    let e = ev.iter().find(|e| e.action.text == "bombing").unwrap_or_else(|| panic!("{ev:#?}"));
    assert_eq!(e.actor, None, "{ev:#?}");
    assert_eq!(e.location.as_ref().and_then(|l| l.name.as_deref()), Some("Kabul"), "{ev:#?}");
    // "condemned the Kabul bombing": the condemnation is aimed at no government.
    let condemned = "Kenya/2/nsubj condemned/0/root the/5/det Kabul/5/compound bombing/2/obj ./2/punct";
    let ev = tagged_events(condemned, &[(3, 4)]);
    assert!(ev.iter().all(|e| e.target.as_ref().and_then(|t| t.country.as_deref()) != Some("AFG")), "{ev:#?}");
}

#[test]
fn a_capital_before_fire_from_afar_is_the_state_firing() {
    // "Two civilians were killed by Kyiv shelling": Kyiv fired; it is not where they died.
    let shelling = "Two/2/nummod civilians/4/nsubj:pass were/4/aux:pass killed/0/root by/7/case Kyiv/7/compound \
                    shelling/4/obl ./4/punct";
    let ev = tagged_events(shelling, &[(5, 6)]);
    let e = ev.iter().find(|e| e.action.text.contains("shelling")).unwrap_or_else(|| panic!("{ev:#?}"));
    assert_eq!(e.actor.as_ref().and_then(|a| a.country.as_deref()), Some("UKR"), "{ev:#?}");
    assert_ne!(e.location.as_ref().and_then(|l| l.name.as_deref()), Some("Kyiv"), "{ev:#?}");
}

#[test]
fn an_adjective_beside_a_place_in_a_title_case_headline_is_not_its_name() {
    // "Investigations Continue into Jakarta Terrorist Bombings": the place is Jakarta.
    let headline = "Investigations/2/nsubj Continue/0/root into/6/case Jakarta/6/compound Terrorist/6/amod \
                    Bombings/2/obl";
    let ev = tagged_events(headline, &[(3, 4)]);
    assert_eq!(place_of(&ev, "Bombings"), Some("Jakarta"), "{ev:#?}");
}

#[test]
fn a_conjoined_clause_with_its_own_subject_is_set_at_its_own_place() {
    // "Rebels fought on Tuesday in Kidal, and a mortar shell killed four civilians in the old market
    // district of Gao": Kidal is nearer the shell, but in the other clause.
    let fought = "Rebels/2/nsubj fought/0/root on/4/case Tuesday/2/obl in/6/case Kidal/2/obl ,/12/punct \
                  and/12/cc a/11/det mortar/11/compound shell/12/nsubj killed/2/conj four/14/nummod \
                  civilians/12/obj in/19/case the/19/det old/19/amod market/19/compound district/12/obl \
                  of/21/case Gao/19/nmod ./2/punct";
    let ev = placed_story(&[(fought, &[(5, 6), (20, 21)])]);
    let places: Vec<_> =
        ev.iter().map(|e| (e.action.text.as_str(), e.location.as_ref().and_then(|l| l.name.as_deref()))).collect();
    assert!(places.contains(&("fought", Some("Kidal"))), "{places:?}");
    assert!(places.contains(&("mortar shell", Some("Gao"))), "{places:?}");
    // A clause that names no place of its own is set at its partner's.
    let killed = "Police/2/nsubj fired/0/root in/4/case Bamako/2/obl ,/10/punct and/10/cc six/8/nummod \
                  people/10/nsubj:pass were/10/aux:pass killed/2/conj ./2/punct";
    let ev = placed_story(&[(killed, &[(3, 4)])]);
    assert!(ev.iter().all(|e| e.location.as_ref().and_then(|l| l.name.as_deref()) == Some("Bamako")), "{ev:#?}");
}
