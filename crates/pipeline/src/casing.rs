//! The model's view of title-case headlines.
//!
//! News stories open with lines such as "Gunmen Kill 12 In Attack On Nigerian Village". The model is
//! uncased (its vocabulary lowercases) and learns casing from one word-shape feature per word
//! (models/FORMAT.md); it was trained on sentence-case text, where a capital mid-sentence means a name.
//! On a title-case line every word looks like a name, so the model tags verbs and nouns as entities and
//! the parse goes wrong. [`model_words`] gives such a line the casing it would have in sentence case:
//! a word keeps its capital only when it is a known name — capitalised mid-sentence in the story's own
//! body (the better evidence: "Boko Haram", "Nigerian"), or a name of the gazetteers
//! (`casus_extract::parties`). Only the words handed to the model change: the document's text, tokens and
//! offsets stay as written, and with an uncased vocabulary the sub-token ids are the same, so only the
//! shape feature differs.
//!
//! This runs in the pipeline, before the model stage, because it needs the whole document (the body)
//! while the model sees sentences one by one, in batches mixing documents.
use casus_core::{Document, Sentence};
use casus_extract::lemma::{self, lemma};
use casus_extract::{lexicon, parties};
use std::collections::{HashMap, HashSet};
use std::sync::OnceLock;

/// Longest run of words looked up in the gazetteers as one name ("Democratic Republic of Congo").
const MAX_NAME_WORDS: usize = 4;

fn small_words() -> &'static HashSet<&'static str> {
    static WORDS: OnceLock<HashSet<&'static str>> = OnceLock::new();
    WORDS.get_or_init(|| {
        include_str!("../data/title_small_words.txt")
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty() && !l.starts_with('#'))
            .collect()
    })
}

/// Per sentence of `doc`: the words the model should see when the sentence is a title-case line,
/// `None` for a sentence to be read as written.
pub fn model_words(doc: &Document) -> Vec<Option<Vec<String>>> {
    let titles: Vec<bool> = doc.sentences.iter().map(|s| is_title_line(&words_of(s))).collect();
    if !titles.contains(&true) {
        return vec![None; doc.sentences.len()];
    }
    let body = BodyCase::of(doc.sentences.iter().zip(&titles).filter(|(_, t)| !**t).map(|(s, _)| s));
    doc.sentences.iter().zip(&titles).map(|(s, &title)| title.then(|| sentence_case(&words_of(s), &body))).collect()
}

fn words_of(s: &Sentence) -> Vec<&str> {
    s.tokens.iter().map(|t| t.text.as_str()).collect()
}

/// A headline or section title (no sentence-final punctuation, as `events::tense::headline`; not in
/// brackets) whose content words are nearly all capitalised: at most one in five in lower case, and
/// at least two capitals after the first word. Small words ("in", "of", "On") count neither way.
pub fn is_title_line(words: &[&str]) -> bool {
    // "(Umit Bektas/Reuters)": a photo credit in brackets names people and outlets, not a headline.
    if matches!(words.first(), Some(&("(" | "["))) {
        return false;
    }
    let closing = |w: &&&str| matches!(**w, "\"" | "”" | "’" | "'" | ")" | "]" | "»");
    match words.iter().rev().find(|w| !closing(w)) {
        Some(last) if !matches!(*last, "." | "!" | "?" | "…" | ":" | ";") => {}
        _ => return false,
    }
    let content: Vec<(usize, &str)> = words
        .iter()
        .enumerate()
        .filter(|(_, w)| w.chars().next().is_some_and(char::is_alphabetic))
        .filter(|(_, w)| !small_words().contains(w.to_lowercase().as_str()))
        .map(|(i, w)| (i, *w))
        .collect();
    let upper = |w: &str| w.chars().next().is_some_and(char::is_uppercase);
    let lower = content.iter().filter(|(_, w)| !upper(w)).count();
    let later_caps = content.iter().filter(|(i, w)| *i > 0 && upper(w)).count();
    later_caps >= 2 && lower * 5 <= content.len()
}

/// How often each word (each part of a hyphenated word, lowercased) is capitalised, and how often
/// not, in the body's sentences, leaving out places where any word is capitalised (a sentence's
/// first word, after a quote or a colon).
#[derive(Debug, Default)]
struct BodyCase {
    counts: HashMap<String, (u32, u32)>,
}

impl BodyCase {
    fn of<'a>(sentences: impl Iterator<Item = &'a Sentence>) -> BodyCase {
        let mut counts: HashMap<String, (u32, u32)> = HashMap::new();
        for s in sentences {
            let mut opening = true;
            for t in &s.tokens {
                let w = t.text.as_str();
                if !w.chars().next().is_some_and(char::is_alphabetic) {
                    opening = opening || matches!(w, "\"" | "“" | "‘" | ":" | "(" | "—" | "–" | "-");
                    continue;
                }
                for (k, part) in w.split('-').enumerate() {
                    let Some(first) = part.chars().next().filter(|c| c.is_alphabetic()) else { continue };
                    if opening && k == 0 {
                        continue;
                    }
                    let entry = counts.entry(part.to_lowercase()).or_default();
                    if first.is_uppercase() {
                        entry.0 += 1;
                    } else {
                        entry.1 += 1;
                    }
                }
                opening = false;
            }
        }
        BodyCase { counts }
    }

    /// Capitalised more often than not mid-sentence in the body; a word the body lacks is judged by its
    /// singular or plural ("Muslims" by "Muslim").
    fn is_name(&self, part: &str) -> bool {
        let low = part.to_lowercase();
        let other = match low.strip_suffix('s') {
            Some(singular) => singular.to_string(),
            None => format!("{low}s"),
        };
        let counts = self.counts.get(&low).or_else(|| self.counts.get(&other));
        counts.is_some_and(|&(upper, lower)| upper > lower)
    }
}

/// Whether `span` is a name the gazetteers know: a state, its people, a place, a person, a group or
/// body (role words such as "Army" or "Rebels" are not names).
fn gazetteer_name(span: &str) -> bool {
    parties::normalize(span).is_some_and(|p| p.name.is_some() || p.country.is_some()) || parties::is_location(span)
}

/// Words of a title-case line that are gazetteer names: single words, and runs of up to
/// [`MAX_NAME_WORDS`] capitalised words that name something while the run less its first or its last
/// word does not ("Sri Lanka", "Tamil Tigers", "Islamic State"; not "Sri Lanka Rebels" or
/// "Kill Palestinians", where the name is a shorter run).
fn gazetteer_words(words: &[&str]) -> Vec<bool> {
    let capitalised = |w: &&str| w.chars().next().is_some_and(char::is_uppercase);
    let mut known: Vec<bool> = words.iter().map(|w| capitalised(w) && gazetteer_name(w)).collect();
    for n in 2..=MAX_NAME_WORDS.min(words.len()) {
        for start in 0..=words.len() - n {
            let span = &words[start..start + n];
            let name = |span: &[&str]| gazetteer_name(&span.join(" "));
            if span.iter().all(capitalised) && name(span) && !name(&span[1..]) && !name(&span[..n - 1]) {
                known[start..start + n].fill(true);
            }
        }
    }
    known
}

/// The words of a title-case line as sentence case would write them: the first word, the word after a
/// colon or quote, gazetteer names and words the body capitalises keep their capital; other
/// capitalised words go to lower case, each part of a hyphenated word on its own ("Saudi-led",
/// "pro-democracy"). All-capital words ("UN") stay.
fn sentence_case(words: &[&str], body: &BodyCase) -> Vec<String> {
    let gazetteer = gazetteer_words(words);
    let mut opening = true;
    let mut out = Vec::with_capacity(words.len());
    for (i, w) in words.iter().enumerate() {
        let first = std::mem::take(&mut opening);
        if !w.chars().next().is_some_and(char::is_alphabetic) {
            // A number is the first word ("14 killed"); punctuation passes the opening on.
            opening = (first && !w.chars().any(char::is_alphanumeric)) || matches!(*w, ":" | "\"" | "“" | "‘");
            out.push(w.to_string());
            continue;
        }
        let hyphenated = w.contains('-');
        let keep = |k: usize, part: &str| {
            (first && k == 0)
                || !lowerable(part)
                || body.is_name(part)
                || if hyphenated { gazetteer_name(part) } else { gazetteer[i] }
        };
        let parts: Vec<String> = w
            .split('-')
            .enumerate()
            .map(|(k, part)| if keep(k, part) { part.to_string() } else { part.to_lowercase() })
            .collect();
        out.push(parts.join("-"));
    }
    out
}

fn plural_subjects() -> &'static HashSet<&'static str> {
    static WORDS: OnceLock<HashSet<&'static str>> = OnceLock::new();
    WORDS.get_or_init(|| {
        include_str!("../data/title_plural_subjects.txt")
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty() && !l.starts_with('#'))
            .collect()
    })
}

/// A headline verb the model read as a noun: headlines put past events in the present, and a plural
/// subject's present is the bare verb, which reads as a noun compound in a line without articles
/// ("Houthis fire missile at U.S. warship", "Rebels raid village", "Separatists torch voting
/// materials", parsed as one noun phrase). The first bare trigger verb of the lexicon after a plural
/// noun that the parse `s` gives no subject and that is not its root: its index, and `view` with it in
/// the past ("Houthis fired missile"), which the model reads as a clause. Only for title-case lines
/// (`view` is [`model_words`]'s). A singular subject's present ends in -s and reads as a plural noun
/// modifier ("Mob burns church", "Army shells rebel positions"): see [`singular_read_verb`].
pub fn noun_read_verb(s: &Sentence, view: &[String]) -> Option<(usize, Vec<String>)> {
    bare_read_verb(s, view).or_else(|| singular_read_verb(s, view))
}

/// "Mob burns church in northern Nigeria", "Junta frees dissidents", parsed as one noun phrase
/// ("burns" a compound of "church"): the first -s form of a trigger verb of the lexicon after a
/// singular word, that the parse `s` reads as a modifier of a noun after it and gives no subject, in
/// the past ("Mob burned church"). An -s noun the parse reads as a subject or an object ("Iran
/// protests spread", "Sudan clashes kill dozens") is left as read.
fn singular_read_verb(s: &Sentence, view: &[String]) -> Option<(usize, Vec<String>)> {
    let parse = s.parse.as_ref()?;
    let subject = |j: usize| (0..parse.heads.len()).any(|k| parse.head(k) == Some(j) && parse.deprels[k] == "nsubj");
    let verb = (1..view.len()).find(|&j| {
        let (w, before) = (view[j].as_str(), view[j - 1].as_str());
        let base = lemma(w);
        w.chars().all(|c| c.is_ascii_lowercase())
            && w.ends_with('s')
            && base != w
            && lexicon::verb_entry(&base).is_some()
            && before.chars().next().is_some_and(char::is_alphabetic)
            && !plural_noun(before)
            && parse.deprels.get(j).is_some_and(|r| r == "compound")
            && parse.head(j).is_some_and(|h| h > j)
            && !subject(j)
            && !subject(j - 1)
    })?;
    let mut reread = view.to_vec();
    reread[verb] = lemma::past_tense(&lemma(&view[verb]))?;
    Some((verb, reread))
}

/// A plural noun: one of `title_plural_subjects`, a people's name in -is ("Houthis", "Israelis"; the
/// lemma keeps the -is of "crisis"), or a word whose plural ending the lemma takes off.
fn plural_noun(w: &str) -> bool {
    let low = w.to_lowercase();
    let name = w.starts_with(char::is_uppercase) && low.ends_with("is");
    let ending = low.ends_with('s') || low.ends_with("men");
    plural_subjects().contains(low.as_str()) || name || (ending && lemma(&low) != low)
}

fn bare_read_verb(s: &Sentence, view: &[String]) -> Option<(usize, Vec<String>)> {
    let parse = s.parse.as_ref()?;
    let plural = plural_noun;
    let subject = |j: usize| (0..parse.heads.len()).any(|k| parse.head(k) == Some(j) && parse.deprels[k] == "nsubj");
    let verb = (1..view.len()).find(|&j| {
        let w = view[j].as_str();
        w.chars().all(|c| c.is_ascii_lowercase())
            && lemma(w) == w
            && lexicon::verb_entry(w).is_some()
            && plural(&view[j - 1])
            && parse.head(j).is_some()
            && !subject(j)
            && !subject(j - 1)
    })?;
    let mut reread = view.to_vec();
    reread[verb] = lemma::past_tense(&view[verb])?;
    Some((verb, reread))
}

/// Whether the parse `s` reads word `j` as a verb with a subject before it.
pub fn reads_as_verb(s: &Sentence, j: usize) -> bool {
    s.parse.as_ref().is_some_and(|p| (0..j).any(|k| p.head(k) == Some(j) && p.deprels[k] == "nsubj"))
}

/// A capitalised word: first letter upper case, the others lower case ("Kill", not "UN" or "McCain").
fn lowerable(part: &str) -> bool {
    let mut letters = part.chars().filter(|c| c.is_alphabetic());
    letters.next().is_some_and(char::is_uppercase) && letters.all(char::is_lowercase)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn view(text: &str) -> Vec<Option<String>> {
        let doc = Document::new("d", text, None, None).unwrap();
        model_words(&doc).into_iter().map(|w| w.map(|w| w.join(" "))).collect()
    }

    #[test]
    fn a_title_case_line_gets_sentence_case_except_the_bodys_names() {
        let text = "Gunmen Kill 12 In Attack On Nigerian Village\n\nSuspected Boko Haram gunmen killed 12 people \
                    in an attack on a village in northeastern Nigeria, police said. The Nigerian army said the \
                    attack was repelled.";
        let v = view(text);
        assert_eq!(v[0].as_deref(), Some("Gunmen kill 12 in attack on Nigerian village"));
        assert!(v[1..].iter().all(Option::is_none), "{v:?}");
    }

    #[test]
    fn body_capitals_and_gazetteer_names_keep_their_capital() {
        let text = "Pro-Zelaya Protesters Clash With Police in Tegucigalpa, Sri Lanka's Army Chief Says\n\n\
                    Supporters of the ousted president, Manuel Zelaya, fought police. Backers of pro-Zelaya \
                    groups marched.";
        let v = view(text);
        assert_eq!(
            v[0].as_deref(),
            Some("Pro-Zelaya protesters clash with police in Tegucigalpa , Sri Lanka 's army chief says")
        );
    }

    #[test]
    fn sentences_and_sentence_case_headlines_are_read_as_written() {
        let text = "Armenia awaiting Russian action\n\nArmenian President Serzh Sargsyan Met Russian Officials.\n\n\
                    Streets blocked";
        assert_eq!(view(text), vec![None, None, None]);
    }

    /// A sentence of `text` with the parse `heads` (1-based, 0 the root) and `rels`.
    fn parsed(text: &str, heads: &[usize], rels: &[&str]) -> (Sentence, Vec<String>) {
        let doc = Document::new("d", text, None, None).unwrap();
        let mut s = doc.sentences[0].clone();
        s.parse =
            Some(casus_core::Parse { heads: heads.to_vec(), deprels: rels.iter().map(|r| r.to_string()).collect() });
        let view = model_words(&doc)[0].clone().unwrap();
        (s, view)
    }

    #[test]
    fn a_bare_verb_read_as_a_noun_is_shown_in_the_past() {
        // "Houthis fire missile at U.S. warship", read as one noun phrase
        let (s, view) = parsed(
            "Houthis Fire Missile at U.S. Warship",
            &[3, 3, 0, 6, 6, 3],
            &["compound", "compound", "root", "case", "compound", "nmod"],
        );
        let (verb, reread) = noun_read_verb(&s, &view).unwrap();
        assert_eq!((verb, reread.join(" ").as_str()), (1, "Houthis fired missile at U.S. warship"));
        // read as a verb already, or a singular before it ("Rebel Raid Kills 12"): as it is
        let (s, view) = parsed("Rebels Raid Village", &[2, 0, 2], &["nsubj", "root", "obj"]);
        assert_eq!(noun_read_verb(&s, &view), None);
        let (s, view) = parsed("Israelis Raid Village", &[2, 3, 0], &["compound", "compound", "root"]);
        assert_eq!(noun_read_verb(&s, &view).map(|(_, v)| v.join(" ")).as_deref(), Some("Israelis raided village"));
        let (s, view) = parsed("Rebel Raid Kills 12", &[2, 3, 0, 3], &["compound", "nsubj", "root", "obj"]);
        assert_eq!(noun_read_verb(&s, &view), None);
    }

    #[test]
    fn a_singular_subjects_verb_read_as_a_noun_is_shown_in_the_past() {
        // "Mob burns church in northern Nigeria", read as one noun phrase
        let (s, view) = parsed(
            "Mob Burns Church in Northern Nigeria",
            &[2, 3, 0, 6, 6, 3],
            &["compound", "compound", "root", "case", "amod", "nmod"],
        );
        let reread = noun_read_verb(&s, &view).map(|(verb, v)| (verb, v.join(" ")));
        // the past form is the lemma list's irregular one ("burnt"); reparse's modifier-verb repair
        // reads it as the verb where the model takes it for an adjective
        assert_eq!(reread, Some((1, "Mob burnt church in northern Nigeria".to_string())));
        let (s, view) = parsed("Junta Frees Dissidents", &[2, 3, 0], &["compound", "compound", "root"]);
        assert_eq!(noun_read_verb(&s, &view).map(|(_, v)| v.join(" ")).as_deref(), Some("Junta freed dissidents"));
        // an -s noun read as the subject is a noun: "Iran protests spread", "Sudan clashes kill dozens"
        let (s, view) =
            parsed("Iran Protests Spread to Cities", &[2, 3, 0, 5, 3], &["compound", "nsubj", "root", "case", "obl"]);
        assert_eq!(noun_read_verb(&s, &view), None);
        let (s, view) = parsed("Sudan Clashes Kill Dozens", &[2, 3, 0, 3], &["compound", "nsubj", "root", "obj"]);
        assert_eq!(noun_read_verb(&s, &view), None);
    }

    #[test]
    fn title_lines() {
        assert!(is_title_line(&["Israeli", "Warplanes", "Pound", "Lebanon"]));
        assert!(is_title_line(&["Chad", "Fighting", "Opens", "On", "New", "Front", ",", "Looting", "Increases"]));
        assert!(!is_title_line(&["Israeli", "Warplanes", "Pound", "Lebanon", "."]));
        assert!(!is_title_line(&["Armenia", "awaiting", "Russian", "action"]));
        assert!(!is_title_line(&["Gaza"]));
        assert!(!is_title_line(&["(", "Umit", "Bektas", "/", "Reuters", ")"]));
        // Acronyms stay: only capitalised words are lowered.
        let body = BodyCase::default();
        assert_eq!(sentence_case(&["US", "Troops", "Kill", "Militants"], &body), ["US", "troops", "kill", "militants"]);
    }
}

#[cfg(test)]
mod pipeline_tests {
    use crate::run::{model_words, Annotator, DateSources, Pipeline};
    use crate::RawDoc;
    use casus_core::Sentence;
    use std::sync::{Arc, Mutex};

    /// Records the words the pipeline hands to the model.
    struct Recorder(Arc<Mutex<Vec<String>>>);

    impl Annotator for Recorder {
        fn annotate(&self, batch: &mut [&mut Sentence]) -> Result<(), String> {
            self.annotate_as(batch, &[])
        }
        fn annotate_as(&self, batch: &mut [&mut Sentence], views: &[Option<&[String]>]) -> Result<(), String> {
            let mut seen = self.0.lock().unwrap();
            for (k, s) in batch.iter().enumerate() {
                seen.push(model_words(s, views.get(k).copied().flatten()).join(" "));
            }
            Ok(())
        }
        fn name(&self) -> String {
            "recorder".into()
        }
    }

    #[test]
    fn the_model_reads_the_headline_in_sentence_case_and_the_tokens_stay_as_written() {
        let seen = Arc::new(Mutex::new(Vec::new()));
        let pipeline = Pipeline::new(Some(Box::new(Recorder(seen.clone()))), DateSources::default());
        let text = "Gunmen Kill 12 In Attack On Nigerian Village\n\nGunmen killed 12 people in a Nigerian village.";
        let raw = RawDoc { id: "d".into(), text: text.into(), published: None, title: None };
        let doc = pipeline.annotate(raw).unwrap();
        let mut seen = seen.lock().unwrap().clone();
        seen.sort();
        assert_eq!(
            seen,
            ["Gunmen kill 12 in attack on Nigerian village", "Gunmen killed 12 people in a Nigerian village ."]
        );
        let headline: Vec<&str> = doc.sentences[0].tokens.iter().map(|t| t.text.as_str()).collect();
        assert_eq!(headline, ["Gunmen", "Kill", "12", "In", "Attack", "On", "Nigerian", "Village"]);
        assert_eq!(doc.sentence_text(&doc.sentences[0]), "Gunmen Kill 12 In Attack On Nigerian Village");
    }

    /// Parses "X fire Y" as a noun phrase and "X fired Y" as a clause, as the model does.
    struct Headlinese;

    impl Annotator for Headlinese {
        fn annotate(&self, batch: &mut [&mut Sentence]) -> Result<(), String> {
            self.annotate_as(batch, &[])
        }
        fn annotate_as(&self, batch: &mut [&mut Sentence], views: &[Option<&[String]>]) -> Result<(), String> {
            for (k, s) in batch.iter_mut().enumerate() {
                let words = model_words(s, views.get(k).copied().flatten()).join(" ");
                let (heads, rels) = match words.as_str() {
                    "Houthis fired missile" => (vec![2, 0, 2], ["nsubj", "root", "obj"]),
                    _ => (vec![3, 3, 0], ["compound", "compound", "root"]),
                };
                let deprels = rels.iter().map(|r| r.to_string()).collect();
                s.parse = Some(casus_core::Parse { heads, deprels });
            }
            Ok(())
        }
        fn name(&self) -> String {
            "headlinese".into()
        }
    }

    #[test]
    fn a_headline_verb_read_as_a_noun_is_read_again_in_the_past() {
        let pipeline = Pipeline::new(Some(Box::new(Headlinese)), DateSources::default());
        let raw = RawDoc {
            id: "d".into(),
            text: "Houthis Fire Missile\n\nThe rebels spoke.".into(),
            published: None,
            title: None,
        };
        let doc = pipeline.annotate(raw).unwrap();
        let parse = doc.sentences[0].parse.as_ref().unwrap();
        assert_eq!(parse.deprels, ["nsubj", "root", "obj"]);
        assert_eq!(doc.sentences[0].tokens[1].text, "Fire");
    }
}
