//! Accusations that name a concrete act (GUIDELINES §12.5): "accused the army of killing three
//! villagers", "blamed the attack on the rebels". The act is a record of its own besides the
//! accusation. Conduct in general ("accused X of abuses", "of firing on positions"), a series told
//! by quantity ("blamed several recent attacks on militants") and mutual blame ("accused each other
//! of shelling") stay the accusation only.
use super::trigger::{argument_lemmas, is_force, pos};
use crate::events::bare_passives;
use crate::events::roles::Roles;
use crate::events::view::View;
use crate::events::words;
use crate::lexicon::{Pos, TriggerMatch};

/// A concrete act an accusation names.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Accused {
    /// The accusation's head ("accused", "blamed"): its subject says the act happened.
    pub(crate) accusation: usize,
    /// Who the accusation says did it; `None` when the act's own clause names them.
    pub(crate) party: Option<usize>,
}

/// Force trigger `head` (coded `cameo`) as the concrete act of an accusation among the sentence's
/// triggers (`heads[k]` matched `found[k]`).
pub(crate) fn accused(v: &View, head: usize, cameo: &str, heads: &[usize], found: &[TriggerMatch]) -> Option<Accused> {
    // "accused X of violating the truce" is conduct in general (GUIDELINES §12.5).
    let accusable = cameo.get(..2).is_some_and(|r| words::get("accused_act_roots").contains(&r))
        || cameo.get(..3).is_some_and(|r| words::get("accused_act_roots").contains(&r));
    if !accusable || cameo.starts_with("196") || !concrete(v, head) {
        return None;
    }
    if let Some(blamed) = blamed_below(v, head, heads, found) {
        return Some(Accused { accusation: blamed, party: blamed_on(v, blamed).first().copied() });
    }
    let accusation = accusation_above(v, head, heads, found)?;
    Some(Accused { accusation, party: accused_party(v, head, accusation) })
}

/// "the deadliest bombing blamed on the rebels", "the blast, which police blamed on militants", "the
/// bombing was blamed on the rebels": a blame clause on an event noun (or one whose passive subject
/// it is) says who did the act it names, and whoever blames tells it
/// (GUIDELINES §12.4: "a blast, which police blamed on militants" is the militants' bombing, source
/// the police). The clause's head, when it is an accusation that blames someone "on".
fn blamed_below(v: &View, head: usize, heads: &[usize], found: &[TriggerMatch]) -> Option<usize> {
    if pos(v, head) != Pos::Noun {
        return None;
    }
    // "the bombing (was) blamed on the rebels": the noun may be the blame verb's passive subject.
    let governor = v.head(head).filter(|_| v.rel(head) == "nsubj:pass");
    v.kids_with(head, &["acl"]).chain(governor).find(|&c| {
        let Some(k) = heads.iter().position(|&h| h == c) else { return false };
        let code = found[k].entry.code_for(&argument_lemmas(v, c)).unwrap_or("");
        code.starts_with("112") && !blamed_on(v, c).is_empty()
    })
}

/// Who made accusation `a`, the source of the act it names: its subject before the verb ("officials
/// blamed the attack on the rebels") or the agent of a passive one ("were accused by rights groups").
/// A bare passive participle's subject is the accused ("two soldiers stand accused of …").
pub(crate) fn accuser(v: &View, a: usize) -> Option<usize> {
    // "was blamed on militants", parsed as an agent: the accused, not the accuser.
    let agent = |c: &usize| v.case_of(*c).as_deref().map_or(v.rel(*c) == "obl:agent", |k| k == "by");
    let bare = bare_passives::undergoers(v, a).is_some();
    let subject = v.kids(a).iter().copied().find(|&s| v.rel(s) == "nsubj" && s < a && !bare);
    subject.or_else(|| v.kids_with(a, &["obl"]).find(agent))
}

/// The accused did the act, not whom the act's clause inherits ("blamed X for conducting the strike").
pub(crate) fn blame(v: &View, accused: Option<Accused>, roles: &mut Roles) {
    if let Some(party) = accused.and_then(|a| a.party) {
        roles.targets.retain(|x| !v.conjuncts(party).contains(x));
        roles.actors = v.conjuncts(party);
    }
}

/// The sides blamed with "on" by verb `h`: "blamed the attack on the rebels" (the parser may label
/// the phrase of a passive an agent: "was blamed on the rebels").
pub(crate) fn blamed_on(v: &View, h: usize) -> Vec<usize> {
    // "was blamed on Tuesday on the Haqqani network": a day is when, not whom.
    let on = |c: &usize| v.case_of(*c).as_deref() == Some("on") && !v.is_dated(*c);
    let own: Vec<usize> = v.kids_with(h, &["obl"]).filter(on).collect();
    if !own.is_empty() || v.lemmas[h] != "blame" {
        return own;
    }
    // "blamed the attack on Boko Haram" is often parsed "the attack on Boko Haram": with no on-phrase
    // of its own, the verb's is its object's (one only: "the attack on the school on the rebels" has
    // the verb's).
    let object_on: Vec<usize> = v.kids_with(h, &["obj"]).flat_map(|o| v.kids_with(o, &["nmod"]).filter(on)).collect();
    // Only a side that can act, not what was struck ("blamed the rocket attack on the airport in Erbil
    // for the tension"): a name the model tags as a group, people or person, or an armed group's noun.
    let actor = |n: usize| {
        matches!(v.entity_label(n), Some("ORG" | "NORP" | "PER"))
            || v.party_role(n).is_some_and(|r| words::get("armed_group_roles").contains(&r.as_str()))
            || matches!(v.party_role(n).as_deref(), Some("UAF" | "CRM"))
    };
    if object_on.len() == 1 && actor(object_on[0]) {
        object_on
    } else {
        Vec::new()
    }
}

/// Who accusation `a` says did act `head`: "blamed the attack on X", "accused X of …", "blamed X
/// for …", "X was accused of …", "X stands accused of …", "X, accused of …"; `None` when the act's
/// own clause names them ("suspect X is behind the attack").
fn accused_party(v: &View, head: usize, a: usize) -> Option<usize> {
    if v.head(head) == Some(a) && v.base_rel(head) == "obj" {
        return blamed_on(v, a).first().copied();
    }
    if let Some(first) = bare_passives::undergoers(v, a).and_then(|u| u.first().copied()) {
        return Some(first);
    }
    // "accused the Taliban of …" is sometimes parsed with the Taliban as a second subject.
    let late_subject = v.kids_with(a, &["nsubj"]).find(|&s| s > a);
    v.kids_with(a, &["obj"]).next().or(late_subject).or_else(|| v.kids_with(a, &["nsubj:pass"]).next())
}

/// The accusation whose content `head` is, when it blames one side: the nearest trigger above it
/// through complement and argument links. An event noun is its content as object or "for"/"of"
/// phrase; one in another phrase ("following the latest skirmish", "many of the attacks") is not.
/// A second act joined to an act of force is accused too ("of attacking the village and abducting
/// two farmers").
fn accusation_above(v: &View, head: usize, heads: &[usize], found: &[TriggerMatch]) -> Option<usize> {
    let case = v.case_of(head);
    // "accused the government of being behind the killing": the act behind which the accused stand.
    let phrase = v.base_rel(head) == "obl" && !matches!(case.as_deref(), Some("for" | "of" | "behind"));
    if pos(v, head) == Pos::Noun && (phrase || v.base_rel(head) == "nmod") {
        return None;
    }
    let mut cur = head;
    for a in v.ancestors(head) {
        if !matches!(v.base_rel(cur), "advcl" | "acl" | "xcomp" | "ccomp" | "obl" | "obj" | "conj") {
            return None;
        }
        if let Some(k) = heads.iter().position(|&h| h == a) {
            let code = found[k].entry.code_for(&argument_lemmas(v, a)).unwrap_or("");
            // "of violating the truce and shelling the villages": the conjunct shares conduct in general.
            if v.base_rel(cur) == "conj" && is_force(code) && !code.starts_with("196") {
                cur = a;
                continue;
            }
            let mutual = found[k].entry.mutual || v.kids(a).iter().any(|&c| v.is_reciprocal(c));
            return (code.starts_with("112") && !mutual).then_some(a);
        }
        cur = a;
    }
    None
}

/// An act told as one incident: a verb with the victims as its object ("of massacring dozens of
/// civilians"), or a definite event noun ("the attack on the school", "the pipeline attacks").
/// Victims named only as a kind ([`of_a_kind`]) make conduct in general (GUIDELINES §12.5).
fn concrete(v: &View, head: usize) -> bool {
    // "of shooting down the airliner": a phrasal verb's object may come parsed as a bare oblique.
    let bare = |k: usize| v.case_of(k).is_none() && !v.is_dated(k);
    if pos(v, head) == Pos::Verb {
        let objects = v.kids_with(head, &["obj"]).chain(v.kids_with(head, &["obl"]).filter(|&k| bare(k)));
        return objects.count() > 0 && !of_a_kind(v, head);
    }
    v.definite_det(head)
}

/// Verb `head` acts on victims named only as a kind ("killing civilians", "shelling villages"),
/// with no day, place or toll of a count in its phrase: conduct in general, however it is framed
/// (an accusation's content, not an incident; its bare plural's toll of no count says no more).
pub(crate) fn of_a_kind(v: &View, head: usize) -> bool {
    let objects: Vec<usize> = v.kids_with(head, &["obj"]).collect();
    pos(v, head) == Pos::Verb && !objects.is_empty() && objects.iter().all(|&o| kind_only(v, o)) && unplaced(v, head)
}

/// A bare plural of a common noun: "civilians", "villages"; not "the village", "three villagers",
/// "dozens of civilians", "their homes", a name.
fn kind_only(v: &View, o: usize) -> bool {
    // a determiner, a count, a possessor or an of-phrase ("nmod", possessives too), a clause, a
    // modifying noun or an apposition each narrow the kind to some of it
    let narrowed = |k: &usize| matches!(v.base_rel(*k), "det" | "nummod" | "nmod" | "acl" | "compound" | "appos");
    let counted = words::get("quantity_words").contains(&v.lemmas[o].as_str());
    let common = v.word(o).starts_with(char::is_lowercase) && v.entity_label(o).is_none();
    common && !counted && v.inflected_plural(o) && !v.kids(o).iter().any(narrowed)
}

/// The act's phrase names no day, place or toll of its own.
fn unplaced(v: &View, head: usize) -> bool {
    let span = v.subtree(head);
    // "killing civilians" is read as a toll of no count: only a counted one is an incident's.
    let toll = v.casualties().iter().any(|c| c.count.is_some() && span.contains(&c.tokens.start));
    // "in the village of Bali", "near Kismayo", "in Aceh": where it happened.
    let at = |k: usize| v.case_of(k).is_some_and(|c| words::get("locative").contains(&c.as_str()));
    let placed =
        v.kids_with(head, &["obl"]).any(|k| !v.is_dated(k) && (at(k) || v.subtree(k).any(|i| v.is_place_name(i))));
    !toll && !placed && !span.clone().any(|i| v.is_dated(i))
}
