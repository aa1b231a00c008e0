//! English lemmatizer for the verbs and nouns of news text: irregular forms from
//! `data/lemma_exceptions.tsv`, then suffix rules (-s/-es/-ies, -ed/-ied, -ing, -men) with
//! consonant undoubling ("stopped" → stop) and silent-e restoration ("fired" → fire).
//!
//! The rules are tuned for the trigger lexicon: every base form in `data/triggers.tsv` is a fixed
//! point of [`lemma`] (tested), and inflected forms map onto those bases. Adjectives, adverbs and
//! proper nouns come back lowercased and otherwise mostly untouched.
use std::collections::HashMap;
use std::sync::OnceLock;

const EXCEPTIONS: &str = include_str!("../data/lemma_exceptions.tsv");

/// `form → lemma` from the exceptions file. Lines: `form<TAB>lemma`; `#` starts a comment.
fn exceptions() -> &'static HashMap<String, String> {
    static MAP: OnceLock<HashMap<String, String>> = OnceLock::new();
    MAP.get_or_init(|| {
        parse_exceptions(EXCEPTIONS).unwrap_or_else(|e| panic!("lemma_exceptions.tsv: {e}")).into_iter().collect()
    })
}

/// Parses the exceptions file; an error names the first bad line.
pub(crate) fn parse_exceptions(text: &str) -> Result<Vec<(String, String)>, String> {
    let mut out = Vec::new();
    for (n, line) in text.lines().enumerate() {
        let line = line.split('#').next().unwrap_or("").trim_end();
        if line.trim().is_empty() {
            continue;
        }
        let cols: Vec<&str> = line.split('\t').map(str::trim).collect();
        match cols.as_slice() {
            [form, lemma] if !form.is_empty() && !lemma.is_empty() && !form.contains(' ') => {
                out.push((form.to_lowercase(), lemma.to_lowercase()))
            }
            _ => return Err(format!("line {}: expected `form<TAB>lemma`: {line:?}", n + 1)),
        }
    }
    Ok(out)
}

/// The lemma of `word`, lowercased: "fired" → "fire", "casualties" → "casualty", "struck" →
/// "strike", "Armenia's" → "armenia". Tokens without letters come back lowercased as they are.
pub fn lemma(word: &str) -> String {
    let mut w = word.trim().to_lowercase().replace('’', "'");
    for poss in ["'s", "'"] {
        if w.len() > poss.len() + 1 && w.ends_with(poss) {
            w.truncate(w.len() - poss.len());
            break;
        }
    }
    if let Some(l) = exceptions().get(&w) {
        return l.clone();
    }
    if w.chars().count() <= 3 || !w.chars().all(|c| c.is_ascii_alphabetic() || c == '-') {
        return w;
    }
    if let Some(i) = w.rfind('-') {
        // Hyphenated compounds inflect on their last part: "cease-fires" → "cease-fire".
        let (head, tail) = w.split_at(i + 1);
        return if tail.len() > 2 { format!("{head}{}", lemma(tail)) } else { w };
    }
    rules(&w).unwrap_or(w)
}

/// A past form of the base verb `base` that [`lemma`] takes back to it: the first irregular form the
/// exceptions list for it ("struck", "shot", "fled"), else a regular one ("fired", "raided",
/// "kidnapped"). `None` when no form comes back to `base`. The pipeline shows the model a headline's
/// present-tense verb in the past ("Houthis fire missile" as "Houthis fired missile"), which it
/// parses as a clause where the present, looking like a noun compound, is not.
pub fn past_tense(base: &str) -> Option<String> {
    static PAST: OnceLock<HashMap<String, String>> = OnceLock::new();
    let irregular = PAST.get_or_init(|| {
        let mut past = HashMap::new();
        for (form, lemma) in parse_exceptions(EXCEPTIONS).unwrap_or_default() {
            if form != lemma && !form.ends_with("ing") && !form.ends_with('s') && !form.ends_with("'t") {
                past.entry(lemma).or_insert(form);
            }
        }
        past
    });
    let base = base.to_lowercase();
    if let Some(form) = irregular.get(&base) {
        return Some(form.clone());
    }
    let last = base.chars().last()?;
    let mut regular = Vec::new();
    if last == 'e' {
        regular.push(format!("{base}d"));
    }
    // "deny" → "denied", "stay" → "stayed"
    if let Some(stem) = base.strip_suffix('y').filter(|s| !s.ends_with(|c: char| "aeiou".contains(c))) {
        regular.push(format!("{stem}ied"));
    }
    regular.push(format!("{base}ed"));
    regular.push(format!("{base}{last}ed"));
    regular.into_iter().find(|form| lemma(form) == base)
}

fn is_vowel(c: u8) -> bool {
    matches!(c, b'a' | b'e' | b'i' | b'o' | b'u')
}

fn rules(w: &str) -> Option<String> {
    let b = w.as_bytes();
    let n = b.len();
    if let Some(stem) = w.strip_suffix("men").filter(|_| n > 5) {
        return Some(format!("{stem}man")); // gunmen, servicemen, tribesmen
    }
    if let Some(stem) = w.strip_suffix("ied") {
        return Some(if stem.len() <= 1 { format!("{stem}ie") } else { format!("{stem}y") });
    }
    if let Some(stem) = w.strip_suffix("eed") {
        return Some(format!("{stem}ee")); // agreed, freed (base -eed words are exceptions)
    }
    if let Some(stem) = w.strip_suffix("ed") {
        return restore(stem, false);
    }
    if let Some(stem) = w.strip_suffix("ings") {
        return restore(stem, true).or_else(|| Some(w[..n - 1].to_string()));
    }
    if let Some(stem) = w.strip_suffix("ing") {
        return restore(stem, true);
    }
    plural(w)
}

/// Noun plurals and third-person singular verbs.
fn plural(w: &str) -> Option<String> {
    let n = w.len();
    if ["ss", "us", "is", "'s"].iter().any(|s| w.ends_with(s)) || !w.ends_with('s') {
        return None;
    }
    if let Some(stem) = w.strip_suffix("ies") {
        return Some(if stem.len() <= 1 { format!("{stem}ie") } else { format!("{stem}y") });
    }
    for es in ["sses", "shes", "ches", "xes", "zzes"] {
        if w.ends_with(es) {
            return Some(w[..n - 2].to_string());
        }
    }
    if w.ends_with("oes") && n >= 6 {
        return Some(w[..n - 2].to_string()); // heroes, vetoes, embargoes; "shoes", "foes" keep e
    }
    Some(w[..n - 1].to_string())
}

/// Rebuilds the base from the stem left by -ed / -ing. `None` when the stem is not a plausible
/// verb stem ("bring", "during" are exceptions or have no vowel in the stem).
fn restore(stem: &str, ing: bool) -> Option<String> {
    let s = stem.as_bytes();
    let n = s.len();
    if n < 2 || !s.iter().any(|&c| is_vowel(c) || c == b'y') {
        return None;
    }
    let (last, prev) = (s[n - 1], s[n - 2]);
    // Doubled final consonant: stopped → stop; kill, shell, press, staff, buzz keep theirs.
    if last == prev && !is_vowel(last) && !matches!(last, b'l' | b's' | b'f' | b'z') && !own_double_t(s) {
        return Some(stem[..n - 1].to_string());
    }
    if matches!(last, b'y' | b'w' | b'x' | b'h' | b'e') {
        return Some(stem.to_string());
    }
    Some(if needs_e(s, ing) { format!("{stem}e") } else { stem.to_string() })
}

/// Whether a final -ott is the base's own: a longer word doubles its final consonant only under
/// final stress (committed, regretted, allotted is listed), and the stressed -ot verbs are few, so
/// "boycotted" is boycott; one syllable undoubles (plotted, spotted).
fn own_double_t(s: &[u8]) -> bool {
    let n = s.len();
    n >= 4 && &s[n - 3..] == b"ott" && s[..n - 3].iter().any(|&c| is_vowel(c) || c == b'y')
}

/// Whether the base form ends in a silent e: fired, accused, seized, argued, handled, massacred.
fn needs_e(s: &[u8], ing: bool) -> bool {
    let n = s.len();
    let (last, prev) = (s[n - 1], s[n - 2]);
    let before = if n >= 3 { s[n - 3] } else { b' ' };
    let stem = std::str::from_utf8(s).unwrap_or("");
    match last {
        b'v' | b'z' | b'u' | b'c' => return true,
        b's' => return prev != b's', // accused, collapsed (focus, bias: exceptions)
        b'g' => {
            if prev != b'n' {
                return true; // charged, urged, engaged, pledged
            }
            // -nged: challenged, plunged, arranged, changed vs belonged, banged.
            return !ing && matches!(before, b'e' | b'u' | b'i')
                || stem.ends_with("chang")
                || stem.ends_with("rang")
                || stem.ends_with("lleng")
                || stem.ends_with("veng")
                || stem.ends_with("ung") && ing;
        }
        b'l' | b'r' if !is_vowel(prev) && !matches!(prev, b'l' | b'r' | b'w' | b'y') => return true,
        _ => {}
    }
    if stem.ends_with("iat") || stem.ends_with("uat") {
        return true; // negotiated, mediated, evacuated
    }
    // "qu", "gu" are consonants: acquired, required, guided.
    let before_vowel = is_vowel(before) && !(before == b'u' && n >= 4 && matches!(s[n - 4], b'q' | b'g'));
    if !is_vowel(prev) || before_vowel {
        return false;
    }
    // Consonant + single vowel + consonant.
    let vowel_groups = s.windows(2).filter(|w| !is_vowel(w[0]) && is_vowel(w[1])).count() + usize::from(is_vowel(s[0]));
    if vowel_groups <= 1 {
        return true; // one syllable: fired, voted, ruled, named, used
    }
    match (prev, last) {
        (b'a', b't') | (b'a', b'r') | (b'i', b'r') | (b'u', b'r') | (b'u', b'l') | (b'i', b'l') => true,
        (b'o', b'l') | (b'i', b'n') | (b'u', b'm') | (b'a', b'p') => true,
        (b'e', b't') => matches!(before, b'l' | b'p'), // completed, deleted, competed
        (b'a', b'd') | (b'i', b'd') | (b'o', b'd') | (b'u', b'd') | (b'e', b'd') => true,
        (_, b'k') | (_, b'b') => true,
        (b'i', b'm') | (b'u', b't') => true,
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_exception_line_parses() {
        let rows = parse_exceptions(EXCEPTIONS).unwrap();
        assert!(rows.len() > 300, "{} rows", rows.len());
        assert!(parse_exceptions("a b\tc").is_err());
        assert!(parse_exceptions("fired").is_err());
    }

    #[test]
    fn past_tense_forms_come_back_to_the_base() {
        let forms: Vec<Option<String>> =
            ["fire", "raid", "torch", "free", "strike", "deny", "stay", "kidnap", "stop", "flee"]
                .map(past_tense)
                .into();
        let want = ["fired", "raided", "torched", "freed", "struck", "denied", "stayed", "kidnaped", "stopped", "fled"];
        assert_eq!(forms, want.map(|w| Some(w.to_string())));
    }

    #[test]
    fn listed_forms() {
        let rows: Vec<&str> = include_str!("../data/lemma_forms.tsv")
            .lines()
            .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
            .collect();
        assert!(rows.len() > 200, "{} rows", rows.len());
        let wrong: Vec<String> = rows
            .iter()
            .map(|row| row.split_once('\t').ok_or(format!("no tab: {row}")))
            .filter_map(|pair| match pair {
                Ok((w, l)) if lemma(w) != l => Some(format!("{w}: {} (want {l})", lemma(w))),
                Ok(_) => None,
                Err(e) => Some(e),
            })
            .collect();
        assert!(wrong.is_empty(), "{wrong:?}");
    }
}
