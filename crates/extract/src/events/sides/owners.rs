//! Whose words or deeds a comment is about: "called Ford's comments insulting", "deeply concerned by
//! the actions of Milorad Dodik", "reject the allegations made by Pakistan", "condemned the rebel
//! attacks", "praised the withdrawal of U.S. troops". A comment, denial, appeal or judgment on what a
//! party said or did is aimed at that party (GUIDELINES §2 denials, §12.9 speech acts), so when the
//! object names no party itself, the one whose act or words it names is the target.
use super::context::Context;
use super::phrases::parties_of;
use crate::events::args::folded;
use crate::events::view::View;
use crate::events::words;
use crate::events::words::is_pronoun;
use casus_core::Party;

/// Roots of comments, appeals and judgments whose object may be another's words or deeds: comments
/// and denials (01), appeals (02), praise (05, not the signing of an agreement, 057: "the agreement
/// signed by Putin" is no act of another), demands, disapproval, rejections, threats (10-13).
pub(crate) fn comments_on(cameo: &str) -> bool {
    matches!(cameo.get(..2), Some("01" | "02" | "05" | "10" | "11" | "12" | "13")) && !cameo.starts_with("057")
}

/// "deeply concerned about the recent actions of Dodik", "shared concerns over China's expansion":
/// what a comment with no object is about, in an about- or over-phrase on its words.
/// A report is about what it tells, not about its author ("concerned about the IAEA report about
/// Iran's production"), so a document noun is no topic; a statement or remark is its speaker's
/// (`doer_of`: "concerned about the statement of the Ugandan army").
pub(crate) fn topics(v: &View, tokens: std::ops::Range<usize>) -> Vec<usize> {
    let document = |l: &str| words::get("documents").contains(&l) && !words::get("doer_of").contains(&l);
    let about = |c: &usize| {
        matches!(v.case_of(*c).as_deref(), Some("about" | "over")) && !v.is_dated(*c) && !document(&v.lemmas[*c])
    };
    tokens.flat_map(|h| v.kids_with(h, &["obl", "nmod"]).filter(about).collect::<Vec<_>>()).collect()
}

/// The parties whose words or deeds the `things` (object heads that name no party) are; never one
/// of the `actors` themselves, whose own words a comment is not aimed at.
pub(crate) fn owned(v: &View, ctx: &Context, things: &[usize], actors: &[Party]) -> Vec<Party> {
    let avoid = actors.first().and_then(|a| a.country.as_deref());
    let itself = |p: &Party| actors.iter().any(|a| (&a.name, &a.country, &a.role) == (&p.name, &p.country, &p.role));
    let mut out: Vec<Party> = Vec::new();
    for &x in things {
        let doers = parties_of(v, ctx, &doers(v, x), avoid);
        let found = if doers.is_empty() { modifier_party(v, ctx, x, avoid).into_iter().collect() } else { doers };
        for p in found {
            if !out.contains(&p) && !itself(&p) {
                out.push(p);
            }
        }
    }
    out
}

/// Who said or did what noun `x` names: its possessor ("Ford's comments"; not a possessive pronoun,
/// whose owner is as often the speaker, nor the one a "Lai's release" is done to), its by-phrase or
/// the by-agent of a participle on it ("made by Pakistan"), and the of-phrase of a noun of conduct
/// ("the actions of Dodik"; "allegations of abuse" says what, not whose).
fn doers(v: &View, x: usize) -> Vec<usize> {
    let mut out = Vec::new();
    let doer_of = words::get("doer_of").contains(&v.lemmas[x].as_str())
        || words::get("agentive_of").contains(&v.lemmas[x].as_str());
    for c in v.kids(x).iter().copied().filter(|&c| !v.is_dated(c)) {
        let case = v.case_of(c).unwrap_or_default();
        let owner = match v.rel(c) {
            "nmod:poss" => {
                !is_pronoun(&v.lemmas[c])
                    && !words::get("possessives").contains(&v.lower(c).as_str())
                    && !folded::holder_undergoes(v, x, c)
            }
            "nmod" | "obl" => case == "by" || (case == "of" && doer_of),
            _ => false,
        };
        if owner {
            out.extend(v.conjuncts(c));
        }
    }
    if out.is_empty() {
        out = folded::participle_agents(v, x);
    }
    if out.is_empty() {
        out = claimant(v, x);
    }
    out
}

/// "Rights groups accused the army of shelling the market, a charge the army denied", "experts
/// detailed the transfers in a report, which Moscow denied": a charge or report noun with no owner
/// of its own that restates the clause it hangs on (apposition, parataxis) or carries it ("in a
/// report") is the claim of that clause's subject.
fn claimant(v: &View, x: usize) -> Vec<usize> {
    if !words::get("charge_nouns").contains(&v.lemmas[x].as_str()) {
        return Vec::new();
    }
    let restates = match v.base_rel(x) {
        "parataxis" | "appos" => true,
        "obl" => v.case_of(x).as_deref() == Some("in"),
        _ => false,
    };
    let Some(clause) = v.head(x).filter(|_| restates) else { return Vec::new() };
    v.kids_with(clause, &["nsubj"]).next().map(|s| v.conjuncts(s)).unwrap_or_default()
}

/// "a charge the government rejected", "the report, which Moscow denied": a comment in a relative
/// clause with no object of its own is about the noun the clause hangs on.
pub(crate) fn relative_head(v: &View, verb: usize) -> Option<usize> {
    let bare = v.kids_with(verb, &["obj", "ccomp", "xcomp"]).next().is_none();
    v.head(verb).filter(|_| v.rel(verb) == "acl:relcl" && bare)
}

/// "the rebel attacks", "the EU move", "a Chinese spy plane": a modifier before the noun that names
/// a party; one with a state before one with a role alone.
fn modifier_party(v: &View, ctx: &Context, x: usize, avoid: Option<&str>) -> Option<Party> {
    let found: Vec<Party> = v
        .kids_with(x, &["amod", "compound"])
        // "former administrators": "former" is no pronoun here.
        .filter(|&c| c < x && !is_pronoun(&v.lemmas[c]))
        .flat_map(|c| parties_of(v, ctx, &[c], avoid))
        .filter(|p| p.country.is_some() || p.role.is_some())
        .collect();
    found.iter().find(|p| p.country.is_some()).or(found.first()).cloned()
}
