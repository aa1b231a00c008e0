//! The casualty lexicon: cue words with their patterns, and the roles of the words around them,
//! from `data/casualty_words.tsv`.
use super::CasualtyKind;
use crate::events::words;
use crate::numbers::words::{tsv, Word};
use std::collections::{HashMap, HashSet};
use std::sync::OnceLock;

#[derive(Debug, Clone, Copy, Default)]
pub(super) struct Pats {
    pub r: bool,
    pub l: bool,
    pub n: bool,
    pub o: bool,
    pub t: bool,
    /// The object must name people ("lost 2,908 soldiers", not "lost 20 seats").
    pub p: bool,
    /// A singular subject without a number counts 1 ("al-Rufay'i was killed").
    pub s: bool,
    /// Counts killed and injured both ("casualties"): 0 for both when negated, else a figure
    /// that does not say which, {null, several} for both.
    pub b: bool,
    /// A base form ("kill"): after "to" it names an aim ("tried to kill the journalist"), not a toll.
    pub a: bool,
    /// Wounds, not people: a number right before it counts the wounds ("suffered three gunshot
    /// wounds"); only a subject before the verb is the count.
    pub w: bool,
    /// With N, only after a verb of taking lives: "has claimed some 27,000 lives", not "saved 20 lives".
    pub v: bool,
    /// None hurt is none killed either: "no one was hurt" is 0 of each.
    pub z: bool,
}

#[derive(Debug, Clone, Copy, PartialEq)]
pub(super) enum Role {
    Aux,
    Stop,
    Prep,
    Unit,
    Person,
    /// Adjectives of an uncounted amount: "heavy casualties", "mass casualties".
    Vague,
    /// Adjectives of the gravity or kind of wounds: "minor injuries", "gunshot wounds".
    Severity,
    /// Causes of death that are no violence: "died of cholera", "deaths from hunger".
    Illness,
    /// Verbs of an aim, a plan or a threat before "to": "tried to kill", "vowed to kill".
    Aim,
    /// Verbs of saying after a speaker ("a spokesman said"): a noun phrase stops there, and a
    /// comma-joined count right before one is the speaker, not a victim.
    Speech,
    /// Verbs of taking lives: "claimed", "cost" ("has cost some 27,000 lives").
    Taker,
}

pub(super) struct Lexicon {
    pub cues: Vec<(Vec<&'static str>, CasualtyKind, Pats)>,
    roles: HashMap<&'static str, Role>,
    /// Nouns for people that name several ("people", "police"), whatever their ending.
    plural: HashSet<&'static str>,
    /// Determiners of victims already named ("the", "their"): the words keep their other role.
    definite: HashSet<&'static str>,
}

pub(super) fn lexicon() -> &'static Lexicon {
    static LEX: OnceLock<Lexicon> = OnceLock::new();
    LEX.get_or_init(|| {
        let mut lex =
            Lexicon { cues: Vec::new(), roles: HashMap::new(), plural: HashSet::new(), definite: HashSet::new() };
        for f in tsv(include_str!("../../data/casualty_words.tsv")) {
            let kind = match f[1] {
                "killed" => CasualtyKind::Killed,
                "injured" => CasualtyKind::Injured,
                "missing" => CasualtyKind::Missing,
                "definite" => {
                    lex.definite.insert(f[0]);
                    continue;
                }
                role => {
                    let role = match role {
                        "aux" => Role::Aux,
                        "stop" => Role::Stop,
                        "prep" => Role::Prep,
                        "unit" => Role::Unit,
                        "person" => Role::Person,
                        "vague" => Role::Vague,
                        "severity" => Role::Severity,
                        "illness" => Role::Illness,
                        "aim" => Role::Aim,
                        "speech" => Role::Speech,
                        "taker" => Role::Taker,
                        other => panic!("casualty_words.tsv: bad role {other}"),
                    };
                    if f.get(2) == Some(&"plural") {
                        lex.plural.insert(f[0]);
                    }
                    lex.roles.insert(f[0], role);
                    continue;
                }
            };
            let p = f.get(2).copied().unwrap_or("");
            let pats = Pats {
                r: p.contains('R'),
                l: p.contains('L'),
                n: p.contains('N'),
                o: p.contains('O'),
                t: p.contains('T'),
                p: p.contains('P'),
                s: p.contains('S'),
                b: p.contains('B'),
                a: p.contains('A'),
                w: p.contains('W'),
                v: p.contains('V'),
                z: p.contains('Z'),
            };
            lex.cues.push((f[0].split(' ').collect(), kind, pats));
        }
        lex.cues.sort_by_key(|(p, ..)| std::cmp::Reverse(p.len()));
        lex
    })
}

/// A determiner or pronoun of victims already named: "the officers were killed" restates a count
/// given before.
pub(super) fn definite(norm: &str) -> bool {
    lexicon().definite.contains(norm)
}

pub(super) fn role(w: &Word) -> Option<Role> {
    lexicon().roles.get(w.norm.as_str()).copied()
}

/// A noun for people: listed here or in the events stage's `person_nouns` (one list of people
/// for both: "priest", "imam", "pilgrim"), or formed like one ("scientist", "civilian", "policeman").
pub(super) fn person(w: &Word) -> bool {
    // plurals: "soldiers", "servicemen"
    let n = w.norm.as_str();
    let singular = match n.strip_suffix("men") {
        Some(stem) => format!("{stem}man"),
        None => n.strip_suffix('s').unwrap_or(n).to_string(),
    };
    [n, singular.as_str()].iter().any(|s| {
        lexicon().roles.get(s) == Some(&Role::Person)
            || words::get("person_nouns").contains(s)
            || ["ist", "ian", "man", "woman", "er", "or"].iter().any(|x| s.len() > x.len() + 2 && s.ends_with(x))
    })
}

/// A listed noun for one person or office, with no ending heuristic: the head before an of-phrase
/// ("the mayor of Iguala", "a commander of the militia"), where "a number of", "a member of" name no one.
pub(super) fn listed_person_or_office(w: &Word) -> bool {
    let n = w.norm.as_str();
    lexicon().roles.get(n) == Some(&Role::Person)
        || words::get("person_nouns").contains(&n)
        || words::get("office_nouns").contains(&n)
}

/// A noun for one person: "soldier", "Soldier", "policeman"; not "soldiers", "people", "police".
pub(super) fn singular_person(w: &Word) -> bool {
    let n = w.norm.as_str();
    person(w) && !n.ends_with('s') && !n.ends_with("men") && !lexicon().plural.contains(n)
}
