//! The most specific place of an event's sentence (GUIDELINES §7, §12.7): a town before the
//! province or region that frames it, names the parse gives with no tag ("the village of
//! Serzhen-Yurt", "the Mbau forest"), a stretch between two towns, and "the capital" of the state
//! of the place the story names.
use crate::events::testing::placed_story;
use casus_core::Event;

/// The place of the event whose trigger is `action`.
fn place<'a>(ev: &'a [Event], action: &str) -> Option<&'a str> {
    let e = ev.iter().find(|e| e.action.text == action).unwrap_or_else(|| panic!("no {action:?} in {ev:?}"));
    e.location.as_ref().and_then(|l| l.name.as_deref())
}

#[test]
fn a_village_beats_the_region_fronted_before_it() {
    // "In the Kharkiv region, troops killed a woman in the village of Kupiansk on Tuesday."
    let spec = "In/4/case the/4/det Kharkiv/4/compound region/7/obl ,/4/punct troops/7/nsubj killed/0/root \
                a/9/det woman/7/obj in/12/case the/12/det village/7/obl of/14/case Kupiansk/12/nmod \
                on/16/case Tuesday/7/obl ./7/punct";
    let ev = placed_story(&[(spec, &[(2, 3), (13, 14)])]);
    assert_eq!(place(&ev, "killed"), Some("Kupiansk"));
}

#[test]
fn a_town_beats_the_province_it_is_said_to_lie_in() {
    // "Militants stormed a police station in Peshawar, in the Khyber province, on Monday."
    let spec = "Militants/2/nsubj stormed/0/root a/5/det police/5/compound station/2/obj in/7/case \
                Peshawar/5/nmod ,/12/punct in/12/case the/12/det Khyber/12/compound province/2/obl \
                on/14/case Monday/2/obl ./2/punct";
    let ev = placed_story(&[(spec, &[(6, 7), (10, 11)])]);
    assert_eq!(place(&ev, "stormed"), Some("Peshawar"));
}

#[test]
fn an_untagged_name_of_a_village_is_its_place() {
    // "Rebels ambushed a column near the village of Serzhen-Yurt in southeastern Chechnya on Tuesday."
    let spec = "Rebels/2/nsubj ambushed/0/root a/4/det column/2/obj near/7/case the/7/det village/4/nmod \
                of/9/case Serzhen-Yurt/7/nmod in/12/case southeastern/12/amod Chechnya/7/nmod \
                on/14/case Tuesday/2/obl ./2/punct";
    let ev = placed_story(&[(spec, &[(11, 12)])]);
    assert_eq!(place(&ev, "ambushed"), Some("Serzhen-Yurt"));
}

#[test]
fn a_capitalized_compound_names_a_forest_but_a_party_names_no_camp() {
    // "Soldiers killed 13 insurgents in a clash near the Mbau forest on Thursday."
    let forest = "Soldiers/2/nsubj killed/0/root 13/4/nummod insurgents/2/obj near/8/case the/8/det \
                  Mbau/8/compound forest/2/obl on/10/case Thursday/2/obl ./2/punct";
    assert_eq!(place(&placed_story(&[(forest, &[])]), "killed"), Some("Mbau"));
    // "Soldiers killed 13 insurgents in a Taliban camp on Thursday.": the camp of a party.
    let camp = "Soldiers/2/nsubj killed/0/root 13/4/nummod insurgents/2/obj in/8/case a/8/det \
                Taliban/8/compound camp/2/obl on/10/case Thursday/2/obl ./2/punct";
    assert_eq!(place(&placed_story(&[(camp, &[])]), "killed"), None);
}

#[test]
fn a_stretch_between_two_towns_is_at_the_first() {
    // "Jihadists ambushed a convoy between Gao and Menaka on Monday."
    let spec = "Jihadists/2/nsubj ambushed/0/root a/4/det convoy/2/obj between/6/case Gao/2/obl \
                and/8/cc Menaka/6/conj on/10/case Monday/2/obl ./2/punct";
    assert_eq!(place(&placed_story(&[(spec, &[(5, 6), (7, 8)])]), "ambushed"), Some("Gao"));
    // "Fighting between Armenia and Azerbaijan": the two sides, not a place.
    let sides = "Troops/2/nsubj clashed/0/root between/4/case Armenia/2/obl and/6/cc Azerbaijan/4/conj \
                 on/8/case Monday/2/obl ./2/punct";
    assert_eq!(place(&placed_story(&[(sides, &[(3, 4), (5, 6)])]), "clashed"), None);
}

#[test]
fn a_fronted_province_sets_the_scene_of_a_reported_bombing() {
    // "In Helmand province, a bomb killed four officers, officials said."
    let spec = "In/3/case Helmand/3/compound province/12/obl ,/3/punct a/6/det bomb/7/nsubj killed/12/ccomp \
                four/9/nummod officers/7/obj ,/12/punct officials/12/nsubj said/0/root ./12/punct";
    assert_eq!(place(&placed_story(&[(spec, &[(1, 2)])]), "bomb"), Some("Helmand"));
}

/// "A bomber killed eight people in Islamabad on Tuesday."
const IN_ISLAMABAD: (&str, &[(usize, usize)]) = (
    "A/2/det bomber/3/nsubj killed/0/root eight/5/nummod people/3/obj in/7/case Islamabad/3/obl \
     on/9/case Tuesday/3/obl ./3/punct",
    &[(6, 7)],
);

#[test]
fn an_event_timed_by_an_as_clause_is_not_set_at_its_scene() {
    // "The attack came as the army pressed an offensive in Waziristan."
    let came = "The/2/det attack/3/nsubj came/0/root as/7/mark the/6/det army/7/nsubj pressed/3/advcl \
                an/9/det offensive/7/obj in/11/case Waziristan/7/obl ./3/punct";
    let ev = placed_story(&[IN_ISLAMABAD, (came, &[(10, 11)])]);
    assert_eq!(place(&ev, "attack"), Some("Islamabad"));
}

#[test]
fn the_capital_is_that_of_the_state_of_the_place_before() {
    // "Gunmen attacked police stations in Mosul on Tuesday. Insurgents kidnapped three men in the capital."
    let mosul = "Gunmen/2/nsubj attacked/0/root police/4/compound stations/2/obj in/6/case Mosul/2/obl \
                 on/8/case Tuesday/2/obl ./2/punct";
    let capital = "Insurgents/2/nsubj kidnapped/0/root three/4/nummod men/2/obj in/7/case the/7/det \
                   capital/2/obl on/9/case Tuesday/2/obl ./2/punct";
    let ev = placed_story(&[(mosul, &[(5, 6)]), (capital, &[])]);
    assert_eq!(place(&ev, "kidnapped"), Some("Baghdad"));
    // "Gunmen attacked a hotel in the Somali capital on Tuesday.": the state its adjective names.
    let somali = "Gunmen/2/nsubj attacked/0/root a/4/det hotel/2/obj in/8/case the/8/det Somali/8/amod \
                  capital/2/obl on/10/case Tuesday/2/obl ./2/punct";
    assert_eq!(place(&placed_story(&[(somali, &[])]), "attacked"), Some("Mogadishu"));
}

#[test]
fn the_capital_after_an_unknown_village_is_that_of_the_storys_state() {
    // "Rwandan troops attacked rebels in Kabgayi on Tuesday. Rebels shelled a hotel in the capital."
    let kabgayi = "Rwandan/2/amod troops/3/nsubj attacked/0/root rebels/3/obj in/6/case Kabgayi/3/obl \
                   on/8/case Tuesday/3/obl ./3/punct";
    let capital = "Rebels/2/nsubj shelled/0/root a/4/det hotel/2/obj in/7/case the/7/det capital/2/obl \
                   on/9/case Tuesday/2/obl ./2/punct";
    let ev = placed_story(&[(kabgayi, &[(0, 1), (5, 6)]), (capital, &[])]);
    assert_eq!(place(&ev, "shelled"), Some("Kigali"));
}

#[test]
fn a_known_name_after_a_particle_ends_a_longer_name() {
    // "Militants seized the port of Mocimboa da Praia on Wednesday.": not Praia, Cape Verde's capital.
    let spec = "Militants/2/nsubj seized/0/root the/4/det port/2/obj of/6/case Mocimboa/4/nmod da/6/flat \
                Praia/6/flat on/10/case Wednesday/2/obl ./2/punct";
    let ev = placed_story(&[(spec, &[(5, 8)])]);
    assert_eq!(place(&ev, "seized"), Some("Mocimboa da Praia"));
    // "Troops retook Praia on Wednesday.": the capital alone is still the capital.
    let alone = "Troops/2/nsubj retook/0/root Praia/2/obj on/5/case Wednesday/2/obl ./2/punct";
    assert_eq!(place(&placed_story(&[(alone, &[(2, 3)])]), "retook"), Some("Praia"));
}

#[test]
fn a_longer_name_the_geographic_gazetteer_knows_beats_the_known_name_inside_it() {
    // "Airstrikes killed four fighters in the Lower Juba region.": Somalia's region, not South
    // Sudan's capital.
    let spec = "Airstrikes/2/nsubj killed/0/root four/4/nummod fighters/2/obj in/9/case the/9/det \
                Lower/8/compound Juba/9/compound region/2/obl ./2/punct";
    let ev = placed_story(&[(spec, &[(6, 8)])]);
    assert_eq!(place(&ev, "Airstrikes"), Some("Lower Juba"));
}

#[test]
fn a_title_case_headline_s_event_word_is_no_part_of_the_place_name() {
    // "Kashmir Clashes Leave 30 Dead": the place is Kashmir.
    let spec = "Kashmir/2/compound Clashes/3/nsubj Leave/0/root 30/5/nummod Dead/3/obj";
    let ev = placed_story(&[(spec, &[(0, 1)])]);
    assert_eq!(place(&ev, "Clashes"), Some("Kashmir"));
}
