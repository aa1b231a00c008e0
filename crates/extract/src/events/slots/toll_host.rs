//! Which force event of a sentence a casualty count belongs to. The count's own clause says it
//! first: "Gunmen stormed a hotel on Tuesday, leaving five people dead and triggering a siege" is
//! the storming's toll, not the siege's, though "siege" stands nearer; "an attack that killed
//! five" is the attack's. With no force trigger above the count in the parse ("the attack killed
//! five", "five were killed in clashes"), the force trigger nearest to it in the text.
use crate::casualties::CasualtyMention;
use crate::events::triggers::trigger::takes_toll;
use crate::events::triggers::trigger::{pos, Trigger};
use crate::events::view::View;
use crate::lexicon::Pos;
use casus_core::Party;

/// The force trigger that takes the count `c`.
pub(crate) fn host<'t>(v: &View, triggers: &'t [Trigger], c: &CasualtyMention) -> Option<&'t Trigger> {
    governing(v, triggers, c).or_else(|| nearest(v, triggers, c))
}

/// The force trigger whose clause holds the count: the count's own head or an ancestor of it, up
/// to a reporting verb ("troops raided the camp after officials said rebels killed five": what is
/// said is another act than the raid), a clause with a conjunction of its own ("... as the
/// military completed the operation": the main clause did not kill them) or a conjunct.
fn governing<'t>(v: &View, triggers: &'t [Trigger], c: &CasualtyMention) -> Option<&'t Trigger> {
    if c.tokens.is_empty() || c.tokens.end > v.len() {
        return None;
    }
    let top = v.top(c.tokens.clone());
    let path = std::iter::once(top).chain(v.ancestors(top));
    // a clause set beside another (parataxis) is no sure part of it
    let mut loose = false;
    for a in path {
        if let Some(t) = triggers.iter().find(|t| t.head == a && takes_toll(&t.cameo)) {
            return Some(t);
        }
        // "Mortar shells slammed into a compound, killing 25 people as rebels fought troops": a force
        // noun that is the subject of the clause's verb did what the clause did, whatever stands
        // nearer; not the subject of a comparison ("the bombings were the deadliest since ...").
        let verb = pos(v, a) == Pos::Verb && v.kids_with(a, &["cop"]).next().is_none();
        let subject = |t: &&Trigger| on_subject(v, t.head, a);
        if let Some(t) = triggers.iter().filter(subject).find(|t| verb && !loose && takes_toll(&t.cameo)) {
            return Some(t);
        }
        loose |= v.base_rel(a) == "parataxis";
        // "killed six attackers and later killed 50 militants in airstrikes": a conjunct is a
        // clause of its own, not part of the first one's act.
        let subordinate = v.base_rel(a) == "advcl" && v.kids_with(a, &["mark"]).next().is_some();
        // "killed 10 workers and wounded 16 others in an attack": the count's own casualty verb,
        // folded into the act it is coordinated with (no trigger of its own), is that act's toll;
        // the same verb again ("killed six attackers and later killed 50 militants") or a subject of
        // its own ("and troops killed 20 of the assailants in the ensuing fighting") is a second act
        let folded = c.tokens.contains(&a)
            && !triggers.iter().any(|t| t.head == a)
            && v.subject(a).is_none()
            && v.head(a).is_some_and(|h| v.lemmas[h] != v.lemmas[a]);
        if v.is_reporting(a) || subordinate || v.base_rel(a) == "conj" && !folded {
            return None;
        }
    }
    None
}

/// Whether force word `head` is the subject of verb `verb` ("the bombing killed five") or the
/// subject's own word for what it is or did: "a wave of car bombs tore through the market",
/// "mortar rounds fired by rebels slammed into a compound" (not a party's: "gunmen who stormed a
/// hotel" is left to the casualty verb's own rules).
fn on_subject(v: &View, head: usize, verb: usize) -> bool {
    if v.head(head) == Some(verb) {
        return v.base_rel(head) == "nsubj";
    }
    let Some(noun) = v.head(head) else { return false };
    v.head(noun) == Some(verb)
        && v.base_rel(noun) == "nsubj"
        && !v.names_party(noun)
        && matches!(v.base_rel(head), "nmod" | "acl")
}

/// The force trigger nearest to a count; an abduction (181) only when no other act is there: it kills
/// no one of itself, so "killed at least 40 people and abducted dozens of children in an attack" is
/// the attack's toll, and "lost their lives in the train hijacking" the hijacking's. A force word
/// inside another's phrase is a detail of that act, not the act that killed: "mortar rounds fired
/// by rebels fighting to oust the president ... killing 26" is the firing's toll, not the fighting's.
fn nearest<'t>(v: &View, triggers: &'t [Trigger], c: &CasualtyMention) -> Option<&'t Trigger> {
    let hosts: Vec<usize> = triggers.iter().filter(|t| takes_toll(&t.cameo)).map(|t| t.head).collect();
    let inner = |t: &Trigger| {
        let within = |a: usize| hosts.contains(&a) && !v.subtree(a).contains(&c.tokens.start);
        t.head < v.len() && v.ancestors(t.head).any(within)
    };
    triggers.iter().filter(|t| takes_toll(&t.cameo)).min_by_key(|t| {
        (t.cameo.starts_with("181"), inner(t), t.head.abs_diff(c.tokens.start).min(t.head.abs_diff(c.tokens.end)))
    })
}

/// Whether a record of the act aimed at `target` shares the toll of `victims` named by nationality
/// alone ("fighting has killed thousands of Somalis"): each side's record of their country does, or
/// whose country is not known yet (the story gives it later). Records of one actor each aimed at the
/// victims' own group share it too ("150 Taliban were killed in a battle with NATO and Afghan forces").
pub(crate) fn nationals_side(victims: Option<&Party>, target: Option<&Party>) -> bool {
    let Some(country) = victims.filter(|p| p.role.is_none()).and_then(|p| p.country.as_ref()) else { return false };
    target.is_some_and(|t| t.country.as_ref().is_none_or(|c| c == country))
}
