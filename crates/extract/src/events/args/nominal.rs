//! Roles of an event noun ("the rebels' attack on the town", "a suicide bomber killed 40"): its own
//! dependents first, then the clause around it (the verb it is subject or object of, a light verb,
//! a claim), then what the sentence's places and coordination add. Shares the parse helpers of
//! [`super`] (places, sides, co-actors).
use super::*;

/// Roles of a nominal trigger ("Azerbaijan's offensive against ...", "clashes between A and B",
/// "fire by the Azerbaijani armed forces towards Armenian positions"): its own phrase first, then the
/// clause that holds it, then a modifier that names a party.
pub fn nominal(v: &View, t: usize) -> Roles {
    let mut r = Roles::default();
    for c in v.kids(t).iter().copied().filter(|&c| !v.is_dated(c)) {
        own_dependent(v, t, c, &mut r);
    }
    super::owned::own_subject(v, t, &mut r);
    if r.actors.is_empty() && r.targets.is_empty() {
        participle_sides(v, t, &mut r);
    }
    if r.actors.is_empty() {
        r.actors = super::folded::participle_agents(v, t);
    }
    if r.actors.is_empty() && names_doer(v, t) {
        r.actors.push(t);
    }
    if r.targets.is_empty() {
        r.targets = super::under::undergoers(v, t);
    }
    if r.targets.is_empty() {
        r.targets = struck(v, t);
    }
    if r.targets.is_empty() {
        r.targets = light_verb_aims(v, t);
    }
    // "held a summit in Riyadh to defeat the militants": only an operation is aimed by its purpose.
    if r.targets.is_empty() && forceful(v, t) {
        r.targets = super::purpose::aimed_by_purpose(v, t);
    }
    if r.targets.is_empty() {
        r.targets = crate::events::triggers::participles::aimed_at(v, t);
    }
    if r.actors.is_empty() && r.targets.is_empty() && is_clash(v, t) {
        involving(v, t, &mut r);
    }
    // The doer from the clause around the noun, first that names one.
    for find in [clause_actors, claimed_or_shared, folded_into, held_gathering] {
        if r.actors.is_empty() {
            find(v, t, &mut r);
        }
    }
    if r.actors.is_empty() {
        joined_noun_clause(v, t, &mut r);
    }
    if r.actors.is_empty() {
        r.actors = super::responsible::held_responsible(v, t);
    }
    let facilities = struck_facilities(v, t);
    if r.targets.is_empty() {
        r.targets = facilities.clone();
    }
    if r.actors.is_empty() {
        r.actors = modifier_doers(v, t, &facilities);
    }
    // "an airstrike targeting his location in the desert": a place aimed at says where, not whom.
    let targets: Vec<usize> = r.targets.iter().copied().filter(|&x| !aimed_place(v, t, x)).collect();
    r.places = places(v, t, &r.targets);
    // "the Kabul bombing", "the Kabul hotel attack", "an attack on a Kandahar school": a town before
    // the noun or what it struck is where.
    let struck = facilities.iter().chain(&r.targets).copied();
    let towns = std::iter::once(t).chain(struck).flat_map(|h| v.kids_with(h, &["compound"]));
    r.places.extend(towns.filter(|&c| super::towns::town_modifier(v, c)).collect::<Vec<usize>>());
    r.targets = targets;
    // "the incident occurred near …", "killed in a gun battle … in the town of L'Estere": the
    // clause that holds the event noun places it.
    let occurrence =
        |h: usize| v.base_rel(t) == "nsubj" && words::get("occurrence_verbs").contains(&v.lemmas[h].as_str());
    if let Some(h) = v.head(t).filter(|&h| occurrence(h) || v.base_rel(t) == "obl") {
        r.places.extend(places(v, h, &[]));
    }
    r.places.extend(swept(v, t));
    r.acts = acts(v, t);
    expand(v, &mut r);
    r
}

/// "Azerbaijani strikes": a modifier that names a party (the caller keeps it only if it does). "the
/// Marriott Hotel bombing": a word of the struck facility's name is no doer either; "the Al-Shabaab
/// hotel siege": a party's name before the facility still names the doer.
fn modifier_doers(v: &View, t: usize, facilities: &[usize]) -> Vec<usize> {
    let in_facility = |c: usize| {
        facilities.contains(&c)
            || (matches!(v.base_rel(c), "compound" | "flat")
                && facilities.contains(&(c + 1))
                && !armed_or_official_party(v, c))
    };
    // "Ethnic violence", "Sectarian clashes" (capitalized at a headline's start, tagged as a people):
    // a word that describes a conflict names no doer unless the lexicon reads a party in it.
    let epithet = |c: usize| {
        words::get("group_epithets").contains(&v.lower(c).as_str())
            && crate::parties::normalize(v.word(c))
                .is_none_or(|p| p.name.is_none() && p.role.is_none() && p.country.is_none())
    };
    // "Sudan Clashes Kill 20", "Iran Protests Spread": a state's name on a noun of what happens in a
    // place (`place_event_nouns`) is where, not who; "Israeli strikes" keeps its doer.
    let happens_in = words::get("place_event_nouns").contains(&v.lemmas[t].as_str());
    let place = |c: usize| happens_in && crate::parties::is_state_name(v.word(c));
    // "anti-government protests", "anti-junta rallies": the modifier names whom the event opposes.
    let opposed = |c: usize| v.lower(c).starts_with("anti-");
    let mut doers: Vec<usize> = v
        .kids_with(t, &["amod", "compound"])
        .filter(|&c| c < t && !in_facility(c) && !epithet(c) && !place(c) && !opposed(c))
        .collect();
    // "the Taliban school attack" may come parsed with the doer under the facility noun.
    let facility_doers = facilities.iter().flat_map(|&f| v.kids_with(f, &["compound", "flat"]).collect::<Vec<_>>());
    doers.extend(facility_doers.filter(|&c| armed_or_official_party(v, c)));
    doers
}

/// "the hotel attack", "a school bombing": a noun modifier naming a facility or civilians is what the
/// event struck (GUIDELINES §12.9 "Places and facilities as objects"), never who did it; "Taliban
/// attack" and "Russian strikes" name the doer. Only acts of force or coercion strike: in "worker
/// protests" the modifier is who protests.
fn struck_facilities(v: &View, t: usize) -> Vec<usize> {
    if !forceful(v, t) {
        return Vec::new();
    }
    // The facility noun itself: "the Kabul hotel attack" strikes a hotel, wherever it stands.
    let civilian = |c: &usize| {
        [v.text(v.phrase(*c)), v.word(*c)].into_iter().any(|span| {
            crate::parties::normalize(span).is_some_and(|p| p.country.is_none() && p.role.as_deref() == Some("CVL"))
        })
    };
    v.kids_with(t, &["compound"]).filter(|&c| c < t).filter(civilian).collect()
}

/// Whether event noun `t` is an act of force or coercion (CAMEO 17, 18-20).
fn forceful(v: &View, t: usize) -> bool {
    let code = crate::lexicon::lookup_pos(&v.lemmas, t, Some(Pos::Noun)).and_then(|m| m.entry.cameo.clone());
    code.is_some_and(|c| is_force(&c) || c.starts_with("17"))
}

/// Whether word `c` names an armed or official party ("Al-Shabaab", "Taliban"), not a place ("the
/// Kabul hotel attack") nor civilians.
fn armed_or_official_party(v: &View, c: usize) -> bool {
    let role = crate::parties::normalize(v.word(c)).and_then(|p| p.role);
    role.is_some_and(|r| r != "CVL") && !crate::parties::is_country_name(v.word(c))
}

/// A place noun ("location") that an aiming participle on event noun `t` takes as object.
fn aimed_place(v: &View, t: usize, x: usize) -> bool {
    is_place_noun(v, x)
        && v.head(x).is_some_and(|p| v.head(p) == Some(t) && crate::events::triggers::participles::describes_noun(v, p))
}

/// "A suicide bomber killed 40 pilgrims": a trigger noun that names who attacks, not an act, is its
/// own actor (an armed party of no state: bombers, gunmen).
fn names_doer(v: &View, t: usize) -> bool {
    let act = crate::lexicon::lookup_pos(&v.lemmas, t, Some(Pos::Noun)).is_some();
    !act && v.party_role(t).is_some_and(|r| words::get("nonstate_armed_roles").contains(&r.as_str()))
}

/// The objects of each predicate of which event noun `t` is the shared subject, when it has two or
/// more ("operation rescued 190 passengers and killed 30 terrorists", "the bombing caused heavy damage
/// to shops and caused a fire"). Tolls alone ("killed 19 and wounded 30", "injured the army chief and
/// killed eight") stay the noun's victims, as before.
fn acts(v: &View, t: usize) -> Vec<Vec<usize>> {
    let Some(h) = v.head(t).filter(|_| v.base_rel(t) == "nsubj") else { return Vec::new() };
    let own = |p: usize| v.kids_with(p, &["obj"]).flat_map(|o| v.conjuncts(o)).collect::<Vec<usize>>();
    let shared = |c: &usize| v.kids_with(*c, &["nsubj", "nsubj:pass"]).next().is_none() && !own(*c).is_empty();
    let mut preds = vec![h];
    preds.extend(v.kids_with(h, &["conj"]).filter(shared));
    let outcome =
        |p: &usize| crate::lexicon::lookup_pos(&v.lemmas, *p, Some(Pos::Verb)).is_some_and(|m| m.entry.outcome);
    if preds.len() < 2 || own(h).is_empty() || preds.iter().all(outcome) {
        return Vec::new();
    }
    preds.into_iter().map(own).collect()
}

/// "Heavy gunfire and explosions have gripped Ivory Coast's main city, Abidjan", "explosions rocked
/// Kabul": a named place that the event noun's verb of sweeping over (event_words sweep_verbs) takes as
/// object is where it happened; "the attack angered Washington" names a government, not a place.
fn swept(v: &View, t: usize) -> Vec<usize> {
    let sweeping = |h: &usize| words::get("sweep_verbs").contains(&v.lemmas[*h].as_str());
    let Some(h) = v.head(t).filter(|_| v.base_rel(t) == "nsubj").filter(sweeping) else { return Vec::new() };
    // A state as object says who ("left Azerbaijan in control"); a generic noun counts by its name.
    let named = |k: &usize| {
        (v.is_place_name(*k) && !crate::parties::is_country_name(v.word(*k)))
            || super::place_names::named_below(v, *k).is_some()
    };
    v.kids_with(h, &["obj"]).filter(named).collect()
}

/// "The airstrike hit a hotel and a market": a force verb whose subject is the event noun is no event
/// of its own (stage 1 keeps the noun); what it struck is the noun's target.
fn struck(v: &View, t: usize) -> Vec<usize> {
    let Some(h) = v.head(t).filter(|_| v.base_rel(t) == "nsubj") else { return Vec::new() };
    let force = crate::lexicon::lookup_pos(&v.lemmas, h, Some(Pos::Verb))
        .is_some_and(|m| !m.entry.outcome && m.entry.cameo.as_deref().is_some_and(is_force));
    if !force {
        return Vec::new();
    }
    v.kids_with(h, &["obj"]).collect()
}

/// One dependent `c` of the event noun `t`: a possessor or by-phrase acts, an of-phrase acts or
/// undergoes by the noun's kind, "between"/"with" name the sides, an aimed phrase the target.
fn own_dependent(v: &View, t: usize, c: usize, r: &mut Roles) {
    let case = v.case_of(c).unwrap_or_default();
    match v.rel(c) {
        // "the journalist's arrest": the possessor of what is done to someone undergoes it.
        "nmod:poss" if r.targets.is_empty() && super::folded::holder_undergoes(v, t, c) => r.targets.push(c),
        // "Angola's civil war": a state that holds a noun of what happens in a place is where.
        "nmod:poss" if super::towns::scene_possessor(v, t, c) => {}
        "nmod:poss" => r.actors.push(c),
        "nmod" | "obl" if case == "by" || case == "from" && r.actors.is_empty() => r.actors.push(c),
        // "with the support of Armenia": who supports, helps or backs.
        "nmod" | "obl" if case == "of" && words::get("agentive_of").contains(&v.lemmas[t].as_str()) => r.actors.push(c),
        "nmod" | "obl"
            if case == "of" && words::get("patient_of").contains(&v.lemmas[t].as_str()) && r.targets.is_empty() =>
        {
            r.targets.push(c)
        }
        "nmod" | "obl" if case == "between" => between(v, c, r),
        // "soldiers were killed in clashes with Armenian forces": the dead's side and the other.
        "nmod" | "obl" if case == "with" && is_clash(v, t) => {
            let victims = v
                .head(t)
                .filter(|_| v.base_rel(t) == "obl")
                .and_then(|h| v.kids_with(h, &["nsubj", "nsubj:pass"]).next());
            r.fallen = victims.is_some();
            r.actors.extend(victims);
            with_side(v, c, r);
        }
        "nmod" | "obl"
            if words::get("target_cases").contains(&case.as_str()) && r.targets.is_empty() && !is_place_noun(v, c) =>
        {
            r.targets.push(c)
        }
        _ => {}
    }
}

/// "fighting reported between troops and rebels", "clashes that erupted between A and B": a
/// participle or a relative clause without a subject of its own right after the event noun names its
/// sides with its between-phrase (a stretch between two towns names a place). Right after a mutual
/// noun it is that noun's even where the parser hung it on an earlier one ("an operation … has gone
/// on with exchanges of fire reported between A and B").
fn participle_sides(v: &View, t: usize, r: &mut Roles) {
    let relative = words::get("relative_pronouns");
    let subjectless =
        |p: usize| v.kids_with(p, &["nsubj", "nsubj:pass"]).all(|s| relative.contains(&v.lemmas[s].as_str()));
    let end = v.phrase(t).end;
    let adjacent = |p: usize| end <= p && (end..p).all(|k| v.ancestors(k).any(|a| a == p));
    let mutual = || crate::lexicon::lookup_pos(&v.lemmas, t, Some(Pos::Noun)).is_some_and(|m| m.entry.mutual);
    let clause = (end..v.len()).find(|&p| {
        v.base_rel(p) == "acl"
            && adjacent(p)
            && subjectless(p)
            && (v.head(p) == Some(t) || v.head(p).is_some_and(|h| h < t) && mutual())
    });
    let Some(p) = clause else { return };
    let sides = v.kids(p).iter().copied().filter(|&c| v.case_of(c).as_deref() == Some("between"));
    for c in sides.filter(|&c| !between_places(v, c)).collect::<Vec<usize>>() {
        between(v, c, r);
    }
}

/// The actors of an event noun whose phrase names none, from the verb that governs it: who engages
/// in it, whose predicate noun it is, who remains in it, who carries it out.
fn clause_actors(v: &View, t: usize, r: &mut Roles) {
    // "Syrian rebels engaged Filipino peacekeepers in a firefight": who engages whom.
    if let Some(h) = v.head(t).filter(|&h| v.base_rel(t) == "obl" && v.lemmas[h] == "engage") {
        r.actors = verb_subjects(v, h, &["nsubj"]);
        if r.targets.is_empty() {
            r.targets = v.kids_with(h, &["obj"]).collect();
        }
    }
    if r.actors.is_empty() {
        // "Charles Michel is in contact with …": the subject of a predicate noun.
        r.actors = v.kids_with(t, &["nsubj"]).collect();
    }
    if r.actors.is_empty() {
        // "while remaining in contact with both sides": the state verb's subject.
        if let Some(h) =
            v.head(t).filter(|&h| v.base_rel(t) == "obl" && words::get("state_verbs").contains(&v.lemmas[h].as_str()))
        {
            // "have been engaged in talks": the subject may be parsed as a passive one.
            let subject = v.subject(h).or_else(|| v.kids_with(h, &["nsubj:pass"]).next());
            r.actors = subject.map(|s| vec![s]).unwrap_or_else(|| inherited_subject(v, h));
        }
    }
    // "the reporter remains in detention", "two journalists have been in detention": who is in a
    // state done to them undergoes it.
    if r.targets.is_empty()
        && !r.actors.is_empty()
        && r.actors.iter().all(|&a| super::folded::holder_undergoes(v, t, a))
    {
        r.targets = std::mem::take(&mut r.actors);
    }
    if r.actors.is_empty() {
        r.actors = answered_with(v, t).or_else(|| placed_by(v, t)).unwrap_or_default();
    }
    if r.actors.is_empty() {
        light_verb_actors(v, t, r);
    }
}

/// "The army responded with air strikes", "Israel retaliated with artillery fire": who answers with the
/// act does it.
fn answered_with(v: &View, t: usize) -> Option<Vec<usize>> {
    let with = v.base_rel(t) == "obl" && v.case_of(t).as_deref() == Some("with");
    let h = v.head(t).filter(|&h| with && words::get("answer_verbs").contains(&v.lemmas[h].as_str()))?;
    Some(verb_subjects(v, h, &["nsubj"])).filter(|s| !s.is_empty())
}

/// "a roadside bomb planted by Taliban insurgents", "a car bomb driven by an Islamic State fighter",
/// "rockets fired by militants": the agent of the participle on the weapon or act does it.
fn placed_by(v: &View, t: usize) -> Option<Vec<usize>> {
    // Only verbs of handling a weapon or carrying out an act: "a fight joined by Brunei" is no doer.
    let handled = |p: &usize| {
        let lemma = v.lemmas[*p].as_str();
        ["placed_verbs", "wielding_verbs", "light_verbs"].iter().any(|l| words::get(l).contains(&lemma))
    };
    let agents: Vec<usize> =
        v.kids_with(t, &["acl"]).filter(handled).flat_map(|p| v.kids_with(p, &["obl:agent"])).collect();
    (!agents.is_empty()).then_some(agents)
}

/// "Azerbaijan carried out an offensive", "the coalition carried out a series of airstrikes": the
/// light verb's subject acts; "the attack was carried out by militants": its agent. So does the
/// subject of a verb that wields the weapon or deed the noun names ("detonated a car bomb and two
/// roadside bombs", "used suicide vests", "wreaked a wave of violence": `wielding_verbs`).
fn light_verb_actors(v: &View, t: usize, r: &mut Roles) {
    let noun = stand_in(v, t);
    let light = |h: &usize| {
        let lemma = v.lemmas[*h].as_str();
        words::get("light_verbs").contains(&lemma) || words::get("wielding_verbs").contains(&lemma)
    };
    if let Some(h) = v.head(noun).filter(|h| v.rel(noun) == "nsubj:pass" && light(h)) {
        if !used_for_else(v, h) {
            r.actors = passive_agents(v, h);
        }
        return;
    }
    // "declared Monday as a day of mourning": what the day is declared as is the declared event.
    let object = v.base_rel(noun) == "obj" || v.case_of(noun).as_deref() == Some("as");
    let Some(h) = v.head(noun).filter(|h| object && light(h) && !used_for_else(v, *h)) else {
        return;
    };
    r.actors = verb_subjects(v, h, &["nsubj"]);
    co_actors(v, h, r);
    if r.targets.is_empty() {
        // "carried out strikes on Karabakh forces": the target may hang off the verb.
        r.targets = v
            .kids_with(h, &["obl"])
            .filter(|&c| words::get("target_cases").contains(&v.case_of(c).unwrap_or_default().as_str()))
            .collect();
    }
    if r.actors.is_empty() {
        r.actors = inherited_subject(v, h);
    }
}

/// "used the attack as a pretext", "used the truce to regroup", "the killing was used by the
/// opposition to rally supporters": a wielding verb with an as-phrase or a to-purpose clause turns an
/// act to another end; its subject did not wield it (nor carry it out).
fn used_for_else(v: &View, h: usize) -> bool {
    if !words::get("wielding_verbs").contains(&v.lemmas[h].as_str()) {
        return false;
    }
    let marked = |k: usize, word: &str| v.kids_with(k, &["case", "mark"]).any(|m| v.lemmas[m] == word);
    v.kids_with(h, &["obl", "advcl"]).any(|k| marked(k, "as"))
        || v.kids_with(h, &["xcomp", "advcl"]).any(|k| marked(k, "to"))
}

/// "strikes were launched against civilian targets", "carried out raids on rebel camps": the aim of
/// the light verb that carries out event noun `t`, active or passive.
fn light_verb_aims(v: &View, t: usize) -> Vec<usize> {
    let noun = stand_in(v, t);
    let light = |h: &usize| words::get("light_verbs").contains(&v.lemmas[*h].as_str());
    let Some(h) = v.head(noun).filter(|h| matches!(v.rel(noun), "obj" | "nsubj:pass") && light(h)) else {
        return Vec::new();
    };
    let aimed = |c: &usize| {
        words::get("target_cases").contains(&v.case_of(*c).unwrap_or_default().as_str())
            && !v.is_dated(*c)
            && !is_place_noun(v, *c)
    };
    v.kids_with(h, &["obl"]).filter(aimed).collect()
}

/// The noun that stands in an event noun's place in the clause: the measure noun that counts it ("a
/// series of airstrikes", "the highest number of suicide bombings"), the first of nouns joined by
/// "and" ("suicide bombings and other attacks").
fn stand_in(v: &View, t: usize) -> usize {
    let mut noun = t;
    if v.base_rel(noun) == "conj" {
        noun = v.head(noun).filter(|&h| !v.is_clause(h)).unwrap_or(noun);
    }
    match v.head(noun) {
        Some(h) if v.base_rel(noun) == "nmod" && words::get("measure_nouns").contains(&v.lemmas[h].as_str()) => h,
        _ => noun,
    }
}

/// The by-agents of passive verb `h` and of the verbs joined to it ("was orchestrated and directed
/// by ringleaders").
fn passive_agents(v: &View, h: usize) -> Vec<usize> {
    let verbs = std::iter::once(h).chain(v.kids_with(h, &["conj"]).filter(|&c| v.subject(c).is_none()));
    verbs.flat_map(|k| v.kids_with(k, &["obl"]).filter(|&c| is_agent(v, c)).collect::<Vec<_>>()).take(1).collect()
}

/// Who an event noun belongs to when its own phrase does not say: the claimant ("X claimed
/// responsibility for the attack", GUIDELINES §12.5), the one blamed ("blamed the attack on X"), the
/// subject of a verb that steps it up or takes part in it ("ramped up attacks", "carried out a series
/// of airstrikes", "were involved in the fighting"), the sides of a fight the clause names ("fighting
/// flared up between A and B").
fn claimed_or_shared(v: &View, t: usize, r: &mut Roles) {
    let Some(h) = v.head(t) else { return };
    let lemma = |i: usize| v.lemmas[i].as_str();
    if matches!(lemma(h), "responsibility" | "credit") && v.case_of(t).as_deref() == Some("for") {
        if let Some(claim) = v.head(h).filter(|&c| words::get("claim_verbs").contains(&lemma(c))) {
            r.actors = verb_subjects(v, claim, &["nsubj"]);
        }
        return;
    }
    // "The military claimed the killing of 33 militants", "admitted the attack": who claims a deed as
    // their own did it (GUIDELINES §12.5).
    if v.base_rel(t) == "obj" && words::get("deed_claim_verbs").contains(&lemma(h)) {
        r.actors = verb_subjects(v, h, &["nsubj"]);
        if !r.actors.is_empty() {
            return;
        }
    }
    if lemma(h) == "blame" && v.base_rel(t) == "obj" {
        r.actors = crate::events::triggers::accused::blamed_on(v, h);
        return;
    }
    // "Past attacks were claimed by Islamic State", "the attack was orchestrated by ringleaders".
    let passive_deed =
        |h: usize| ["deed_claim_verbs", "step_up_verbs"].iter().any(|l| words::get(l).contains(&lemma(h)));
    let noun = stand_in(v, t);
    if let Some(h) = v.head(noun).filter(|&h| v.rel(noun) == "nsubj:pass" && passive_deed(h)) {
        r.actors = passive_agents(v, h);
        return;
    }
    // "a series of airstrikes": the measure noun stands in the verb's place; so does "part" in "took
    // part in the operation".
    let part = |n: usize| words::get("take_part_nouns").contains(&lemma(n));
    let stands_in = |h: usize| words::get("measure_nouns").contains(&lemma(h)) || part(h);
    let (noun, h) = match v.head(h) {
        Some(g) if stands_in(h) && v.base_rel(t) == "nmod" => (h, g),
        _ => (t, h),
    };
    let took_part = part(noun) && v.base_rel(noun) == "obj" && words::get("take_part_light_verbs").contains(&lemma(h));
    let joins = (v.base_rel(noun) == "obj" && words::get("step_up_verbs").contains(&lemma(h)))
        || (v.base_rel(noun) == "obl" && words::get("take_part_verbs").contains(&lemma(h)))
        || took_part
        || v.carries_on(noun, h);
    if joins {
        r.actors = verb_subjects(v, h, &["nsubj", "nsubj:pass"]);
        if r.actors.is_empty() {
            r.actors = inherited_subject(v, h);
        }
        return;
    }
    if v.base_rel(t) == "nsubj" {
        if let Some(c) = v.kids_with(h, &["obl"]).find(|&c| v.case_of(c).as_deref() == Some("between")) {
            between(v, c, r);
        }
    }
}

/// "the factions were locked in skirmishes and kidnappings", "claimed responsibility for the bombing
/// and the kidnapping": a noun joined by "and" to the event noun the clause governs shares that clause,
/// so the clause's doer is its doer too (its own phrase, read first, may name another).
fn joined_noun_clause(v: &View, t: usize, r: &mut Roles) {
    // Only a noun that fills a slot of the clause: a verb's conjunct has a clause of its own.
    let argument = |h: usize| matches!(v.base_rel(h), "obj" | "obl" | "nsubj" | "nsubj:pass" | "nmod");
    let Some(first) = v.head(t).filter(|&h| v.base_rel(t) == "conj" && argument(h) && !v.is_clause(h)) else {
        return;
    };
    for find in [clause_actors, claimed_or_shared, folded_into] {
        if r.actors.is_empty() {
            find(v, first, r);
        }
    }
}

/// "Police broke up marches by farmers", "a gathering of monks and activists": who held a street
/// gathering that force broke up are its actors, not what it acts on (GUIDELINES 12.4,
/// `crowds::held_by`). Elsewhere an "of" phrase may say what a protest is against ("protests of
/// the president").
fn held_gathering(v: &View, t: usize, r: &mut Roles) {
    let repressed = crate::events::triggers::dispersed::repressed(v, t);
    let Some(h) = v.head(t).filter(|_| repressed && words::get("protest_events").contains(&v.lemmas[t].as_str()))
    else {
        return;
    };
    let held = super::crowds::held_by(v, h, t);
    if !held.is_empty() {
        r.targets.retain(|x| !held.contains(x));
        r.actors = held;
    }
}

/// "Rebels killed three policemen in a remote jungle ambush", "the military killed 20 militants during
/// raids on camps": an active outcome verb with an object, in or during whose event noun it happened,
/// gives the noun its subject as actor and, when the noun names none, its object as target (even where
/// the noun's own modifiers, "remote jungle", name no one). A noun whose modifiers name a party keeps
/// it: "troops killed three militants after a Taliban ambush" was the Taliban's.
fn folded_into(v: &View, t: usize, r: &mut Roles) {
    let Some(h) = v.head(t).filter(|_| v.base_rel(t) == "obl") else { return };
    let scene = words::get("scene_cases").contains(&v.case_of(t).unwrap_or_default().as_str());
    // "the driver, who sustained injuries in the attack": a verb whose subject is the victim gives
    // the noun no actor.
    let outcome =
        crate::lexicon::lookup_pos(&v.lemmas, h, Some(Pos::Verb)).is_some_and(|m| m.entry.outcome && !m.entry.passive);
    let party =
        |c: usize| crate::parties::normalize(v.word(c)).is_some_and(|p| p.country.is_some() || p.role.is_some());
    let named = v.kids_with(t, &["amod", "compound", "nmod:poss"]).any(party);
    if !scene || !outcome || named || v.is_passive(h) {
        return;
    }
    // "killed at least 18 members of …" may come parsed as an oblique with no case: an object still.
    let bare = |c: &usize| v.case_of(*c).is_none() && !v.is_dated(*c);
    let objects: Vec<usize> = v.kids_with(h, &["obj"]).chain(v.kids_with(h, &["obl"]).filter(bare)).collect();
    if !objects.is_empty() {
        r.actors = verb_subjects(v, h, &["nsubj"]);
        if r.actors.is_empty() {
            // "troops pursued the attackers and killed five of them in a firefight": a second verb's
            // subject is the first's.
            r.actors = inherited_subject(v, h);
        }
        if r.targets.is_empty() {
            r.targets = objects;
        }
    }
}

/// The subjects of verb `h` that governs an event noun, a relative pronoun read as the noun its
/// clause modifies: in "rebels who launched an offensive" and "the group that spearheaded the
/// assault" the rebels and the group act, not "who" or "that".
pub(super) fn verb_subjects(v: &View, h: usize, rels: &[&str]) -> Vec<usize> {
    v.kids_with(h, rels).map(|s| v.antecedent(h, s)).collect()
}
