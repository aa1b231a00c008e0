//! "the group's external operations", "ran IS operations across Iraq", "close their operations
//! overseas", "the commander of rocket operations": a noun that names either an act or a line of
//! work ("operation") names the work when it is held by a role or a post, or is what a party runs
//! or shuts. Such a standing activity is no occurrence (GUIDELINES §2, background states); a toll
//! of its own makes it a report ("ran the operation that killed 50").
use crate::events::view::View;
use crate::events::words;

/// Event noun `head` names a line of work, not an act that happened.
pub(crate) fn line_of_work(v: &View, head: usize) -> bool {
    if !words::get("work_nouns").contains(&v.lemmas[head].as_str()) {
        return false;
    }
    let span = v.subtree(head);
    if v.casualties().iter().any(|c| span.contains(&c.tokens.start)) {
        return false;
    }
    let Some(h) = v.head(head) else { return false };
    let governor = v.lemmas[h].as_str();
    let held = v.base_rel(head) == "nmod" && words::get("work_holders").contains(&governor);
    let run = v.base_rel(head) == "obj" && words::get("work_running_verbs").contains(&governor);
    held || run
}
