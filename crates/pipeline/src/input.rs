//! Input sources: `.txt` files, folders (recursive), `.jsonl` files and stdin, read lazily one
//! document at a time so memory stays bounded whatever the corpus size.
use serde::Deserialize;
use std::collections::VecDeque;
use std::fs::File;
use std::io::{self, BufRead, BufReader, Read};
use std::path::{Path, PathBuf};

/// A document as read, before segmentation.
#[derive(Debug, Clone, PartialEq)]
pub struct RawDoc {
    pub id: String,
    pub text: String,
    /// Publication date as written in the input (parsed later, so a bad one fails only its document).
    pub published: Option<String>,
    pub title: Option<String>,
}

/// A document (or input unit) that could not be read, with what to tell the user.
#[derive(Debug, Clone, PartialEq)]
pub struct InputError {
    /// The document id, or `path:line` / the path when no id could be read.
    pub doc: String,
    pub reason: String,
}

pub type InputItem = Result<RawDoc, InputError>;

/// Largest document accepted, in bytes, unless the caller sets another.
pub const DEFAULT_MAX_DOC_BYTES: usize = 10 * 1024 * 1024;

/// Iterator over every document of a list of input arguments, in argument order; folders are
/// walked in sorted order so runs are reproducible.
pub struct Inputs {
    pending: VecDeque<PathBuf>,
    current: Option<Box<dyn Iterator<Item = InputItem> + Send>>,
    max_bytes: usize,
}

impl Inputs {
    /// `args` are paths; `-` means stdin.
    pub fn new(args: &[PathBuf], max_bytes: usize) -> Inputs {
        Inputs { pending: args.iter().cloned().collect(), current: None, max_bytes }
    }

    fn open(&mut self, path: PathBuf) -> Option<Box<dyn Iterator<Item = InputItem> + Send>> {
        let max = self.max_bytes;
        if path.as_os_str() == "-" {
            return Some(stdin_docs(max));
        }
        let meta = match std::fs::metadata(&path) {
            Ok(m) => m,
            Err(e) => return Some(one(Err(err(&stem(&path), format!("{}: cannot read: {e}", path.display()))))),
        };
        if meta.is_dir() {
            match sorted_entries(&path) {
                Ok(children) => {
                    for child in children.into_iter().rev() {
                        self.pending.push_front(child);
                    }
                    None
                }
                Err(e) => Some(one(Err(err(&path.display().to_string(), format!("cannot list folder: {e}"))))),
            }
        } else if is_jsonl(&path) {
            let label = path.display().to_string();
            match File::open(&path) {
                Ok(f) => Some(Box::new(JsonlDocs::new(BufReader::new(f), label, stem(&path), max))),
                Err(e) => Some(one(Err(err(&label, format!("cannot open: {e}"))))),
            }
        } else {
            Some(one(read_text_file(&path, meta.len(), max)))
        }
    }
}

impl Iterator for Inputs {
    type Item = InputItem;

    fn next(&mut self) -> Option<InputItem> {
        loop {
            if let Some(it) = self.current.as_mut() {
                if let Some(item) = it.next() {
                    return Some(item);
                }
                self.current = None;
            }
            let path = self.pending.pop_front()?;
            self.current = self.open(path);
        }
    }
}

fn one(item: InputItem) -> Box<dyn Iterator<Item = InputItem> + Send> {
    Box::new(std::iter::once(item))
}

fn err(doc: &str, reason: impl Into<String>) -> InputError {
    InputError { doc: doc.to_string(), reason: reason.into() }
}

fn is_jsonl(path: &Path) -> bool {
    matches!(path.extension().and_then(|e| e.to_str()), Some("jsonl" | "ndjson"))
}

fn stem(path: &Path) -> String {
    path.file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_else(|| path.display().to_string())
}

/// Files a folder contributes: `.txt` and `.jsonl`, hidden entries skipped, sorted by name.
fn sorted_entries(dir: &Path) -> io::Result<Vec<PathBuf>> {
    let mut out = Vec::new();
    for entry in std::fs::read_dir(dir)? {
        let path = entry?.path();
        let name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
        if name.starts_with('.') {
            continue;
        }
        let ext = path.extension().and_then(|e| e.to_str()).unwrap_or("");
        if path.is_dir() || matches!(ext, "txt" | "jsonl" | "ndjson") {
            out.push(path);
        }
    }
    out.sort();
    Ok(out)
}

fn read_text_file(path: &Path, len: u64, max: usize) -> InputItem {
    let id = stem(path);
    if len > max as u64 {
        return Err(err(
            &id,
            format!("{}: document is too large: {len} bytes, the limit is {max} bytes", path.display()),
        ));
    }
    let mut bytes = Vec::with_capacity(len as usize);
    File::open(path)
        .and_then(|f| f.take(max as u64 + 1).read_to_end(&mut bytes))
        .map_err(|e| err(&id, format!("{}: cannot read: {e}", path.display())))?;
    let text = decode(bytes).map_err(|r| err(&id, format!("{}: {r}", path.display())))?;
    Ok(RawDoc { id, text, published: None, title: None })
}

/// UTF-8 with the byte offset of the first bad byte in the error; a leading BOM is dropped.
fn decode(bytes: Vec<u8>) -> Result<String, String> {
    let mut text =
        String::from_utf8(bytes).map_err(|e| format!("invalid UTF-8 at byte {}", e.utf8_error().valid_up_to()))?;
    if text.starts_with('\u{feff}') {
        text.drain(..3);
    }
    Ok(text)
}

/// Stdin holds JSON Lines when its first non-blank byte is `{`, else one text document `stdin`.
fn stdin_docs(max: usize) -> Box<dyn Iterator<Item = InputItem> + Send> {
    let mut reader = BufReader::new(io::stdin());
    let first = loop {
        match reader.fill_buf() {
            Ok([]) => break None,
            Ok(buf) => match buf.iter().position(|b| !b.is_ascii_whitespace()) {
                Some(p) => break Some(buf[p]),
                None => {
                    let n = buf.len();
                    reader.consume(n);
                }
            },
            Err(e) => return one(Err(err("stdin", format!("cannot read: {e}")))),
        }
    };
    if first == Some(b'{') {
        return Box::new(JsonlDocs::new(reader, "stdin".into(), "stdin".into(), max));
    }
    let mut bytes = Vec::new();
    let item = match reader.take(max as u64 + 1).read_to_end(&mut bytes) {
        Err(e) => Err(err("stdin", format!("cannot read: {e}"))),
        Ok(n) if n > max => Err(err("stdin", format!("document is too large: over {max} bytes"))),
        Ok(_) => decode(bytes)
            .map(|text| RawDoc { id: "stdin".into(), text, published: None, title: None })
            .map_err(|r| err("stdin", r)),
    };
    one(item)
}

/// One JSON Lines record: `id`, `text`, optional `published` / `pub_date`, `title`; other keys ignored.
#[derive(Deserialize)]
struct JsonlRecord {
    id: Option<serde_json::Value>,
    text: Option<String>,
    published: Option<String>,
    pub_date: Option<String>,
    title: Option<String>,
}

/// Documents of a JSON Lines stream, one per non-blank line.
pub struct JsonlDocs<R> {
    reader: R,
    label: String,
    stem: String,
    line: usize,
    max: usize,
    buf: Vec<u8>,
}

impl<R: BufRead> JsonlDocs<R> {
    pub fn new(reader: R, label: String, stem: String, max: usize) -> Self {
        JsonlDocs { reader, label, stem, line: 0, max, buf: Vec::new() }
    }

    fn parse(&self, bytes: &[u8]) -> InputItem {
        let at = format!("{}:{}", self.label, self.line);
        let text = std::str::from_utf8(bytes)
            .map_err(|e| err(&at, format!("invalid UTF-8 at byte {} of the line", e.valid_up_to())))?;
        let rec: JsonlRecord = serde_json::from_str(text).map_err(|e| err(&at, format!("malformed JSON line: {e}")))?;
        let id = match rec.id {
            Some(serde_json::Value::String(s)) if !s.trim().is_empty() => s,
            Some(serde_json::Value::Number(n)) => n.to_string(),
            None | Some(serde_json::Value::Null) => format!("{}-{}", self.stem, self.line),
            Some(other) => return Err(err(&at, format!("`id` must be a string or number, found {other}"))),
        };
        let text = rec.text.ok_or_else(|| err(&id, format!("{at}: no `text` field")))?;
        Ok(RawDoc { id, text, published: rec.published.or(rec.pub_date), title: rec.title })
    }
}

impl<R: BufRead + Send> Iterator for JsonlDocs<R> {
    type Item = InputItem;

    fn next(&mut self) -> Option<InputItem> {
        loop {
            self.line += 1;
            let mut buf = std::mem::take(&mut self.buf);
            buf.clear();
            let read = read_capped_line(&mut self.reader, &mut buf, self.max);
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
/// (the rest is skipped), `None` at end of input.
fn read_capped_line<R: BufRead>(r: &mut R, buf: &mut Vec<u8>, max: usize) -> io::Result<Option<bool>> {
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

    fn docs(text: &str, max: usize) -> Vec<InputItem> {
        JsonlDocs::new(io::Cursor::new(text.as_bytes().to_vec()), "f.jsonl".into(), "f".into(), max).collect()
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
    fn bom_is_dropped_and_bad_utf8_located() {
        assert_eq!(decode(b"\xef\xbb\xbfHi".to_vec()).unwrap(), "Hi");
        assert_eq!(decode(b"ab\xffc".to_vec()).unwrap_err(), "invalid UTF-8 at byte 2");
    }
}
