//! Loading and matching of the party gazetteers: `countries.tsv`, `parties.tsv`, `places.tsv`.
use std::collections::HashMap;
use std::sync::OnceLock;

const COUNTRIES: &str = include_str!("../../data/countries.tsv");
const PARTIES: &str = include_str!("../../data/parties.tsv");
const PLACES: &str = include_str!("../../data/places.tsv");

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Kind {
    CountryName,
    Demonym,
    Capital,
    Role {
        tier: u8,
    },
    Person,
    Org,
    Group,
    Seat,
    Place,
    /// A word for what a person is that serves no body: an analyst, a professor, a secretary general
    /// of a body the words do not name. The span it heads has no role (GUIDELINES §12.12).
    Plain,
}

/// What a pattern stands for.
#[derive(Debug, Clone)]
pub(crate) struct Cue {
    pub kind: Kind,
    pub name: Option<String>,
    pub country: Option<String>,
    pub role: Option<String>,
    /// For places: the country of actors named after the place, when it differs.
    pub party_country: Option<String>,
    /// The place name this cue gives the location slot (places, capitals, countries).
    pub place: Option<String>,
}

/// A normalized word of a span: lowercase ASCII-folded text, its original form, byte range.
#[derive(Debug, Clone)]
pub(crate) struct Tok {
    pub low: String,
    pub orig: String,
    pub start: usize,
    pub end: usize,
    /// A full stop follows right after: an initial of an abbreviation ("U.S.", "A.U.").
    pub dot: bool,
}

/// Splits into alphanumeric words, folding accents, dropping possessive 's and joining words
/// across other apostrophes ("N'Djamena" → ndjamena, "Armenia's" → armenia).
pub(crate) fn tokenize(text: &str) -> Vec<Tok> {
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let mut out: Vec<Tok> = Vec::new();
    let mut cur: Option<Tok> = None;
    let mut k = 0;
    while k < chars.len() {
        let (b, c) = chars[k];
        let end = b + c.len_utf8();
        if c.is_alphanumeric() {
            let t = cur.get_or_insert(Tok { low: String::new(), orig: String::new(), start: b, end, dot: false });
            t.low.push_str(&fold(c));
            t.orig.push(c);
            t.end = end;
        } else if matches!(c, '\'' | '’' | '`') && cur.is_some() {
            let next = chars.get(k + 1).map(|x| x.1);
            let after = chars.get(k + 2).map(|x| x.1);
            if matches!(next, Some('s' | 'S')) && !after.is_some_and(char::is_alphanumeric) {
                out.extend(cur.take());
                k += 2;
                continue;
            }
            if !next.is_some_and(char::is_alphanumeric) {
                out.extend(cur.take());
            }
        } else {
            out.extend(cur.take().map(|t| Tok { dot: c == '.', ..t }));
        }
        k += 1;
    }
    out.extend(cur);
    out.into_iter().flat_map(split_glued_article).collect()
}

/// "theFrance", "LArmenia": an article glued to a name by text extraction (French "l'Arménie").
fn split_glued_article(t: Tok) -> Vec<Tok> {
    for prefix in ["the", "The", "L", "l"] {
        let Some(rest) = t.orig.strip_prefix(prefix) else { continue };
        let mut cs = rest.chars();
        if cs.next().is_some_and(char::is_uppercase) && cs.next().is_some_and(char::is_lowercase) {
            let cut = t.start + prefix.len();
            let low = t.low.get(prefix.len()..).unwrap_or_default().to_string();
            return vec![
                Tok { low: prefix.to_lowercase(), orig: prefix.to_string(), start: t.start, end: cut, dot: false },
                Tok { low, orig: rest.to_string(), start: cut, end: t.end, dot: t.dot },
            ];
        }
    }
    vec![t]
}

fn fold(c: char) -> String {
    let s = match c {
        'á' | 'à' | 'â' | 'ä' | 'ã' | 'å' | 'ā' | 'ă' | 'ą' | 'ə' => "a",
        'ç' | 'č' | 'ć' => "c",
        'é' | 'è' | 'ê' | 'ë' | 'ē' | 'ę' | 'ě' => "e",
        'í' | 'ì' | 'î' | 'ï' | 'ī' | 'ı' => "i",
        'ñ' | 'ń' => "n",
        'ó' | 'ò' | 'ô' | 'ö' | 'õ' | 'ø' | 'ō' | 'ő' => "o",
        'ú' | 'ù' | 'û' | 'ü' | 'ū' | 'ů' | 'ű' => "u",
        'ý' | 'ÿ' => "y",
        'š' | 'ś' | 'ş' | 'ș' => "s",
        'ž' | 'ź' | 'ż' => "z",
        'ğ' => "g",
        'ł' => "l",
        'ř' => "r",
        'ț' | 'ţ' => "t",
        'đ' => "d",
        _ => return c.to_lowercase().collect(),
    };
    s.to_string()
}

/// A pattern word: lowercase form, and the exact form when matching is case-sensitive
/// (short acronyms: "US", "IS", "UN", "CAR", "LeT").
#[derive(Debug, Clone)]
struct PatWord {
    low: String,
    exact: Option<String>,
    /// A dotted initial ("A." of "A.U."): only a dotted initial matches it, so the article of "A U.S.
    /// soldier" is not the African Union.
    initial: bool,
}

pub(crate) struct Gazetteer {
    pub cues: Vec<Cue>,
    patterns: Vec<(Vec<PatWord>, usize)>,
    by_first: HashMap<String, Vec<usize>>,
    /// Patterns (words joined by a space) whose plural names several states, not one: no plural
    /// pattern is made of them (parties.tsv kind `singular`).
    singular: std::collections::HashSet<String>,
}

/// A gazetteer match over span words `start..end`.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Hit {
    pub start: usize,
    pub end: usize,
    pub cue: usize,
}

fn opt(s: &str) -> Option<String> {
    (!s.is_empty() && s != "-").then(|| s.to_string())
}

fn is_iso3(s: &str) -> bool {
    s.len() == 3 && s.bytes().all(|b| b.is_ascii_uppercase())
}

const ROLES: &[&str] = &[
    "GOV", "MIL", "REB", "SEP", "UAF", "CVL", "IGO", "COP", "SPY", "JUD", "LEG", "MED", "OPP", "CRM", "REF", "NGO",
    "HLH", "REL",
];

/// How strongly a role word decides a span's role. Clergy (REL) give way to the other roles: in
/// "hostages, including a bishop" or "civilians and a priest" the people are civilians.
fn tier(role: &str, weak: bool) -> u8 {
    match role {
        _ if weak => 0,
        "GOV" => 1,
        "REL" => 2,
        "SEP" | "REB" | "UAF" | "CRM" | "OPP" => 4,
        _ => 3,
    }
}

impl Gazetteer {
    pub(crate) fn parse(countries: &str, parties: &str, places: &str) -> Result<Gazetteer, String> {
        let mut g = Gazetteer {
            cues: Vec::new(),
            patterns: Vec::new(),
            by_first: HashMap::new(),
            singular: Default::default(),
        };
        for (n, cols) in rows(countries) {
            let [iso, name, others, demonyms, capitals] = cols[..] else {
                return Err(format!("countries.tsv line {n}: expected 5 columns"));
            };
            if !is_iso3(iso) || name.is_empty() {
                return Err(format!("countries.tsv line {n}: bad iso3 or name"));
            }
            let cue = |kind, place: Option<&str>| Cue {
                kind,
                name: opt(name),
                country: opt(iso),
                role: None,
                party_country: None,
                place: place.map(str::to_string),
            };
            g.add(&format!("{name}|{others}"), cue(Kind::CountryName, Some(name)));
            g.add(demonyms, cue(Kind::Demonym, None));
            for capital in capitals.split('|').filter(|c| !c.is_empty() && *c != "-") {
                g.add(capital, cue(Kind::Capital, Some(capital.trim_start_matches("the "))));
            }
        }
        for (n, cols) in rows(parties) {
            let [pats, name, iso, role, kind] = cols[..] else {
                return Err(format!("parties.tsv line {n}: expected 5 columns"));
            };
            if kind == "singular" {
                let words = |p: &str| tokenize(p).into_iter().map(|t| t.low).collect::<Vec<_>>().join(" ");
                g.singular.extend(pats.split('|').map(words));
                continue;
            }
            let kind = match kind {
                "role" | "role-" if ROLES.contains(&role) => Kind::Role { tier: tier(role, kind == "role-") },
                "person" => Kind::Person,
                "org" => Kind::Org,
                "group" => Kind::Group,
                "seat" => Kind::Seat,
                "plain" if role == "-" => Kind::Plain,
                _ => return Err(format!("parties.tsv line {n}: bad kind or role")),
            };
            let bad_iso = iso != "-" && !is_iso3(iso);
            let roleless = kind == Kind::Plain;
            let named = matches!(kind, Kind::Role { .. } | Kind::Plain) || name != "-";
            if bad_iso || (!roleless && !ROLES.contains(&role)) || !named {
                return Err(format!("parties.tsv line {n}: bad iso3, role or name"));
            }
            let (name, country, role) = (opt(name), opt(iso), opt(role));
            let cue = Cue { kind, name, country, role, party_country: None, place: None };
            g.add(pats, cue);
        }
        for (n, cols) in rows(places) {
            let [pats, name, iso, party] = cols[..] else {
                return Err(format!("places.tsv line {n}: expected 4 columns"));
            };
            if (iso != "-" && !is_iso3(iso)) || (party != "-" && !is_iso3(party)) || name.is_empty() {
                return Err(format!("places.tsv line {n}: bad iso3 or name"));
            }
            let (country, party_country, place) = (opt(iso), opt(party), Some(name.to_string()));
            let cue = Cue { kind: Kind::Place, name: opt(name), country, role: None, party_country, place };
            g.add(pats, cue);
        }
        g.add_plurals();
        Ok(g)
    }

    /// Role words and plain descriptions of people in the plural ("envoys", "governors", "mayors",
    /// "ombudsmen"): each pattern of such a cue gets its last word in the plural as a pattern of the
    /// same cue, unless some cue lists that form itself. Then sorts the patterns longest first.
    fn add_plurals(&mut self) {
        let listed: std::collections::HashSet<Vec<String>> =
            self.patterns.iter().map(|(ws, _)| ws.iter().map(|w| w.low.clone()).collect()).collect();
        let mut extra = Vec::new();
        for (words, cue) in &self.patterns {
            if !matches!(self.cues[*cue].kind, Kind::Role { .. } | Kind::Plain) {
                continue;
            }
            let Some(last) = words.last().filter(|w| w.exact.is_none() && !w.initial) else { continue };
            let joined = words.iter().map(|w| w.low.as_str()).collect::<Vec<_>>().join(" ");
            if self.singular.contains(&joined) {
                continue;
            }
            let Some(plural) = plural(&last.low) else { continue };
            let mut ws = words.clone();
            if let Some(w) = ws.last_mut() {
                w.low = plural;
            }
            if !listed.contains(&ws.iter().map(|w| w.low.clone()).collect::<Vec<_>>()) {
                extra.push((ws, *cue));
            }
        }
        for (ws, cue) in extra {
            if let Some(first) = ws.first() {
                self.by_first.entry(first.low.clone()).or_default().push(self.patterns.len());
                self.patterns.push((ws, cue));
            }
        }
        for v in self.by_first.values_mut() {
            v.sort_by_key(|&p| std::cmp::Reverse(self.patterns[p].0.len()));
        }
    }

    fn add(&mut self, list: &str, cue: Cue) {
        let id = self.cues.len();
        self.cues.push(cue);
        for pat in list.split('|').map(str::trim).filter(|p| !p.is_empty() && *p != "-") {
            let toks = tokenize(pat);
            let last = toks.len().saturating_sub(1);
            let words: Vec<PatWord> = toks
                .into_iter()
                .enumerate()
                .map(|(k, t)| {
                    let upper = t.orig.chars().filter(|c| c.is_uppercase()).count();
                    let short = t.orig.chars().count() <= 4;
                    let exact = (short && upper >= 2).then(|| t.orig.clone());
                    // The last one may lose its dot to the sentence's full stop ("by the U.S").
                    let initial = t.dot && t.orig.chars().count() == 1 && k < last;
                    PatWord { low: t.low, exact, initial }
                })
                .collect();
            if let Some(first) = words.first() {
                self.by_first.entry(first.low.clone()).or_default().push(self.patterns.len());
                self.patterns.push((words, id));
            }
        }
    }

    /// The international body or NGO (kind `org`) that the words `toks` name exactly, even where a
    /// role word of the same words wins in [`Self::matches`] ("security council": a state's, or the
    /// UN's when the span names no state).
    pub(crate) fn org_named(&self, toks: &[Tok]) -> Option<&Cue> {
        let first = toks.first()?;
        self.by_first.get(&first.low)?.iter().find_map(|&p| {
            let (words, cue) = &self.patterns[p];
            let exact = words.len() == toks.len() && words.iter().zip(toks).all(|(w, t)| w.low == t.low);
            (exact && self.cues[*cue].kind == Kind::Org).then(|| &self.cues[*cue])
        })
    }

    /// Non-overlapping matches, left to right, longest at each position.
    pub(crate) fn matches(&self, toks: &[Tok]) -> Vec<Hit> {
        self.matches_where(toks, |_| true)
    }

    /// [`Self::matches`] with only the cues `keep` accepts.
    pub(crate) fn matches_where(&self, toks: &[Tok], keep: impl Fn(&Cue) -> bool) -> Vec<Hit> {
        let mut out = Vec::new();
        let mut i = 0;
        while i < toks.len() {
            let hit = self.by_first.get(&toks[i].low).and_then(|ps| {
                ps.iter().find_map(|&p| {
                    let (words, cue) = &self.patterns[p];
                    let ok = keep(&self.cues[*cue])
                        && words.len() <= toks.len() - i
                        && words.iter().zip(&toks[i..]).all(|(w, t)| {
                            w.low == t.low && w.exact.as_ref().is_none_or(|e| *e == t.orig) && (!w.initial || t.dot)
                        });
                    ok.then_some(Hit { start: i, end: i + words.len(), cue: *cue })
                })
            });
            match hit {
                Some(h) => {
                    i = h.end;
                    out.push(h);
                }
                None => i += 1,
            }
        }
        out
    }
}

/// The regular English plural of a singular noun: "envoy" → envoys, "deputy" → deputies, "press" →
/// presses, "ombudsman" → ombudsmen. `None` for a word that already looks plural or is no plain word
/// ("troops", "spokespeople", "B-52").
pub(crate) fn plural(word: &str) -> Option<String> {
    if word.len() < 2 || !word.chars().all(|c| c.is_ascii_lowercase() || c == '-') {
        return None;
    }
    let vowel = |c: char| "aeiou".contains(c);
    let before_last = word.chars().rev().nth(1).unwrap_or('a');
    Some(match word {
        _ if word.ends_with("men") || word.ends_with("people") => return None,
        _ if word.ends_with("man") => format!("{}men", &word[..word.len() - 3]),
        _ if ["ss", "x", "z", "ch", "sh"].iter().any(|e| word.ends_with(e)) => format!("{word}es"),
        _ if word.ends_with('s') => return None,
        _ if word.ends_with('y') && !vowel(before_last) => format!("{}ies", &word[..word.len() - 1]),
        _ => format!("{word}s"),
    })
}

fn rows(text: &str) -> impl Iterator<Item = (usize, Vec<&str>)> {
    text.lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty() && !l.starts_with('#'))
        .map(|(n, l)| (n + 1, l.split('\t').map(str::trim).collect()))
}

/// The armed or political groups (kind `group`) that `text` names, by canonical name, and its other
/// words (lower case, accents folded): "insurgents from the BIFF" → (["Bangsamoro Islamic Freedom
/// Fighters"], ["insurgents", "from", "the"]).
pub(crate) fn groups_and_words(text: &str) -> (Vec<String>, Vec<String>) {
    let g = gazetteer();
    let toks = tokenize(text);
    let hits = g.matches(&toks);
    let groups: Vec<&Hit> = hits.iter().filter(|h| g.cues[h.cue].kind == Kind::Group).collect();
    let inside = |k: usize| groups.iter().any(|h| (h.start..h.end).contains(&k));
    let names = groups.iter().filter_map(|h| g.cues[h.cue].name.clone()).collect();
    let words = toks.iter().enumerate().filter(|(k, _)| !inside(*k)).map(|(_, t)| t.low.clone()).collect();
    (names, words)
}

static G: OnceLock<Gazetteer> = OnceLock::new();

pub(crate) fn gazetteer() -> &'static Gazetteer {
    G.get_or_init(|| {
        let mut g = Gazetteer::parse(COUNTRIES, PARTIES, PLACES).unwrap_or_else(|e| panic!("{e}"));
        g.add_extra(crate::vocabulary::installed());
        g
    })
}

impl Gazetteer {
    /// The name of a country code (the gazetteer is being built: `parties::country_name` would wait on it).
    fn country_name(&self, iso3: &str) -> Option<String> {
        self.cues
            .iter()
            .find(|c| c.kind == Kind::CountryName && c.country.as_deref() == Some(iso3))
            .and_then(|c| c.name.clone())
    }

    /// Run-time role words and actors ([`crate::vocabulary`]) after the project's own cues. A state
    /// organ or official (GOV, MIL, COP, SPY, JUD, LEG of a state) is named by its state, as the
    /// guidelines name them; other actors by their own name.
    fn add_extra(&mut self, extra: &crate::vocabulary::Vocabulary) {
        for r in extra.roles.iter().filter(|r| r.role.as_deref().is_some_and(|x| ROLES.contains(&x))) {
            let role = r.role.clone().unwrap_or_default();
            let cue = Cue {
                kind: Kind::Role { tier: tier(&role, false) },
                name: None,
                country: None,
                role: Some(role),
                party_country: None,
                place: None,
            };
            self.add(&r.phrase, cue);
        }
        for a in &extra.actors {
            let role = a.role.clone().filter(|x| ROLES.contains(&x.as_str()));
            let state = a.country.is_some()
                && matches!(role.as_deref(), None | Some("GOV" | "MIL" | "COP" | "SPY" | "JUD" | "LEG"));
            let (kind, name) = match (&a.country, state) {
                (Some(c), true) => (Kind::Seat, self.country_name(c)),
                (None, _) => (Kind::Org, a.name.clone()),
                _ => (Kind::Group, a.name.clone()),
            };
            let cue = Cue {
                kind,
                name,
                country: a.country.clone(),
                role: role.or(Some("GOV".into()).filter(|_| state)),
                party_country: None,
                place: None,
            };
            self.add(&a.phrase, cue);
        }
        self.add_plurals();
    }
}

#[cfg(test)]
pub(crate) fn sources() -> (&'static str, &'static str, &'static str) {
    (COUNTRIES, PARTIES, PLACES)
}
