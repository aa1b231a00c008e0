//! Choosing the place a name means: the document's countries first, then population.
//!
//! 1. A border's name ("Armenia–Azerbaijan border") is two countries: a [`Kind::Border`] place on the
//!    side the document is most about.
//! 2. Otherwise the name's key, without its generic word ("Helmand province" → "helmand", asking for an
//!    admin1; a headline's compass letter spelled out: "S. Sudan" → "south sudan"), is looked up;
//!    every place of that key is a candidate.
//!    With no place of that key, a name cut short by a few letters ("Kilinochch") is the place of the
//!    document's countries whose own name it begins.
//! 3. Candidates outside the document's countries must be well known (a country, a first-level
//!    division, a named region or a city of 100,000 people): a suburb of Harare is not the hamlet of
//!    the same name in Pennsylvania. With no context every candidate stands.
//! 4. Candidates are ranked: first the kind a generic word asks for, then a weight: population, times
//!    100 for a match on the place's own name rather than an alternate name (so "Poti" is the Georgian
//!    port, not Teresina, whose alternate name it is), times 10,000 for a place of the document's
//!    first country, 1,000 of its second, 100 of any other of its countries. So the document's
//!    countries settle most ambiguity, yet a capital abroad outweighs a hamlet of a country the story
//!    names in passing ("Brussels" in a story about Armenia that also names the United States).
//! 5. A first-level division named after its seat ("Kharkiv") is the city unless the text asked for
//!    the division: the city's point is the more precise.
use crate::gazetteer::{Gazetteer, Hit};
use crate::names::{border_sides, key, strip_generic};
use crate::place::{Kind, Place};
use std::cmp::Reverse;

/// Weight of a match on a place's own name against one on an alternate name.
const OWN_NAME_WEIGHT: u64 = 100;
/// Weight of a place in the document's first, second and other countries.
const CONTEXT_WEIGHTS: [u64; 3] = [10_000, 1_000, 100];
/// Smallest city taken from outside the document's countries.
pub const FAR_CITY_POPULATION: u64 = 100_000;
/// How many times a name's best candidate must outweigh any other country's for [`Gazetteer::sure_country`].
const SURE_MARGIN: u64 = 10;
/// A name cut short: at least this long, at most this many letters missing.
const SHORT_NAME_MIN: usize = 6;
const SHORT_NAME_MISSING: usize = 2;

impl Gazetteer {
    /// The place `name` most likely means in a document about `context` (ISO3 codes, most
    /// important first); `None` when the gazetteer has no such name (an unknown village).
    pub fn geocode(&self, name: &str, context: &[&str]) -> Option<Place> {
        if let Some(border) = self.border(name, context) {
            return Some(border);
        }
        let full = compass_words(&key(name));
        let (stem, wanted) = strip_generic(&full);
        let hits = match self.index.get(&stem).or_else(|| self.index.get(&full)) {
            Some(hits) => hits.clone(),
            None => self.cut_short(&stem, context),
        };
        let plausible: Vec<Hit> = hits.into_iter().filter(|h| self.plausible(h, context)).collect();
        let best = plausible.iter().min_by_key(|h| self.rank(h, context, wanted))?;
        let best = self.seat_city(best, &plausible, wanted).unwrap_or(best);
        Some(self.place(&self.entries[best.entry as usize]))
    }

    /// Places of the document's countries whose own name begins with `stem` and is at most a few
    /// letters longer.
    fn cut_short(&self, stem: &str, context: &[&str]) -> Vec<Hit> {
        if stem.len() < SHORT_NAME_MIN || context.is_empty() {
            return Vec::new();
        }
        let start = self.sorted_keys.partition_point(|k| k.as_str() < stem);
        let longer = self.sorted_keys[start..].iter().take_while(|k| k.starts_with(stem));
        longer
            .filter(|k| k.len() <= stem.len() + SHORT_NAME_MISSING)
            .flat_map(|k| self.index.get(k).into_iter().flatten())
            .filter(|h| h.own_name && context.contains(&self.country_of(&self.entries[h.entry as usize])))
            .copied()
            .collect()
    }

    /// Whether a candidate may be meant: any place of the document's countries (or of any country
    /// when there is no context); elsewhere only a well-known one.
    fn plausible(&self, hit: &Hit, context: &[&str]) -> bool {
        let e = &self.entries[hit.entry as usize];
        context.is_empty()
            || context.contains(&self.country_of(e))
            || e.kind != Kind::City
            || e.population >= FAR_CITY_POPULATION
    }

    /// The country a place name means with no other clue: its best candidate outweighs every
    /// candidate in another country tenfold (population, times 100 for a place's own name). `None`
    /// for a name shared by places of several countries of like weight ("Palma": Mallorca and
    /// Mozambique; "Bor": Serbia, Russia and South Sudan) or unknown.
    pub fn sure_country(&self, name: &str) -> Option<String> {
        let full = compass_words(&key(name));
        let (stem, _) = strip_generic(&full);
        let hits = self.index.get(&stem).or_else(|| self.index.get(&full))?;
        let weight = |h: &Hit| {
            let e = &self.entries[h.entry as usize];
            e.population.max(1).saturating_mul(if h.own_name { OWN_NAME_WEIGHT } else { 1 })
        };
        let best = hits.iter().max_by_key(|h| weight(h))?;
        let country = self.country_of(&self.entries[best.entry as usize]);
        let rival = hits
            .iter()
            .filter(|h| self.country_of(&self.entries[h.entry as usize]) != country)
            .map(weight)
            .max()
            .unwrap_or(0);
        (weight(best) >= rival.saturating_mul(SURE_MARGIN)).then(|| country.to_string())
    }

    /// The country a name means, when it is a country's name.
    pub fn country(&self, name: &str, context: &[&str]) -> Option<String> {
        let hits = self.index.get(&key(name))?;
        let countries = hits.iter().filter(|h| self.entries[h.entry as usize].kind == Kind::Country);
        countries
            .min_by_key(|h| self.rank(h, context, None))
            .map(|h| self.country_of(&self.entries[h.entry as usize]).to_string())
    }

    fn rank(&self, hit: &Hit, context: &[&str], wanted: Option<Kind>) -> (bool, Reverse<u64>) {
        let e = &self.entries[hit.entry as usize];
        let country = self.country_of(e);
        let context_weight = match context.iter().position(|c| *c == country) {
            Some(i) => CONTEXT_WEIGHTS[i.min(CONTEXT_WEIGHTS.len() - 1)],
            None => 1,
        };
        let name_weight = if hit.own_name { OWN_NAME_WEIGHT } else { 1 };
        let weight = e.population.max(1).saturating_mul(name_weight).saturating_mul(context_weight);
        (wanted.is_some_and(|k| !kind_fits(e.kind, k)), Reverse(weight))
    }

    /// The seat city of an admin1 of the same name, unless the text asked for the admin1.
    fn seat_city<'a>(&self, best: &Hit, hits: &'a [Hit], wanted: Option<Kind>) -> Option<&'a Hit> {
        let admin = &self.entries[best.entry as usize];
        if admin.kind != Kind::Admin1 || wanted.is_some_and(|k| kind_fits(Kind::Admin1, k)) {
            return None;
        }
        hits.iter().filter(|h| h.own_name).find(|h| {
            let e = &self.entries[h.entry as usize];
            e.kind == Kind::City && e.country == admin.country && self.admin1_of(e) == Some(admin.name.as_str())
        })
    }

    fn border(&self, name: &str, context: &[&str]) -> Option<Place> {
        for (a, b) in border_sides(name) {
            let (Some(ca), Some(cb)) = (self.country(&a, context), self.country(&b, context)) else { continue };
            let rank = |c: &str| context.iter().position(|x| *x == c).unwrap_or(usize::MAX);
            let (country, other) = if rank(&cb) < rank(&ca) { (cb, ca) } else { (ca, cb) };
            return Some(Place {
                name: name.trim().to_string(),
                country,
                border_with: Some(other),
                admin1: None,
                lat: None,
                lon: None,
                kind: Kind::Border,
                population: 0,
            });
        }
        None
    }
}

/// Whether a place of kind `have` is what a generic word asking for `want` means ("district" asks
/// for a region, and a first-level division fits too).
fn kind_fits(have: Kind, want: Kind) -> bool {
    have == want || matches!((have, want), (Kind::Admin1, Kind::Region) | (Kind::Region, Kind::Admin1))
}

/// A headline's compass letter spelled out: "s sudan" (from "S. Sudan") → "south sudan", "n kivu" →
/// "north kivu"; a single letter alone stays.
fn compass_words(key: &str) -> String {
    let Some((first, rest)) = key.split_once(' ') else { return key.to_string() };
    let word = match first {
        "n" => "north",
        "s" => "south",
        "e" => "east",
        "w" => "west",
        _ => return key.to_string(),
    };
    format!("{word} {rest}")
}
