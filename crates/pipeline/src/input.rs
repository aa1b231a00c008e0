//! Input sources: `.txt` files, folders (recursive), `.jsonl` files and stdin, read lazily one
//! document at a time so memory stays bounded whatever the corpus size.
use std::collections::{BTreeMap, HashMap, VecDeque};
use std::fs::File;
use std::io::{self, BufRead, BufReader, Read};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};

mod jsonl;
mod kinds;

pub use jsonl::{JsonlDocs, JsonlFields};

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
    fields: JsonlFields,
    skipped: SkippedFiles,
    /// Bytes of files read so far (stdin not counted), for progress against [`Inputs::total_bytes`].
    consumed: Arc<AtomicU64>,
}

/// Files of input folders that were not read (not `.txt`, `.jsonl` or `.ndjson`), counted by extension.
/// A handle: clones share the counts, so the caller can keep one while the run consumes the [`Inputs`].
#[derive(Debug, Clone, Default)]
pub struct SkippedFiles(Arc<Mutex<BTreeMap<String, usize>>>);

impl SkippedFiles {
    fn add(&self, path: &Path) {
        let ext = match path.extension().and_then(|e| e.to_str()) {
            Some(e) => format!(".{}", e.to_ascii_lowercase()),
            None => "(no extension)".to_string(),
        };
        *self.0.lock().unwrap_or_else(|e| e.into_inner()).entry(ext).or_default() += 1;
    }

    /// `(extension, files)`, most files first (`.html`, `(no extension)`).
    pub fn counts(&self) -> Vec<(String, usize)> {
        let mut counts: Vec<(String, usize)> =
            self.0.lock().unwrap_or_else(|e| e.into_inner()).iter().map(|(k, v)| (k.clone(), *v)).collect();
        counts.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
        counts
    }
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
            fields: JsonlFields::default(),
            skipped: SkippedFiles::default(),
            consumed: Arc::default(),
        }
    }

    /// Reads JSON Lines documents under these keys (`--text-field` and the like).
    pub fn with_fields(mut self, fields: JsonlFields) -> Inputs {
        self.fields = fields;
        self
    }

    /// The files folders held that are not read; filled as the folders are walked.
    pub fn skipped_files(&self) -> SkippedFiles {
        self.skipped.clone()
    }

    /// Bytes read so far from files (not stdin); grows as documents are read.
    pub fn bytes_read(&self) -> Arc<AtomicU64> {
        self.consumed.clone()
    }

    /// The bytes all inputs hold (the files folders contribute included), or `None` when one of them is
    /// stdin, whose size is not known in advance.
    pub fn total_bytes(&self) -> Option<u64> {
        let mut total = 0;
        let mut pending: Vec<PathBuf> = self.pending.iter().cloned().collect();
        while let Some(path) = pending.pop() {
            if path.as_os_str() == "-" {
                return None;
            }
            match std::fs::metadata(&path) {
                Ok(m) if m.is_dir() => pending.extend(sorted_entries(&path, None).unwrap_or_default()),
                Ok(m) => total += m.len(),
                Err(_) => {}
            }
        }
        Some(total)
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
            return Some(stdin_docs(max, self.fields.clone()));
        }
        let meta = match std::fs::metadata(&path) {
            Ok(m) => m,
            Err(e) => {
                let shown = path.display().to_string();
                if let Some(what) = kinds::url(&shown) {
                    return Some(one(Err(err(&shown, format!("{shown}: {what}")))));
                }
                return Some(one(Err(err(&stem(&path), format!("{shown}: cannot read: {e}")))));
            }
        };
        if meta.is_dir() {
            match sorted_entries(&path, Some(&self.skipped)) {
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
                Ok(f) => Some(Box::new(
                    JsonlDocs::new(BufReader::new(f), label, stem(&path), max)
                        .with_fields(self.fields.clone())
                        .counting_into(self.consumed.clone()),
                )),
                Err(e) => Some(one(Err(err(&label, format!("cannot open: {e}"))))),
            }
        } else {
            // Read whole or refused whole: either way its bytes are done with.
            self.consumed.fetch_add(meta.len(), Ordering::Relaxed);
            if let Some(what) = kinds::by_extension(&path) {
                return Some(one(Err(err(&stem(&path), format!("{}: {what}", path.display())))));
            }
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

/// Files a folder contributes: `.txt`, `.jsonl` and `.ndjson`, hidden entries left out, sorted by name;
/// the other files are counted in `skipped`.
fn sorted_entries(dir: &Path, skipped: Option<&SkippedFiles>) -> io::Result<Vec<PathBuf>> {
    let mut out = Vec::new();
    for entry in std::fs::read_dir(dir)? {
        let path = entry?.path();
        let name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
        if name.starts_with('.') {
            continue;
        }
        let ext = path.extension().and_then(|e| e.to_str()).unwrap_or("");
        if path.is_dir() || kinds::is_read_in_folders(ext) {
            out.push(path);
        } else if let Some(skipped) = skipped {
            skipped.add(&path);
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
    let text = decode(bytes).map_err(|r| err(&id, format!("{}: {}", path.display(), r.explain(path))))?;
    Ok(RawDoc { id, text, published: None, title: None })
}

/// The UTF-8 byte order mark some Windows tools write at the start of a file.
const BOM: &[u8] = b"\xef\xbb\xbf";

/// Bytes that are not UTF-8: where the first bad byte is, and how the bytes start (to tell a gzip file
/// or a PDF from a text in another encoding).
#[derive(Debug, PartialEq)]
struct Undecodable {
    at: usize,
    head: Vec<u8>,
}

impl Undecodable {
    /// What to tell the user: the kind of file and what to do when its first bytes show one, else where
    /// the text stops being UTF-8.
    fn explain(&self, path: &Path) -> String {
        kinds::by_content(path, &self.head).unwrap_or_else(|| format!("invalid UTF-8 at byte {}", self.at))
    }
}

/// UTF-8 with the byte offset of the first bad byte in the error; a leading BOM is dropped.
fn decode(mut bytes: Vec<u8>) -> Result<String, Undecodable> {
    if bytes.starts_with(BOM) {
        bytes.drain(..BOM.len());
    }
    String::from_utf8(bytes).map_err(|e| {
        let at = e.utf8_error().valid_up_to();
        let mut head = e.into_bytes();
        head.truncate(16);
        Undecodable { at, head }
    })
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
fn stdin_docs(max: usize, fields: JsonlFields) -> Box<dyn Iterator<Item = InputItem> + Send> {
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
        return Box::new(JsonlDocs::new(reader, "stdin".into(), "stdin".into(), max).with_fields(fields));
    }
    let mut bytes = Vec::new();
    let item = match reader.take(max as u64 + 1).read_to_end(&mut bytes) {
        Err(e) => Err(err("stdin", format!("cannot read: {e}"))),
        Ok(n) if n > max => Err(err("stdin", format!("document is too large: over {max} bytes"))),
        Ok(_) => decode(bytes)
            .map(|text| RawDoc { id: "stdin".into(), text, published: None, title: None })
            .map_err(|r| err("stdin", r.explain(Path::new("FILE")))),
    };
    one(item)
}

#[cfg(test)]
mod tests {
    use super::*;

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
    fn a_bom_is_dropped_from_streams() {
        let read = |bytes: &[u8]| {
            let mut out = Vec::new();
            without_bom(Trickle(bytes.to_vec(), 0)).unwrap().read_to_end(&mut out).unwrap();
            out
        };
        assert_eq!(read(b"\xef\xbb\xbf{\"a\":1}"), b"{\"a\":1}");
        assert_eq!(read(b"\xef\xbbx"), b"\xef\xbbx", "a partial BOM is text");
        assert_eq!(read(b"ab"), b"ab");
        assert_eq!(read(b""), b"");
    }

    #[test]
    fn bom_is_dropped_and_bad_utf8_located() {
        assert_eq!(decode(b"\xef\xbb\xbfHi".to_vec()).unwrap(), "Hi");
        let bad = decode(b"ab\xffc".to_vec()).unwrap_err();
        assert_eq!(bad.explain(Path::new("x.txt")), "invalid UTF-8 at byte 2");
        let gz = decode(b"\x1f\x8b\x08\x00rest".to_vec()).unwrap_err();
        assert!(gz.explain(Path::new("x.txt")).contains("a gzip-compressed file"), "{gz:?}");
    }
}
