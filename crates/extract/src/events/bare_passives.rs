//! Past participles that are passive with no auxiliary to mark them: the complement of a linking
//! verb ("civilians remain besieged", "two officers stand accused of the killing"), and a participle
//! set off by a comma from the phrase it describes ("a commander, accused of planning the attack,
//! was arrested"; "Charged with treason, the general fled"). Who undergoes such a participle is the
//! linking verb's subject or the phrase it describes, never its actor.
//!
//! Read by the argument stage (the verb's target) and by the accusation reader
//! (`triggers::accused`: the accused, not the accuser, did the act an accusation names).
use super::view::View;
use super::words;

/// Who undergoes participle `t` when no auxiliary marks it passive; `None` when `t` is none of the
/// forms above.
pub fn undergoers(v: &View, t: usize) -> Option<Vec<usize>> {
    linked_subjects(v, t).or_else(|| set_off(v, t))
}

/// "Thousands of civilians remain trapped and besieged": a past participle that completes a linking
/// verb (event_words linking_verbs), alone or joined to another complement, says what the linking
/// verb's subject undergoes; those subjects, or `None` when `t` is no such participle.
pub fn linked_subjects(v: &View, t: usize) -> Option<Vec<usize>> {
    if let Some(subjects) = misparsed_link(v, t) {
        return Some(subjects);
    }
    if !participle(v, t) {
        return None;
    }
    // "remain unseen, unprotected, bombed": climb the conjuncts to the complement they share. Each
    // link must be a participle too: in "became angry and fired into the crowd" the adjective
    // "angry" is the complement, and "fired" a past tense the soldiers did.
    let mut c = t;
    for _ in 0..6 {
        if v.rel(c) != "conj" {
            break;
        }
        c = v.head(c).filter(|&h| participle(v, h) || participle_form(v, h))?;
    }
    let h = v.head(c).filter(|_| v.rel(c) == "xcomp")?;
    if !linking(v, h) {
        return None;
    }
    let subjects = v.subjects(h);
    (!subjects.is_empty()).then_some(subjects)
}

/// "Two soldiers stand accused of the bombing" parsed with "accused" as a clause hung on "stand"
/// and the soldiers as its subject: a participle right after a linking verb that has no subject of
/// its own is that verb's complement, and the subject before both undergoes it.
fn misparsed_link(v: &View, t: usize) -> Option<Vec<usize>> {
    let h = v.head(t).filter(|&h| h < t && v.rel(t) == "advcl" && linking(v, h))?;
    let between = (h + 1..t).all(|k| v.base_rel(k) == "advmod");
    let own = v.kids_with(t, &["nsubj", "nsubj:pass"]).filter(|&s| s < h).collect::<Vec<_>>();
    let bare = v.kids_with(t, &["obj", "aux", "aux:pass", "mark"]).next().is_none();
    let form = past_form(v, t);
    let free = v.kids_with(h, &["nsubj", "nsubj:pass"]).next().is_none();
    (between && bare && form && free && !own.is_empty()).then_some(own)
}

/// "a commander, accused of planning the attack, ...", "Accused of plotting a coup, the general
/// ...": a bare past participle (no subject, auxiliary, object or subordinator of its own) set off
/// by a comma describes the noun it hangs on (`acl`) or the subject of the clause it hangs on
/// (`advcl`), which undergoes it. A participle right after its noun is a reduced relative, read
/// where the argument stage reads it.
fn set_off(v: &View, t: usize) -> Option<Vec<usize>> {
    let h = v.head(t)?;
    // The phrase starts at the participle or at its adverbs ("the commander, also accused of …").
    let mut start = t;
    while start > 0 && v.head(start - 1) == Some(t) && v.base_rel(start - 1) == "advmod" {
        start -= 1;
    }
    let set_off = start == 0 || v.word(start - 1) == ",";
    let bare = v.kids_with(t, &["nsubj", "nsubj:pass", "obj", "aux", "aux:pass", "mark", "cop"]).next().is_none();
    if !bare || !set_off || !participle(v, t) {
        return None;
    }
    let found = match v.rel(t) {
        "acl" if h < t => vec![h],
        // "He is an aide of rebel leader X, accused of …" parsed onto the clause: a party named
        // right before the comma is the one described; else the clause's subject ("Accused of
        // graft, the minister resigned", "He was arrested in Kabul, accused of spying").
        "advcl" => match party_before(v, start) {
            Some(p) if h < t => vec![p],
            _ => v.subjects(h),
        },
        _ => Vec::new(),
    };
    (!found.is_empty()).then_some(found)
}

/// The head of the noun phrase that ends right before the comma opening the phrase at `start`,
/// when it names a party that is no place: the word before the comma, climbed through the parts of
/// a name and an apposition ("militant leader Baitullah Mesud" → "leader").
fn party_before(v: &View, start: usize) -> Option<usize> {
    let mut k = start.checked_sub(2)?;
    while let Some(h) = v.head(k).filter(|&h| h < k && matches!(v.base_rel(k), "flat" | "appos")) {
        k = h;
    }
    let nominal = matches!(v.base_rel(k), "nmod" | "obj" | "obl" | "appos" | "conj");
    (nominal && v.names_party(k) && !v.is_place_name(k) && !v.is_dated(k)).then_some(k)
}

fn linking(v: &View, h: usize) -> bool {
    words::get("linking_verbs").contains(&v.lemmas[h].as_str())
}

/// A word that may be a past participle: inflected ("besieged", not "angry" or "defiant"), not an
/// -ing form, and with no object or subject of its own (a finite verb's marks).
fn participle(v: &View, i: usize) -> bool {
    past_form(v, i) && v.kids_with(i, &["obj", "nsubj"]).next().is_none()
}

/// Inflected and not an -ing form: "accused", "besieged" (not "angry", "defiant", "fighting").
fn past_form(v: &View, i: usize) -> bool {
    let w = v.lower(i);
    !w.ends_with("ing") && w != v.lemmas[i]
}

/// A link of the conjunct chain may also be a participle the lemmatizer keeps whole ("remain
/// unseen, unprotected, bombed"): an -ed or -en form with no object or subject.
fn participle_form(v: &View, i: usize) -> bool {
    let w = v.lower(i);
    (w.ends_with("ed") || w.ends_with("en")) && v.kids_with(i, &["obj", "nsubj"]).next().is_none()
}
