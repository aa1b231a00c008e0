//! "told Trump in a phone call that …", "said during talks with Kabul": a consultation noun that is
//! the setting of a statement is a consultation (GUIDELINES §4: 040, 041) of the one who speaks
//! with the one spoken to or the noun's own partner; the statement itself is no record (§12.9).
use crate::events::args::{self, Roles};
use crate::events::view::View;
use crate::events::words;
use std::ops::Range;

/// Gives consultation noun `noun` (of trigger `phrase`) the parties of the statement verb whose
/// setting it is, when the noun names no one who takes part and the statement is made to someone.
pub(crate) fn from_statement(v: &View, noun: usize, phrase: &Range<usize>, roles: &mut Roles) {
    if v.base_rel(noun) != "obl" {
        return;
    }
    let Some(verb) = v.head(noun).filter(|&h| v.is_reporting(h)) else { return };
    let setting = v.case_of(noun).is_some_and(|c| words::get("statement_settings").contains(&c.as_str()));
    // "phone" of "a phone call" is the phrase's own word, no one taking part.
    if !setting || roles.actors.iter().any(|a| !phrase.contains(a)) {
        return;
    }
    // "told reporters in a phone interview": the press is how a statement is made, no partner.
    let press = words::get("press_audience");
    let addressed: Vec<usize> =
        v.kids_with(verb, &["iobj"]).filter(|&k| !press.contains(&v.lemmas[k].as_str())).collect();
    if roles.targets.is_empty() {
        roles.targets = addressed;
    }
    if !roles.targets.is_empty() {
        roles.actors = args::verbal(v, verb, false).actors;
    }
}
