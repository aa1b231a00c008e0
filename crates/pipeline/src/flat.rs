//! The flat table of events (docs/flat-output.md): one row per event with the columns of
//! `data/flat_columns.tsv`, written as CSV (RFC 4180) or TSV; or the JSON Lines records unchanged.
//!
//! Rows are read off the JSON form of a record, by JSON pointer, so records written earlier (and the
//! optional geocoded keys of `location`, which [`Event`] does not carry) flatten the same way.
use casus_core::Event;
use serde_json::Value;
use std::borrow::Cow;
use std::collections::HashMap;
use std::fmt;
use std::io::{self, Write};
use std::path::Path;
use std::str::FromStr;
use std::sync::OnceLock;

const COLUMNS_TSV: &str = include_str!("../data/flat_columns.tsv");
const QUAD_CLASS_TSV: &str = include_str!("../data/quad_class.tsv");

/// What a column holds, for readers that type their columns (pandas, Spark).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ColumnType {
    Text,
    Integer,
    Number,
}

/// Where a column's value comes from.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Source {
    /// A JSON pointer into the record ("/actor/name").
    Pointer(String),
    /// `day`, `month` or `year`, from the shape of `date.value`.
    DatePrecision,
    /// The year of `date.value`.
    Year,
    /// The two-digit root of `action.cameo`.
    CameoRoot,
    /// The quad class of the root (`data/quad_class.tsv`).
    QuadClass,
}

#[derive(Debug, Clone)]
pub struct Column {
    pub name: String,
    pub kind: ColumnType,
    source: Source,
}

/// The columns of the flat table, in order.
pub fn columns() -> &'static [Column] {
    static COLUMNS: OnceLock<Vec<Column>> = OnceLock::new();
    COLUMNS.get_or_init(|| data_rows(COLUMNS_TSV).map(|f| parse_column(&f)).collect())
}

/// The non-comment rows of a built-in TSV file, split at tabs.
fn data_rows(tsv: &'static str) -> impl Iterator<Item = Vec<&'static str>> {
    tsv.lines().filter(|l| !l.trim().is_empty() && !l.starts_with('#')).map(|l| l.split('\t').collect())
}

/// One row of `data/flat_columns.tsv`; the file is part of the build, so a bad row is a bug (the tests
/// read every row).
fn parse_column(fields: &[&str]) -> Column {
    let [name, kind, source] = fields else { panic!("flat_columns.tsv: want 3 fields, got {fields:?}") };
    let kind = match *kind {
        "text" => ColumnType::Text,
        "integer" => ColumnType::Integer,
        "number" => ColumnType::Number,
        other => panic!("flat_columns.tsv: unknown type {other:?}"),
    };
    let source = match *source {
        "derived:date_precision" => Source::DatePrecision,
        "derived:year" => Source::Year,
        "derived:cameo_root" => Source::CameoRoot,
        "derived:quad_class" => Source::QuadClass,
        p if p.starts_with('/') => Source::Pointer(p.to_string()),
        other => panic!("flat_columns.tsv: unknown source {other:?}"),
    };
    Column { name: name.to_string(), kind, source }
}

fn quad_classes() -> &'static HashMap<&'static str, i64> {
    static QUAD: OnceLock<HashMap<&'static str, i64>> = OnceLock::new();
    QUAD.get_or_init(|| {
        data_rows(QUAD_CLASS_TSV)
            .map(|f| (f[0], f[1].parse().unwrap_or_else(|_| panic!("quad_class.tsv: bad class in {f:?}"))))
            .collect()
    })
}

/// One field of a row.
#[derive(Debug, Clone, PartialEq)]
pub enum Cell {
    Empty,
    Text(String),
    Integer(i64),
    Number(f64),
}

impl Cell {
    /// The field as written in CSV / TSV: empty for [`Cell::Empty`].
    pub fn as_field(&self) -> Cow<'_, str> {
        match self {
            Cell::Empty => Cow::Borrowed(""),
            Cell::Text(s) => Cow::Borrowed(s),
            Cell::Integer(n) => Cow::Owned(n.to_string()),
            Cell::Number(x) => Cow::Owned(x.to_string()),
        }
    }
}

/// The row of a record (the JSON form of an [`Event`]), one cell per column of [`columns`].
pub fn row(record: &Value) -> Vec<Cell> {
    columns().iter().map(|c| cell(record, c)).collect()
}

/// The row of an event.
pub fn event_row(event: &Event) -> Vec<Cell> {
    row(&serde_json::to_value(event).unwrap_or(Value::Null))
}

fn cell(record: &Value, column: &Column) -> Cell {
    let text_at = |p: &str| record.pointer(p).and_then(Value::as_str).filter(|s| !s.is_empty());
    match &column.source {
        Source::Pointer(p) => record.pointer(p).map_or(Cell::Empty, |v| scalar(v, column.kind)),
        Source::DatePrecision => match text_at("/date/value").map(|d| d.split('-').count()) {
            Some(1) => Cell::Text("year".into()),
            Some(2) => Cell::Text("month".into()),
            Some(3) => Cell::Text("day".into()),
            _ => Cell::Empty,
        },
        Source::Year => {
            text_at("/date/value").and_then(|d| d.get(..4)?.parse().ok()).map_or(Cell::Empty, Cell::Integer)
        }
        Source::CameoRoot => text_at("/action/cameo").map_or(Cell::Empty, |c| Cell::Text(root(c).to_string())),
        Source::QuadClass => text_at("/action/cameo")
            .and_then(|c| quad_classes().get(root(c)).copied())
            .map_or(Cell::Empty, Cell::Integer),
    }
}

fn root(cameo: &str) -> &str {
    cameo.get(..2).unwrap_or(cameo)
}

/// A JSON value as a cell of a column of `kind`. Values of another type than the column's (from records
/// written by other tools) are kept as their text rather than dropped.
fn scalar(v: &Value, kind: ColumnType) -> Cell {
    match (v, kind) {
        (Value::Null, _) => Cell::Empty,
        (Value::String(s), _) => Cell::Text(s.clone()),
        (Value::Number(n), ColumnType::Integer) => n.as_i64().map_or_else(|| Cell::Text(n.to_string()), Cell::Integer),
        (Value::Number(n), ColumnType::Number) => n.as_f64().map_or_else(|| Cell::Text(n.to_string()), Cell::Number),
        (other, _) => Cell::Text(other.to_string()),
    }
}

/// How events are written.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Format {
    /// One JSON record per line (docs/output-format.md).
    #[default]
    Jsonl,
    /// The flat table, comma-separated, RFC 4180.
    Csv,
    /// The flat table, tab-separated.
    Tsv,
}

impl Format {
    /// The format a file name asks for: `.csv`, `.tsv` / `.tab`, `.jsonl` / `.ndjson`; `None` otherwise.
    pub fn from_path(path: &Path) -> Option<Format> {
        let ext = path.extension()?.to_str()?.to_ascii_lowercase();
        match ext.as_str() {
            "csv" => Some(Format::Csv),
            "tsv" | "tab" => Some(Format::Tsv),
            "jsonl" | "ndjson" => Some(Format::Jsonl),
            _ => None,
        }
    }
}

impl FromStr for Format {
    type Err = String;

    fn from_str(s: &str) -> Result<Format, String> {
        match s.to_ascii_lowercase().as_str() {
            "jsonl" | "ndjson" => Ok(Format::Jsonl),
            "csv" => Ok(Format::Csv),
            "tsv" => Ok(Format::Tsv),
            _ => Err(format!("unknown format {s:?}: jsonl, csv or tsv")),
        }
    }
}

impl fmt::Display for Format {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Format::Jsonl => "jsonl",
            Format::Csv => "csv",
            Format::Tsv => "tsv",
        })
    }
}

/// Writes events in one [`Format`]: tables get their header row first, also when no event follows.
pub struct EventWriter<W: Write> {
    inner: Inner<W>,
}

enum Inner<W: Write> {
    Jsonl(W),
    // Boxed: the CSV writer carries its buffer and state inline, the JSON Lines writer nothing.
    Table(Box<csv::Writer<W>>),
}

impl<W: Write> EventWriter<W> {
    pub fn new(out: W, format: Format) -> io::Result<EventWriter<W>> {
        let (delimiter, terminator) = match format {
            Format::Jsonl => return Ok(EventWriter { inner: Inner::Jsonl(out) }),
            // RFC 4180 ends records with CRLF; TSV is for Unix tools, which want LF.
            Format::Csv => (b',', csv::Terminator::CRLF),
            Format::Tsv => (b'\t', csv::Terminator::Any(b'\n')),
        };
        let table = csv::WriterBuilder::new().delimiter(delimiter).terminator(terminator).from_writer(out);
        let mut w = EventWriter { inner: Inner::Table(Box::new(table)) };
        w.write_header()?;
        Ok(w)
    }

    fn write_header(&mut self) -> io::Result<()> {
        if let Inner::Table(t) = &mut self.inner {
            t.write_record(columns().iter().map(|c| c.name.as_str())).map_err(to_io)?;
        }
        Ok(())
    }

    /// Writes one event.
    pub fn write(&mut self, event: &Event) -> io::Result<()> {
        match &mut self.inner {
            Inner::Jsonl(w) => {
                serde_json::to_writer(&mut *w, event)?;
                w.write_all(b"\n")
            }
            Inner::Table(_) => self.write_cells(&event_row(event)),
        }
    }

    /// Writes one record read back from JSON Lines (as [`EventWriter::write`] would have written it).
    pub fn write_record(&mut self, record: &Value) -> io::Result<()> {
        match &mut self.inner {
            Inner::Jsonl(w) => {
                serde_json::to_writer(&mut *w, record)?;
                w.write_all(b"\n")
            }
            Inner::Table(_) => self.write_cells(&row(record)),
        }
    }

    fn write_cells(&mut self, cells: &[Cell]) -> io::Result<()> {
        if let Inner::Table(t) = &mut self.inner {
            let fields: Vec<Cow<str>> = cells.iter().map(Cell::as_field).collect();
            t.write_record(fields.iter().map(|f| f.as_bytes())).map_err(to_io)?;
        }
        Ok(())
    }

    /// Flushes what the writer holds and gives the output back.
    pub fn finish(self) -> io::Result<W> {
        match self.inner {
            Inner::Jsonl(mut w) => w.flush().map(|_| w),
            Inner::Table(t) => t.into_inner().map_err(|e| e.into_error()),
        }
    }
}

/// A CSV error as the I/O error it wraps (a closed pipe stays a closed pipe for the caller).
fn to_io(e: csv::Error) -> io::Error {
    if !matches!(e.kind(), csv::ErrorKind::Io(_)) {
        return io::Error::other(e);
    }
    match e.into_kind() {
        csv::ErrorKind::Io(io) => io,
        other => io::Error::other(format!("{other:?}")),
    }
}
