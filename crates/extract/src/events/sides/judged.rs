//! A judgment said as a predicate ("The minister said the decision was unacceptable") is the
//! speaker's criticism: once its parties are read, the speaker becomes the actor and the judged
//! party the target (`triggers::judgments` finds such judgments).
use super::Sides;
use crate::events::triggers::judgments::predicate_judgment;
use crate::events::triggers::trigger::Trigger;
use crate::events::view::View;
use crate::events::words;
use casus_core::Party;

/// "The minister said the decision was unacceptable": a judgment said as a predicate is the
/// speaker's criticism (GUIDELINES §2, §12.9: the speaker is the actor and no source), aimed at the
/// party the judged subject names ("Kenya said Somalia's move was unacceptable": Kenya → Somalia),
/// not an act of that party which the speaker reports.
pub(crate) fn speaker_judges(v: &View, t: &Trigger, sides: &mut Sides) {
    if !predicate_judgment(v, t) {
        return;
    }
    let Some(speaker) = sides.source.take() else { return };
    let judged: Vec<Party> = std::mem::take(&mut sides.actors)
        .into_iter()
        .filter(|p| !same_side(p, &speaker) && !sides.targets.contains(p))
        .collect();
    sides.targets.splice(0..0, judged);
    // A speaker does not judge itself: a pronoun resolved to the speaker's own side names no target.
    sides.targets.retain(|p| !same_side(p, &speaker));
    sides.actors = vec![speaker];
}

/// Whether judged party `p` is the speaker: the same name where both are named, else the same words
/// ("The minister said the rebels' move was unacceptable": two unnamed parties are not one), or a
/// pronoun resolved to the speaker's country and role ("the minister said his decision was …").
fn same_side(p: &Party, speaker: &Party) -> bool {
    let identity = p.country == speaker.country && p.role == speaker.role;
    let lower = p.text.to_lowercase();
    let first = lower.split_whitespace().next().unwrap_or_default();
    let pronoun = ["possessives", "pronouns", "third_person_pronouns"].iter().any(|l| words::get(l).contains(&first));
    match (&p.name, &speaker.name) {
        (Some(a), Some(b)) => a == b,
        _ => identity && (pronoun || lower == speaker.text.to_lowercase()),
    }
}
