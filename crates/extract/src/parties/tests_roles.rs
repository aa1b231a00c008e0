//! Role words read in context: a ruling word inside another body's name, rights centres, the
//! state's supporters, and role words in a place phrase.
use super::tests::{n, t};

#[test]
fn a_ruling_word_inside_another_body_s_name_makes_no_ruling_party() {
    assert_eq!(n("a spokesman for one separatist group, the Ambazonia Governing Council").2.as_deref(), Some("SEP"));
    assert_eq!(n("the rebels' Revolutionary Governing Council").2.as_deref(), Some("REB"));
    assert_eq!(n("the ruling Sandinista National Liberation Front").2.as_deref(), Some("GOV"));
}

#[test]
fn rights_centers_are_ngos_and_pro_government_groups_a_militia() {
    assert_eq!(
        n("The Nicaraguan Center for Human Rights"),
        (Some("Nicaragua".into()), Some("NIC".into()), Some("NGO".into()))
    );
    assert_eq!(n("the Kenyan Human Rights Network").2.as_deref(), Some("NGO"));
    assert_eq!(
        n("The Inter-American Commission on Human Rights"),
        t("Inter-American Commission on Human Rights", "-", "IGO")
    );
    assert_eq!(n("pro-government groups").2.as_deref(), Some("UAF"));
    assert_eq!(n("regime-backed gangs").2.as_deref(), Some("CRM"));
}

#[test]
fn a_role_word_in_a_place_phrase_says_where_not_who() {
    assert_eq!(n("police near the attorney general's office").2.as_deref(), Some("COP"));
    assert_eq!(n("gunmen in police uniforms").2.as_deref(), Some("UAF"));
    assert_eq!(n("soldiers at a police checkpoint").2.as_deref(), Some("MIL"));
    assert_eq!(n("residents near the army base").2.as_deref(), Some("CVL"));
}

#[test]
fn role_words_match_their_regular_plurals() {
    // Listed in the singular only: the plural rule of the gazetteer finds the plural.
    assert_eq!(n("Western envoys").2.as_deref(), Some("GOV"));
    assert_eq!(n("Kenyan mayors"), (Some("Kenya".into()), Some("KEN".into()), Some("GOV".into())));
    assert_eq!(n("the district administrators of Gulu").2.as_deref(), Some("GOV"));
    assert_eq!(n("two senior Nigerian colonels").2.as_deref(), Some("MIL"));
    assert_eq!(n("rights ombudsmen").2.as_deref(), Some("GOV"));
    // "guard" alone is a state guard, and its plural too; "border guards" keeps its own line.
    assert_eq!(n("guards").2.as_deref(), Some("MIL"));
    assert_eq!(n("armed guards at the palace").2.as_deref(), Some("MIL"));
    // Plain descriptions of people stay roleless in the plural.
    assert_eq!(n("two visiting fellows").2, None);
}

#[test]
fn the_plural_rule_spells_english_plurals() {
    use super::gazetteer::plural;
    let p = |w: &str| plural(w);
    assert_eq!(p("envoy").as_deref(), Some("envoys"));
    assert_eq!(p("deputy").as_deref(), Some("deputies"));
    assert_eq!(p("ombudsman").as_deref(), Some("ombudsmen"));
    assert_eq!(p("witness").as_deref(), Some("witnesses"));
    assert_eq!(p("guard").as_deref(), Some("guards"));
    assert_eq!(p("troops"), None);
    assert_eq!(p("spokespeople"), None);
    assert_eq!(p("b-52"), None);
}

#[test]
fn words_for_a_state_in_the_plural_name_no_one_state() {
    assert_eq!(n("governments"), (None, None, None));
    assert_eq!(n("other member states"), (None, None, None));
    assert_eq!(n("successive regimes").2, None);
}

#[test]
fn offices_in_the_plural_are_premises_not_a_voice() {
    // "killed 12 people at the offices of a weekly", "raided the offices of an aid group": no government.
    assert_ne!(n("the offices of a satirical weekly").2.as_deref(), Some("GOV"));
    assert_ne!(n("the offices of a French aid group").2.as_deref(), Some("GOV"));
    // The singular still speaks for a government.
    assert_eq!(n("the governor's office").2.as_deref(), Some("GOV"));
}
