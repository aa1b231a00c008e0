//! The gazetteer: every place of `data/gazetteer.tsv.gz` (built by `tools/build_gazetteer.py`) and an
//! index from name keys to places.
use crate::error::GeoError;
use crate::names::key;
use crate::place::{Kind, Place};
use flate2::read::GzDecoder;
use std::collections::HashMap;
use std::io::Read;
use std::sync::OnceLock;

/// The gazetteer compiled into the crate (GeoNames data; see the crate README for credits).
const EMBEDDED: &[u8] = include_bytes!("../data/gazetteer.tsv.gz");
const COLUMNS: usize = 9;

/// One place of the file; countries and admin1 names are stored once and referred to by number.
#[derive(Debug, Clone)]
pub(crate) struct Entry {
    pub kind: Kind,
    pub name: String,
    pub country: u16,
    /// Index into `admin1_names` plus one; 0 when the place has none.
    pub admin1: u32,
    pub lat: f64,
    pub lon: f64,
    pub population: u64,
}

/// A place that a key names: the entry and whether the key is its own name (else an alternate name).
#[derive(Debug, Clone, Copy)]
pub(crate) struct Hit {
    pub entry: u32,
    pub own_name: bool,
}

#[derive(Debug, Default)]
pub struct Gazetteer {
    pub(crate) entries: Vec<Entry>,
    countries: Vec<String>,
    admin1_names: Vec<String>,
    pub(crate) index: HashMap<String, Vec<Hit>>,
    /// Every key of `index`, sorted (for names cut short).
    pub(crate) sorted_keys: Vec<String>,
}

impl Gazetteer {
    /// The embedded gazetteer, read once per process.
    pub fn embedded() -> Result<&'static Gazetteer, GeoError> {
        static LOADED: OnceLock<Result<Gazetteer, GeoError>> = OnceLock::new();
        LOADED.get_or_init(|| Gazetteer::from_gzip(EMBEDDED)).as_ref().map_err(Clone::clone)
    }

    /// Reads a gzip-compressed gazetteer file.
    pub fn from_gzip(bytes: &[u8]) -> Result<Gazetteer, GeoError> {
        let mut text = String::new();
        GzDecoder::new(bytes).read_to_string(&mut text).map_err(|e| GeoError::Decompress(e.to_string()))?;
        Gazetteer::parse(&text)
    }

    /// Reads the tab-separated text of a gazetteer file (header line first).
    pub fn parse(text: &str) -> Result<Gazetteer, GeoError> {
        let mut g = Gazetteer::default();
        let (mut country_ids, mut admin1_ids) = (HashMap::new(), HashMap::new());
        for (i, line) in text.lines().enumerate().skip(1) {
            if line.is_empty() {
                continue;
            }
            let err = |message: String| GeoError::Line { line: i + 1, message };
            let cols: Vec<&str> = line.split('\t').collect();
            if cols.len() != COLUMNS {
                return Err(err(format!("{} columns, {COLUMNS} expected", cols.len())));
            }
            let kind = Kind::parse(cols[0]).ok_or_else(|| err(format!("unknown kind {:?}", cols[0])))?;
            let number = |c: &str| c.parse::<f64>().map_err(|_| err(format!("not a number: {c:?}")));
            let population = cols[7].parse::<u64>().map_err(|_| err(format!("not a population: {:?}", cols[7])))?;
            let country = intern(&mut g.countries, &mut country_ids, cols[3]) as u16;
            let admin1 =
                if cols[4].is_empty() { 0 } else { intern(&mut g.admin1_names, &mut admin1_ids, cols[4]) as u32 + 1 };
            let id = g.entries.len() as u32;
            g.entries.push(Entry {
                kind,
                name: cols[1].to_string(),
                country,
                admin1,
                lat: number(cols[5])?,
                lon: number(cols[6])?,
                population,
            });
            g.add_key(cols[1], id, true);
            g.add_key(cols[2], id, true);
            for alternate in cols[8].split('|') {
                g.add_key(alternate, id, false);
            }
        }
        g.sorted_keys = g.index.keys().cloned().collect();
        g.sorted_keys.sort_unstable();
        Ok(g)
    }

    fn add_key(&mut self, name: &str, entry: u32, own_name: bool) {
        let k = key(name);
        if k.is_empty() {
            return;
        }
        let hits = self.index.entry(k).or_default();
        match hits.iter_mut().find(|h| h.entry == entry) {
            Some(h) => h.own_name |= own_name,
            None => hits.push(Hit { entry, own_name }),
        }
    }

    /// Number of places.
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    pub(crate) fn country_of(&self, e: &Entry) -> &str {
        &self.countries[e.country as usize]
    }

    pub(crate) fn place(&self, e: &Entry) -> Place {
        let admin1 = (e.admin1 > 0).then(|| self.admin1_names[e.admin1 as usize - 1].clone());
        Place {
            name: e.name.clone(),
            country: self.country_of(e).to_string(),
            border_with: None,
            admin1,
            lat: Some(e.lat),
            lon: Some(e.lon),
            kind: e.kind,
            population: e.population,
        }
    }

    pub(crate) fn admin1_of(&self, e: &Entry) -> Option<&str> {
        (e.admin1 > 0).then(|| self.admin1_names[e.admin1 as usize - 1].as_str())
    }
}

fn intern(names: &mut Vec<String>, ids: &mut HashMap<String, usize>, name: &str) -> usize {
    *ids.entry(name.to_string()).or_insert_with(|| {
        names.push(name.to_string());
        names.len() - 1
    })
}
