//! The counterpart a phrase names beside a trigger's own words: the with-phrase of the object noun a
//! verb acts through ("reached a peace deal with the government", "signed an agreement with Greece",
//! "led peace talks with Ukrainian officials") and the to-phrase of a visit, offer, condolence or
//! appeal ("made a visit to Iraq", "offered amnesty to the rebel leader", "extends condolences to the
//! victims", "I appeal to my colleague"): the one the act is made with or directed to.
use crate::events::args;
use crate::events::view::View;
use crate::events::words;
use crate::events::words::is_pronoun;
use crate::lexicon::Pos;
use std::ops::Range;

/// The phrases of case `case` on the trigger's `tokens`, else on the object nouns of its verb
/// `speaker`, with their conjuncts; a place or a date is none.
pub(crate) fn counterparts_near(v: &View, tokens: Range<usize>, speaker: usize, case: &str) -> Vec<usize> {
    let own: Vec<usize> =
        args::counterparts(v, tokens.clone(), case).into_iter().filter(|&c| may_be_party(v, c)).collect();
    if !own.is_empty() {
        return own;
    }
    let objects: Vec<usize> = v.kids_with(speaker, &["obj"]).filter(|o| !tokens.contains(o)).collect();
    objects.into_iter().flat_map(|o| args::counterparts(v, o..o + 1, case)).filter(|&c| may_be_party(v, c)).collect()
}

/// "urged an end to the fighting", "a deal with Russia's help", "a visit to Quetta", "a visit to the
/// capital": an act, the help of a third party (GUIDELINES §2: an agentive modifier) or a town is no
/// counterpart.
fn may_be_party(v: &View, c: usize) -> bool {
    let act = crate::lexicon::lookup_pos(&v.lemmas, c, Some(Pos::Noun)).is_some();
    let help = words::get("agentive_of").contains(&v.lemmas[c].as_str());
    let town = crate::parties::normalize(v.text(v.phrase(c))).is_some_and(|p| p.country.is_some() && p.role.is_none())
        || words::get("anaphoric_places").contains(&v.lemmas[c].as_str());
    !(act || help || town)
}

/// Whether the targets read so far name no party: nouns of what is made ("signed an agreement",
/// "reached a deal", "offered amnesty"), not a name, a pronoun or a party word; the counterpart beside
/// them is the target.
pub(crate) fn name_no_party(v: &View, targets: &[usize]) -> bool {
    targets.iter().all(|&x| {
        let named = v.sent.entities.iter().any(|e| e.tokens.contains(&x));
        let person = words::get("object_person_pronouns").contains(&v.lower(x).as_str());
        !named && !person && !is_pronoun(&v.lemmas[x]) && crate::parties::normalize(v.word(x)).is_none()
    })
}

/// "vowed to crush the rebels", "offered to transport Mr. Gbagbo", "threatened to close or suspend
/// U.S. operations": an intent or threat with no object of its own is aimed at whom the act it
/// announces is done to, the object (or aim) of its infinitive complement or that complement's
/// conjuncts. Not a passive complement ("vowed to be re-elected"), nor what a posting verb moves
/// ("agreed to send 2,000 soldiers").
pub(crate) fn intended(v: &View, speaker: usize) -> Vec<usize> {
    for x in v.kids_with(speaker, &["xcomp"]).filter(|&x| !v.is_passive(x)) {
        for verb in v.conjuncts(x) {
            let r = args::verbal(v, verb, false);
            let (mut targets, mut aims) = (r.targets, r.aims);
            args::posted::drop_moved(v, verb, &mut targets);
            args::posted::drop_moved(v, verb, &mut aims);
            let found = if targets.is_empty() { aims } else { targets };
            if !found.is_empty() {
                return found;
            }
        }
    }
    Vec::new()
}
