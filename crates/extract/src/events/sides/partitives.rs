//! Partitives of a pronoun: "demonstrators, some of whom threw rocks", "four of them blew themselves
//! up". A count or quantifier "of whom" or "of them" is part of the party the pronoun stands for: the
//! noun the relative clause modifies, or whoever "them" is.
use super::context::Context;
use super::phrases::parties_of;
use crate::events::view::View;
use casus_core::Party;

/// The parties of the partitive headed by `head`, `None` when it is none.
pub(super) fn partitive(v: &View, ctx: &Context, head: usize, avoid: Option<&str>, text: &str) -> Option<Vec<Party>> {
    let of = |k: &usize| v.case_of(*k).as_deref() == Some("of");
    let pronoun = v.kids_with(head, &["nmod"]).filter(of).find(|&k| matches!(v.lower(k).as_str(), "whom" | "them"))?;
    let whole = if v.lower(pronoun) == "whom" {
        // "some of whom threw rocks": the relative clause's noun.
        let clause = v.head(head).filter(|&c| v.rel(c) == "acl:relcl")?;
        v.head(clause)?
    } else {
        pronoun
    };
    let found = parties_of(v, ctx, &[whole], avoid);
    Some(found.into_iter().map(|p| Party { text: text.to_string(), ..p }).collect())
}
