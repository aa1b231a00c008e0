//! PETRARCH-2 validation records: an inline snippet (always runs) and the real file (skips cleanly
//! when ../shared is absent).
mod common;
use casus_eval::petrarch::petrarch_country;
use casus_eval::{load_petrarch, parse_petrarch, score_petrarch, PetrarchTriple};
use std::path::{Path, PathBuf};

const SNIPPET: &str = r#"<?xml version='1.0' encoding='utf-8'?>
<Validation>
# header text with a stray <EventCoding...> mention
<Sentences>
<Sentence category="AFP" date="20080806" id="AFP_1" evaluate="true"/>
<EventCoding eventcode="031" sourcecode="BRA" targetcode="USA" />
<EventCoding eventcode="1124" sourcecode="USAGOV" targetcode="---REB" />
<Text>
Brazil and the United States are seeking to deepen
a partnership, Rock &amp; Roll said.
</Text>
<Parse>
1	Brazil	Brazil	PROPN	NNP	_	0	root	_	_
</Parse>
</Sentence>

<Sentence category="TEST" date="20150609" id="TEST_4" evaluate="true">
<!-- <EventCoding eventcode="010" sourcecode="FRA" targetcode="DEU" /> commented out -->
<EventCoding eventcode="190" sourcecode="ISR" targetcode="PSEGZACVL" />
<EventCoding eventcode="080" sourcecode="IGOUNOMIL" targetcode="SYR" />
<Text>
GAZA CITY: Four children were killed in Israeli tank shelling.
</Text>
</Sentence>
<Sentence category="GOLD" date="20080804" id="NONE_1" evaluate="true">
<EventCoding noevents="True" />
<Text>
</Text>
<Parse>
1	Nothing	nothing	PRON	NN	_	2	nsubj	_	_
2	happened	happen	VERB	VBD	_	0	root	_	SpaceAfter=No
3	.	.	PUNCT	.	_	2	punct	_	_
</Parse>
</Sentence>
</Sentences>
</Validation>
"#;

fn triple(s: Option<&str>, root: &str, t: Option<&str>) -> PetrarchTriple {
    PetrarchTriple { source: s.map(Into::into), root: root.into(), target: t.map(Into::into) }
}

#[test]
fn actor_codes_map_to_countries_only_when_iso3() {
    assert_eq!(petrarch_country("AZEGOV").as_deref(), Some("AZE"));
    assert_eq!(petrarch_country("USA").as_deref(), Some("USA"));
    assert_eq!(petrarch_country("PSEGZACVL").as_deref(), Some("PSE"));
    assert_eq!(petrarch_country("---REB"), None);
    assert_eq!(petrarch_country("IGOUNO"), None);
    assert_eq!(petrarch_country("IMGMUSISI"), None);
    assert_eq!(petrarch_country("US"), None);
}

#[test]
fn inline_snippet_parses() {
    let cases = parse_petrarch(SNIPPET).unwrap();
    assert_eq!(cases.len(), 3);
    let c = &cases[0];
    assert_eq!(c.id, "AFP_1");
    assert_eq!(c.category, "AFP");
    assert_eq!(c.date, chrono::NaiveDate::from_ymd_opt(2008, 8, 6));
    assert_eq!(c.text, "Brazil and the United States are seeking to deepen a partnership, Rock & Roll said.");
    assert_eq!(c.expected, vec![triple(Some("BRA"), "03", Some("USA")), triple(Some("USA"), "11", None)]);
    assert_eq!(c.codings[1].sourcecode, "USAGOV");
    assert_eq!(cases[1].expected, vec![triple(Some("ISR"), "19", Some("PSE")), triple(None, "08", Some("SYR"))]);
    assert!(cases[2].expected.is_empty() && cases[2].codings.is_empty());
    assert_eq!(cases[2].text, "Nothing happened.", "an empty <Text> is rebuilt from the parse");
}

#[test]
fn malformed_records_are_errors() {
    assert!(parse_petrarch(r#"<Sentence date="20080806"><Text>x</Text></Sentence>"#).unwrap_err().contains("no id"));
    let odd_dates =
        parse_petrarch(r#"<Sentence id="a" date="2008"><Text>x</Text><Sentence id="b" date="121108"><Text>y</Text>"#);
    let odd_dates = odd_dates.unwrap();
    assert_eq!(odd_dates[0].date, None, "an unreadable date is no date, not an error");
    assert_eq!(odd_dates[1].date, None, "6-digit dates are not guessed");
    assert!(parse_petrarch(r#"<Sentence id="a"><EventCoding eventcode="01" /><Text>x</Text>"#)
        .unwrap_err()
        .contains("without sourcecode"));
    assert!(parse_petrarch(r#"<Sentence id="a"></Sentence>"#).unwrap_err().contains("no <Text>"));
    assert!(parse_petrarch(r#"<Sentence id="a"><Text> </Text></Sentence>"#).unwrap_err().contains("empty <Text>"));
}

#[test]
fn scoring_agreement() {
    let cases = parse_petrarch(SNIPPET).unwrap();
    // AFP_1: one of two right (Brazil consults the US), plus a wrong root for the US event.
    let e0 = common::target(common::actor(common::ev("AFP_1", 0, "036", 0, 10), "BRA", "GOV"), "USA", "GOV");
    let e1 = common::actor(common::ev("AFP_1", 1, "120", 0, 10), "USA", "GOV");
    // TEST_4: Israel fights Palestinians, right; nothing for the UN.
    let e2 = common::target(common::actor(common::ev("TEST_4", 0, "194", 0, 10), "ISR", "MIL"), "PSE", "CVL");
    // An event for an unknown sentence is ignored but counted.
    let stray = common::ev("elsewhere", 0, "190", 0, 10);
    let r = score_petrarch(&cases, &[e0, e1, e2, stray]);
    assert_eq!((r.cases, r.cases_with_predictions, r.unknown_doc_events), (3, 2, 1));
    assert_eq!((r.triple.correct, r.triple.predicted, r.triple.gold), (2, 3, 4));
    assert_eq!((r.root.correct, r.root.predicted, r.root.gold), (2, 3, 4));
    assert_eq!((r.dyad.correct, r.dyad.predicted, r.dyad.gold), (3, 3, 4));
    assert_eq!(r.exact_cases, 1, "only the no-event sentence agrees exactly");
    assert_eq!(r.rows[0].predicted, vec!["BRA 03 USA", "USA 12 ---"]);
    let text = r.to_text();
    assert!(text.contains("MISS AFP_1") && text.contains("ok   NONE_1"), "{text}");
    let v: serde_json::Value = serde_json::from_str(&r.to_json()).unwrap();
    assert_eq!(v["triple"]["correct"], 2);
}

fn shared_file() -> Option<PathBuf> {
    let p = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../shared/data/petrarch/universalpetrarch/PETR2_GSR_validation.xml");
    if p.exists() {
        Some(p)
    } else {
        eprintln!("note: {} is absent; skipping the real PETRARCH-2 file test", p.display());
        None
    }
}

#[test]
fn real_validation_file_loads() {
    let Some(path) = shared_file() else { return };
    let cases = load_petrarch(&path).unwrap();
    assert_eq!(cases.len(), 78);
    let ids: std::collections::BTreeSet<&str> = cases.iter().map(|c| c.id.as_str()).collect();
    assert_eq!(ids.len(), 78, "ids are unique");
    for c in &cases {
        assert!(!c.text.is_empty() && !c.text.contains('\n'), "{}: {:?}", c.id, c.text);
        assert_eq!(c.date.is_none(), c.id == "AFP0808020905_1", "{} has date=\"121108\"", c.id);
    }
    assert_eq!(cases.iter().filter(|c| c.expected.is_empty()).count(), 12, "12 noevents records");
    assert_eq!(cases.iter().map(|c| c.codings.len()).sum::<usize>(), 80);
    let first = &cases[0];
    assert_eq!(first.id, "AFP0808020625_4");
    assert_eq!(first.expected, vec![triple(Some("USA"), "04", Some("CHN"))]);
    assert!(first.text.starts_with("The stopover came as the US leader"));
    let boko = cases.iter().find(|c| c.id == "abc12_3").unwrap();
    assert!(boko.text.starts_with("Boko Haram has launched many similar attacks"), "{}", boko.text);
    // Perfect "predictions" built from the expected triples agree fully.
    let mut events = Vec::new();
    for c in &cases {
        for (i, t) in c.expected.iter().enumerate() {
            let mut e = common::ev(&c.id, i, &t.root, 0, 1);
            e.actor = t.source.as_ref().map(|s| common::party(Some(s), None, None));
            e.target = t.target.as_ref().map(|s| common::party(Some(s), None, None));
            events.push(e);
        }
    }
    let r = score_petrarch(&cases, &events);
    assert_eq!(r.triple.f1, 1.0);
    assert_eq!(r.exact_cases, 78);
    assert_eq!(score_petrarch(&cases, &[]).exact_cases, 12);
}
