//! Places the parse hangs away from the event they set: a when-clause the parser hangs on the
//! reporting verb, whose scene is the reported clause; a direction word beside its of-phrase; a
//! relative clause on the event noun ("the clash, which took place in Dungu"); a town's quarter
//! named inside a wider place phrase (the most specific place, GUIDELINES §12.7).

/// The events of a one-sentence document whose `places` (label, first, end) token spans are tagged.
fn tagged(spec: &str, places: &[(&str, usize, usize)]) -> Vec<casus_core::Event> {
    let mut doc = crate::events::testing::parsed(spec);
    doc.published = chrono::NaiveDate::from_ymd_opt(2024, 2, 13);
    doc.sentences[0].entities =
        places.iter().map(|&(label, a, b)| crate::events::testing::entity(label, a..b)).collect();
    crate::events::extract(&doc)
}

fn place_of<'a>(ev: &'a [casus_core::Event], action: &str) -> Option<&'a str> {
    let e = ev.iter().find(|e| e.action.text.contains(action)).unwrap_or_else(|| panic!("no {action:?} in {ev:#?}"));
    e.location.as_ref().and_then(|l| l.name.as_deref())
}

#[test]
fn a_when_clause_hung_on_the_reporting_verb_is_set_in_the_reported_scene() {
    // "Police said the guards were driving near Kano, when gunmen attacked their convoy."
    let convoy = "Police/2/nsubj said/0/root the/4/det guards/6/nsubj were/6/aux driving/2/ccomp near/8/case \
                  Kano/6/obl ,/12/punct when/12/advmod gunmen/12/nsubj attacked/2/advcl their/14/nmod:poss \
                  convoy/12/obj ./2/punct";
    let ev = tagged(convoy, &[("GPE", 7, 8)]);
    assert_eq!(place_of(&ev, "attacked"), Some("Kano"), "{ev:#?}");
    // "Witnesses say the villagers were gathering in Dara as soldiers fired on the crowd."
    let crowd = "Witnesses/2/nsubj say/0/root the/4/det villagers/6/nsubj were/6/aux gathering/2/ccomp in/8/case \
                 Dara/6/obl as/11/mark soldiers/11/nsubj fired/2/advcl on/14/case the/14/det crowd/11/obl ./2/punct";
    let ev = tagged(crowd, &[("GPE", 7, 8)]);
    assert_eq!(place_of(&ev, "fired"), Some("Dara"), "{ev:#?}");
}

#[test]
fn a_direction_word_beside_its_of_phrase_names_the_place_measured_from() {
    // "The guards were driving on a road southwest of the town of Kasindi when rebels ambushed
    // their convoy": the scene of the clause the when-clause modifies.
    let road = "The/2/det guards/4/nsubj were/4/aux driving/0/root on/7/case a/7/det road/4/obl southwest/7/advmod \
                of/11/case the/11/det town/7/nmod of/13/case Kasindi/11/nmod when/16/advmod rebels/16/nsubj \
                ambushed/4/advcl their/18/nmod:poss convoy/16/obj ./4/punct";
    let ev = tagged(road, &[("GPE", 12, 13)]);
    assert_eq!(place_of(&ev, "ambushed"), Some("Kasindi"), "{ev:#?}");
}

#[test]
fn a_relative_clause_on_the_event_noun_places_it() {
    // "Two soldiers were wounded in the clash, which took place in Dungu."
    let clash = "Two/2/nummod soldiers/4/nsubj:pass were/4/aux:pass wounded/0/root in/7/case the/7/det clash/4/obl \
                 ,/10/punct which/10/nsubj took/7/acl:relcl place/10/obj in/13/case Dungu/10/obl ./4/punct";
    let ev = tagged(clash, &[("GPE", 12, 13)]);
    assert_eq!(place_of(&ev, "clash"), Some("Dungu"), "{ev:#?}");
    // "Three guards were killed in the ambush, which occurred near Afgoye."
    let ambush = "Three/2/nummod guards/4/nsubj:pass were/4/aux:pass killed/0/root in/7/case the/7/det ambush/4/obl \
                  ,/10/punct which/10/nsubj occurred/7/acl:relcl near/12/case Afgoye/10/obl ./4/punct";
    let ev = tagged(ambush, &[("GPE", 11, 12)]);
    assert_eq!(place_of(&ev, "ambush"), Some("Afgoye"), "{ev:#?}");
}

#[test]
fn a_quarter_named_inside_a_wider_place_phrase_is_the_place() {
    // "Gunmen killed five people in a busy district in the Zayouna neighborhood of eastern Baghdad."
    let district = "Gunmen/2/nsubj killed/0/root five/4/nummod people/2/obj in/8/case a/8/det busy/8/amod \
                    district/2/obl in/12/case the/12/det Zayouna/12/compound neighborhood/8/nmod of/15/case \
                    eastern/15/amod Baghdad/12/nmod ./2/punct";
    let ev = tagged(district, &[("LOC", 10, 11), ("GPE", 14, 15)]);
    assert_eq!(place_of(&ev, "killed"), Some("Zayouna"), "{ev:#?}");
}
