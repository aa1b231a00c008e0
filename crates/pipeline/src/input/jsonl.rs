//! JSON Lines documents: one object per line, the text, id, date and title under keys the caller names
//! (`--text-field`, `--id-field`, `--date-field`), read lazily with every line held to the size limit.
use super::{err, InputError, InputItem, RawDoc, BOM};
use serde_json::{Map, Value};
use std::io::{self, BufRead};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;

/// The keys a JSON Lines record keeps its document under. A key that starts with `/` is a JSON pointer
/// into nested objects (`/article/body`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct JsonlFields {
    pub id: String,
    pub text: String,
    /// Publication date keys, in order: the first one the record has wins.
    pub dates: Vec<String>,
    pub title: String,
}

impl Default for JsonlFields {
    fn default() -> Self {
        JsonlFields {
            id: "id".into(),
            text: "text".into(),
            dates: vec!["published".into(), "pub_date".into()],
            title: "title".into(),
        }
    }
}

/// Keys often holding an article's text, offered when the configured one is missing.
const TEXT_KEYS: &[&str] = &["body", "content", "article", "full_text", "maintext", "story", "text", "description"];

impl JsonlFields {
    fn get<'a>(record: &'a Value, key: &str) -> Option<&'a Value> {
        if key.starts_with('/') {
            record.pointer(key)
        } else {
            record.get(key)
        }
    }

    /// The error for a record without its text: the keys it has, and the one that most likely holds the text.
    fn no_text(&self, record: &Map<String, Value>) -> String {
        let mut keys: Vec<&str> = record.keys().map(String::as_str).take(12).collect();
        if record.len() > keys.len() {
            keys.push("...");
        }
        let taken = |k: &str| k == self.id || k == self.title || self.dates.iter().any(|d| d == k);
        let guess = TEXT_KEYS.iter().copied().find(|k| record.get(*k).is_some_and(Value::is_string)).or_else(|| {
            record
                .iter()
                .filter(|(k, _)| !taken(k))
                .filter_map(|(k, v)| Some((k.as_str(), v.as_str()?.len())))
                .max_by_key(|(_, n)| *n)
                .map(|(k, _)| k)
        });
        let hint = match guess {
            Some(k) => format!("name the text key with --text-field (here perhaps --text-field {k})"),
            None => "name the text key with --text-field".to_string(),
        };
        format!("no `{}` field: the record has {}; {hint}", self.text, keys.join(", "))
    }
}

/// Documents of a JSON Lines stream, one per non-blank line.
pub struct JsonlDocs<R> {
    reader: R,
    label: String,
    stem: String,
    line: usize,
    max: usize,
    buf: Vec<u8>,
    fields: JsonlFields,
    /// Bytes read so far, shared with whoever shows progress.
    consumed: Arc<AtomicU64>,
}

impl<R: BufRead> JsonlDocs<R> {
    pub fn new(reader: R, label: String, stem: String, max: usize) -> Self {
        let (fields, consumed) = (JsonlFields::default(), Arc::default());
        JsonlDocs { reader, label, stem, line: 0, max, buf: Vec::new(), fields, consumed }
    }

    /// Reads the document under these keys instead of the default ones.
    pub fn with_fields(mut self, fields: JsonlFields) -> Self {
        self.fields = fields;
        self
    }

    /// Adds every byte read to `counter`.
    pub fn counting_into(mut self, counter: Arc<AtomicU64>) -> Self {
        self.consumed = counter;
        self
    }

    fn parse(&self, bytes: &[u8]) -> InputItem {
        let at = format!("{}:{}", self.label, self.line);
        // A BOM starts the first line of a file some editors save, or any line of files joined by `cat`.
        let bytes = bytes.strip_prefix(BOM).unwrap_or(bytes);
        let text = std::str::from_utf8(bytes)
            .map_err(|e| err(&at, format!("invalid UTF-8 at byte {} of the line", e.valid_up_to())))?;
        let record: Value = serde_json::from_str(text).map_err(|e| err(&at, format!("malformed JSON line: {e}")))?;
        let Some(object) = record.as_object() else {
            return Err(err(&at, "malformed JSON line: want an object ({\"id\": ..., \"text\": ...}) on every line"));
        };
        let f = &self.fields;
        let id = self.id(JsonlFields::get(&record, &f.id), &at)?;
        let text = match JsonlFields::get(&record, &f.text) {
            Some(Value::String(s)) => s.clone(),
            None | Some(Value::Null) => return Err(err(&id, format!("{at}: {}", f.no_text(object)))),
            Some(other) => return Err(err(&id, format!("{at}: `{}` must be a string, found {}", f.text, kind(other)))),
        };
        let mut published = None;
        for key in &f.dates {
            match JsonlFields::get(&record, key) {
                None | Some(Value::Null) => continue,
                Some(Value::String(s)) => published = Some(s.clone()),
                Some(other) => {
                    return Err(err(
                        &id,
                        format!("{at}: `{key}` must be a date string like \"2024-02-15\", found {other}"),
                    ))
                }
            }
            break;
        }
        let title = JsonlFields::get(&record, &f.title).and_then(Value::as_str).map(str::to_string);
        Ok(RawDoc { id, text, published, title })
    }

    fn id(&self, value: Option<&Value>, at: &str) -> Result<String, InputError> {
        let key = &self.fields.id;
        match value {
            Some(Value::String(s)) if s.trim().is_empty() => Err(err(
                at,
                format!("`{key}` is empty: give the record an id, or leave `{key}` out to name it by its line"),
            )),
            Some(Value::String(s)) => Ok(s.clone()),
            Some(Value::Number(n)) => Ok(n.to_string()),
            None | Some(Value::Null) => Ok(format!("{}-{}", self.stem, self.line)),
            Some(other) => Err(err(at, format!("`{key}` must be a string or number, found {other}"))),
        }
    }
}

/// The JSON type of a value, for messages.
fn kind(v: &Value) -> &'static str {
    match v {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "an array",
        Value::Object(_) => "an object",
    }
}

impl<R: BufRead + Send> Iterator for JsonlDocs<R> {
    type Item = InputItem;

    fn next(&mut self) -> Option<InputItem> {
        loop {
            self.line += 1;
            let mut buf = std::mem::take(&mut self.buf);
            buf.clear();
            let mut consumed = 0;
            let read = read_capped_line(&mut self.reader, &mut buf, self.max, &mut consumed);
            self.consumed.fetch_add(consumed, Ordering::Relaxed);
            let item = match read {
                Err(e) => Some(Err(err(&format!("{}:{}", self.label, self.line), format!("cannot read: {e}")))),
                Ok(None) => None,
                Ok(Some(false)) if buf.iter().all(u8::is_ascii_whitespace) => {
                    self.buf = buf;
                    continue;
                }
                Ok(Some(false)) => Some(self.parse(&buf)),
                Ok(Some(true)) => Some(Err(err(
                    &format!("{}:{}", self.label, self.line),
                    format!("line is too large: over {} bytes", self.max),
                ))),
            };
            self.buf = buf;
            return item;
        }
    }
}

/// Reads one line into `buf` keeping at most `max` bytes; `Some(true)` when the line was longer
/// (the rest is skipped), `None` at end of input. Every byte read is added to `consumed`.
fn read_capped_line<R: BufRead>(
    r: &mut R,
    buf: &mut Vec<u8>,
    max: usize,
    consumed: &mut u64,
) -> io::Result<Option<bool>> {
    let mut any = false;
    let mut over = false;
    loop {
        let chunk = r.fill_buf()?;
        if chunk.is_empty() {
            return Ok(any.then_some(over));
        }
        any = true;
        let (take, done) = match chunk.iter().position(|&b| b == b'\n') {
            Some(p) => (p + 1, true),
            None => (chunk.len(), false),
        };
        let body = if done { &chunk[..take - 1] } else { &chunk[..take] };
        if buf.len() + body.len() > max {
            over = true;
        } else if !over {
            buf.extend_from_slice(body);
        }
        r.consume(take);
        *consumed += take as u64;
        if done {
            if buf.last() == Some(&b'\r') {
                buf.pop();
            }
            return Ok(Some(over));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn docs_with(text: &str, max: usize, fields: JsonlFields) -> Vec<InputItem> {
        let reader = io::Cursor::new(text.as_bytes().to_vec());
        JsonlDocs::new(reader, "f.jsonl".into(), "f".into(), max).with_fields(fields).collect()
    }

    fn docs(text: &str, max: usize) -> Vec<InputItem> {
        docs_with(text, max, JsonlFields::default())
    }

    #[test]
    fn jsonl_crlf_blank_lines_and_fallback_ids() {
        let items = docs("{\"id\":\"a\",\"text\":\"x\"}\r\n\r\n{\"text\":\"y\",\"title\":\"T\"}", 100);
        assert_eq!(items.len(), 2);
        assert_eq!(items[0].as_ref().unwrap().id, "a");
        let b = items[1].as_ref().unwrap();
        assert_eq!((b.id.as_str(), b.title.as_deref()), ("f-3", Some("T")));
    }

    #[test]
    fn an_overlong_line_fails_alone() {
        let items = docs("{\"id\":\"a\",\"text\":\"xxxxxxxxxxxxxxxxxxxxxxxx\"}\n{\"id\":\"b\",\"text\":\"y\"}\n", 30);
        assert!(items[0].as_ref().unwrap_err().reason.contains("too large"));
        assert_eq!(items[1].as_ref().unwrap().id, "b");
    }

    #[test]
    fn bom_on_every_line_and_empty_ids() {
        let items = docs("\u{feff}{\"id\":\"a\",\"text\":\"x\"}\n\u{feff}{\"id\":\"b\",\"text\":\"y\"}\n", 100);
        assert_eq!(items.iter().filter(|i| i.is_ok()).count(), 2, "{items:?}");
        let items = docs("{\"id\":\" \",\"text\":\"x\"}\n", 100);
        let e = items[0].as_ref().unwrap_err();
        assert_eq!((e.doc.as_str(), e.reason.contains("`id` is empty")), ("f.jsonl:1", true), "{e:?}");
    }

    #[test]
    fn named_keys_and_pointers_read_the_document() {
        let fields = JsonlFields {
            id: "url".into(),
            text: "/article/body".into(),
            dates: vec!["date".into()],
            title: "headline".into(),
        };
        let line =
            r#"{"url":"u1","article":{"body":"Troops clashed."},"date":"2024-02-15","headline":"H","published":"x"}"#;
        let doc = docs_with(line, 1000, fields).pop().unwrap().unwrap();
        assert_eq!(
            doc,
            RawDoc {
                id: "u1".into(),
                text: "Troops clashed.".into(),
                published: Some("2024-02-15".into()),
                title: Some("H".into())
            }
        );
        let dated = docs("{\"id\":\"a\",\"text\":\"x\",\"published\":null,\"pub_date\":\"2024-01-02\"}", 1000);
        assert_eq!(dated[0].as_ref().unwrap().published.as_deref(), Some("2024-01-02"), "the first key present wins");
    }

    #[test]
    fn a_missing_text_names_the_keys_seen_and_the_flag() {
        let items =
            docs("{\"id\":\"a\",\"headline\":\"H\",\"body\":\"Troops clashed.\",\"date\":\"2024-02-15\"}\n", 1000);
        let e = items[0].as_ref().unwrap_err();
        assert_eq!(e.doc, "a");
        assert!(e.reason.contains("no `text` field: the record has "), "{}", e.reason);
        assert!(["id", "headline", "body", "date"].iter().all(|k| e.reason.contains(k)), "{}", e.reason);
        assert!(e.reason.contains("--text-field body"), "{}", e.reason);
        let items = docs("{\"id\":\"a\",\"k\":\"short\",\"words\":\"a longer string\"}\n", 1000);
        assert!(items[0].as_ref().unwrap_err().reason.contains("perhaps --text-field words"));
        let items =
            docs("{\"id\":\"a\",\"text\":42}\n[1,2]\n{\"id\":\"b\",\"text\":\"x\",\"published\":20240215}\n", 1000);
        let reasons: Vec<&str> = items.iter().map(|i| i.as_ref().unwrap_err().reason.as_str()).collect();
        assert!(reasons[0].contains("`text` must be a string, found a number"), "{reasons:?}");
        assert!(reasons[1].contains("want an object"), "{reasons:?}");
        assert!(reasons[2].contains("`published` must be a date string"), "{reasons:?}");
    }

    #[test]
    fn every_byte_read_is_counted() {
        let text =
            "{\"id\":\"a\",\"text\":\"x\"}\r\n\n{\"id\":\"b\",\"text\":\"yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy\"}\n{}";
        let counter = Arc::new(AtomicU64::new(0));
        let reader = io::Cursor::new(text.as_bytes().to_vec());
        let n = JsonlDocs::new(reader, "f".into(), "f".into(), 30).counting_into(counter.clone()).count();
        assert_eq!((n, counter.load(Ordering::Relaxed)), (3, text.len() as u64));
    }
}
