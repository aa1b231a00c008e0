//! The press asking for comment: "Asked by VOA if …, Rubio said", "did not reply to VOA's email
//! requesting comment", "did not respond to a VOA inquiry". A journalist's question is how a story
//! was gathered, no appeal or inquiry between parties (GUIDELINES §2: what is not an event; the
//! press is no partner of a conversation either, see `reality::spoke_alone`).
use crate::events::view::View;
use crate::events::words;

/// The asking word at `head` is a news organisation's or reporter's request for comment.
pub(crate) fn press_asks(v: &View, head: usize) -> bool {
    if !words::get("asking_words").contains(&v.lemmas[head].as_str()) {
        return false;
    }
    let press = |k: usize| {
        let listed = |w: usize| words::get("press_audience").contains(&v.lemmas[w].as_str());
        std::iter::once(k).chain(v.kids_with(k, &["compound"])).any(listed)
    };
    // The asker: subject, by-agent, possessor or modifier ("VOA's request", "a VOA inquiry").
    let asker = v.kids_with(head, &["nsubj", "obl:agent", "nmod:poss", "compound"]).any(press);
    // What is asked for: a comment ("requesting comment", "a request for comment").
    let comment = v.kids_with(head, &["obj", "nmod", "obl"]).any(|k| v.lemmas[k] == "comment");
    asker || comment
}
