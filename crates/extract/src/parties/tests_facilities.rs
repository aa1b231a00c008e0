//! Things a force acts on take their users' role (GUIDELINES §12.9); a state named on them is whose
//! they are, not its government acting.
use super::normalize;
use super::tests::{n, t};

fn key(span: &str) -> (Option<String>, Option<String>) {
    normalize(span).map_or((None, None), |p| (p.country, p.role))
}

fn k(iso: &str, role: &str) -> (Option<String>, Option<String>) {
    let o = |s: &str| (s != "-").then(|| s.to_string());
    (o(iso), o(role))
}

#[test]
fn places_of_worship_study_and_travel_are_civilian() {
    let cases = [
        ("a passenger ferry", k("-", "CVL")),
        ("a forestry college in Kaduna state", k("-", "CVL")),
        ("the university", k("-", "CVL")),
        ("a Hindu temple", k("-", "CVL")),
        ("a refugee camp", k("-", "CVL")),
        ("a building", k("-", "CVL")),
        ("two Chinese engineers", k("CHN", "CVL")),
        // a building of a state body, and engineers of an army, are the body's
        ("a government building", k("-", "GOV")),
        ("army engineers", k("-", "MIL")),
        ("the police building", k("-", "COP")),
    ];
    for (span, want) in cases {
        assert_eq!(key(span), want, "{span}");
    }
}

#[test]
fn warships_airfields_and_depots_are_the_forces() {
    let cases = [
        ("an American destroyer", k("USA", "MIL")),
        ("a Russian airfield", k("RUS", "MIL")),
        ("an ammunition depot", k("-", "MIL")),
        ("Israeli armored vehicles", k("ISR", "MIL")),
    ];
    for (span, want) in cases {
        assert_eq!(key(span), want, "{span}");
    }
}

#[test]
fn carers_aid_and_broadcasters_have_their_own_role() {
    let cases = [
        ("an American nurse", k("USA", "HLH")),
        ("a British aid worker", k("GBR", "NGO")),
        ("a humanitarian convoy", k("-", "NGO")),
        ("Turkish television", k("TUR", "MED")),
        ("the country's human rights ombudsman", k("-", "GOV")),
        // a body's media wing speaks for the body
        ("the military's media wing", k("-", "MIL")),
    ];
    for (span, want) in cases {
        assert_eq!(key(span), want, "{span}");
    }
}

#[test]
fn where_a_plain_person_works_gives_no_role() {
    assert_eq!(key("a professor at a university in Tokyo"), k("JPN", "-"));
    assert_eq!(key("an expert on refugees").1, None);
    assert_eq!(key("a professor at the military academy").1.as_deref(), Some("MIL"));
}

#[test]
fn a_facility_takes_the_role_of_its_users_not_its_state() {
    // GUIDELINES §12.9: a base or barracks is the army's, civilian infrastructure is private people's;
    // a state named on a facility says whose it is, not that its government is struck.
    let cases = [
        ("two Georgian air bases", t("Georgia", "GEO", "MIL")),
        ("a Russian airbase in Syria", t("Russia", "RUS", "MIL")),
        ("U.S. military bases", t("United States", "USA", "MIL")),
        ("the Nigerian army barracks", t("Nigeria", "NGA", "MIL")),
        ("an Iraqi oil pipeline", t("Iraq", "IRQ", "CVL")),
        ("a Greek oil tanker", t("Greece", "GRC", "CVL")),
        ("an Italian oil vessel", t("Italy", "ITA", "CVL")),
        ("Ukrainian power stations", t("Ukraine", "UKR", "CVL")),
        ("a Lebanese bridge", t("Lebanon", "LBN", "CVL")),
    ];
    for (span, want) in cases {
        assert_eq!(n(span), want, "{span}");
    }
}

#[test]
fn a_facility_word_does_not_outweigh_who_holds_it_or_a_force() {
    let cases = [
        // An armed group's base is the group's (a strong role beats a facility).
        ("an al-Shabab base", t("al-Shabab", "SOM", "REB")),
        ("militant bases in Pakistan", t("Pakistan", "PAK", "REB")),
        // War gear and a state's organs keep their own roles.
        ("Russian warships", t("Russia", "RUS", "MIL")),
        ("the Iraqi oil ministry", t("Iraq", "IRQ", "GOV")),
    ];
    for (span, want) in cases {
        assert_eq!(n(span), want, "{span}");
    }
    // A bare ship or vessel may be a navy's: no civilian role from the noun alone.
    for span in ["a Russian ship", "an Iranian vessel"] {
        assert_ne!(n(span).2.as_deref(), Some("CVL"), "{span}");
    }
    // A bare base may be an army's, a group's or "a base of operations": it names no one.
    for span in ["the base", "bases"] {
        assert_eq!(n(span), t("-", "-", "-"), "{span}");
    }
}
