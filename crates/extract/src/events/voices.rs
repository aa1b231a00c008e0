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
    // An analyst threatens no one: "Yesilada warns that such measures could …" (130) is a forecast.
    let commentary = matches!(cameo.get(..3), Some("012" | "013" | "130"));
    (cameo.starts_with("02") && all(&provision)) || (commentary && all(&|a| commentator(v, a)))
}

/// "Analysts said", "security analyst Kabiru Adamu", "Jane Doe, a senior fellow at …": the
/// subject is an analyst by its own noun, a compound before the name or an apposition.
pub(super) fn commentator(v: &View, a: usize) -> bool {
    let analyst = |i: usize| words::get("commentator_nouns").contains(&v.lemmas[i].as_str()) && !of_a_body(v, i);
    let describes = |k: usize| matches!(v.base_rel(k), "compound" | "appos") || v.rel(k) == "nmod:desc";
    analyst(a) || v.kids(a).iter().any(|&k| describes(k) && analyst(k)) || introduced_as_analyst(v, a)
}

/// "Yesilada warns …" after "said analyst Atilla Yesilada" or "Beverly Ochieng, a senior analyst at
/// …": a name that the story introduces with an analyst noun, before it or in an apposition after it,
/// is that analyst in every sentence.
fn introduced_as_analyst(v: &View, a: usize) -> bool {
    let name = v.word(a);
    if !name.starts_with(|c: char| c.is_uppercase()) {
        return false;
    }
    let analyst = |w: &str| {
        let w = w.to_lowercase();
        words::get("commentator_nouns").contains(&w.strip_suffix('s').unwrap_or(&w))
    };
    let capital = |w: &str| w.starts_with(|c: char| c.is_uppercase());
    v.doc.sentences.iter().any(|s| {
        let t: Vec<&str> = s.tokens.iter().map(|t| t.text.as_str()).collect();
        (0..t.len()).filter(|&i| t[i] == name).any(|i| {
            // "analyst Atilla Yesilada": the noun, then only the parts of the name. A capitalized one
            // is a title ("Professor Mesut Casin, a presidential adviser").
            let noun = |j: usize| analyst(t[j]) && !capital(t[j]);
            let before = (i.saturating_sub(3)..i).any(|j| noun(j) && t[j + 1..i].iter().all(|w| capital(w)));
            // "Beverly Ochieng, a senior analyst at …": an apposition with its article.
            let after = t.get(i + 1) == Some(&",")
                && t.get(i + 2).is_some_and(|w| matches!(*w, "a" | "an"))
                && t.iter()
                    .skip(i + 3)
                    .take(4)
                    .take_while(|w| w.chars().any(char::is_alphanumeric))
                    .any(|w| analyst(w));
            before || after
        })
    })
}

/// "UN experts", "OSCE observers", "observers from the African Union": the analyst noun's own
/// phrase names a body, whose experts and monitors speak for it, so their concern is its comment.
fn of_a_body(v: &View, i: usize) -> bool {
    crate::parties::normalize(v.text(v.phrase(i))).is_some_and(|p| p.name.is_some() || p.role.as_deref() == Some("IGO"))
}
