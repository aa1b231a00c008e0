//! Builds the events of one sentence: triggers → codes → roles ([`roles`]) → parties, date, place,
//! casualties and source.
use super::args::{self, Roles};
use super::document::meta::Meta;
use super::pairing::{fallen_fight, joint, record_pairs, two_party, unarmed_fallen, weapon_actions, wields};
use super::reality;
use super::sides::context::Context;
use super::sides::{self, sides, Sides};
use super::slots::places::{
    actor_place, controlled, destination, finer, location, meeting, sentence_place, target_place,
};
use super::slots::{self, attach_casualties, date_for, incident_like, DateFrom};
use super::triggers::trigger::{argument_tokens, is_force, is_speech_act, pos, remote_contact, Trigger};
use super::triggers::{self, triggers};
use super::view::View;
use super::words;
use super::words::is_pronoun;
use crate::dates::DateMention;
use crate::lexicon::Pos;
use casus_core::{Action, Casualties, Event, Evidence, Location, Party};
use roles::roles;

mod carry;
mod roles;

/// "in response to a provocation", "in retaliation for the shelling": an earlier incident than the
/// one the sentence reports, not a restatement of it.
fn in_response_to(v: &View, head: usize) -> bool {
    std::iter::once(head).chain(v.ancestors(head).take(3)).any(|a| {
        matches!(v.lemmas[a].as_str(), "response" | "retaliation" | "reaction" | "revenge")
            || v.case_of(a).is_some_and(|c| c == "in response to" || c == "in retaliation for")
    }) && v.lemmas[head] != "response"
}

/// The events of sentence number `index` of the document, each with its [`Meta`].
pub fn sentence(v: &View, index: usize, ctx: &mut Context, out: &mut Vec<Event>, metas: &mut Vec<Meta>) {
    let mut dates = std::mem::take(&mut ctx.dates[index]);
    let casualties = v.casualties();
    let triggers = triggers(v, ctx.trigger_source, casualties);
    slots::from_story_day(ctx, story_day(&triggers, out), &mut dates);
    slots::future_dates::forward(v, ctx.published, &mut dates);
    slots::nights::settle(v, &mut dates);
    let first = out.len();
    let mut made = Vec::new();
    for t in &triggers {
        let before = out.len();
        build(v, ctx, t, &dates, index, out, metas);
        made.push(carry::Made { head: t.head, events: before..out.len() });
    }
    let main = carry::main_event(v, &made);
    for (k, e) in attach_casualties(v, &triggers, casualties, &mut out[first..]) {
        metas.push(metas[first + k].clone());
        out.push(e);
    }
    let compared = super::yearly::per_year(v, &dates, first, out, metas);
    // A sentence whose events name their source has noted its speaker already, inverted ones too.
    if !out[first..].iter().any(|e| e.source.is_some()) {
        sides::speakers::note(v, ctx);
    }
    let main = main.and_then(|k| out.get(k));
    carry::hand_on(v, ctx, &dates, (&out[first..], &metas[first..]), main, &compared);
    if let Some(subject) = sides::antecedents::main_subject(v, ctx) {
        ctx.last_subject = subject;
        ctx.last_subject_spoke = sides::antecedents::reports(v);
    }
}

/// The date a count from the story ("hours later", "the next day", "two days later") counts from:
/// the last event told. An incident counts from the last dated incident instead, not from a
/// reaction told between ("Gunmen ambushed troops on Saturday. The Security Council condemned the
/// attack on Sunday. Helicopters fired on militia positions hours later": Saturday).
fn story_day<'e>(triggers: &[Trigger], out: &'e [Event]) -> Option<&'e casus_core::DateRef> {
    let last = out.last().and_then(|e| e.date.as_ref());
    if !triggers.iter().any(|t| incident_like(&t.cameo)) {
        return last;
    }
    let incident = out.iter().rev().filter(|e| incident_like(&e.action.cameo)).find_map(|e| e.date.as_ref());
    incident.filter(|d| d.value.len() >= 7).or(last)
}

/// The events of one trigger, through stages 2 (roles), 3 (parties, [`sides`]) and 4 (slots and
/// records); nothing when it reports no occurrence or names only a topic.
fn build(
    v: &View,
    ctx: &mut Context,
    t: &Trigger,
    dates: &[DateMention],
    index: usize,
    out: &mut Vec<Event>,
    metas: &mut Vec<Meta>,
) {
    let nominal = pos(v, t.head) == Pos::Noun && t.governor.is_none();
    if not_asserted(v, t, nominal, dates) {
        return;
    }
    let mut roles = roles(v, t, nominal);
    if reality::voices::unspoken(v, &t.cameo, &roles) {
        return;
    }
    triggers::accused::blame(v, t.accused, &mut roles);
    let mut found = sides(v, ctx, t, &mut roles);
    sides::judged::speaker_judges(v, t, &mut found);
    let Sides { source, mut actors, mut targets } = found;
    fallen_fight(t.m.entry.mutual && is_force(&t.cameo), &mut actors, &mut targets);
    let bystanders = if roles.fallen { unarmed_fallen(&mut actors, &mut targets) } else { Vec::new() };
    if roles.warned {
        targets.retain(|p| !actors.iter().any(|a| args::warnings::own_side(a, p)));
    }
    if triggers::appeals::unaddressed(v, t, &actors, &targets)
        || reality::domestic::own_instrument(v, t, &actors, &targets)
    {
        return;
    }
    if nominal && actors.is_empty() && targets.is_empty() && !partyless_event(v, t, &roles) {
        return;
    }
    let mutual =
        roles.reciprocal || (targets.is_empty() && !roles.allied && (t.m.entry.mutual || joint(&t.cameo, &actors)));
    // A party is not its own source for a speech act it makes, praise (051) included.
    let verbal = is_speech_act(&t.cameo) || matches!(t.cameo.get(..2), Some("01" | "03")) || t.cameo == "051";
    let source = source.filter(|s| !(verbal && actors.iter().any(|a| own_voice(a, s))));
    remember(v, ctx, t, &roles, &actors, &targets, source.is_none());
    let each_way = !mutual && (roles.each_way || each_way(v, t, &roles)) && !actors.is_empty() && !targets.is_empty();
    note_sides(ctx, t, mutual, each_way, &actors, &targets);
    let split_by_act = !roles.acts.is_empty() && nominal && !mutual && is_force(&t.cameo);
    let other_side = if bystanders.is_empty() { Vec::new() } else { targets.clone() };
    let mut pairs = record_pairs(v, ctx, &roles, (split_by_act, mutual, each_way), actors, targets);
    pairs.extend(other_side.iter().flat_map(|o| bystanders.iter().map(|b| (Some(o.clone()), Some(b.clone())))));
    let mut actions = weapon_actions(v, t, t.governor.unwrap_or(t.head));
    if actions.is_empty() {
        actions.push(Action { text: action_text(v, t), cameo: t.cameo.clone() });
    }
    let own_dates = forecast_dates(v, t, dates);
    let (date, date_from) = date_for(v, ctx, t.head, nominal, &t.cameo, own_dates.as_deref().unwrap_or(dates));
    let mut meta = meta(v, t, index, nominal, date_from);
    let location = event_location(v, ctx, t, nominal, &roles, &meta);
    meta.located = location.is_some();
    let evidence = Evidence { start: v.sent.start, end: v.sent.end, sentence: v.doc.sentence_text(v.sent).to_string() };
    let judgment = triggers::judgments::predicate_judgment(v, t);
    let first = metas.iter().rposition(|m| m.sentence != index).map_or(0, |k| k + 1);
    let combos = pairs.iter().flat_map(|p| actions.iter().map(move |a| (p.clone(), a)));
    for ((actor, target), action) in combos.filter(|((actor, _), a)| wields(actor, a, &actions)) {
        let event = Event {
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
            confidence: None,
        };
        if judgment && triggers::judgments::repeated(&out[first.min(out.len())..], &event) {
            continue;
        }
        out.push(event);
        metas.push(meta.clone());
    }
}

/// Whether speech-act actor `a` is the voice of its source `s`: the same party, named by the
/// speaker's own words ("'This is false,' the envoy said"), by a pronoun ("'We reject it,' the
/// ministry said", "…, it stated") or as the state itself (its name, capital or government: "…,
/// according to Yerevan", "according to the Armenian government"). A body or office that reports for
/// its state ("Sudan rejected the resolution, the foreign ministry said", "a State Department
/// spokesman said the U.S. extends condolences") is its source.
fn own_voice(a: &Party, s: &Party) -> bool {
    let pronoun = |p: &Party| is_pronoun(&crate::lemma::lemma(&p.text.to_lowercase()));
    let last = s.text.split_whitespace().last().map(|w| crate::lemma::lemma(&w.to_lowercase())).unwrap_or_default();
    let state = crate::parties::is_state_name(&s.text)
        || crate::parties::is_capital(&s.text)
        || words::get("state_nouns").contains(&last.as_str());
    a.name == s.name && (a.text == s.text || pronoun(a) || pronoun(s) || state)
}

/// Whether the trigger tells no act that happened: not an event by form (reality), generic,
/// figurative, a setting or unrealized. An agentive compound's act ("Moscow-brokered") is asserted.
fn not_asserted(v: &View, t: &Trigger, nominal: bool, dates: &[DateMention]) -> bool {
    let unagented = t.agent.is_none();
    (unagented
        && (reality::not_an_event(v, t.head, &t.cameo, nominal, dates)
            || reality::generic::generic(v, t.head, &t.cameo, dates)))
        || reality::figurative::figurative(v, t.head, &t.cameo, nominal)
        || reality::hazards::no_party(v, t.head, &t.cameo)
        || reality::endangers::endangers(v, t.head, &t.cameo)
        || reality::settings::setting(v, t.head, &t.cameo, nominal)
        || reality::press::press_asks(v, t.head)
        || (unagented && reality::unrealized::unrealized(v, t, nominal))
        || reality::unrealized::prospective(v, t.head, nominal)
        || reality::unrealized::predicted(v, t.head, nominal)
        || reality::unrealized::obliged(v, t, nominal)
        || reality::options::open_option(v, t.head, nominal)
        || reality::unrealized::foreseen(v, t, nominal)
        || reality::charges::suspected_plan(v, t.governor)
}

/// An event noun with no party taking part that is still reported. "The ceasefire agreement", "a
/// troop withdrawal": a non-violent one is a topic, unless its verb says it came about ("triggered
/// global condemnation"); a force noun of the story's background is none either. A security posture
/// is a measure in force, not a topic ("amid heightened security"); so are a protest that is the
/// setting of another act ("were arrested during protests") and a period of mourning ("is in three
/// days of national mourning", 017).
fn partyless_event(v: &View, t: &Trigger, roles: &Roles) -> bool {
    let setting = t.cameo.starts_with("14")
        && v.case_of(t.head).is_some_and(|c| words::get("circumstance_cases").contains(&c.as_str()));
    let posture = t.cameo.starts_with("15") || t.cameo == "017" || setting;
    // "Ethnic riots killed 77 people": a riot is violence, reported as force is (not a word that
    // describes a crowd: "stone-throwing protesters").
    let riot = t.cameo.starts_with("145") && !matches!(v.base_rel(t.head), "amod" | "compound");
    let violent = is_force(&t.cameo) || riot;
    let topic = !violent && !posture && !reality::brought_about(v, t.head);
    !topic && !reality::background(v, t.head, &roles.places)
}

/// The context learns the event's parties: the last actors, and the one who accuses, denies or
/// appeals speaks ("He also accused …" in the next sentence is them).
fn remember(
    v: &View,
    ctx: &mut Context,
    t: &Trigger,
    roles: &Roles,
    actors: &[Party],
    targets: &[Party],
    unsourced: bool,
) {
    for p in actors.iter().chain(targets) {
        ctx.remember(p);
    }
    if !actors.is_empty() {
        ctx.last_actors = actors.to_vec();
    }
    sides::counted::note(ctx, actors);
    sides::counted::note(ctx, targets);
    if is_speech_act(&t.cameo) && actors.len() == 1 && unsourced {
        let pronoun = roles.actors.first().is_some_and(|&a| is_pronoun(&v.lemmas[a]));
        ctx.heard(&actors[0], pronoun);
    }
}

/// "A clashed / battled with B", "held talks with B": a reciprocal action with its partner in a
/// with-phrase is one record each way (GUIDELINES 12.9; §12.2 for meetings of two), unlike "A fought B".
fn each_way(v: &View, t: &Trigger, roles: &Roles) -> bool {
    // A contact or conversation is told from the caller's side ("Pashinyan spoke with Putin",
    // "I am talking with the ministers"): one record; "held talks with" is a meeting.
    let remote = || {
        remote_contact(v, t)
            || (pos(v, t.head) == Pos::Verb
                && super::words::get("conversation_verbs").contains(&v.lemmas[t.head].as_str()))
    };
    let reciprocal = (t.m.entry.mutual && is_force(&t.cameo))
        || (matches!(t.cameo.as_str(), "040" | "046") && !remote())
        || two_party(&t.cameo, roles.targets.len());
    // "with Russia and China": the case word sits on the first conjunct.
    let with = |mut x: usize| {
        while v.base_rel(x) == "conj" {
            let Some(h) = v.head(x) else { break };
            x = h;
        }
        x
    };
    // "Holbrooke met Milosevic": the object of a meeting verb met the subject too (GUIDELINES §12.9).
    let met = |x: usize| {
        matches!(t.cameo.as_str(), "040" | "046")
            && pos(v, t.head) == Pos::Verb
            && v.head(x) == Some(t.head)
            && v.base_rel(x) == "obj"
    };
    reciprocal
        && !roles.targets.is_empty()
        && roles.targets.iter().all(|&x| v.case_of(with(x)).as_deref() == Some("with") || met(with(x)))
}

/// What the document pass needs of the trigger's events (`located` is set once the place is known).
fn meta(v: &View, t: &Trigger, sentence: usize, nominal: bool, date_from: DateFrom) -> Meta {
    let anaphor = nominal
        && (v.definite_det(t.head)
            || v.kids_with(t.head, &["nmod:poss"]).any(|k| matches!(v.lemmas[k].as_str(), "its" | "their")));
    Meta {
        sentence,
        lemma: v.lemmas[t.head].clone(),
        anaphor,
        force: is_force(&t.cameo),
        // The matched entry's flag ("sustained serious injuries"), or the head word's for a model trigger.
        outcome: t.m.entry.outcome
            || crate::lexicon::lookup(std::slice::from_ref(&v.lemmas[t.head]), 0).is_some_and(|m| m.entry.outcome),
        // Protests (14x) take place somewhere on a day too: the document pass places them like incidents.
        incident: incident_like(&t.cameo) || t.cameo.starts_with("14"),
        located: false,
        whole: (nominal || t.m.entry.outcome) && !in_response_to(v, t.head),
        earlier: in_response_to(v, t.head),
        protest: against_protest(v, t),
        date_from,
        span: nominal.then(|| slots::spans::span_of(v, t.head)).flatten(),
        headline: sentence == 0 && super::tense::headline(v),
        lead: super::tense::in_lead(v, slots::LEAD),
        new_item: new_item(v),
    }
}

/// "Elsewhere, …", "In a separate attack, …", "In another incident, …": the sentence opens another
/// item of the news.
fn new_item(v: &View) -> bool {
    let word = |k: usize, list: &str| v.lemmas.get(k).is_some_and(|w| words::get(list).contains(&w.as_str()));
    word(0, "new_item_openers")
        || (v.lemmas.first().is_some_and(|w| w == "in") && (1..=2).any(|k| word(k, "other_items")))
}

/// Fighting or violence ("opened fire on protesters", "violence against demonstrators", "were killed
/// in protests") whose arguments name street protest. Bombings and other assaults (18x but 180) are
/// attacks on a crowd, not its repression.
fn against_protest(v: &View, t: &Trigger) -> bool {
    let fighting = t.cameo.starts_with("19") || t.cameo == "180";
    let words = words::get("protest_words");
    let at = t.governor.unwrap_or(t.head);
    fighting && (names_protest(v, at, words) || to_disperse(v, at, words))
}

/// Whether an argument of `at` is a word of street protest or a crowd.
fn names_protest(v: &View, at: usize, protest: &[&str]) -> bool {
    argument_tokens(v, at).into_iter().any(|k| protest.contains(&v.lemmas[k].as_str()) || crowd_noun(v, k))
}

/// "fired into the crowd", "opened fire on throngs of mourners": a crowd noun (`protest_crowds`) as a
/// noun, written as its lemma or its plural. "Crowded" lemmatizes as "crowd" too, but "shells hit a
/// crowded market" is no crowd that protests.
fn crowd_noun(v: &View, k: usize) -> bool {
    let noun = v.lower(k) == v.lemmas[k] || v.inflected_plural(k);
    words::get("protest_crowds").contains(&v.lemmas[k].as_str()) && noun && v.base_rel(k) != "amod"
}

/// "opened fire to disperse the demonstrators", "fired live rounds to break up the protest": force
/// whose purpose is clearing a protest, told on the trigger's verb or on the verb its clause hangs on
/// ("used tear gas before opening fire to disperse thousands of demonstrators"). A conjunct with a
/// subject of its own is another act: "… to disperse the protesters and soldiers shelled the town".
fn to_disperse(v: &View, at: usize, protest: &[&str]) -> bool {
    let own_subject = v.kids_with(at, &["nsubj", "nsubj:pass"]).next().is_some();
    let shares = match v.base_rel(at) {
        "advcl" => true,
        "conj" => !own_subject,
        _ => false,
    };
    let host = v.head(at).filter(|_| shares);
    std::iter::once(at)
        .chain(host)
        .filter_map(|h| args::crowds::coercive_purpose(v, h))
        .any(|c| names_protest(v, c, protest))
}

fn action_text(v: &View, t: &Trigger) -> String {
    match t.governor {
        Some(g) if g < t.m.tokens.start => v.text(g..t.m.tokens.end).to_string(),
        _ => v.text(t.m.tokens.clone()).to_string(),
    }
}

/// The sides of a conflict fight or blame each other; a call or meeting between two leaders is no conflict's.
fn note_sides(ctx: &mut Context, t: &Trigger, mutual: bool, each_way: bool, actors: &[Party], targets: &[Party]) {
    let hostile = is_force(&t.cameo) || t.cameo.starts_with("11");
    if hostile && mutual {
        ctx.two_sides(actors);
    } else if hostile && (each_way || is_force(&t.cameo)) && actors.len() == 1 && targets.len() == 1 {
        // "troops attacked rebel positions": an armed side acting on another names the two sides too.
        let armed = |p: &Party| {
            p.role
                .as_deref()
                .is_some_and(|r| words::get("state_roles").contains(&r) || words::get("opponent_roles").contains(&r))
        };
        if each_way || (armed(&actors[0]) && armed(&targets[0])) {
            ctx.two_sides(&[actors[0].clone(), targets[0].clone()]);
        }
    }
}

/// The event's place: a control verb's place, else the phrase's own (finer where the sentence's scene is
/// below it), a visit's or a deployment's destination, the sentence's scene, a force event's target that is a place.
/// A place named only "the city" comes last, a control verb's ("took control of the city") after the
/// sentence's own: the document pass names it (`incidents::resolve`).
fn event_location(v: &View, ctx: &Context, t: &Trigger, nominal: bool, roles: &Roles, meta: &Meta) -> Option<Location> {
    let own = location(v, t, roles, ctx.states());
    let control = controlled(v, t, nominal, &roles.targets, ctx.states());
    let scene = (meta.incident || meeting(v, t)).then(|| sentence_place(v, t.head, ctx.states())).flatten();
    control
        .clone()
        .or_else(|| own.clone())
        .filter(|l| l.name.is_some())
        .map(|l| finer(l, scene.as_ref()))
        .or_else(|| destination(v, t, &roles.targets, ctx.states()))
        .or_else(|| scene.clone())
        .or_else(|| meta.force.then(|| target_place(v, &roles.targets, ctx.states())).flatten())
        .or_else(|| meta.incident.then(|| actor_place(v, &roles.actors, ctx.states())).flatten())
        .or(own)
        .or(control)
}

/// A forecast comment's dates without those of the deal it forecasts (`forecasts::forecast_clause`).
fn forecast_dates(v: &View, t: &Trigger, dates: &[DateMention]) -> Option<Vec<DateMention>> {
    let c = triggers::forecasts::forecast_clause(v, t)?;
    let outside = |d: &&DateMention| {
        let top = v.top(d.tokens.clone());
        top != c && !v.ancestors(top).any(|a| a == c)
    };
    Some(dates.iter().filter(outside).cloned().collect())
}
