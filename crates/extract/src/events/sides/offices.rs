//! People's offices, read once per document. A story names a person with the office they hold once
//! ("military spokesman Gen. Ahmed Sharif Chaudhry", "Ahmed Sharif Chaudhry, director general of the
//! military's media wing", "a Somali journalist, Mohamed Amiin", "Mahad Wasuge is the executive
//! director of a rights group") and by name alone after that ("Chaudhry said", "Ms. Hasina"). A person
//! is a party of their office's role and state (GUIDELINES §12.3), at every mention: the office's
//! words give the role, and the state when they name one, else the story's own country.
use crate::events::view::View;
use crate::events::words;
use crate::parties;
use casus_core::{Document, Party};

/// Surname → the person's party (name, country, role), from the first mention with an office.
pub(crate) fn offices(doc: &Document, home: Option<&str>) -> Vec<(String, Party)> {
    let at = Where { home, published: doc.published };
    let mut out: Vec<(String, Party)> = Vec::new();
    for s in &doc.sentences {
        let Some(parse) = s.parse.as_ref().filter(|p| p.heads.len() == s.tokens.len()) else { continue };
        let v = View::new(doc, s, parse);
        for e in s.entities.iter().filter(|e| e.label == "PER" && e.tokens.len() >= 2) {
            // "DP Rigathi Gachagua": an abbreviated title the tagger took into the name.
            let abbreviated = abbreviated_title(&v, e.tokens.clone());
            let tokens = abbreviated.map_or(e.tokens.clone(), |(_, start)| start..e.tokens.end);
            let name = doc.span_text(s, tokens.clone());
            let Some(key) = super::names::surname(name) else { continue };
            if out.iter().any(|(k, _)| *k == key) {
                continue;
            }
            let head = v.top(tokens.clone());
            let mut candidates: Vec<String> = abbreviated.map(|(t, _)| t.to_string()).into_iter().collect();
            candidates.extend(titles(&v, head, tokens));
            if let Some(party) = candidates.into_iter().find_map(|t| office(&t, name, &at)) {
                out.push((key, party));
            }
        }
    }
    after_unnamed_holders(doc, &at, &mut out);
    out
}

/// "China's U.N. ambassador told reporters ... . Fu Cong blamed ...": a person the story gives no title
/// of their own, named for the first time as the subject of a sentence that follows one whose subject
/// is an unnamed holder of one office ("ambassador", "spokesman"), is that office holder, when both
/// sentences report what they said (a speech verb, or a verb of a speech act such as "blamed").
fn after_unnamed_holders(doc: &Document, at: &Where, out: &mut Vec<(String, Party)>) {
    let mut seen: Vec<String> = Vec::new();
    let mut holder: Option<String> = None;
    for s in &doc.sentences {
        let Some(parse) = s.parse.as_ref().filter(|p| p.heads.len() == s.tokens.len()) else {
            holder = None;
            continue;
        };
        let v = View::new(doc, s, parse);
        let root = (0..v.len()).find(|&i| v.rel(i) == "root");
        let subject = root.filter(|&r| speaks(&v, r)).and_then(|r| v.kids_with(r, &["nsubj"]).next());
        for e in s.entities.iter().filter(|e| e.label == "PER") {
            let name = doc.span_text(s, e.tokens.clone());
            let Some(key) = super::names::surname(name) else { continue };
            // A name with a title of its own ("John Kamau, a shopkeeper, ...") is not the holder's, even
            // when that title is no office.
            let untitled = titles(&v, v.top(e.tokens.clone()), e.tokens.clone()).is_empty();
            let first = untitled && !seen.contains(&key) && !out.iter().any(|(k, _)| *k == key);
            if let (true, Some(title), true) =
                (first, &holder, e.tokens.len() >= 2 && subject.is_some_and(|h| e.tokens.contains(&h)))
            {
                if let Some(party) = office(title, name, at) {
                    out.push((key.clone(), party));
                }
            }
            seen.push(key);
        }
        holder = subject.filter(|&h| unnamed_holder(&v, h)).map(|h| v.text(v.phrase(h)).to_string());
    }
}

/// A verb that reports speech ("said", "told") or names a speech act ("blamed", "urged": the CAMEO
/// roots of statements and positions, `position_roots`); "met", "visited" (04-09) are deeds, no speech.
fn speaks(v: &View, i: usize) -> bool {
    let act = crate::lexicon::lookup_pos(&v.lemmas, i, Some(crate::lexicon::Pos::Verb))
        .and_then(|m| m.entry.cameo.as_deref().map(words::is_position))
        .unwrap_or(false);
    v.is_reporting(i) || act
}

/// "China's U.N. ambassador", "a spokesman for the president": one holder of an office, unnamed.
fn unnamed_holder(v: &View, head: usize) -> bool {
    let phrase = v.phrase(head);
    let named = v.sent.entities.iter().any(|e| e.label == "PER" && phrase.contains(&e.tokens.start));
    let singular = v.lower(head) == v.lemmas[head];
    !named && singular && words::get("office_nouns").contains(&v.lemmas[head].as_str())
}

/// Where the story stands: its own country and its publication day.
struct Where<'a> {
    home: Option<&'a str>,
    published: Option<chrono::NaiveDate>,
}

/// The phrases around a name that may say what office its person holds: the words before it in its
/// noun phrase ("Prime Minister"), its appositions, the noun it is in apposition to ("a regional
/// military spokeswoman, Captain Joan Petinglay"), and the noun it is the subject of in a copular
/// clause ("is the executive director of ..."). A title held in an unnamed body ("their supreme
/// leader", "the group's leader") says nothing of whose office it is, and is left out.
fn titles(v: &View, head: usize, name: std::ops::Range<usize>) -> Vec<String> {
    let mut out: Vec<std::ops::Range<usize>> = Vec::new();
    let phrase = v.phrase(head);
    if phrase.start < name.start && known_possessors(v, head) {
        out.push(phrase.start..name.start);
    }
    let appositions = v.kids_with(head, &["appos"]).filter(|&a| known_possessors(v, a));
    out.extend(appositions.map(|a| v.phrase(a)));
    if let Some(g) = v.head(head) {
        let copular = v.rel(head) == "nsubj" && v.kids_with(g, &["cop"]).next().is_some();
        if (v.rel(head) == "appos" || copular) && known_possessors(v, g) {
            out.push(v.phrase(g));
        }
    }
    // "the government of Prime Minister Sheikh Hasina" parsed with the title as a phrase of its own:
    // the capitalized words right before the name, tried last; at the start of a sentence only when it
    // is no headline, which capitalizes every word ("Officials Blame Uighur Muslims"), while a title
    // that opens a sentence ("Central Java Governor Ganjar Pranowo told ...") is often parsed apart.
    let capital = |j: &usize| v.word(*j).chars().next().is_some_and(char::is_uppercase);
    if let Some(j) =
        (0..name.start).rev().take_while(capital).last().filter(|&j| j > 0 || !crate::events::tense::title_case(v))
    {
        out.push(j..name.start);
    }
    // "Iberdrola spokesman", "president of the Committee for Freedom in Hong Kong": an office in a body
    // the model names and the gazetteer does not know (a company, a foundation, an advocacy group) is
    // no office of a state, whatever place its name or the story is in.
    out.into_iter().filter(|r| !in_unknown_body(v, r.clone())).map(|r| v.text(r).to_string()).collect()
}

/// Whether the words name an organisation (an ORG entity inside them) the gazetteer does not know
/// and no word of which may make a public body (`public_body_words`).
pub(crate) fn in_unknown_body(v: &View, words: std::ops::Range<usize>) -> bool {
    let inside = |e: &&casus_core::Entity| words.start <= e.tokens.start && e.tokens.end <= words.end;
    let public = |e: &casus_core::Entity| {
        e.tokens.clone().any(|k| words::get("public_body_words").contains(&v.lower(k).as_str()))
    };
    let unknown = |e: &casus_core::Entity| parties::normalize(v.text(e.tokens.clone())).is_none();
    v.sent.entities.iter().filter(|e| e.label == "ORG").filter(inside).any(|e| unknown(e) && !public(e))
}

/// An abbreviated title (`title_abbreviations`: "DP", "PM") that opens the name at `name`: the office
/// it stands for, and where the name proper starts. The abbreviation is written in capitals.
fn abbreviated_title(v: &View, name: std::ops::Range<usize>) -> Option<(&'static str, usize)> {
    let first = v.word(name.start);
    if !first.chars().all(|c| c.is_ascii_uppercase()) || name.len() < 2 {
        return None;
    }
    let lower = first.to_ascii_lowercase();
    let office = words::get("title_abbreviations").iter().find_map(|entry| {
        let (abbreviation, office) = entry.split_once(' ')?;
        (abbreviation == lower).then_some(office)
    })?;
    Some((office, name.start + 1))
}

/// Every possessor of the noun at `i` names a known party ("Pakistan's", not "their" or "the group's").
fn known_possessors(v: &View, i: usize) -> bool {
    v.kids_with(i, &["nmod:poss"]).all(|p| parties::normalize(v.text(v.phrase(p))).is_some_and(|p| p.role.is_some()))
}

/// The party of a person whose office `title` names a role. An official of an international body
/// ("U.N. Resident Coordinator for Myanmar") is IGO with no country (GUIDELINES §5, §12.3): the
/// office decides, so no later title (the state the mission serves) makes them that state's.
fn office(title: &str, name: &str, at: &Where) -> Option<Party> {
    // "a beautician from Zimbabwe" says where she is from, not an office.
    let info = parties::normalize(title).filter(|_| parties::says_whom(title))?;
    // "top Taliban commander": the group's role in the story's time (`data/eras.tsv`).
    let era = info.name.as_deref().and_then(|g| crate::parties::eras::group_role_at(g, at.published));
    let role = era.map(str::to_string).or(info.role)?;
    let country = match role.as_str() {
        "IGO" => None,
        _ => Some(info.country.or_else(|| at.home.map(str::to_string))?),
    };
    Some(Party { text: String::new(), name: Some(name.to_string()), country, role: Some(role) })
}
