//! Stage 1, triggers: takes a parsed sentence (a `View`), gives its [`Trigger`]s with their CAMEO
//! codes. [`learned`] finds the lexicon's and the model's matches; [`triggers`] codes them (`trigger`:
//! part of speech, argument fit; `accused`, `participles`), drops those that are no event of their own
//! and adds the speech acts the lexicon does not match as such: `appeals` (modal form), `threats`
//! (conditional; `offers` tells a conditional promise of goodwill from a threat), `claims`,
//! `judgments`, `verdicts`, `subversion`, `intents`, `futures` (a party's own future act: a threat
//! or an intent), `stated` (a party's own "will not allow", "will
//! not back down"), `forecasts`, and street gatherings that force broke up (`dispersed`). Later
//! stages ask `appeals`, `threats` and `forecasts` for roles, `accused` and `judgments` for the
//! blamed or judged party.
//!
//! Stage 1 of a sentence: its triggers. The lexicon's and the model's matches ([`learned`]) get
//! their CAMEO code (from their arguments, negation, a governing modal), and those that are not
//! events of their own are dropped: speech-act content, a light verb's noun, an argument of another
//! trigger, the verb of a war's toll, a recoded modal, an outcome folded into a force event.
pub(super) mod accused;
pub(super) mod appeals;
mod captives;
pub(super) mod claims;
mod communal;
mod compounds;
pub(super) mod dispersed;
pub(super) mod forecasts;
mod futures;
mod intents;
pub(super) mod judgments;
pub mod learned;
mod offers;
mod own_acts;
pub(super) mod participles;
mod stated;
mod subversion;
pub(super) mod threats;
pub(super) mod trigger;
mod verdicts;
pub(super) mod wielders;
use super::view::View;
use super::words;
use crate::casualties::{CasualtyKind, CasualtyMention};
use crate::lexicon::{self, ModalOutcome, Pos, TriggerMatch};
use accused::{accused, Accused};
use futures::{announced, carrier, light_carrier, refused, stated_refusal};
use learned::TriggerSource;
pub(super) use own_acts::own_agent;
use trigger::{agentive, argument_lemmas, is_force, is_force_or_posture, is_speech_act, pos, takes_toll, Trigger};

/// The modal verb that governs trigger `head` ("threatened to strike", "urged Baku to stop", "refused
/// to withdraw") and what it makes of its `cameo`; `None` when no modal governs it.
fn modal_governor(v: &View, head: usize, cameo: &str) -> Option<(usize, ModalOutcome)> {
    // "vowed to continue the offensive", "threatened to step up attacks": the governor of the verb
    // that carries the event on governs the event.
    let modal = |g: usize| lexicon::modal(&v.lemmas[g]).is_some();
    let governed = |c: &usize| v.base_rel(*c) == "xcomp" && v.head(*c).is_some_and(modal);
    // "vowed to launch more attacks": a light verb under a vow or threat carries the force it starts
    // (an order to launch one stays the noun's own event, as "ordered an offensive"; a plan others
    // tell of, "the group has been planning to launch attacks", is no one's stated threat).
    let vowed = |c: &usize| {
        let g = v.head(*c).map(|g| v.lemmas[g].as_str()).unwrap_or_default();
        let kind = lexicon::modal(g).filter(|_| !words::get("plan_governors").contains(&g));
        governed(c) && matches!(kind, Some(lexicon::ModalKind::Intent | lexicon::ModalKind::Threat))
    };
    let head =
        carrier(v, head).filter(governed).or_else(|| light_carrier(v, head, cameo).filter(vowed)).unwrap_or(head);
    let complement = matches!(v.base_rel(head), "xcomp" | "ccomp" | "advcl" | "acl" | "obj")
        && !circumstance(v, head)
        && !accompanying(v, head)
        && !light_object(v, head, cameo);
    let g = v.head(head).filter(|_| complement)?;
    // "pressed an offensive": a verb that steps up the event noun it takes is no appeal for it
    // ("pressed Moscow to withdraw" still is).
    let steps_up = v.base_rel(head) == "obj" && words::get("step_up_verbs").contains(&v.lemmas[g].as_str());
    let kind = lexicon::modal(&v.lemmas[g]).filter(|_| !steps_up && !forecasts::feeling(v, g, head))?;
    if kind == lexicon::ModalKind::Order && to_own_forces(v, g) {
        return Some((g, ModalOutcome::Drop));
    }
    Some((g, lexicon::modal_code(kind, cameo)))
}

/// "ordered his troops to withdraw", "the president ordered the army to retake the town": an order
/// to one's own forces is no demand on anyone, and what it orders is not yet done (GUIDELINES
/// §12.9). Own forces are a force noun (own_force_nouns) with a possessive pronoun, or a bare one
/// ordered by a state's official ([`own_forces`]).
fn to_own_forces(v: &View, order: usize) -> bool {
    v.kids_with(order, &["obj", "iobj"]).any(|o| {
        let pronoun = v.possessive_pronoun(o).is_some();
        words::get("own_force_nouns").contains(&v.lemmas[o].as_str()) && (pronoun || own_forces(v, order, o))
    })
}

/// The triggers of the sentence in `v`, each with its resolved code.
pub(super) fn triggers(v: &View, source: TriggerSource, casualties: &[CasualtyMention]) -> Vec<Trigger> {
    let sources = learned::found(v, source, &|j| Some(pos(v, j)));
    let found: Vec<TriggerMatch> = sources.iter().map(|f| f.m.clone()).collect();
    let heads: Vec<usize> = found.iter().map(|m| v.top(m.tokens.clone())).collect();
    let mut kept = Vec::new();
    for ((m, &head), f) in found.iter().zip(&heads).zip(&sources) {
        if m.entry.report || !trigger::object_fits(v, head, m.entry) || !trigger::subject_fits(v, head, m.entry) {
            continue;
        }
        let Some(mut cameo) = entry_code(v, head, m, f.model_code.as_deref()) else { continue };
        if captives::frees_no_one(v, head, m.entry) {
            continue;
        }
        if let Some(c) = m.entry.third.as_ref().filter(|_| about_a_third_party(v, head)) {
            cameo = c.clone();
        }
        if lexicon::negated(&v.lemmas, head) || v.is_negated(head) {
            match m.entry.negated.clone().or_else(|| refused(v, head, &cameo)) {
                Some(c) => cameo = c,
                None => continue,
            }
        }
        let mut governor = None;
        match modal_governor(v, head, &cameo) {
            Some((_, ModalOutcome::Drop)) => continue,
            Some((g, ModalOutcome::Recode(c))) => {
                cameo = c;
                governor = Some(g);
            }
            _ => {}
        }
        // The light verb of announced force speaks for its noun, but inside a speech act ("warned
        // them it would launch air strikes") the noun is still that act's content.
        let light = governor.is_none().then(|| announced(v, head, m.entry.cameo.as_deref(), &mut cameo)).flatten();
        let accused = accused(v, head, &cameo, &heads, &found);
        if governor.is_none()
            && inside_speech_act(v, head, &heads, &found)
            && !happened_content(v, head, &cameo, accused, casualties)
            && !relative_speaker(v, head, &cameo)
        {
            continue;
        }
        let governor = governor.or(light);
        kept.push(Trigger { governor, accused, ..Trigger::new(m.clone(), head, cameo) });
    }
    kept.extend(agentive_compounds(v));
    appeals::add(v, &mut kept);
    judgments::add_failures(v, &mut kept);
    threats::add(v, &mut kept);
    subversion::add(v, &mut kept);
    verdicts::add(v, &mut kept);
    intents::add(v, &mut kept);
    stated::add(v, &mut kept);
    forecasts::add(v, &mut kept);
    drop_own_event_nouns(v, &mut kept);
    kept.retain(|t| {
        let describes = participles::describes_noun(v, t.head) || participles::attributive(v, t.head, &t.cameo);
        // An agentive compound ("Chadian-backed rebels") is its agent's act.
        let names_people = t.agent.is_none() && participles::names_a_party(v, t.head);
        !(describes || names_people || participles::name_part(v, t.head))
    });
    drop_content_nouns(v, &mut kept);
    dispersed::add(v, &mut kept);
    drop_toll_verbs(v, &mut kept);
    // A governor that recoded its complement speaks through it, not on its own.
    let governors: Vec<usize> = kept.iter().filter_map(|t| t.governor).collect();
    kept.retain(|t| !governors.contains(&t.head));
    fold_outcomes(v, &mut kept);
    fold_restated_objects(v, &mut kept);
    participles::fold_on_acts(v, &mut kept);
    compounds::fold(v, &mut kept);
    fold_same_acts(v, &mut kept);
    fold_purposes(v, &mut kept);
    claims::add(v, &mut kept);
    kept
}

/// The code a matched entry gives at `head`: the model's, else the entry's for the trigger's
/// arguments, refined by the means its subject wields and by the people it seizes or frees.
fn entry_code(v: &View, head: usize, m: &TriggerMatch, model_code: Option<&str>) -> Option<String> {
    // A required argument may be the target's modifier ("used helicopter gunships"); only the means refine.
    let narrowed = || m.entry.code_for(&wielders::means_lemmas(v, head, m.entry));
    let by_arguments = || narrowed().or(m.entry.code_for(&argument_lemmas(v, head))).map(String::from);
    let code = model_code
        .map(String::from)
        .or_else(|| by_arguments().filter(|_| !m.entry.subject_means))
        .or_else(|| wielders::subject_means(v, head, m.entry))
        .or_else(|| m.entry.cameo.clone().filter(|_| m.entry.crowd && trigger::crowd_subject(v, head)));
    let code = code.map(|c| wielders::wielded(v, head, m.entry, &c).unwrap_or(c));
    let code = code.map(|c| communal::riot_code(v, head, &c).unwrap_or(c));
    // "seized two engineers", "released a nurse": people the entry's own lists lack; a place or goods
    // seized is what the object says, whatever an adjunct's words refined ("according to officials").
    use captives::Taken;
    match (captives::taken(v, head, m.entry), code) {
        (Some(Taken::Place), _) => Some("192".to_string()),
        (Some(Taken::Goods(c)), _) => Some(c.to_string()),
        (Some(Taken::People(c)), None) => Some(c.to_string()),
        (Some(Taken::People(c)), Some(own)) if own.starts_with("192") => Some(c.to_string()),
        (_, own) => own,
    }
}

/// An event noun that is an argument of another kept trigger ("accused Armenia of violating the
/// ceasefire", "negotiated a ceasefire") is that trigger's content, not an event of its own; one
/// in a circumstance ("reopened amid heightened security", "arrested during protests") is one.
/// "blamed the attack on the rebels" is the accusation and the attack again (GUIDELINES §12.5).
fn drop_content_nouns(v: &View, kept: &mut Vec<Trigger>) {
    let governing: Vec<usize> = kept.iter().filter(|t| !t.m.entry.outcome).map(|t| t.head).collect();
    // "supported an attack by rebels", "sentenced for the killing of a diplomat": force that names
    // its own sides is told, unless a speech act's content ("accused X of attacks on civilians").
    let speaking: Vec<usize> = kept.iter().filter(|t| is_speech_act(&t.cameo)).map(|t| t.head).collect();
    let told = |t: &Trigger| {
        is_force(&t.cameo)
            && !v.head(t.head).is_some_and(|h| speaking.contains(&h))
            && super::reality::nouns::names_its_sides(v, t.head)
    };
    let repressing: Vec<usize> = kept.iter().filter(|t| t.cameo.starts_with("175")).map(|t| t.head).collect();
    kept.retain(|t| {
        let nominal = pos(v, t.head) == Pos::Noun && matches!(v.base_rel(t.head), "obj" | "obl" | "nmod");
        let accused = t.accused.is_some();
        let setting = v.case_of(t.head).is_some_and(|c| words::get("circumstance_cases").contains(&c.as_str()));
        // "police broke up marches by opposition supporters", "a crackdown on protests by students": a
        // protest that is repressed took place; it is the protesters' event as well (GUIDELINES 12.4).
        let repressed = t.cameo.starts_with("14") && v.head(t.head).is_some_and(|h| repressing.contains(&h));
        !nominal
            || accused
            || setting
            || repressed
            || told(t)
            || tolled_reference(v, t)
            || !v.head(t.head).is_some_and(|h| governing.contains(&h))
    });
}

/// "fought troops a day after an assault that killed 59", "since an offensive that has killed
/// thousands": a force noun that places another act in time and counts a toll in its own relative
/// clause is an earlier incident of its own, not the governing act's content or setting.
fn tolled_reference(v: &View, t: &Trigger) -> bool {
    let reference = v.case_of(t.head).is_some_and(|c| words::get("sequence_cases").contains(&c.as_str()));
    let toll = |clause: usize| {
        let span = v.subtree(clause);
        v.casualties().iter().any(|c| span.contains(&c.tokens.start))
    };
    is_force(&t.cameo) && reference && v.kids_with(t.head, &["acl:relcl"]).any(toll)
}

/// "arrested and detained 30 students": a second verb of the same code that shares the first one's
/// subject and object names the same act again; one record (GUIDELINES §2: one predicate, one record).
/// Not force: "were attacked and retaliated" is a second act, and weapons split records (§2); nor a
/// verb with words of its own: "imposed on Monday and extended on Friday" are two acts.
fn fold_same_acts(v: &View, kept: &mut Vec<Trigger>) {
    let acts: Vec<(usize, String)> = kept.iter().map(|t| (t.head, t.cameo.clone())).collect();
    kept.retain(|t| {
        let own = |&k: &usize| !matches!(v.base_rel(k), "cc" | "punct" | "advmod" | "aux") && !t.m.tokens.contains(&k);
        let bare = !is_force(&t.cameo) && !v.kids(t.head).iter().any(own);
        let first = v.head(t.head).filter(|_| v.rel(t.head) == "conj" && pos(v, t.head) == Pos::Verb);
        !(bare && first.is_some_and(|h| acts.iter().any(|(a, c)| *a == h && *c == t.cameo)))
    });
}

/// "rockets struck residential areas, wounding five in a car that was hit": a passive force verb in a
/// relative clause under another force trigger, with no agent or day of its own, says again what
/// that act did to one of its objects; one record (GUIDELINES §2: one predicate, one record).
fn fold_restated_objects(v: &View, kept: &mut Vec<Trigger>) {
    let force: Vec<usize> = kept.iter().filter(|t| is_force(&t.cameo)).map(|t| t.head).collect();
    kept.retain(|t| {
        let own = |k: usize| v.is_dated(k) || v.rel(k) == "obl:agent" || v.case_of(k).as_deref() == Some("by");
        let restated = is_force(&t.cameo)
            && v.rel(t.head) == "acl:relcl"
            && v.is_passive(t.head)
            && !v.kids(t.head).iter().any(|&k| own(k))
            && v.ancestors(t.head).any(|a| force.contains(&a));
        !restated
    });
}

/// "took to the streets to protest the coup": an infinitive of purpose of the same root as the act it
/// serves says what that act is for, not a second act (GUIDELINES §2: one predicate, one record).
/// A protest served by a statement, a cut in relations or a sanction (roots below 14, 16) is that
/// act's aim: "suspended aid to protest the takeover", "recalled its ambassador to protest the
/// killing" report the suspension and the recall. One served by a material act is a second act
/// ("occupied the factory to protest the layoffs"), as is one with no act of its own ("gathered to
/// protest"). Not force: "sent troops to fight the rebels", "attacked the post to seize it" are acts
/// of their own.
fn fold_purposes(v: &View, kept: &mut Vec<Trigger>) {
    let acts: Vec<(usize, String)> =
        kept.iter().map(|t| (t.head, t.cameo.get(..2).unwrap_or("").to_string())).collect();
    kept.retain(|t| {
        let Some(g) = v.head(t.head) else { return true };
        let aim =
            |root: &str| t.cameo.starts_with(root) || (t.cameo.starts_with("14") && (root < "14" || root == "16"));
        let served = acts.iter().any(|(h, root)| *h == g && aim(root));
        !(served && !is_force(&t.cameo) && super::tense::purpose(v, t.head))
    });
}

/// "A first war had then caused 30,000 deaths": the war is the event, its verb only its toll; so is
/// the damage it did ("airstrikes destroyed a school": 195, not a second 1712 record).
fn drop_toll_verbs(v: &View, kept: &mut Vec<Trigger>) {
    let force_nouns: Vec<usize> =
        kept.iter().filter(|t| is_force(&t.cameo) && pos(v, t.head) == Pos::Noun).map(|t| t.head).collect();
    kept.retain(|t| {
        let subject = v.kids_with(t.head, &["nsubj"]).any(|s| force_nouns.contains(&s));
        // "a first war, which caused 30,000 deaths"; not a clause with a subject of its own, which
        // tells an act inside the noun's event: "an offensive in which they captured town after town".
        let relative = v.rel(t.head) == "acl:relcl"
            && v.head(t.head).is_some_and(|h| force_nouns.contains(&h))
            && !own_subject(v, t.head);
        !((is_force(&t.cameo) || t.cameo.starts_with("171")) && pos(v, t.head) == Pos::Verb && (subject || relative))
    });
}

/// A relative clause whose subject is not the relative pronoun ("in which they captured", "during
/// which troops seized"): the modified noun is no doer of it.
fn own_subject(v: &View, clause: usize) -> bool {
    let pronoun = |s: usize| words::get("relative_pronouns").contains(&v.lemmas[s].as_str());
    v.kids_with(clause, &["nsubj"]).any(|s| !pronoun(s))
}

/// "fought a war", "carried out an offensive": the noun is the verb's own event, not a second one.
fn drop_own_event_nouns(v: &View, kept: &mut Vec<Trigger>) {
    let verbs: Vec<(usize, String)> =
        kept.iter().map(|t| (t.head, t.cameo.get(..2).unwrap_or("").to_string())).collect();
    kept.retain(|t| {
        let Some(h) = v.head(t.head) else { return true };
        !(v.base_rel(t.head) == "obj" && verbs.iter().any(|(vh, root)| *vh == h && t.cameo.starts_with(root.as_str())))
    });
}

/// "blamed the cartel for the attack, which the president called an act of terrorism": a speech act
/// in a relative clause with a speaker of its own is that speaker's act, not what the outer one says.
fn relative_speaker(v: &View, head: usize, cameo: &str) -> bool {
    is_speech_act(cameo) && v.rel(head) == "acl:relcl" && own_subject(v, head)
}

/// Speech-act content that happened and is an event too: "accused each other of shooting at the
/// border, an incident which left four soldiers dead" (a toll of its own), "accused the army of
/// killing three villagers" (a concrete accused act, as claimed).
fn happened_content(
    v: &View,
    head: usize,
    cameo: &str,
    accused: Option<Accused>,
    casualties: &[CasualtyMention],
) -> bool {
    let toll = || {
        let span = v.subtree(head);
        casualties.iter().any(|c| span.contains(&c.tokens.start) && c.kind == CasualtyKind::Killed)
    };
    // "accused the army of killing civilians": a kind of victims counts no incident's toll.
    accused.is_some() || (is_force(cameo) && toll() && !accused::of_a_kind(v, head))
}

/// Casualty outcomes ("killed") fold into a force event of the same sentence; conjoined ones ("seven
/// people were killed and dozens wounded") are one toll, one record (GUIDELINES 12.6: killed and
/// injured of one group share a record).
fn fold_outcomes(v: &View, kept: &mut Vec<Trigger>) {
    // "The officers were killed as they fled the attack": a background force noun reports nothing of
    // its own, so it cannot carry the toll a clause of the sentence reports ("victims injured in the
    // blasts", "killings by bandits" report none: an outcome with no subject still folds into it).
    // Only a bare one ("the attack"): a noun with dependents may name its sides ("fighting involving
    // Georgian and Russian forces"), and then it is reported.
    let bare = |t: &Trigger| v.kids(t.head).iter().all(|&k| matches!(v.base_rel(k), "det" | "case" | "punct"));
    let background = |t: &Trigger| pos(v, t.head) == Pos::Noun && bare(t) && super::reality::background(v, t.head, &[]);
    let hosts = |clause: bool| {
        kept.iter().filter(|t| takes_toll(&t.cameo) && !t.m.entry.outcome && !(clause && background(t))).count()
    };
    let (for_clauses, for_others) = (hosts(true), hosts(false));
    let acts: Vec<usize> = kept
        .iter()
        .filter(|t| is_force(&t.cameo) && !t.m.entry.outcome && pos(v, t.head) == Pos::Verb)
        // "ambushed a bus": the first act has an object of its own ("Open Fire, Kill 3" has none).
        .filter(|t| v.kids_with(t.head, &["obj"]).any(|o| !t.m.tokens.contains(&o)))
        .map(|t| t.head)
        .collect();
    let hosts: Vec<usize> =
        kept.iter().filter(|t| takes_toll(&t.cameo) && !t.m.entry.outcome).map(|t| t.head).collect();
    let abductions: Vec<usize> = kept.iter().filter(|t| t.cameo.starts_with("181")).map(|t| t.head).collect();
    kept.retain(|t| {
        let clause = v.kids_with(t.head, &["nsubj", "aux"]).next().is_some();
        let hosted = if clause { for_clauses > 0 } else { for_others > 0 };
        !(t.m.entry.outcome && hosted)
            || own_acts::second_act(v, t.head, &acts)
            || own_acts::own_killing(v, t.head, &hosts)
            || own_acts::after_abduction(v, t.head, &abductions)
            || own_acts::hosts_only_in_span(v, t.head, &hosts)
            || own_acts::running_toll(v, t.head, &hosts)
            || own_acts::toll_apart(v, t.head, &hosts)
    });
    let outcomes: Vec<usize> = kept.iter().filter(|t| t.m.entry.outcome).map(|t| t.head).collect();
    kept.retain(|t| {
        !(t.m.entry.outcome && v.rel(t.head) == "conj" && v.head(t.head).is_some_and(|h| outcomes.contains(&h)))
    });
    // "Two of the wounded died overnight, raising the death toll to 37": a toll noun inside the
    // clause of a death is that death's toll, not a second event
    // ("..., as the army put the death toll at 87" is a toll apart, told in a clause of its own)
    let counted: Vec<usize> = hosts.iter().chain(&outcomes).copied().collect();
    let toll_of = |t: &Trigger| {
        pos(v, t.head) == Pos::Noun
            && v.ancestors(t.head).any(|a| outcomes.contains(&a))
            && !own_acts::toll_apart(v, t.head, &counted)
    };
    kept.retain(|t| !(t.m.entry.outcome && toll_of(t)));
}

/// "urged calm after the rebels attacked", "failed after the government placed blame": a clause
/// with its own "after", "when", "because" is a circumstance of its governor, not what the governor
/// threatens, urges, says or fails to do.
fn circumstance(v: &View, i: usize) -> bool {
    // UD attaches "when" to its clause as advmod (a wh-adverb), "after" / "while" as mark.
    let opener = |m: usize| m < i && words::get("circumstance_marks").contains(&v.lemmas[m].as_str());
    v.base_rel(i) == "advcl" && v.kids_with(i, &["mark", "advmod"]).any(opener)
}

/// "Threatening to kill the hostages, the gunmen demanded ...": a participle clause with no subordinator
/// and no subject of its own is a second act of the governor's subject, not what it demands or says.
fn accompanying(v: &View, i: usize) -> bool {
    v.base_rel(i) == "advcl"
        && v.lower(i).ends_with("ing")
        && v.kids_with(i, &["mark", "nsubj", "nsubj:pass"]).next().is_none()
}

/// "The government denied any role, blaming terrorists for the killings": a participle clause set off
/// by a comma is a second act of the governor's subject, not what it denies or says ("denied
/// attacking the convoy" is the denial's content).
fn set_off(v: &View, i: usize) -> bool {
    let start = v.phrase(i).start;
    accompanying(v, i) && start > 0 && v.word(start - 1) == ","
}

fn inside_speech_act(v: &View, head: usize, heads: &[usize], found: &[TriggerMatch]) -> bool {
    let mut cur = head;
    for a in v.ancestors(head) {
        if circumstance(v, cur) || set_off(v, cur) {
            return false;
        }
        if !matches!(v.base_rel(cur), "ccomp" | "xcomp" | "advcl" | "acl" | "obl" | "nmod" | "obj" | "conj") {
            return false;
        }
        if let Some(k) = heads.iter().position(|&h| h == a) {
            // "denied involvement, saying it condemns any violence": what a report verb introduces
            // is a statement of its own (a counter-claim, a comment), not the outer act's content.
            if found[k].entry.report {
                return false;
            }
            let code = found[k].entry.code_for(&argument_lemmas(v, a)).unwrap_or("");
            // "warned that the strife risked a civil war": a warning read as a comment (012) still
            // holds what it warns of as content, like the threat it would otherwise be.
            let base = found[k].entry.cameo.as_deref().unwrap_or("");
            let code = if code.starts_with("01") && is_speech_act(base) { base } else { code };
            // A conjunct is content exactly when its sibling is: "called for a cessation and
            // undertook mediation" is a second act, "accused X of firing and shelling" one accusation.
            if v.base_rel(cur) == "conj" {
                return !is_speech_act(code) && inside_speech_act(v, a, heads, found);
            }
            // "accused Armenia of violating the ceasefire negotiated by Moscow": content of content.
            // A noun on the way ("ahead of talks aimed at ending a conflict", "condemned the strikes
            // that hit Damascus") is an adjunct, not content; an opinion under what a speech act acts
            // on is part of it: "rejects the imposition of what Beijing considers illegal sanctions".
            // "…, an accusation the rebels denied", "a charge which Kigali rejected": a relative
            // clause acting on a speech-act noun answers it; it is not what the noun says.
            if is_speech_act(code) && pos(v, a) == Pos::Noun && trigger::relative_object(v, cur) {
                return false;
            }
            let opinion = words::get("opinion_verbs").contains(&v.lemmas[head].as_str());
            let carries = pos(v, a) == Pos::Verb || (opinion && v.base_rel(a) == "obj");
            return is_speech_act(code) || (carries && inside_speech_act(v, a, heads, found));
        }
        cur = a;
    }
    false
}

/// "ordered an all-out offensive", "launched strikes": an event noun that is the object of a light
/// verb is the verb's own event, whatever the verb's modality would make of a complement. An order
/// is its event only for force and the posture of one's own forces ("ordered the deployment of
/// troops", "ordered the activation of a standby force": 15x); "ordered an investigation" stays a
/// demand for one (CAMEO 101x).
fn light_object(v: &View, head: usize, cameo: &str) -> bool {
    let light = |h: usize| {
        let lemma = v.lemmas[h].as_str();
        words::get("light_verbs").contains(&lemma) && (lemma != "order" || is_force_or_posture(cameo))
    };
    pos(v, head) == Pos::Noun && v.base_rel(head) == "obj" && v.head(head).is_some_and(light)
}

/// "warned that the internal strife risked a civil war": the complement clause of verb `head` tells
/// what someone other than its subject does, in the active ("it would strike" may be the speaker;
/// "terrorists will not be spared" says what the speaker's side will do to them).
fn about_a_third_party(v: &View, head: usize) -> bool {
    let Some(c) = v.kids_with(head, &["ccomp"]).next() else { return false };
    let Some(s) = v.kids_with(c, &["nsubj"]).next() else { return false };
    let pronoun = |s: usize| matches!(v.lemmas[s].as_str(), "it" | "they" | "we" | "i" | "he" | "she" | "there");
    // "warned the Bosnian Serbs it would launch air strikes" comes parsed with the warned party as a
    // second subject of the complement: the later one is the complement's own.
    let s = v.kids_with(c, &["nsubj"]).filter(|&k| k > s).last().unwrap_or(s);
    !pronoun(s) && !v.is_passive(c) && Some(s) != v.subject(head) && !own_state(v, head, s) && !own_forces(v, head, s)
}

/// "Indonesia's security minister warned that troops would hunt down those responsible": forces
/// named by a bare noun (own_force_nouns; "our troops") in what a state's official says are the
/// state's own, as "Russian troops" in a Ukrainian's warning are not.
fn own_forces(v: &View, head: usize, s: usize) -> bool {
    let bare = v.kids(s).iter().all(|&k| match v.base_rel(k) {
        "det" | "punct" => true,
        "nmod:poss" => words::is_pronoun(&v.lemmas[k]),
        _ => false,
    });
    let official = v.subject(head).and_then(|a| crate::parties::normalize(v.text(v.phrase(a))));
    let state =
        official.is_some_and(|p| p.country.is_some() && matches!(p.role.as_deref(), Some("GOV" | "MIL" | "COP")));
    state && bare && words::get("own_force_nouns").contains(&v.lemmas[s].as_str())
}

/// "Israel's defense minister warned that Israel would push Hezbollah back": the complement's
/// subject is the state of the one who speaks, not a third party.
fn own_state(v: &View, head: usize, s: usize) -> bool {
    v.subject(head).is_some_and(|a| state_of(v, a, s))
}

/// Token `s` names the state of party `a` ("Kenyan President William Ruto" and "Kenya").
pub(super) fn state_of(v: &View, a: usize, s: usize) -> bool {
    let country = |x: usize| crate::parties::normalize(v.text(v.phrase(x))).and_then(|p| p.country);
    let state = crate::parties::normalize(v.text(v.phrase(s))).is_some_and(|p| p.role.as_deref() == Some("GOV"));
    state && country(a).is_some() && country(a) == country(s)
}

/// "Moscow-brokered ceasefire", "a Russian-sponsored truce", "U.S.-led talks": a participle whose
/// first half names the agent is an event of that agent.
fn agentive_compounds(v: &View) -> Vec<Trigger> {
    (0..v.len()).filter_map(|i| agentive(v, i)).collect()
}
