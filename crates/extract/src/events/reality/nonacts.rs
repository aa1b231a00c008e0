//! Words of an interaction that, in their phrase, report none (GUIDELINES §2 and §12.8: states,
//! elections, plans and hypotheticals are no records): support by gear ("troops backed by tanks"), a
//! candidate quitting an election or voters rejecting a proposal, a source's terms of speaking ("asked
//! not to be named"), a crowd gathering to cheer, whoever might act ("any rebel who refused"), a state
//! that lasts ("the crossing remained closed"), inmates freed in an assault on their jail, deserters
//! crossing a border, a group's standing allegiance.
use crate::events::tense;
use crate::events::view::View;
use crate::events::words;

/// Reasons trigger `head` (coded `cameo`) is no act of its own.
pub(super) fn no_act(v: &View, head: usize, cameo: &str) -> bool {
    backed_by_gear(v, head, cameo)
        || electoral(v, head, cameo)
        || anonymity(v, head)
        || cheering(v, head, cameo)
        || whoever(v, head)
        || lasting_state(v, head)
        || freed_in_assault(v, head, cameo)
        || deserters_crossing(v, head, cameo)
        || allegiance(v, head, cameo)
}

fn listed(v: &View, list: &str, k: usize) -> bool {
    words::get(list).contains(&v.lemmas[k].as_str())
}

/// "troops backed by tanks and helicopters", "supported by armoured vehicles and artillery": support
/// (07x) whose every agent is war gear says how a force was equipped; support by a party ("rebels
/// backed by Turkey", 070) is that party's act.
fn backed_by_gear(v: &View, head: usize, cameo: &str) -> bool {
    let by = |k: &usize| v.rel(*k) == "obl:agent" || v.case_of(*k).as_deref() == Some("by");
    let agents: Vec<usize> = v.kids(head).iter().copied().filter(by).flat_map(|a| v.conjuncts(a)).collect();
    cameo.starts_with("07") && !agents.is_empty() && agents.iter().all(|&a| listed(v, "gear_nouns", a))
}

/// "withdrew from the presidential run-off", "pulled out of the race": a candidate leaving an
/// election is no retreat (087); "78.5 percent of voters had rejected autonomy", "voters approved the
/// constitution": a vote is an election, no rejection or agreement between parties.
fn electoral(v: &View, head: usize, cameo: &str) -> bool {
    let election = |k: usize| listed(v, "election_nouns", k);
    let left = |k: &usize| matches!(v.case_of(*k).as_deref(), Some("from" | "of" | "out of")) && election(*k);
    let quits = cameo.starts_with("087") && v.kids_with(head, &["obl"]).any(|k| left(&k));
    // "78.5 percent of voters": the voters of a share or count.
    let voters = |s: usize| {
        listed(v, "voter_nouns", s)
            || v.kids_with(s, &["nmod"]).any(|n| v.case_of(n).as_deref() == Some("of") && listed(v, "voter_nouns", n))
    };
    let voted = matches!(cameo.get(..2), Some("05" | "08" | "12")) && v.subject(head).is_some_and(voters);
    quits || voted
}

/// "who asked not to be named", "declined to be identified", "requested anonymity": the terms on which
/// a source speaks to the press, no appeal or refusal.
fn anonymity(v: &View, head: usize) -> bool {
    let unnamed = |k: usize| listed(v, "naming_press_verbs", k) && v.kids_with(k, &["aux:pass"]).next().is_some();
    v.kids_with(head, &["xcomp"]).any(unnamed) || v.kids_with(head, &["obj"]).any(|o| v.lemmas[o] == "anonymity")
}

/// "Crowds gathered in the streets to cheer the arrival of the troops", "thousands gathered to
/// celebrate": a crowd gathered for joy is no demonstration (14x).
fn cheering(v: &View, head: usize, cameo: &str) -> bool {
    let to = |k: usize| v.kids_with(k, &["mark"]).any(|m| v.lemmas[m] == "to");
    cameo.starts_with("14") && v.kids_with(head, &["advcl", "xcomp"]).any(|k| to(k) && listed(v, "cheering_verbs", k))
}

/// "any rebel who refused would be crushed", "anyone who attacks civilians will be punished": a
/// relative clause on "any" or "anyone" says who may do it, not that anyone did.
fn whoever(v: &View, head: usize) -> bool {
    let clause = tense::clause_verb(v, head);
    let Some(noun) = v.head(clause).filter(|_| v.rel(clause) == "acl:relcl") else { return false };
    let any = v.kids_with(noun, &["det"]).any(|d| v.lemmas[d] == "any");
    any || listed(v, "anyone_words", noun)
}

/// "the Rafah crossing remained closed", "two reporters remain detained", "roads stayed blocked": a
/// participle that "remain" or "stay" keeps is a state that lasts, not the act that brought it about.
fn lasting_state(v: &View, head: usize) -> bool {
    let lasting = |k: usize| listed(v, "lasting_verbs", k);
    let kept = v.kids_with(head, &["aux", "aux:pass", "cop"]).any(lasting)
        || v.head(head).is_some_and(|h| v.base_rel(head) == "xcomp" && lasting(h));
    kept && v.lower(head).ends_with("ed") && v.casualties().is_empty()
}

/// "occupied the city jail, freeing more than 100 inmates", "stormed the prison, freeing hundreds of
/// detainees": inmates freed by an assault on their jail are what the assault did, no release (0841)
/// by their captors.
fn freed_in_assault(v: &View, head: usize, cameo: &str) -> bool {
    let Some(h) = v.head(head).filter(|_| v.base_rel(head) == "advcl" && v.lower(head).ends_with("ing")) else {
        return false;
    };
    let inmates = v.kids_with(head, &["obj"]).any(|o| listed(v, "inmate_nouns", o));
    cameo.starts_with("0841") && inmates && force_word(v, h)
}

/// "At least 60 soldiers have deserted and crossed into Colombia": soldiers who desert or flee across a
/// border leave their side, no incursion (19x).
fn deserters_crossing(v: &View, head: usize, cameo: &str) -> bool {
    let fled = |k: usize| listed(v, "desertion_verbs", k);
    let joined =
        v.head(head).filter(|_| v.base_rel(head) == "conj").is_some_and(fled) || v.kids_with(head, &["conj"]).any(fled);
    cameo.starts_with("19") && v.lemmas[head] == "cross" && joined
}

/// "the Maute group, which has pledged allegiance to Islamic State": an allegiance told in a clause
/// describing a group, with no day of its own, is what the group is, no pledge made in the news (03x).
fn allegiance(v: &View, head: usize, cameo: &str) -> bool {
    let sworn = v.kids_with(head, &["obj"]).any(|o| listed(v, "allegiance_nouns", o));
    let dated = v.kids(head).iter().any(|&k| v.is_dated(k));
    cameo.starts_with("03") && sworn && v.rel(head) == "acl:relcl" && !dated
}

/// Token `k` is a word of force in the lexicon ("occupied", "stormed", "attack").
pub(super) fn force_word(v: &View, k: usize) -> bool {
    crate::lexicon::lookup_pos(&v.lemmas, k, None)
        .is_some_and(|m| m.entry.cameo.as_deref().is_some_and(crate::events::triggers::trigger::is_force))
}
