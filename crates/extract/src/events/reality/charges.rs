//! "charges related to post-electoral violence", "the abduction allegations", "charges relating to
//! transmitting messages inciting violence": an event noun inside the phrase of a charge or an
//! allegation is what the charge says, conduct in general (GUIDELINES §12.5: the accusation only; a
//! denied act is no event). A concrete act, with a date, a toll or a target in its own phrase, is
//! still reported (§12.5: "charges over the March 2019 bombing of the embassy").
use crate::events::view::View;
use crate::events::words;

/// Event noun `head` is the content of a charge noun that governs it within its own phrase.
pub(crate) fn charged(v: &View, head: usize) -> bool {
    if concrete(v, head) {
        return false;
    }
    let charges = words::get("charge_phrase_nouns");
    let mut cur = head;
    for a in v.ancestors(head) {
        // The phrase ends at a clause of its own: "X denies the charges" is not "charges of X".
        if matches!(v.base_rel(cur), "root" | "ccomp" | "parataxis" | "xcomp") {
            return false;
        }
        if charges.contains(&v.lemmas[a].as_str()) {
            return true;
        }
        cur = a;
    }
    false
}

/// The act's own phrase names an incident (§12.5): a date ("the March 2019 bombing"), a toll, or a
/// party it was aimed at ("the attack on a police station", "the bombing of the embassy"). A place
/// alone does not: "charges related to post-electoral violence in Ivory Coast" is conduct in general.
fn concrete(v: &View, head: usize) -> bool {
    let span = v.subtree(head);
    let dated = span.clone().any(|i| v.is_dated(i));
    let toll = v.casualties().iter().any(|c| span.contains(&c.tokens.start));
    let cases = words::get("target_cases");
    let aimed_case = |k: usize| v.case_of(k).is_some_and(|c| c == "of" || cases.contains(&c.as_str()));
    let aimed = v.kids_with(head, &["nmod"]).any(|k| aimed_case(k) && v.names_party(k));
    dated || toll || aimed
}

/// "officials accused of abuses in Tigray", "farmers suspected of helping the rebels": a blaming
/// participle after the noun it describes, with no one who blames (no by-phrase) and no incident of
/// its own (a date, a toll, or a definite or concrete act in its phrase: "accused of the bombing of
/// a market"), is generic passive blame: no record (GUIDELINES §12.9).
pub(crate) fn unattributed_blame(v: &View, head: usize, cameo: &str) -> bool {
    let after_noun = v.head(head).is_some_and(|n| n < head);
    let by = v.kids(head).iter().any(|&k| v.rel(k) == "obl:agent" || v.case_of(k).as_deref() == Some("by"));
    let span = v.subtree(head);
    // "accused of the bombing of a market": a definite or concrete act is an incident.
    let act = |k: usize| {
        k != head
            && crate::lexicon::lookup_pos(&v.lemmas, k, Some(crate::lexicon::Pos::Noun)).is_some()
            && (v.definite_det(k) || concrete(v, k))
    };
    let incident =
        span.clone().any(|i| v.is_dated(i) || act(i)) || v.casualties().iter().any(|c| span.contains(&c.tokens.start));
    cameo.starts_with("112") && v.rel(head) == "acl" && after_noun && v.lower(head).ends_with("ed") && !by && !incident
}

/// "arrested four men suspected of planning attacks", "a commander accused of plotting to bomb the
/// embassy": a plan to use force that its planners are only suspected or accused of is the content
/// of a suspicion, not a plan they stated (GUIDELINES §12.9: a stated plan is 138). The modal that
/// recoded the trigger (`governor`) follows "of" after the blaming participle, however the parser
/// attached it.
pub(crate) fn suspected_plan(v: &View, governor: Option<usize>) -> bool {
    let Some(g) = governor else { return false };
    v.kids_with(g, &["mark", "case"]).any(|m| {
        let blame = m.checked_sub(1).filter(|&p| v.lower(p).ends_with("ed"));
        v.lemmas[m] == "of" && blame.is_some_and(|p| words::get("accused_of_verbs").contains(&v.lemmas[p].as_str()))
    })
}

/// "Kenya rejected the charge that its troops killed civilians", "denied reports that soldiers had shot
/// the protesters": an act told in the content clause of a charge or report (`charge_nouns`) that the
/// clause's governor denies (`denial_verbs`) is the denied act, no event (GUIDELINES §12.5: denials are
/// 016 only); the denial is the record.
pub(crate) fn denied_content(v: &View, head: usize) -> bool {
    let clause = crate::events::tense::clause_verb(v, head);
    let content = v.base_rel(clause) == "acl" && v.kids_with(clause, &["mark"]).any(|m| v.lemmas[m] == "that");
    let Some(noun) = v.head(clause).filter(|_| content) else { return false };
    let denied = |g: usize| words::get("denial_verbs").contains(&v.lemmas[g].as_str());
    words::get("charge_nouns").contains(&v.lemmas[noun].as_str())
        && v.base_rel(noun) == "obj"
        && v.head(noun).is_some_and(denied)
}
