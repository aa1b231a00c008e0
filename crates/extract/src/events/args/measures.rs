//! "The U.S. imposed sanctions on Dodik", "lifted the ban on the broadcaster", "sanctions were imposed
//! on Russia", "threatened tariffs against Canada": a measure laid, threatened or lifted names no
//! party; whom it is laid on (its on- or against-phrase) is the target (GUIDELINES §4: targets are
//! parties). Goods or acts it is laid on ("a ban on public gatherings", "tariffs on steel") are none.
use super::*;

/// Puts, for a trigger coded `cameo` (event_words `measure_roots`), whom a measure target of `verb`
/// is laid on in place of the measure; a measure laid on no party leaves no target of its own.
pub fn laid_on(v: &View, verb: usize, cameo: &str, roles: &mut Roles) {
    if !words::get("measure_roots").iter().any(|r| cameo.starts_with(r)) {
        return;
    }
    let Some(k) = roles.targets.iter().position(|&x| is_measure(v, x)) else { return };
    let measures = v.conjuncts(roles.targets.remove(k));
    roles.targets.retain(|x| !measures.contains(x));
    // "on the advice of", "on the basis of": a fixed phrase, not what the measure is laid on.
    let laid = |c: &usize| {
        words::get("measure_cases").contains(&v.case_of(*c).unwrap_or_default().as_str())
            && !v.is_dated(*c)
            && !is_idiom_phrase(v, *c)
    };
    // On the measure ("sanctions on Dodik"), on an amount the parser hangs on it ("tariffs on $20
    // billion worth of U.S. exports") or, where the measure has none, on the verb ("were imposed on
    // Russia", "imposed sanctions on Monday on Russian banks").
    let amounts = |m: usize| v.kids_with(m, &["nmod"]).filter(|&k| v.case_of(k).is_none()).collect::<Vec<_>>();
    let holders: Vec<usize> = measures.iter().flat_map(|&m| std::iter::once(m).chain(amounts(m))).collect();
    let on_noun: Vec<usize> = holders.iter().flat_map(|&m| v.kids_with(m, &["nmod"]).filter(laid)).collect();
    let on = if on_noun.is_empty() { v.kids_with(verb, &["obl"]).filter(laid).collect() } else { on_noun };
    // "a curfew on Baghdad", "a lockdown on Kano": a measure laid on an area is laid where, even on a
    // capital that elsewhere stands for its government ("sanctions on Moscow").
    let territorial = measures.iter().any(|&m| words::get("territorial_measures").contains(&v.lemmas[m].as_str()));
    let area = |x: usize| v.is_place_name(x) || crate::parties::lookup_place(v.word(x)).is_some_and(|p| p.known);
    let laid_where = |x: usize| territorial && area(x);
    for x in on.into_iter().flat_map(|c| v.conjuncts(c)) {
        if party_not_goods(v, x) && !is_place_noun(v, x) && !laid_where(x) && !roles.targets.contains(&x) {
            roles.targets.push(x);
        }
    }
    // Whom it is laid on is not where: no word of a target's phrase stays a place ("of U.S. exports").
    let phrases: Vec<std::ops::Range<usize>> = roles.targets.iter().map(|&t| v.phrase(t)).collect();
    roles.places.retain(|p| !phrases.iter().any(|r| r.contains(p)));
}

fn is_measure(v: &View, x: usize) -> bool {
    words::get("imposed_measures").contains(&v.lemmas[x].as_str())
}

/// A party, not goods or an activity: a name the model tags, a pronoun, a phrase the gazetteer gives
/// a role ("the media outlet", "Iran"), or goods a party owns ("Canadian exports", "$20 billion
/// worth of U.S. exports", "Iran's oil"). What follows in a place phrase is no owner: "six townships
/// in Yangon" are places.
fn party_not_goods(v: &View, x: usize) -> bool {
    let modified = v.text(v.phrase(x).start..x + 1);
    state_or_role(modified) || words::is_pronoun(&v.lemmas[x]) || owners(v, x, 3).into_iter().any(|k| named(v, k))
}

/// Word `x` and the words that say whose it is, down `depth` levels: modifiers, possessors, compounds,
/// of-phrases, and their conjuncts.
fn owners(v: &View, x: usize, depth: usize) -> Vec<usize> {
    let mut out = vec![x];
    if depth == 0 {
        return out;
    }
    for &k in v.kids(x) {
        let owner = matches!(v.rel(k), "amod" | "compound" | "nmod:poss" | "flat")
            || (v.rel(k) == "conj" && v.rel(x) != "nmod")
            || (v.rel(k) == "nmod" && v.case_of(k).as_deref() == Some("of"));
        if owner {
            out.extend(owners(v, k, depth - 1));
        }
    }
    out
}

/// Word `k` is a person, organisation or people the model tags, or a state the gazetteer knows ("Chinese",
/// "U.S.", "Iran": a state has a role). A town is no party: "a curfew on Goma" is laid where.
fn named(v: &View, k: usize) -> bool {
    let tagged = |e: &casus_core::Entity| e.tokens.contains(&k) && matches!(e.label.as_str(), "PER" | "ORG" | "NORP");
    v.sent.entities.iter().any(tagged) || state_or_role(v.word(k))
}

fn state_or_role(text: &str) -> bool {
    crate::parties::normalize(text).is_some_and(|p| p.role.is_some())
}
