//! "The junta", "the army", "the spokesman": which earlier party a definite role noun with no name
//! of its own stands for. The latest party of the noun's role is often the foreign counterpart
//! ("Mali's junta expelled the French ambassador. The junta accused France …"), so the party named
//! before with the same noun comes first, and a ruling-military noun ("the junta") is the story's
//! own state, never a foreign government that happens to be named since.
use super::context::Context;
use crate::events::view::View;
use crate::events::words;
use crate::parties;
use casus_core::Party;

/// The earlier party `head` (a definite role noun of `role`) stands for: one named with the same
/// noun, else for a ruling-military noun the latest armed forces of a state or the story's home
/// state, else the latest party in the role. `speaker`: a bare speaker noun ("the spokesman") may
/// also be the latest person quoted. `avoid`: the acting party's state, whose government the latest
/// government does not stand for when another does ("the U.S. urged the government": not itself).
pub(super) fn antecedent(
    v: &View,
    ctx: &Context,
    head: usize,
    role: Option<&str>,
    speaker: bool,
    avoid: Option<&str>,
) -> Option<Party> {
    let office = words::get("office_nouns").contains(&v.lemmas[head].as_str());
    let body = |p: &&Party| p.country.is_some() && (office || !ctx.is_person(p));
    // "African Union peacekeepers … the peacekeepers": an international body's force named with the
    // same noun is that body's, not the latest state force (a Ugandan spokesman's).
    let bloc =
        |p: &&Party| p.country.is_none() && p.name.is_some() && p.role.as_deref() == Some("IGO") && !ctx.is_person(p);
    let fits = |p: &&Party| p.role.as_deref() == role || (speaker && ctx.is_person(p));
    let noun = v.lower(head);
    let lemma = v.lemmas[head].as_str();
    // "a Malian army spokesman … The spokesman said": the same noun, in the same number ("US Foreign
    // Minister" is not "the respective foreign ministers"), names the same one.
    let same_noun = |p: &&Party| p.text.split_whitespace().last().is_some_and(|w| w.to_lowercase() == noun);
    // Sources are kept apart from the parties named, so the speakers quoted count too.
    let named = ctx.recent().chain(ctx.speakers());
    if let Some(p) = named.filter(body).find(|p| same_noun(p) && (fits(p) || speaker)) {
        return Some(p.clone());
    }
    // Only a bare definite noun ("the peacekeepers"): "the former troops" are other troops, and a
    // speaker noun ("the spokesman") is the speaker's.
    let bare = v.kids(head).iter().all(|&k| k > head || v.base_rel(k) == "det");
    if let Some(p) = ctx.recent().chain(ctx.speakers()).filter(bloc).find(same_noun).filter(|_| bare && !speaker) {
        return Some(p.clone());
    }
    if let Some(p) = described_group(v, ctx, head, role) {
        return Some(p);
    }
    if words::get("ruler_nouns").contains(&lemma) {
        // A junta is a state's own military in power: the latest such forces, else the home state.
        let forces = ctx.recent().filter(body).find(|p| p.role.as_deref() == Some("MIL"));
        let home = ctx.home.as_deref().map(|c| Party {
            text: String::new(),
            name: parties::country_name(c).map(str::to_string),
            country: Some(c.to_string()),
            role: None,
        });
        if let Some(p) = forces.cloned().or(home) {
            return Some(Party { role: role.map(str::to_string), ..p });
        }
    }
    // "Belgian peacekeepers were killed … The army denied it": a state's own forces noun
    // (`state_force_nouns`) does not stand for a peacekeeping force sent abroad.
    let army = words::get("state_force_nouns").contains(&lemma);
    let peacekeeping = |p: &&Party| {
        let lower = p.text.to_lowercase();
        lower.split(|c: char| !c.is_alphanumeric()).any(|w| words::get("peacekeeper_words").contains(&w))
    };
    let latest: Vec<&Party> = ctx.recent().filter(body).filter(fits).filter(|p| !(army && peacekeeping(p))).collect();
    // "The State Department urged the government to free the protesters": a state does not act on
    // its own government; another government, else the story's own state's, is meant. Civilians and
    // forces of the actor's own state are often whom it acts on.
    let Some(a) = avoid.filter(|_| role == Some("GOV")) else { return latest.first().map(|p| (*p).clone()) };
    let other = latest.iter().find(|p| p.country.as_deref() != Some(a)).map(|p| (*p).clone());
    let home = ctx.home.as_deref().filter(|h| *h != a).map(|h| Party {
        text: String::new(),
        name: parties::country_name(h).map(str::to_string),
        country: Some(h.to_string()),
        role: role.map(str::to_string),
    });
    other.or(home).or_else(|| latest.first().map(|p| (*p).clone()))
}

/// "Sudan's paramilitary Rapid Support Forces … the paramilitaries", "… the paramilitary group": a
/// definite group noun (`group_roles`) stands for the named armed group described before with its
/// word or its modifier's, whatever role that word alone has ("paramilitaries" are UAF, the RSF REB).
fn described_group(v: &View, ctx: &Context, head: usize, role: Option<&str>) -> Option<Party> {
    if !role.is_some_and(|r| words::get("group_roles").contains(&r)) {
        return None;
    }
    let modifiers = v.kids_with(head, &["amod", "compound"]).filter(|&k| k < head);
    // "group" itself says nothing of which group ("the group" is `phrases::group_anaphor`'s).
    let said = |l: &&str| !words::get("group_nouns").contains(l);
    let own: Vec<&str> = std::iter::once(head).chain(modifiers).map(|k| v.lemmas[k].as_str()).filter(said).collect();
    ctx.described_with(&own).cloned()
}

/// "Protesters marched on the palace. … Guards fired into the crowd": a definite crowd noun with no
/// of-phrase saying who is in it ("the crowd of mourners" says) stands for the protesters the story
/// named last; with none named, for no one (a crowd at a market is no party of its own).
pub(super) fn crowd(v: &View, ctx: &Context, head: usize, text: &str) -> Option<Party> {
    let said = v.kids_with(head, &["nmod"]).any(|k| v.case_of(k).as_deref() == Some("of"));
    if !words::get("crowd_nouns").contains(&v.lemmas[head].as_str()) || !v.definite_det(head) || said {
        return None;
    }
    let protesters = ctx.recent().find(|p| p.role.as_deref() == Some("OPP"))?;
    Some(Party { text: text.to_string(), ..protesters.clone() })
}
