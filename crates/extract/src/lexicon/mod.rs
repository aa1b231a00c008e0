//! The trigger lexicon: lemma phrases → CAMEO codes with the conditions the events stage checks.
//!
//! Data: `data/triggers.tsv` (format in its header), parsed once. Phrase tokens are run through
//! [`crate::lemma::lemma`] when loaded, so the file may say "suicide bombing" or "hostilities".
//!
//! How the events stage uses it:
//! 1. Lemmatize the sentence tokens and call [`lookup`] at each token (or [`lookup_pos`] when the
//!    part of speech is known from the parse: verb when the token has `nsubj`/`obj`/`aux`
//!    dependents, noun when it has `det`/`case`/`amod` or is an `obj`/`nsubj` itself). The longest
//!    phrase wins ("open fire" over "fire", "call for" over "call"); phrases inside blockers
//!    ("war crimes", "prisoner of war") match nothing.
//! 2. Collect the lemmas of the trigger's arguments (object, passive subject, complement clause,
//!    by/with/of phrases) and call [`TriggerEntry::code_for`]: `None` when a required argument is
//!    missing (`sign` without an agreement), else the code, refined by the arguments ("called for
//!    restraint" → 0256, "rejected the accusations" → 016, "struck by drones" → 195).
//! 3. Apply the flags: `passive` swaps actor and target; `mutual` gives one event each way;
//!    `report` marks attribution (source), an event only when the complement holds no trigger;
//!    `outcome` (kill, wound, die) attaches to another force event of the same clause when one exists;
//!    `freeing` (rescue) names no target: the freed are not whom the force acts on; `posting`
//!    (deploy, dispatch), while the code is a posture (15x), keeps only an indirect object or an
//!    against-phrase as target: what is moved or readied is the actor's own.
//! 4. Modality and negation: see [`modal`] ([`modal_code`], [`is_negation`], [`negated`]).
mod modal;

pub use modal::{focus_not, is_negation, is_support_verb, modal, modal_code, negated, ModalKind, ModalOutcome};

use crate::lemma::lemma;
use std::collections::HashMap;
use std::ops::Range;
use std::sync::OnceLock;

const TRIGGERS: &str = include_str!("../../data/triggers.tsv");
/// Longest gap a `*` in a phrase may cover.
pub const MAX_GAP: usize = 3;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Pos {
    Verb,
    Noun,
    Any,
}

/// A code that applies when one of `args` is among the trigger's argument lemmas.
#[derive(Debug, Clone, PartialEq)]
pub struct Refinement {
    pub args: Vec<String>,
    pub cameo: String,
}

/// One line of `triggers.tsv`.
#[derive(Debug, Clone, PartialEq)]
pub struct TriggerEntry {
    /// Phrase lemmas; `"*"` is a gap of 0..=3 tokens.
    pub phrase: Vec<String>,
    pub pos: Pos,
    /// CAMEO code; `None` for blockers (phrases that are not triggers).
    pub cameo: Option<String>,
    pub passive: bool,
    pub mutual: bool,
    pub report: bool,
    pub outcome: bool,
    /// What the verb acts on is not its target: "troops rescued the hostages" is force against the
    /// captors, not the hostages (GUIDELINES 12.4).
    pub freeing: bool,
    /// What the verb moves, readies or tests is the actor's own force, gear or ground, not its
    /// target: "the army deployed troops", "forces were dispatched" (GUIDELINES 12.4, 15x).
    pub posting: bool,
    /// Required argument lemmas (empty: none required).
    pub requires: Vec<String>,
    pub refine: Vec<Refinement>,
    /// Code when negated; `None`: a negated trigger is no event.
    pub negated: Option<String>,
    /// Code when the complement clause tells what a third party does ("warned that the strife
    /// risked a civil war" is a comment, "warned it would strike" a threat).
    pub third: Option<String>,
    /// `Some(true)`: fires only in active use, with an object ("police linked the blast to the
    /// rebels", not "suspects linked to the blast"); `Some(false)`: only with no object
    /// ("gathered outside the embassy", not "gathered evidence outside the embassy").
    pub object: Option<bool>,
    /// Lemmas one of which the object's head word, or the head of its of-phrase, must have
    /// (empty: none required): "rebels control much of the north" holds territory, "firefighters
    /// controlled the blaze near the border" does not, though "border" is in its object's subtree.
    pub object_requires: Vec<String>,
    /// Lemmas the object's head word (of a passive: its subject) may not have: "fired the police
    /// chief" dismisses an official, "fired rockets" or "fired on the chief's convoy" is gunfire.
    pub object_excludes: Vec<String>,
    /// Lemmas that may not follow the phrase: "strengthen security cooperation" is diplomacy, not
    /// force posture.
    pub not_before: Vec<String>,
    /// Fires only when its subject names an armed force: "troops entered the capital" takes it,
    /// "the train entered a tunnel" does nothing.
    pub armed: bool,
    /// Fires only when its object is a place (a tagged or gazetteer place name, or a place noun):
    /// "rebels entered the town" takes it, "forces entered negotiations" does not.
    pub place_object: bool,
    /// The object may also be a name of an armed party (armed_roles): "crushed the Taliban" as
    /// "crushed the rebels".
    pub armed_object: bool,
    /// Fires also without its required words when its subject is a crowd (crowd_subjects of
    /// event_words.tsv): "thousands of people marched in Bogota"; "troops marched into the town" not.
    pub crowd: bool,
    /// With `req=`: only the weapon the active subject names meets the requirement ("a rocket landed
    /// near the embassy"), not the verb's other arguments ("the town fell after rocket fire").
    pub subject_means: bool,
    pub note: String,
}

impl TriggerEntry {
    /// An entry with no conditions: the phrase is a trigger of `cameo` as `pos`.
    pub fn plain(phrase: Vec<String>, pos: Pos, cameo: &str, note: &str) -> TriggerEntry {
        TriggerEntry::unconditioned(phrase, pos, Some(cameo.to_string()), note)
    }

    /// An entry with every condition off; the data file's conditions then switch them on.
    fn unconditioned(phrase: Vec<String>, pos: Pos, cameo: Option<String>, note: &str) -> TriggerEntry {
        TriggerEntry {
            phrase,
            pos,
            cameo,
            passive: false,
            mutual: false,
            report: false,
            outcome: false,
            freeing: false,
            posting: false,
            requires: Vec::new(),
            refine: Vec::new(),
            negated: None,
            third: None,
            object: None,
            object_requires: Vec::new(),
            object_excludes: Vec::new(),
            not_before: Vec::new(),
            armed: false,
            place_object: false,
            armed_object: false,
            crowd: false,
            subject_means: false,
            note: note.to_string(),
        }
    }
}

impl TriggerEntry {
    /// Number of fixed (non-gap) tokens.
    pub fn phrase_len(&self) -> usize {
        self.phrase.iter().filter(|t| *t != "*").count()
    }

    /// The code given the trigger's argument lemmas, or `None` when a required argument is
    /// missing or the entry is a blocker. Hyphenated arguments may come split ("de", "-",
    /// "escalation") or whole.
    pub fn code_for<S: AsRef<str>>(&self, args: &[S]) -> Option<&str> {
        let cameo = self.cameo.as_deref()?;
        let mut set: Vec<String> = args.iter().map(|a| a.as_ref().to_lowercase()).collect();
        for w in args.windows(3) {
            if w[1].as_ref() == "-" {
                set.push(format!("{}-{}", w[0].as_ref(), w[2].as_ref()).to_lowercase());
                set.push(format!("{}{}", w[0].as_ref(), w[2].as_ref()).to_lowercase());
            }
        }
        let has = |list: &[String]| list.iter().any(|x| set.contains(x));
        if !self.requires.is_empty() && !has(&self.requires) {
            return None;
        }
        Some(self.refine.iter().find(|r| has(&r.args)).map_or(cameo, |r| r.cameo.as_str()))
    }

    /// The code the entry's first refinement that lists `lemma` gives, if any.
    pub fn refined_by(&self, lemma: &str) -> Option<&str> {
        self.refine.iter().find(|r| r.args.iter().any(|a| a == lemma)).map(|r| r.cameo.as_str())
    }
}

/// A trigger found in a sentence: the tokens it covers and the token that heads it in the parse
/// (the first token of a verb phrase, the last of a noun phrase).
#[derive(Debug, Clone, PartialEq)]
pub struct TriggerMatch {
    pub tokens: Range<usize>,
    pub head: usize,
    pub entry: &'static TriggerEntry,
}

/// Instrument refinements that `@weapon` adds.
const WEAPON: &[(&str, &str)] = &[
    ("drone|uav|uavs|bayraktar|shahed|quadcopter", "195"),
    ("aircraft|warplane|jet|plane|helicopter|gunship|bomber|aviation|air|aerial|airstrike", "195"),
    ("missile", "195"),
    ("artillery|mortar|howitzer|tank|shell|rocket|grad|mlrs|cannon", "194"),
    ("rifle|sniper|bullet|machine|firearm|pistol|kalashnikov", "193"),
    // A gun or gunfire names no kind of arm: "a gun attack", "fired guns at the convoy" are shooting,
    // 190 (GUIDELINES 12.4); still an instrument, never a party acted upon (`is_weapon`).
    ("gun|gunfire", "190"),
];

/// Blades: instruments too, but of hand-to-hand assault (182), which only the entries that name
/// `@blade` refine: "shot and attacked with bayonets" was still shot.
const BLADES: &str = "knife|machete|bayonet|axe|sword|dagger|hatchet|spear";

/// Whether `lemma` names a weapon (the `@weapon` words, blades): an instrument, never a party acted upon.
pub fn is_weapon(lemma: &str) -> bool {
    WEAPON.iter().chain(&[(BLADES, "182")]).any(|(words, _)| words.split('|').any(|w| w == lemma))
}

/// Parses `triggers.tsv`; an error names the first bad line.
pub(crate) fn parse_triggers(text: &str) -> Result<Vec<TriggerEntry>, String> {
    let mut out = Vec::new();
    let mut lists: HashMap<&str, &str> = HashMap::new();
    for (n, raw) in text.lines().enumerate() {
        if raw.trim().is_empty() || raw.starts_with('#') {
            continue;
        }
        let err = |m: &str| format!("line {}: {m}: {raw:?}", n + 1);
        // "@persons<TAB>man|woman|...": a named word list that `req=` / `reqobj=` use ("@persons|rebel").
        if let Some(def) = raw.strip_prefix('@') {
            define_list(&mut lists, def).map_err(&err)?;
            continue;
        }
        let named = |list: &str| expand_lists(&lists, list).map_err(|m| err(&m));
        let cols: Vec<&str> = raw.split('\t').map(str::trim).collect();
        if !(4..=5).contains(&cols.len()) {
            return Err(err("expected 4 or 5 tab-separated columns"));
        }
        let phrase = phrase_lemmas(cols[0]);
        if phrase.is_empty() || phrase[0] == "*" || phrase.last().map(String::as_str) == Some("*") {
            return Err(err("phrase must start and end with a word"));
        }
        let pos = match cols[1] {
            "verb" => Pos::Verb,
            "noun" => Pos::Noun,
            "any" => Pos::Any,
            _ => return Err(err("pos must be verb, noun or any")),
        };
        let cameo = match cols[2] {
            "-" => None,
            c if is_code(c) => Some(c.to_string()),
            _ => return Err(err("bad CAMEO code")),
        };
        let mut e = TriggerEntry::unconditioned(phrase, pos, cameo, cols.get(4).unwrap_or(&""));
        for cond in cols[3].split(';').map(str::trim).filter(|c| !c.is_empty() && *c != "-") {
            match cond {
                "passive" => e.passive = true,
                "mutual" => e.mutual = true,
                "report" => e.report = true,
                "outcome" => e.outcome = true,
                "freeing" => e.freeing = true,
                "posting" => e.posting = true,
                "armed" => e.armed = true,
                "place_obj" => e.place_object = true,
                "armed_obj" => e.armed_object = true,
                "crowd" => e.crowd = true,
                "subjmeans" => e.subject_means = true,
                "obj" => e.object = Some(true),
                "noobj" => e.object = Some(false),
                "@weapon" => e.refine.extend(WEAPON.iter().map(|(a, c)| refinement(a, c))),
                "@blade" => e.refine.push(refinement(BLADES, "182")),
                _ => match cond.split_once('=') {
                    Some(("as", phrase)) => {
                        let earlier = out.iter().rev().find(|x: &&TriggerEntry| x.phrase == phrase_lemmas(phrase));
                        let Some(earlier) = earlier else { return Err(err(&format!("no entry {phrase:?} above"))) };
                        e.requires = earlier.requires.clone();
                        e.object_requires = earlier.object_requires.clone();
                        e.refine.extend(earlier.refine.iter().cloned());
                    }
                    Some(("req", list)) if !list.is_empty() => e.requires = named(list)?,
                    Some(("reqobj", list)) if !list.is_empty() => e.object_requires = named(list)?,
                    Some(("notobj", list)) if !list.is_empty() => e.object_excludes = named(list)?,
                    Some(("notbefore", list)) if !list.is_empty() => e.not_before = lemmas(list),
                    Some(("neg", c)) if is_code(c) => e.negated = Some(c.to_string()),
                    Some(("third", c)) if is_code(c) => e.third = Some(c.to_string()),
                    Some((list, c)) if is_code(c) && !list.is_empty() => e.refine.push(refinement(list, c)),
                    _ => return Err(err(&format!("bad condition {cond:?}"))),
                },
            }
        }
        out.push(e);
    }
    Ok(out)
}

/// Adds the list of a "@name<TAB>words" line (without its "@").
fn define_list<'a>(lists: &mut HashMap<&'a str, &'a str>, def: &'a str) -> Result<(), &'static str> {
    let cols: Vec<&str> = def.split('\t').map(str::trim).collect();
    let [name, list] = cols[..] else { return Err("a list line is @name<TAB>words") };
    if name.is_empty() || list.is_empty() || lists.insert(name, list).is_some() {
        return Err("a list needs a new name and words");
    }
    Ok(())
}

/// The words of a `req=` / `reqobj=` value, named lists expanded: "@armed_parties|protest|dissent".
fn expand_lists(lists: &HashMap<&str, &str>, value: &str) -> Result<Vec<String>, String> {
    let mut out = Vec::new();
    for item in value.split('|') {
        match item.trim().strip_prefix('@') {
            Some(name) => out.extend(lemmas(lists.get(name).ok_or_else(|| format!("no list @{name} above"))?)),
            None => out.extend(lemmas(item)),
        }
    }
    Ok(out)
}

fn is_code(c: &str) -> bool {
    (2..=4).contains(&c.len()) && c.bytes().all(|b| b.is_ascii_digit()) && c[..2] >= *"01" && c[..2] <= *"20"
}

/// A phrase of the file as its entry keeps it: lemmas, `*` gaps kept, hyphens split.
fn phrase_lemmas(phrase: &str) -> Vec<String> {
    phrase
        .split(|c: char| c.is_whitespace() || c == '-')
        .filter(|t| !t.is_empty())
        .map(|t| if t == "*" { t.to_string() } else { lemma(t) })
        .collect()
}

fn words(list: &str) -> Vec<String> {
    list.split('|').map(|w| w.trim().to_lowercase()).filter(|w| !w.is_empty()).collect()
}

/// The words of a condition as the sentence's lemmas will read them: "buildings" and "building" are
/// both "build" to the lemmatizer, so a listed "building" must be too.
fn lemmas(list: &str) -> Vec<String> {
    words(list).iter().map(|w| lemma(w)).collect()
}

fn refinement(list: &str, cameo: &str) -> Refinement {
    Refinement { args: lemmas(list), cameo: cameo.to_string() }
}

struct Lexicon {
    entries: Vec<TriggerEntry>,
    /// Entries from here on are run-time vocabulary ([`extra_entries`]).
    extra_from: usize,
    /// First phrase lemma → entry indices, most fixed tokens first.
    by_first: HashMap<String, Vec<usize>>,
}

static LEX: OnceLock<Lexicon> = OnceLock::new();

/// The entries of run-time vocabulary ([`crate::vocabulary`]): verb phrases with their code, after
/// the project's own; malformed ones (a gap at an end, a code that is not CAMEO) are left out.
fn extra_entries() -> Vec<TriggerEntry> {
    crate::vocabulary::installed()
        .triggers
        .iter()
        .filter(|t| {
            is_code(&t.cameo) && t.words.first().is_some_and(|w| w != "*") && t.words.last().is_some_and(|w| w != "*")
        })
        .map(|t| {
            let phrase = t.words.iter().map(|w| if w == "*" { w.clone() } else { lemma(w) }).collect();
            TriggerEntry::plain(phrase, Pos::Verb, &t.cameo, "run-time dictionary")
        })
        .collect()
}

fn lexicon() -> &'static Lexicon {
    LEX.get_or_init(|| {
        let mut entries = parse_triggers(TRIGGERS).unwrap_or_else(|e| panic!("triggers.tsv: {e}"));
        let extra_from = entries.len();
        entries.extend(extra_entries());
        let mut by_first: HashMap<String, Vec<usize>> = HashMap::new();
        for (i, e) in entries.iter().enumerate() {
            by_first.entry(e.phrase[0].clone()).or_default().push(i);
        }
        for v in by_first.values_mut() {
            v.sort_by_key(|&i| std::cmp::Reverse(entries[i].phrase_len()));
        }
        Lexicon { entries, extra_from, by_first }
    })
}

/// Every entry of the lexicon, in file order.
pub fn entries() -> &'static [TriggerEntry] {
    &lexicon().entries
}

fn is_quote(t: &str) -> bool {
    t.chars().all(|c| matches!(c, '"' | '“' | '”' | '‘' | '’' | '\'' | '«' | '»'))
}

fn is_punct(t: &str) -> bool {
    !t.is_empty() && !t.chars().any(char::is_alphanumeric)
}

/// Matches `phrase` against `lemmas` from `i`; returns the end (exclusive) of the match.
/// Hyphen tokens inside the match are skipped; gaps cover 0..=MAX_GAP tokens, no punctuation but quotes;
/// a hyphenated token covers the phrase words of one of its [`hyphen_readings`].
fn match_at(phrase: &[String], lemmas: &[String], i: usize) -> Option<usize> {
    fn go(p: &[String], l: &[String], j: usize, started: bool) -> Option<usize> {
        let Some((first, rest)) = p.split_first() else {
            return Some(j);
        };
        if first == "*" {
            for gap in 0..=MAX_GAP {
                // Quotation marks may sit inside a gap: expressed its "deep concern".
                if gap > 0 && l.get(j + gap - 1).is_none_or(|t| is_punct(t) && !is_quote(t)) {
                    break;
                }
                if let Some(end) = go(rest, l, j + gap, true) {
                    return Some(end);
                }
            }
            return None;
        }
        let mut j = j;
        while started && l.get(j).map(String::as_str) == Some("-") {
            j += 1;
        }
        let token = l.get(j)?;
        if token == first {
            return go(rest, l, j + 1, true);
        }
        // A hyphenated token stands for the phrase words it reads as, all of them or none.
        hyphen_readings(token).into_iter().find_map(|words| {
            let fits = words.len() <= p.len() && words.iter().zip(p).all(|(w, q)| w == q);
            fits.then(|| go(&p[words.len()..], l, j + 1, true)).flatten()
        })
    }
    go(phrase, lemmas, i, false)
}

/// The phrase words a hyphenated token lemma may stand for: its parts joined ("cease-fire" →
/// ceasefire) and its parts, each lemmatised ("stepped-up" → step up, "re-evaluate" → re
/// evaluate). The token matches only as a whole, so "anti-war" never reads as "war". Empty for
/// a token without a hyphen between letters.
fn hyphen_readings(token: &str) -> Vec<Vec<String>> {
    let parts: Vec<&str> = token.split('-').collect();
    if parts.len() < 2 || parts.iter().any(|p| p.is_empty()) {
        return Vec::new();
    }
    vec![vec![lemma(&parts.concat())], parts.iter().map(|p| lemma(p)).collect()]
}

fn pos_ok(entry: Pos, want: Option<Pos>) -> bool {
    matches!((entry, want), (_, None) | (Pos::Any, _) | (_, Some(Pos::Any))) || Some(entry) == want
}

/// The longest trigger starting at token `i` of `lemmas` (lemmas of a sentence's tokens, as
/// [`crate::lemma::lemma`] gives them), with the part of speech guessed from the word before
/// ([`guess_pos`]). `None` when nothing matches or token `i` is inside a blocker phrase
/// ("war crimes"). With a parse, prefer [`lookup_pos`] with the part of speech it shows.
pub fn lookup(lemmas: &[String], i: usize) -> Option<TriggerMatch> {
    lookup_pos(lemmas, i, guess_pos(lemmas, i))
}

/// Part of speech of token `i` from the word before it: a noun after a determiner, possessive or
/// preposition ("the report", "Armenia's support", "in talks"), a verb after "to", a modal or an
/// auxiliary ("to state", "did not fire", "was shelled"); `None` when the context does not say.
pub fn guess_pos(lemmas: &[String], i: usize) -> Option<Pos> {
    let prev = lemmas.get(i.checked_sub(1)?)?.as_str();
    let before = i.checked_sub(2).and_then(|j| lemmas.get(j)).map(String::as_str);
    match prev {
        "the" | "a" | "an" | "its" | "their" | "his" | "her" | "our" | "this" | "these" | "those" | "every"
        | "each" | "of" | "in" | "for" | "with" | "after" | "amid" | "during" | "new" => Some(Pos::Noun),
        "s" if matches!(before, Some("'" | "’")) => Some(Pos::Noun),
        "to" | "will" | "would" | "could" | "can" | "may" | "might" | "must" | "should" | "do" | "not" | "never"
        | "have" | "be" => Some(Pos::Verb),
        "t" if matches!(before, Some("'" | "’")) => Some(Pos::Verb),
        _ => None,
    }
}

/// [`lookup`] restricted to entries compatible with the part of speech `pos` of token `i`.
pub fn lookup_pos(lemmas: &[String], i: usize, pos: Option<Pos>) -> Option<TriggerMatch> {
    lookup_with(lemmas, i, &|_| pos)
}

/// The verb entry of `lemma` alone ("criticize", "accuse"): the frame a record takes when a
/// construction, not a trigger word of the sentence, says the act ("said the strike was illegal").
pub fn verb_entry(lemma: &str) -> Option<TriggerMatch> {
    lookup_pos(&[lemma.to_string()], 0, Some(Pos::Verb))
}

/// [`lookup`] restricted to entries whose part of speech agrees with `pos_at` at the entry's head:
/// the last word of a noun phrase ("military operation" is a noun at "operation", whatever
/// "military" is), the first word otherwise.
pub fn lookup_with(lemmas: &[String], i: usize, pos_at: &dyn Fn(usize) -> Option<Pos>) -> Option<TriggerMatch> {
    let lex = lexicon();
    let best = |start: usize| best_at(lex, lemmas, start, pos_at);
    // A blocker that starts a few tokens earlier and covers `i` wins ("prisoner of war").
    for s in i.saturating_sub(4)..i {
        if let Some((k, end)) = best(s) {
            if lex.entries[k].cameo.is_none() && end > i {
                return None;
            }
        }
    }
    let (k, end) = best(i)?;
    let entry = &lex.entries[k];
    entry.cameo.as_ref()?;
    let head = match entry.pos {
        Pos::Noun => end - 1,
        _ => i,
    };
    Some(TriggerMatch { tokens: i..end, head, entry })
}

/// The entry taken at token `start`: the project's longest match; run-time vocabulary only where the
/// project's lexicon has nothing there, and not over a later word where the project's lexicon starts a
/// trigger (a dictionary's "fight * for" must not recode the project's "fighting").
fn best_at(
    lex: &Lexicon,
    lemmas: &[String],
    start: usize,
    pos_at: &dyn Fn(usize) -> Option<Pos>,
) -> Option<(usize, usize)> {
    if let Some(own) = longest_at(lex, lemmas, start, pos_at, false) {
        return Some(own);
    }
    let (k, end) = longest_at(lex, lemmas, start, pos_at, true)?;
    let own_inside = (start + 1..end)
        .any(|s| longest_at(lex, lemmas, s, pos_at, false).is_some_and(|(j, _)| lex.entries[j].cameo.is_some()));
    (!own_inside).then_some((k, end))
}

/// The longest entry matching at token `start`, among the project's own entries or the run-time ones.
fn longest_at(
    lex: &Lexicon,
    lemmas: &[String],
    start: usize,
    pos_at: &dyn Fn(usize) -> Option<Pos>,
    extra: bool,
) -> Option<(usize, usize)> {
    let token = lemmas.get(start)?;
    let mut firsts: Vec<String> = hyphen_readings(token).into_iter().map(|mut w| w.swap_remove(0)).collect();
    firsts.push(token.clone());
    firsts.dedup();
    let candidates = firsts.iter().filter_map(|f| lex.by_first.get(f)).flatten();
    let mut best: Option<(usize, usize)> = None;
    for &k in candidates.filter(|&&k| (k >= lex.extra_from) == extra) {
        let e = &lex.entries[k];
        let Some(end) = match_at(&e.phrase, lemmas, start) else { continue };
        if lemmas.get(end).is_some_and(|next| e.not_before.contains(next)) {
            continue;
        }
        let head = if e.pos == Pos::Noun { end - 1 } else { start };
        if e.cameo.is_some() && !pos_ok(e.pos, pos_at(head)) {
            continue;
        }
        if best.is_none_or(|(_, b)| end > b) {
            best = Some((k, end));
        }
    }
    best
}

/// All non-overlapping triggers of a sentence, left to right (longest match at each start).
pub fn find_all(lemmas: &[String]) -> Vec<TriggerMatch> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < lemmas.len() {
        match lookup(lemmas, i) {
            Some(m) => {
                i = m.tokens.end;
                out.push(m);
            }
            None => i += 1,
        }
    }
    out
}

#[cfg(test)]
mod tests;
