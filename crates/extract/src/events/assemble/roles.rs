//! Stage 2 of a sentence's events: the roles of one trigger (actors, targets, places) off the parse
//! ([`args`]), fitted to its phrase, then joined by the model's argument head ([`hinted`]).
use crate::events::args::hinted;
use crate::events::args::{self, Roles};
use crate::events::triggers;
use crate::events::triggers::trigger::{is_force, pos, Trigger};
use crate::events::view::View;
use crate::events::words;
use crate::lexicon::Pos;

/// The trigger's roles: its actors, targets and places.
pub(super) fn roles(v: &View, t: &Trigger, nominal: bool) -> Roles {
    // "U.N. chief Ban Ki-moon": a trigger word inside a person's name is the name; it has no parties.
    if v.is_person(t.head) {
        return Roles::default();
    }
    if let Some(r) = triggers::appeals::roles(v, t)
        .or_else(|| triggers::threats::roles(v, t))
        .or_else(|| triggers::threats::passive_roles(v, t))
    {
        return r;
    }
    let speaker = t.governor.unwrap_or(t.head);
    let mut roles = if nominal { args::nominal(v, t.head) } else { args::verbal(v, speaker, t.m.entry.passive) };
    if t.cameo.starts_with("045") || t.cameo.starts_with("039") {
        args::mediation(v, t.m.tokens.clone(), t.head, &mut roles);
    }
    // "troops rescued the hostages": the freed are not whom the force acts on.
    if t.m.entry.freeing {
        roles.targets.clear();
        roles.aims.clear();
    }
    if t.m.entry.place_object {
        args::towns::taken_towns(v, &mut roles);
    } else if is_force(&t.cameo) {
        args::towns::struck_places(v, &mut roles);
    }
    // "the ministry put the number of dead at 1,300": who counts the dead is the toll's source.
    if t.m.entry.outcome && crate::events::sides::attribution::counts_dead(v, t.head) {
        roles.actors.clear();
        roles.targets.clear();
    }
    phrase_noun_aims(v, t, speaker, &mut roles);
    args::measures::laid_on(v, speaker, &t.cameo, &mut roles);
    args::given::recipients(v, &t.cameo, &mut roles);
    addressed_targets(v, t, speaker, nominal, &mut roles);
    counterpart_targets(v, t, speaker, nominal, &mut roles);
    if nominal && is_force(&t.cameo) && roles.actors.is_empty() && roles.targets.is_empty() {
        folded_outcome(v, t.head, &mut roles);
    }
    if nominal && t.m.entry.mutual && is_force(&t.cameo) && roles.actors.is_empty() && roles.targets.is_empty() {
        roles.targets = args::folded::fallen(v, t.head);
    }
    bombed_facilities(v, t, &mut roles);
    // "an operation in response to a provocation by Armenian forces": against the provokers.
    if is_force(&t.cameo) && roles.targets.is_empty() {
        roles.targets = args::retaliation::answered_agents(v, t.head);
    }
    if !nominal && is_force(&t.cameo) && words::get("means_verbs").contains(&v.lemmas[t.head].as_str()) {
        means_aim(v, t.head, &mut roles);
    }
    if args::crowds::coercive(&t.cameo) {
        if !nominal && roles.targets.is_empty() {
            args::crowds::purpose_target(v, t.head, &mut roles);
        }
        args::crowds::protesters(v, speaker, &mut roles);
    }
    hinted::refine(v, t.head, &t.m.tokens, &mut roles);
    // "ambushed a bus transporting a paramilitary force": whom the vehicle carries is struck (force
    // only: "arrested the coach of the team", "seized a ship carrying activists" act on the vehicle).
    if is_force(&t.cameo) {
        args::carried::carried(v, &mut roles);
    }
    if t.m.entry.posting {
        args::posted::posted_roles(v, t.head, &t.cameo, nominal, &mut roles);
    }
    // An optimistic comment is the believer's, aimed at no one ("expects the rebels to reach a deal").
    if let Some(actors) = triggers::forecasts::commenters(v, t) {
        roles.actors = actors;
        roles.targets.clear();
        roles.aims.clear();
    }
    roles
}

/// "a car bomb exploded outside a police station", "detonated a bomb near a convoy": what a bombing
/// went off at, when its own phrase names no party (the bomb is none).
fn bombed_facilities(v: &View, t: &Trigger, roles: &mut Roles) {
    if t.cameo.starts_with("18") && roles.targets.iter().all(|&x| !v.names_party(x)) {
        let facilities = args::bombed::at_facilities(v, t.head);
        if !facilities.is_empty() {
            roles.places.retain(|p| !facilities.contains(p));
            roles.targets = facilities;
        }
    }
}

/// Targets of what is said to or meant for someone: the addressee of an appeal put through its
/// governor, of a demand or charge with no object, the object of an intent, the party warned.
fn addressed_targets(v: &View, t: &Trigger, speaker: usize, nominal: bool, roles: &mut Roles) {
    if t.governor.is_some() && roles.targets.is_empty() {
        // "urged Baku to stop": the addressee is the object of the governor, the deed's target otherwise
        // ("vowed to continue their attacks on foreign troops": the event noun's).
        let noun = pos(v, t.head) == Pos::Noun && v.head(t.head) != t.governor;
        roles.targets = if noun { args::nominal(v, t.head) } else { args::verbal(v, t.head, false) }.targets;
        args::posted::drop_moved(v, t.head, &mut roles.targets);
        // "demanded that Russia stop the attacks": the trigger's own words are not whom it is aimed at.
        roles.targets.retain(|x| !t.m.tokens.contains(x));
    }
    // "urged Beijing to use its influence", "demanded that Russia stop": an appeal or demand with no
    // object is addressed to the subject of the clause that says what is asked; "alleged that the
    // rebels broke the truce", "complained that Kabul had failed": a charge or complaint with no
    // object is aimed at the one its clause says acted.
    let addressed = ["02", "10", "11"].iter().any(|r| t.cameo.starts_with(r));
    if roles.targets.is_empty() && !nominal && addressed {
        roles.targets = args::addressee(v, speaker);
    }
    // "demanded that Washington extradite him", "demanded that the rebels free the hostages": a demand
    // is made of the one its that-clause says must act, not of whom that one must act on.
    if !nominal && t.cameo.starts_with("10") {
        if let Some(asked) = asked_subject(v, speaker) {
            roles.targets = vec![asked];
        }
    }
    let intent = words::get("intent_roots").iter().any(|r| t.cameo.starts_with(r));
    if roles.targets.is_empty() && !nominal && intent {
        roles.targets = args::addressed::intended(v, speaker);
    }
    if roles.targets.is_empty() && !nominal {
        roles.targets = args::warnings::warned(v, speaker);
        roles.warned = !roles.targets.is_empty();
    }
    // "Azerbaijan is committed to peace", "is prepared to talk": an adjectival passive of intent.
    if t.cameo.starts_with("03") && roles.actors.is_empty() && v.is_passive(speaker) {
        roles.actors = std::mem::take(&mut roles.targets);
    }
}

/// The subject of the active that-clause of verb `t` ("demanded that Washington extradite him"), when
/// it names someone: not an expletive ("demanded that it be made clear") nor the demander's own side.
fn asked_subject(v: &View, t: usize) -> Option<usize> {
    let clause = v.kids_with(t, &["ccomp"]).find(|&c| !v.is_passive(c))?;
    let subject = v.kids_with(clause, &["nsubj"]).next()?;
    let own = v.subject(t).is_some_and(|s| v.lemmas[s] == v.lemmas[subject]);
    let expletive = matches!(v.lemmas[subject].as_str(), "it" | "there" | "this" | "that");
    (!own && !expletive && !v.is_reporting(clause)).then_some(subject)
}

/// The counterpart of a meeting, agreement, break or visit named beside what the trigger makes
/// ("signed an agreement with Greece", "made a visit to Iraq"), and the partner of a meeting noun.
fn counterpart_targets(v: &View, t: &Trigger, speaker: usize, nominal: bool, roles: &mut Roles) {
    let tokens = t.m.tokens.start.min(speaker)..t.m.tokens.end.max(speaker + 1);
    // "signed an agreement with Greece": a counterpart beside what is made replaces it.
    let open = |r: &Roles| !r.reciprocal && args::addressed::name_no_party(v, &r.targets);
    let beside = |case: &str, r: &mut Roles| {
        let found = args::addressed::counterparts_near(v, tokens.clone(), speaker, case);
        if !found.is_empty() {
            r.targets = found;
        }
    };
    if t.cameo.starts_with("04") && open(roles) {
        beside("with", roles);
    }
    // A visit is made to a host, not held with the one spoken to ("told Starmer during the visit").
    if nominal && t.cameo.starts_with("04") && !t.cameo.get(..3).is_some_and(|c| words::get("visit_codes").contains(&c))
    {
        args::contacts::from_statement(v, t.head, &t.m.tokens, roles);
    }
    // "reached a deal with the rebels", "severed ties with Chad", "withdrew from the bloc": the
    // counterpart of an agreement or a break in relations.
    let counterpart = |list: &str| words::get(list).iter().any(|r| t.cameo.starts_with(r));
    if open(roles) && counterpart("with_counterpart_roots") {
        beside("with", roles);
    }
    // "withdrew from the bloc", "sought military assistance from Russia": whom it is left or asked of.
    if open(roles) && roles.targets.is_empty() && counterpart("from_counterpart_roots") {
        roles.targets = args::counterparts(v, tokens.clone(), "from");
    }
    // "made a visit to Iraq", "offered amnesty to the rebel leader": whom it is made or directed to.
    if open(roles) && counterpart("to_counterpart_roots") {
        beside("to", roles);
    }
}

/// "opened fire on X": the phrase's own noun is not the target; what it is aimed at is. "fired tear
/// gas and rubber bullets at X": what is coordinated with the phrase's noun is more of it, and
/// its aim is the phrase's aim. A coercive or force phrase noun's to-phrase is its aim too ("set fire to the
/// church", "laid siege to the barracks", "gave chase to the attackers"), a place noun's excepted.
fn phrase_noun_aims(v: &View, t: &Trigger, speaker: usize, roles: &mut Roles) {
    let Some(k) = roles.targets.iter().position(|&x| own_noun(v, t, x)) else { return };
    let more = v.conjuncts(roles.targets.remove(k));
    roles.targets.retain(|x| !more.contains(x));
    // "to" aims coercion and force only: "reaffirmed their commitment to an open ocean" names an aim.
    let force = matches!(t.cameo.get(..2), Some("17" | "18" | "19" | "20"));
    let aimed = |c: &usize| {
        let case = v.case_of(*c);
        !v.is_dated(*c)
            && !args::is_place_noun(v, *c)
            && (matches!(case.as_deref(), Some("on" | "at" | "against" | "toward" | "towards" | "upon"))
                || (force && case.as_deref() == Some("to")))
    };
    // The aim hangs off the noun ("fire on X") or off the verb ("opened fire on X").
    let on_noun: Vec<usize> = more.iter().flat_map(|&n| v.kids_with(n, &["nmod", "obl"]).filter(aimed)).collect();
    let on_verb: Vec<usize> = v.kids_with(speaker, &["obl"]).filter(aimed).collect();
    let aims = if on_noun.is_empty() { on_verb } else { on_noun };
    for a in aims {
        roles.targets.extend(v.conjuncts(a));
    }
    roles.places.retain(|p| !roles.targets.contains(p));
}

/// Whether target `x` is one of the trigger phrase's own words ("fire" of "opened fire on X"), not
/// what it acts on: a noun in a gap of the phrase ("held India responsible", "took 100 passengers
/// hostage") is the target, and so is a phrase noun that names the captives ("taking many hostages").
fn own_noun(v: &View, t: &Trigger, x: usize) -> bool {
    let lemma = v.lemmas[x].as_str();
    t.m.tokens.contains(&x)
        && t.m.entry.phrase.iter().any(|w| w == lemma)
        && !words::get("captive_nouns").contains(&lemma)
}

/// "used helicopter gunships to destroy militant bases", "used helicopters to fire on rebel
/// positions": a verb of means (means_verbs: a force trigger only with its weapon) acts on what its purpose clause
/// acts on, which gets no record of its own (GUIDELINES §2: means fold into their event).
fn means_aim(v: &View, verb: usize, roles: &mut Roles) {
    let Some(aim) = v.kids_with(verb, &["advcl"]).find(|&p| crate::events::tense::purpose(v, p)) else { return };
    let targets = args::verbal(v, aim, false).targets;
    if !targets.is_empty() {
        roles.targets = targets;
    }
}

/// "Rebels killed three policemen in an ambush", "two soldiers were killed in an attack by
/// militants": the casualty verb folds into the force noun it names as its circumstance (stage 1),
/// so the noun takes the verb's actor and victims when its own phrase names none.
fn folded_outcome(v: &View, noun: usize, roles: &mut Roles) {
    let Some(h) = v.head(noun).filter(|_| v.base_rel(noun) == "obl") else { return };
    let outcome = crate::lexicon::lookup_pos(&v.lemmas, h, Some(Pos::Verb)).is_some_and(|m| m.entry.outcome);
    if !outcome {
        return;
    }
    let verb = args::verbal(v, h, false);
    // "died in the fighting": the subject of an intransitive outcome is its victim.
    let (actors, targets) = if verb.targets.is_empty() && !v.is_passive(h) {
        (Vec::new(), verb.actors)
    } else {
        (verb.actors, verb.targets)
    };
    roles.targets = targets.into_iter().filter(|&x| x != noun).collect();
    roles.actors = actors.into_iter().filter(|&a| a != noun && !roles.targets.contains(&a)).collect();
}
