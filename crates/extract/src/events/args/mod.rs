//! Stage 2b, arguments: takes a trigger's head in a parsed sentence, gives its [`Roles`] (actor,
//! target, place words). [`verbal`] and [`nominal`] read them off the parse, [`mediation`],
//! [`addressee`] and [`counterparts`] add the partners of talks and speech; then
//! `warnings`, `contacts`, `retaliation`, `crowds` fill roles for their kinds of event, `hinted`
//! joins the model's argument head where the parse leaves a role empty, `posted` keeps a
//! posture verb's own forces out of its targets, and `measures` puts whom a measure is laid on in
//! place of the measure ("imposed sanctions on X"); `carried` puts whom a vehicle carries in its place
//! ("ambushed a bus carrying troops"); `relatives` gives an object relative clause its noun as target
//! ("the workers it seized"), `reported` the subject of a clause parsed onto a trailing "X said";
//! `sides` reads the sides of a fight ("between A and B", "clashed with B").
//! By stage of [`verbal`]: `shared_subject` gives a clause without a subject the one it shares,
//! `objects` reads the objects (and the victims a coordinated verb shares), `places` the place phrases.
//!
//! Argument roles of a trigger read off the dependency parse: who acts, on whom, where.
pub(super) mod contacts;
pub(super) mod crowds;
pub(super) mod hinted;
pub(super) mod retaliation;
pub(super) mod towns;
pub(super) mod warnings;
use super::view::View;
use super::words;
use crate::events::triggers::trigger::is_force;
use crate::lexicon::Pos;

pub(super) mod addressed;
pub(super) mod bombed;
pub(super) mod carried;
pub(super) mod folded;
pub(super) mod given;
mod issued;
pub(super) mod measures;
mod misjoined;
mod modified;
mod nominal;
mod objects;
mod owned;
mod passives;
pub(super) mod place_names;
mod places;
pub(super) mod posted;
mod purpose;
mod relatives;
mod repelled;
mod reported;
mod responsible;
mod shared_subject;
mod sides;
mod under;
mod undergone;
pub use super::roles::Roles;
pub use nominal::nominal;
use objects::{objects, raised_objects, weapon_aim};
use places::{between_places, places};
use shared_subject::{chain_subject, inherited_subject};
use sides::{between, clash_partner, is_clash, outcome_verb, with_side};

/// Roles of a verbal trigger. `subject_is_target` marks phrases like "came under fire", whose
/// grammatical subject undergoes the action and whose by-phrase is the actor.
pub fn verbal(v: &View, t: usize, subject_is_target: bool) -> Roles {
    let mut r = Roles { negated: v.is_negated(t), ..Roles::default() };
    let mut inherited = false;
    // A verb of feeling's by-phrase is no agent, its passive no passive: the subject feels.
    let feeling = experiencer(v, t);
    // "civilians remain besieged", "a commander, accused of …": who undergoes a bare participle.
    let linked = crate::events::bare_passives::undergoers(v, t);
    let passive = !feeling
        && (v.is_passive(t)
            || subject_is_target
            || reduced_relative(v, t)
            || passive_conjunct(v, t)
            || linked.is_some());
    let agents = if feeling { Vec::new() } else { agents(v, t, subject_is_target) };
    let mut subjects: Vec<usize> = linked.unwrap_or_else(|| {
        let own = v.kids_with(t, &["nsubj", "nsubj:pass", "nsubj:outer"]);
        own.map(|s| v.antecedent(t, modified::real_subject(v, s))).collect()
    });
    let misparsed_object = misparsed_objects(v, t, passive, &subjects);
    subjects.retain(|s| !misparsed_object.contains(s));
    // A reduced passive ("two soldiers killed by Azerbaijani forces", "a ceasefire negotiated by
    // Russia") has no auxiliary: a by-agent and no subject say the same.
    let passive = passive || (subjects.is_empty() && !agents.is_empty());
    if passive && subjects.is_empty() && v.rel(t) == "acl" {
        r.targets = v.head(t).map(|h| if h < t { undergoer(v, h, t) } else { h }).into_iter().collect();
        r.actors = agents;
    } else if passive && subjects.is_empty() && v.base_rel(t) == "advcl" && !compared(v, t) {
        // "pushed into the city before being driven back by rebels", "died after being ambushed":
        // a passive adjunct with no subject of its own befalls the subject of the clause it modifies
        // (not "as promised by the government": what was promised is the clause's act).
        r.targets = chain_subject(v, t);
        r.actors = agents;
    } else if passive && subjects.is_empty() && v.rel(t) == "conj" {
        // "pilgrims were hit by a bomb and fired on by gunmen", "rebels attacked and were repelled":
        // a passive conjunct shares the first verb's subject, which undergoes it.
        r.targets = v.head(t).map(|h| v.subjects(h)).unwrap_or_default();
        r.actors = agents;
    } else if passive {
        r.targets = subjects;
        // "Two soldiers were wounded Monday, along with three civilians": more victims, not co-actors.
        r.targets.extend(v.kids(t).iter().filter_map(|&c| v.co_actor_phrase(c)));
        r.actors = agents;
    } else {
        r.actors = subjects;
        r.targets.extend(misparsed_object);
        // "“We call on the parties …,” urged the ministry": the speaker after the quote.
        let inverted = v.subject(t).map(|s| modified::real_subject(v, s)).filter(|s| !r.actors.contains(s));
        r.actors.extend(inverted);
        if r.actors.is_empty() {
            r.actors = inherited_subject(v, t);
            inherited = !r.actors.is_empty();
        }
        co_actors(v, t, &mut r);
        objects(v, t, inverted, &mut r);
        if r.targets.is_empty() && !r.reciprocal {
            r.targets = raised_objects(v, t);
        }
    }
    obliques(v, t, inherited, &mut r);
    if !passive && r.targets.is_empty() {
        r.targets.extend(relatives::object_antecedent(v, t));
    }
    if r.actors.is_empty() && r.targets.is_empty() && is_clash(v, t) {
        // "fighting involving …" read as a gerund.
        involving(v, t, &mut r);
    }
    r.places = places(v, t, &r.targets);
    r.places.retain(|&p| !weapon_aim(v, p, &r.aims));
    expand(v, &mut r);
    r
}

/// "officials accused the Taliban of …" parsed with a second subject after the verb: a subject
/// before the verb is the subject; one after it, with no object, is the object. Not in the passive,
/// nor after a quote parsed as a subject ("Withdraw now, urged the minister").
fn misparsed_objects(v: &View, t: usize, passive: bool, subjects: &[usize]) -> Vec<usize> {
    let quote_between = |s: usize| (s + 1..t).any(|k| matches!(v.word(k), "," | "\"" | "“" | "”" | ":"));
    if passive
        || subjects.len() < 2
        || subjects[0] >= t
        || quote_between(subjects[0])
        || v.kids_with(t, &["obj"]).next().is_some()
    {
        return Vec::new();
    }
    subjects.iter().copied().filter(|&s| s > t && v.rel(s) == "nsubj").collect()
}

/// "as promised by the government", "as agreed by both sides": a clause of comparison.
fn compared(v: &View, t: usize) -> bool {
    v.kids_with(t, &["mark"]).any(|m| v.lemmas[m] == "as")
}

/// The by-agents of a verbal trigger: its own by-phrase, else one hanging off the phrase's noun
/// ("came under fire by X") or, for a participle on a noun, off that noun ("the agreement signed by
/// Putin").
fn agents(v: &View, t: usize, subject_is_target: bool) -> Vec<usize> {
    let mut agents: Vec<usize> = v.kids(t).iter().copied().filter(|&c| is_agent(v, c)).collect();
    if agents.is_empty() && subject_is_target {
        agents =
            v.kids(t).iter().flat_map(|&c| v.kids(c).iter().copied()).filter(|&g| is_agent_nominal(v, g)).collect();
    }
    if agents.is_empty() && subject_is_target {
        agents = under::from_agents(v, t);
    }
    if agents.is_empty() && v.is_passive(t) {
        agents = passives::stray_agents(v, t);
    }
    if agents.is_empty() && v.is_passive(t) {
        agents = passives::clause_agents(v, t);
    }
    if agents.is_empty() && v.rel(t) == "acl" {
        agents = v
            .head(t)
            .map(|h| v.kids(h).iter().copied().filter(|&c| c > t && is_agent_nominal(v, c)).collect())
            .unwrap_or_default();
    }
    agents
}

/// The oblique phrases of a verbal trigger: an aim ("fired at the town"), the sides of a fight
/// "between" or "with" someone. `inherited` says the actors were inherited from another clause.
fn obliques(v: &View, t: usize, inherited: bool, r: &mut Roles) {
    for c in v.kids_with(t, &["obl"]).filter(|&c| !v.is_dated(c)) {
        let case = v.case_of(c).unwrap_or_default();
        let aim = words::get("target_cases").contains(&case.as_str())
            && !is_agent(v, c)
            && !is_place_noun(v, c)
            && !is_setting(v, c)
            && !is_idiom_phrase(v, c);
        if aim && !r.targets.is_empty() {
            r.aims.push(c);
        }
        if r.targets.is_empty() && aim {
            r.targets.push(c);
        } else if case == "between" {
            // "civilians fled, fleeing fighting between troops and rebels": the sides are the
            // between-phrase's, not the subject the gerund inherits.
            if inherited {
                r.actors.clear();
            }
            between(v, c, r);
        } else if case == "with" && is_clash(v, t) {
            // "soldiers were killed fighting with the Taliban": the subject it shares is the fallen's.
            r.fallen = inherited && v.head(t).is_some_and(|h| outcome_verb(v, h));
            with_side(v, c, r);
        }
    }
}

/// "fighting involving Georgian and Russian forces": the parties a fight involves are its sides. The
/// participle may be parsed onto its object ("forces" → acl "involving"), or the object onto it.
fn involving(v: &View, t: usize, r: &mut Roles) {
    let Some(k) = (t + 1..(t + 3).min(v.lemmas.len())).find(|&k| v.lemmas[k] == "involve") else { return };
    let object = v.kids_with(k, &["obj", "obl"]).next();
    let parsed_onto = v.head(k).filter(|&h| h > k && v.rel(k) == "acl" && v.head(h) == Some(t));
    if let Some(p) = object.or(parsed_onto) {
        between(v, p, r);
    }
}

/// "the border", "the area": a place, not someone acted upon.
pub fn is_place_noun(v: &View, c: usize) -> bool {
    words::get("place_nouns").contains(&v.lemmas[c].as_str())
}

/// "met with Kim at the Singapore summit", "spoke at a news conference": a meeting the act takes place
/// at is its setting (GUIDELINES 2: setting phrases are locations), not someone acted upon.
fn is_setting(v: &View, c: usize) -> bool {
    let meeting = crate::lexicon::lookup_pos(&v.lemmas, c, Some(Pos::Noun))
        .and_then(|m| m.entry.cameo.as_deref().map(|code| code.starts_with("04")))
        .unwrap_or(false);
    meeting && v.case_of(c).as_deref() == Some("at")
}

/// A by-phrase; "along with three civilians", "blamed on militants", "linked with the BLA", which
/// the parser may give as `obl:agent`, are none.
fn is_agent(v: &View, c: usize) -> bool {
    let case = v.case_of(c);
    let by = (v.rel(c) == "obl:agent" && case.as_deref().is_none_or(|k| k == "by"))
        || (v.base_rel(c) == "obl" && case.as_deref() == Some("by"));
    // "nine people were killed, including four police officers": the parser may label a subset of
    // the victims as the agent; "including" (by its word: its lemma is "include") names victims.
    let subset = v.kids_with(c, &["case"]).any(|k| words::is_subset_word(&v.lower(k)));
    by && !subset && v.co_actor_phrase(c).is_none()
}

/// "on the basis of", "on behalf of", "on the orders of": a fixed phrase that says why or for whom,
/// not whom an act is aimed at (event_words `on_phrase_idioms`; by word and lemma: "basis" has none).
pub(super) fn is_idiom_phrase(v: &View, c: usize) -> bool {
    words::get("on_phrase_idioms").iter().any(|w| *w == v.lemmas[c] || *w == v.lower(c))
}

fn is_agent_nominal(v: &View, c: usize) -> bool {
    matches!(v.base_rel(c), "nmod" | "obl") && v.case_of(c).as_deref() == Some("by")
}

/// "undertook mediation between the two countries", "Qatar mediated between A and B", "offered to
/// mediate between the two governments": a mediator acts on the parties between which it mediates,
/// it is not one of them. `words`: the trigger's words; the between-phrase may hang on any of them
/// or on their complement ("offered [to mediate] between ...").
pub fn mediation(v: &View, words: std::ops::Range<usize>, t: usize, r: &mut Roles) {
    let holders = words.clone().chain(words.flat_map(|k| v.kids_with(k, &["xcomp", "obj"])));
    let phrase = holders
        .flat_map(|k| v.kids_with(k, &["obl", "nmod"]))
        .find(|&c| v.case_of(c).as_deref() == Some("between") && !between_places(v, c));
    if let Some(phrase) = phrase {
        let mut sides = Roles::default();
        between(v, phrase, &mut sides);
        r.actors.retain(|a| !sides.actors.contains(a));
        r.targets = sides.actors;
    } else if r.reciprocal {
        // The sides read off a phrase of their own ("mediation talks between A and B").
        r.targets = std::mem::take(&mut r.actors);
    } else {
        return;
    }
    (r.reciprocal, r.within) = (false, false);
    if let Some(h) = v.head(t).filter(|_| v.base_rel(t) == "obj" && r.actors.is_empty()) {
        r.actors = v.subject(h).map(|s| vec![s]).unwrap_or_else(|| inherited_subject(v, h));
    }
    expand(v, r);
}

/// "Lawmakers have spoken out, along with donors", "The Ethiopians, together with Somali troops,
/// launched …": the parties acting with the subject of `verb`. After a verb with an object the
/// phrase may add victims instead ("killed three soldiers along with two civilians"), so there only
/// a phrase before the verb counts.
fn co_actors(v: &View, verb: usize, r: &mut Roles) {
    if r.actors.is_empty() {
        return;
    }
    let transitive = v.kids_with(verb, &["obj"]).next().is_some();
    // The phrase hangs on the verb or on the subject ("The Ethiopians, together with …").
    let holders: Vec<usize> = std::iter::once(verb).chain(r.actors.iter().copied()).collect();
    let mut found = Vec::new();
    for &h in &holders {
        for c in v.kids(h).iter().copied() {
            found.extend(v.co_actor_phrase(c).filter(|&p| h != verb || !transitive || p < verb));
        }
    }
    if !found.is_empty() {
        r.actors.extend(found.into_iter().flat_map(|c| v.conjuncts(c)));
        r.allied = true;
    }
}

/// "The embassy was deeply concerned by the unrest", "is saddened by the loss of life": the passive of a
/// verb of feeling names who feels (the one who comments) as its subject; its by-phrase is what the
/// feeling is about, not an agent.
fn experiencer(v: &View, t: usize) -> bool {
    words::get("experiencer_verbs").contains(&v.lemmas[t].as_str())
}

/// "schoolgirls kidnapped in Zamfara", "a building partially destroyed": a past participle right after
/// the noun it modifies, with no subject or auxiliary of its own (a reduced relative), is passive: the
/// noun undergoes it. Anything else between them ("the EU for its part called") is a misparsed clause,
/// except the noun's own of-phrase ("parents of the schoolgirls kidnapped in Chibok"), whose noun then
/// undergoes it (`undergoer`). A conjunction before the noun hung on the participle ("after schoolgirls
/// kidnapped in Zamfara were freed") is the clause's.
fn reduced_relative(v: &View, t: usize) -> bool {
    let w = v.lower(t);
    let Some(h) = v.head(t).filter(|&h| h < t && v.rel(t) == "acl") else { return false };
    let of_range = of_noun_before(v, h, t).map(|n| v.subtree(n));
    let between = |k: usize| of_range.as_ref().is_some_and(|r| r.contains(&k));
    let adjacent = (h + 1..t).all(|k| between(k) || v.head(k) == Some(t) && v.base_rel(k) == "advmod");
    let own = v
        .kids_with(t, &["mark", "aux", "nsubj"])
        .any(|k| !(v.base_rel(k) == "mark" && k < h && subjectless_verb_after(v, t)));
    adjacent && !w.ends_with("ing") && w != v.lemmas[t] && !own
}

/// The of-phrase noun that fills the gap between noun `h` and its participle `t` ("parents of the
/// schoolgirls kidnapped"): the participle belongs to it, however the parser hung it.
fn of_noun_before(v: &View, h: usize, t: usize) -> Option<usize> {
    let n = v.kids_with(h, &["nmod"]).find(|&n| n < t && v.case_of(n).as_deref() == Some("of"))?;
    let r = v.subtree(n);
    (r.start == h + 1 && r.end == t).then_some(n)
}

/// Who undergoes the reduced passive `t` hung on noun `h`: the of-noun just before it when that names
/// a party ("parents of the schoolgirls kidnapped"), else `h` ("residents of a village attacked": a
/// place is no target, its residents are).
fn undergoer(v: &View, h: usize, t: usize) -> usize {
    of_noun_before(v, h, t).filter(|&n| v.names_party(n)).unwrap_or(h)
}

/// The first clause after `t`'s phrase has an auxiliary but no subject ("... were freed"): the clause a
/// conjunction before `t`'s noun opens, its subject misparsed as the noun `t` modifies. Not a conjunct
/// or complement, which shares a subject ("kidnapped and were later freed").
fn subjectless_verb_after(v: &View, t: usize) -> bool {
    let clause = |g: &usize| v.kids_with(*g, &["aux", "aux:pass", "nsubj", "nsubj:pass", "cop"]).next().is_some();
    (v.subtree(t).end..v.len()).find(clause).is_some_and(|g| {
        !matches!(v.base_rel(g), "conj" | "xcomp")
            && v.kids_with(g, &["aux", "aux:pass"]).next().is_some()
            && v.kids_with(g, &["nsubj", "nsubj:pass"]).next().is_none()
    })
}

/// "were arrested and charged": a past participle joined to a passive verb, with no subject or
/// auxiliary of its own, is passive too.
fn passive_conjunct(v: &View, t: usize) -> bool {
    let w = v.lower(t);
    // not a present form: "is committed to peace and calls on …" is active
    let participle = !w.ends_with("ing") && !w.ends_with('s') && w != v.lemmas[t];
    let own = v.kids_with(t, &["nsubj", "nsubj:pass", "aux", "aux:pass", "obj"]).next().is_some();
    // "were ambushed and retaliated", "were attacked and fought back": a past tense that takes no
    // object is the subject's own act, not something done to it.
    let active = words::get("intransitive_verbs").contains(&v.lemmas[t].as_str())
        || v.kids_with(t, &["compound:prt"]).any(|p| v.lemmas[p] == "back");
    v.rel(t) == "conj" && participle && !own && !active && v.head(t).is_some_and(|h| v.is_passive(h))
}

/// The active subject of the complement clause of verb `t` ("urged Beijing to use …", "demanded that
/// Russia stop …"): the one an appeal or demand is addressed to.
/// Not the subject of a passive clause: "urged that the deal be implemented" asks nothing of the deal.
pub fn addressee(v: &View, t: usize) -> Vec<usize> {
    v.kids_with(t, &["xcomp", "ccomp"])
        .filter(|&c| !v.is_passive(c))
        .flat_map(|c| v.kids_with(c, &["nsubj"]).collect::<Vec<_>>())
        .take(1)
        .collect()
}

/// The phrases of case `case` on the `tokens` of a trigger, with their conjuncts: "with" for
/// partners, "from" for what is left ("withdrew from the bloc"). A place is none.
pub fn counterparts(v: &View, tokens: std::ops::Range<usize>, case: &str) -> Vec<usize> {
    let mut out = Vec::new();
    for h in tokens {
        let found = |c: &usize| v.case_of(*c).as_deref() == Some(case) && !v.is_dated(*c) && !is_place_noun(v, *c);
        for c in v.kids_with(h, &["obl", "nmod"]).filter(found) {
            for k in v.conjuncts(c) {
                if !out.contains(&k) {
                    out.push(k);
                }
            }
        }
    }
    out
}

/// Coordinated arguments each count: "Armenia and Azerbaijan accused ..." has two actors.
fn expand(v: &View, r: &mut Roles) {
    let grow = |xs: &[usize]| -> Vec<usize> {
        let mut out = Vec::new();
        for &x in xs {
            for c in v.conjuncts(x) {
                if !out.contains(&c) {
                    out.push(c);
                }
            }
        }
        out
    };
    r.actors = grow(&r.actors);
    r.targets = grow(&r.targets);
}
