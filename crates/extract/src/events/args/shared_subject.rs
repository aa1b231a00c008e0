//! The subject a clause without its own shares: with the clause it hangs on ("tried to advance",
//! "fired and killed", "..., killing 12"), the speaker a participle after a quote belongs to, or
//! the subject of a clause parsed onto a trailing "X said".
use super::*;

/// A subject shared with the governing clause: "tried to advance" (xcomp), "fired and killed"
/// (conj), "..., killing 12" (advcl), "forces that fired" (relative clause: the modified noun).
/// One that names no party gives way to the speaker a misjoined conjunct belongs to, or to who
/// issued the statement a participle describes.
pub(super) fn inherited_subject(v: &View, t: usize) -> Vec<usize> {
    let shared = chain_subject(v, t);
    if shared.iter().any(|&s| v.names_party(s)) {
        return shared;
    }
    misjoined::governor_subject(v, t).or_else(|| issued::light_verb_subject(v, t)).unwrap_or(shared)
}

pub(super) fn chain_subject(v: &View, t: usize) -> Vec<usize> {
    if undergone::setting(v, t) {
        return Vec::new();
    }
    let mut cur = t;
    for _ in 0..4 {
        let Some(h) = v.head(cur) else { break };
        if let Some(s) = speech_verb(v, cur, h) {
            let subj: Vec<usize> = v.kids_with(s, &["nsubj"]).collect();
            if !subj.is_empty() {
                return subj;
            }
        }
        if let Some(subjects) = reported::reported_subjects(v, cur, h) {
            return subjects;
        }
        if let Some(speaker) = reported::commenting_speaker(v, cur, h) {
            return vec![speaker];
        }
        match v.rel(cur) {
            // "forces that fired"; "Armenia, forced to cede …": the modified noun.
            "acl:relcl" | "acl" => return vec![h],
            "xcomp" | "conj" | "advcl" => {
                let subj: Vec<usize> = v.kids_with(h, &["nsubj"]).collect();
                if !subj.is_empty() {
                    return subj;
                }
                cur = h;
            }
            _ => break,
        }
    }
    Vec::new()
}

/// "“…,” the minister said, condemning the attack": the parser often hangs a participle that follows
/// the speech verb on the quoted clause. The speech verb standing between the quote and the
/// participle says the participle belongs to it, so the speaker is its subject ("X, while condemning
/// the attack, says ..." too). After the speech verb only past a quote: in "Militants stormed a hotel,
/// police said, attacking guests" the participle is the militants'.
fn speech_verb(v: &View, cur: usize, h: usize) -> Option<usize> {
    let participle = matches!(v.rel(cur), "advcl" | "parataxis") && v.lower(cur).ends_with("ing");
    let s = v.head(h).filter(|_| participle && v.rel(h) == "ccomp")?;
    ((h < s && s < cur && crate::events::tense::quoted(v, h)) || (cur < s && s < h)).then_some(s)
}
