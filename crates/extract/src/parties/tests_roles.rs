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
