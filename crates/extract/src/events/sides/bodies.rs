//! "the bloc", "the alliance", "the coalition", "the regional body": a definite noun of a body of
//! states with no name of its own stands for the latest such body the story named ("ECOWAS ... The
//! three nations accused the regional body of failing them", "a Saudi-led coalition ... accused the
//! coalition of bombing"): one whose own words use that noun, else, for "the bloc" or "the regional
//! body", the latest international body.
use super::context::Context;
use crate::events::view::View;
use crate::events::words;
use casus_core::Party;

/// The party the body noun at `head` stands for; `None` when it is no such noun, is not definite,
/// or the story has named no body yet. "The body" needs a word that makes it one ("the regional
/// body"): alone it is as often a corpse.
pub(crate) fn body_anaphor(v: &View, ctx: &Context, head: usize, text: &str) -> Option<Party> {
    let lemma = v.lemmas[head].as_str();
    let qualified =
        || v.kids_with(head, &["amod"]).any(|a| words::get("body_qualifiers").contains(&v.lemmas[a].as_str()));
    let noun = words::get("body_nouns").contains(&lemma) || (lemma == "body" && qualified());
    if !noun || !v.definite_det(head) || crate::parties::normalize(text).is_some() {
        return None;
    }
    let own = |p: &&Party| p.text.split_whitespace().any(|w| w.to_lowercase().ends_with(lemma));
    // "The coalition", "the alliance" may as well be a domestic one ("The coalition accused the
    // ruling party"): only "the bloc" and a qualified "body" fall back to the latest international body.
    let of_states = words::get("body_igo_nouns").contains(&lemma);
    let igo = |p: &&Party| of_states && p.role.as_deref() == Some("IGO");
    let found = ctx.recent().find(own).or_else(|| ctx.recent().find(igo))?;
    Some(Party { text: text.to_string(), ..found.clone() })
}
