//! Input sources: `.txt` files, folders (recursive), `.jsonl` files and stdin, read lazily one
//! document at a time so memory stays bounded whatever the corpus size.
use serde::Deserialize;
use std::collections::{HashMap, VecDeque};
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
///
/// Document ids are unique within a run, because event ids are built from them: a document whose id
/// an earlier document already had (two records with one `id`, or `a/x.txt` and `b/x.txt`) is an
/// error naming both places, and the run goes on.
pub struct Inputs {
    pending: VecDeque<PathBuf>,
    current: Option<Box<dyn Iterator<Item = InputItem> + Send>>,
    max_bytes: usize,
    /// Where the current iterator reads from (a path, or `stdin`).
    source: String,
    /// Every id read so far, with where it was read.
    seen: HashMap<String, String>,
}

impl Inputs {
    /// `args` are paths; `-` means stdin.
    pub fn new(args: &[PathBuf], max_bytes: usize) -> Inputs {
        Inputs {
            pending: args.iter().cloned().collect(),
            current: None,
            max_bytes,
            source: String::new(),
            seen: HashMap::new(),
        }
    }

    /// The document, or an error when its id was already used.
    fn unique(&mut self, doc: RawDoc) -> InputItem {
        match self.seen.get(&doc.id) {
            Some(first) => Err(err(
                &doc.id,
                format!(
                    "{}: duplicate document id: {first} already had a document with this id (event ids must be \
                     unique; rename the file or fix the record's `id`)",
                    self.source
                ),
            )),
            None => {
                self.seen.insert(doc.id.clone(), self.source.clone());
                Ok(doc)
            }
        }
    }

    fn open(&mut self, path: PathBuf) -> Option<Box<dyn Iterator<Item = InputItem> + Send>> {
        let max = self.max_bytes;
        self.source = if path.as_os_str() == "-" { "stdin".to_string() } else { path.display().to_string() };
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
            Some(one(read_text_file(&path, max)))
        }
    }
}

impl Iterator for Inputs {
    type Item = InputItem;

    fn next(&mut self) -> Option<InputItem> {
        loop {
            if let Some(it) = self.current.as_mut() {
                if let Some(item) = it.next() {
                    return Some(item.and_then(|doc| self.unique(doc)));
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

/// The size limit holds for the bytes read, not the size the file system reports: a pipe
/// (`<(cat file)`) or a file in /proc reports 0, and a file can grow while it is read.
fn read_text_file(path: &Path, max: usize) -> InputItem {
    let id = stem(path);
    let mut bytes = Vec::new();
    File::open(path)
        .and_then(|f| f.take(max as u64 + 1).read_to_end(&mut bytes))
        .map_err(|e| err(&id, format!("{}: cannot read: {e}", path.display())))?;
    if bytes.len() > max {
        return Err(err(&id, format!("{}: document is too large: over {max} bytes", path.display())));
    }
    let text = decode(bytes).map_err(|r| err(&id, format!("{}: {r}", path.display())))?;
    Ok(RawDoc { id, text, published: None, title: None })
}

/// The UTF-8 byte order mark some Windows tools write at the start of a file.
const BOM: &[u8] = b"\xef\xbb\xbf";

/// UTF-8 with the byte offset of the first bad byte in the error; a leading BOM is dropped.
fn decode(mut bytes: Vec<u8>) -> Result<String, String> {
    if bytes.starts_with(BOM) {
        bytes.drain(..BOM.len());
    }
    String::from_utf8(bytes).map_err(|e| format!("invalid UTF-8 at byte {}", e.utf8_error().valid_up_to()))
}

/// `r` with a leading BOM left out. Reads up to three bytes to look, and gives back those that are not
/// a BOM, so short reads from a pipe cannot hide one.
fn without_bom<R: Read>(mut r: R) -> io::Result<io::Chain<io::Cursor<Vec<u8>>, R>> {
    let mut head = Vec::with_capacity(BOM.len());
    while head.len() < BOM.len() {
        let mut byte = [0u8; 1];
        match r.read(&mut byte) {
            Ok(0) => break,
            Ok(_) => head.push(byte[0]),
            Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
            Err(e) => return Err(e),
        }
        if !BOM.starts_with(&head) {
            break;
        }
    }
    if head == BOM {
        head.clear();
    }
    Ok(io::Cursor::new(head).chain(r))
}

/// Stdin holds JSON Lines when its first non-blank byte (after a BOM) is `{`, else one text document
/// `stdin`.
fn stdin_docs(max: usize) -> Box<dyn Iterator<Item = InputItem> + Send> {
    let mut reader = match without_bom(io::stdin()) {
        Ok(r) => BufReader::new(r),
        Err(e) => return one(Err(err("stdin", format!("cannot read: {e}")))),
    };
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
        // A BOM starts the first line of a file some editors save, or any line of files joined by `cat`.
        let bytes = bytes.strip_prefix(BOM).unwrap_or(bytes);
        let text = std::str::from_utf8(bytes)
            .map_err(|e| err(&at, format!("invalid UTF-8 at byte {} of the line", e.valid_up_to())))?;
        let rec: JsonlRecord = serde_json::from_str(text).map_err(|e| err(&at, format!("malformed JSON line: {e}")))?;
        let id = match rec.id {
            Some(serde_json::Value::String(s)) if s.trim().is_empty() => {
                return Err(err(&at, "`id` is empty: give the record an id, or leave `id` out to name it by its line"))
            }
            Some(serde_json::Value::String(s)) => s,
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

    /// A reader that hands out one byte per call, as a slow pipe may.
    struct Trickle(Vec<u8>, usize);

    impl Read for Trickle {
        fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
            match (self.0.get(self.1), buf.first_mut()) {
                (Some(&b), Some(slot)) => {
                    *slot = b;
                    self.1 += 1;
                    Ok(1)
                }
                _ => Ok(0),
            }
        }
    }

    #[test]
    fn a_bom_is_dropped_from_streams_and_jsonl_lines() {
        let read = |bytes: &[u8]| {
            let mut out = Vec::new();
            without_bom(Trickle(bytes.to_vec(), 0)).unwrap().read_to_end(&mut out).unwrap();
            out
        };
        assert_eq!(read(b"\xef\xbb\xbf{\"a\":1}"), b"{\"a\":1}");
        assert_eq!(read(b"\xef\xbbx"), b"\xef\xbbx", "a partial BOM is text");
        assert_eq!(read(b"ab"), b"ab");
        assert_eq!(read(b""), b"");
        let items = docs("\u{feff}{\"id\":\"a\",\"text\":\"x\"}\n\u{feff}{\"id\":\"b\",\"text\":\"y\"}\n", 100);
        assert_eq!(items.iter().filter(|i| i.is_ok()).count(), 2, "{items:?}");
    }

    #[test]
    fn an_empty_id_is_named_as_such() {
        let items = docs("{\"id\":\" \",\"text\":\"x\"}\n", 100);
        let e = items[0].as_ref().unwrap_err();
        assert_eq!((e.doc.as_str(), e.reason.contains("`id` is empty")), ("f.jsonl:1", true), "{e:?}");
    }

    #[test]
    fn bom_is_dropped_and_bad_utf8_located() {
        assert_eq!(decode(b"\xef\xbb\xbfHi".to_vec()).unwrap(), "Hi");
        assert_eq!(decode(b"ab\xffc".to_vec()).unwrap_err(), "invalid UTF-8 at byte 2");
    }
}
