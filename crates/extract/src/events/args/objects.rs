//! The objects of an active verbal trigger: targets, "each other", a fight's other side, the
//! victims a coordinated verb shares, and whom an event noun or a wielded weapon is aimed at.
use super::*;

/// The objects of an active verbal trigger: targets, "each other", a fight's other side.
pub(super) fn objects(v: &View, t: usize, inverted: Option<usize>, r: &mut Roles) {
    // "designated BLA a terrorist group": a second bare object says what the first is called (not
    // "each other", nor an apposition after a comma: "stormed the Mavi Marmara, a Turkish ship").
    let first =
        |c: usize| v.kids_with(t, &["obj"]).any(|o| o < c && !v.is_reciprocal(o) && !(o..c).any(|k| v.word(k) == ","));
    let complement = |c: &usize| v.rel(*c) == "obj" && !v.is_reciprocal(*c) && first(*c);
    // "fought their way into the town", "forced their way into the compound": the way is how they
    // went, not whom they acted on (event_words `path_objects`).
    let path = |c: &usize| words::get("path_objects").contains(&v.lemmas[*c].as_str());
    for c in v.kids_with(t, &["obj", "iobj"]).filter(|&c| Some(c) != inverted && !complement(&c) && !path(&c)) {
        if v.is_reciprocal(c) {
            r.reciprocal = true;
        } else if let Some(w) = clash_partner(v, t, c) {
            // "fought running gun battles with gunmen", "exchanged fire with militants": the
            // partner of the battle noun, or of the verb phrase's own noun, is the other side.
            with_side(v, w, r);
        } else {
            // "the army, which Aristide disbanded": a relative pronoun stands for its noun.
            r.targets.push(v.antecedent(t, c));
            // "repelled an attack by rebels": the attackers, not what they aimed at.
            let attackers = repelled::attackers(v, t, c);
            if attackers.is_empty() {
                r.aims.extend(aimed_at(v, t, c));
            }
            r.aims.extend(attackers);
        }
    }
}

/// "militias abducted and killed three activists", "kidnapped and beheaded an aid worker": a verb
/// with no object of its own shares the victims of the casualty verb coordinated after it (with no
/// subject of its own), whom both acts fell on. So do two deeds of coercion or force ("looted and
/// burned the police post", "arrested and beat protesters", "raided and searched the offices"): the
/// parser hangs the shared object on the last verb only. Not a verb that takes no object ("fought
/// and seized the town": the town is the seizure's).
pub(super) fn raised_objects(v: &View, t: usize) -> Vec<usize> {
    if v.kids_with(t, &["obj", "iobj", "ccomp", "xcomp", "obl"]).next().is_some() {
        return Vec::new();
    }
    let verb = |c: usize| crate::lexicon::lookup_pos(&v.lemmas, c, Some(Pos::Verb));
    let casualty = |c: usize| verb(c).is_some_and(|m| m.entry.outcome);
    let deed = |c: usize| {
        let code = verb(c).and_then(|m| m.entry.cameo.clone()).unwrap_or_default();
        words::get("shared_object_roots").iter().any(|r| code.starts_with(r))
    };
    let transitive = !words::get("intransitive_verbs").contains(&v.lemmas[t].as_str());
    let shares = |c: usize| casualty(c) || (transitive && deed(t) && deed(c));
    let second = v.kids_with(t, &["conj"]).find(|&c| c > t && v.subject(c).is_none() && !v.is_passive(c) && shares(c));
    second.map(|c| v.kids_with(c, &["obj"]).collect()).unwrap_or_default()
}

/// "blamed the attacks on militants", "fighting an insurgency against the state": an event noun as
/// object of a blame or force verb `t` names no party; whom it is aimed at does (the target when the
/// object gives none). Not for other speech: "condemns any violence against civilians" accuses no
/// civilians (GUIDELINES 12.5). "fired 80 rockets at Israel", "dropped bombs on the village", "launched
/// missiles against Kyiv": a weapon a force verb wields is aimed the same way.
fn aimed_at(v: &View, t: usize, c: usize) -> Vec<usize> {
    let verb = crate::lexicon::lookup_pos(&v.lemmas, t, Some(Pos::Verb)).and_then(|m| m.entry.cameo.as_deref());
    let blame_or_force = verb.is_some_and(|code| code.starts_with("112") || is_force(code));
    let event_noun = crate::lexicon::lookup_pos(&v.lemmas, c, Some(Pos::Noun)).is_some_and(|m| m.tokens.len() == 1);
    if !blame_or_force || !(event_noun || crate::lexicon::is_weapon(&v.lemmas[c])) {
        return Vec::new();
    }
    let aimed = |k: &usize| {
        words::get("target_cases").contains(&v.case_of(*k).unwrap_or_default().as_str()) && !is_place_noun(v, *k)
    };
    v.kids_with(c, &["nmod"]).filter(|k| aimed(k) && !v.is_dated(*k)).collect()
}

/// "fired rockets at Israel": the aim of a wielded weapon is whom it is fired at, not where.
pub(super) fn weapon_aim(v: &View, c: usize, aims: &[usize]) -> bool {
    aims.contains(&c) && v.head(c).is_some_and(|h| crate::lexicon::is_weapon(&v.lemmas[h]))
}
