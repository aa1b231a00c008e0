//! Triggers that the grammar of their own phrase leaves unrealized, in the ways `reality` does not
//! read: a non-finite condition ("if convicted"), what a party risks or fears ("the risk of being
//! deported", "threats of violence"), a speech act under a modal of possibility ("the deal could
//! threaten …", "they can appeal"), an adjunct of a possible act ("could escalate by testing
//! missiles"), an alternative not taken ("instead of calling for …") and an event noun that its
//! modifier puts ahead ("future negotiations", "the expected visit", "a planned offensive"), and
//! what a clause says must or needs to be done ("we need to talk", "this abuse must be rejected"). GUIDELINES §2 and §12.9:
//! plans, hypotheticals and statements about what may happen are no records.
use crate::events::tense;
use crate::events::triggers::trigger::Trigger;
use crate::events::view::View;
use crate::events::words;

/// `t` reports nothing that happened, by its own phrase.
pub(crate) fn unrealized(v: &View, t: &Trigger, nominal: bool) -> bool {
    // A threat or intent recoded from its governor ("warned it could strike") is a statement made.
    let root = t.m.entry.cameo.as_deref().and_then(|c| c.get(..2));
    let recoded = t.governor.is_some() || root.is_some_and(|r| Some(r) != t.cameo.get(..2));
    let position = words::is_position(&t.cameo);
    // A threat recoded from a conditioned act ("threatening retaliation if hit") is the threat itself.
    let conditioned = !recoded && t.condition.is_none() && tense::conditional(v, t.head);
    if conditioned || alternative(v, t.head) || (!recoded && pending(v, tense::clause_verb(v, t.head))) {
        return true;
    }
    if !position && at_risk(v, t.head) {
        return true;
    }
    if nominal || recoded {
        return false;
    }
    (position && tense::possible(v, t.head)) || (!position && possible_adjunct(v, t.head))
}

/// "the risk of being deported", "daily threats of violence and sexual assault", "fears of a wider
/// war": the of-phrase of a noun of risk or fear names what may happen. A toll of its own tells a
/// past one it is likened to ("fears of a war like the one that killed 6,500 in 2020").
fn at_risk(v: &View, head: usize) -> bool {
    let span = v.subtree(head);
    if v.casualties().iter().any(|c| span.contains(&c.tokens.start)) {
        return false;
    }
    let mut cur = head;
    while v.base_rel(cur) == "conj" {
        let Some(h) = v.head(cur) else { return false };
        cur = h;
    }
    let of = v.case_of(cur).as_deref() == Some("of") || v.kids_with(cur, &["mark"]).any(|m| v.lemmas[m] == "of");
    of && matches!(v.base_rel(cur), "nmod" | "acl")
        && v.head(cur).is_some_and(|h| words::get("risk_nouns").contains(&v.lemmas[h].as_str()))
}

/// "instead of calling for an Asian NATO", "rather than attacking": the act not chosen.
fn alternative(v: &View, head: usize) -> bool {
    v.kids_with(head, &["mark"]).any(|m| words::get("alternative_marks").contains(&v.lemmas[m].as_str()))
}

/// "North Korea could escalate tensions by testing missiles": a non-finite adjunct of a verb under a
/// modal of possibility is as possible as that verb.
fn possible_adjunct(v: &View, head: usize) -> bool {
    let mut cur = head;
    while v.base_rel(cur) == "advcl" && v.kids_with(cur, &["nsubj", "aux"]).next().is_none() {
        let Some(h) = v.head(cur) else { return false };
        if tense::possible(v, h) {
            return true;
        }
        cur = h;
    }
    false
}

/// "future negotiations", "Suga's expected visit", "the upcoming talks", "a planned offensive": an
/// event noun whose modifier says it is still to come, whoever its party (`unrealized` reads only
/// unagented triggers). One a past light or aspectual verb says was carried out happened as planned:
/// "launched a planned attack", "began the expected talks".
pub(crate) fn prospective(v: &View, head: usize, nominal: bool) -> bool {
    nominal
        && v.kids_with(head, &["amod"]).any(|k| words::get("prospective_modifiers").contains(&v.lower(k).as_str()))
        && !carried_out(v, head)
}

/// Event noun `head` is the object of a light verb ("carried out", "launched", "began") in the past
/// or present perfect, not itself a possibility or a future.
fn carried_out(v: &View, head: usize) -> bool {
    let Some(h) = v.head(head) else { return false };
    let light = words::get("light_verbs").contains(&v.lemmas[h].as_str());
    let done = (tense::past(v, h) || tense::present_perfect(v, h)) && !tense::possible(v, h) && !tense::future(v, h);
    v.base_rel(head) == "obj" && light && done
}

/// "we need to talk to our neighbours", "we have to support renewables", "the Council must be clear
/// … in condemning this behaviour", "this abuse must be rejected": what must or needs to be done is
/// not done. Said of a party, `appeals` has made it an appeal already (kept: it has an addressee)
/// and dropped its content; what is left is a resolve, a passive or the writer's own "must".
pub(crate) fn obliged(v: &View, t: &Trigger, nominal: bool) -> bool {
    if nominal || t.addressee.is_some() {
        return false;
    }
    // Up through the clauses that share the trigger's subject: "in addressing and condemning".
    let mut cur = t.head;
    loop {
        if must_clause(v, cur) || needed(v, cur) {
            return true;
        }
        let shares = match v.base_rel(cur) {
            "xcomp" => true,
            // A conjunct or adverbial clause with its own subject is a clause of its own: "Troops
            // must leave and the army shelled the village".
            "conj" | "advcl" => v.subject(cur).is_none(),
            _ => false,
        };
        match v.head(cur) {
            Some(h) if shares => cur = h,
            _ => return false,
        }
    }
}

/// Verb `i` has "must" or "ought" (not "must have", an inference about the past).
fn must_clause(v: &View, i: usize) -> bool {
    let auxes: Vec<usize> = v.kids_with(i, &["aux"]).collect();
    let must =
        auxes.iter().any(|&a| words::get("obligation_aux").contains(&v.lemmas[a].as_str()) && v.lemmas[a] != "should");
    must && !auxes.iter().any(|&a| v.lemmas[a] == "have")
}

/// Verb `i` is the "to" complement of a present "need" or "have": "needs to act", "have to leave".
/// "Had to flee" tells what was done; "will have to" what will follow (a warning, GUIDELINES §12.9).
fn needed(v: &View, i: usize) -> bool {
    let to = v.kids_with(i, &["mark"]).any(|m| v.lemmas[m] == "to");
    let present = |h: usize| {
        words::get("obligation_verbs").contains(&v.lemmas[h].as_str())
            && matches!(v.lower(h).as_str(), "need" | "needs" | "have" | "has")
            && !v.kids_with(h, &["aux"]).any(|a| matches!(v.lemmas[a].as_str(), "will" | "would"))
    };
    v.base_rel(i) == "xcomp" && to && v.head(i).is_some_and(present)
}

/// "another summit will take place", "security cooperation will likely develop", "there will be no
/// arrest", "sanctions can snap back": an event noun that is the subject of a verb in the future or
/// under a modal of possibility is what someone expects or fears, not a report (GUIDELINES §2,
/// §12.8). A party's own plan ("China will convene a meeting") has the noun as its object and is
/// read elsewhere.
pub(crate) fn predicted(v: &View, head: usize, nominal: bool) -> bool {
    let Some(verb) = v.head(head).filter(|_| nominal && v.rel(head) == "nsubj") else { return false };
    tense::future(v, verb) || tense::possible(v, verb)
}

/// "China will convene a meeting with Iran on Friday", "how Duterte will react to Suga's visit",
/// "will take any measures, including reimposing sanctions": an event noun in a clause in the future
/// has not happened, whoever its party (`reality` reads only unagented force nouns so). What a
/// party says it will do is its intent (03x), recoded in stage 1 and kept as a position. One it
/// will go on with is under way: "will continue … remaining in contact with both sides".
pub(crate) fn foreseen(v: &View, t: &Trigger, nominal: bool) -> bool {
    let position = words::is_position(&t.cameo);
    if !nominal || position {
        return false;
    }
    let clause = tense::clause_verb(v, t.head);
    let path = v.ancestors(t.head).take_while(|&a| a != clause).chain(std::iter::once(clause));
    let ongoing = path.into_iter().any(|a| words::get("continuing_verbs").contains(&v.lemmas[a].as_str()));
    tense::future(v, clause) && !ongoing
}

/// "the offensive would continue until the rebels laid down their arms", "vowed to keep fighting
/// until the hostages were freed", "would halt attacks as long as the army stopped air strikes": a
/// clause of until or as long as, on an act that is only planned or vowed (a future or an
/// infinitive), says what must happen first; it reports nothing. "fought until the town fell" does.
fn pending(v: &View, clause: usize) -> bool {
    let marks: Vec<&str> = v.kids_with(clause, &["mark"]).map(|m| v.lemmas[m].as_str()).collect();
    let until = marks.iter().any(|m| matches!(*m, "until" | "till"));
    let Some(mut g) = v.head(clause).filter(|_| v.base_rel(clause) == "advcl") else { return false };
    // "as long as" comes parsed as an advcl of "long", itself an adverb of the act.
    let as_long_as = marks.contains(&"as") && v.lemmas[g] == "long";
    if as_long_as {
        let Some(act) = v.head(g) else { return false };
        g = act;
    } else if !until {
        return false;
    }
    let future = v.kids_with(g, &["aux"]).any(|a| matches!(v.lemmas[a].as_str(), "will" | "would" | "shall"));
    future || matches!(v.base_rel(g), "xcomp")
}
