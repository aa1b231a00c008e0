//! State forces that turned on their state are an armed group fighting it (GUIDELINES §12.2: mutineers
//! are REB) in every sentence of the story (§12.3: one party, one key). A story that once calls a
//! force or an officer mutinous or renegade ("mutinous border guards", "renegade General Laurent
//! Nkunda") goes on naming the same men by the plain force noun or the officer's name ("at least 300
//! border guards", "General Nkunda", "Nkunda's militia"), which the gazetteer reads as the state's
//! forces (MIL) or a militia (UAF); those mentions take the turncoats' key. Only a bare mention is
//! theirs: "government troops", "Bangladeshi security forces", "U.N. forces" name others, and a noun the
//! story also uses for loyal forces ("loyal soldiers") or a mutiny of a past year names no one.
//! "Former" and "ex" turn a force only inside their own span ("former Haitian forces", "the former
//! troops"): a story's later "soldiers" may be the state's own, and "former General X" is a commentator.
use crate::events::words;
use crate::parties::normalize;
use casus_core::{Document, Event, Party};
use chrono::Datelike;

/// What a story calls turncoats: the force nouns ("border guards") and officers' surnames
/// ("Nkunda"), with the role their first mention gives them (REB, or SEP for "breakaway").
#[derive(Default)]
struct Turncoats {
    nouns: Vec<(Vec<String>, String)>,
    /// (given name if the story gave one, surname, role).
    names: Vec<(Option<String>, String, String)>,
    /// Force nouns the story also uses for loyal or government forces ("loyal soldiers", "troops loyal
    /// to X", "government troops"): a bare mention by such a noun may be either side and takes no
    /// one's key; "the soldiers" beside "loyal troops" are still the mutinous soldiers.
    loyal_nouns: Vec<String>,
}

/// The words of `text`, in runs that punctuation ends (a name runs on only inside one run; a
/// headline is a sentence of its own).
fn runs(text: &str) -> Vec<Vec<&str>> {
    text.split(|c: char| ".,;:!?()\"“”\n".contains(c)).map(split).filter(|r| !r.is_empty()).collect()
}

fn split(text: &str) -> Vec<&str> {
    text.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).collect()
}

fn capitalized(w: &&&str) -> bool {
    w.chars().next().is_some_and(char::is_uppercase)
}

/// Whether the words name a state's armed force (MIL): "border guards", "Haitian forces", "General".
fn force(ws: &[&str]) -> bool {
    normalize(&ws.join(" ")).is_some_and(|p| p.role.as_deref() == Some("MIL"))
}

/// Whether the words end with a force noun ("army troops", "Haitian forces", "border guards", "General"),
/// not with a word after it: "troops attacked" names troops but does not end with them.
fn ends_force(ws: &[&str]) -> bool {
    let n = ws.len();
    let last_two = n >= 2 && force(&ws[n - 2..]) && !force(&ws[n - 2..n - 1]);
    force(ws) && (force(&ws[n - 1..]) || last_two)
}

/// The role a turncoat mention gives its men: its own if it is an armed group's ("breakaway" SEP),
/// else REB ("former troops" names no role of its own).
fn role_of(mention: &[&str]) -> String {
    let own = normalize(&mention.join(" ")).and_then(|p| p.role);
    own.filter(|r| words::get("armed_group_roles").contains(&r.as_str())).unwrap_or_else(|| "REB".into())
}

/// Every turncoat mention of `text`: a turncoat word, then a force named in up to three words, then
/// either an officer's name (a title in the singular: "renegade General Laurent Nkunda") or nothing
/// more (a force in the plural: "mutinous border guards"). With `past`, "former" and "ex" count too:
/// only inside one party's span, since a story's later "soldiers" may be the state's own.
fn scan(text: &str, past: bool) -> Turncoats {
    let mut found = Turncoats::default();
    for ws in runs(text) {
        scan_run(&ws, past, is_headline(&ws), &mut found);
    }
    found
}

fn scan_run(ws: &[&str], past: bool, headline: bool, found: &mut Turncoats) {
    for (i, w) in ws.iter().enumerate() {
        let low = w.to_lowercase();
        let is = |list: &str| words::get(list).contains(&low.as_str());
        let of_forces = is("turncoat_force_words") || (past && is("past_force_words"));
        let of_officers = is("turncoat_officer_words");
        if !of_forces && !of_officers {
            continue;
        }
        let rest = &ws[i + 1..];
        // "former Soviet troops" are a state's troops, of a state that is gone.
        let defunct =
            rest.first().is_some_and(|n| words::get("defunct_state_words").contains(&n.to_lowercase().as_str()));
        if defunct && !is("turncoat_force_words") {
            continue;
        }
        // "the breakaway region's forces": the word turns the owner, not the force.
        let owned = |k: usize| rest[..k].contains(&"s");
        let Some(k) = (1..=rest.len().min(3)).rev().find(|&k| !owned(k) && ends_force(&rest[..k])) else { continue };
        let last = rest[k - 1].to_lowercase();
        let plural = crate::lemma::lemma(&last) != last;
        let name_words: Vec<&str> = rest[k..].iter().take_while(capitalized).copied().collect();
        let name = name_words.last().filter(|_| !headline);
        let given = (name_words.len() >= 2).then(|| name_words[0].to_string());
        let role = role_of(&ws[i..i + 1 + k]);
        match name {
            Some(n) if of_officers && !plural => found.names.push((given, n.to_string(), role)),
            None if of_forces && plural => {
                let noun = rest[..k].iter().filter(|w| !capitalized(w)).map(|w| w.to_lowercase()).collect();
                found.nouns.push((last_word_kept(noun, &last), role));
            }
            _ => {}
        }
    }
}

/// Whether the words are a headline's ("Renegade General Seizes Town"): every word longer than a
/// function word capitalised. In a headline no run of capitals is a name.
fn is_headline(ws: &[&str]) -> bool {
    ws.iter().filter(|w| w.len() > 3).all(|w| capitalized(&w))
}

/// A headline's capitals ("Haitian Ex-Soldiers") leave no lower-case word: the force's last word.
fn last_word_kept(noun: Vec<String>, last: &str) -> Vec<String> {
    if noun.is_empty() {
        vec![last.to_string()]
    } else {
        noun
    }
}

/// Whether `ws` ends with the turncoat noun, or its last words ("the guards" of "border guards"),
/// after determiners and counts only ("the", "at least 300": `turncoat_mention_words`). A mention of
/// one word ("the guards") needs "the" or a demonstrative: a bare "soldiers" or "two soldiers" in a
/// mutiny story is as often the state's own.
fn bare_mention(ws: &[String], noun: &[String]) -> bool {
    let counting = |w: &String| {
        w.chars().all(|c| c.is_ascii_digit()) || words::get("turncoat_mention_words").contains(&w.as_str())
    };
    (1..=noun.len()).any(|n| {
        let tail = &noun[noun.len() - n..];
        if ws.len() < n || ws[ws.len() - n..] != *tail {
            return false;
        }
        let before = &ws[..ws.len() - n];
        let definite = before.first().is_some_and(|w| matches!(w.as_str(), "the" | "these" | "those"));
        before.iter().all(counting) && (n > 1 || definite)
    })
}

/// Whether a party's words name the turncoat officer: the surname after a title or a possessive's
/// owner ("General Nkunda", "Nkunda's militia"), or after the same given name; not a namesake with
/// another given name ("Colonel Ali Mohamed" after "renegade Colonel Hassan Mohamed").
fn names_officer(ws: &[&str], given: Option<&str>, surname: &str) -> bool {
    let Some(at) = ws.iter().position(|w| *w == surname) else { return false };
    match at.checked_sub(1).map(|j| ws[j]) {
        // "Musa's militia", "Musa"; not "Musa Ali", whose given name is the surname.
        None => ws.get(1).is_none_or(|next| !capitalized(&next)),
        Some(before) => Some(before) == given || !capitalized(&&before) || force(&[before]),
    }
}

/// The turncoats' role for `p`, when it names them (see the module doc).
fn turncoat_role(p: &Party, story: &Turncoats) -> Option<String> {
    if !matches!(p.role.as_deref(), None | Some("MIL" | "UAF")) {
        return None;
    }
    let own = scan(&p.text, true);
    let own_role = own.nouns.first().map(|(_, r)| r).or(own.names.first().map(|(_, _, r)| r));
    if let Some(role) = own_role {
        return Some(role.clone());
    }
    let ws = split(&p.text);
    if let Some((_, _, role)) = story.names.iter().find(|(g, n, _)| names_officer(&ws, g.as_deref(), n)) {
        return Some(role.clone());
    }
    let low: Vec<String> = ws.iter().map(|w| w.to_lowercase()).collect();
    let named = p.role.as_deref() != Some("UAF");
    let ambiguous = |noun: &[String]| noun.last().is_some_and(|w| story.loyal_nouns.contains(w));
    story
        .nouns
        .iter()
        .find(|(noun, _)| named && !ambiguous(noun) && bare_mention(&low, noun))
        .map(|(_, role)| role.clone())
}

/// Gives the story's turncoat forces their key wherever they are named (see the module doc).
pub(crate) fn settle(events: &mut [Event], doc: &Document) {
    let mut story = Turncoats::default();
    let published = doc.published.map(|d| d.year());
    for s in &doc.sentences {
        let text = doc.text.get(s.bytes.clone()).unwrap_or_default();
        story.loyal_nouns.extend(loyal_nouns(text));
        // "In 2012, mutinous soldiers ousted the president": a past mutiny is not this story's.
        if past_year(text, published) {
            continue;
        }
        // Read whole: "Renegade Colonel Sadiq Hassan, who deserted ..." opens with a run of capitals.
        let headline = is_headline(&split(text));
        for ws in runs(text) {
            scan_run(&ws, false, headline, &mut story);
        }
    }
    for e in events.iter_mut() {
        for p in [&mut e.actor, &mut e.target, &mut e.source].into_iter().flatten() {
            if let Some(role) = turncoat_role(p, &story) {
                p.role = Some(role);
            }
        }
    }
}

/// Whether the sentence names a year before the story's (any year, when the story has no date).
fn past_year(text: &str, published: Option<i32>) -> bool {
    split(text)
        .iter()
        .filter(|w| w.len() == 4)
        .filter_map(|w| w.parse::<i32>().ok())
        .any(|y| (1900..=2099).contains(&y) && published.is_none_or(|p| y < p))
}

/// The force nouns the sentence uses for the state's loyal forces: "loyal soldiers", "loyalist
/// troops", "troops loyal to the president", "government forces" (`loyal_force_words` before, or
/// "loyal" after, a force noun).
fn loyal_nouns(text: &str) -> Vec<String> {
    let ws: Vec<String> = split(text).iter().map(|w| w.to_lowercase()).collect();
    let loyal = |w: &String| words::get("loyal_force_words").contains(&w.as_str());
    let mut out = Vec::new();
    for pair in ws.windows(2) {
        if loyal(&pair[0]) && force(&[pair[1].as_str()]) {
            out.push(pair[1].clone());
        } else if force(&[pair[0].as_str()]) && pair[1] == "loyal" {
            out.push(pair[0].clone());
        }
    }
    out
}
