//! The flat table (docs/flat-output.md): columns as documented, derived fields, CSV / TSV that read back
//! as the same table whatever the text holds.
use casus_core::{Action, Casualties, Casualty, DateRef, Event, Evidence, Party, Qualifier};
use casus_pipeline::flat::{columns, event_row, row, Cell, ColumnType};
use casus_pipeline::{EventWriter, Format};
use std::path::Path;

fn event(n: usize, sentence: &str, cameo: &str, date: Option<&str>) -> Event {
    Event {
        doc_id: "d".into(),
        event_id: format!("d:{n}"),
        action: Action { text: "fired on".into(), cameo: cameo.into() },
        actor: Some(Party {
            text: "Azerbaijani forces".into(),
            name: Some("Azerbaijan".into()),
            country: Some("AZE".into()),
            role: Some("MIL".into()),
        }),
        target: None,
        date: date.map(|d| DateRef { text: "On Feb. 13".into(), value: d.into() }),
        location: None,
        casualties: Casualties {
            killed: Some(Casualty { count: Some(4), qualifier: Qualifier::AtLeast, text: "at least four".into() }),
            injured: Some(Casualty { count: None, qualifier: Qualifier::Several, text: "several".into() }),
        },
        source: None,
        evidence: Evidence { start: 10, end: 10 + sentence.chars().count(), sentence: sentence.into() },
        confidence: None,
    }
}

fn cell<'a>(cells: &'a [Cell], name: &str) -> &'a Cell {
    let i = columns().iter().position(|c| c.name == name).unwrap_or_else(|| panic!("no column {name}"));
    &cells[i]
}

#[test]
fn the_documented_columns_are_the_columns() {
    let doc = std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("../../docs/flat-output.md")).unwrap();
    let section = doc.split("## Columns").nth(1).unwrap().split("\n## ").next().unwrap();
    let documented: Vec<(String, String)> = section
        .lines()
        .filter(|l| l.starts_with("| `"))
        .map(|l| {
            let f: Vec<&str> = l.split('|').map(str::trim).collect();
            (f[1].trim_matches('`').to_string(), f[2].to_string())
        })
        .collect();
    let ours: Vec<(String, String)> = columns()
        .iter()
        .map(|c| {
            let kind = match c.kind {
                ColumnType::Text => "text",
                ColumnType::Integer => "integer",
                ColumnType::Number => "number",
            };
            (c.name.clone(), kind.to_string())
        })
        .collect();
    assert_eq!(documented, ours);
}

#[test]
fn derived_fields_codes_and_casualties() {
    let cells = event_row(&event(0, "Shots were fired.", "0256", Some("2024-02")));
    assert_eq!(cell(&cells, "cameo"), &Cell::Text("0256".into()), "codes stay text with their zero");
    assert_eq!(cell(&cells, "cameo_root"), &Cell::Text("02".into()));
    assert_eq!(cell(&cells, "quad_class"), &Cell::Integer(1));
    assert_eq!(cell(&cells, "date_precision"), &Cell::Text("month".into()));
    assert_eq!(cell(&cells, "year"), &Cell::Integer(2024));
    assert_eq!(cell(&cells, "killed"), &Cell::Integer(4));
    assert_eq!(cell(&cells, "killed_qualifier"), &Cell::Text("at_least".into()));
    assert_eq!(cell(&cells, "injured"), &Cell::Empty);
    assert_eq!(cell(&cells, "injured_qualifier"), &Cell::Text("several".into()));
    assert_eq!(cell(&cells, "target_name"), &Cell::Empty);
    assert_eq!(cell(&cells, "sentence_start"), &Cell::Integer(10));
    let quads: Vec<Cell> = ["01", "05", "06", "08", "09", "13", "14", "190", "20", "99"]
        .iter()
        .map(|c| cell(&event_row(&event(0, "x", c, None)), "quad_class").clone())
        .collect();
    let want = [1, 1, 2, 2, 3, 3, 4, 4, 4].map(Cell::Integer);
    assert_eq!(&quads[..9], &want[..]);
    assert_eq!(quads[9], Cell::Empty, "no quad class outside roots 01-20");
    let undated = event_row(&event(0, "x", "19", None));
    for name in ["date", "date_precision", "year", "date_text"] {
        assert_eq!(cell(&undated, name), &Cell::Empty, "{name}");
    }
    assert_eq!(cell(&event_row(&event(0, "x", "19", Some("2020"))), "date_precision"), &Cell::Text("year".into()));
}

#[test]
fn geocoded_places_of_a_record_fill_their_columns() {
    let mut record = serde_json::to_value(event(0, "x", "190", Some("2024-02-13"))).unwrap();
    record["location"] = serde_json::json!({"text": "near Nerkin Hand", "name": "Nerkin Hand", "country": "ARM",
        "admin1": "Syunik", "lat": 39.4316, "lon": 46.4342});
    let cells = row(&record);
    assert_eq!(cell(&cells, "location_country"), &Cell::Text("ARM".into()));
    assert_eq!(cell(&cells, "location_lat"), &Cell::Number(39.4316));
    assert_eq!(cell(&cells, "location_lon").as_field(), "46.4342");
    record["location"] = serde_json::json!({"text": "near Nerkin Hand", "name": "Nerkin Hand"});
    assert_eq!(cell(&row(&record), "location_lat"), &Cell::Empty, "records without geocoding stay valid");
}

fn table(format: Format, events: &[Event]) -> Vec<u8> {
    let mut w = EventWriter::new(Vec::new(), format).unwrap();
    for e in events {
        w.write(e).unwrap();
    }
    w.finish().unwrap()
}

fn read_back(bytes: &[u8], delimiter: u8) -> (Vec<String>, Vec<Vec<String>>) {
    let mut r = csv::ReaderBuilder::new().delimiter(delimiter).from_reader(bytes);
    let header = r.headers().unwrap().iter().map(str::to_string).collect();
    let rows = r.records().map(|rec| rec.unwrap().iter().map(str::to_string).collect()).collect();
    (header, rows)
}

#[test]
fn csv_and_tsv_read_back_as_the_same_table_whatever_the_text_holds() {
    let awkward = [
        "He said \"no\", then left.",
        "Line one,\nline two\r\nand three",
        "Tabs\there and \"quotes\"",
        "=SUM(A1) é 🚀",
    ];
    let events: Vec<Event> = awkward.iter().enumerate().map(|(i, s)| event(i, s, "190", Some("2024-02-13"))).collect();
    let names: Vec<String> = columns().iter().map(|c| c.name.clone()).collect();
    let sentence = names.iter().position(|n| n == "sentence").unwrap();
    for (format, delimiter) in [(Format::Csv, b','), (Format::Tsv, b'\t')] {
        let bytes = table(format, &events);
        let (header, rows) = read_back(&bytes, delimiter);
        assert_eq!(header, names, "{format}");
        assert_eq!(rows.len(), events.len(), "{format}: one row per event");
        for (row, text) in rows.iter().zip(awkward) {
            assert_eq!(row.len(), names.len());
            assert_eq!(row[sentence], text, "{format}");
        }
        assert_eq!(rows[0][0], "d:0");
    }
    let csv = String::from_utf8(table(Format::Csv, &events)).unwrap();
    assert!(csv.starts_with("event_id,doc_id,date,") && csv.contains("\r\n"), "RFC 4180 records end with CRLF");
    assert!(csv.contains("\"He said \"\"no\"\", then left.\""), "quotes doubled inside quotes");
}

#[test]
fn no_events_still_give_a_header_and_jsonl_is_the_records() {
    let (header, rows) = read_back(&table(Format::Csv, &[]), b',');
    assert_eq!((header.len(), rows.len()), (columns().len(), 0));
    assert!(table(Format::Jsonl, &[]).is_empty());
    let e = event(0, "x", "19", None);
    let jsonl = String::from_utf8(table(Format::Jsonl, std::slice::from_ref(&e))).unwrap();
    assert_eq!(jsonl, format!("{}\n", serde_json::to_string(&e).unwrap()));
}

#[test]
fn formats_by_name_and_by_file_name() {
    assert_eq!("CSV".parse::<Format>(), Ok(Format::Csv));
    assert!("xlsx".parse::<Format>().unwrap_err().contains("jsonl, csv or tsv"));
    assert_eq!(Format::from_path(Path::new("out/events.TSV")), Some(Format::Tsv));
    assert_eq!(Format::from_path(Path::new("events.jsonl")), Some(Format::Jsonl));
    assert_eq!(Format::from_path(Path::new("events.out")), None);
}
