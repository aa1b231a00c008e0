//! Party normalization: actor / target / source spans → canonical name, ISO3 country, CAMEO role;
//! and place lookup for the location slot. Data: `data/countries.tsv` (states: names, demonyms,
//! capitals and seats of government), `data/parties.tsv` (role words, people, international
//! bodies, armed groups, seats with their own role), `data/places.tsv` (regions, cities, villages).
//!
//! Matching is case-insensitive on word boundaries, accent-folded, possessives dropped; the
//! longest pattern wins at each position; short acronyms ("US", "IS", "UN", "CAR") must be upper case.
//!
//! How a span is resolved ([`normalize`]):
//! - identity: a known person, armed group, international body or seat ("the Pentagon") gives
//!   name, country and role, in that order of preference. People are named as themselves
//!   ("Dmitry Peskov", RUS, GOV) except officials of international bodies, named by the body
//!   ("UN Secretary-General Antonio Guterres" → United Nations, null, IGO), since `country` is null
//!   for them and `name` carries their identity.
//! - otherwise the country comes from the first country cue (name, demonym, capital), skipping
//!   cues after a locative preposition ("Russian peacekeepers in Azerbaijan" → RUS), cues that
//!   back someone else ("Russian-backed", "anti-Pakistan") and falling back to a place's country
//!   ("Karabakh separatists" → ARM, see places.tsv); name = the country's canonical name.
//! - role: the strongest role word, the rightmost on ties; strength: SEP REB UAF CRM OPP, then
//!   MIL COP SPY JUD LEG MED CVL REF IGO NGO, then GOV, then weak GOV words ("spokesman"):
//!   "Armenia's defense ministry" → GOV, "Azerbaijani armed forces" → MIL, "Armenian
//!   separatists of Nagorno-Karabakh" → AZE, SEP (insurgents take the country whose territory
//!   they operate in, as CAMEO does). A capital or seat alone is GOV ("Yerevan", "the Kremlin"),
//!   and so is a bare country name or demonym used as a party (corpus/GUIDELINES.md: the state
//!   acts through its government), see [`BARE_COUNTRY_ROLE`].
//! - `name` is `None` for spans with a role but no identity or country ("gunmen" → UAF); the
//!   whole result is `None` when nothing is recognized.
pub mod eras;
pub mod fronts;
mod gazetteer;
pub mod homonyms;
mod lookups;
mod names;
mod peoples;

pub use lookups::{
    capital_of, country_name, is_capital, is_country_name, is_demonym, is_location, is_plural_demonym, is_state_name,
    lookup_place, names_person_in_full, names_state, person, says_whom,
};
pub use peoples::{names_community, people, People};

use crate::events::words;
pub(crate) use gazetteer::groups_and_words;
use gazetteer::{gazetteer, tokenize, Hit, Kind, Tok};

/// The normalized identity of a party span.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PartyInfo {
    /// Canonical name: the person, the group or body, or the state; `None` for role-only spans.
    pub name: Option<String>,
    /// ISO 3166-1 alpha-3; `None` for international bodies and unknown states.
    pub country: Option<String>,
    /// CAMEO role code (GOV, MIL, REB, SEP, UAF, CVL, IGO, COP, ...).
    pub role: Option<String>,
}

/// A known place: canonical name and the state it lies in.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Place {
    pub name: String,
    pub country: Option<String>,
    /// Whether the name comes from the gazetteer (else from the span's capitalized words).
    pub known: bool,
}

/// The role of a span naming only a state ("Armenia", "Azerbaijani"): the state acts through its
/// government.
pub const BARE_COUNTRY_ROLE: Option<&str> = Some("GOV");

const LOCATIVE: &[&str] =
    &["in", "near", "at", "inside", "within", "across", "along", "into", "on", "around", "outside", "over"];
const BORDERS: &[&str] = &["border", "borders", "frontier", "boundary"];
const BACKING: &[&str] = &["backed", "supported", "sponsored", "funded", "allied", "aligned"];
/// "an al-Qaida-linked group", "Islamic State-affiliated fighters": a group tied to another, not it.
const AFFILIATION: &[&str] = &["linked", "affiliated", "inspired"];

/// Normalizes an actor, target or source span; `None` when it names nothing known.
pub fn normalize(span: &str) -> Option<PartyInfo> {
    let party = normalize_span(span)?;
    // "the Security Council" with no state in the span: the international body the gazetteer lists
    // under those words, not a government of whatever state the story named last ("Armenia's Security
    // Council" keeps the role word's reading).
    let bare = party.country.is_none() && party.name.is_none() && party.role.as_deref() == Some("GOV");
    if !bare {
        return Some(party);
    }
    let toks = tokenize(span);
    let words = toks.iter().position(|t| t.low != "the").map_or(&toks[..0], |k| &toks[k..]);
    match gazetteer().org_named(words) {
        Some(org) => Some(PartyInfo { name: org.name.clone(), country: org.country.clone(), role: org.role.clone() }),
        None => Some(party),
    }
}

fn normalize_span(span: &str) -> Option<PartyInfo> {
    let toks = tokenize(span);
    let g = gazetteer();
    let r = Reading { g, hits: cues(g, &toks), toks: &toks, backing: true };
    let party = r.party();
    // "Ethnic Kyrgyz", "ethnic Albanians" with no role word: a people named by descent are private
    // people of wherever they live (the story's place gives the state: GUIDELINES §12.3), not the
    // state of that name, which the fallback below would make them.
    let state = |h: &Hit| matches!(g.cues[h.cue].kind, Kind::CountryName | Kind::Demonym);
    let states = || r.hits.iter().filter(|h| state(h));
    if party.is_none() && states().next().is_some() && states().all(|h| r.ethnic(h)) {
        return Some(PartyInfo { name: None, country: None, role: Some("CVL".to_string()) });
    }
    // "Pro-government groups held a rally": when only the backed side names anyone, it names them;
    // people on the state's side who are not its organs are its militia (GUIDELINES 12.2: UAF).
    if party.is_none() && r.hits.iter().any(|h| r.skipped(h)) {
        let militia = r.state_backed();
        let backed = Reading { backing: false, ..r }.party();
        return backed.map(|p| if militia { PartyInfo { role: Some("UAF".to_string()), ..p } } else { p });
    }
    // "The al-Qaida-linked group", "an IS-affiliated network": a group of that kind but neither that
    // group nor of its state, when no role word of its own says more: the story's own armed group,
    // which the sentence stage finds by its role.
    let affiliate = r.hits.iter().any(|h| r.toks.get(h.end).is_some_and(|t| AFFILIATION.contains(&t.low.as_str())));
    if affiliate && r.role_hit().is_none() {
        return party.map(|p| PartyInfo { name: None, country: None, ..p });
    }
    party
}

/// The gazetteer cues of a span's words, less listed names that end an unlisted one (the West Papua
/// National Liberation Army is not Colombia's: [`names::unlisted_names`]), country names that are a
/// person's surname ("village chief Amadou Togo"), towns ending a longer name ("Mocimboa da Praia":
/// [`names::after_particle`]), birthplaces ("Jordanian-born militant", "a U.S.-born cleric":
/// where a person was born says nothing of the side they fight for or the state they serve),
/// makers (`maker_participles`: "Iranian-made drones"), languages (`language_participles`:
/// "Russian-speaking") and regions of states (`regional_prefixes`: "Inter-American", "Pan-African").
fn cues(g: &gazetteer::Gazetteer, toks: &[Tok]) -> Vec<Hit> {
    let hits = names::unlisted_names(g, toks, g.matches(toks));
    let surnames: Vec<bool> = hits.iter().map(|h| names::is_surname(g, toks, &hits, h)).collect();
    // "Iranian-made drones", "U.S.-trained commandos": the maker or trainer, not the party either.
    let made = |t: &Tok| t.low == "born" || words::get("maker_participles").contains(&t.low.as_str());
    let born = |h: &Hit| toks.get(h.end).is_some_and(made);
    // "Russian-speaking separatists" in Moldova, "the Inter-American Commission": a language or a
    // region of states, not a state.
    let listed = |t: Option<&Tok>, list: &str| t.is_some_and(|t| words::get(list).contains(&t.low.as_str()));
    let no_state = |h: &Hit| {
        listed(toks.get(h.end), "language_participles")
            || listed(h.start.checked_sub(1).and_then(|j| toks.get(j)), "regional_prefixes")
    };
    let ends_longer = |h: &Hit| names::after_particle(g, toks, h);
    let kept = |h: &Hit, s: bool| !s && !born(h) && !no_state(h) && !ends_longer(h);
    hits.into_iter().zip(surnames).filter(|(h, s)| kept(h, *s)).map(|(h, _)| h).collect()
}

/// A span's tokens and the gazetteer cues found in them.
struct Reading<'a> {
    g: &'a gazetteer::Gazetteer,
    toks: &'a [Tok],
    hits: Vec<Hit>,
    /// Whether "pro-X", "anti-X" and "X-backed" name another party than the span's own.
    backing: bool,
}

impl Reading<'_> {
    fn party(&self) -> Option<PartyInfo> {
        let role_hit = self.role_hit();
        let party = match self.identity(role_hit) {
            Some(id) => Some(self.identity_party(id, role_hit)),
            None => self.state_party(role_hit),
        };
        party.map(|p| match p.role.as_deref() {
            // "pro-government youth groups fired live ammunition": private people armed or sent by
            // the state are its militia too.
            Some("REB" | "CVL") if self.state_backed() => PartyInfo { role: Some("UAF".to_string()), ..p },
            // "the ruling National Liberation Front": a movement in power governs.
            Some("REB" | "SEP") if self.ruling() => PartyInfo { role: Some("GOV".to_string()), ..p },
            // "Bosnian Serb forces", "Iraqi Kurdish fighters": a community of the state, not its organs.
            r => match peoples::community_role(self.toks, &self.hits, r, role_hit.is_none()) {
                Some(role) => PartyInfo { role: Some(role), name: None, ..p },
                None => p,
            },
        })
    }

    fn cue(&self, h: &Hit) -> &gazetteer::Cue {
        &self.g.cues[h.cue]
    }

    /// "anti-Pakistan", "pro-Russian", "Russian-backed": the cue names someone the party opposes,
    /// supports or is backed by, not the party: "pro-Russian separatists" in Ukraine are not Russia's.
    fn skipped(&self, h: &Hit) -> bool {
        if !self.backing {
            return false;
        }
        let before = h.start.checked_sub(1).map(|j| self.toks[j].low.as_str());
        let after = self.toks.get(h.end).map(|t| t.low.as_str());
        // "ethnic Albanian rebels" in Kosovo are a people, not Albania: the state they live in.
        matches!(before, Some("anti" | "pro")) || self.ethnic(h) || after.is_some_and(|a| BACKING.contains(&a))
    }

    /// "ethnic Albanians", "Ethnic Kyrgyz": a demonym after "ethnic" names a people by descent.
    fn ethnic(&self, h: &Hit) -> bool {
        h.start.checked_sub(1).is_some_and(|j| self.toks[j].low == "ethnic")
    }

    /// "the ruling FMLN", "the governing party": the party in power. The ruling word comes before
    /// the movement's words; after them it is part of another body's name ("a separatist group, the
    /// Ambazonia Governing Council").
    fn ruling(&self) -> bool {
        let armed = |h: &Hit| matches!(self.cue(h).role.as_deref(), Some("REB" | "SEP"));
        let Some(first) = self.hits.iter().filter(|h| armed(h)).map(|h| h.start).min() else { return false };
        self.toks[..first].iter().any(|t| words::get("ruling_words").contains(&t.low.as_str()))
    }

    /// "pro-government armed groups", "regime-backed fighters": armed people on the state's side
    /// who are not its forces, the militias of UAF (GUIDELINES 12.2), whatever armed-group word
    /// names them.
    fn state_backed(&self) -> bool {
        self.hits.iter().any(|h| {
            let own = matches!(self.cue(h).kind, Kind::Role { tier: 1 }) && self.cue(h).role.as_deref() == Some("GOV");
            let before = h.start.checked_sub(1).map(|j| self.toks[j].low.as_str());
            own && self.skipped(h) && before != Some("anti")
        })
    }

    /// "the U.S.-based activist", "a lender based in Washington": the place is where the party sits,
    /// not whose it is.
    fn base(&self, h: &Hit) -> bool {
        let word = |j: usize, list: &str| self.toks.get(j).is_some_and(|t| words::get(list).contains(&t.low.as_str()));
        word(h.end, "base_participles")
            || (h.start >= 2 && self.toks[h.start - 1].low == "in" && word(h.start - 2, "base_participles"))
    }

    /// "a Turkish-owned ship", "Sudanese-run schools": the state is the owner's.
    fn owner(&self, h: &Hit) -> bool {
        self.toks.get(h.end).is_some_and(|t| words::get("owner_participles").contains(&t.low.as_str()))
    }

    /// "Russian peacekeepers in Azerbaijan": a cue after a locative word is where, not who.
    fn located(&self, h: &Hit) -> bool {
        (0..h.start).any(|j| LOCATIVE.contains(&self.toks[j].low.as_str()) && !self.counting(j))
    }

    /// "troops in an area close to the border with Kyrgyzstan": a state named where the party is, as
    /// the neighbour across a border, is the one state the place is not in.
    fn across(&self, h: &Hit) -> bool {
        let before = |k: usize| h.start.checked_sub(k).map(|j| self.toks[j].low.as_str());
        matches!(before(1), Some("with" | "of")) && before(2).is_some_and(|w| BORDERS.contains(&w)) && self.located(h)
    }

    /// "at least 20 members of the Shining Path", "over thirty Hezbollah fighters", "in dozens of
    /// villages": a count (its qualifier included, crate::numbers), not a place. Built only when a
    /// locative word comes before a hit: `normalize` runs for every party span.
    fn counting(&self, j: usize) -> bool {
        let words: Vec<casus_core::Token> = self.toks[j..]
            .iter()
            .map(|t| casus_core::Token { text: t.orig.clone(), start: t.start, end: t.end, bytes: t.start..t.end })
            .collect();
        (0..=1).any(|k| crate::numbers::parse_number(&words, k).is_some())
    }

    /// The strongest role word, the rightmost on ties; not one the party backs or opposes
    /// ("pro-government militias", "anti-government protesters"), unless it ends the span: "pro-government
    /// forces" are government forces.
    fn role_hit(&self) -> Option<&Hit> {
        let roles: Vec<(u8, &Hit)> = self
            .hits
            .iter()
            .filter(|h| !self.skipped(h) || h.end == self.toks.len())
            .filter_map(|h| match self.cue(h).kind {
                Kind::Role { tier } => Some((tier, h)),
                _ => None,
            })
            .collect();
        // "police near the attorney general's office", "gunmen in police uniforms": a role word after
        // a locative word says where the party is, not who it is, when a role word stands before it.
        let here: Vec<(u8, &Hit)> = roles.iter().copied().filter(|(_, h)| !self.located(h)).collect();
        let roles = if here.is_empty() { roles } else { here };
        let best = roles.iter().max_by_key(|(tier, h)| (*tier, h.start)).map(|&(_, h)| h)?;
        // "cartel gunmen", "rebel attackers": a word for armed people of no given side (UAF) yields
        // to an armed group's word before it, which gives their side (GUIDELINES §12.2).
        let sideless = self.cue(best).role.as_deref() == Some("UAF");
        let side =
            |h: &&Hit| h.start < best.start && matches!(self.cue(h).role.as_deref(), Some("CRM" | "REB" | "SEP"));
        Some(roles.iter().map(|&(_, h)| h).filter(|_| sideless).rfind(side).unwrap_or(best))
    }

    /// A known person, group, body or seat the span names, unless it is a state's diplomat to a body
    /// ("British U.N. Ambassador X", "the U.S. envoy to the EU").
    fn identity(&self, role_hit: Option<&Hit>) -> Option<&Hit> {
        let id = [Kind::Person, Kind::Group, Kind::Org, Kind::Seat]
            .iter()
            .find_map(|k| self.hits.iter().find(|h| self.cue(h).kind == *k && !self.skipped(h) && !self.located(h)))?;
        let diplomat = self.cue(id).kind == Kind::Org
            && role_hit
                .is_some_and(|r| r.start > id.start && matches!(self.cue(r).kind, Kind::Role { tier } if tier <= 1))
            && self
                .hits
                .iter()
                .any(|h| matches!(self.cue(h).kind, Kind::CountryName | Kind::Demonym) && h.start < id.start);
        (!diplomat).then_some(id)
    }

    fn identity_party(&self, id: &Hit, role_hit: Option<&Hit>) -> PartyInfo {
        let c = self.cue(id);
        // A seat takes a stronger role word ("Pentagon" is MIL, "Kremlin spokesman" stays GOV).
        let role = match (c.kind, role_hit) {
            (Kind::Seat, Some(r)) if matches!(self.cue(r).kind, Kind::Role { tier } if tier >= 2) => {
                self.cue(r).role.clone()
            }
            _ => c.role.clone(),
        };
        // "the opposition party of Imran Khan", "supporters of Manuel Zelaya", "Nkunda's militia": a
        // group word (rebels, militias, gangs, the opposition) makes the span the person's followers,
        // of the person's country, not the person.
        // A group word before the name without "of" is a title ("Rebel leader Ruben Vardanyan").
        let heads = |r: &Hit| r.start > id.start || self.toks[r.end..id.start].iter().any(|t| t.low == "of");
        let follower = |r: &Hit| matches!(self.cue(r).kind, Kind::Role { tier } if tier >= 4) && heads(r);
        if let (Kind::Person, Some(r)) = (c.kind, role_hit.filter(|r| follower(r))) {
            return PartyInfo { name: None, country: c.country.clone(), role: self.cue(r).role.clone() };
        }
        if let (Kind::Person, Some(_)) = (c.kind, role_hit.filter(|r| self.forces_of(id, r))) {
            // A rebel leader's troops are his group's; a head of state's, the state's forces.
            let armed = matches!(c.role.as_deref(), Some("REB" | "SEP" | "UAF" | "CRM"));
            let role = if armed { c.role.clone() } else { Some("MIL".to_string()) };
            let name = c.country.as_deref().and_then(country_name).map(str::to_string).filter(|_| !armed);
            return PartyInfo { name, country: c.country.clone(), role };
        }
        PartyInfo { name: c.name.clone(), country: c.country.clone(), role }
    }

    /// "Mr. Deby's forces", "troops still loyal to Laurent Gbagbo": a force word right after a
    /// person's name (its possessive) or before "loyal to" the person names the forces on the
    /// person's side, not the person (an apposition, "Burhan, the army chief", is the person).
    fn forces_of(&self, id: &Hit, r: &Hit) -> bool {
        let loyal = |t: &Tok| words::get("allegiance_adjectives").contains(&t.low.as_str());
        let pledged = r.end <= id.start && self.toks[r.end..id.start].iter().any(loyal);
        self.cue(r).role.as_deref() == Some("MIL") && (r.start == id.end || pledged)
    }

    /// A span with no identity: the state it names (else the country of a place), the role word.
    fn state_party(&self, role_hit: Option<&Hit>) -> Option<PartyInfo> {
        // Where a party sits names no one, but an armed group's base is where it operates
        // (GUIDELINES §12.3, as `sides::bases` reads "militants based in Pakistan").
        let armed =
            role_hit.is_some_and(|h| matches!(self.cue(h).role.as_deref(), Some("REB" | "SEP" | "UAF" | "CRM")));
        let named = |h: &&Hit| !self.skipped(h) && (armed || !self.base(h));
        let states: Vec<&Hit> = self
            .hits
            .iter()
            .filter(|h| matches!(self.cue(h).kind, Kind::CountryName | Kind::Demonym | Kind::Capital))
            .filter(named)
            .filter(|h| !self.across(h))
            .collect();
        let plain = plain_person(&self.hits, self.g);
        // "a professor at Leiden University in the Netherlands": a plain description's state is the
        // last one it names, where the person works, not a subject it names ("Chinese studies").
        let state =
            if plain { states.last() } else { states.iter().find(|h| !self.located(h)).or(states.first()) }.copied();
        let place = self.hits.iter().filter(named).find(|h| self.cue(h).kind == Kind::Place);
        let (name, country) = match (state, place) {
            (Some(h), _) => (self.cue(h).name.clone(), self.cue(h).country.clone()),
            (None, Some(p)) => {
                let c = self.cue(p);
                let iso = c.party_country.clone().or(c.country.clone());
                (iso.as_deref().and_then(country_name).map(str::to_string), iso)
            }
            (None, None) => (None, None),
        };
        let role_word = role_hit.and_then(|h| self.cue(h).role.clone());
        // What a state's people own is their private property, not the state acting (GUIDELINES §12.2).
        let bare =
            |h: &Hit| if self.owner(h) { Some("CVL".to_string()) } else { state_role(self.cue(h), self.toks, h) };
        let role = if plain { None } else { role_word.or_else(|| state.and_then(bare)) };
        // Insurgents take the country they operate in (CAMEO): "Armenian separatists of
        // Nagorno-Karabakh" are coded with Azerbaijan, whose territory they hold.
        let (name, country) = match (role.as_deref(), place) {
            (Some("SEP" | "REB"), Some(p)) if state.is_some() => {
                let c = self.cue(p);
                (c.place.as_ref().map(|pl| format!("{pl} separatists")), c.country.clone())
            }
            _ => (name, country),
        };
        // "foreign oil workers in the Niger Delta": the place says where they are, "foreign" that its
        // state is not theirs (GUIDELINES §12.3: civilians take the place's state unless the text says
        // otherwise).
        let abroad = role.as_deref() == Some("CVL")
            && foreign(self.toks, role_hit).is_some()
            && state.is_none_or(|h| self.located(h));
        let (name, country) = if abroad { (None, None) } else { (name, country) };
        // A plain description names a person, whom the state's name does not name.
        let name = name.filter(|_| !plain);
        if name.is_none() && country.is_none() && role.is_none() {
            return None;
        }
        let name = name
            .or_else(|| foreign(self.toks, role_hit).filter(|_| country.is_none() && role.as_deref() == Some("CVL")));
        Some(PartyInfo { name, country, role })
    }
}

/// Whether the span describes a person by words that serve no body (`plain` in parties.tsv: "a
/// media analyst", "Secretary General"), with no role word after them ("a professor at the military
/// academy" is the army's). Private people and places after them ("a professor at a university", "an
/// expert on refugees") are where the person works or what they study, which serves no body either.
fn plain_person(hits: &[Hit], g: &gazetteer::Gazetteer) -> bool {
    let Some(p) = hits.iter().find(|h| g.cues[h.cue].kind == Kind::Plain) else { return false };
    let serving =
        |h: &Hit| matches!(g.cues[h.cue].kind, Kind::Role { .. }) && g.cues[h.cue].role.as_deref() != Some("CVL");
    !hits.iter().any(|h| h.start > p.start && serving(h))
}

/// "at least 20 foreign workers", "foreigners": private people of another, unnamed state. Their
/// country is not the place's (GUIDELINES §12.3: the text gives their nationality, just not which), so
/// they are named by their description from "foreign" to the role word ("foreign oil workers").
fn foreign(toks: &[Tok], role_hit: Option<&Hit>) -> Option<String> {
    let end = role_hit?.end;
    let start = toks[..end].iter().position(|t| t.low.starts_with("foreign"))?;
    Some(toks[start..end].iter().map(|t| t.low.as_str()).collect::<Vec<_>>().join(" "))
}

/// The role a state cue gives a span with no role word: a capital is the government, a bare country
/// name or demonym too (BARE_COUNTRY_ROLE), but people counted by nationality ("21 Palestinians",
/// "dozens of Afghans") are that state's people, with no role the words give.
fn state_role(cue: &gazetteer::Cue, toks: &[Tok], h: &Hit) -> Option<String> {
    let before = |k: usize| h.start.checked_sub(k).map(|j| toks[j].low.as_str());
    let counted = before(1).is_some_and(crate::numbers::is_count_word)
        || (before(1) == Some("of") && before(2).is_some_and(crate::numbers::is_count_word));
    match cue.kind {
        Kind::Capital => Some("GOV".to_string()),
        Kind::Demonym if counted && people_plural(&toks[h.end - 1].low) => None,
        Kind::Demonym if people_named(toks, h) => Some("CVL".to_string()),
        _ => BARE_COUNTRY_ROLE.map(str::to_string),
    }
}

/// "crowds of Afghans", "one of the Americans", "ethnic Macedonians", "many Nigerians": a demonym in
/// the plural after words that describe people names the state's private people. Alone it stays the
/// state ("Israelis and Palestinians resumed talks"), and so with "the" ("The Ethiopians launched an
/// offensive"). Plural in "s" only: "Chinese" and "Swiss" are as often adjectives.
fn people_named(toks: &[Tok], h: &Hit) -> bool {
    let word = &toks[h.end - 1].low;
    let before = |k: usize| h.start.checked_sub(k).map(|j| toks[j].low.as_str());
    let definite = before(1) == Some("the") && before(2) != Some("of");
    h.start > 0 && word.ends_with('s') && !word.ends_with("ss") && !definite
}

/// A demonym that can name people in the plural: "Afghans", and the "-ese" demonyms whose plural is
/// the singular ("thousands of Sudanese", "dozens of Chinese").
fn people_plural(demonym: &str) -> bool {
    demonym.ends_with('s') || demonym.ends_with("ese")
}

#[cfg(test)]
mod tests;
#[cfg(test)]
mod tests_bodies;
#[cfg(test)]
mod tests_facilities;
#[cfg(test)]
mod tests_names;
#[cfg(test)]
mod tests_peoples;
#[cfg(test)]
mod tests_roles;
