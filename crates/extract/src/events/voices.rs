//! Subjects of a speech verb that do not speak as a party. A provision ("the deal calls for both
//! sides to withdraw") is what a text stipulates, not an appeal someone makes (GUIDELINES §12.9:
//! appeals are addressed by a party). An analyst's warning or concern is an expectation or a fear,
//! not a comment by a party to the story (§12.8: "analysts' expectations and fears").
use super::args::Roles;
use super::view::View;
use super::words;

/// Is the speech act coded `cameo` with these roles no party's act?
pub(super) fn unspoken(v: &View, cameo: &str, roles: &Roles) -> bool {
    if roles.actors.is_empty() {
        return false;
    }
    let all = |f: &dyn Fn(usize) -> bool| roles.actors.iter().all(|&a| f(a));
    let provision = |a: usize| words::get("provision_nouns").contains(&v.lemmas[a].as_str());
    let commentary = matches!(cameo.get(..3), Some("012" | "013"));
    (cameo.starts_with("02") && all(&provision)) || (commentary && all(&|a| commentator(v, a)))
}

/// "Analysts said", "security analyst Kabiru Adamu", "Jane Doe, a senior fellow at …": the
/// subject is an analyst by its own noun, a compound before the name or an apposition.
fn commentator(v: &View, a: usize) -> bool {
    let analyst = |i: usize| words::get("commentator_nouns").contains(&v.lemmas[i].as_str()) && !of_a_body(v, i);
    let describes = |k: usize| matches!(v.base_rel(k), "compound" | "appos") || v.rel(k) == "nmod:desc";
    analyst(a) || v.kids(a).iter().any(|&k| describes(k) && analyst(k))
}

/// "UN experts", "OSCE observers", "observers from the African Union": the analyst noun's own
/// phrase names a body, whose experts and monitors speak for it, so their concern is its comment.
fn of_a_body(v: &View, i: usize) -> bool {
    crate::parties::normalize(v.text(v.phrase(i))).is_some_and(|p| p.name.is_some() || p.role.as_deref() == Some("IGO"))
}
