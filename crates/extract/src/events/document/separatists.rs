//! A story that calls its armed group separatist or secessionist, or gives its aim as a homeland of its
//! own or independence ("still wants independence", "independence for Xinjiang"), codes that group
//! SEP in every sentence (GUIDELINES §12.2), even where a sentence says only "rebels" or
//! "militants": the insurgents of such a story become separatists. Insurgents of another state than
//! the separatists' ("militants present on Afghan soil" in a story on Baloch separatists) stay REB, and
//! so do the group's allies ("the separatist group and its allies"), another group the story does not
//! call separatist. A story that names its separatists only beside other insurgents ("troops have been
//! fighting Muslim separatists and Islamist militants for decades") tells the two apart: its
//! militants are not the separatists.
use super::identity::allies;
use crate::events::words;
use casus_core::{Document, Event, Party, Sentence};

/// Codes the insurgents of a story that calls its group separatist SEP (see the module doc).
pub fn separatist(events: &mut [Event], doc: &Document) {
    if !calls_separatist(doc) {
        return;
    }
    let parties = |e: &Event| [e.actor.clone(), e.target.clone(), e.source.clone()].into_iter().flatten();
    let homes: Vec<String> = events
        .iter()
        .flat_map(parties)
        .filter(|p| p.role.as_deref() == Some("SEP"))
        .filter_map(|p| p.country)
        .collect();
    let ours = |p: &Party| homes.is_empty() || p.country.as_ref().is_none_or(|c| homes.contains(c));
    for e in events.iter_mut() {
        for p in [&mut e.actor, &mut e.target, &mut e.source].into_iter().flatten() {
            if p.role.as_deref() == Some("REB") && ours(p) && !allies(p) {
                p.role = Some("SEP".into());
            }
        }
    }
}

/// Whether the story calls its armed group separatist: some cue (`separatist_cues`) that is no
/// separatist noun coordinated with other insurgents.
fn calls_separatist(doc: &Document) -> bool {
    let lower = doc.text.to_lowercase();
    let cues = words::get("separatist_cues");
    let (words, phrases): (Vec<&str>, Vec<&str>) = cues.iter().partition(|c| !c.contains(' '));
    if phrases.iter().any(|c| lower.contains(c)) {
        return true;
    }
    if !words.iter().any(|c| lower.contains(c)) {
        return false;
    }
    // A text the model did not parse: every cue stands.
    let unparsed = doc.sentences.iter().any(|s| s.parse.is_none());
    unparsed || doc.sentences.iter().any(|s| standing_cue(s, &words))
}

/// Whether the sentence has a separatist cue word that is not set apart from other insurgents.
fn standing_cue(s: &Sentence, cues: &[&str]) -> bool {
    let Some(parse) = s.parse.as_ref().filter(|p| p.heads.len() == s.tokens.len()) else { return true };
    let lower = |i: usize| s.tokens[i].text.to_lowercase();
    let cue = |i: usize| cues.contains(&lower(i).as_str());
    let described = |i: usize| cue(i) || parse.children(i).any(cue);
    let insurgents = |i: usize| {
        let role = crate::parties::normalize(&s.tokens[i].text).and_then(|p| p.role);
        role.as_deref() == Some("REB") && !described(i)
    };
    (0..s.tokens.len()).filter(|&i| cue(i)).any(|i| {
        let modifier = matches!(parse.deprels[i].as_str(), "amod" | "compound");
        let Some(noun) = (if modifier { parse.head(i) } else { Some(i) }) else { return true };
        let conjuncts = parse.children(noun).filter(|&j| parse.deprels[j] == "conj");
        let coordinated = parse.head(noun).filter(|_| parse.deprels[noun] == "conj");
        !conjuncts.chain(coordinated).any(insurgents)
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::events::testing::{parsed, record};

    fn party(text: &str, role: &str) -> Party {
        Party { text: text.into(), name: None, country: None, role: Some(role.into()) }
    }

    fn story() -> Vec<Event> {
        vec![record(Some(party("militants", "REB")), Some(party("troops", "MIL")), None)]
    }

    fn roles(es: &[Event]) -> (Option<String>, Option<String>) {
        (es[0].actor.as_ref().unwrap().role.clone(), es[0].target.as_ref().unwrap().role.clone())
    }

    fn text(t: &str) -> Document {
        Document::new("d", t, None, None).unwrap()
    }

    #[test]
    fn a_story_that_calls_its_rebels_separatist_codes_them_sep_throughout() {
        let mut es = story();
        separatist(
            &mut es,
            &text("The militants, who have fought for an independent homeland since 1983, attacked troops."),
        );
        assert_eq!(roles(&es), (Some("SEP".into()), Some("MIL".into())));
        let mut es = story();
        separatist(&mut es, &text("Militants attacked troops near the capital."));
        assert_eq!(roles(&es), (Some("REB".into()), Some("MIL".into())));
        // an aim of independence for a region is separatism; a state's own independence is not
        let mut es = story();
        separatist(&mut es, &text("The militants, a splinter group that still wants independence, attacked troops."));
        assert_eq!(roles(&es).0.as_deref(), Some("SEP"));
        let mut es = story();
        separatist(&mut es, &text("Since gaining independence in 1960, the country has fought militants."));
        assert_eq!(roles(&es).0.as_deref(), Some("REB"));
    }

    #[test]
    fn separatists_named_beside_other_insurgents_are_another_group() {
        let apart = parsed(
            "Troops/2/nsubj fought/0/root Muslim/4/amod separatists/2/obj and/7/cc Islamist/7/amod \
             militants/4/conj ./2/punct",
        );
        let mut es = story();
        separatist(&mut es, &apart);
        assert_eq!(roles(&es).0.as_deref(), Some("REB"));
        // separatists coordinated with another kind of party are still the story's insurgents
        let beside_troops =
            parsed("Separatists/4/nsubj and/3/cc troops/1/conj clashed/0/root in/6/case Aceh/4/obl ./4/punct");
        let mut es = story();
        separatist(&mut es, &beside_troops);
        assert_eq!(roles(&es).0.as_deref(), Some("SEP"));
        let rebels = parsed("Separatist/2/amod rebels/3/nsubj attacked/0/root troops/3/obj ./3/punct");
        let mut es = story();
        separatist(&mut es, &rebels);
        assert_eq!(roles(&es).0.as_deref(), Some("SEP"));
    }
}
