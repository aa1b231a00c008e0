//! Taking places (CAMEO 192) in the words news uses for it: an armed force entering a place.
use crate::events::testing::{codes, doc_events, party_texts};

#[test]
fn troops_entering_a_town_take_it_and_the_killing_keeps_its_toll() {
    let ev = doc_events(
        &["At/2/case least/3/nmod seven/4/nummod people/6/nsubj:pass were/6/aux:pass killed/0/root when/10/advmod \
           Somali/9/amod troops/10/nsubj entered/6/advcl the/12/det capital/10/obj ./6/punct"],
        "2025-03-12",
    );
    let got = party_texts(&ev);
    assert!(got.contains(&("192", Some("Somali troops"), None)), "{got:?}");
    let killing = ev.iter().find(|e| e.action.cameo == "190").expect("the killing keeps a record");
    assert_eq!(killing.casualties.killed.as_ref().and_then(|k| k.count), Some(7), "{ev:#?}");
    assert!(ev.iter().filter(|e| e.action.cameo == "192").all(|e| e.casualties.killed.is_none()), "{ev:#?}");
}

#[test]
fn rebels_who_entered_a_town_took_it() {
    let ev = doc_events(
        &["Rebels/6/nsubj who/3/nsubj entered/1/acl:relcl the/5/det town/3/obj looted/0/root shops/6/obj ./6/punct"],
        "2025-03-12",
    );
    assert!(party_texts(&ev).contains(&("192", Some("Rebels"), None)), "{:?}", party_texts(&ev));
}

#[test]
fn a_train_entering_a_tunnel_or_an_unnamed_they_takes_nothing() {
    let train = doc_events(&["The/2/det train/3/nsubj entered/0/root a/5/det tunnel/3/obj ./3/punct"], "2025-03-12");
    assert!(train.is_empty(), "{:?}", party_texts(&train));
    let they = doc_events(&["They/2/nsubj entered/0/root the/4/det neighborhood/2/obj ./2/punct"], "2025-03-12");
    assert!(they.iter().all(|e| e.action.cameo != "192"), "{:?}", party_texts(&they));
}

#[test]
fn forces_entering_talks_or_a_race_take_no_place() {
    let talks = "Ukrainian/2/amod forces/3/nsubj entered/0/root negotiations/3/obj with/7/case the/7/det rebels/4/nmod ./3/punct";
    let ev = doc_events(&[talks], "2024-05-09");
    assert!(ev.iter().all(|e| e.action.cameo != "192"), "{:?}", party_texts(&ev));
    assert!(ev.iter().any(|e| e.action.cameo == "046"), "{:?}", party_texts(&ev));
    let race =
        "Rebel/2/amod fighters/3/nsubj entered/0/root the/5/det race/3/obj for/7/case parliament/5/nmod ./3/punct";
    let ev = doc_events(&[race], "2024-05-09");
    assert!(ev.iter().all(|e| e.action.cameo != "192"), "{:?}", party_texts(&ev));
}

#[test]
fn rebels_taking_a_town_or_an_airport_take_it() {
    // PETRARCH's SEIZE block: "&MILITARY * [192]", "* &TOWN", "* AIRPORT".
    let town = codes("Rebels/2/nsubj took/0/root the/4/det town/2/obj on/6/case Sunday/2/obl ./2/punct");
    assert_eq!(town, ["192"]);
    let airport = codes("Islamist/2/amod fighters/3/nsubj took/0/root the/5/det airport/3/obj ./3/punct");
    assert_eq!(airport, ["192"]);
    // "took part of the capital" is a seizure; "took part in the operation" is none.
    let part = codes("Rebels/2/nsubj took/0/root part/2/obj of/6/case the/6/det capital/3/nmod ./2/punct");
    assert_eq!(part, ["192"]);
}

#[test]
fn a_taken_town_is_where_not_whom() {
    // "Rebels take Bangui": the capital taken is the place of the act, not the government acted on.
    let ev = doc_events(&["Rebels/2/nsubj took/0/root Bangui/2/obj ./2/punct"], "2013-03-24");
    assert_eq!(party_texts(&ev), [("192", Some("Rebels"), None)]);
    assert_eq!(ev[0].location.as_ref().and_then(|l| l.name.as_deref()), Some("Bangui"));
    // A site taken keeps its holder as the target ("took the presidential palace" acts on the government).
    let palace = doc_events(
        &["Troops/2/nsubj entered/0/root the/5/det presidential/5/amod palace/2/obj ./2/punct"],
        "2013-03-24",
    );
    assert!(palace.iter().any(|e| e.action.cameo == "192"), "{:?}", party_texts(&palace));
}

#[test]
fn a_taken_town_named_by_a_place_noun_is_where_not_whom() {
    // "Insurgents captured the port town of Mocimboa da Praia in northern Mozambique.": a town the
    // gazetteer lacks, tagged a location, is where they acted, not a party (Mozambique's) acted on.
    let mut doc = crate::events::testing::parsed(
        "Insurgents/2/nsubj captured/0/root the/5/det port/5/compound town/2/obj of/7/case Mocimboa/5/nmod \
         da/7/flat Praia/7/flat in/12/case northern/12/amod Mozambique/7/nmod ./2/punct",
    );
    doc.published = chrono::NaiveDate::from_ymd_opt(2020, 8, 13);
    let tag =
        |label: &str, tokens: std::ops::Range<usize>| casus_core::Entity { label: label.into(), tokens, score: 1.0 };
    doc.sentences[0].entities = vec![tag("LOC", 6..9), tag("GPE", 11..12)];
    let ev = crate::events::extract(&doc);
    let e = ev.iter().find(|e| e.action.cameo == "192").unwrap_or_else(|| panic!("no 192: {ev:?}"));
    assert!(e.target.is_none(), "{e:?}");
    assert_eq!(e.location.as_ref().and_then(|l| l.name.as_deref()), Some("Mocimboa da Praia"));
}

#[test]
fn taking_a_bus_office_or_part_in_an_operation_takes_no_place() {
    let bus = codes("Soldiers/2/nsubj took/0/root the/4/det bus/2/obj to/6/case Gao/2/obl ./2/punct");
    assert!(bus.iter().all(|c| c != "192"), "{bus:?}");
    let office = codes("The/2/det president/3/nsubj took/0/root office/3/obj in/6/case January/3/obl ./3/punct");
    assert!(office.is_empty(), "{office:?}");
    // No armed force named: "residents took the town's main road" is no seizure.
    let road = codes("Residents/2/nsubj took/0/root the/4/det town/2/obj ./2/punct");
    assert!(road.is_empty(), "{road:?}");
    let part = codes("Commandos/2/nsubj took/0/root part/2/obj in/6/case the/6/det operation/2/obl ./2/punct");
    assert!(part.iter().all(|c| c != "192"), "{part:?}");
}

#[test]
fn wresting_or_regaining_a_town_takes_it_regaining_consciousness_does_not() {
    let wrest = "The/2/det army/3/nsubj wrested/0/root the/5/det town/3/obj from/7/case rebels/3/obl ./3/punct";
    assert_eq!(codes(wrest), ["192"]);
    assert_eq!(codes("Government/2/compound troops/3/nsubj regained/0/root the/5/det city/3/obj ./3/punct"), ["192"]);
    assert!(codes("The/2/det soldier/3/nsubj regained/0/root consciousness/3/obj ./3/punct").is_empty());
}

#[test]
fn a_town_taken_by_rebels_in_the_passive_is_taken() {
    let ev = doc_events(
        &["Bangui/3/nsubj:pass was/3/aux:pass taken/0/root by/5/case rebels/3/obl on/7/case Sunday/3/obl ./3/punct"],
        "2013-03-24",
    );
    assert_eq!(party_texts(&ev), [("192", Some("rebels"), None)]);
    // People taken by rebels, or a town taken by no one named, are no seizure of a place.
    let people =
        codes("Two/2/nummod soldiers/4/nsubj:pass were/4/aux:pass taken/0/root by/6/case rebels/4/obl ./4/punct");
    assert!(people.iter().all(|c| c != "192"), "{people:?}");
    let nobody = codes("The/2/det town/4/nsubj:pass was/4/aux:pass taken/0/root on/6/case Sunday/4/obl ./4/punct");
    assert!(nobody.is_empty(), "{nobody:?}");
}

#[test]
fn a_town_attacked_is_where_a_country_attacked_is_whom() {
    // GUIDELINES 12.9: "shelled Jaffna" locates the shelling; a capital shelled is not its government.
    let ev = doc_events(&["Rebel/2/compound artillery/3/nsubj shelled/0/root Kharkiv/3/obj ./3/punct"], "2024-05-09");
    assert_eq!(party_texts(&ev), [("194", Some("Rebel artillery"), None)]);
    assert_eq!(ev[0].location.as_ref().and_then(|l| l.name.as_deref()), Some("Kharkiv"));
    let capital = doc_events(
        &["Warplanes/2/nsubj hit/0/root southern/4/amod Beirut/2/obj on/6/case Sunday/2/obl ./2/punct"],
        "2024-05-09",
    );
    assert!(!capital.is_empty() && capital.iter().all(|e| e.target.is_none()), "{:?}", party_texts(&capital));
    let noun = doc_events(&["a/3/det rebel/3/compound attack/0/root on/5/case Khartoum/3/nmod"], "2024-05-09");
    assert!(!noun.is_empty() && noun.iter().all(|e| e.target.is_none()), "{:?}", party_texts(&noun));
    // A country attacked stays the party attacked, and a hotel a target.
    let country =
        doc_events(&["Israeli/2/amod warplanes/3/nsubj pounded/0/root Lebanon/3/obj ./3/punct"], "2024-05-09");
    assert!(country.iter().any(|e| e.target.as_ref().is_some_and(|t| t.country.as_deref() == Some("LBN"))));
    let hotel = doc_events(&["Gunmen/2/nsubj attacked/0/root a/4/det hotel/2/obj ./2/punct"], "2024-05-09");
    assert_eq!(party_texts(&hotel), [("190", Some("Gunmen"), Some("a hotel"))]);
}

#[test]
fn taking_over_a_palace_takes_it() {
    // A palace or a town taken over is ground taken (192, PETRARCH TAKE * &TOWN).
    let palace = codes(
        "Rebels/3/nsubj have/3/aux taken/0/root over/3/compound:prt the/7/det presidential/7/amod \
         palace/3/obj ./3/punct",
    );
    assert_eq!(palace, ["192"]);
}
