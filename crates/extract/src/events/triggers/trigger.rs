//! A trigger and what the stages after the trigger finder ask of it: its part of speech, its
//! argument words, whether its code is force or a speech act, the event of an agentive participle
//! ("Moscow-brokered"). Below the trigger finder (triggers.rs) and the filters it calls (reality.rs,
//! appeals.rs), which read these and are never read from here.
use crate::events::view::View;
use crate::events::words;
use crate::lexicon::{self, Pos, TriggerEntry, TriggerMatch};

/// A trigger kept for this sentence, with its resolved code.
pub(crate) struct Trigger {
    pub(crate) m: TriggerMatch,
    pub(crate) head: usize,
    pub(crate) cameo: String,
    /// Governor whose modality recoded this trigger ("threatened to strike"): it speaks for it.
    pub(crate) governor: Option<usize>,
    /// The agent named inside a hyphenated participle ("Moscow-brokered" → "Moscow").
    pub(crate) agent: Option<String>,
    /// The party a modal appeal is addressed to ("Islamabad must address …", [`super::appeals`]).
    pub(crate) addressee: Option<usize>,
    /// Who an accusation says did this act ("accused the army of killing …" → the army, [`super::accused`]).
    pub(crate) accused: Option<super::accused::Accused>,
    /// The "if" / "unless" clause of a conditional threat this trigger was made for ([`super::threats`]).
    pub(crate) condition: Option<usize>,
}

impl Trigger {
    /// A trigger of `cameo` at `head` with nothing but its match: no governor, agent, addressee,
    /// accused party or condition (the stages that find those set them with struct update syntax).
    pub(crate) fn new(m: TriggerMatch, head: usize, cameo: String) -> Trigger {
        Trigger { m, head, cameo, governor: None, agent: None, addressee: None, accused: None, condition: None }
    }
}

/// Part of speech of token `i` read off the parse: nominals take determiners, case markers and
/// nominal relations; everything else is treated as a verb.
pub(crate) fn pos(v: &View, i: usize) -> Pos {
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

/// A call or contact at a distance ("spoke by phone", "in contact with"): a meeting held nowhere,
/// told from the caller's side (remote_contacts).
pub(crate) fn remote_contact(v: &View, t: &Trigger) -> bool {
    t.m.tokens.clone().any(|i| words::get("remote_contacts").contains(&v.lemmas[i].as_str()))
}

pub(crate) fn is_force(cameo: &str) -> bool {
    matches!(cameo.get(..2), Some("18" | "19" | "20"))
}

/// Force or force posture (15: deploying, mobilizing): what an armed side does.
pub(crate) fn is_force_or_posture(cameo: &str) -> bool {
    is_force(cameo) || cameo.starts_with("15")
}

/// Force that may carry a casualty toll: not the taking of a place (192), which kills no one of
/// itself ("seven were killed when troops entered the capital" is a killing and a seizure); violent
/// repression (175: "fired tear gas at demonstrators, wounding six") and riots (145) do.
pub(crate) fn takes_toll(cameo: &str) -> bool {
    is_force(cameo) && !cameo.starts_with("192") || cameo.starts_with("175") || cameo.starts_with("145")
}

/// Speech acts whose content is not a second event: accusations, denials, rejections, threats,
/// demands and appeals ("accused X of having fired" is one accusation).
pub(crate) fn is_speech_act(cameo: &str) -> bool {
    matches!(cameo.get(..2), Some("02" | "10" | "11" | "12" | "13")) || cameo.starts_with("016")
}

/// Lemmas of the trigger's dependents' subtrees (not its subject), for required arguments and
/// refinements ("called for restraint" → 0256, "struck with drones" → 195).
pub(crate) fn argument_lemmas(v: &View, head: usize) -> Vec<String> {
    argument_tokens(v, head).into_iter().map(|t| v.lemmas[t].clone()).collect()
}

/// The tokens whose lemmas `argument_lemmas` gives, for rules that ask more of a word than its lemma.
pub(crate) fn argument_tokens(v: &View, head: usize) -> Vec<usize> {
    let mut out = Vec::new();
    // "the agreement signed by ...": a participle's noun is its argument too.
    if matches!(v.rel(head), "acl" | "amod") || relative_object(v, head) {
        out.extend(v.head(head));
    }
    let mut stack: Vec<usize> = v
        .kids(head)
        .iter()
        .copied()
        .filter(|&c| !matches!(v.base_rel(c), "nsubj" | "punct"))
        .filter(|&c| !own_clause(v, c) && !second_predicate(v, head, c))
        .collect();
    // A passive subject is what was acted upon ("eight fighters were captured"): its head word refines.
    out.extend(v.kids_with(head, &["nsubj:pass"]));
    // "dragged the bodies through the streets and set them on fire": the pronoun object of a second
    // verb stands for the first verb's object.
    if v.rel(head) == "conj"
        && v.kids_with(head, &["obj"]).any(|o| words::get("object_pronouns").contains(&v.lemmas[o].as_str()))
    {
        let first = v.head(head).into_iter().flat_map(|h| v.kids_with(h, &["obj"]));
        out.extend(first);
    }
    // "A curfew was lifted in the north but extended in the south": a passive conjunct with no subject of
    // its own shares the first verb's passive subject, what it acts upon.
    if v.rel(head) == "conj" && v.kids_with(head, &["nsubj", "nsubj:pass"]).next().is_none() {
        let first = v.head(head).into_iter().flat_map(|h| v.kids_with(h, &["nsubj:pass"]));
        out.extend(first);
    }
    while let Some(t) = stack.pop() {
        out.push(t);
        stack.extend(v.kids(t).iter().copied().filter(|&c| !own_clause(v, c)));
    }
    out
}

/// Whether the object of trigger `head` is as its entry asks: present or absent (`obj`, `noobj`),
/// and headed by a listed word (`reqobj`): "rebels control much of the north", "control 20 villages",
/// but not "the government controls prices in the north", whose object is the prices.
pub(crate) fn object_fits(v: &View, head: usize, entry: &TriggerEntry) -> bool {
    let objects: Vec<usize> = v.kids_with(head, &["obj"]).collect();
    if entry.object.is_some_and(|needed| needed == objects.is_empty()) || excluded_object(v, head, entry, &objects) {
        return false;
    }
    // "Bangui was taken by the rebels": a passive's subject is the place taken.
    let passive_subjects = || v.kids_with(head, &["nsubj:pass"]).filter(|_| v.is_passive(head));
    if entry.place_object && !objects.iter().copied().chain(passive_subjects()).any(|o| is_place(v, o)) {
        return false;
    }
    if entry.object_requires.is_empty() {
        return true;
    }
    // The object (of a passive: its subject, "two men were hanged"; of a participle or a relative
    // clause: its noun, "the two men hanged on Sunday", "the prisoners whom guards abused"), the
    // conjuncts of each ("a doctor and two students") and their of-phrases, however deep ("tens of
    // thousands of troops").
    let mut heads = objects.clone();
    if objects.is_empty() && v.is_passive(head) {
        heads.extend(v.kids_with(head, &["nsubj:pass"]));
    }
    if objects.is_empty() && (matches!(v.rel(head), "acl" | "amod") || relative_object(v, head)) {
        heads.extend(v.head(head));
    }
    // "called up 300,000 reservists" comes parsed with the noun as the phrasal verb's xcomp.
    if objects.is_empty() && v.kids_with(head, &["compound:prt"]).next().is_some() {
        heads.extend(v.kids_with(head, &["xcomp"]).filter(|&x| pos(v, x) == Pos::Noun));
    }
    heads.extend(heads.clone().into_iter().flat_map(|o| v.kids_with(o, &["conj"])).collect::<Vec<_>>());
    let of = |n: usize| v.kids_with(n, &["nmod"]).filter(|&m| v.kids_with(m, &["case"]).any(|c| v.lemmas[c] == "of"));
    let mut next = heads.clone();
    for _ in 0..4 {
        next = next.into_iter().flat_map(of).collect();
        heads.extend(next.iter().copied());
    }
    heads.iter().any(|&h| {
        entry.object_requires.contains(&v.lemmas[h].to_lowercase()) || (entry.armed_object && names_armed_party(v, h))
    })
}

/// Whether the object of `head` (of a passive with no "on" / "at" phrase: its subject) has a head word
/// the entry's `notobj` list excludes: "fired the police chief", "the commander was fired" dismiss
/// someone; "fired rockets", "fired on the chief's convoy", "was fired upon" are gunfire.
fn excluded_object(v: &View, head: usize, entry: &TriggerEntry, objects: &[usize]) -> bool {
    if entry.object_excludes.is_empty() {
        return false;
    }
    let aimed = v.kids(head).iter().any(|&k| words::get("target_cases").contains(&v.lemmas[k].as_str()));
    let passive = v.kids_with(head, &["nsubj:pass"]).filter(|_| v.is_passive(head) && !aimed);
    objects.iter().copied().chain(passive).any(|o| entry.object_excludes.contains(&v.lemmas[o].to_lowercase()))
}

/// Whether object `o` is a place, as a `place_obj` entry asks: a tagged or gazetteer place name
/// ("entered Kidal"), a place noun ("entered the town", "the border area") or a site a force holds
/// ("took the airport", "the presidential palace"); "entered negotiations" or "the race for
/// parliament" go into no place.
fn is_place(v: &View, o: usize) -> bool {
    let noun = |k: &str| ["place_generic", "place_nouns", "held_sites"].iter().any(|l| words::get(l).contains(&k));
    v.is_place_name(o) || crate::parties::lookup_place(v.word(o)).is_some_and(|p| p.known) || noun(v.lemmas[o].as_str())
}

/// Whether the subject of trigger `head` is as an `armed` entry asks: a phrase naming an armed force
/// ("Somali and Ethiopian troops entered the capital", "rebels who entered the town"); "the train
/// entered a tunnel", "they entered" name none. Other entries ask nothing of their subject.
pub(crate) fn subject_fits(v: &View, head: usize, entry: &TriggerEntry) -> bool {
    !entry.armed || armed_subject(v, head)
}

/// The subject of the verb at `head` (through a subjectless conjunct, or the noun a relative
/// clause modifies) names an armed force (armed_roles).
pub(crate) fn armed_subject(v: &View, head: usize) -> bool {
    // "the town was taken by rebels": a passive's by-agent is its subject.
    if v.is_passive(head) {
        let by = |c: &usize| v.rel(*c) == "obl:agent" || v.case_of(*c).as_deref() == Some("by");
        return v.kids_with(head, &["obl", "obl:agent"]).filter(by).any(|c| names_armed_party(v, c));
    }
    // A second verb with no subject of its own shares the first one's ("entered and seized"), and so
    // does a verb its governor's subject carries out ("soldiers continued to resist").
    let mut verb = head;
    while v.kids_with(verb, &["nsubj"]).next().is_none() && matches!(v.rel(verb), "conj" | "xcomp") {
        let Some(h) = v.head(verb) else { break };
        verb = h;
    }
    let relative = words::get("relative_pronouns");
    let mut subjects = v.kids_with(verb, &["nsubj"]).map(|s| match v.head(verb) {
        Some(n) if v.rel(verb) == "acl:relcl" && relative.contains(&v.lemmas[s].as_str()) => n,
        _ => s,
    });
    subjects.any(|s| names_armed_party(v, s))
}

/// Whether the subject of the verb at `head` is a crowd (crowd_subjects), as a `crowd` entry asks:
/// its head word, or that of the of-phrase of a number ("protesters", "thousands of people"; not
/// "the shuttling of people"). A verb with an object is no march ("demonstrates a disregard").
pub(crate) fn crowd_subject(v: &View, head: usize) -> bool {
    let crowd = words::get("crowd_subjects");
    let counted = |n: usize| words::get("crowd_counts").contains(&v.lemmas[n].as_str());
    let of = |n: usize| v.kids_with(n, &["nmod"]).filter(move |&m| counted(n) && v.case_of(m).as_deref() == Some("of"));
    v.kids_with(head, &["obj"]).next().is_none()
        && v.kids_with(head, &["nsubj"])
            .flat_map(|s| std::iter::once(s).chain(of(s)))
            .any(|s| crowd.contains(&v.lemmas[s].as_str()))
}

/// The phrase at `s` names an armed party (armed_roles): "Somali troops", "Boko Haram"; or a group
/// that was one before it took power ("the Taliban": this stage knows no publication date).
fn names_armed_party(v: &View, s: usize) -> bool {
    let Some(party) = crate::parties::normalize(v.text(v.phrase(s))) else { return false };
    let armed = words::get("armed_roles");
    let now = party.role.as_deref().is_some_and(|r| armed.contains(&r));
    now || party.name.as_deref().is_some_and(|n| crate::parties::eras::earlier_roles(n).any(|r| armed.contains(&r)))
}

/// "dispatched coffins, as forces moved ahead": an adverbial or coordinated clause with a subject of
/// its own tells of another act; its words are not the trigger's arguments.
fn own_clause(v: &View, c: usize) -> bool {
    matches!(v.base_rel(c), "advcl" | "conj" | "parataxis") && v.kids_with(c, &["nsubj", "nsubj:pass"]).next().is_some()
}

/// "captured the town and executed five soldiers": a coordinated verb with an object of its own, beside a
/// verb with its own, is a second act; what it acts on says nothing of the first ("seized and executed
/// five soldiers" shares its object, and the soldiers were seized).
fn second_predicate(v: &View, head: usize, c: usize) -> bool {
    let object = |k: usize| v.kids_with(k, &["obj"]).next().is_some();
    v.base_rel(c) == "conj" && pos(v, c) == Pos::Verb && object(c) && object(head)
}

/// "the workers it seized", "the hostages who were freed", "charges which officials rejected": a
/// relative clause with no object of its own (a relative pronoun object stands for the noun) whose
/// subject is another party (or that is passive) acts on the noun it modifies. In "rebels who
/// attacked" the noun is the subject and no argument.
pub(crate) fn relative_object(v: &View, head: usize) -> bool {
    let relative = words::get("relative_pronouns");
    let own_subject = v.kids_with(head, &["nsubj"]).any(|s| !relative.contains(&v.lemmas[s].as_str()));
    let passive = v.kids_with(head, &["nsubj:pass"]).next().is_some();
    let no_object = v.kids_with(head, &["obj"]).all(|o| relative.contains(&v.lemmas[o].as_str()));
    v.rel(head) == "acl:relcl" && no_object && (own_subject || passive)
}

/// "Moscow-brokered", "Russian-sponsored", "U.S.-led": (agent, participle) when the first half of a
/// hyphenated past participle names a party.
fn agent_participle(word: &str) -> Option<(&str, &str)> {
    let (agent, verb) = word.rsplit_once(['-', '–'])?;
    (!agent.is_empty() && verb.ends_with("ed") && crate::parties::normalize(agent).is_some()).then_some((agent, verb))
}

/// The event of the agentive participle at token `i`, if it is one: a known non-force verb ("a
/// Moscow-brokered ceasefire"); "Saudi-led airstrikes" names who leads, not an event of its own.
pub(crate) fn agentive(v: &View, i: usize) -> Option<Trigger> {
    let (agent, verb) = agent_participle(v.word(i))?;
    let lemma = vec![crate::lemma::lemma(verb)];
    let m = lexicon::lookup_pos(&lemma, 0, Some(Pos::Verb))?;
    // "a Moscow-sponsored ceasefire": the modified noun is what was sponsored.
    let noun = v.head(i).map(|h| v.lemmas[h].as_str()).unwrap_or_default();
    let cameo = m.entry.code_for(&[noun]).map(str::to_string)?;
    // "under the control of Iran-backed militias": support named on a party describes it (standing
    // support, GUIDELINES §2); on an event noun ("a Russian-backed offensive") or on the party that
    // does the sentence's act ("attacked by Chadian-backed rebels") it is tied to that act.
    if cameo.starts_with("07") && !v.head(i).is_some_and(|h| tied_to_an_act(v, h)) {
        return None;
    }
    if m.entry.report || is_force(&cameo) {
        return None;
    }
    let m = TriggerMatch { tokens: i..i + 1, head: i, entry: m.entry };
    Some(Trigger { agent: Some(agent.to_string()), ..Trigger::new(m, i, cameo) })
}

/// A noun that is an event, or the subject or agent of an event verb.
fn tied_to_an_act(v: &View, noun: usize) -> bool {
    let trigger = |k: usize, pos: Pos| lexicon::lookup_pos(&v.lemmas, k, Some(pos)).is_some();
    let agent = matches!(v.rel(noun), "nsubj" | "obl:agent") || v.case_of(noun).as_deref() == Some("by");
    trigger(noun, Pos::Noun) || (agent && v.head(noun).is_some_and(|h| trigger(h, Pos::Verb)))
}
