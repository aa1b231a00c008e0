//! The codes the dictionaries carry: CAMEO event codes of verbs and patterns ([`EventCode`]), actor
//! codes ([`ActorCode`], "AFGGOV", "IGOUNOKID", "SOMREB") and agent codes ([`AgentCode`], "~COP").
//!
//! CAMEO actor codes are strings of 3-character parts: an optional country (ISO 3166-1 alpha-3 in
//! the main, with a few CAMEO spellings of their own), then sectors and roles. The country is
//! taken only when the first part names a state; "IGO", "NGO", "MNC", regions ("WEU") and religions
//! ("MOS") leave it empty.
use std::fmt;

/// A CAMEO event code as verb dictionaries write it: "112", "0344", "---" (null: no event),
/// "042:043" (a paired event: the source does 042, the target 043 in return), ":173" (only the
/// target's event, the source being acted upon).
#[derive(Debug, Clone, PartialEq, Eq, Hash, Default)]
pub struct EventCode {
    /// The event of the source on the target; `None` for the null code.
    pub forward: Option<String>,
    /// The event of the target on the source, from the part after ':'.
    pub reverse: Option<String>,
}

impl EventCode {
    /// Parses the text inside `[...]`; `None` when it is not a code.
    pub fn parse(text: &str) -> Option<EventCode> {
        let text = text.trim();
        match text.split_once(':') {
            None => Some(EventCode { forward: event_part(text)?, reverse: None }),
            Some((f, r)) if f.is_empty() && r.is_empty() => None,
            Some((f, r)) => {
                let forward = if f.is_empty() { None } else { event_part(f)? };
                let reverse = if r.is_empty() { None } else { event_part(r)? };
                Some(EventCode { forward, reverse })
            }
        }
    }

    /// No event either way.
    pub fn is_null(&self) -> bool {
        self.forward.is_none() && self.reverse.is_none()
    }
}

/// `Some(None)` for the null code "---", `Some(Some(code))` for 2 to 4 digits.
fn event_part(text: &str) -> Option<Option<String>> {
    if text == "---" {
        return Some(None);
    }
    let ok = (2..=4).contains(&text.len()) && text.bytes().all(|b| b.is_ascii_digit());
    ok.then(|| Some(text.to_string()))
}

impl fmt::Display for EventCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let forward = self.forward.as_deref().unwrap_or("---");
        match &self.reverse {
            None => f.write_str(forward),
            Some(r) if self.forward.is_none() => write!(f, ":{r}"),
            Some(r) => write!(f, "{forward}:{r}"),
        }
    }
}

/// A CAMEO actor code split into its country and the parts after it.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct ActorCode {
    /// As written, upper case: "AFGGOVMIL".
    pub code: String,
    /// ISO 3166-1 alpha-3 of the state the first part names (CAMEO's own spellings mapped:
    /// KSV → XKX, TMP → TLS, USR → SUN, ...); `None` for international, regional, religious codes.
    pub country: Option<String>,
    /// The 3-character parts after the country (all of them when there is none): ["GOV", "MIL"].
    /// A last part may be shorter when the code's length is not a multiple of 3.
    pub parts: Vec<String>,
}

impl ActorCode {
    /// Parses an actor code: letters, digits and '-' ("---" as a part means "no country"), at
    /// least one letter or digit. `None` otherwise.
    pub fn parse(text: &str) -> Option<ActorCode> {
        let code = text.trim().to_uppercase();
        let valid = code.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-')
            && code.bytes().any(|b| b.is_ascii_alphanumeric());
        if !valid {
            return None;
        }
        let mut parts: Vec<String> =
            code.as_bytes().chunks(3).map(|c| String::from_utf8_lossy(c).into_owned()).collect();
        let country = country_iso3(&parts[0]).map(str::to_string);
        if country.is_some() || parts[0] == "---" {
            parts.remove(0);
        }
        Some(ActorCode { code, country, parts })
    }

    /// The CAMEO role: the first part that is a role code ("GOV", "REB", "IGO", ...), if any.
    pub fn role(&self) -> Option<&str> {
        self.parts.iter().map(String::as_str).find(|p| is_role(p))
    }
}

/// Where an agent's code goes relative to the actor's: "~GOV" after it (the usual case), "IGO~"
/// before it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Placement {
    AfterActor,
    BeforeActor,
}

/// An agent code: "~COP", "~GOVMED", "IGO~".
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct AgentCode {
    /// Without the '~': "GOVMED".
    pub code: String,
    pub placement: Placement,
    /// The 3-character parts: ["GOV", "MED"].
    pub parts: Vec<String>,
}

impl AgentCode {
    /// Parses "~CODE" or "CODE~"; `None` otherwise.
    pub fn parse(text: &str) -> Option<AgentCode> {
        let text = text.trim();
        let (code, placement) = match (text.strip_prefix('~'), text.strip_suffix('~')) {
            (Some(c), None) => (c, Placement::AfterActor),
            (None, Some(c)) => (c, Placement::BeforeActor),
            _ => return None,
        };
        if code.is_empty() || !code.bytes().all(|b| b.is_ascii_alphanumeric()) {
            return None;
        }
        let code = code.to_uppercase();
        let parts = code.as_bytes().chunks(3).map(|c| String::from_utf8_lossy(c).into_owned()).collect();
        Some(AgentCode { code, placement, parts })
    }

    /// The CAMEO role: the first part that is a role code ("~GOVMED" → GOV, "~MUSRAD" → RAD).
    pub fn role(&self) -> Option<&str> {
        self.parts.iter().map(String::as_str).find(|p| is_role(p))
    }
}

/// CAMEO role codes: the domestic roles, the international actor types and REL (religious).
/// Religions (MOS, CHR, ...), sectors of bodies (UNO, KID) and regions are not roles.
pub const ROLES: &[&str] = &[
    "AGR", "BUS", "COP", "CRM", "CVL", "DEV", "EDU", "ELI", "ENV", "GOV", "HLH", "HRI", "IGO", "IMG", "INS", "JUD",
    "LAB", "LEG", "MED", "MIL", "MNC", "MOD", "NGM", "NGO", "OPP", "PTY", "RAD", "REB", "REF", "REL", "SEP", "SPY",
    "UAF", "UIS",
];

/// Whether `part` is one of [`ROLES`].
pub fn is_role(part: &str) -> bool {
    ROLES.contains(&part)
}

/// ISO 3166-1 alpha-3.
const ISO3: &str = "ABW AFG AGO AIA ALA ALB AND ARE ARG ARM ASM ATA ATF ATG AUS AUT AZE BDI BEL BEN BES BFA BGD \
BGR BHR BHS BIH BLM BLR BLZ BMU BOL BRA BRB BRN BTN BVT BWA CAF CAN CCK CHE CHL CHN CIV CMR COD COG COK COL COM CPV \
CRI CUB CUW CXR CYM CYP CZE DEU DJI DMA DNK DOM DZA ECU EGY ERI ESH ESP EST ETH FIN FJI FLK FRA FRO FSM GAB GBR GEO \
GGY GHA GIB GIN GLP GMB GNB GNQ GRC GRD GRL GTM GUF GUM GUY HKG HMD HND HRV HTI HUN IDN IMN IND IOT IRL IRN IRQ ISL \
ISR ITA JAM JEY JOR JPN KAZ KEN KGZ KHM KIR KNA KOR KWT LAO LBN LBR LBY LCA LIE LKA LSO LTU LUX LVA MAC MAF MAR MCO \
MDA MDG MDV MEX MHL MKD MLI MLT MMR MNE MNG MNP MOZ MRT MSR MTQ MUS MWI MYS MYT NAM NCL NER NFK NGA NIC NIU NLD NOR \
NPL NRU NZL OMN PAK PAN PCN PER PHL PLW PNG POL PRI PRK PRT PRY PSE PYF QAT REU ROU RUS RWA SAU SDN SEN SGP SGS SHN \
SJM SLB SLE SLV SMR SOM SPM SRB SSD STP SUR SVK SVN SWE SWZ SXM SYC SYR TCA TCD TGO THA TJK TKL TKM TLS TON TTO TUN \
TUR TUV TWN TZA UGA UKR UMI URY USA UZB VAT VCT VEN VGB VIR VNM VUT WLF WSM YEM ZAF ZMB ZWE";

/// States that CAMEO codes otherwise: its own spellings → the code casus uses (XKX for Kosovo, as
/// crates/extract/data/countries.tsv), and former states → their ISO 3166-3 code.
const CAMEO_STATES: &[(&str, &str)] = &[
    ("KSV", "XKX"),
    ("XKX", "XKX"),
    ("TMP", "TLS"),
    ("ANG", "AGO"),
    ("ROM", "ROU"),
    ("ZAR", "COD"),
    ("USR", "SUN"),
    ("SUN", "SUN"),
    ("FRY", "YUG"),
    ("YUG", "YUG"),
    ("SCG", "SCG"),
    ("CSK", "CSK"),
    ("DDR", "DDR"),
];

/// Whether `code` is an ISO 3166-1 alpha-3 country code.
pub fn is_iso3(code: &str) -> bool {
    ISO3.split(' ').any(|c| c == code)
}

/// The ISO3 code of a state from the first part of an actor code, `None` when it names none.
pub fn country_iso3(part: &str) -> Option<&'static str> {
    if let Some((_, iso)) = CAMEO_STATES.iter().find(|(c, _)| *c == part) {
        return Some(iso);
    }
    ISO3.split(' ').find(|c| *c == part)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ev(f: Option<&str>, r: Option<&str>) -> EventCode {
        EventCode { forward: f.map(str::to_string), reverse: r.map(str::to_string) }
    }

    #[test]
    fn event_codes() {
        assert_eq!(EventCode::parse("112"), Some(ev(Some("112"), None)));
        assert_eq!(EventCode::parse(" 0344 "), Some(ev(Some("0344"), None)));
        assert_eq!(EventCode::parse("---"), Some(ev(None, None)));
        assert_eq!(EventCode::parse("042:043"), Some(ev(Some("042"), Some("043"))));
        assert_eq!(EventCode::parse(":173"), Some(ev(None, Some("173"))));
        assert_eq!(EventCode::parse("---:110"), Some(ev(None, Some("110"))));
        for bad in ["080!", "", "1", "12345", "AB", ":", "1:2:3"] {
            assert_eq!(EventCode::parse(bad), None, "{bad}");
        }
        for text in ["112", "---", "042:043", ":173"] {
            assert_eq!(EventCode::parse(text).unwrap().to_string(), text);
        }
    }

    #[test]
    fn actor_codes_split_into_country_and_parts() {
        let c = ActorCode::parse("SOMREB").unwrap();
        assert_eq!(
            (c.country.as_deref(), c.parts.clone(), c.role()),
            (Some("SOM"), vec!["REB".to_string()], Some("REB"))
        );
        let c = ActorCode::parse("IGOUNOKID").unwrap();
        assert_eq!((c.country.as_deref(), c.role()), (None, Some("IGO")));
        assert_eq!(ActorCode::parse("KSVGOV").unwrap().country.as_deref(), Some("XKX"));
        assert_eq!(ActorCode::parse("AFG").unwrap().role(), None);
        assert_eq!(ActorCode::parse("MOS").unwrap().role(), None);
        assert_eq!(ActorCode::parse("---REB").unwrap().parts, ["REB"]);
        assert_eq!(ActorCode::parse("NGOEEURENV").unwrap().parts, ["NGO", "EEU", "REN", "V"]);
        assert_eq!(ActorCode::parse("IMGMUSALQ").unwrap().role(), Some("IMG"));
        assert!(ActorCode::parse("AB C").is_none() && ActorCode::parse("---").is_none());
    }

    #[test]
    fn agent_codes() {
        let c = AgentCode::parse("~GOVMED").unwrap();
        assert_eq!((c.code.as_str(), c.placement, c.role()), ("GOVMED", Placement::AfterActor, Some("GOV")));
        let c = AgentCode::parse("IGO~").unwrap();
        assert_eq!((c.placement, c.role()), (Placement::BeforeActor, Some("IGO")));
        assert_eq!(AgentCode::parse("~MUSRAD").unwrap().role(), Some("RAD"));
        for bad in ["GOV", "~", "~ENV}", "~GOV~", "~G V"] {
            assert_eq!(AgentCode::parse(bad), None, "{bad}");
        }
    }
}
