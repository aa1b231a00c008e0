//! PETRARCH-2 validation records (`PETR2_GSR_validation.xml`) as a second, external test set.
//!
//! The file is not well-formed XML (most `<Sentence .../>` tags are self-closing yet followed by
//! their `<EventCoding>`, `<Text>` and `<Parse>` and a `</Sentence>`), so it is read by a tolerant
//! scanner: comments are dropped, each `<Sentence` tag starts a record that runs to the next one.
//!
//! PETRARCH codes an actor as a string of 3-letter blocks: "USA", "AZEGOV", "PSEGZACVL",
//! "---REB" (no country), "IGOUNO" (international body). The country is the first block when it is
//! an ISO 3166-1 alpha-3 code, else none. Agreement is on (source country, CAMEO root, target
//! country), countries on both sides compared with "none == none" allowed.
use crate::io::EvalError;
use crate::metrics::{multiset_overlap, Counts, Prf};
use casus_core::Event;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::fmt::Write;
use std::path::Path;

/// One validation sentence and what PETRARCH-2 coded from it.
#[derive(Debug, Clone, PartialEq)]
pub struct PetrarchCase {
    /// The record id ("AFP0808020625_4"); use it as the document id.
    pub id: String,
    pub category: String,
    /// The record's `date` attribute (YYYYMMDD; none if absent or unreadable); use it as the
    /// publication date.
    pub date: Option<NaiveDate>,
    /// The sentence, line breaks folded to single spaces (rebuilt from the parse when `<Text>` is
    /// empty, as in a few records).
    pub text: String,
    /// The codings as written (empty for `noevents` records).
    pub codings: Vec<PetrarchCoding>,
    /// The codings as (source country, root, target country).
    pub expected: Vec<PetrarchTriple>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PetrarchCoding {
    pub eventcode: String,
    pub sourcecode: String,
    pub targetcode: String,
}

/// (source country, CAMEO root, target country); countries are ISO3 or none.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct PetrarchTriple {
    pub source: Option<String>,
    pub root: String,
    pub target: Option<String>,
}

impl std::fmt::Display for PetrarchTriple {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let c = |c: &Option<String>| c.clone().unwrap_or_else(|| "---".into());
        write!(f, "{} {} {}", c(&self.source), self.root, c(&self.target))
    }
}

impl PetrarchTriple {
    /// The triple of one of our events: actor country, CAMEO root, target country.
    pub fn of_event(e: &Event) -> PetrarchTriple {
        let country = |p: &Option<casus_core::Party>| p.as_ref().and_then(|p| p.country.clone());
        PetrarchTriple { source: country(&e.actor), root: e.action.root().to_string(), target: country(&e.target) }
    }
}

/// The country of a PETRARCH actor code: its first 3 letters when they are an ISO3 code.
pub fn petrarch_country(code: &str) -> Option<String> {
    let head = code.get(..3)?;
    casus_dictionaries::codes::is_iso3(head).then(|| head.to_string())
}

/// Reads and parses the validation file.
pub fn load_petrarch(path: &Path) -> Result<Vec<PetrarchCase>, EvalError> {
    let text = std::fs::read_to_string(path).map_err(|source| EvalError::Io { path: path.to_owned(), source })?;
    parse_petrarch(&text).map_err(|message| EvalError::Invalid { path: path.to_owned(), message })
}

/// Parses the text of a validation file (see the module doc for the tolerated format).
pub fn parse_petrarch(xml: &str) -> Result<Vec<PetrarchCase>, String> {
    let xml = strip_comments(xml);
    let starts: Vec<usize> = xml.match_indices("<Sentence ").map(|(i, _)| i).collect();
    let mut cases = Vec::new();
    for (k, &start) in starts.iter().enumerate() {
        let chunk = &xml[start..starts.get(k + 1).copied().unwrap_or(xml.len())];
        let attrs = attributes(tag(chunk));
        let id = attrs.get("id").cloned().ok_or_else(|| format!("sentence #{} has no id", k + 1))?;
        let date = attrs.get("date").and_then(|d| parse_date(d));
        let mut codings = Vec::new();
        for (i, _) in chunk.match_indices("<EventCoding") {
            let a = attributes(tag(&chunk[i..]));
            if a.get("noevents").is_some_and(|v| v.eq_ignore_ascii_case("true")) {
                continue;
            }
            let get = |k: &str| a.get(k).cloned().ok_or_else(|| format!("{id}: EventCoding without {k}"));
            codings.push(PetrarchCoding {
                eventcode: get("eventcode")?,
                sourcecode: get("sourcecode")?,
                targetcode: get("targetcode")?,
            });
        }
        let text = between(chunk, "<Text>", "</Text>").ok_or_else(|| format!("{id}: no <Text>"))?;
        let mut text = unescape(&text.split_whitespace().collect::<Vec<_>>().join(" "));
        if text.is_empty() {
            // A few records have an empty <Text>; their sentence is rebuilt from the parse.
            text = between(chunk, "<Parse>", "</Parse>").map(text_from_parse).unwrap_or_default();
        }
        if text.is_empty() {
            return Err(format!("{id}: empty <Text> and no <Parse> to rebuild it from"));
        }
        let expected = codings
            .iter()
            .map(|c| PetrarchTriple {
                source: petrarch_country(&c.sourcecode),
                root: c.eventcode.get(..2).unwrap_or(&c.eventcode).to_string(),
                target: petrarch_country(&c.targetcode),
            })
            .collect();
        let category = attrs.get("category").cloned().unwrap_or_default();
        cases.push(PetrarchCase { id, category, date, text, codings, expected });
    }
    Ok(cases)
}

/// `YYYYMMDD`; anything else is no date (one record has "121108", which no reading makes
/// consistent with its text, a 2008 story, so it is not guessed).
fn parse_date(d: &str) -> Option<NaiveDate> {
    NaiveDate::parse_from_str(d, "%Y%m%d").ok().filter(|_| d.len() == 8)
}

/// The sentence of a CoNLL-U parse: token forms (column 2), spaced unless `SpaceAfter=No`.
fn text_from_parse(parse: &str) -> String {
    let mut out = String::new();
    for cols in parse.lines().map(|l| l.split('\t').collect::<Vec<_>>()).filter(|c| c.len() >= 10) {
        if cols[0].contains(['-', '.']) {
            continue; // multiword ranges and empty nodes
        }
        out.push_str(&unescape(cols[1]));
        if !cols[9].contains("SpaceAfter=No") {
            out.push(' ');
        }
    }
    out.trim_end().to_string()
}

fn strip_comments(xml: &str) -> String {
    let mut out = String::with_capacity(xml.len());
    let mut rest = xml;
    while let Some(i) = rest.find("<!--") {
        out.push_str(&rest[..i]);
        rest = rest[i..].find("-->").map_or("", |j| &rest[i + j + 3..]);
    }
    out.push_str(rest);
    out
}

/// The opening tag at the start of `s`, up to its `>`.
fn tag(s: &str) -> &str {
    &s[..s.find('>').unwrap_or(s.len())]
}

fn attributes(tag: &str) -> BTreeMap<String, String> {
    let mut out = BTreeMap::new();
    let mut rest = tag;
    while let Some(eq) = rest.find('=') {
        let name = rest[..eq].split_whitespace().last().unwrap_or("").to_string();
        let after = rest[eq + 1..].trim_start();
        let Some(q) = after.chars().next().filter(|c| *c == '"' || *c == '\'') else {
            break;
        };
        let Some(end) = after[1..].find(q) else { break };
        out.insert(name, unescape(&after[1..1 + end]));
        rest = &after[end + 2..];
    }
    out
}

fn between<'a>(s: &'a str, open: &str, close: &str) -> Option<&'a str> {
    let i = s.find(open)? + open.len();
    Some(&s[i..i + s[i..].find(close)?])
}

fn unescape(s: &str) -> String {
    s.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&apos;", "'").replace("&amp;", "&")
}

/// Agreement of our events with PETRARCH-2 on the validation sentences.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PetrarchReport {
    pub cases: usize,
    pub cases_with_predictions: usize,
    /// Cases whose predicted triple multiset equals the expected one (no-event cases included).
    pub exact_cases: usize,
    /// (source country, root, target country) multisets per case.
    pub triple: Prf,
    /// CAMEO roots alone.
    pub root: Prf,
    /// (source country, target country) alone.
    pub dyad: Prf,
    /// Predicted events whose doc_id is no case id (ignored in the scores).
    pub unknown_doc_events: usize,
    pub rows: Vec<PetrarchRow>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PetrarchRow {
    pub id: String,
    pub expected: Vec<String>,
    pub predicted: Vec<String>,
    pub correct: usize,
}

/// Scores `predicted` (events whose `doc_id` is a case id) against the cases' codings.
pub fn score_petrarch(cases: &[PetrarchCase], predicted: &[Event]) -> PetrarchReport {
    let mut by_case: BTreeMap<&str, Vec<PetrarchTriple>> = BTreeMap::new();
    let known: std::collections::BTreeSet<&str> = cases.iter().map(|c| c.id.as_str()).collect();
    let mut unknown_doc_events = 0;
    for e in predicted {
        if known.contains(e.doc_id.as_str()) {
            by_case.entry(&e.doc_id).or_default().push(PetrarchTriple::of_event(e));
        } else {
            unknown_doc_events += 1;
        }
    }
    let (mut triple, mut root, mut dyad) = (Counts::default(), Counts::default(), Counts::default());
    let (mut exact_cases, mut rows) = (0, Vec::new());
    for case in cases {
        let pred = by_case.get(case.id.as_str()).cloned().unwrap_or_default();
        let counts = |f: &dyn Fn(&PetrarchTriple) -> String| {
            let (g, p): (Vec<String>, Vec<String>) =
                (case.expected.iter().map(f).collect(), pred.iter().map(f).collect());
            Counts { correct: multiset_overlap(&g, &p), predicted: p.len(), gold: g.len() }
        };
        let t = counts(&|t| t.to_string());
        root.add(counts(&|t| t.root.clone()));
        dyad.add(counts(&|t| format!("{:?} {:?}", t.source, t.target)));
        exact_cases += usize::from(t.correct == t.predicted && t.correct == t.gold);
        triple.add(t);
        rows.push(PetrarchRow {
            id: case.id.clone(),
            expected: case.expected.iter().map(|t| t.to_string()).collect(),
            predicted: pred.iter().map(|t| t.to_string()).collect(),
            correct: t.correct,
        });
    }
    PetrarchReport {
        cases: cases.len(),
        cases_with_predictions: cases.iter().filter(|c| by_case.contains_key(c.id.as_str())).count(),
        exact_cases,
        triple: triple.prf(),
        root: root.prf(),
        dyad: dyad.prf(),
        unknown_doc_events,
        rows,
    }
}

impl PetrarchReport {
    pub fn to_json(&self) -> String {
        serde_json::to_string_pretty(self).expect("report serializes")
    }

    pub fn to_text(&self) -> String {
        let mut s = String::new();
        let _ = writeln!(
            s,
            "PETRARCH-2 validation: {} sentences, {} with predictions, {} in exact agreement",
            self.cases, self.cases_with_predictions, self.exact_cases
        );
        for (name, p) in [("(src, root, tgt)", &self.triple), ("root", &self.root), ("(src, tgt)", &self.dyad)] {
            let _ = writeln!(
                s,
                "{name:<17} P {:.3}  R {:.3}  F1 {:.3}  ({} ok / {} pred / {} expected)",
                p.precision, p.recall, p.f1, p.correct, p.predicted, p.gold
            );
        }
        if self.unknown_doc_events > 0 {
            let _ = writeln!(s, "warning: {} predicted events name no validation sentence", self.unknown_doc_events);
        }
        for r in &self.rows {
            let ok = r.correct == r.expected.len() && r.correct == r.predicted.len();
            let _ = writeln!(
                s,
                "{} {:<22} expected [{}] got [{}]",
                if ok { "ok  " } else { "MISS" },
                r.id,
                r.expected.join("; "),
                r.predicted.join("; ")
            );
        }
        s
    }
}
