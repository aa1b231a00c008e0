//! Pronouns and pair words as parties, against the document [`Context`]: "he", "I" and "we" are the
//! last speaker, "they" (and "it") the speaker it reports for, the subject its clause hangs on (`antecedents`),
//! the noun "them" stands for (`objects`) or the latest actors; "both sides" is the article's two
//! states.
use super::context::Context;
use super::phrases::parties_of;
use crate::events::view::View;
use crate::events::words;
use casus_core::Party;

/// Pronouns and pair words: "he" is the last speaker, "they" the latest actors, "both sides" the
/// article's two states; `None` when the head is none of them.
pub(super) fn pronoun(v: &View, ctx: &Context, head: usize, avoid: Option<&str>, text: &str) -> Option<Vec<Party>> {
    let lemma = v.lemmas[head].as_str();
    if matches!(lemma, "he" | "she") {
        if let Some(p) = ctx.person_for(v, head, lemma == "she", avoid) {
            return Some(vec![Party { text: text.to_string(), ..p }]);
        }
        // Every speaker so far is of the other sex: none of them, nor the latest party.
        if ctx.speaker.is_some() {
            return Some(Vec::new());
        }
    }
    // "I" and "we" are whoever speaks, the sentence's source or the last speaker, also in a quote
    // that runs on into a sentence of its own ("… we will also react positively. But if they take
    // negative toward us, then we will retaliate."), not the party the story named last.
    if matches!(lemma, "i" | "we") {
        let speaker = ctx.speaker().filter(|p| avoid.is_none() || p.country.as_deref() != avoid);
        if let Some(p) = speaker {
            return Some(vec![Party { text: text.to_string(), ..p.clone() }]);
        }
    }
    if let Some(found) = super::antecedents::bound_it(v, ctx, head, avoid, text) {
        return Some(found);
    }
    if words::get("pronouns").contains(&lemma) {
        return Some(ctx.referent(None).map(|p| Party { text: text.to_string(), ..p.clone() }).into_iter().collect());
    }
    if let Some(found) = super::object_persons::bound_person(v, ctx, head, avoid, text) {
        return Some(found);
    }
    if let Some(found) = reporters(v, ctx, head, avoid, text) {
        return Some(found);
    }
    if let Some(found) = super::antecedents::bound_they(v, ctx, head, avoid, text) {
        return Some(found);
    }
    if let Some(found) = super::objects::bound_them(v, ctx, head, avoid, text) {
        return Some(found);
    }
    if let Some(found) = super::antecedents::opening_they(v, ctx, head, avoid, text) {
        return Some(found);
    }
    // "they" are the actors of the latest event that had any ("Residents and insurgents dragged
    // ... They were protesting"), else the party last named; with none yet, the article's pair.
    if matches!(lemma, "they" | "them") {
        let avoided = |p: &&Party| avoid.is_none() || p.country.as_deref() != avoid;
        let group: Vec<Party> =
            ctx.last_actors.iter().filter(avoided).map(|p| Party { text: text.to_string(), ..p.clone() }).collect();
        if !group.is_empty() {
            return Some(group);
        }
        if let Some(p) = ctx.referent(avoid) {
            return Some(vec![Party { text: text.to_string(), ..p.clone() }]);
        }
    }
    if let Some(found) = super::counted::counted_states(v, ctx, head, text) {
        return Some(found);
    }
    if let Some(found) = paired_people(v, ctx, head, text) {
        return Some(found);
    }
    let states = v.phrase(head).any(|i| words::get("state_nouns").contains(&v.lemmas[i].as_str()));
    if is_pair(v, v.phrase(head)) {
        return Some(ctx.side_pair(text, states));
    }
    if matches!(lemma, "they" | "them") {
        return Some(ctx.pair(text, states));
    }
    None
}

/// "Militants said they released …", "Residents say they heard …": "they" as the subject of what a
/// plural speaker reports is that speaker, not whoever acted last.
fn reporters(v: &View, ctx: &Context, head: usize, avoid: Option<&str>, text: &str) -> Option<Vec<Party>> {
    if v.lemmas[head] != "they" || !v.rel(head).starts_with("nsubj") {
        return None;
    }
    let clause = v.head(head).filter(|&c| v.rel(c) == "ccomp")?;
    let verb = v.head(clause).filter(|&g| v.is_reporting(g))?;
    // "Insurgents released a statement saying they …": the statement's sayer is whoever issued it.
    let issuer = || {
        let noun = v.head(verb).filter(|_| v.base_rel(verb) == "acl")?;
        v.head(noun).and_then(|g| v.kids_with(g, &["nsubj"]).find(|&s| s < head))
    };
    let speaker = v.kids_with(verb, &["nsubj"]).find(|&s| s < head).or_else(issuer)?;
    // Plural by its inflection ("militants", "residents"); a pronoun speaker has no antecedent here.
    let plural = |k: usize| v.lower(k) != v.lemmas[k];
    // "Aid workers who negotiate with the militants say they …": a nearer plural noun may be meant.
    let nominal = |k: usize| matches!(v.base_rel(k), "obj" | "obl" | "nmod" | "nsubj" | "iobj" | "appos");
    let nearer = (speaker + 1..head).any(|k| nominal(k) && plural(k));
    // "France and South Africa say they …": a coordinated speaker is plural too, and all of it.
    let coordinated = v.kids_with(speaker, &["conj"]).next().is_some();
    if !(plural(speaker) || coordinated) || nearer || crate::events::words::is_pronoun(&v.lemmas[speaker]) {
        return None;
    }
    let found: Vec<Party> = parties_of(v, ctx, &v.conjuncts(speaker), avoid)
        .into_iter()
        .map(|p| Party { text: text.to_string(), ..p })
        .collect();
    (!found.is_empty()).then_some(found)
}

/// "the two countries", "both sides", "both Afghan rivals", "the parties", "all parties", "all warring
/// parties": the two sides of the article's conflict.
fn is_pair(v: &View, range: std::ops::Range<usize>) -> bool {
    let last = range.end - 1;
    let pair_noun = |i: usize| words::get("pair_nouns").contains(&v.lemmas[i].as_str());
    // "all political parties", "both opposition parties", "all member states", "the other countries":
    // a group within or beside the conflict, not its two sides.
    if range.clone().any(|i| words::get("pair_blockers").contains(&v.lemmas[i].as_str())) {
        return false;
    }
    // "both Somali rivals", "the leaders of the two countries": the count must be the pair noun's own,
    // so "two Afghan government soldiers" (a number of soldiers) is not a pair of governments, nor
    // "two prisons in Haiti's capital" a pair of capitals.
    let counted = |i: usize| v.kids(i).iter().any(|&k| k < i && matches!(v.lemmas[k].as_str(), "two" | "both"));
    if range.clone().any(|i| pair_noun(i) && counted(i)) {
        return true;
    }
    // "the United States" is a name, not "the states".
    if range.clone().skip(1).any(|i| v.word(i).chars().next().is_some_and(char::is_uppercase)) {
        return false;
    }
    // "the parties", "the longtime antagonists": a definite plural of a pair noun. "All" goes with
    // the narrower side nouns below, as "all countries" / "all nations" are everyone, not two sides.
    let plural_sides =
        v.lemmas[range.start] == "the" && range.len() <= 3 && pair_noun(last) && v.lower(last).ends_with('s');
    // "all parties", "all the warring sides": every side of the conflict, i.e. its two sides.
    let all_sides = v.lemmas[range.start] == "all"
        && range.len() <= 4
        && words::get("side_nouns").contains(&v.lemmas[last].as_str())
        && v.lower(last).ends_with('s');
    // "Each side accused the other", "each party blamed the other": with its reciprocal object, the
    // singular "each" + side noun is the two sides, one record each way.
    let each_side = v.lemmas[range.start] == "each"
        && range.len() == 2
        && words::get("side_nouns").contains(&v.lemmas[last].as_str());
    plural_sides || all_sides || each_side
}

/// "both generals", "the two former allies", "the two armed groups": a definite pair of people or
/// bodies is the two sides of the story's latest fight, as they were named (an army stays MIL).
/// "The two presidents", "the two leaders" are those sides too (a state's as its government), else
/// the two states the story named last ("Putin is courting Erdogan. The two presidents …"). A bare count ("two generals were
/// killed") is a number of them; an owner ("the group's two leaders", "the two Taliban commanders")
/// or a list ("the government and the two rebel groups") makes them one side.
fn paired_people(v: &View, ctx: &Context, head: usize, text: &str) -> Option<Vec<Party>> {
    let lemma = v.lemmas[head].as_str();
    if !words::get("pair_people").contains(&lemma) || !v.inflected_plural(head) {
        return None;
    }
    let before = |w: &str| v.kids(head).iter().any(|&k| k < head && v.lemmas[k] == w);
    let definite = before("both") || (before("two") && v.definite_det(head));
    let owned = v
        .kids_with(head, &["nmod", "nmod:poss", "compound"])
        .any(|k| v.base_rel(k) != "compound" || v.word(k).chars().next().is_some_and(char::is_uppercase));
    let listed = v.base_rel(head) == "conj" || v.kids_with(head, &["conj"]).next().is_some();
    let blocked = v.phrase(head).any(|i| words::get("pair_blockers").contains(&v.lemmas[i].as_str()));
    if !definite || owned || listed || blocked {
        return None;
    }
    let leaders = words::get("pair_leaders").contains(&lemma);
    if let [a, b] = ctx.noted_sides() {
        let named = |p: &Party| Party { text: text.to_string(), ..p.clone() };
        return Some(if leaders { ctx.pair(text, false) } else { vec![named(a), named(b)] });
    }
    leaders.then(|| latest_states(ctx, text).unwrap_or_else(|| ctx.pair(text, true)))
}

/// The governments of the two states the story named last: a state's party first, then the latest
/// one of another state.
fn latest_states(ctx: &Context, text: &str) -> Option<Vec<Party>> {
    let state_roles = words::get("state_organs");
    let mut states = ctx.recent().filter(|p| p.role.as_deref().is_none_or(|r| state_roles.contains(&r)));
    let first = states.by_ref().find_map(|p| p.country.clone())?;
    let second = states.find_map(|p| p.country.clone().filter(|c| *c != first))?;
    let government = |c: String| Party {
        text: text.to_string(),
        name: crate::parties::country_name(&c).map(str::to_string),
        country: Some(c),
        role: Some("GOV".into()),
    };
    Some(vec![government(second), government(first)])
}
