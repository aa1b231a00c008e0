//! An act named as an option, a right or a chance someone has, not as one that happened: "has two
//! choices: to fight the rebels or to talk to them", "the flexibility to stay or withdraw", "now is
//! not the time to consider offering relief", "in no one's interest for him to die in prison".
//! An act granted as a right or a power is one too: "the law allows the government to seize
//! assets", "the resolution authorizes states to use force". GUIDELINES §2 and §12.8: hypotheticals
//! and plans are no records. "The first country to recognize …" reports (an ordinal picks one who did).
use crate::events::tense;
use crate::events::view::View;
use crate::events::words;

/// The trigger at `head` (an event noun: the verb it is the object of) is inside a "to" infinitive that a noun of
/// option, right or chance governs.
pub(crate) fn open_option(v: &View, head: usize, nominal: bool) -> bool {
    // An event noun's verb is the one it is the object of; a word read as a noun may still be the
    // infinitive itself ("to storm the town").
    let start = match v.head(head) {
        Some(h) if nominal && v.base_rel(head) == "obj" => h,
        _ => head,
    };
    // Up through the clauses that carry the same infinitive: "to stay or withdraw", "to consider
    // offering", "to select …, either to stay".
    let mut cur = start;
    for _ in 0..6 {
        if option_infinitive(v, cur) || permitted(v, cur) {
            return true;
        }
        match v.head(cur) {
            Some(h) if matches!(v.base_rel(cur), "conj" | "xcomp" | "advcl") => cur = h,
            _ => return false,
        }
    }
    false
}

/// Verb `i` is a "to" infinitive modifying a noun of option ("choices to fight"), not one with an
/// ordinal or "only" ("the first time to …" tells one that happened), nor one a past verb says was
/// taken ("had the opportunity to have dinner", "has used the authority to deny visas").
fn option_infinitive(v: &View, i: usize) -> bool {
    let Some(noun) = v.head(i).filter(|_| v.base_rel(i) == "acl") else { return false };
    let to = v.kids_with(i, &["mark"]).any(|m| v.lemmas[m] == "to");
    let picked =
        v.kids_with(noun, &["amod", "nummod"]).any(|k| words::get("option_pickers").contains(&v.lemmas[k].as_str()));
    to && !picked && !taken(v, noun) && words::get("option_nouns").contains(&v.lemmas[noun].as_str())
}

/// Verb `i` is a "to" infinitive of what a verb of permission grants, read as its complement
/// ("allows the government to seize") or as a modifier of the grantee ("permits forces to open
/// fire"). A permission in the past may tell the act that followed ("allowed the rebels to
/// withdraw"), and so may a bare participle ("withdrew, allowing the rebels to enter"): both stay.
fn permitted(v: &View, i: usize) -> bool {
    if !v.kids_with(i, &["mark"]).any(|m| v.lemmas[m] == "to") {
        return false;
    }
    let Some(h) = v.head(i) else { return false };
    let grantor = match v.base_rel(i) {
        "xcomp" => Some(h),
        "acl" => v.head(h).filter(|_| matches!(v.base_rel(h), "obj" | "iobj")),
        _ => None,
    };
    let Some(g) = grantor.filter(|&g| words::get("permission_verbs").contains(&v.lemmas[g].as_str())) else {
        return false;
    };
    let participle = v.lower(g).ends_with("ing") && v.kids_with(g, &["aux", "aux:pass"]).next().is_none();
    !tense::past(v, g) && !participle
}

/// Option noun `noun` is the object of a verb of taking or using it in the past or perfect.
fn taken(v: &View, noun: usize) -> bool {
    let Some(g) = v.head(noun).filter(|_| v.base_rel(noun) == "obj") else { return false };
    let done = tense::past(v, g) || tense::present_perfect(v, g);
    done && words::get("option_takers").contains(&v.lemmas[g].as_str())
}
