//! A story that calls its armed group separatist or secessionist, or gives its aim as a homeland of its
//! own or independence ("still wants independence", "independence for Xinjiang"), codes that group
//! SEP in every sentence (GUIDELINES §12.2), even where a sentence says only "rebels" or
//! "militants": the story's bare insurgents become separatists. A party's own words come first: they
//! may name another group. Mutineers and renegade troops ("mutinous soldiers seized the palace" in a
//! story on Tuareg separatists), former fighters and a group named by its creed ("Islamic
//! militants", "Maoist guerrillas") stay REB, and so does a named group that no sentence calling a
//! group separatist names ("the Islamic State group" in a story on Moro separatists): the story calls
//! some group separatist, not every group it names. Insurgents of another state than the
//! separatists' ("militants present on Afghan soil" in a story on Baloch separatists) stay REB, and
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
    let named = separatist_groups(doc);
    for e in events.iter_mut() {
        for p in [&mut e.actor, &mut e.target, &mut e.source].into_iter().flatten() {
            if p.role.as_deref() == Some("REB") && ours(p) && !allies(p) && !another_group(p, &named) {
                p.role = Some("SEP".into());
            }
        }
    }
}

/// The named groups (by canonical name) of the sentences that hold a separatist cue: the groups the
/// story calls separatist ("the BIFF, a splinter group that still wants independence"). A text with
/// no sentences is one sentence.
fn separatist_groups(doc: &Document) -> Vec<String> {
    let cues = words::get("separatist_cues");
    let texts: Vec<&str> = if doc.sentences.is_empty() {
        vec![doc.text.as_str()]
    } else {
        doc.sentences.iter().map(|s| doc.sentence_text(s)).collect()
    };
    let cued = |t: &&str| {
        let lower = t.to_lowercase();
        cues.iter().any(|c| lower.contains(c))
    };
    texts.into_iter().filter(cued).flat_map(|t| crate::parties::groups_and_words(t).0).collect()
}

/// Whether the party's own words name another group than the story's separatists (module doc): a
/// word of `other_insurgent_words` outside a group's name, a state force's noun (the turncoats'
/// "the soldiers", REB since the turncoat pass), or only groups that `separatists` does not hold.
fn another_group(p: &Party, separatists: &[String]) -> bool {
    let (groups, own) = crate::parties::groups_and_words(&p.text);
    let other = own.iter().any(|w| words::get("other_insurgent_words").contains(&w.as_str()));
    let role = crate::parties::normalize(&p.text).and_then(|i| i.role);
    let force = matches!(role.as_deref(), Some("MIL" | "COP"));
    let unnamed_here = !groups.is_empty() && groups.iter().all(|g| !separatists.contains(g));
    other || force || unnamed_here
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
    fn actor_role(actor: &str, story: &str) -> Option<String> {
        let mut es = vec![record(Some(party(actor, "REB")), Some(party("troops", "MIL")), None)];
        separatist(&mut es, &text(story));
        es[0].actor.as_ref().unwrap().role.clone()
    }

    #[test]
    fn a_party_whose_own_words_name_another_group_keeps_its_role() {
        // mutineers and renegades are state forces turned, not the separatists the story names later
        let mali = "Mutinous soldiers seized the palace on Thursday. Tuareg separatists hold the north.";
        assert_eq!(actor_role("Mutinous soldiers", mali).as_deref(), Some("REB"));
        assert_eq!(actor_role("the rebels", mali).as_deref(), Some("SEP"));
        let congo = "Renegade troops looted the town. The army is fighting a separatist rebellion in the east.";
        assert_eq!(actor_role("renegade troops", congo).as_deref(), Some("REB"));
        // a group named by its creed is not the story's separatists; a community word names no other group
        let caucasus = "Islamic militants held hostages. Troops have battled separatist rebels for a decade.";
        assert_eq!(actor_role("Islamic militants", caucasus).as_deref(), Some("REB"));
        let moro = "Muslim rebels attacked villages. The rebels want an independent homeland.";
        assert_eq!(actor_role("Muslim rebels", moro).as_deref(), Some("SEP"));
    }

    #[test]
    fn a_named_group_is_separatist_only_where_the_story_calls_it_so() {
        let story = "The BIFF, a splinter group that still wants independence, attacked villages. \
                     Some of its fighters pledged allegiance to the Islamic State group.";
        assert_eq!(actor_role("insurgents from the BIFF", story).as_deref(), Some("SEP"));
        assert_eq!(actor_role("the Islamic State group", story).as_deref(), Some("REB"));
        // a named group that the sentence with the cue names is the separatists
        let story = "Islamic State fighters seeking independence for the region attacked a post.";
        assert_eq!(actor_role("Islamic State fighters", story).as_deref(), Some("SEP"));
    }
}
