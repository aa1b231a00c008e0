//! Stage 3, parties: takes a trigger's [`Roles`] and the document [`Context`], gives its [`Sides`]
//! (source, actors, targets as [`Party`]s). [`sides`] here; `context` holds what the document has
//! named so far, `phrases` resolves a noun phrase to parties against it (`pronouns`, `antecedents`, `objects`,
//! `possessors`, `owners`, `partitives` for pronouns, possessives and "some of whom"; `gear` for the
//! force a tank or aircraft hit belongs to; `place_targets` drops places read as targets;
//! `role_antecedent`
//! for "the junta", "the spokesman"; `followers` for "supporters of X", "loyal to X"; `hedged` for "gunmen believed to be X"; `names`,
//! `namesakes`, `gender`, `offices`, `igo_officials`, `acronyms`, `bases` for people and bodies);
//! [`attribution`] reads the source and `speakers` the last speaker.
//!
//! Stage 3 of a trigger: its parties. The role words of stage 2 become [`Party`]s against the
//! document [`Context`] (pronouns, "the two countries", the last speaker): first the source that
//! reports the event, then the actors (read in the source's words: "the enemy", a quoted "we"), then
//! the targets (never the actor's own side when another is named).
mod acronyms;
pub(super) mod antecedents;
pub mod attribution;
mod bases;
mod bodies;
pub(super) mod context;
pub(super) mod counted;
mod followers;
mod gear;
mod gender;
mod hedged;
pub(super) mod home;
mod igo_officials;
pub(super) mod judged;
mod names;
mod namesakes;
mod object_persons;
mod objects;
mod offices;
mod owners;
mod partitives;
pub(super) mod phrases;
mod place_targets;
mod possessors;
pub(super) mod pronouns;
mod role_antecedent;
mod shared_noun;
pub(super) mod speakers;
use super::args::Roles;
use super::tense;
use super::view::View;
use super::words;
use crate::events::triggers::accused;
use crate::events::triggers::trigger::Trigger;
use crate::events::words::is_pronoun;
use crate::parties;
use casus_core::Party;
use context::Context;
use phrases::parties_of;

/// The parties of one trigger.
pub(super) struct Sides {
    pub(super) source: Option<Party>,
    pub(super) actors: Vec<Party>,
    pub(super) targets: Vec<Party>,
}

/// The source, actors and targets of `t` from its `roles` (whose targets lose weapons and tolls).
pub(super) fn sides(v: &View, ctx: &mut Context, t: &Trigger, roles: &mut Roles) -> Sides {
    let mut source = source(v, ctx, t);
    let mut actors = actors(v, ctx, t, roles, source.as_ref());
    if t.agent.as_deref().and_then(parties::normalize).is_some() {
        // "Moscow-brokered ceasefire": the participle's noun is what the agent did, not its target.
        roles.targets.clear();
    }
    // "used artillery, mortars and drones": weapons are the instrument, not who was struck; "caused
    // 6,500 deaths": a toll is the casualties slot.
    roles.targets.retain(|&x| {
        !gear::instrument(v, t, x)
            && !words::get("toll_nouns").contains(&v.lemmas[x].as_str())
            && !generic_victims(v, x)
            && !in_denied_act(v, t, x)
    });
    roles.aims.retain(|&x| !in_denied_act(v, t, x));
    let mut targets = targets(v, ctx, roles, actors.first(), source.as_ref());
    own_side_accuser(v, ctx, t, roles, &mut actors, &targets, &mut source);
    if targets.is_empty() && owners::comments_on(&t.cameo) {
        // A concern no one voices ("amid concerns over U.S. policy") is about no one either.
        let things = if roles.targets.is_empty() && !actors.is_empty() {
            let topics = || owners::topics(v, t.m.tokens.start.min(t.head)..t.m.tokens.end.max(t.head + 1));
            owners::relative_head(v, t.head).map(|n| vec![n]).unwrap_or_else(topics)
        } else {
            roles.targets.clone()
        };
        targets = owners::owned(v, ctx, &things, &actors);
    }
    Sides { source, actors, targets }
}

/// "denies targeting civilians", "denied that soldiers had fired on the crowd": whom a denied act fell
/// on is not whom the denial answers (GUIDELINES §12.5: a denied act is no event), so a denial's
/// target is never inside the clause it denies.
fn in_denied_act(v: &View, t: &Trigger, x: usize) -> bool {
    if !t.cameo.starts_with("016") {
        return false;
    }
    let denial = |k: &usize| words::get("denial_verbs").contains(&v.lemmas[*k].as_str());
    // "denies targeting": the denied verb may be the trigger, recoded by its governing denial.
    let mut verbs = t.m.tokens.clone().chain([t.head]).chain(t.governor).filter(denial);
    verbs.any(|d| v.kids_with(d, &["ccomp", "xcomp"]).any(|c| v.subtree(c).contains(&x)))
}

/// "It said the Azerbaijani leadership is trying to thwart the talks": no party accuses or criticizes
/// its own side, so a pronoun accuser resolved to the side it accuses stands for the latest party of
/// another country; so does the same pronoun as the statement's source.
fn own_side_accuser(
    v: &View,
    ctx: &Context,
    t: &Trigger,
    roles: &Roles,
    actors: &mut Vec<Party>,
    targets: &[Party],
    source: &mut Option<Party>,
) {
    let [head] = roles.actors[..] else { return };
    let [actor] = &actors[..] else { return };
    let judging = t.cameo.starts_with("11") || t.cameo.starts_with("12");
    let own = |p: &Party| p.country.is_some() && (&p.country, &p.role) == (&actor.country, &actor.role);
    if !judging || !is_pronoun(&v.lemmas[head]) || !targets.iter().any(own) {
        return;
    }
    let Some(other) = ctx.referent(actor.country.as_deref()) else { return };
    let other = Party { text: actor.text.clone(), ..other.clone() };
    if source.as_ref() == Some(actor) {
        *source = Some(other.clone());
    }
    *actors = vec![other];
}

/// "at least seven people were killed", "detained 20 people": generic victims name no party; the
/// count stays in the casualties (GUIDELINES 12.9). A word that says who they are makes them one
/// ("innocent people", "people, mostly civilians", "the people of Afghanistan"); a subset named with
/// "including" or "among them" does not ("70 people, including soldiers and civilians"), nor a place.
fn generic_victims(v: &View, x: usize) -> bool {
    let says_who = |k: &usize| match v.base_rel(*k) {
        "amod" => !words::get("quantity_words").contains(&v.lemmas[*k].as_str()),
        // by its word, not its lemma: the lemmatizer makes "including" "include"; "ten people at the
        // Somali border", "people in the market": where they were says no more who they are.
        "nmod" => !v
            .kids_with(*k, &["case"])
            .any(|c| words::is_subset_word(&v.lower(c)) || words::get("locative").contains(&v.lower(c).as_str())),
        // "55 people, among them soldiers and Christians": members named, as with "including"
        "appos" => !member_list(v, *k),
        "acl" | "compound" => true,
        _ => false,
    };
    words::get("generic_victims").contains(&v.lemmas[x].as_str()) && !v.kids(x).iter().any(says_who)
}

/// An apposition that names some members of a count through a pronoun ("among them soldiers and
/// Christians"): like "including", it does not say who all of them are.
fn member_list(v: &View, appos: usize) -> bool {
    let among =
        |p: &usize| v.kids_with(*p, &["case"]).any(|c| words::get("member_cases").contains(&v.lower(c).as_str()));
    v.kids(appos)
        .iter()
        .any(|p| *p < appos && words::get("partitive_pronouns").contains(&v.lemmas[*p].as_str()) && among(p))
}

/// Who reports the event; the context hears them (the next "he" may be them). An accused act no
/// one reports is the accuser's claim (GUIDELINES §12.5).
fn source(v: &View, ctx: &mut Context, t: &Trigger) -> Option<Party> {
    let accuser = || t.accused.and_then(|a| accused::accuser(v, a.accusation));
    let source_head = attribution::source(v, t.head).or_else(accuser);
    let mut source = source_head.and_then(|s| parties_of(v, ctx, &[s], None).into_iter().next());
    if let (Some(p), Some(h)) = (source.as_mut(), source_head) {
        if let Some(person) = stateless_official(v, h, p) {
            p.name = Some(person);
        }
    }
    if let (Some(s), Some(h)) = (&source, source_head) {
        ctx.heard(s, is_pronoun(&v.lemmas[h]));
        ctx.remember(s);
    }
    source
}

/// "A U.N. spokesman, Jane Doe, said": an official of a body of no state is named as the person
/// (GUIDELINES §5), when the phrase or its apposition names one; "a U.N. spokesman" stays the body.
fn stateless_official(v: &View, head: usize, p: &Party) -> Option<String> {
    if p.country.is_some() || p.name.is_none() {
        return None;
    }
    let spans: Vec<std::ops::Range<usize>> =
        std::iter::once(v.phrase(head)).chain(v.kids_with(head, &["appos"]).map(|a| v.phrase(a))).collect();
    let person = v
        .sent
        .entities
        .iter()
        .filter(|e| e.label == "PER" && e.tokens.len() >= 2)
        .find(|e| spans.iter().any(|r| r.start <= e.tokens.start && e.tokens.end <= r.end))?;
    Some(v.text(person.tokens.clone()).to_string())
}

fn actors(v: &View, ctx: &Context, t: &Trigger, roles: &Roles, source: Option<&Party>) -> Vec<Party> {
    let mut actors = parties_of(v, ctx, &roles.actors, None);
    // "Israel-Hamas war", "US-Taliban talks": parties of two countries, or a dash between them, are
    // two sides, however the parse stacks them.
    let countries: std::collections::BTreeSet<&str> = actors.iter().filter_map(|a| a.country.as_deref()).collect();
    let dashed = || {
        (roles.actors.iter().min().copied().unwrap_or(0)..t.head).any(|k| matches!(v.word(k), "-" | "–" | "—" | "/"))
    };
    if actors.len() > 1 && countries.len() < 2 && !dashed() && stacked_modifiers(v, t.head, &roles.actors) {
        actors = vec![one_modifier_party(v, &roles.actors, actors)];
    }
    // "He assured that the enemy had targeted …": the enemy of the speaker's side.
    if let Some(own) = source.and_then(|s| s.country.clone()) {
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
    if let Some(s) = source {
        if roles.actors.iter().any(|&a| matches!(v.lemmas[a].as_str(), "i" | "we") && tense::quoted(v, a)) {
            actors = vec![Party { text: v.text(v.phrase(roles.actors[0])).to_string(), ..s.clone() }];
        }
    }
    if let Some(agent) = &t.agent {
        if let Some(info) = parties::normalize(agent) {
            return vec![Party { text: agent.clone(), name: info.name, country: info.country, role: info.role }];
        }
    }
    actors
}

fn targets(v: &View, ctx: &Context, roles: &Roles, actor: Option<&Party>, source: Option<&Party>) -> Vec<Party> {
    let avoid = actor.and_then(|a| a.country.clone());
    let heads: Vec<usize> =
        roles.targets.iter().copied().filter(|&x| !place_targets::place_only(v, ctx, x, avoid.as_deref())).collect();
    let mut targets = gear::parties(v, ctx, &heads, avoid.as_deref());
    if targets.is_empty() {
        targets = parties_of(v, ctx, &roles.aims, avoid.as_deref());
    }
    // "The U.S. urged all parties to talk", in a story whose two main states are Kyrgyzstan and the
    // U.S.: no party acts on itself when the phrase names another.
    let itself = |p: &Party| {
        actor.is_some_and(|a| a.name.is_some() && (&a.name, &a.country, &a.role) == (&p.name, &p.country, &p.role))
    };
    if targets.iter().any(|p| !itself(p)) {
        targets.retain(|p| !itself(p));
    }
    // "the enemy had targeted military and civilian infrastructure", in the words of one side:
    // what the other side struck without a country named belongs to the side that reports it. Armed
    // groups are no one's own: "Iraqi and U.S. forces detained 40 suspected insurgents, the U.S.
    // military said" names no American insurgents.
    let own_side = |p: &Party| {
        p.country.is_none()
            && p.role.as_deref().is_none_or(|r| r != "IGO" && !words::get("armed_group_roles").contains(&r))
    };
    if let (Some(own), Some(theirs)) = (source.and_then(|s| s.country.clone()), avoid.as_ref()) {
        for p in targets.iter_mut().filter(|p| own_side(p)) {
            if &own != theirs {
                p.country = Some(own.clone());
                p.name = parties::country_name(&own).map(str::to_string);
            }
        }
    }
    targets
}

/// "Kyrgyz opposition protests", "Russian military strikes": modifiers stacked before an event noun
/// with no "and" between them narrow one party; only coordinated ones ("NATO and Afghan strikes")
/// name several.
fn stacked_modifiers(v: &View, noun: usize, heads: &[usize]) -> bool {
    let modifier = |k: &usize| *k < noun && v.head(*k) == Some(noun) && matches!(v.rel(*k), "amod" | "compound");
    let coordinated = |k: &usize| v.kids_with(*k, &["cc", "conj"]).next().is_some();
    heads.len() > 1 && heads.iter().all(modifier) && !heads.iter().any(coordinated)
}

/// The one party of stacked modifiers: the one nearest the noun says what kind ("opposition",
/// "military"), an earlier one the state when the nearest names none ("Kyrgyz", "Russian").
fn one_modifier_party(v: &View, heads: &[usize], parties: Vec<Party>) -> Party {
    let state = parties.iter().find_map(|p| p.country.clone());
    let mut last = parties.into_iter().last().expect("two or more parties");
    if last.country.is_none() {
        last.country = state;
    }
    let (first, end) = (heads.iter().min().copied().unwrap_or(0), heads.iter().max().copied().unwrap_or(0));
    last.text = v.text(first..end + 1).to_string();
    last
}

/// "the Armenian and Azerbaijani foreign ministers", "NATO and Afghan forces", "Police and security
/// forces": one party per coordinated nationality, name or kind (parties of one noun phrase).
pub(super) fn split_modifiers(v: &View, head: usize) -> Option<Vec<Party>> {
    let Some(mods) = coordinated_modifiers(v, head) else { return split_owners(v, head) };
    let last = *mods.iter().max()?;
    let noun = v.text(last + 1..head + 1).trim_start_matches(['"', '“', '”', ' ']).to_string();
    let mut out = Vec::new();
    for a in mods {
        // "Armenian and Azerbaijani ministers"; "military and civilian infrastructure" (roles only).
        let mut info = parties::normalize(&format!("{} {noun}", v.word(a)))?;
        info.country.as_ref().or(info.role.as_ref())?;
        // "Police and security forces": a role noun as modifier keeps its own role.
        if v.rel(a) == "compound" {
            let own = parties::normalize(v.word(a)).filter(|o| o.country.is_none() && o.name.is_none());
            info.role = own.and_then(|o| o.role).or(info.role);
        }
        out.push(Party {
            text: v.text(v.phrase(head)).to_string(),
            name: info.name,
            country: info.country,
            role: info.role,
        });
    }
    (out.len() > 1).then_some(out)
}

/// The coordinated modifiers of a party noun, in order: "Armenian and Azerbaijani (ministers)",
/// "NATO and Afghan (forces)" with "and" on the second modifier and no conj link, "Police and security
/// (forces)"; each names one party with the noun. None unless there are two or more.
fn coordinated_modifiers(v: &View, head: usize) -> Option<Vec<usize>> {
    let modifier = |k: usize| k < head && matches!(v.rel(k), "amod" | "compound");
    let mods: Vec<usize> = v.kids(head).iter().copied().filter(|&k| modifier(k)).collect();
    if let Some(&first) = mods.iter().find(|&&a| v.kids_with(a, &["conj"]).next().is_some()) {
        let all = v.conjuncts(first);
        return (all.iter().all(|&a| a < head) && all.len() > 1).then_some(all);
    }
    // "NATO/compound and/cc Afghan/amod forces": the "and" hangs on the second modifier.
    let second = *mods.iter().find(|&&m| v.kids_with(m, &["cc"]).next().is_some())?;
    let first = mods.iter().copied().filter(|&m| m < second).max()?;
    let joined = (first + 1..second).all(|k| matches!(v.base_rel(k), "cc" | "punct") || v.head(k) == Some(first));
    joined.then(|| vec![first, second])
}

/// "the embassies of Rwanda, France and Belgium", "the armies of Mali and Niger": a party noun whose
/// of-phrase lists states is one party per state, each in the noun's role, as "the Malian and
/// Nigerien armies" would be.
fn split_owners(v: &View, head: usize) -> Option<Vec<Party>> {
    let of = v.kids_with(head, &["nmod"]).find(|&k| k > head && v.case_of(k).as_deref() == Some("of"))?;
    let states = v.conjuncts(of);
    let state = |c: &usize| parties::is_state_name(v.text(v.phrase(*c)));
    if states.len() < 2 || !states.iter().all(state) {
        return None;
    }
    let start = v.phrase(head).start;
    let noun = v.text(start..head + 1);
    // The whole list is the quoted span of each, as for coordinated modifiers.
    let end = states.iter().map(|&c| v.phrase(c).end).max()?;
    let mut out = Vec::new();
    for c in states {
        let info = parties::normalize(&format!("{noun} of {}", v.text(v.phrase(c))))?;
        let role = info.role.filter(|_| info.country.is_some())?;
        let text = v.text(start..end).to_string();
        out.push(Party { text, name: info.name, country: info.country, role: Some(role) });
    }
    Some(out)
}
