//! Generic and habitual statements that `reality` does not read (it needs an adverb such as
//! "regularly"): an act told in the simple present of people in general, with no day, toll or
//! headline to make it news ("others encounter sexual violence at work", "women are barred from many
//! jobs", "civilians remain bombed and displaced"), and an act inside a clause whose subject is
//! anyone at all ("everybody knows someone who has been arrested"). GUIDELINES §2 and §12.8:
//! habitual and generic statements and standing states are no records. Positions (statements,
//! appeals, intents) are still acts. Also violence that a frequency word says recurs ([`recurrent`]).
use crate::dates::DateMention;
use crate::events::tense;
use crate::events::triggers::trigger::is_force;
use crate::events::view::View;
use crate::events::words;

/// The trigger at `head` states a pattern or a standing state rather than one occurrence.
pub(crate) fn generic(v: &View, head: usize, cameo: &str, dates: &[DateMention]) -> bool {
    let position = words::is_position(cameo);
    // Headlines and captions tell past events in the present; a day or a toll makes it a report.
    if position || tense::headline(v) || !dates.is_empty() || !v.casualties().is_empty() {
        return false;
    }
    let clause = tense::clause_verb(v, head);
    // "This incident comes after …", "the attack shows …", "clashes continue": the present of the news.
    let news = v.subject(clause) == Some(head)
        || tense::about_the_news(v, clause)
        || words::get("occurrence_verbs").contains(&v.lemmas[clause].as_str());
    if news {
        return false;
    }
    // "Residents say troops attacked": what a reporting verb governs is a report, whoever says it.
    let reported = |a: &usize| words::get("reporting").contains(&v.lemmas[*a].as_str());
    std::iter::once(head)
        .chain(v.ancestors(head))
        .take_while(|a| !reported(a))
        .any(|a| tense::present_simple(v, a) && anyone(v, a, head))
}

/// The subject of clause `a` names people in general: "everybody", "others", "you", or a bare
/// plural of a common noun ("women in 77 countries", "civilians") that is not the trigger's own.
fn anyone(v: &View, a: usize, head: usize) -> bool {
    let Some(s) = v.subject(a) else { return false };
    let lemma = v.lemmas[s].as_str();
    if words::get("generic_subjects").contains(&lemma) || words::get("generic_victims").contains(&lemma) {
        return true;
    }
    // "The people killed include …": the act is the subject's own, restated.
    if v.subtree(s).contains(&head) {
        return false;
    }
    let word = v.word(s);
    // "Rebels control parts of the capital", "troops patrol the border": a party of arms or state
    // acting now is news; civilians, women, workers are people in general.
    let party = || crate::parties::normalize(word).is_some_and(|p| p.role.is_some_and(|r| r != "CVL"));
    // A capital opening the sentence may be the sentence's own: "Women are barred …".
    let common = s == 0 || word.chars().next().is_some_and(|c| c.is_lowercase());
    // "his comments", "the workers", "30 workers", "thousands of civilians": someone in particular.
    let owned = |k: usize| v.rel(k) == "nmod:poss" || matches!(v.base_rel(k), "det" | "nummod" | "compound");
    let counted = words::get("quantity_words").contains(&lemma);
    let bare = !counted && !v.kids(s).iter().any(|&k| owned(k));
    common && bare && v.inflected_plural(s) && !party()
}

/// "Insurgents have repeatedly targeted government forces", "who have repeatedly burned schools", "has shelled the town almost daily", "the continuous attacks in our
/// schools", "regular attacks by militias", "when the nightly raids begin": violence that a
/// frequency word says recurs is a pattern, not one incident (GUIDELINES §2, habitual violence).
/// Only incidents counted in the plural recur: "frequent exchange of fire", "constant artillery
/// fire" tell how one incident went. A toll in the sentence ties it to one occurrence, and so do a
/// headline and a date of its own clause ("this week"; not the day a statement about it was made,
/// which the caller's day check leaves aside too); a verb in the past or progressive tells blows
/// within one incident ("police repeatedly fired tear gas", "are constantly shelling"), and so does
/// a recurring noun as the subject of a verb not in the present ("repeated airstrikes pounded Rafah
/// overnight"; "residents described regular raids" still tells a pattern).
pub(crate) fn recurrent(v: &View, head: usize, cameo: &str, nominal: bool, dates: &[DateMention]) -> bool {
    let clause = tense::clause_verb(v, head);
    // "has traded fire almost daily since October": a span's start dates no occurrence.
    let point = |d: &&DateMention| d.prep.as_deref() != Some("since");
    let dated = dates.iter().filter(point).any(|d| v.head(v.top(d.tokens.clone())) == Some(clause));
    // Coercion recurs as force does: "have repeatedly burned schools", "routinely arrest critics".
    let coercion = cameo.starts_with("17");
    if !(is_force(cameo) || coercion) || dated || !v.casualties().is_empty() || tense::headline(v) {
        return false;
    }
    if nominal {
        // What the recurring strikes did, told as done: "repeated airstrikes pounded Rafah overnight".
        let acting = v.base_rel(head) == "nsubj"
            && v.head(head) == Some(clause)
            && !tense::present_simple(v, clause)
            && !tense::present_perfect(v, clause);
        let modifiers = words::get("recurrent_modifiers");
        let modified = v.kids_with(head, &["amod"]).any(|k| modifiers.contains(&v.lower(k).as_str()));
        return v.inflected_plural(head) && modified && !acting;
    }
    let now = tense::present_perfect(v, head) || tense::present_simple(v, head);
    let adverbs = words::get("recurrent_adverbs");
    // "has pounded Malanje almost daily": the parser hangs "daily" as an unmarked oblique.
    now && v.kids_with(head, &["advmod", "obl:unmarked"]).any(|k| adverbs.contains(&v.lower(k).as_str()))
}
