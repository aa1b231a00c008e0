//! Who says so: the source of a reported event ("according to Yerevan", "the ministry said").
use crate::events::view::View;
use crate::events::words;

/// Head token of the source of trigger `t`, if the sentence names one.
pub fn source(v: &View, t: usize) -> Option<usize> {
    reporting_subject(v, t).or_else(|| toll_giver(v, t)).or_else(|| according_to(v, t))
}

/// "The ministry put the death toll at 60", "officials raised the death toll from the blasts to 60":
/// whoever gives a toll reports the event it counts (the toll itself, or the event it is from), and
/// so does the subject of a verb of counting that is the trigger ([`counts_dead`]).
fn toll_giver(v: &View, t: usize) -> Option<usize> {
    let toll = |i: usize| v.base_rel(i) == "obj" && v.lemmas[i] == "toll";
    let verb = if counts_dead(v, t) {
        Some(t)
    } else if toll(t) {
        v.head(t)
    } else if v.head(t).is_some_and(toll) && v.base_rel(t) == "nmod" {
        v.head(t).and_then(|h| v.head(h))
    } else {
        v.head(t).filter(|&h| v.base_rel(t) == "obl" && v.kids_with(h, &["obj"]).any(toll))
    };
    v.kids_with(verb?, &["nsubj"]).next()
}

/// Verb `i` gives a count of the dead (toll_giving_verbs): "put the number of dead at 1,300", "had
/// documented 136 deaths". Its subject counts: it is the toll's source, not its actor ("the blast
/// caused 50 deaths" has no verb of counting).
pub fn counts_dead(v: &View, i: usize) -> bool {
    let dead = |k: usize| words::get("toll_nouns").contains(&v.lemmas[k].as_str());
    let number_of_dead = |k: usize| v.lemmas[k] == "number" && v.kids_with(k, &["nmod"]).any(dead);
    words::get("toll_giving_verbs").contains(&v.lemmas[i].as_str())
        && v.kids_with(i, &["obj"]).any(|o| dead(o) || number_of_dead(o))
}

/// Is `i` a verb that claims an act ("took credit for attacking a convoy", "accepted responsibility for
/// the bombing")? Its subject is the source of the act (GUIDELINES §12.5).
fn claims(v: &View, i: usize) -> bool {
    words::get("claim_verbs").contains(&v.lemmas[i].as_str())
        && v.kids_with(i, &["obj"]).any(|o| words::get("claim_nouns").contains(&v.lemmas[o].as_str()))
}

/// Climbs from the trigger through complement clauses to a reporting verb, or finds a reporting
/// verb hung off the trigger's clause ("..., the ministry said").
fn reporting_subject(v: &View, t: usize) -> Option<usize> {
    let mut cur = t;
    // "Activists say 78 killed in a massacre; UN monitors shot at": a clause after a semicolon is no
    // part of what a verb before the semicolon reports ("…; three wounded, police said" still is).
    let mut floor = 0;
    // Event nouns sit inside clauses ("reported that 50 soldiers were killed in clashes"): climb
    // through any relation to the nearest reporting verb that governs the trigger's clause.
    for _ in 0..8 {
        if let Some(semicolon) = semicolon_clause(v, cur) {
            floor = floor.max(semicolon);
        }
        for c in v.kids_with(cur, &["parataxis"]).filter(|&c| c > floor) {
            if v.is_reporting(c) {
                // "…, announced the head of European diplomacy": after the clause, the subject follows.
                let inverted = || v.kids_with(c, &["obj", "iobj", "nsubj:pass"]).find(|&o| o > c && !listener(v, c, o));
                if let Some(s) = v.subject(c).or_else(inverted) {
                    return Some(author(v, relative_speaker(v, c, s)));
                }
            }
        }
        let h = v.head(cur)?;
        // A quote before the verb may come parsed as its subject ("“fire by … left four dead”,
        // indicated the ministry"): then the speaker is the nominal after the verb.
        let fronted = cur < h && v.base_rel(cur) == "nsubj";
        // "said … and that its jets later struck …": a second that-clause is reported as the first.
        let second = v.base_rel(cur) == "conj" && v.kids_with(cur, &["mark"]).any(|m| v.lemmas[m] == "that");
        if (v.is_reporting(h) || claims(v, h))
            && h > floor
            && !performed(v, cur, h)
            && (fronted || second || matches!(v.base_rel(cur), "ccomp" | "parataxis" | "xcomp" | "advcl" | "obj"))
        {
            let after = || v.kids_with(h, &["nsubj", "obj", "iobj"]).find(|&o| o > h && o != cur && !listener(v, h, o));
            // "Witnesses reported heavy fighting and say the rebels have taken the palace", "he said
            // … and added that …": a second conjunct shares the first one's subject, when that names a
            // party (not "a reset … is possible but says …", a conjunct of the wrong clause).
            let shared = || {
                v.head(h)
                    .filter(|_| v.base_rel(h) == "conj")
                    .and_then(|g| v.subject(g))
                    .filter(|&s| party_or_name(v, s))
            };
            // "Several soldiers were reported killed": the subject of a passive report is what is
            // reported, never who reports it; only a by-agent says who.
            let subject = || {
                v.subject(h)
                    .filter(|&s| s != cur && !listener(v, h, s))
                    .or_else(|| quoted(v, h))
                    .or_else(shared)
                    .or_else(after)
            };
            if let Some(s) = (!v.is_passive(h)).then(subject).flatten() {
                return Some(author(v, relative_speaker(v, h, s)));
            }
            if let Some(a) = v.kids(h).iter().copied().find(|&c| v.rel(c) == "obl:agent") {
                return Some(a);
            }
        }
        cur = h;
    }
    None
}

/// Whether report verb `h` does the act of `cur` rather than report it: the means of a response
/// ("Bahrain responded by expelling Iran's envoy", "replied by shelling the town") and what is
/// declared ("declared a state of emergency", "proclaimed martial law in the province"), unless the
/// declaring judges it ("declared the attack an act of terrorism"). Its doer is no source
/// (GUIDELINES §2: the act is the speech act), though a report verb above it may still give one.
fn performed(v: &View, cur: usize, h: usize) -> bool {
    let means = v.base_rel(cur) == "advcl" && v.kids_with(cur, &["mark"]).any(|m| v.lemmas[m] == "by");
    let declared = v.base_rel(cur) == "obj"
        && words::get("performing_verbs").contains(&v.lemmas[h].as_str())
        && v.kids_with(h, &["xcomp", "obj"]).all(|k| k == cur);
    means || declared
}

/// The position of the semicolon that opens clause `c` (a `parataxis` after it), if one does.
fn semicolon_clause(v: &View, c: usize) -> Option<usize> {
    let h = v.head(c).filter(|&h| h < c && v.base_rel(c) == "parataxis")?;
    (h + 1..c).find(|&k| v.word(k) == ";" && v.base_rel(k) == "punct")
}

/// "told reporters", "briefed the council": the object of a verb of telling hears the report.
fn listener(v: &View, verb: usize, o: usize) -> bool {
    matches!(v.base_rel(o), "obj" | "iobj") && words::get("listening_verbs").contains(&v.lemmas[verb].as_str())
}

/// "TamilNet quotes the rebels' media unit as saying …", "cited officials as saying …": the one
/// quoted speaks, not the one who quotes them. Only with "as": in "cited a U.N. report, saying …"
/// the one who cites says it.
fn quoted(v: &View, h: usize) -> Option<usize> {
    v.kids_with(h, &["mark"]).find(|&m| v.lemmas[m] == "as")?;
    let g = v.head(h).filter(|&g| words::get("quoting").contains(&v.lemmas[g].as_str()))?;
    v.kids_with(g, &["obj"]).find(|&o| o < h)
}

/// The noun a relative pronoun speaker stands for ("…, according to the health ministry, which said
/// …", "a spokesman for the army, who said …"); any other speaker for itself. A relative clause hung
/// on the verb rather than its noun stands for the noun phrase just before it: a clause says nothing.
fn relative_speaker(v: &View, clause: usize, s: usize) -> usize {
    // "no one … that can say": one who may say it has said nothing
    if !words::get("relative_pronouns").contains(&v.lemmas[s].as_str()) || crate::events::tense::possible(v, clause) {
        return s;
    }
    if v.base_rel(clause) == "acl" {
        return v.antecedent(clause, s);
    }
    let Some(mut k) = (0..s).rev().find(|&k| !v.is_punct(k)) else { return s };
    // From the phrase's last word up to its head: "the ministry in Dhaka", "a spokesman for the army".
    while let Some(h) = v.head(k).filter(|&h| h < k && matches!(v.base_rel(k), "nmod" | "flat")) {
        k = h;
    }
    let nominal = matches!(v.base_rel(k), "nsubj" | "obj" | "iobj" | "obl" | "nmod" | "appos" | "conj");
    if nominal {
        k
    } else {
        s
    }
}

/// The one behind a reporting document, when the document names them with "by" or "from"; the
/// subject itself otherwise ("a statement from the ministry" is normalized as the ministry anyway).
fn author(v: &View, s: usize) -> usize {
    if !words::get("documents").contains(&v.lemmas[s].as_str()) {
        return s;
    }
    let by = |c: usize| matches!(v.case_of(c).as_deref(), Some("by" | "from")) || v.rel(c) == "obl:agent";
    v.kids(s)
        .iter()
        .flat_map(|&k| std::iter::once(k).chain(v.kids(k).iter().copied()))
        .find(|&k| k != s && by(k))
        .unwrap_or(s)
}

/// "according to X" anywhere on the trigger's path to the root, or in its sentence.
fn according_to(v: &View, t: usize) -> Option<usize> {
    let marked: Vec<usize> =
        (0..v.len()).filter(|&i| matches!(v.case_of(i).as_deref(), Some("accord to" | "according to"))).collect();
    let path: Vec<usize> = std::iter::once(t).chain(v.ancestors(t)).collect();
    marked.iter().copied().find(|&m| v.head(m).is_some_and(|h| path.contains(&h))).or(marked.first().copied())
}

/// The noun phrase at `s` names a party: the gazetteer knows it, or the model tags a name in it.
fn party_or_name(v: &View, s: usize) -> bool {
    let phrase = v.phrase(s);
    crate::parties::normalize(v.text(phrase.clone())).is_some()
        || v.sent
            .entities
            .iter()
            .any(|e| e.tokens.contains(&s) && matches!(e.label.as_str(), "PER" | "ORG" | "GPE" | "NORP"))
}
