//! "The army deployed 500 soldiers", "security forces had been dispatched", "is reinforcing its
//! border": what a verb of force posture moves, readies or tests is the actor's own force, gear or
//! ground, not whom the posture is aimed at (GUIDELINES §12.4: deploying, mobilising or reinforcing
//! forces is 154, and names no target of its own). A phrase aimed at someone still names one
//! ("massed troops against Armenia", on the verb or on the troops), as does an indirect object ("sent
//! Israel two warships"); where the forces go ("into Somalia", "to Poland") names no target.
use super::*;

/// Keeps of `roles`' targets and aims only the phrases aimed at someone: an indirect object, or a
/// posture's target case (event_words `posture_target_cases`) on no place noun, on the verb or on
/// what it moves ("mobilized troops against Armenia", parsed with the phrase on "troops").
pub fn aimed_only(v: &View, roles: &mut Roles) {
    let aimed = |c: &usize| {
        let case = v.case_of(*c).unwrap_or_default();
        v.base_rel(*c) == "iobj"
            || (words::get("posture_target_cases").contains(&case.as_str()) && !is_place_noun(v, *c))
    };
    let moved_against: Vec<usize> = roles
        .targets
        .iter()
        .filter(|t| !aimed(t))
        .flat_map(|&t| v.kids_with(t, &["nmod"]).filter(aimed).collect::<Vec<_>>())
        .collect();
    roles.targets.retain(aimed);
    roles.aims.retain(aimed);
    for t in moved_against {
        if !roles.targets.contains(&t) {
            roles.targets.push(t);
        }
    }
}

/// Whether the verb at `verb` is a posting entry of the lexicon ("send", "deploy", "dispatch").
pub fn posting_verb(v: &View, verb: usize) -> bool {
    crate::lexicon::lookup_pos(&v.lemmas, verb, Some(Pos::Verb)).is_some_and(|m| m.entry.posting)
}

/// Drops from `found` what posting verb `verb` moves: its object (of a passive: its subject) and
/// their conjuncts. "agreed to send 2,000 soldiers to Nigeria", "urged the UN to send peacekeepers":
/// the soldiers are the sender's own, whatever the plan or appeal is coded; whom it is for or who is
/// asked is read elsewhere. A recipient parsed on what is sent stays ("sent weapons to the rebels").
/// "deployed troops", "forces were dispatched": the actor's own, not whom the posture aims at. Only
/// while the code is still a posture (15x): a plan or call to deploy (03x, 10x) keeps the roles the
/// other rules give it, and aid sent (07x, "sent food into Gaza") has a recipient; what is sent is no
/// target of the aid either ("sent military advisers to Mali").
pub fn posted_roles(v: &View, verb: usize, cameo: &str, nominal: bool, roles: &mut Roles) {
    if cameo.starts_with("15") {
        aimed_only(v, roles);
    } else if !nominal {
        drop_moved(v, verb, &mut roles.targets);
    }
}

pub fn drop_moved(v: &View, verb: usize, found: &mut Vec<usize>) {
    if !posting_verb(v, verb) {
        return;
    }
    let recipients = |x: usize| {
        v.kids_with(x, &["nmod"]).filter(|&m| matches!(v.case_of(m).as_deref(), Some("to" | "for")) && v.names_party(m))
    };
    let moved = |x: usize| {
        let mut n = x;
        while v.base_rel(n) == "conj" {
            let Some(h) = v.head(n) else { break };
            n = h;
        }
        v.head(n) == Some(verb) && matches!(v.rel(n), "obj" | "nsubj:pass")
    };
    let mut kept = Vec::new();
    for &x in found.iter() {
        if !moved(x) {
            kept.push(x);
        } else {
            kept.extend(recipients(x).filter(|r| !found.contains(r)));
        }
    }
    // "sent military advisers to Afghanistan": with what was sent gone, the state it went to, on the
    // verb, is whom the act is for.
    if kept.is_empty() && !found.is_empty() {
        let to_party = |&m: &usize| matches!(v.case_of(m).as_deref(), Some("to")) && v.names_party(m);
        kept.extend(v.kids_with(verb, &["obl"]).filter(to_party));
    }
    kept.dedup();
    *found = kept;
}
