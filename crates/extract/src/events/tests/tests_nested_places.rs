//! A town inside a borrowed province or country (`document::nesting`): an unplaced part of an
//! incident takes the most specific place the story gives that incident, not the province the
//! lead names; round-ups and background incidents keep the wider place.
use crate::events::testing::placed_story;
use casus_core::Event;

/// The places of the events whose sentence starts with `start`.
fn places_in(ev: &[Event], start: &str) -> Vec<Option<String>> {
    let of_sentence: Vec<&Event> = ev.iter().filter(|e| e.evidence.sentence.starts_with(start)).collect();
    assert!(!of_sentence.is_empty(), "no event in {start:?}: {ev:?}");
    of_sentence.iter().map(|e| e.location.as_ref().and_then(|l| l.name.clone())).collect()
}

/// "Gunmen attacked a train in Helmand province on Monday."
const IN_HELMAND: (&str, &[(usize, usize)]) = (
    "Gunmen/2/nsubj attacked/0/root a/4/det train/2/obj in/7/case Helmand/7/compound province/2/obl \
     on/9/case Monday/2/obl ./2/punct",
    &[(5, 6)],
);

/// "Troops have fought the gunmen near Gereshk since Monday night.": the incident's town, dated by a
/// span of days from it.
const NEAR_GERESHK: (&str, &[(usize, usize)]) = (
    "Troops/3/nsubj have/3/aux fought/0/root the/5/det gunmen/3/obj near/7/case Gereshk/3/obl \
     since/9/case Monday/3/obl night/9/nmod:tmod ./3/punct",
    &[(6, 7)],
);

/// "Four soldiers were wounded in the attack.": a toll with no place of its own.
const WOUNDED: (&str, &[(usize, usize)]) = (
    "Four/2/nummod soldiers/4/nsubj:pass were/4/aux:pass wounded/0/root in/7/case the/7/det attack/4/obl ./4/punct",
    &[],
);

fn some(place: &str) -> Option<String> {
    Some(place.to_string())
}

#[test]
fn a_toll_takes_the_town_the_story_gives_its_incident() {
    let ev = placed_story(&[IN_HELMAND, NEAR_GERESHK, WOUNDED]);
    assert!(places_in(&ev, "Four").iter().all(|p| *p == some("Gereshk")), "{:?}", places_in(&ev, "Four"));
    // The sentence that names the province itself keeps it.
    assert!(places_in(&ev, "Gunmen").iter().all(|p| *p == some("Helmand")), "{:?}", places_in(&ev, "Gunmen"));
}

#[test]
fn a_toll_told_before_the_town_keeps_the_province() {
    // The nearest phrase placing the incident is the lead's (GUIDELINES §7).
    let ev = placed_story(&[IN_HELMAND, WOUNDED, NEAR_GERESHK]);
    assert!(places_in(&ev, "Four").iter().all(|p| *p == some("Helmand")), "{:?}", places_in(&ev, "Four"));
}

#[test]
fn a_round_up_of_towns_keeps_the_province() {
    // "Police have clashed with militants in Lashkar Gah since Monday.": a second town of the day.
    let lashkar_gah = (
        "Police/4/nsubj have/4/aux clashed/0/root with/5/case militants/3/obl in/8/case Lashkar/8/compound \
         Gah/3/obl since/10/case Monday/3/obl ./3/punct",
        &[(6, 8)][..],
    );
    let ev = placed_story(&[IN_HELMAND, NEAR_GERESHK, lashkar_gah, WOUNDED]);
    assert!(places_in(&ev, "Four").iter().all(|p| *p == some("Helmand")), "{:?}", places_in(&ev, "Four"));
}

#[test]
fn a_town_of_the_background_is_not_the_incidents() {
    // "Earlier this month, a bomb killed soldiers in Gereshk.": another incident, of a month.
    let earlier = (
        "Earlier/3/advmod this/3/det month/7/obl:tmod ,/7/punct a/6/det bomb/7/nsubj killed/0/root \
         soldiers/7/obj in/10/case Gereshk/7/obl ./7/punct",
        &[(9, 10)][..],
    );
    let ev = placed_story(&[IN_HELMAND, earlier, WOUNDED]);
    assert!(places_in(&ev, "Four").iter().all(|p| *p == some("Helmand")), "{:?}", places_in(&ev, "Four"));
}

#[test]
fn a_headline_takes_the_town_the_body_gives_its_incident() {
    // "Gunmen Ambush Train" / the lead in the province / "The attack took place near Gereshk on Monday."
    let headline = ("Gunmen/2/nsubj Ambush/0/root Train/2/obj", &[][..]);
    let near_gereshk = (
        "The/2/det attack/3/nsubj took/0/root place/3/obj near/6/case Gereshk/3/obl on/8/case Monday/3/obl ./3/punct",
        &[(5, 6)][..],
    );
    let ev = placed_story(&[headline, IN_HELMAND, near_gereshk]);
    assert!(
        places_in(&ev, "Gunmen Ambush").iter().all(|p| *p == some("Gereshk")),
        "{:?}",
        places_in(&ev, "Gunmen Ambush")
    );
}
