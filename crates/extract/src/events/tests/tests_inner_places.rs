//! Places inside a noun phrase or an apposition (GUIDELINES §7, §12.7): a way through a town's
//! quarters, the outskirts a place is "on", a site named by where it stands, an untagged
//! appositive name, a province named before, a generic word tagged with a name.
use crate::events::testing::placed_story;
use casus_core::Event;

/// The place of the event whose trigger is `action`.
fn place<'a>(ev: &'a [Event], action: &str) -> Option<&'a str> {
    let e = ev.iter().find(|e| e.action.text == action).unwrap_or_else(|| panic!("no {action:?} in {ev:?}"));
    e.location.as_ref().and_then(|l| l.name.as_deref())
}

#[test]
fn a_way_through_the_quarters_of_a_town_is_in_the_town() {
    // "Mobs torched homes in a rampage through neighborhoods of Osh on Sunday."
    let spec = "Mobs/2/nsubj torched/0/root homes/2/obj in/6/case a/6/det rampage/2/obl through/8/case \
                neighborhoods/6/nmod of/10/case Osh/8/nmod on/12/case Sunday/2/obl ./2/punct";
    assert_eq!(place(&placed_story(&[(spec, &[(9, 10)])]), "torched"), Some("Osh"));
}

#[test]
fn a_nationality_before_a_quarter_is_its_people_not_its_state() {
    use crate::events::sides::home::stated_country;
    assert_eq!(stated_country("through Uzbek neighborhoods of Osh"), None);
    assert_eq!(stated_country("in the Pakistani town of Parachinar").as_deref(), Some("PAK"));
}

#[test]
fn a_bomb_on_the_outskirts_of_a_city_is_in_the_city() {
    // "A bomb ripped through a bus station on the outskirts of Abuja, killing 75 people."
    let spec = "A/2/det bomb/3/nsubj ripped/0/root through/7/case a/7/det bus/7/compound station/3/obl \
                on/10/case the/10/det outskirts/3/obl of/12/case Abuja/10/nmod ,/14/punct killing/3/advcl \
                75/16/nummod people/14/obj ./3/punct";
    assert_eq!(place(&placed_story(&[(spec, &[(11, 12)])]), "bomb"), Some("Abuja"));
}

#[test]
fn a_military_site_is_where_its_place_name_says_but_a_hotel_has_its_own_name() {
    // "Helicopters attacked positions at the Tiwintza outpost on Tuesday."
    let outpost = "Helicopters/2/nsubj attacked/0/root positions/2/obj at/7/case the/7/det Tiwintza/7/compound \
                   outpost/2/obl on/9/case Tuesday/2/obl ./2/punct";
    assert_eq!(place(&placed_story(&[(outpost, &[(5, 6)])]), "attacked"), Some("Tiwintza"));
    // "Gunmen attacked guests at the Marriott hotel on Tuesday.": a facility is no place name.
    let hotel = "Gunmen/2/nsubj attacked/0/root guests/2/obj at/7/case the/7/det Marriott/7/compound \
                 hotel/2/obl on/9/case Tuesday/2/obl ./2/punct";
    assert_eq!(place(&placed_story(&[(hotel, &[(5, 6)])]), "attacked"), None);
}

#[test]
fn an_untagged_appositive_names_the_city_seized() {
    // "Rebels seized Haiti's second-largest city, Cap-Haitien, on Sunday."
    let spec = "Rebels/2/nsubj seized/0/root Haiti/6/nmod:poss 's/3/case second-largest/6/amod city/2/obj \
                ,/8/punct Cap-Haitien/6/appos ,/8/punct on/11/case Sunday/2/obl ./2/punct";
    assert_eq!(place(&placed_story(&[(spec, &[(2, 3)])]), "seized"), Some("Cap-Haitien"));
}

#[test]
fn the_province_is_the_province_named_before_not_a_town_in_it() {
    // "Troops fought rebels across Aceh province on Wednesday."
    let fought = "Troops/2/nsubj fought/0/root rebels/2/obj across/6/case Aceh/6/compound province/2/obl \
                  on/8/case Wednesday/2/obl ./2/punct";
    // "Rebels killed eight soldiers near the town of Bireuen on Wednesday."
    let killed = "Rebels/2/nsubj killed/0/root eight/4/nummod soldiers/2/obj near/7/case the/7/det town/2/obl \
                  of/9/case Bireuen/7/nmod on/11/case Wednesday/2/obl ./2/punct";
    // "The president imposed martial law on the province on Sunday."
    let imposed = "The/2/det president/3/nsubj imposed/0/root martial/5/amod law/3/obj on/8/case the/8/det \
                   province/3/obl on/10/case Sunday/3/obl ./3/punct";
    let ev = placed_story(&[(fought, &[(4, 5)]), (killed, &[(8, 9)]), (imposed, &[])]);
    assert_eq!(place(&ev, "killed"), Some("Bireuen"));
    assert_eq!(place(&ev, "imposed"), Some("Aceh"));
}

#[test]
fn a_generic_word_tagged_with_a_name_is_no_part_of_it() {
    // "Rebels seized hostages from a resort on Palawan island last month."
    let spec = "Rebels/2/nsubj seized/0/root hostages/2/obj from/6/case a/6/det resort/2/obl on/9/case \
                Palawan/9/compound island/6/nmod last/11/amod month/2/obl:unmarked ./2/punct";
    assert_eq!(place(&placed_story(&[(spec, &[(7, 9)])]), "seized"), Some("Palawan"));
}

#[test]
fn a_name_tagged_a_person_after_in_is_an_unknown_town() {
    // "Militiamen stabbed villagers in Mazraat al-Qubeir on Wednesday.", the name tagged a person.
    let spec = "Militiamen/2/nsubj stabbed/0/root villagers/2/obj in/5/case Mazraat/3/nmod al-Qubeir/5/flat \
                on/8/case Wednesday/2/obl ./2/punct";
    let mut doc = crate::events::testing::parsed(spec);
    doc.published = chrono::NaiveDate::from_ymd_opt(2024, 2, 13);
    doc.sentences[0].entities = vec![casus_core::Entity { label: "PER".into(), tokens: 4..6, score: 1.0 }];
    assert_eq!(place(&crate::events::extract(&doc), "stabbed"), Some("Mazraat al-Qubeir"));
}

#[test]
fn the_place_fought_over_is_where_the_fighting_is() {
    // "Troops battled militants for control of Marawi on Tuesday."
    let marawi = "Troops/2/nsubj battled/0/root militants/2/obj for/5/case control/2/obl of/7/case \
                  Marawi/5/nmod on/9/case Tuesday/2/obl ./2/punct";
    assert_eq!(place(&placed_story(&[(marawi, &[(6, 7)])]), "battled"), Some("Marawi"));
    // "... for control of the capital's Bakara market ...", in a story set in Somalia: Mogadishu.
    let set = "Fighting/2/nsubj raged/0/root in/4/case Somalia/2/obl on/6/case Monday/2/obl ./2/punct";
    let market = "Troops/2/nsubj battled/0/root militants/2/obj for/5/case control/2/obl of/11/case the/8/det \
                  capital/11/nmod:poss 's/8/case Bakara/11/compound market/5/nmod on/13/case Monday/2/obl ./2/punct";
    let ev = placed_story(&[(set, &[(3, 4)]), (market, &[])]);
    assert_eq!(place(&ev, "battled"), Some("Mogadishu"));
}

#[test]
fn a_place_in_the_target_phrase_whose_preposition_hangs_on_its_generic_noun() {
    // "Warplanes bombed rebel positions in the capital Sanaa on Thursday, residents said.": the parser
    // hangs "in" on "capital", a compound of the name.
    let spec = "Warplanes/2/nsubj bombed/13/ccomp rebel/4/amod positions/2/obj in/7/case the/7/det \
                capital/8/compound Sanaa/4/nmod on/10/case Thursday/2/obl ,/13/punct residents/13/nsubj \
                said/0/root ./13/punct";
    assert_eq!(place(&placed_story(&[(spec, &[(7, 8)])]), "bombed"), Some("Sanaa"));
    // "Troops shelled houses in the border town Kobani.": the same on a town.
    let town = "Troops/2/nsubj shelled/0/root houses/2/obj in/7/case the/7/det border/7/compound \
                town/8/compound Kobani/3/nmod ./2/punct";
    assert_eq!(place(&placed_story(&[(town, &[(7, 8)])]), "shelled"), Some("Kobani"));
}
