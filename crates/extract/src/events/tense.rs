//! Tense and aspect of a trigger's clause, read off word forms and auxiliaries (the model gives no
//! part-of-speech tags). Used to tell background statements ("Azerbaijan denies any desire…",
//! "Clashes regularly take place…") from dated occurrences.
use super::view::View;
use super::words;

/// The verb whose clause `i` belongs to: a nominal or non-finite trigger climbs to the predicate
/// that governs it ("suspecting the West…" → "takes a dim view"; "incidents … take place" → "take").
pub fn clause_verb(v: &View, i: usize) -> usize {
    let mut cur = i;
    for _ in 0..v.len() {
        if is_finite(v, cur) {
            return cur;
        }
        let climbs = matches!(
            v.base_rel(cur),
            "nsubj" | "obj" | "iobj" | "obl" | "nmod" | "xcomp" | "advcl" | "acl" | "compound" | "amod" | "conj"
        );
        match v.head(cur) {
            Some(h) if climbs => cur = h,
            _ => return cur,
        }
    }
    cur
}

/// A verb heading a tensed clause: it has a subject or an auxiliary of its own.
fn is_finite(v: &View, i: usize) -> bool {
    v.kids(i).iter().any(|&c| matches!(v.base_rel(c), "nsubj" | "aux" | "cop"))
}

/// The clause of verb `i` is in the simple present ("denies", "insist", "is suspected", "does not
/// advance"). Copular clauses ("These are the deadliest fighting") identify an event rather than
/// state a position, so they do not count; nor do the perfect, the past and the future.
pub fn present_simple(v: &View, i: usize) -> bool {
    if v.kids_with(i, &["cop"]).next().is_some() {
        return false;
    }
    let auxes: Vec<String> = v.kids_with(i, &["aux", "aux:pass"]).map(|c| v.lower(c)).collect();
    if !auxes.is_empty() {
        let present = |a: &str| matches!(a, "do" | "does" | "is" | "are" | "am" | "'s" | "'re");
        // "is going to seize", "is trying to": a progressive names something under way now.
        let progressive = v.lower(i).ends_with("ing");
        return !progressive && auxes.iter().all(|a| present(a));
    }
    if v.kids_with(i, &["nsubj"]).next().is_none() {
        return false;
    }
    let word = v.lower(i);
    let lemma = &v.lemmas[i];
    if word == *lemma {
        return !words::get("same_past").contains(&lemma.as_str())
            && !v.kids_with(i, &["mark"]).any(|m| v.lemmas[m] == "to");
    }
    word.ends_with('s') && (word == format!("{lemma}s") || word == format!("{lemma}es") || word.ends_with("ies"))
}

/// "(areas where troops and rebels) are engaged in fierce fighting", "are locked in talks": a present
/// passive of a state participle tells what is under way now, not a standing description.
pub fn ongoing_state(v: &View, i: usize) -> bool {
    v.kids_with(i, &["aux:pass"]).next().is_some() && words::get("ongoing_participles").contains(&v.lower(i).as_str())
}

/// The clause of verb `i` states a pattern ("Clashes regularly take place", "Incidents … are
/// frequent").
pub fn habitual(v: &View, i: usize) -> bool {
    let generic = |t: usize| words::get("habitual").contains(&v.lower(t).as_str());
    // "annually" may come as a bare noun-like adjunct (obl).
    generic(i) || v.kids_with(i, &["advmod", "obl"]).any(generic) || recurring(v, i)
}

/// "dogs are slaughtered every month", "bans fishing in the middle of each year": a time phrase
/// that counts every unit of time, anywhere in the adjuncts of verb `i`, makes its clause a pattern.
fn recurring(v: &View, i: usize) -> bool {
    let every = |n: usize| {
        words::get("recurring_times").contains(&v.lemmas[n].as_str())
            && v.kids_with(n, &["det"]).any(|d| words::get("recurrence_dets").contains(&v.lemmas[d].as_str()))
    };
    // Up through nominal adjuncts (and a verb's own complement: "bans fishing in …") to `i`.
    let reaches = |n: usize| {
        let mut cur = n;
        while matches!(v.base_rel(cur), "obl" | "nmod" | "advmod" | "xcomp") {
            match v.head(cur) {
                Some(h) if h == i => return true,
                Some(h) => cur = h,
                None => return false,
            }
        }
        false
    };
    (0..v.len()).any(|n| every(n) && reaches(n))
}

/// Token `i` stands inside quotation marks in its sentence.
pub fn quoted(v: &View, i: usize) -> bool {
    let mut open = false;
    for t in 0..i {
        match v.word(t) {
            "“" | "«" => open = true,
            "”" | "»" => open = false,
            w if w.contains('"') => open = !open,
            _ => {}
        }
    }
    open
}

/// A headline or section title: no sentence-final punctuation. Headlines use the present for
/// past events ("The Kremlin calls for restraint").
pub fn headline(v: &View) -> bool {
    headline_words(&(0..v.len()).map(|t| v.word(t)).collect::<Vec<_>>())
}

/// [`headline`] of a sentence's words.
pub fn headline_words(words: &[&str]) -> bool {
    let Some(last) = words.iter().rev().find(|w| !matches!(**w, "\"" | "”" | "’" | "'" | ")" | "»")) else {
        return true;
    };
    !matches!(*last, "." | "!" | "?" | "…" | ":")
}

/// Whether the sentence is written in headline case: a [`headline`] with every word of four letters
/// or more capitalized ("Officials Blame Uighur Muslims").
pub fn title_case(v: &View) -> bool {
    title_case_words(&(0..v.len()).map(|t| v.word(t)).collect::<Vec<_>>())
}

/// [`title_case`] of a sentence's words.
pub fn title_case_words(words: &[&str]) -> bool {
    let long = |w: &&&str| w.chars().count() >= 4 && w.chars().all(char::is_alphabetic);
    headline_words(words) && words.iter().filter(long).all(|w| w.chars().next().is_some_and(char::is_uppercase))
}

/// The clause of verb `i` is in the past or past perfect ("ended", "had caused", "was signed").
pub fn past(v: &View, i: usize) -> bool {
    let was = |a: &str| matches!(a, "was" | "were" | "had" | "did" | "'d");
    if let Some(c) = v.kids_with(i, &["cop"]).next() {
        return was(&v.lower(c));
    }
    let auxes: Vec<String> = v.kids_with(i, &["aux", "aux:pass"]).map(|c| v.lower(c)).collect();
    if !auxes.is_empty() {
        return auxes.iter().any(|a| was(a));
    }
    past_inflection(&v.lower(i), &v.lemmas[i])
}

/// Whether lower-case `word`, of lemma `lemma`, is inflected as a past: "shot", "killed"; not
/// "kills", "killing".
pub fn past_inflection(word: &str, lemma: &str) -> bool {
    word != lemma && !word.ends_with("ing") && !word.ends_with('s')
}

/// The clause of verb `i` points at the news of the day rather than stating a standing position.
pub fn about_the_news(v: &View, i: usize) -> bool {
    v.subtree(i).any(|t| {
        words::get("news_deixis").contains(&v.lemmas[t].as_str())
            && v.ancestors(t).take_while(|&a| a != i).all(|a| !v.is_clause(a))
    })
}

/// Verb `i` is under a modal of possibility ("may impose", "could strike", "might invade"); a
/// perfect ("may have been killed") hedges a past report instead. A conjunct or a complement with no
/// auxiliary and no subject of its own shares its governor's ("could return … or accept a deal",
/// "may overreach and start threatening").
pub fn possible(v: &View, i: usize) -> bool {
    let mut cur = i;
    for _ in 0..4 {
        let auxes: Vec<&str> = v.kids_with(cur, &["aux"]).map(|a| v.lemmas[a].as_str()).collect();
        if !auxes.is_empty() {
            return auxes.iter().any(|a| words::get("possibility").contains(a)) && !auxes.contains(&"have");
        }
        let shares = matches!(v.base_rel(cur), "conj" | "xcomp") && v.kids_with(cur, &["nsubj"]).next().is_none();
        match v.head(cur) {
            Some(h) if shares => cur = h,
            _ => return false,
        }
    }
    false
}

/// Verb `i` is in the future ("will attack", "would fight on", "there was going to be an
/// invasion"): it reports nothing that has happened.
pub fn future(v: &View, i: usize) -> bool {
    let aux = v.kids_with(i, &["aux"]).any(|a| words::get("future_aux").contains(&v.lower(a).as_str()));
    let going = v.base_rel(i) == "xcomp"
        && v.head(i).is_some_and(|g| v.lower(g) == "going" && v.kids_with(g, &["aux"]).next().is_some());
    aux || going
}

/// Verb `i` is an infinitive of purpose: what the act it modifies is for ("sent troops to drive
/// out the rebels", "opened fire to disperse the crowd", "efforts to take control of the train"). A
/// governor that modalizes its complement ("tried to storm", "threatened to strike", "refused to
/// withdraw") is read in stage 1 instead (lexicon::modal).
pub fn purpose(v: &View, i: usize) -> bool {
    let Some(g) = v.head(i) else { return false };
    // "is close to achieving its aim": a gerund after the preposition "to" is no infinitive.
    let infinitive = v.kids_with(i, &["mark"]).any(|m| v.lemmas[m] == "to")
        && v.kids_with(i, &["nsubj"]).next().is_none()
        && !v.lower(i).ends_with("ing");
    // "attacked the town, only to be repulsed": what followed, not what the act was for.
    let result = v.kids_with(i, &["advmod"]).any(|m| v.lemmas[m] == "only");
    let of_an_act = match v.base_rel(i) {
        "advcl" => true,
        // "the first country to recognize …" reports; "a bid to crack down …" aims.
        "acl" => words::get("aim_nouns").contains(&v.lemmas[g].as_str()),
        // "giving the military six months to crush the rebels": time granted for an act, not the act.
        "xcomp" => words::get("granting_verbs").contains(&v.lemmas[g].as_str()),
        _ => false,
    };
    infinitive && !result && of_an_act && crate::lexicon::modal(&v.lemmas[g]).is_none()
}

/// The sentence is a yes-no question ("Did the rebels attack the town?", "Will Russia invade?"):
/// it asks whether something happened and reports nothing. A sentence with a question word is left
/// to `questions::asked_about`, which keeps only the act whose doer the question asks for ("Who
/// attacked the convoy?").
pub fn yes_no_question(v: &View) -> bool {
    question_mark(v) && !(0..v.len()).any(|t| words::get("wh_words").contains(&v.lower(t).as_str()))
}

/// The sentence ends in a question mark, before any closing quote or bracket.
pub fn question_mark(v: &View) -> bool {
    let closing = |t: usize| matches!(v.word(t), "\"" | "”" | "’" | "'" | ")" | "»");
    (0..v.len()).rev().find(|&t| !closing(t)).is_some_and(|last| v.word(last) == "?")
}

/// The clause of verb `i` is a condition ("if the rebels refuse", "unless attacks stop").
pub fn conditional(v: &View, i: usize) -> bool {
    v.kids_with(i, &["mark"]).any(|m| words::get("conditional").contains(&v.lemmas[m].as_str()))
}

/// The clause of verb `i` is in the present perfect ("have blamed", "has been fighting", "have
/// been arrested"): done before now, on no day of its own.
pub fn present_perfect(v: &View, i: usize) -> bool {
    // The first auxiliary: "may have been killed", "should have stopped" are no perfect of fact.
    let first = v.kids_with(i, &["aux", "aux:pass"]).min();
    first.is_some_and(|a| matches!(v.lower(a).as_str(), "has" | "have" | "'ve"))
}

/// The clause of verb `i` is in the past perfect ("had been killed", "had died"): a span up to a past
/// moment, the present perfect of reported speech.
pub fn past_perfect(v: &View, i: usize) -> bool {
    let first = v.kids_with(i, &["aux", "aux:pass"]).min();
    first.is_some_and(|a| matches!(v.lower(a).as_str(), "had" | "'d"))
}

/// The clause of verb `i` is in the present progressive ("are cooperating", "is warning"): under
/// way now, on no day of its own; "is going to" is a future.
pub fn present_progressive(v: &View, i: usize) -> bool {
    let first = v.kids_with(i, &["aux"]).min();
    v.lower(i).ends_with("ing")
        && v.lemmas[i] != "go"
        && first.is_some_and(|a| matches!(v.lower(a).as_str(), "is" | "are" | "am" | "'s" | "'re"))
}

/// The clause of verb `i` is in the past progressive ("were meeting", "was talking"): what was
/// going on at the time.
pub fn past_progressive(v: &View, i: usize) -> bool {
    let first = v.kids_with(i, &["aux"]).min();
    v.lower(i).ends_with("ing") && first.is_some_and(|a| matches!(v.lower(a).as_str(), "was" | "were"))
}

/// The sentence is among the first `n` sentences of the story's body (headlines and section
/// titles not counted): the lead, which states the news of the day.
pub fn in_lead(v: &View, n: usize) -> bool {
    let body = |s: &casus_core::Sentence| {
        let text = v.doc.sentence_text(s).trim_end_matches(['"', '”', '’', '\'', ')', '»', ' ', '\n']);
        text.ends_with(['.', '!', '?', '…', ':'])
    };
    v.doc.sentences.iter().take_while(|s| s.start < v.sent.start).filter(|s| body(s)).count() < n
}
