//! "Police broke up marches by opposition supporters", "used tear gas to break up a gathering of
//! monks", "broke up a prayer gathering by a women's group": a street gathering that force broke up
//! took place, and is a demonstration (141) of those who held it besides its repression (GUIDELINES
//! 12.4; the gold codes the gathering in every such sentence). The lexicon matches "protest",
//! "demonstration" and "rally" as nouns already; "march" and "gathering" are protests only where they
//! are dispersed ("the march of history", "a gathering of world leaders" are none).
use super::trigger::{argument_lemmas, pos, Trigger};
use crate::events::view::View;
use crate::events::words;
use crate::lexicon::{self, Pos, TriggerMatch};

/// Adds a 141 trigger for each street gathering (protest_events) that a word the lexicon reads as
/// repression (175) acts upon, unless the lexicon made it a trigger already.
pub(crate) fn add(v: &View, kept: &mut Vec<Trigger>) {
    let found: Vec<usize> = (0..v.len()).filter(|&i| dispersed(v, i, kept)).collect();
    if found.is_empty() {
        return;
    }
    // The records take the lexicon's entry of "demonstration", whose code they share.
    let Some(demo) = lexicon::lookup_pos(&["demonstration".to_string()], 0, Some(Pos::Noun)) else { return };
    for i in found {
        let m = TriggerMatch { tokens: i..i + 1, head: i, entry: demo.entry };
        kept.push(Trigger::new(m, i, "141".to_string()));
    }
}

/// Whether noun `i` is a street gathering that the lexicon did not match and repression acts upon:
/// not one an armed group held ("broke up a gathering of Taliban commanders" is a raid),
/// nor one that was not broken up ("did not break up the march").
fn dispersed(v: &View, i: usize, kept: &[Trigger]) -> bool {
    words::get("protest_events").contains(&v.lemmas[i].as_str())
        && !v.is_dated(i)
        && !kept.iter().any(|t| t.m.tokens.contains(&i))
        && repressed(v, i)
        && !v.head(i).is_some_and(|h| v.is_negated(h))
        && !held_by_force(v, i)
}

/// Whether the of- or by-phrase of gathering `i` names an armed group (not the state's own forces,
/// whose veterans and officers hold marches of their own).
fn held_by_force(v: &View, i: usize) -> bool {
    let holder = |k: usize| matches!(v.case_of(k).as_deref(), Some("of" | "by"));
    // Armed groups only: veterans, state employees and police officers march too.
    let forceful = |k: usize| v.party_role(k).is_some_and(|r| words::get("nonstate_armed_roles").contains(&r.as_str()));
    v.kids_with(i, &["nmod"]).any(|k| holder(k) && forceful(k))
}

/// Whether noun `i` is acted upon by repression: the object of a verb ("broke up the march") or the
/// "on" phrase of a noun ("a crackdown on vigils") that the lexicon codes 175 with it among its
/// arguments. `args` asks it too: only there does an "of" phrase name who held the gathering.
pub(crate) fn repressed(v: &View, i: usize) -> bool {
    let Some(h) = v.head(i).filter(|_| pos(v, i) == Pos::Noun) else { return false };
    let acted_on = match v.base_rel(i) {
        "obj" => pos(v, h) == Pos::Verb,
        "nmod" => pos(v, h) == Pos::Noun && v.case_of(i).as_deref() == Some("on"),
        _ => false,
    };
    let reading = lexicon::lookup_pos(&v.lemmas, h, Some(pos(v, h))).filter(|m| m.head == h || m.tokens.start == h);
    acted_on
        && reading.and_then(|m| m.entry.code_for(&argument_lemmas(v, h)).map(|c| c.starts_with("175"))) == Some(true)
}
