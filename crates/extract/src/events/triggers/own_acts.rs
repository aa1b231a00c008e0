//! Casualty verbs that are acts of their own, not the toll of a force event of their sentence
//! (GUIDELINES §12.4: the actor of a killing is the party that killed): a second act of the same
//! subject, and a killing done by a party of its own, named as its subject ("and soldiers killed
//! four of the attackers") or as the by-agent of its passive ("five rebels killed by government forces").
use super::trigger::pos;
use crate::events::tense;
use crate::events::view::View;
use crate::events::words;
use crate::lexicon::Pos;

/// "insurgents ambushed a bus and killed 18 of those on board": a casualty verb coordinated with a
/// force verb whose subject it shares, with victims of its own, is a second act of that subject (its
/// own record), not the toll of the first ("attacked a convoy, killing six" folds).
pub(super) fn second_act(v: &View, outcome: usize, acts: &[usize]) -> bool {
    v.rel(outcome) == "conj"
        && !result_participle(v, outcome)
        && v.head(outcome).is_some_and(|h| acts.contains(&h))
        && pos(v, outcome) == Pos::Verb
        && v.kids_with(outcome, &["obj"]).next().is_some()
        && v.kids_with(outcome, &["nsubj", "nsubj:pass"]).next().is_none()
}

/// "Forces said they killed all six attackers who laid siege to a hotel", "rebels attacked an army
/// post, and soldiers killed four of the attackers", "villagers gunned down by insurgents, and five
/// rebels killed by government forces": a casualty verb with an agent and victims of its own is an
/// act of its own unless a force trigger of the sentence is its argument ("killed five in an
/// airstrike", "the attack killed five", "were killed by the shelling") or above it ("an attack that
/// killed five", "attacked a convoy, killing six") as an act of the same party, or lies in the agent's
/// phrase ("the suicide bomber killed seven") as its own deed (`agents_own_act`).
pub(super) fn own_killing(v: &View, outcome: usize, hosts: &[usize]) -> bool {
    let Some(agent) = own_agent(v, outcome).or_else(|| shared_agent(v, outcome)) else { return false };
    // a conjunct is no argument: "killed 40 people and abducted dozens of children" is two acts
    let argument = |h: usize| v.head(h) == Some(outcome) && v.rel(h) != "conj" && !other_party(v, agent, v.subject(h));
    let above = |h: usize| v.ancestors(outcome).any(|a| a == h) && !other_party(v, agent, v.subject(h));
    pos(v, outcome) == Pos::Verb
        && has_victims(v, outcome)
        && !hosts.iter().any(|&h| agents_own_act(v, agent, h, outcome))
        && !hosts.iter().any(|&h| argument(h) || above(h))
}

/// "Rebels who stormed the town killed 20", "gunmen firing on the crowd killed five": a force act
/// told on the agent's own noun is what the agent did, and its toll is the killing; one told of
/// another party inside it ("soldiers hunting gunmen who attacked three bases killed dozens": the
/// gunmen attacked) is not, and the killing is the agent's own act. Nor is a relative clause's deed
/// under a present perfect ("insurgents who stormed the town last week have killed dozens"): the
/// perfect sums up a stretch, the clause only says who the agent is.
fn agents_own_act(v: &View, agent: usize, host: usize, outcome: usize) -> bool {
    if !v.subtree(agent).contains(&host) {
        return false;
    }
    let relative =
        std::iter::once(host).chain(v.ancestors(host)).take_while(|&a| a != agent).any(|a| v.rel(a) == "acl:relcl");
    if relative && tense::present_perfect(v, outcome) {
        return false;
    }
    // the words between the act and the agent name no other party
    let mut between = v.ancestors(host).take_while(|&a| a != agent);
    !between.any(|a| pos(v, a) == Pos::Noun && v.names_party(a))
}

/// "Troops fired on the crowd, killing two rioters" parsed with the participle as a conjunct of
/// "fired": a participle after a comma, beside a verb of another form, tells what the act did (its
/// toll), it is no second act ("shooting and hacking to death" are two participles of one kind).
fn result_participle(v: &View, outcome: usize) -> bool {
    let Some(first) = v.head(outcome) else { return false };
    let ing = |i: usize| v.lower(i).ends_with("ing");
    ing(outcome)
        && !ing(first)
        && outcome > 0
        && v.word(outcome - 1) == ","
        && v.kids_with(outcome, &["aux", "aux:pass", "nsubj", "cc"]).next().is_none()
}

/// Who does the casualty verb: its subject, or the by-agent of its passive (a participle included),
/// when it names a party: "by nightfall", "by the dozen", "by machetes" or "by live bullets" name
/// no one who killed.
pub(in crate::events) fn own_agent(v: &View, outcome: usize) -> Option<usize> {
    let by = |c: usize| v.rel(c) == "obl:agent" || (v.base_rel(c) == "obl" && v.case_of(c).as_deref() == Some("by"));
    // By its full relation: "nsubj:pass" names the killed.
    let subject = v.kids(outcome).iter().copied().find(|&c| v.rel(c) == "nsubj");
    let agent = subject.or_else(|| v.kids(outcome).iter().copied().find(|&c| by(c)))?;
    let named = v.sent.entities.iter().any(|e| e.tokens.contains(&agent) && e.label != "LOC");
    (v.names_party(agent) || named || stand_in(v, agent)).then_some(agent)
}

/// "the military completed a rescue operation and killed 33 terrorists", "launched an offensive and
/// killed 20 rebels": an active conjunct with no subject of its own is done by its first verb's
/// subject. The first verb's force, an ancestor, still keeps its toll (`second_act` decides those).
fn shared_agent(v: &View, outcome: usize) -> Option<usize> {
    if v.rel(outcome) != "conj"
        || pos(v, outcome) != Pos::Verb
        || v.is_passive(outcome)
        || result_participle(v, outcome)
    {
        return None;
    }
    let first = v.head(outcome)?;
    let subject = v.kids(first).iter().copied().find(|&c| v.rel(c) == "nsubj")?;
    let named = v.sent.entities.iter().any(|e| e.tokens.contains(&subject) && e.label != "LOC");
    (v.names_party(subject) || named || stand_in(v, subject)).then_some(subject)
}

/// A pronoun that may stand for either party of the sentence ("they", "who").
fn stand_in(v: &View, i: usize) -> bool {
    words::get("stand_in_subjects").contains(&v.lemmas[i].as_str())
}

/// The killed: its object, its passive subject, or the noun its participle describes.
fn has_victims(v: &View, outcome: usize) -> bool {
    // "killed at least 40 people": the parser may read "at least" as a preposition and hang the
    // counted object as an oblique with no case of its own
    let counted_oblique =
        |o: usize| v.kids_with(o, &["case"]).next().is_none() && v.kids_with(o, &["nummod"]).next().is_some();
    v.kids_with(outcome, &["obj", "nsubj:pass"]).next().is_some()
        || v.rel(outcome) == "acl"
        || v.kids_with(outcome, &["obl"]).any(counted_oblique)
}

/// `agent` is a party other than `subject`, the subject of a force clause: both named, of different
/// roles or states by the gazetteer ("rebel forces" beside "government forces"; not "the insurgents"
/// beside "Taliban fighters", nor "the army" beside "government troops"); two names the gazetteer does
/// not know are told apart by their words. A pronoun ("they", "who") may stand for either party, so it
/// keeps the toll with the act.
fn other_party(v: &View, agent: usize, subject: Option<usize>) -> bool {
    let Some(subject) = subject else { return false };
    if stand_in(v, agent) || stand_in(v, subject) {
        return false;
    }
    let id = |i: usize| crate::parties::normalize(v.text(v.phrase(i))).map(|p| (p.country, p.role));
    match (id(agent), id(subject)) {
        (Some((ca, ra)), Some((cs, rs))) => ra != rs || (ca.is_some() && cs.is_some() && ca != cs),
        (None, None) => v.lemmas[agent] != v.lemmas[subject],
        _ => true,
    }
}

/// "militias abducted and killed three activists", "kidnapped and beheaded an aid worker": an
/// abduction kills no one of itself, so a casualty verb coordinated with one is a second act, its
/// own record with the toll, not the abduction's.
pub(super) fn after_abduction(v: &View, outcome: usize, abductions: &[usize]) -> bool {
    v.rel(outcome) == "conj" && pos(v, outcome) == Pos::Verb && v.head(outcome).is_some_and(|h| abductions.contains(&h))
}

/// "more than 10,000 people have been killed since the uprising began", "70 soldiers have died since
/// the conflict broke out": a force event inside a clause that starts the span of the deaths is when
/// the count starts, not what did the killing; a casualty verb whose only hosts lie there is the
/// running toll's own record (GUIDELINES §12.6: tolls of whole conflicts).
pub(super) fn hosts_only_in_span(v: &View, outcome: usize, hosts: &[usize]) -> bool {
    let marks = words::get("span_marks");
    let spans: Vec<usize> = v
        .kids_with(outcome, &["advcl"])
        .filter(|&c| v.kids_with(c, &["mark"]).any(|m| marks.contains(&v.lemmas[m].as_str())))
        .collect();
    let inside = |h: usize| spans.contains(&h) || v.ancestors(h).any(|a| spans.contains(&a));
    !spans.is_empty() && !hosts.is_empty() && hosts.iter().all(|&h| inside(h))
}

/// "at least 40 people have died since the protests began", "the number of Palestinians killed since
/// October 7 had risen to 2,670": deaths a since-phrase of their own clause counts from are a running
/// toll, the toll's own record (GUIDELINES §12.6: tolls of whole conflicts), not the toll of an act
/// told in another clause; unless a force trigger is the casualty verb's argument or above it ("air
/// strikes have killed 2,670 since October 7", "an offensive that has killed 300 since March").
pub(super) fn running_toll(v: &View, outcome: usize, hosts: &[usize]) -> bool {
    // the clause of the count: the verb itself, or for "the number of people killed" the nouns up
    // to the verb the count is told with ("had risen")
    let mut clause = vec![outcome];
    if v.base_rel(outcome) == "acl" {
        for a in v.ancestors(outcome) {
            clause.push(a);
            if pos(v, a) == Pos::Verb {
                break;
            }
        }
    }
    let marks = words::get("span_marks");
    let since = |k: &usize| match v.base_rel(*k) {
        "obl" | "nmod" => v.case_of(*k).is_some_and(|c| marks.contains(&c.as_str())),
        "advcl" => v.kids_with(*k, &["mark"]).any(|m| marks.contains(&v.lemmas[m].as_str())),
        _ => false,
    };
    let spans: Vec<usize> = clause.iter().flat_map(|&w| v.kids(w).iter().copied()).filter(|k| since(k)).collect();
    let spanned = !spans.is_empty();
    // "the deadliest day since the war", "the highest toll since 2015": a rank compares with the
    // stretch, it does not count over it; nor does a clause hung on a rank ("the deadliest since a
    // bombing killed 19")
    let rank = |k: usize| words::is_rank_word(&v.lower(k));
    let governor = clause.last().and_then(|&w| v.head(w));
    let ranked = governor.is_some_and(rank)
        || clause
            .iter()
            .flat_map(|&w| v.kids(w).iter().copied())
            .any(|k| matches!(v.base_rel(k), "amod" | "advmod") && rank(k));
    // a force word among the casualty verb's own words did the killing ("killed 300 in air strikes
    // since March", "insurgents fighting for a homeland have killed 2,000 since 2004"), not one of
    // the clause that starts the span ("since the uprising began")
    let argument = |h: usize| {
        let mut cur = h;
        while let Some(p) = v.head(cur).filter(|_| !spans.contains(&cur)) {
            if p == outcome {
                return !matches!(v.base_rel(cur), "conj" | "parataxis");
            }
            cur = p;
        }
        false
    };
    pos(v, outcome) == Pos::Verb
        && spanned
        && !ranked
        && !hosts.iter().any(|&h| argument(h))
        && !host_above(v, outcome, hosts)
}

/// A force trigger above the casualty verb in its own clause ("an offensive that has killed 300"),
/// not one across a reporting verb or a conjunct ("troops shelled the town, and officials said 300
/// had been killed since March": what is said is not the shelling's toll).
fn host_above(v: &View, outcome: usize, hosts: &[usize]) -> bool {
    let mut cur = outcome;
    while let Some(a) = v.head(cur).filter(|_| !matches!(v.base_rel(cur), "conj" | "parataxis")) {
        if hosts.contains(&a) {
            return true;
        }
        if v.is_reporting(a) {
            return false;
        }
        cur = a;
    }
    false
}

/// "..., raising the death toll since January 1999 to more than 1,500": a toll noun counting from a
/// point in a clause with no act of force is a running toll, its own record (GUIDELINES §12.6: tolls
/// of whole conflicts); "soldiers killed dozens of men, as the army put the death toll at 87": one
/// in a clause with its own conjunction, beside a count of the act's own, is another report, its
/// own record (GUIDELINES 12.5: each version its own toll), not a second count for a filled slot
/// ("attacked the village, as the army put the death toll at 87" leaves the attack its toll). A
/// force word in the toll's clause is what it counts ("the toll from the offensive rose to 67",
/// "raised the death toll to 60 from the blasts").
pub(super) fn toll_apart(v: &View, outcome: usize, hosts: &[usize]) -> bool {
    if pos(v, outcome) != Pos::Noun {
        return false;
    }
    let Some(verb) = v.ancestors(outcome).find(|&a| pos(v, a) == Pos::Verb) else { return false };
    let clause = v.subtree(verb);
    if hosts.iter().any(|&h| h != outcome && clause.contains(&h)) {
        return false;
    }
    let marks = words::get("span_marks");
    let since = |k: &usize| {
        matches!(v.base_rel(*k), "obl" | "nmod") && v.case_of(*k).is_some_and(|c| marks.contains(&c.as_str()))
    };
    let spanned = v.kids(verb).iter().chain(v.kids(outcome)).any(since);
    let subordinate = v.base_rel(verb) == "advcl" && v.kids_with(verb, &["mark"]).next().is_some();
    let counted_outside = v.casualties().iter().any(|c| !c.tokens.is_empty() && !clause.contains(&c.tokens.start));
    spanned || subordinate && counted_outside
}
