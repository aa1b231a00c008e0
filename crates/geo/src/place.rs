//! What a look-up returns.
use serde::{Deserialize, Serialize};

/// Which kind of place a gazetteer entry is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Kind {
    Country,
    /// A first-level division: province, state, region, governorate ("Helmand", "North Kivu").
    Admin1,
    /// A named area that is no first-level division ("Nagorno-Karabakh", "Niger Delta", "Swat").
    Region,
    /// A populated place: city, town or village.
    City,
    /// The border of two countries ("Armenia–Azerbaijan border"): a line, so it has no point.
    Border,
}

impl Kind {
    /// The kind named in a data file (`country`, `admin1`, `region`, `city`, `border`).
    pub fn parse(s: &str) -> Option<Kind> {
        match s.trim() {
            "country" => Some(Kind::Country),
            "admin1" => Some(Kind::Admin1),
            "region" => Some(Kind::Region),
            "city" => Some(Kind::City),
            "border" => Some(Kind::Border),
            _ => None,
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Country => "country",
            Kind::Admin1 => "admin1",
            Kind::Region => "region",
            Kind::City => "city",
            Kind::Border => "border",
        }
    }
}

/// A place found in the gazetteer.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Place {
    /// The gazetteer's name ("Quetta", "Nord Kivu", "Armenia–Azerbaijan border").
    pub name: String,
    /// ISO 3166-1 alpha-3; for a border, the side the document is most about.
    pub country: String,
    /// The other side of a border; null for every other kind.
    pub border_with: Option<String>,
    /// The first-level division the place lies in (itself for an admin1); null for countries,
    /// borders, regions spanning several divisions and towns GeoNames gives none.
    pub admin1: Option<String>,
    /// A point inside the place (a country's capital, an admin1's largest town); null for a border.
    pub lat: Option<f64>,
    pub lon: Option<f64>,
    pub kind: Kind,
    /// People living there (for an admin1 or region, in its towns); used to settle ambiguity.
    pub population: u64,
}
