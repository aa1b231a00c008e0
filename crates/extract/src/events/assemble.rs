//! Builds the events of one sentence: triggers → codes → roles → parties, date, place,
//! casualties and source.
use super::args;
use super::attribution;
use super::context::{in_news_window, is_pronoun, parties_of, Context};
use super::hinted;
use super::learned::{self, TriggerSource};
use super::pairing::{joint, pairs, weapon_actions};
use super::reality;
use super::slots::{attach_casualties, date_for, date_ref, incident_like, location, sentence_place, usable, DateFrom};
use super::tense;
use super::view::View;
use super::words;
use crate::casualties::find_casualties;
use crate::dates::DateMention;
use crate::lexicon::{self, ModalOutcome, Pos, TriggerMatch};
use crate::parties;
use casus_core::{Action, Casualties, Event, Evidence, Party};

/// "in response to a provocation", "in retaliation for the shelling": an earlier incident than the
/// one the sentence reports, not a restatement of it.
fn in_response_to(v: &View, head: usize) -> bool {
    std::iter::once(head).chain(v.ancestors(head).take(3)).any(|a| {
        matches!(v.lemmas[a].as_str(), "response" | "retaliation" | "reaction" | "revenge")
            || v.case_of(a).is_some_and(|c| c == "in response to" || c == "in retaliation for")
    }) && v.lemmas[head] != "response"
}

/// A trigger kept for this sentence, with its resolved code.
pub(super) struct Trigger {
    pub(super) m: TriggerMatch,
    pub(super) head: usize,
    pub(super) cameo: String,
    /// Governor whose modality recoded this trigger ("threatened to strike"): it speaks for it.
    governor: Option<usize>,
    /// The agent named inside a hyphenated participle ("Moscow-brokered" → "Moscow").
    agent: Option<String>,
}

/// What the document pass needs to know of an event besides its record.
#[derive(Clone, Debug)]
pub(super) struct Meta {
    pub(super) sentence: usize,
    /// Lemma of the trigger's head word.
    pub(super) lemma: String,
    /// A definite event noun that may restate an earlier incident ("the incident", "this border clash").
    pub(super) anaphor: bool,
    pub(super) force: bool,
    /// Force, coercion or force posture: something that happens at a place on a day.
    pub(super) incident: bool,
    /// The location comes from the event's own sentence.
    pub(super) located: bool,
    /// The trigger names an incident as a whole: an event noun ("clashes") or a toll ("were killed").
    pub(super) whole: bool,
    pub(super) date_from: DateFrom,
}

/// The events of sentence number `index` of the document, each with its [`Meta`].
pub fn sentence(v: &View, index: usize, ctx: &mut Context, out: &mut Vec<Event>, metas: &mut Vec<Meta>) {
    let dates = std::mem::take(&mut ctx.dates[index]);
    let casualties = find_casualties(&v.sent.tokens);
    let triggers = triggers(v, ctx.trigger_source, &casualties);
    let first = out.len();
    for t in &triggers {
        build(v, ctx, t, &dates, index, out, metas);
    }
    for (k, e) in attach_casualties(v, &triggers, &casualties, &mut out[first..]) {
        metas.push(metas[first + k].clone());
        out.push(e);
    }
    if let Some(d) = dates.iter().rev().find(|d| in_news_window(ctx.published, d)) {
        ctx.last_date = Some(date_ref(v, d));
    }
    // A historical date opens a narrative; a sentence that neither dates itself nor continues it closes it.
    match usable(v, &dates).last() {
        Some(d) if !in_news_window(ctx.published, d) => ctx.narrative = Some(date_ref(v, d)),
        Some(_) => ctx.narrative = None,
        None if metas[first..].iter().any(|m| m.date_from == DateFrom::Narrative) => {}
        None => ctx.narrative = None,
    }
}

/// Part of speech of token `i` read off the parse: nominals take determiners, case markers and
/// nominal relations; everything else is treated as a verb.
fn pos(v: &View, i: usize) -> Pos {
    const NOMINAL: &[&str] = &["nsubj", "obj", "iobj", "obl", "nmod", "appos", "compound", "flat"];
    let noun_kid = v
        .kids(i)
        .iter()
        .any(|&c| matches!(v.base_rel(c), "det" | "case" | "amod" | "nummod") || v.rel(c) == "nmod:poss");
    let verb_kid = v
        .kids(i)
        .iter()
        .any(|&c| matches!(v.base_rel(c), "aux" | "obj" | "iobj" | "ccomp" | "xcomp" | "mark"))
        || v.kids(i).iter().any(|&c| v.base_rel(c) == "nsubj" && !v.kids(i).iter().any(|&d| v.base_rel(d) == "cop"));
    if verb_kid && !noun_kid {
        Pos::Verb
    } else if noun_kid || NOMINAL.contains(&v.base_rel(i)) {
        Pos::Noun
    } else {
        Pos::Verb
    }
}

fn triggers(v: &View, source: TriggerSource, casualties: &[crate::casualties::CasualtyMention]) -> Vec<Trigger> {
    let sources = learned::found(v, source, &|j| Some(pos(v, j)));
    let found: Vec<TriggerMatch> = sources.iter().map(|f| f.m.clone()).collect();
    let heads: Vec<usize> = found.iter().map(|m| v.top(m.tokens.clone())).collect();
    let mut kept = Vec::new();
    for ((m, &head), f) in found.iter().zip(&heads).zip(&sources) {
        if m.entry.report {
            continue;
        }
        let code = f.model_code.clone().or_else(|| m.entry.code_for(&argument_lemmas(v, head)).map(String::from));
        let Some(mut cameo) = code else { continue };
        if lexicon::negated(&v.lemmas, head) || v.is_negated(head) {
            match &m.entry.negated {
                Some(c) => cameo = c.clone(),
                None => continue,
            }
        }
        let mut governor = None;
        if let Some(g) =
            v.head(head).filter(|_| matches!(v.base_rel(head), "xcomp" | "ccomp" | "advcl" | "acl" | "obj"))
        {
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
        // "accused each other of shooting at the border, an incident which left four soldiers dead":
        // content with a toll of its own happened; it is an event too.
        let toll = || {
            let span = v.subtree(head);
            casualties
                .iter()
                .any(|c| span.contains(&c.tokens.start) && c.kind == crate::casualties::CasualtyKind::Killed)
        };
        if governor.is_none() && inside_speech_act(v, head, &heads, &found) && !(is_force(&cameo) && toll()) {
            continue;
        }
        kept.push(Trigger { m: m.clone(), head, cameo, governor, agent: None });
    }
    kept.extend(agentive_compounds(v));
    // "fought a war", "carried out an offensive": the noun is the verb's own event, not a second one.
    let verbs: Vec<(usize, String)> =
        kept.iter().map(|t| (t.head, t.cameo.get(..2).unwrap_or("").to_string())).collect();
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
    // "A first war had then caused 30,000 deaths": the war is the event, its verb only its toll.
    let force_nouns: Vec<usize> =
        kept.iter().filter(|t| is_force(&t.cameo) && pos(v, t.head) == Pos::Noun).map(|t| t.head).collect();
    kept.retain(|t| {
        let subject = v.kids_with(t.head, &["nsubj"]).any(|s| force_nouns.contains(&s));
        // "a first war, which caused 30,000 deaths"
        let relative = v.rel(t.head) == "acl:relcl" && v.head(t.head).is_some_and(|h| force_nouns.contains(&h));
        !(is_force(&t.cameo) && pos(v, t.head) == Pos::Verb && (subject || relative))
    });
    // A governor that recoded its complement speaks through it, not on its own.
    let governors: Vec<usize> = kept.iter().filter_map(|t| t.governor).collect();
    kept.retain(|t| !governors.contains(&t.head));
    // Casualty outcomes ("killed") fold into a force event of the same sentence.
    let force = kept.iter().filter(|t| is_force(&t.cameo) && !t.m.entry.outcome).count();
    kept.retain(|t| !(t.m.entry.outcome && force > 0));
    kept
}

pub(super) fn is_force(cameo: &str) -> bool {
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
            // A conjunct is content exactly when its sibling is: "called for a cessation and
            // undertook mediation" is a second act, "accused X of firing and shelling" one accusation.
            if v.base_rel(cur) == "conj" {
                return !is_speech_act(code) && inside_speech_act(v, a, heads, found);
            }
            // "accused Armenia of violating the ceasefire negotiated by Moscow": content of content.
            // A noun on the way ("ahead of talks aimed at ending a conflict") is an adjunct, not content.
            return is_speech_act(code) || (pos(v, a) == Pos::Verb && inside_speech_act(v, a, heads, found));
        }
        cur = a;
    }
    false
}

/// Lemmas of the trigger's dependents' subtrees (not its subject), for required arguments and
/// refinements ("called for restraint" → 0256, "struck with drones" → 195).
fn argument_lemmas(v: &View, head: usize) -> Vec<String> {
    let mut out = Vec::new();
    // "the agreement signed by ...": a participle's noun is its argument too.
    if matches!(v.rel(head), "acl" | "amod") {
        out.extend(v.head(head).map(|h| v.lemmas[h].clone()));
    }
    let mut stack: Vec<usize> =
        v.kids(head).iter().copied().filter(|&c| !matches!(v.base_rel(c), "nsubj" | "punct")).collect();
    // A passive subject is what was acted upon ("eight fighters were captured"): its head word refines.
    out.extend(v.kids_with(head, &["nsubj:pass"]).map(|s| v.lemmas[s].clone()));
    while let Some(t) = stack.pop() {
        out.push(v.lemmas[t].clone());
        stack.extend(v.kids(t).iter().copied());
    }
    out
}

fn build(
    v: &View,
    ctx: &mut Context,
    t: &Trigger,
    dates: &[DateMention],
    index: usize,
    out: &mut Vec<Event>,
    metas: &mut Vec<Meta>,
) {
    let speaker = t.governor.unwrap_or(t.head);
    let nominal = pos(v, t.head) == Pos::Noun && t.governor.is_none();
    if t.agent.is_none() && reality::not_an_event(v, t.head, &t.cameo, nominal, dates) {
        return;
    }
    let mut roles = if nominal { args::nominal(v, t.head) } else { args::verbal(v, speaker, t.m.entry.passive) };
    if t.cameo.starts_with("045") || t.cameo.starts_with("039") {
        args::mediation(v, t.head, &mut roles);
    }
    // "opened fire on X": the phrase's own noun is not the target; what it is aimed at is.
    if let Some(k) = roles.targets.iter().position(|x| t.m.tokens.contains(x)) {
        let noun = roles.targets.remove(k);
        let aimed = |c: &usize| {
            !v.is_dated(*c)
                && !args::is_place_noun(v, *c)
                && matches!(v.case_of(*c).as_deref(), Some("on" | "at" | "against" | "toward" | "towards" | "upon"))
        };
        // The aim hangs off the noun ("fire on X") or off the verb ("opened fire on X").
        let on_noun: Vec<usize> = v.kids_with(noun, &["nmod", "obl"]).filter(aimed).collect();
        let on_verb: Vec<usize> = v.kids_with(speaker, &["obl"]).filter(aimed).collect();
        let aims = if on_noun.is_empty() { on_verb } else { on_noun };
        for a in aims {
            roles.targets.extend(v.conjuncts(a));
        }
        roles.places.retain(|p| !roles.targets.contains(p));
    }
    if t.governor.is_some() && roles.targets.is_empty() {
        // "urged Baku to stop": the addressee is the object of the governor, the deed's target otherwise.
        roles.targets = args::verbal(v, t.head, false).targets;
    }
    // "Azerbaijan is committed to peace", "is prepared to talk": an adjectival passive of intent.
    if t.cameo.starts_with("03") && roles.actors.is_empty() && v.is_passive(speaker) {
        roles.actors = std::mem::take(&mut roles.targets);
    }
    if t.cameo.starts_with("04") && roles.targets.is_empty() && !roles.reciprocal {
        roles.targets = args::partners(v, t.m.tokens.start.min(speaker)..t.m.tokens.end.max(speaker + 1));
    }
    hinted::refine(v, t.head, &t.m.tokens, &mut roles);
    let source_head = attribution::source(v, t.head);
    let source = source_head.and_then(|s| parties_of(v, ctx, &[s], None).into_iter().next());
    if let (Some(s), Some(h)) = (&source, source_head) {
        ctx.heard(s, is_pronoun(&v.lemmas[h]));
        ctx.remember(s);
    }
    let mut actors = parties_of(v, ctx, &roles.actors, None);
    // "He assured that the enemy had targeted …": the enemy of the speaker's side.
    if let Some(own) = source.as_ref().and_then(|s| s.country.clone()) {
        for (k, &a) in roles.actors.iter().enumerate() {
            let enemy = matches!(v.lemmas[a].as_str(), "enemy" | "adversary" | "foe") && !v.lower(a).ends_with('s');
            if let (true, Some(other)) = (enemy, ctx.other_side(&own)) {
                let p = Party { text: v.text(v.phrase(a)).to_string(), ..other };
                if k < actors.len() {
                    actors[k] = p;
                } else {
                    actors.push(p);
                }
            }
        }
    }
    // “We call on the parties …”, urged the ministry: inside a quote, "I" and "we" are its speaker.
    if let Some(s) = &source {
        if roles.actors.iter().any(|&a| matches!(v.lemmas[a].as_str(), "i" | "we") && tense::quoted(v, a)) {
            actors = vec![Party { text: v.text(v.phrase(roles.actors[0])).to_string(), ..s.clone() }];
        }
    }
    if let Some(agent) = &t.agent {
        if let Some(info) = crate::parties::normalize(agent) {
            actors = vec![Party { text: agent.clone(), name: info.name, country: info.country, role: info.role }];
            roles.targets.clear();
        }
    }
    // "used artillery, mortars and drones": weapons are the instrument, not who was struck; "caused
    // 6,500 deaths": a toll is the casualties slot.
    roles.targets.retain(|&x| {
        !crate::lexicon::is_weapon(&v.lemmas[x]) && !words::get("toll_nouns").contains(&v.lemmas[x].as_str())
    });
    let avoid = actors.first().and_then(|a| a.country.clone());
    let mut targets = parties_of(v, ctx, &roles.targets, avoid.as_deref());
    if targets.is_empty() {
        targets = parties_of(v, ctx, &roles.aims, avoid.as_deref());
    }
    // "the enemy had targeted military and civilian infrastructure", in the words of one side:
    // what the other side struck without a country named belongs to the side that reports it.
    if let (Some(own), Some(theirs)) = (source.as_ref().and_then(|s| s.country.clone()), avoid.as_ref()) {
        for p in targets.iter_mut().filter(|p| p.country.is_none() && p.role.as_deref() != Some("IGO")) {
            if &own != theirs {
                p.country = Some(own.clone());
                p.name = parties::country_name(&own).map(str::to_string);
            }
        }
    }
    if nominal
        && is_force(&t.cameo)
        && actors.is_empty()
        && targets.is_empty()
        && reality::background(v, t.head, &roles.places)
    {
        return;
    }
    if nominal && !is_force(&t.cameo) && actors.is_empty() && targets.is_empty() {
        // "the ceasefire agreement", "a troop withdrawal": a non-violent event noun with no party
        // taking part is a topic, not a reported event.
        return;
    }
    let mutual = roles.reciprocal || (targets.is_empty() && (t.m.entry.mutual || joint(ctx, &t.cameo, &actors)));
    // A party is not its own source for a speech act it makes.
    let verbal = is_speech_act(&t.cameo) || matches!(t.cameo.get(..2), Some("01" | "03"));
    let source = source.filter(|s| !(verbal && actors.iter().any(|a| a.name == s.name)));
    for p in actors.iter().chain(&targets) {
        ctx.remember(p);
    }
    if !actors.is_empty() {
        ctx.last_actors = actors.clone();
    }
    // The one who accuses, denies or appeals speaks: "He also accused …" in the next sentence is them.
    if is_speech_act(&t.cameo) && actors.len() == 1 && source.is_none() {
        let pronoun = roles.actors.first().is_some_and(|&a| is_pronoun(&v.lemmas[a]));
        ctx.heard(&actors[0], pronoun);
    }
    let pairs = pairs(mutual, actors, targets);
    let mut actions = weapon_actions(v, t, speaker);
    if actions.is_empty() {
        actions.push(Action { text: action_text(v, t), cameo: t.cameo.clone() });
    }
    let (date, date_from) = date_for(v, ctx, t.head, nominal, &t.cameo, dates);
    let anaphor = nominal
        && v.kids(t.head).iter().any(|&k| {
            let w = v.lemmas[k].as_str();
            (v.base_rel(k) == "det" && matches!(w, "the" | "this" | "these" | "that" | "those"))
                || (v.rel(k) == "nmod:poss" && matches!(w, "its" | "their"))
        });
    let mut meta = Meta {
        sentence: index,
        lemma: v.lemmas[t.head].clone(),
        anaphor,
        force: is_force(&t.cameo),
        incident: incident_like(&t.cameo),
        located: false,
        whole: (nominal || t.m.entry.outcome) && !in_response_to(v, t.head),
        date_from,
    };
    let location = location(v, &roles, ctx.states())
        .or_else(|| meta.incident.then(|| sentence_place(v, t.head, ctx.states())).flatten());
    meta.located = location.is_some();
    let evidence = Evidence { start: v.sent.start, end: v.sent.end, sentence: v.doc.sentence_text(v.sent).to_string() };
    for ((actor, target), action) in pairs.iter().flat_map(|p| actions.iter().map(move |a| (p.clone(), a))) {
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
        metas.push(meta.clone());
    }
}

fn action_text(v: &View, t: &Trigger) -> String {
    match t.governor {
        Some(g) if g < t.m.tokens.start => v.text(g..t.m.tokens.end).to_string(),
        _ => v.text(t.m.tokens.clone()).to_string(),
    }
}

/// "Moscow-brokered", "Russian-sponsored", "U.S.-led": (agent, participle) when the first half of a
/// hyphenated past participle names a party.
pub(super) fn agent_participle(word: &str) -> Option<(&str, &str)> {
    let (agent, verb) = word.rsplit_once(['-', '–'])?;
    (!agent.is_empty() && verb.ends_with("ed") && crate::parties::normalize(agent).is_some()).then_some((agent, verb))
}

/// "Moscow-brokered ceasefire", "a Russian-sponsored truce", "U.S.-led talks": a participle whose
/// first half names the agent is an event of that agent.
fn agentive_compounds(v: &View) -> Vec<Trigger> {
    let mut out = Vec::new();
    for (i, tok) in v.sent.tokens.iter().enumerate() {
        let Some((agent, verb)) = agent_participle(&tok.text) else { continue };
        let lemma = vec![crate::lemma::lemma(verb)];
        let Some(m) = lexicon::lookup_pos(&lemma, 0, Some(Pos::Verb)) else { continue };
        // "a Moscow-sponsored ceasefire": the modified noun is what was sponsored.
        let noun = v.head(i).map(|h| v.lemmas[h].as_str()).unwrap_or_default();
        let Some(cameo) = m.entry.code_for(&[noun]).map(str::to_string) else { continue };
        if m.entry.report || is_force(&cameo) {
            continue;
        }
        let m = TriggerMatch { tokens: i..i + 1, head: i, entry: m.entry };
        out.push(Trigger { m, head: i, cameo, governor: None, agent: Some(agent.to_string()) });
    }
    out
}
