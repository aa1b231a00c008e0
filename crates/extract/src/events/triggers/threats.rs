//! Conditional threats: "Turkey will buy Russian jets if the freeze is not lifted", "sanctions
//! would be imposed if Ankara activates the system", "we won't leave the streets unless he goes". A
//! main clause in the future or of possibility with an "if" / "unless" clause of its own, said by a
//! party, states what the party will do should the condition hold or fail: a threat (CAMEO 13, by
//! what is threatened), not a future event (GUIDELINES §12.9 on future statements).
use super::trigger::{argument_lemmas, is_speech_act, pos, Trigger};
use crate::events::roles::Roles;
use crate::events::sides::attribution;
use crate::events::tense;
use crate::events::view::View;
use crate::events::words;
use crate::lexicon::{self, ModalKind, ModalOutcome, Pos, TriggerMatch};

/// Recodes the kept triggers that head a conditional main clause as threats and adds, for such a
/// clause that holds no trigger, an offer when it promises goodwill ([`super::offers`]), else a
/// threat (130, or the code "threaten" gives its words).
pub(crate) fn add(v: &View, kept: &mut Vec<Trigger>) {
    let mut found = Vec::new();
    for i in 0..v.len() {
        let Some(condition) = condition_of(v, i, kept) else { continue };
        if let Some(t) = kept.iter_mut().find(|t| t.head == i && !is_speech_act(&t.cameo)) {
            // "would stop firing if Israel stops": a conditional offer of cooperation is a promise
            // (03), one of conflict a threat (13).
            let cooperative = t.cameo.get(..2).is_some_and(|r| r < "10");
            let kind = if cooperative { ModalKind::Intent } else { ModalKind::Threat };
            if !t.cameo.starts_with("13") && !t.cameo.starts_with("03") {
                if let ModalOutcome::Recode(c) = lexicon::modal_code(kind, &t.cameo) {
                    t.cameo = c;
                }
            }
            continue;
        }
        if kept.iter().any(|t| t.head == i) || !party_subject(v, i) {
            continue;
        }
        match super::offers::offer_code(v, i, condition) {
            Some(code) => found.extend(offer(i, condition, code)),
            None => found.extend(threat(v, i, condition)),
        }
    }
    kept.extend(found);
}

/// The conditional clause of verb `i` when `i` heads a main clause in the future or of
/// possibility ("will buy", "would be imposed", "will have to take steps", "may be ruptured") that
/// someone says, and no kept speech act ("warned that …") already carries it.
fn condition_of(v: &View, i: usize, kept: &[Trigger]) -> Option<usize> {
    if pos(v, i) != Pos::Verb || tense::conditional(v, i) {
        return None;
    }
    let condition = v.kids_with(i, &["advcl"]).find(|&c| {
        v.kids_with(c, &["mark"]).any(|m| words::get("threat_conditions").contains(&v.lemmas[m].as_str()))
    })?;
    let modal_verb = clause_verb(v, i);
    let auxes: Vec<&str> = v.kids_with(modal_verb, &["aux"]).map(|a| v.lemmas[a].as_str()).collect();
    // "would have stopped … if": a counterfactual past, no threat.
    let perfect = v.kids_with(i, &["aux"]).any(|a| v.lemmas[a] == "have");
    let modal = auxes.iter().any(|a| words::get("threat_modals").contains(a));
    let said = attribution::source(v, i).is_some() || tense::quoted(v, i) || reported(v, i);
    let governed = |a: usize| kept.iter().any(|t| t.head == a && is_speech_act(&t.cameo));
    (modal && !perfect && said && !v.ancestors(i).any(governed)).then_some(condition)
}

/// The verb that carries verb `i`'s subject and auxiliaries: "have" in "will have to look for
/// alternatives", `i` itself otherwise.
fn clause_verb(v: &View, i: usize) -> usize {
    v.head(i).filter(|&h| v.base_rel(i) == "xcomp" && v.lemmas[h] == "have").unwrap_or(i)
}

/// Verb `i` is the content clause of a verb of saying ("indicating that sanctions would …").
fn reported(v: &View, i: usize) -> bool {
    v.base_rel(i) == "ccomp" && v.head(i).is_some_and(|h| v.kids_with(h, &["nsubj"]).next().is_some())
}

/// The subject of verb `i` (or of its "have to" governor) is a party: a personal pronoun or a
/// name the gazetteer knows ("Turkey will buy …", "we won't leave", "said it would"), not "the economy".
fn party_subject(v: &View, i: usize) -> bool {
    let verb = clause_verb(v, i);
    let Some(s) = v.kids_with(verb, &["nsubj"]).next() else { return false };
    if words::get("threat_pronouns").contains(&v.lemmas[s].as_str()) {
        return true;
    }
    let end = v.kids_with(s, &["flat"]).chain([s]).max().unwrap_or(s);
    v.conjuncts(s).into_iter().any(|x| crate::parties::normalize(v.text(v.phrase(x).start..end.max(x) + 1)).is_some())
}

/// A threat made by the clause of verb `i`, coded by what "threaten" makes of its words.
fn threat(v: &View, i: usize, condition: usize) -> Option<Trigger> {
    let threaten = lexicon::verb_entry("threaten")?;
    let mut words = argument_lemmas(v, i);
    words.push(v.lemmas[i].clone());
    let cameo = threaten.entry.code_for(&words).unwrap_or("130").to_string();
    let m = TriggerMatch { tokens: i..i + 1, head: i, entry: threaten.entry };
    Some(Trigger { condition: Some(condition), ..Trigger::new(m, i, cameo) })
}

/// A conditional offer of `code` made by the clause of verb `i` ([`super::offers`]).
fn offer(i: usize, condition: usize, code: String) -> Option<Trigger> {
    let pledge = lexicon::verb_entry("pledge")?;
    let m = TriggerMatch { tokens: i..i + 1, head: i, entry: pledge.entry };
    Some(Trigger { condition: Some(condition), ..Trigger::new(m, i, code) })
}

/// Stage 2 for a conditional threat at verb `i`: the speaker threatens, else the clause's subject;
/// the threat is aimed at whoever must meet the condition, else at what the clause acts on.
pub(crate) fn roles(v: &View, t: &Trigger) -> Option<Roles> {
    let condition = t.condition?;
    let i = t.head;
    let verb = clause_verb(v, i);
    let subject: Vec<usize> = v.kids_with(verb, &["nsubj"]).flat_map(|s| v.conjuncts(s)).collect();
    let speaker = attribution::source(v, i).or_else(|| v.head(i).filter(|_| reported(v, i)).and_then(|h| v.subject(h)));
    let actors = speaker.map(|s| vec![s]).unwrap_or(subject);
    let bound = v.kids_with(condition, &["nsubj"]).next().filter(|&s| party_token(v, s));
    let targets = match bound {
        Some(s) => v.conjuncts(s),
        None => crate::events::args::verbal(v, i, false).targets,
    };
    Some(Roles { actors, targets, ..Roles::default() })
}

/// Stage 2 for force announced in the passive future, which stage 1 made a threat (`announced` in
/// the stage's mod.rs): "the Taliban will be crushed", "the attackers will be wiped out", he said.
/// The one who says it threatens (GUIDELINES §12.9), not the by-agent that would carry it out, and
/// the passive subject is threatened. Unsaid ("the bill will be defeated") it is left to the others.
pub(crate) fn passive_roles(v: &View, t: &Trigger) -> Option<Roles> {
    let i = t.head;
    let announced = t.cameo.starts_with("13") && t.governor.is_none() && t.condition.is_none();
    if !announced || pos(v, i) != Pos::Verb || !tense::future(v, i) || !v.is_passive(i) {
        return None;
    }
    let speaker = attribution::source(v, i)?;
    let targets = v.kids_with(i, &["nsubj:pass"]).flat_map(|s| v.conjuncts(s)).collect();
    Some(Roles { actors: vec![speaker], targets, ..Roles::default() })
}

/// Token `s` names a party the gazetteer knows, or is a personal pronoun of a third party.
fn party_token(v: &View, s: usize) -> bool {
    words::get("third_person_pronouns").contains(&v.lemmas[s].as_str())
        || crate::parties::normalize(v.text(v.phrase(s))).is_some_and(|p| p.country.is_some() || p.role.is_some())
}
