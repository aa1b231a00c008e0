//! Place names the model gets wrong, repaired from the offline GeoNames gazetteer (`casus-geo`)
//! before any stage reads the entities.
//!
//! The model learned places mostly from Western and Caucasus news, so towns whose names read like a
//! person's ("Deir el-Balah", "Dera Ismail Khan", "Lashkar Gah", "Mir Ali") come out as persons, and a
//! two-word town can lose its second word ("Khan" of "Khan Younis"). Then the event gets no place, or
//! a person for a target. Three repairs:
//!
//! 1. A person entity that a preposition of setting governs ("in", "near", "outside": event_words
//!    `setting_cases`; not "at", since one fires at people) and that is no possessor ("in Zamora's
//!    case") nor a person the party gazetteer knows becomes a place (GPE) where the gazetteer knows
//!    the whole name. People are seldom where something happens; places are. A person's name as a
//!    verb's object stays a person: full names of people are towns too ("Shah Alam", "Benito Juarez").
//! 2. A place entity followed by capitalized words outside any entity grows to take them when the
//!    gazetteer knows the longer name ("Khan" + "Younis").
//! 3. Two entities joined by "of" are one place when the gazetteer knows the whole name ("the
//!    Democratic Republic" + "of" + "Congo") or the first ends in a natural feature (event_words
//!    `place_features`: "Gulf" + "of" + "Aden"); lower-case words the model put before such a name
//!    ("eastern") go.
//! 4. A place entity that is one demonym ("in the Yemeni capital Sanaa", "the Somali port of Kismayo")
//!    is a nationality (NORP): the place is the name after it, and a demonym alone names none.
use crate::events::words;
use casus_core::{Document, Entity, Parse, Sentence};
use casus_geo::{Gazetteer, Kind};

/// Repairs the place entities of every parsed sentence of `doc` (see the module doc).
pub fn repair(doc: &mut Document) {
    let Ok(gazetteer) = Gazetteer::embedded() else { return };
    for sent in doc.sentences.iter_mut() {
        let Some(parse) = sent.parse.take() else { continue };
        if parse.heads.len() == sent.tokens.len() {
            persons_as_places(sent, &parse, gazetteer);
            lengthen_places(sent, gazetteer);
            join_of_names(sent, gazetteer);
            demonyms_as_nationalities(sent);
        }
        sent.parse = Some(parse);
    }
}

fn demonyms_as_nationalities(sent: &mut Sentence) {
    for k in 0..sent.entities.len() {
        let e = &sent.entities[k];
        if matches!(e.label.as_str(), "GPE" | "LOC") && crate::parties::is_demonym(&span_text(sent, e.tokens.clone())) {
            sent.entities[k].label = "NORP".to_string();
        }
    }
}

/// Whether the gazetteer knows `name` as a place below a state (a town, a region, a province).
fn is_place(gazetteer: &Gazetteer, name: &str) -> bool {
    gazetteer.geocode(name, &[]).is_some_and(|p| matches!(p.kind, Kind::City | Kind::Admin1 | Kind::Region))
}

fn span_text(sent: &Sentence, tokens: std::ops::Range<usize>) -> String {
    sent.tokens[tokens].iter().map(|t| t.text.as_str()).collect::<Vec<_>>().join(" ")
}

fn persons_as_places(sent: &mut Sentence, parse: &Parse, gazetteer: &Gazetteer) {
    let places: Vec<usize> = (0..sent.entities.len())
        .filter(|&k| sent.entities[k].label == "PER")
        .filter(|&k| located(sent, parse, &sent.entities[k]))
        .filter(|&k| {
            let name = span_text(sent, sent.entities[k].tokens.clone());
            crate::parties::person(&name).is_none() && is_place(gazetteer, &name)
        })
        .collect();
    for k in places {
        sent.entities[k].label = "GPE".to_string();
    }
}

/// Whether a preposition of setting governs the entity's head word and the entity owns nothing.
fn located(sent: &Sentence, parse: &Parse, e: &Entity) -> bool {
    let Some(head) = head_of(parse, e) else { return false };
    let possessor = parse.deprels[head] == "nmod:poss"
        || sent.tokens.get(e.tokens.end).is_some_and(|t| matches!(t.text.as_str(), "'s" | "’s" | "'" | "’"));
    let case = parse.children(head).filter(|&c| parse.deprels[c] == "case").map(|c| sent.tokens[c].text.to_lowercase());
    !possessor && case.into_iter().any(|w| words::get("setting_cases").contains(&w.as_str()))
}

/// The entity's word whose head lies outside it.
fn head_of(parse: &Parse, e: &Entity) -> Option<usize> {
    e.tokens.clone().find(|&t| parse.head(t).is_none_or(|h| !e.tokens.contains(&h)))
}

fn lengthen_places(sent: &mut Sentence, gazetteer: &Gazetteer) {
    for k in 0..sent.entities.len() {
        let e = &sent.entities[k];
        if !matches!(e.label.as_str(), "GPE" | "LOC") {
            continue;
        }
        let free = |t: usize| !sent.entities.iter().any(|o| o.tokens.contains(&t));
        let capital = |t: usize| sent.tokens[t].text.chars().next().is_some_and(char::is_uppercase);
        let mut end = e.tokens.end;
        while end < sent.tokens.len() && end < e.tokens.end + 2 && free(end) && capital(end) {
            end += 1;
        }
        // The longest longer name the gazetteer knows.
        let longer = (e.tokens.end + 1..=end).rev().find(|&x| is_place(gazetteer, &span_text(sent, e.tokens.start..x)));
        if let Some(x) = longer {
            sent.entities[k].tokens.end = x;
        }
    }
}

fn join_of_names(sent: &mut Sentence, gazetteer: &Gazetteer) {
    let mut k = 0;
    while k + 1 < sent.entities.len() {
        let (a, b) = (&sent.entities[k], &sent.entities[k + 1]);
        let joined = a.tokens.end + 1 == b.tokens.start
            && sent.tokens[a.tokens.end].text.eq_ignore_ascii_case("of")
            && matches!(b.label.as_str(), "GPE" | "LOC");
        if joined && names_one_place(sent, a.tokens.start..b.tokens.end, gazetteer) {
            let start = (a.tokens.start..a.tokens.end)
                .find(|&t| !sent.tokens[t].text.chars().all(char::is_lowercase))
                .unwrap_or(a.tokens.start);
            let label = if matches!(a.label.as_str(), "LOC" | "GPE") { a.label.clone() } else { b.label.clone() };
            let end = b.tokens.end;
            sent.entities[k] = Entity { label, tokens: start..end, score: a.score.min(b.score) };
            sent.entities.remove(k + 1);
        }
        k += 1;
    }
}

/// Whether `span` ("eastern Democratic Republic of Congo", "the Gulf of Aden") is one place's name.
fn names_one_place(sent: &Sentence, span: std::ops::Range<usize>, gazetteer: &Gazetteer) -> bool {
    let capitalized = span.clone().skip_while(|&t| sent.tokens[t].text.chars().all(char::is_lowercase));
    // The first part must have a capitalized word before "of" ("eastern" alone names nothing).
    let upper = |t: &usize| sent.tokens[*t].text.chars().next().is_some_and(char::is_uppercase);
    if !span.clone().take_while(|&t| !sent.tokens[t].text.eq_ignore_ascii_case("of")).any(|t| upper(&t)) {
        return false;
    }
    // "the Province of Helmand": a generic word and its place, no name of their own (GUIDELINES §12.7).
    let first: Vec<String> = capitalized
        .clone()
        .take_while(|&t| !sent.tokens[t].text.eq_ignore_ascii_case("of"))
        .map(|t| sent.tokens[t].text.to_lowercase())
        .collect();
    if first.iter().all(|w| words::get("place_generic").contains(&w.as_str())) {
        return false;
    }
    let name = capitalized.clone().map(|t| sent.tokens[t].text.as_str()).collect::<Vec<_>>().join(" ");
    let feature = capitalized
        .take_while(|&t| !sent.tokens[t].text.eq_ignore_ascii_case("of"))
        .last()
        .is_some_and(|t| words::get("place_features").contains(&sent.tokens[t].text.to_lowercase().as_str()));
    feature || gazetteer.geocode(&name, &[]).is_some()
}

#[cfg(test)]
mod tests {
    use super::*;
    use casus_core::Token;

    /// A sentence of `words` with a hand parse (1-based heads) and entities (label, first, end).
    fn sentence(words: &[&str], heads: &[usize], deprels: &[&str], entities: &[(&str, usize, usize)]) -> Sentence {
        let mut at = 0;
        let tokens = words
            .iter()
            .map(|w| {
                let t = Token { text: w.to_string(), start: at, end: at + w.len(), bytes: at..at + w.len() };
                at += w.len() + 1;
                t
            })
            .collect();
        let entities =
            entities.iter().map(|&(label, a, b)| Entity { label: label.into(), tokens: a..b, score: 1.0 }).collect();
        let parse = Parse { heads: heads.to_vec(), deprels: deprels.iter().map(|d| d.to_string()).collect() };
        Sentence { tokens, entities, parse: Some(parse), ..Default::default() }
    }

    fn repaired(mut sent: Sentence) -> Vec<(String, String)> {
        let mut doc = Document::new("t", "x", None, None).expect("a document");
        doc.sentences = vec![sent];
        repair(&mut doc);
        sent = doc.sentences.pop().expect("one sentence");
        sent.entities.iter().map(|e| (e.label.clone(), span_text(&sent, e.tokens.clone()))).collect()
    }

    #[test]
    fn a_town_tagged_as_a_person_after_in_is_a_place() {
        // "Israeli strikes killed 20 people in Deir el-Balah ."
        let s = sentence(
            &["Israeli", "strikes", "killed", "20", "people", "in", "Deir", "el-Balah", "."],
            &[2, 3, 0, 5, 3, 7, 3, 7, 3],
            &["amod", "nsubj", "root", "nummod", "obj", "case", "obl", "flat", "punct"],
            &[("NORP", 0, 1), ("PER", 6, 8)],
        );
        assert_eq!(repaired(s)[1], ("GPE".to_string(), "Deir el-Balah".to_string()));
    }

    #[test]
    fn people_fired_at_or_attacked_stay_persons() {
        // "Gunmen opened fire at Hassan ." and "Gunmen attacked Shah Alam ." (both names are towns too).
        let at = sentence(
            &["Gunmen", "fired", "at", "Hassan", "."],
            &[2, 0, 4, 2, 2],
            &["nsubj", "root", "case", "obl", "punct"],
            &[("PER", 3, 4)],
        );
        assert_eq!(repaired(at)[0].0, "PER");
        let object = sentence(
            &["Gunmen", "attacked", "Shah", "Alam", "."],
            &[2, 0, 2, 3, 2],
            &["nsubj", "root", "obj", "flat", "punct"],
            &[("PER", 2, 4)],
        );
        assert_eq!(repaired(object)[0].0, "PER");
    }

    #[test]
    fn persons_stay_persons() {
        // Not after a locative preposition: "Dera Ismail Khan said ..." keeps its tag; nor a possessor
        // ("in Deir el-Balah 's case"), nor a name the gazetteer lacks ("in Jose Zamora").
        let subject = sentence(
            &["Dera", "Ismail", "Khan", "said", "."],
            &[4, 1, 1, 0, 4],
            &["nsubj", "flat", "flat", "root", "punct"],
            &[("PER", 0, 3)],
        );
        assert_eq!(repaired(subject)[0].0, "PER");
        // "in" hung on the name itself, as a misparse would: the possessive still keeps the person.
        let owner = sentence(
            &["troubled", "by", "events", "in", "Deir", "el-Balah", "'s", "case"],
            &[0, 3, 1, 5, 8, 5, 5, 3],
            &["root", "case", "obl", "case", "nmod:poss", "flat", "case", "nmod"],
            &[("PER", 4, 6)],
        );
        assert_eq!(repaired(owner)[0].0, "PER");
        let unknown = sentence(
            &["what", "happened", "in", "Jose", "Zamora"],
            &[2, 0, 4, 2, 4],
            &["nsubj", "root", "case", "obl", "flat"],
            &[("PER", 3, 5)],
        );
        assert_eq!(repaired(unknown)[0].0, "PER");
    }

    #[test]
    fn names_split_at_of_are_one_place() {
        // "in the eastern Democratic Republic of Congo", tagged "eastern Democratic Republic" + "Congo".
        let s = sentence(
            &["fighting", "in", "the", "eastern", "Democratic", "Republic", "of", "Congo"],
            &[0, 6, 6, 6, 6, 1, 8, 6],
            &["root", "case", "det", "amod", "amod", "nmod", "case", "nmod"],
            &[("LOC", 3, 6), ("GPE", 7, 8)],
        );
        assert_eq!(repaired(s), [("LOC".to_string(), "Democratic Republic of Congo".to_string())]);
        let s = sentence(
            &["a", "ship", "in", "the", "Gulf", "of", "Aden"],
            &[2, 0, 5, 5, 2, 7, 5],
            &["det", "root", "case", "det", "nmod", "case", "nmod"],
            &[("LOC", 4, 5), ("GPE", 6, 7)],
        );
        assert_eq!(repaired(s), [("LOC".to_string(), "Gulf of Aden".to_string())]);
        // A generic word and its place stay apart: "the Province of Helmand" is Helmand.
        let s = sentence(
            &["in", "the", "Province", "of", "Helmand"],
            &[3, 3, 0, 5, 3],
            &["case", "det", "root", "case", "nmod"],
            &[("GPE", 2, 3), ("GPE", 4, 5)],
        );
        assert_eq!(repaired(s).len(), 2);
        // Not a place of a place: "the Minister of Defense" (ORG + "of" + ORG), "the president of Kenya".
        let s = sentence(
            &["the", "president", "of", "Kenya", "and", "the", "Bank", "of", "England"],
            &[2, 0, 4, 2, 7, 7, 2, 9, 7],
            &["det", "root", "case", "nmod", "cc", "det", "conj", "case", "nmod"],
            &[("GPE", 3, 4), ("ORG", 6, 7), ("ORG", 8, 9)],
        );
        assert_eq!(repaired(s).len(), 3);
    }

    #[test]
    fn a_town_cut_short_takes_its_second_word() {
        // "Fighting erupted in Khan Younis on Tuesday ." with only "Khan" tagged.
        let s = sentence(
            &["Fighting", "erupted", "in", "Khan", "Younis", "on", "Tuesday", "."],
            &[2, 0, 4, 2, 4, 7, 2, 2],
            &["nsubj", "root", "case", "obl", "flat", "case", "obl", "punct"],
            &[("GPE", 3, 4)],
        );
        assert_eq!(repaired(s)[0], ("GPE".to_string(), "Khan Younis".to_string()));
        // A known place followed by a capitalized word that makes no longer place keeps its span:
        // "in Kabul Tuesday" (no "Kabul Tuesday").
        let t = sentence(
            &["clashes", "in", "Kabul", "Tuesday"],
            &[0, 3, 1, 1],
            &["root", "case", "nmod", "obl:tmod"],
            &[("GPE", 2, 3)],
        );
        assert_eq!(repaired(t)[0].1, "Kabul");
    }

    #[test]
    fn a_demonym_tagged_as_a_place_is_a_nationality() {
        // "Clashes erupted in the Yemeni port of Aden .": "Yemeni" tagged GPE would be the event's place.
        let s = sentence(
            &["Clashes", "erupted", "in", "the", "Yemeni", "port", "of", "Aden", "."],
            &[2, 0, 6, 6, 6, 2, 8, 6, 2],
            &["nsubj", "root", "case", "det", "amod", "obl", "case", "nmod", "punct"],
            &[("GPE", 4, 5), ("GPE", 7, 8)],
        );
        let labels = repaired(s);
        assert_eq!(labels[0], ("NORP".to_string(), "Yemeni".to_string()));
        assert_eq!(labels[1], ("GPE".to_string(), "Aden".to_string()));
        // A state's name stays a place.
        let s = sentence(&["in", "Yemen", "."], &[2, 0, 2], &["case", "root", "punct"], &[("GPE", 1, 2)]);
        assert_eq!(repaired(s)[0].0, "GPE");
    }
}
