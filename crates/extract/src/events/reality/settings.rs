//! A meeting told in the past progressive ("a hotel where elders were meeting", "officials were
//! meeting at the hotel") is the setting of another event, not a consultation of its own; so is a
//! gathering where a statement was made ("speaking at a Security Council meeting"), and a subject
//! "meeting in Angola" while it acts ("leaders, meeting in Angola, urged …"): GUIDELINES §2,
//! setting phrases are locations, not extra events.
use crate::events::tense;
use crate::events::view::View;
use crate::events::words;

/// The consultation verb at `head` (code 04x) describes what was going on, in the past progressive,
/// in a clause that sets another event: "a hotel where elders were meeting", "while they were
/// meeting". A past-progressive meeting told on its own ("Putin was meeting Xi") is a consultation.
/// A consultation noun is a setting when it is the venue of a statement (`statement_venue`).
pub(crate) fn setting(v: &View, head: usize, cameo: &str, nominal: bool) -> bool {
    if nominal {
        return cameo.starts_with("04") && statement_venue(v, head);
    }
    cameo.starts_with("04")
        && ((tense::past_progressive(v, head) && sets_another(v, head)) || describes_subject(v, head))
}

/// "Southern African leaders, meeting in Angola, urged Mugabe to stop the violence", "EU ministers
/// meeting in Brussels agreed …": a present participle of meeting on the subject of another act,
/// with a place and no partner, says where that act was done (GUIDELINES §2: setting phrases are
/// locations, "pledged … at a summit in Russia").
fn describes_subject(v: &View, head: usize) -> bool {
    let Some(noun) = v.head(head).filter(|&n| n < head && v.rel(head) == "acl") else { return false };
    let subject = matches!(v.base_rel(noun), "nsubj" | "nsubj:pass");
    let placed = v.kids_with(head, &["obl"]).any(|k| v.case_of(k).is_some_and(|c| matches!(c.as_str(), "in" | "at")));
    let partner = v.kids_with(head, &["obj"]).next().is_some()
        || v.kids_with(head, &["obl"]).any(|k| v.case_of(k).as_deref() == Some("with"));
    v.lower(head).ends_with("ing") && subject && placed && !partner
}

/// "Speaking at a Security Council meeting on Sudan, the envoy said …", "told an emergency cabinet
/// meeting that …": a gathering where a statement was made, or that a speaker addresses, is the
/// statement's setting, not a consultation (GUIDELINES §2: setting phrases are locations, "pledged
/// … at a summit in Russia"). A gathering with a partner ("at a meeting with the rebels") or a
/// statement made to a party ("told Trump at the summit", `args::contacts`) is still one.
fn statement_venue(v: &View, head: usize) -> bool {
    let listed = |list: &str, k: usize| words::get(list).contains(&v.lemmas[k].as_str());
    let partner = super::has_partner(v, head);
    // by the word: the lemmatizer makes "meeting" "meet"
    let word = v.lower(head);
    let gathering = words::get("venue_gatherings").iter().any(|g| word == *g || word.strip_suffix('s') == Some(*g));
    if !gathering || partner {
        return false;
    }
    let to_no_party = |verb: usize| v.kids_with(verb, &["iobj", "obj"]).all(|k| listed("press_audience", k));
    let spoken_at = v.head(head).filter(|_| v.base_rel(head) == "obl").is_some_and(|verb| {
        let at = v.case_of(head).is_some_and(|c| words::get("statement_settings").contains(&c.as_str()));
        at && (v.is_reporting(verb) || listed("conversation_verbs", verb)) && to_no_party(verb)
    });
    // The phrase right after "told" or "addressed" is its audience, however the parser attached it
    // ("told an extraordinary cabinet meeting that …" read as an oblique).
    let start = v.phrase(head).start;
    let addressed = start > 0 && listed("address_verbs", start - 1) && v.rel(start - 1) != "det";
    spoken_at || addressed
}

/// The clause of `head` is a relative clause, or an adverbial one opened by "when", "while",
/// "where" or "as" (setting_marks).
fn sets_another(v: &View, head: usize) -> bool {
    let marked =
        || v.kids_with(head, &["mark", "advmod"]).any(|m| words::get("setting_marks").contains(&v.lemmas[m].as_str()));
    match v.rel(head) {
        "acl:relcl" => true,
        r if r.starts_with("advcl") || r.starts_with("acl") => marked(),
        _ => false,
    }
}
