//! A party named by whom it follows: "supporters of President Aristide", "Morsi supporters", "youths
//! loyal to Mugabe", "forces loyal to Riek Machar", "Machar's spokesman". The leader's party gives the
//! follower its state and its side (GUIDELINES 12.2: a group's fighters, leaders and spokesmen take
//! its role; pro-government militias are UAF); the whole phrase read as one span would let the
//! strongest role word win ("supporters" OPP, "youths" CVL) whoever they follow.
use super::context::Context;
use super::phrases::parties_of;
use crate::events::view::View;
use crate::events::words;
use crate::events::words::is_pronoun;
use crate::parties;
use casus_core::Party;

/// The party of the follower noun `head` from its leader's, when the phrase names a leader with a role.
pub(super) fn party(v: &View, ctx: &Context, head: usize, avoid: Option<&str>, text: &str) -> Option<Party> {
    let x = leader(v, head)?;
    let led = parties_of(v, ctx, &[x], avoid).into_iter().next()?;
    // Between the noun and the leader's name too: "supporters of ousted President Zelaya" may hang
    // "ousted" on the supporters.
    let span = v.phrase(x).start.min(head)..v.phrase(x).end.max(head + 1);
    let past = span.into_iter().any(|k| words::get("past_office_words").contains(&v.lower(k).as_str()));
    let state = led.role.as_deref().is_some_and(|r| words::get("state_organs").contains(&r));
    // "supporters of the jailed former president" are the opposition's people, not the state's.
    let side = if state && past { "OPP" } else { led.role.as_deref()? };
    let state = state && !past;
    let own = parties::normalize(v.word(head)).and_then(|o| o.role);
    let armed = |r: &str| words::get("armed_group_roles").contains(&r);
    let role = match own.as_deref() {
        // "rebels loyal to Machar" are rebels whoever leads them.
        Some(r) if armed(r) => r,
        // "forces loyal to Gbagbo" are the state's while he holds office, a rebel force when not.
        Some(r @ ("MIL" | "COP")) => match side {
            _ if state => r,
            "OPP" => "REB",
            s => s,
        },
        // "Machar's spokesman", "Erdogan's communication chief": one who speaks or acts for the
        // leader's side.
        _ if words::get("office_nouns").contains(&v.lemmas[head].as_str()) => side,
        Some("UAF") if !armed(side) => "UAF",
        // "supporters of President Aristide", "youths loyal to Mugabe": armed or not, people who act
        // for a government they are not part of are its militia.
        _ if state => "UAF",
        _ => side,
    };
    // A group the dictionary names keeps its name even where the model tags it a person ("Boko
    // Haram's leader").
    let group = led.name.as_deref().is_some_and(|n| parties::person(n).is_none() && named_group(n));
    let person = !group && (v.is_person(x) || led.name.as_deref().is_some_and(|n| parties::person(n).is_some()));
    // A person's followers are not the person: named by the state, as any role-only party of one.
    let name =
        if person { led.country.as_deref().and_then(parties::country_name).map(str::to_string) } else { led.name };
    // "Forces loyal to Ouattara": the noun phrase stops before its clause, but whom it follows is
    // what the party is.
    let text = match loyal_to(v, head) {
        Some(to) if to > head && v.phrase(head).end <= to => v.text(v.phrase(head).start..v.phrase(to).end).to_string(),
        _ => text.to_string(),
    };
    Some(Party { text, name, country: led.country, role: Some(role.to_string()) })
}

/// Whether `name` is a party the dictionary knows by name, not a state's.
fn named_group(name: &str) -> bool {
    parties::normalize(name)
        .is_some_and(|p| p.name.is_some() && p.country.as_deref().and_then(parties::country_name) != Some(name))
}

/// The leader a follower noun names: "supporters of X", "loyal to X", and a person's possessive on a
/// follower or office noun ("Machar's spokesman"). Not "Morsi supporters": a bare name before the
/// noun carries no word ("ousted", "former") that says whether the office is still held.
fn leader(v: &View, head: usize) -> Option<usize> {
    let lemma = v.lemmas[head].as_str();
    let follower = words::get("follower_nouns").contains(&lemma);
    let office = words::get("office_nouns").contains(&lemma);
    if let Some(to) = loyal_to(v, head) {
        return Some(to);
    }
    let named = |k: &usize| !is_pronoun(&v.lemmas[*k]) && !words::get("possessives").contains(&v.lower(*k).as_str());
    let x = v.kids(head).iter().copied().filter(named).find(|&k| match v.rel(k) {
        "nmod" => follower && k > head && v.case_of(k).as_deref() == Some("of"),
        "nmod:poss" => (follower || office) && v.is_person(k),
        // "government supporters", "regime loyalists": a state organ before the noun holds office
        // now (a person's name there, "Morsi supporters", says nothing of whether they still do).
        "compound" => follower && k < head && !v.is_person(k) && state_organ(v.word(k)),
        _ => false,
    })?;
    // "supporters of the ousted president, Kurmanbek Bakiyev": the name beside the office is the
    // leader, not whichever state the story named last.
    Some(v.kids_with(x, &["appos"]).find(|&a| v.is_person(a)).unwrap_or(x))
}

/// Whether `word` alone names a state's office or force ("government", "regime", "army").
fn state_organ(word: &str) -> bool {
    let role = parties::normalize(word).and_then(|p| p.role);
    role.is_some_and(|r| words::get("state_organs").contains(&r.as_str()))
}

/// "youths loyal to X": the to-phrase of a loyalty word on the noun, before any conjunct of its own.
/// In "militiamen and fighters loyal to X" the parse hangs "loyal" on the first conjunct, but it
/// follows, and so describes, the last one.
fn loyal_to(v: &View, head: usize) -> Option<usize> {
    let to = |h: usize, within: std::ops::Range<usize>| {
        v.kids_with(h, &["amod", "acl"])
            .filter(|&a| within.contains(&a) && words::get("loyalty_words").contains(&v.lemmas[a].as_str()))
            .find_map(|a| {
                v.kids_with(a, &["obl", "obl:agent"]).find(|&o| {
                    v.case_of(o).is_some_and(|c| words::get("loyalty_cases").contains(&c.to_lowercase().as_str()))
                })
            })
    };
    let end = v.kids_with(head, &["conj"]).min().unwrap_or(v.len());
    if let Some(o) = to(head, head + 1..end) {
        return Some(o);
    }
    let first = v.head(head).filter(|_| v.rel(head) == "conj")?;
    (v.kids_with(first, &["conj"]).max() == Some(head)).then(|| to(first, head + 1..v.len())).flatten()
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_group_the_dictionary_names_is_no_state() {
        assert!(super::named_group("Boko Haram"));
        assert!(!super::named_group("Nigeria"));
    }
}
