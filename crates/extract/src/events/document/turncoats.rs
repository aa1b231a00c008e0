//! State forces that turned on their state are an armed group fighting it (GUIDELINES §12.2: mutineers
//! are REB) in every sentence of the story (§12.3: one party, one key). A story that once calls a
//! force or an officer mutinous or renegade ("mutinous border guards", "renegade General Laurent
//! Nkunda") goes on naming the same men by the plain force noun or the officer's name ("at least 300
//! border guards", "General Nkunda", "Nkunda's militia"), which the gazetteer reads as the state's
//! forces (MIL) or a militia (UAF); those mentions take the turncoats' key. Only a bare mention is
//! theirs: "government troops", "Bangladeshi security forces", "U.N. forces" name others.
//! "Former" and "ex" turn a force only inside their own span ("former Haitian forces", "the former
//! troops"): a story's later "soldiers" may be the state's own, and "former General X" is a commentator.
use crate::events::words;
use crate::parties::normalize;
use casus_core::{Document, Event, Party};

/// What a story calls turncoats: the force nouns ("border guards") and officers' surnames
/// ("Nkunda"), with the role their first mention gives them (REB, or SEP for "breakaway").
#[derive(Default)]
struct Turncoats {
    nouns: Vec<(Vec<String>, String)>,
    names: Vec<(String, String)>,
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
        scan_run(&ws, past, &mut found);
    }
    found
}

fn scan_run(ws: &[&str], past: bool, found: &mut Turncoats) {
    for (i, w) in ws.iter().enumerate() {
        let low = w.to_lowercase();
        let is = |list: &str| words::get(list).contains(&low.as_str());
        let of_forces = is("turncoat_force_words") || (past && is("past_force_words"));
        let of_officers = is("turncoat_officer_words");
        if !of_forces && !of_officers {
            continue;
        }
        let rest = &ws[i + 1..];
        // "the breakaway region's forces": the word turns the owner, not the force.
        let owned = |k: usize| rest[..k].contains(&"s");
        let Some(k) = (1..=rest.len().min(3)).rev().find(|&k| !owned(k) && ends_force(&rest[..k])) else { continue };
        let last = rest[k - 1].to_lowercase();
        let plural = crate::lemma::lemma(&last) != last;
        // In a headline's capitals ("Renegade General Seizes Town") no run of capitals is a name.
        let headline = ws.iter().filter(|w| w.len() > 3).all(|w| capitalized(&w));
        let name = rest[k..].iter().take_while(capitalized).last().filter(|_| !headline);
        let role = role_of(&ws[i..i + 1 + k]);
        match name {
            Some(n) if of_officers && !plural => found.names.push((n.to_string(), role)),
            None if of_forces && plural => {
                let noun = rest[..k].iter().filter(|w| !capitalized(w)).map(|w| w.to_lowercase()).collect();
                found.nouns.push((last_word_kept(noun, &last), role));
            }
            _ => {}
        }
    }
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
/// after words that name no one ("the", "at least 300").
fn bare_mention(ws: &[String], noun: &[String]) -> bool {
    (1..=noun.len()).any(|n| {
        let tail = &noun[noun.len() - n..];
        ws.len() >= n && ws[ws.len() - n..] == *tail && {
            let before = ws[..ws.len() - n].join(" ");
            before.is_empty() || normalize(&before).is_none()
        }
    })
}

/// The turncoats' role for `p`, when it names them (see the module doc).
fn turncoat_role(p: &Party, story: &Turncoats) -> Option<String> {
    if !matches!(p.role.as_deref(), None | Some("MIL" | "UAF")) {
        return None;
    }
    let own = scan(&p.text, true);
    let own_role = own.nouns.first().map(|(_, r)| r).or(own.names.first().map(|(_, r)| r));
    if let Some(role) = own_role {
        return Some(role.clone());
    }
    let ws = split(&p.text);
    if let Some((_, role)) = story.names.iter().find(|(n, _)| ws.contains(&n.as_str())) {
        return Some(role.clone());
    }
    let low: Vec<String> = ws.iter().map(|w| w.to_lowercase()).collect();
    let named = p.role.as_deref() != Some("UAF");
    story.nouns.iter().find(|(noun, _)| named && bare_mention(&low, noun)).map(|(_, role)| role.clone())
}

/// Gives the story's turncoat forces their key wherever they are named (see the module doc).
pub(crate) fn settle(events: &mut [Event], doc: &Document) {
    let mut story = Turncoats::default();
    for s in &doc.sentences {
        for ws in runs(doc.text.get(s.bytes.clone()).unwrap_or_default()) {
            scan_run(&ws, false, &mut story);
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
