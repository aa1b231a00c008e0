//! "Militants abducted 100 girls late Monday, after overpowering soldiers guarding the town, residents
//! said": the parser hangs an adverbial clause that ends the reported clause on the speech verb after it.

use super::*;

/// The subjects of the reported clause that adverbial clause `cur` of speech verb `h` belongs to: one
/// that stands between the reported clause and the speaker is its last part, so its subject is the
/// reported clause's, not the speaker's. None where `cur` is no such clause.
pub(super) fn reported_subjects(v: &View, cur: usize, h: usize) -> Option<Vec<usize>> {
    if v.rel(cur) != "advcl" || !v.is_reporting(h) {
        return None;
    }
    let speaker = v.kids_with(h, &["nsubj"]).next()?;
    let clause = v.kids_with(h, &["ccomp"]).find(|&c| c < cur && cur < speaker)?;
    let subjects: Vec<usize> = v.kids_with(clause, &["nsubj"]).collect();
    (!subjects.is_empty()).then_some(subjects)
}

/// "Gunmen kidnapped 79 students, officials said, blaming separatists": a speech act in a participle
/// after a trailing "X said", parsed onto the reported clause `h` (the speech verb its head or its
/// sibling), is the speaker's (accusing, blaming, condemning); a deed stays the reported clause's
/// ("..., police said, attacking guests"), and so does any act after a leading one ("Witnesses say
/// thousands marched, defying a ban").
pub(super) fn commenting_speaker(v: &View, cur: usize, h: usize) -> Option<usize> {
    let participle = matches!(v.rel(cur), "parataxis" | "advcl") && v.lower(cur).ends_with("ing");
    let speech = crate::lexicon::lookup_pos(&v.lemmas, cur, Some(Pos::Verb))
        .and_then(|m| m.entry.cameo.as_deref())
        .is_some_and(crate::events::triggers::trigger::is_speech_act);
    if !participle || !speech || v.kids_with(cur, &["nsubj"]).next().is_some() {
        return None;
    }
    let governor = v.head(h).filter(|_| v.rel(h) == "ccomp");
    let said =
        v.kids_with(h, &["parataxis"]).chain(governor).filter(|&s| h < s && s < cur && v.is_reporting(s)).max()?;
    v.kids_with(said, &["nsubj"]).next()
}
