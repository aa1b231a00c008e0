//! Builds the events of one sentence: triggers → codes → roles → parties, date, place,
//! casualties and source.
use super::args::{self, Roles};
use super::attribution;
use super::view::View;
use crate::casualties::{find_casualties, CasualtyKind, CasualtyMention};
use crate::dates::{find_dates, DateMention};
use crate::lexicon::{self, ModalOutcome, Pos, TriggerMatch};
use crate::parties;
use casus_core::{Action, Casualties, Casualty, DateRef, Document, Event, Evidence, Location, Party};
use chrono::NaiveDate;

/// What carries over from sentence to sentence: the publication date, the latest dated incident,
/// the parties last named (for "it said", "its positions") and the states the article is about
/// (for "the two countries", "both sides").
pub struct Context {
    pub published: Option<NaiveDate>,
    last_date: Option<DateRef>,
    /// Most recent first, one per (country, role, name).
    recent: Vec<Party>,
    /// The article's states by how often its named entities mention them, most first.
    salient: Vec<String>,
    /// The day the article's news happened: its most frequent day-precise date in the week up
    /// to publication (undated reactions and restated incidents fall on it).
    news_day: Option<DateRef>,
}

impl Context {
    pub fn new(doc: &Document) -> Context {
        let mut counts: Vec<(String, usize)> = Vec::new();
        for s in &doc.sentences {
            for e in s.entities.iter().filter(|e| matches!(e.label.as_str(), "GPE" | "NORP" | "ORG")) {
                let country = parties::normalize(doc.span_text(s, e.tokens.clone())).and_then(|p| p.country);
                if let Some(c) = country {
                    match counts.iter_mut().find(|(k, _)| *k == c) {
                        Some((_, n)) => *n += 1,
                        None => counts.push((c, 1)),
                    }
                }
            }
        }
        counts.sort_by(|a, b| b.1.cmp(&a.1));
        let salient = counts.into_iter().map(|(c, _)| c).collect();
        let mut days: Vec<(DateRef, usize)> = Vec::new();
        for s in &doc.sentences {
            for d in find_dates(&s.tokens, doc.published) {
                if in_news_window(doc.published, &d) {
                    match days.iter_mut().find(|(r, _)| r.value == d.value) {
                        Some((_, n)) => *n += 1,
                        None => days.push((DateRef { text: doc.span_text(s, d.tokens.clone()).to_string(), value: d.value }, 1)),
                    }
                }
            }
        }
        let news_day = days.iter().max_by_key(|(_, n)| *n).map(|(d, _)| d.clone());
        Context { published: doc.published, last_date: None, recent: Vec::new(), salient, news_day }
    }

    fn remember(&mut self, p: &Party) {
        self.recent.retain(|q| (&q.country, &q.role, &q.name) != (&p.country, &p.role, &p.name));
        self.recent.insert(0, p.clone());
        self.recent.truncate(8);
    }

    /// The party a pronoun stands for: the latest one not of the `avoid` country.
    fn referent(&self, avoid: Option<&str>) -> Option<&Party> {
        self.recent.iter().find(|p| avoid.is_none() || p.country.as_deref() != avoid)
    }
}

/// A trigger kept for this sentence, with its resolved code.
struct Trigger {
    m: TriggerMatch,
    head: usize,
    cameo: String,
    /// Governor whose modality recoded this trigger ("threatened to strike"): it speaks for it.
    governor: Option<usize>,
}

pub fn sentence(v: &View, ctx: &mut Context, out: &mut Vec<Event>) {
    let triggers = triggers(v);
    let dates = find_dates(&v.sent.tokens, ctx.published);
    let casualties = find_casualties(&v.sent.tokens);
    let first = out.len();
    for t in &triggers {
        build(v, ctx, t, &dates, out);
    }
    attach_casualties(v, &triggers, &casualties, &mut out[first..]);
    if let Some(d) = dates.iter().rev().find(|d| in_news_window(ctx.published, d)) {
        ctx.last_date = Some(DateRef { text: v.text(d.tokens.clone()).to_string(), value: d.value.clone() });
    }
}

/// Part of speech of token `i` read off the parse: nominals take determiners, case markers and
/// nominal relations; everything else is treated as a verb.
fn pos(v: &View, i: usize) -> Pos {
    const NOMINAL: &[&str] = &["nsubj", "obj", "iobj", "obl", "nmod", "appos", "compound", "flat"];
    let noun_kid = v.kids(i).iter().any(|&c| matches!(v.base_rel(c), "det" | "case" | "amod" | "nummod") || v.rel(c) == "nmod:poss");
    let verb_kid = v.kids(i).iter().any(|&c| matches!(v.base_rel(c), "aux" | "obj" | "iobj" | "ccomp" | "xcomp" | "mark"))
        || v.kids(i).iter().any(|&c| v.base_rel(c) == "nsubj" && !v.kids(i).iter().any(|&d| v.base_rel(d) == "cop"));
    if verb_kid && !noun_kid {
        Pos::Verb
    } else if noun_kid || NOMINAL.contains(&v.base_rel(i)) {
        Pos::Noun
    } else {
        Pos::Verb
    }
}

/// The token of `range` highest in the tree.
fn top(v: &View, range: std::ops::Range<usize>) -> usize {
    range.clone().min_by_key(|&i| v.ancestors(i).count()).unwrap_or(range.start)
}

fn triggers(v: &View) -> Vec<Trigger> {
    let mut found: Vec<TriggerMatch> = Vec::new();
    let mut i = 0;
    while i < v.len() {
        match lexicon::lookup_pos(&v.lemmas, i, Some(pos(v, i))) {
            Some(m) => {
                i = m.tokens.end;
                found.push(m);
            }
            None => i += 1,
        }
    }
    let heads: Vec<usize> = found.iter().map(|m| top(v, m.tokens.clone())).collect();
    let mut kept = Vec::new();
    for (m, &head) in found.iter().zip(&heads) {
        if m.entry.report {
            continue;
        }
        let mut cameo = match m.entry.code_for(&argument_lemmas(v, head)) {
            Some(c) => c.to_string(),
            None => continue,
        };
        if lexicon::negated(&v.lemmas, head) || v.is_negated(head) {
            match &m.entry.negated {
                Some(c) => cameo = c.clone(),
                None => continue,
            }
        }
        let mut governor = None;
        if let Some(g) = v.head(head).filter(|_| matches!(v.base_rel(head), "xcomp" | "ccomp" | "advcl" | "acl" | "obj")) {
            if let Some(kind) = lexicon::modal(&v.lemmas[g]) {
                match lexicon::modal_code(kind, &cameo) {
                    ModalOutcome::Drop => continue,
                    ModalOutcome::Recode(c) => {
                        cameo = c;
                        governor = Some(g);
                    }
                    ModalOutcome::Keep => {}
                }
            }
        }
        if governor.is_none() && inside_speech_act(v, head, &heads, &found) {
            continue;
        }
        kept.push(Trigger { m: m.clone(), head, cameo, governor });
    }
    // "fought a war", "carried out an offensive": the noun is the verb's own event, not a second one.
    let verbs: Vec<(usize, String)> = kept.iter().map(|t| (t.head, t.cameo.get(..2).unwrap_or("").to_string())).collect();
    kept.retain(|t| {
        let Some(h) = v.head(t.head) else { return true };
        !(v.base_rel(t.head) == "obj" && verbs.iter().any(|(vh, root)| *vh == h && t.cameo.starts_with(root.as_str())))
    });
    // An event noun that is an argument of another kept trigger ("accused Armenia of violating the
    // ceasefire", "negotiated a ceasefire") is that trigger's content, not an event of its own.
    let governing: Vec<usize> = kept.iter().filter(|t| !t.m.entry.outcome).map(|t| t.head).collect();
    kept.retain(|t| {
        let nominal = pos(v, t.head) == Pos::Noun && matches!(v.base_rel(t.head), "obj" | "obl" | "nmod");
        !(nominal && v.head(t.head).is_some_and(|h| governing.contains(&h)))
    });
    // A governor that recoded its complement speaks through it, not on its own.
    let governors: Vec<usize> = kept.iter().filter_map(|t| t.governor).collect();
    kept.retain(|t| !governors.contains(&t.head));
    // Casualty outcomes ("killed") fold into a force event of the same sentence.
    let force = kept.iter().filter(|t| is_force(&t.cameo) && !t.m.entry.outcome).count();
    kept.retain(|t| !(t.m.entry.outcome && force > 0));
    kept
}

fn is_force(cameo: &str) -> bool {
    matches!(cameo.get(..2), Some("18" | "19" | "20"))
}

/// Speech acts whose content is not a second event: accusations, denials, rejections, threats,
/// demands and appeals ("accused X of having fired" is one accusation).
fn is_speech_act(cameo: &str) -> bool {
    matches!(cameo.get(..2), Some("02" | "10" | "11" | "12" | "13")) || cameo.starts_with("016")
}

fn inside_speech_act(v: &View, head: usize, heads: &[usize], found: &[TriggerMatch]) -> bool {
    let mut cur = head;
    for a in v.ancestors(head) {
        if !matches!(v.base_rel(cur), "ccomp" | "xcomp" | "advcl" | "acl" | "obl" | "nmod" | "obj" | "conj") {
            return false;
        }
        if let Some(k) = heads.iter().position(|&h| h == a) {
            let code = found[k].entry.code_for(&argument_lemmas(v, a)).unwrap_or("");
            return is_speech_act(code);
        }
        cur = a;
    }
    false
}

/// Lemmas of the trigger's dependents' subtrees (not its subject), for required arguments and
/// refinements ("called for restraint" → 0256, "struck with drones" → 195).
fn argument_lemmas(v: &View, head: usize) -> Vec<String> {
    let mut out = Vec::new();
    let mut stack: Vec<usize> = v.kids(head).iter().copied().filter(|&c| !matches!(v.base_rel(c), "nsubj" | "punct")).collect();
    while let Some(t) = stack.pop() {
        out.push(v.lemmas[t].clone());
        stack.extend(v.kids(t).iter().copied());
    }
    out
}

fn build(v: &View, ctx: &mut Context, t: &Trigger, dates: &[DateMention], out: &mut Vec<Event>) {
    let speaker = t.governor.unwrap_or(t.head);
    let mut roles = if pos(v, t.head) == Pos::Noun && t.governor.is_none() {
        args::nominal(v, t.head)
    } else {
        args::verbal(v, speaker, t.m.entry.passive)
    };
    if t.governor.is_some() && roles.targets.is_empty() {
        // "urged Baku to stop": the addressee is the object of the governor, the deed's target otherwise.
        roles.targets = args::verbal(v, t.head, false).targets;
    }
    let source_head = attribution::source(v, t.head);
    let source = source_head.and_then(|s| parties_of(v, ctx, &[s], None).into_iter().next());
    if let Some(s) = &source {
        ctx.remember(s);
    }
    let actors = parties_of(v, ctx, &roles.actors, None);
    let avoid = actors.first().and_then(|a| a.country.clone());
    let targets = parties_of(v, ctx, &roles.targets, avoid.as_deref());
    let mutual = roles.reciprocal || (t.m.entry.mutual && actors.len() > 1 && targets.is_empty());
    // A party is not its own source for a speech act it makes.
    let source = source.filter(|s| !(is_speech_act(&t.cameo) && actors.iter().any(|a| a.name == s.name)));
    for p in actors.iter().chain(&targets) {
        ctx.remember(p);
    }
    let pairs = pairs(mutual, actors, targets);
    let action = Action { text: action_text(v, t), cameo: t.cameo.clone() };
    let date = date_for(v, ctx, t.head, &t.cameo, dates);
    let location = location(v, &roles);
    let evidence = Evidence { start: v.sent.start, end: v.sent.end, sentence: v.doc.sentence_text(v.sent).to_string() };
    for (actor, target) in pairs {
        out.push(Event {
            doc_id: String::new(),
            event_id: String::new(),
            action: action.clone(),
            actor,
            target,
            date: date.clone(),
            location: location.clone(),
            casualties: Casualties::default(),
            source: source.clone(),
            evidence: evidence.clone(),
        });
    }
}

fn action_text(v: &View, t: &Trigger) -> String {
    match t.governor {
        Some(g) if g < t.m.tokens.start => v.text(g..t.m.tokens.end).to_string(),
        _ => v.text(t.m.tokens.clone()).to_string(),
    }
}

/// (actor, target) pairs: every actor with every target, or one event each way among the actors
/// of a mutual action; at least one event.
fn pairs(mutual: bool, actors: Vec<Party>, targets: Vec<Party>) -> Vec<(Option<Party>, Option<Party>)> {
    if mutual && actors.len() > 1 {
        let mut out = Vec::new();
        for (i, a) in actors.iter().enumerate() {
            for (j, b) in actors.iter().enumerate() {
                if i != j && (a.country.is_none() || a.country != b.country) {
                    out.push((Some(a.clone()), Some(b.clone())));
                }
            }
        }
        if !out.is_empty() {
            return out;
        }
    }
    let actors: Vec<Option<Party>> = if actors.is_empty() { vec![None] } else { actors.into_iter().map(Some).collect() };
    let targets: Vec<Option<Party>> = if targets.is_empty() { vec![None] } else { targets.into_iter().map(Some).collect() };
    let mut out = Vec::new();
    for a in &actors {
        for t in &targets {
            out.push((a.clone(), t.clone()));
        }
    }
    out
}

fn parties_of(v: &View, ctx: &Context, heads: &[usize], avoid: Option<&str>) -> Vec<Party> {
    let mut out: Vec<Party> = Vec::new();
    for &h in heads {
        for p in party(v, ctx, h, avoid) {
            if !out.contains(&p) {
                out.push(p);
            }
        }
    }
    out
}

const PRONOUNS: &[&str] = &["it", "he", "she", "latter", "former", "we", "i"];
const POSSESSIVES: &[&str] = &["its", "their", "his", "her", "our"];
/// Nouns that, counted by "two" or "both", mean the two states an article is about.
const PAIR_NOUNS: &[&str] = &[
    "country", "side", "party", "nation", "neighbor", "neighbour", "state", "rival", "enemy", "foe", "antagonist",
    "adversary", "belligerent", "capital", "government", "republic",
];

/// The parties a noun phrase names: from the gazetteer, else a named entity of the model;
/// pronouns take the latest party, "the two countries" the article's two main states.
fn party(v: &View, ctx: &Context, head: usize, avoid: Option<&str>) -> Vec<Party> {
    let range = v.phrase(head);
    let text = v.text(range.clone()).to_string();
    let lemma = v.lemmas[head].as_str();
    if PRONOUNS.contains(&lemma) {
        return ctx.referent(None).map(|p| Party { text, ..p.clone() }).into_iter().collect();
    }
    if matches!(lemma, "they" | "them") || is_pair(v, range.clone()) {
        return ctx
            .salient
            .iter()
            .take(2)
            .map(|c| Party {
                text: text.clone(),
                name: parties::country_name(c).map(str::to_string),
                country: Some(c.clone()),
                role: Some("GOV".into()),
            })
            .collect();
    }
    let info = parties::normalize(&text);
    let possessor = v.kids_with(head, &["nmod:poss"]).find(|&k| POSSESSIVES.contains(&v.lower(k).as_str()));
    if let (Some(_), Some(referent)) = (possessor, ctx.referent(avoid)) {
        if info.as_ref().is_none_or(|i| i.country.is_none()) {
            let role = info.and_then(|i| i.role).or(referent.role.clone());
            return vec![Party { text, name: referent.name.clone(), country: referent.country.clone(), role }];
        }
    }
    if let Some(info) = info {
        if info.country.is_none() && info.name.is_none() && v.lemmas[range.start] == "the" {
            // "the ministry", "the army": the latest party in that role.
            if let Some(r) = ctx.recent.iter().find(|p| p.role == info.role && p.country.is_some()) {
                return vec![Party { text, ..r.clone() }];
            }
        }
        return vec![Party { text, name: info.name, country: info.country, role: info.role }];
    }
    let ent = v.sent.entities.iter().find(|e| e.tokens.contains(&head) && matches!(e.label.as_str(), "PER" | "ORG" | "GPE" | "NORP"));
    ent.map(|e| Party { text, name: Some(v.text(e.tokens.clone()).to_string()), country: None, role: None }).into_iter().collect()
}

/// "the two countries", "both sides", "the parties": the two sides of the article's conflict.
fn is_pair(v: &View, range: std::ops::Range<usize>) -> bool {
    let counted = range.clone().any(|i| matches!(v.lemmas[i].as_str(), "two" | "both"));
    let last = range.end - 1;
    let plural_sides = v.lemmas[range.start] == "the"
        && range.len() == 2
        && matches!(v.lemmas[last].as_str(), "party" | "side")
        && v.lower(last).ends_with('s');
    plural_sides || (counted && range.clone().any(|i| PAIR_NOUNS.contains(&v.lemmas[i].as_str())))
}

/// The first place candidate that names a place: a known place, or a location entity.
fn location(v: &View, roles: &Roles) -> Option<Location> {
    for &p in &roles.places {
        let range = v.phrase(p);
        let start = v.kids_with(p, &["case"]).next().map_or(range.start, |c| c.min(range.start));
        if let Some(name) = border_name(v, p) {
            return Some(Location { text: v.text(start..range.end).to_string(), name: Some(name) });
        }
        let text = v.text(range.clone());
        let known = parties::lookup_place(text);
        let entity = v.sent.entities.iter().find(|e| e.tokens.contains(&p) && matches!(e.label.as_str(), "GPE" | "LOC" | "FAC"));
        // A place the gazetteer knows, or one the model tags; capitalized words alone are not enough.
        let name = match (&known, entity) {
            (Some(k), _) if k.known => Some(k.name.clone()),
            (Some(k), Some(_)) => Some(k.name.clone()),
            (None, Some(e)) => Some(v.text(e.tokens.clone()).to_string()),
            _ => None,
        };
        if let Some(name) = name {
            return Some(Location { text: v.text(start..range.end).to_string(), name: Some(name) });
        }
    }
    None
}

/// "the border between Armenia and Azerbaijan", "the Armenia-Azerbaijan border": the border of
/// two states, named "Armenia–Azerbaijan border" in text order.
fn border_name(v: &View, p: usize) -> Option<String> {
    if !matches!(v.lemmas[p].as_str(), "border" | "frontier" | "boundary") {
        return None;
    }
    let mut states: Vec<String> = Vec::new();
    for i in v.subtree(p) {
        for part in v.word(i).split(['-', '–', '—']) {
            if let Some(c) = parties::normalize(part).and_then(|x| x.country) {
                let name = parties::country_name(&c).unwrap_or(&c).to_string();
                if !states.contains(&name) {
                    states.push(name);
                }
            }
        }
    }
    (states.len() == 2).then(|| format!("{}–{} border", states[0], states[1]))
}

/// A day-precise date in the week up to publication (any day-precise date when it is unknown).
fn in_news_window(published: Option<NaiveDate>, d: &DateMention) -> bool {
    if d.precision != crate::dates::Precision::Day {
        return false;
    }
    let Some(p) = published else { return true };
    NaiveDate::parse_from_str(&d.value, "%Y-%m-%d").is_ok_and(|day| day <= p && (p - day).num_days() <= 7)
}

/// The date of the event: a date phrase of the sentence attached to the trigger's clause, else
/// the nearest one. With none: an armed incident takes the latest news-week date before it, any
/// other event (reactions, statements) the article's news day.
fn date_for(v: &View, ctx: &Context, head: usize, cameo: &str, dates: &[DateMention]) -> Option<DateRef> {
    let path: Vec<usize> = std::iter::once(head).chain(v.ancestors(head)).collect();
    // "since 2020", "until Monday", "before the war": a bound, not the event's date.
    let dates: Vec<&DateMention> = dates
        .iter()
        .filter(|d| !matches!(d.prep.as_deref(), Some("since" | "until" | "till" | "before" | "after" | "by" | "from")))
        .collect();
    let attached = dates.iter().copied().find(|d| {
        let top = top(v, d.tokens.clone());
        v.head(top).is_some_and(|h| path.contains(&h))
    });
    let nearest = dates.iter().copied().min_by_key(|d| d.tokens.start.abs_diff(head).min(d.tokens.end.abs_diff(head)));
    if let Some(d) = attached.or(nearest) {
        return Some(DateRef { text: v.text(d.tokens.clone()).to_string(), value: d.value.clone() });
    }
    if is_force(cameo) {
        ctx.last_date.clone().or(ctx.news_day.clone())
    } else {
        ctx.news_day.clone().or(ctx.last_date.clone())
    }
}

/// Each casualty count goes to the force event whose trigger is nearest in the sentence.
fn attach_casualties(v: &View, triggers: &[Trigger], found: &[CasualtyMention], events: &mut [Event]) {
    for c in found {
        let Some(kind) = (match c.kind {
            CasualtyKind::Killed => Some(true),
            CasualtyKind::Injured => Some(false),
            CasualtyKind::Missing => None,
        }) else {
            continue;
        };
        let trigger = triggers
            .iter()
            .filter(|t| is_force(&t.cameo))
            .min_by_key(|t| t.head.abs_diff(c.tokens.start).min(t.head.abs_diff(c.tokens.end)));
        let Some(t) = trigger else { continue };
        let text = v.text(t.m.tokens.clone()).to_string();
        let value = Casualty { count: c.count, qualifier: c.qualifier, text: v.text(c.tokens.clone()).to_string() };
        for e in events.iter_mut().filter(|e| e.action.text == text && e.action.cameo == t.cameo) {
            let slot = if kind { &mut e.casualties.killed } else { &mut e.casualties.injured };
            if slot.is_none() {
                *slot = Some(value.clone());
            }
        }
    }
}
