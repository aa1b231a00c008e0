//! A possessive pronoun on an event noun that its clause's verb carries out ("Rebels began their
//! fight", "the army pressed on with its offensive", "while pursuing their assault on the capital"):
//! the pronoun stands for that verb's subject, which names the party where the pronoun only points.
use super::nominal::verb_subjects;
use super::*;
use crate::events::sides::antecedents::plural;
use crate::events::words::is_pronoun;

/// Replaces the possessive pronoun that is event noun `t`'s one actor with the subject of the verb
/// that carries the noun out: the verb's own subject, else (a participle or infinitive with none,
/// "while pursuing their assault", "vowed to widen its offensive") the subject it shares with the
/// clause above, when that subject agrees with the pronoun.
pub(super) fn own_subject(v: &View, t: usize, r: &mut Roles) {
    let [c] = r.actors[..] else { return };
    if !words::get("possessives").contains(&v.lower(c).as_str()) {
        return;
    }
    let Some(h) = v.head(t).filter(|&h| carries_out(v, t, h)) else { return };
    let pronoun = |s: &usize| is_pronoun(&v.lemmas[*s]);
    let subjects: Vec<usize> = verb_subjects(v, h, &["nsubj"]).into_iter().filter(|s| !pronoun(s)).collect();
    if !subjects.is_empty() {
        r.actors = subjects;
        return;
    }
    // A verb with a subject of its own (a pronoun, a passive one) shares none with the clause above.
    if v.kids_with(h, &["nsubj", "nsubj:pass"]).next().is_some() {
        return;
    }
    let shared = inherited_subject(v, h);
    if !shared.is_empty() && shared.iter().all(|&s| !pronoun(&s) && agrees(v, c, s) && !object_between(v, c, s)) {
        r.actors = shared;
    }
}

/// "The UN accused the coalition of bombing towns since launching its operation": an object of the
/// subject's verb, between it and the pronoun, that the pronoun also agrees with may be meant as
/// well; such a pronoun is left to the usual reading.
fn object_between(v: &View, c: usize, s: usize) -> bool {
    let Some(g) = v.head(s) else { return false };
    v.kids_with(g, &["obj", "iobj"]).any(|o| s < o && o < c && agrees(v, c, o))
}

/// Whether verb `h` carries out event noun `t`: a light verb taking it ("began its offensive", which
/// may come parsed as a complement), a verb and particle that carry it on ("kept up their
/// bombardment", "pressed ahead with its offensive"), or a verb that goes on with it by itself
/// ("pursued their assault", "widened its offensive").
fn carries_out(v: &View, t: usize, h: usize) -> bool {
    let lemma = v.lemmas[h].as_str();
    let light = words::get("light_verbs").contains(&lemma) && matches!(v.base_rel(t), "obj" | "xcomp");
    let pursued = words::get("pursue_verbs").contains(&lemma) && v.base_rel(t) == "obj";
    light || pursued || v.carries_on(t, h)
}

/// Whether subject `s` is one the possessive `c` can stand for: "their" a plural, "its" a singular
/// that is no person, "his"/"her" a person's name or a singular noun. "Our" is the speaker's.
fn agrees(v: &View, c: usize, s: usize) -> bool {
    match v.lower(c).as_str() {
        "their" => plural(v, s),
        "its" => !plural(v, s) && !v.is_person(s),
        "his" | "her" => !plural(v, s),
        _ => false,
    }
}
