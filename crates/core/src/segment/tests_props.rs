//! Property checks on odd inputs and on the real news texts in ../shared (skipped when absent).
use super::{is_space, sentences, words};
use std::ops::Range;
use std::path::PathBuf;

/// Ranges increasing, non-overlapping, inside `within`, on char boundaries, non-empty, never
/// starting or ending with whitespace, and (when `cover`) covering every non-space char.
fn check_ranges(text: &str, within: Range<usize>, rs: &[Range<usize>], cover: bool) {
    let mut last = within.start;
    for r in rs {
        assert!(r.start >= last && r.start < r.end && r.end <= within.end, "bad range {r:?} in {text:?}");
        assert!(text.is_char_boundary(r.start) && text.is_char_boundary(r.end), "off boundary {r:?} in {text:?}");
        let s = &text[r.clone()];
        assert!(!s.starts_with(is_space) && !s.ends_with(is_space), "untrimmed {s:?}");
        last = r.end;
    }
    if cover {
        for (i, c) in text[within.clone()].char_indices() {
            let i = i + within.start;
            assert!(is_space(c) || rs.iter().any(|r| r.contains(&i)), "{c:?} at {i} uncovered in {text:?}");
        }
    }
}

/// Sentences and their words satisfy every property.
pub(super) fn check_all(text: &str) {
    let ss = sentences(text);
    check_ranges(text, 0..text.len(), &ss, true);
    for s in &ss {
        let ws = words(text, s.clone());
        assert!(!ws.is_empty(), "sentence without words: {:?}", &text[s.clone()]);
        check_ranges(text, s.clone(), &ws, true);
        for w in &ws {
            assert!(!text[w.clone()].contains(is_space), "space inside token {:?}", &text[w.clone()]);
        }
    }
}

#[test]
fn odd_inputs_never_panic() {
    let cases = [
        "",
        " ",
        "\n\n\r\n",
        ".",
        "...",
        "?!?!",
        "…",
        "“”",
        "\"",
        "'",
        "(",
        ")",
        "—",
        "- ",
        "1.",
        "1. 2. 3.",
        ". . .",
        "U.S.",
        "U.S",
        "A.",
        "a.",
        "Mr.",
        "No.",
        "e.g.",
        "'s",
        "n't",
        "can't",
        "’",
        "@",
        "#",
        "@@x",
        "http://",
        "https://x",
        "www.",
        "a@b",
        "x@y.z.",
        ".The",
        "end.The",
        "”.The",
        "\u{301}",
        "e\u{301}.",
        "🇺🇦🇺",
        "👨‍👩‍👧 family. Next one!",
        "👍🏽.",
        "‍",
        "\u{200B}",
        "\u{FEFF}Text.",
        "日本語。次の文。",
        "中文！好？",
        "مرحبا بالعالم. هذا نص؟ نعم",
        "שלום. עולם",
        "नमस्ते। दुनिया॥",
        "ข่าว. ไทย",
        "WASHINGTON —",
        "WASHINGTON — ",
        "A —",
        "—WASHINGTON",
        "X, —",
        "\r",
        "a\rb",
        "a\r\nb\r\n\r\nc.\r\n",
        "\u{2028}x\u{2029}y\u{85}z",
        "\t\u{B}\u{C}",
        "Feb. ",
        "(...)",
        "[...] x",
        "a (...) B.",
        "1,",
        ",000",
        "6,500,",
        "3.",
        ".5",
        "$",
        "$5.",
        "%.",
        "10%.",
        "-",
        "--",
        "---x",
        "x--",
        "--x",
        "'90s",
        "''",
        "O'",
        "'O",
        "U.S.-",
        "U.S.-.",
        "-U.S.",
        "Kenya-U.S.",
        "a.b.c.d.e.f.",
        "....",
        "?.",
        "!.!",
        "\".\".",
        "(1) a\n(2) b",
        "• x\n• y",
        ">> See also: x",
        "A\nb\nC",
        "the\nend",
        "a,\nb",
    ];
    for text in cases {
        check_all(text);
        let doc = crate::Document::new("d", text, None, None);
        if let Ok(doc) = doc {
            assert!(doc.sentences.iter().all(|s| !s.tokens.is_empty()));
        }
    }
    // Every prefix and suffix of a tricky text, cut at every char boundary.
    let tricky = "On Feb. 13, Gen. Smith (U.S.) said: “It’s over.” Armenia’s army fired at 9 a.m. (...) \
                  Then... killed—and 6,500 fled! Why? See www.voanews.com. WASHINGTON — The end.\r\n";
    for (i, _) in tricky.char_indices() {
        check_all(&tricky[i..]);
        check_all(&tricky[..i]);
    }
}

#[test]
fn words_clamps_bad_ranges() {
    let t = "Armenia’s army";
    assert!(words(t, 100..200).is_empty());
    assert_eq!(words(t, 8..t.len()).len(), 3); // 8 is inside ’: floored to its start
    #[allow(clippy::reversed_empty_ranges)]
    let backwards = words(t, 5..2);
    assert!(backwards.is_empty());
}

fn shared() -> Option<PathBuf> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared");
    dir.is_dir().then_some(dir)
}

/// Real news texts: the seed articles and the VOA stories, when ../shared is present.
fn corpus() -> Vec<(String, String)> {
    let Some(dir) = shared() else { return Vec::new() };
    let mut out = Vec::new();
    if let Ok(rd) = std::fs::read_dir(dir.join("seeds")) {
        let mut paths: Vec<PathBuf> = rd.filter_map(|e| e.ok().map(|e| e.path())).collect();
        paths.sort();
        for p in paths.into_iter().filter(|p| p.extension().is_some_and(|e| e == "txt")) {
            if let Ok(t) = std::fs::read_to_string(&p) {
                out.push((p.file_name().unwrap().to_string_lossy().into_owned(), t));
            }
        }
    }
    if let Ok(jsonl) = std::fs::read_to_string(dir.join("corpus/voa/voa_stories.jsonl")) {
        for line in jsonl.lines() {
            let v: serde_json::Value = serde_json::from_str(line).expect("VOA line is JSON");
            out.push((v["id"].as_str().unwrap_or("").to_string(), v["text"].as_str().unwrap_or("").to_string()));
        }
    }
    out
}

#[test]
fn real_news_texts_hold_the_properties() {
    let docs = corpus();
    if docs.is_empty() {
        eprintln!("../shared not found: skipping");
        return;
    }
    let dump = std::env::var("SEG_DUMP").ok();
    let mut report = String::new();
    let mut n = 0;
    for (id, text) in &docs {
        check_all(text);
        // The same text with CRLF line ends splits the same way.
        let crlf = text.replace('\n', "\r\n");
        check_all(&crlf);
        assert_eq!(sentences(&crlf).len(), sentences(text).len(), "{id}: CRLF changes the split");
        for s in sentences(text) {
            n += 1;
            let toks: Vec<&str> = words(text, s.clone()).into_iter().map(|w| &text[w]).collect();
            report.push_str(&format!("{id}\t{}\n\t{}\n", &text[s], toks.join(" ")));
        }
    }
    assert!(n >= docs.len(), "only {n} sentences in {} texts", docs.len());
    if let Some(path) = dump {
        std::fs::write(path, report).unwrap();
    }
}

#[test]
fn pathological_inputs_stay_linear() {
    // Quadratic scanning would take minutes on these; linear takes well under a second each.
    let n = 50_000;
    let cases = [
        "a.b.".repeat(n),
        "U.S. ".repeat(n),
        "中文句子。".repeat(n),
        "x".repeat(4 * n) + ".",
        "(".repeat(n) + "a@b.c",
        "1,000".repeat(n),
        "Cross-border Armenia’s don't ".repeat(n / 4),
        "Difficult terrain ".repeat(n / 4),
        "\n".repeat(n) + "a\nb",
        ". ".repeat(n),
    ];
    for text in &cases {
        let t = std::time::Instant::now();
        let ss = sentences(text);
        let n_words: usize = ss.iter().map(|s| words(text, s.clone()).len()).sum();
        assert!(n_words > 0);
        eprintln!("{} bytes: {} sentences, {n_words} words in {:?}", text.len(), ss.len(), t.elapsed());
    }
}

#[test]
fn random_strings_of_tricky_pieces() {
    // A fixed-seed xorshift picks pieces that exercise every rule, glued in random orders.
    let pieces = [
        "U.S.",
        "Gen.",
        "No.",
        "Feb.",
        "a.m.",
        "X.",
        "F.",
        " ",
        " ",
        " ",
        "\n",
        "\r\n",
        "\n\n",
        ".",
        "...",
        "…",
        "?",
        "!",
        "\"",
        "“",
        "”",
        "‘",
        "’",
        "'",
        "(",
        ")",
        "[",
        "]",
        "—",
        "–",
        "-",
        "--",
        ",",
        ":",
        "the",
        "The",
        "He",
        "said",
        "Armenia's",
        "don't",
        "6,500",
        "3.5",
        "2/13/2024",
        "9:00",
        "WASHINGTON",
        "http://x.co/a.",
        "a@b.cd",
        "#tag",
        "@h",
        "日本。",
        "؟",
        "é",
        "\u{301}",
        "👍🏽",
        "‍",
        "\u{200B}",
        "1.",
        "- ",
        "• ",
        "Difficult terrain ",
        "Since",
    ];
    let mut state: u64 = 0x9E37_79B9_7F4A_7C15;
    let mut next = move || {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        state
    };
    for _ in 0..3000 {
        let len = (next() % 40) as usize;
        let text: String = (0..len).map(|_| pieces[(next() % pieces.len() as u64) as usize]).collect();
        check_all(&text);
    }
}
