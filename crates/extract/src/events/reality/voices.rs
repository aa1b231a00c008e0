//! Subjects of a speech verb that do not speak as a party. A provision ("the deal calls for both
//! sides to withdraw") is what a text stipulates, not an appeal someone makes (GUIDELINES §12.9:
//! appeals are addressed by a party). An analyst's warning or concern is an expectation or a fear,
//! not a comment by a party to the story (§12.8: "analysts' expectations and fears").
use crate::events::roles::Roles;
use crate::events::view::View;
use crate::events::words;

/// Is the speech act coded `cameo` with these roles no party's act?
pub(crate) fn unspoken(v: &View, cameo: &str, roles: &Roles) -> bool {
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
pub(crate) fn commentator(v: &View, a: usize) -> bool {
    let analyst = |i: usize| words::get("commentator_nouns").contains(&v.lemmas[i].as_str()) && !of_a_body(v, i);
    let describes = |k: usize| matches!(v.base_rel(k), "compound" | "appos") || v.rel(k) == "nmod:desc";
    analyst(a) || v.kids(a).iter().any(|&k| describes(k) && analyst(k)) || introduced_as_analyst(v, a)
}

/// "Yesilada warns …" after "said analyst Atilla Yesilada" or "Beverly Ochieng, a senior analyst at
/// …": a name that the story introduces with an analyst noun, before it or in an apposition after it,
/// is that analyst in every sentence. The whole name must match, ending where the introduced name
/// ends: "analyst Mohammed Ali" is not "Mohammed bin Salman".
fn introduced_as_analyst(v: &View, a: usize) -> bool {
    let name = name_words(v, a);
    if !name[0].starts_with(|c: char| c.is_uppercase()) {
        return false;
    }
    let analyst = |w: &str| {
        let w = w.to_lowercase();
        words::get("commentator_nouns").contains(&w.strip_suffix('s').unwrap_or(&w))
    };
    let capital = |w: &str| w.starts_with(|c: char| c.is_uppercase());
    v.doc.sentences.iter().any(|s| {
        let t: Vec<&str> = s.tokens.iter().map(|t| t.text.as_str()).collect();
        let ends_name = |e: usize| t.get(e).is_none_or(|w| !capital(w));
        let at = |i: usize| t.get(i..i + name.len()).is_some_and(|w| w == name.as_slice()) && ends_name(i + name.len());
        (0..t.len()).filter(|&i| at(i)).any(|i| {
            let end = i + name.len();
            // "analyst Atilla Yesilada": the noun, then only the parts of the name. A capitalized one
            // is a title ("Professor Mesut Casin, a presidential adviser"); "fellow Senator X" is a
            // colleague, "fellow" names an analyst only in an apposition.
            let noun = |j: usize| {
                analyst(t[j]) && !capital(t[j]) && !words::get("appositive_commentator_nouns").contains(&t[j])
            };
            let before = (i.saturating_sub(3)..i).any(|j| noun(j) && t[j + 1..i].iter().all(|w| capital(w)));
            // "Beverly Ochieng, a senior analyst at …": an apposition with its article.
            let after = t.get(end) == Some(&",")
                && t.get(end + 1).is_some_and(|w| matches!(*w, "a" | "an"))
                && t.iter()
                    .skip(end + 2)
                    .take(4)
                    .take_while(|w| w.chars().any(char::is_alphanumeric))
                    .any(|w| analyst(w));
            before || after
        })
    })
}

/// The words of the name headed by `a`, in order: the head and the `flat` / `compound` words joined
/// to it on either side ("Mohammed bin Salman", "Atilla Yesilada"), up to the first that is not a
/// name's word ("analyst" in "analyst Atilla Yesilada").
fn name_words<'a>(v: &'a View, a: usize) -> Vec<&'a str> {
    let part = |i: usize| {
        let w = v.word(i);
        v.head(i) == Some(a)
            && matches!(v.base_rel(i), "flat" | "compound")
            && (w.starts_with(|c: char| c.is_uppercase()) || (w.len() <= 3 && w.chars().all(char::is_alphabetic)))
    };
    let first = (0..a).rev().take_while(|&i| part(i)).last().unwrap_or(a);
    let last = (a + 1..v.len()).take_while(|&i| part(i)).last().unwrap_or(a);
    (first..=last).map(|i| v.word(i)).collect()
}

/// "UN experts", "OSCE observers", "observers from the African Union": the analyst noun's own
/// phrase names a body, whose experts and monitors speak for it, so their concern is its comment.
fn of_a_body(v: &View, i: usize) -> bool {
    crate::parties::normalize(v.text(v.phrase(i))).is_some_and(|p| p.name.is_some() || p.role.as_deref() == Some("IGO"))
}
