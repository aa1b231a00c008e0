//! A place inside the phrase of what an act falls on (`slots::site_places`: "bombed Beirut's
//! airport", "seized the airport of Goma"), a capital named by its state ("stormed the Chadian
//! capital"), a direction word heading its of-phrase ("a raid north of Baquba"), and the scene a bare
//! participle or a with-clause shares with its clause.

/// The events of a one-sentence document whose `places` (first, end) token spans are tagged GPE.
fn tagged(spec: &str, places: &[(usize, usize)]) -> Vec<casus_core::Event> {
    let mut doc = crate::events::testing::parsed(spec);
    doc.published = chrono::NaiveDate::from_ymd_opt(2024, 2, 13);
    doc.sentences[0].entities =
        places.iter().map(|&(a, b)| casus_core::Entity { label: "GPE".into(), tokens: a..b, score: 1.0 }).collect();
    crate::events::extract(&doc)
}

fn place_of<'a>(ev: &'a [casus_core::Event], action: &str) -> Option<&'a str> {
    let e = ev.iter().find(|e| e.action.text == action).unwrap_or_else(|| panic!("no {action:?} in {ev:#?}"));
    e.location.as_ref().and_then(|l| l.name.as_deref())
}

#[test]
fn a_site_struck_is_placed_at_the_town_that_holds_it() {
    let owner = "Israel/2/nsubj bombed/0/root Beirut/6/nmod:poss 's/3/case international/6/amod airport/2/obj \
                 on/8/case Thursday/2/obl ./2/punct";
    let ev = tagged(owner, &[(0, 1), (2, 3)]);
    assert_eq!(place_of(&ev, "bombed"), Some("Beirut"), "{ev:#?}");
    let of = "Rebels/2/nsubj seized/0/root the/4/det airport/2/obj of/6/case Goma/4/nmod ./2/punct";
    assert_eq!(place_of(&tagged(of, &[(5, 6)]), "seized"), Some("Goma"));
    let named = "Fighters/2/nsubj attacked/0/root the/6/det Merowe/6/compound air/6/compound base/2/obj ./2/punct";
    assert_eq!(place_of(&tagged(named, &[(3, 4)]), "attacked"), Some("Merowe"));
}

#[test]
fn a_capital_named_by_its_state_is_where_a_force_struck() {
    let stormed = "Rebels/2/nsubj stormed/0/root the/5/det Chadian/5/compound capital/2/obj on/7/case \
                   Saturday/2/obl ./2/punct";
    let ev = tagged(stormed, &[]);
    assert_eq!(place_of(&ev, "stormed"), Some("N'Djamena"), "{ev:#?}");
    assert!(ev.iter().all(|e| e.target.is_none()), "{ev:#?}");
}

#[test]
fn a_bare_participle_shares_the_scene_of_its_clause() {
    // "Fighting between rebels and troops raged in Khartoum", the noun parsed as a participle clause.
    let raged = "Fighting/6/advcl between/3/case rebels/1/obl and/5/cc troops/3/conj raged/0/root in/8/case \
                 Khartoum/6/obl on/10/case Monday/6/obl ,/14/punct with/14/mark warplanes/14/nsubj \
                 bombing/6/advcl bases/14/obj ./6/punct";
    let ev = tagged(raged, &[(7, 8)]);
    assert_eq!(place_of(&ev, "Fighting"), Some("Khartoum"), "{ev:#?}");
    assert_eq!(place_of(&ev, "bombing"), Some("Khartoum"), "{ev:#?}");
}

#[test]
fn an_incident_nothing_else_places_is_where_its_actors_belong() {
    let rioted = "Angry/2/amod residents/5/nsubj of/4/case Lira/2/nmod rioted/0/root on/7/case Sunday/5/obl ./5/punct";
    assert_eq!(place_of(&tagged(rioted, &[(3, 4)]), "rioted"), Some("Lira"));
    // A state says whose the party is, not where it acted.
    let army = "Sudan/3/nmod:poss 's/1/case army/4/nsubj shelled/0/root positions/4/obj ./4/punct";
    assert_eq!(place_of(&tagged(army, &[(0, 1)]), "shelled"), None);
}

#[test]
fn a_direction_word_heading_its_of_phrase_names_the_place() {
    // "killed five insurgents in a raid north of Baquba", "north" parsed as the raid's modifier.
    let raid = "Troops/2/nsubj killed/0/root five/4/nummod insurgents/2/obj in/7/case a/7/det raid/2/obl \
                north/7/advmod of/10/case Baquba/8/nmod ./2/punct";
    let ev = tagged(raid, &[(9, 10)]);
    assert_eq!(place_of(&ev, "raid"), Some("Baquba"), "{ev:#?}");
}

#[test]
fn a_capital_named_by_its_states_possessive_is_the_capital_not_the_state() {
    let headline = "Airstrikes/2/nsubj Hit/0/root Yemen/5/nmod:poss 's/3/case Capital/2/obj";
    let ev = tagged(headline, &[(2, 5)]);
    assert!(
        !ev.is_empty() && ev.iter().all(|e| e.location.as_ref().and_then(|l| l.name.as_deref()) == Some("Sanaa")),
        "{ev:#?}"
    );
}

#[test]
fn a_distance_from_a_town_says_where_another_place_lies() {
    let saw = "Baidoa/9/nsubj ,/4/punct 300/4/nummod kilometers/9/obl:unmarked north/4/advmod of/7/case \
               Mogadishu/5/obl ,/4/punct saw/0/root heavy/11/amod fighting/9/obj ./9/punct";
    let ev = tagged(saw, &[(0, 1), (6, 7)]);
    assert_ne!(place_of(&ev, "fighting"), Some("Mogadishu"), "{ev:#?}");
    // The measure parsed below the direction word: "300 kilometers" under "north".
    let below = "Baidoa/9/nsubj ,/5/punct 300/4/nummod kilometers/5/obl:unmarked north/1/advmod of/7/case \
                 Mogadishu/5/obl ,/5/punct saw/0/root heavy/11/amod fighting/9/obj ./9/punct";
    let ev = tagged(below, &[(0, 1), (6, 7)]);
    assert_ne!(place_of(&ev, "fighting"), Some("Mogadishu"), "{ev:#?}");
}
