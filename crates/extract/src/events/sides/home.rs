//! The state a story is set in, read once per document before its sentences: role-only parties
//! ("police", "the army") take it when their event's own place names none (`document::identity`).
//! A state's bare name counts as a place whether the model tags it a place or an organisation.
use crate::events::words;
use crate::parties;
use casus_core::Document;

/// The state a document is set in: the one its place names point to most often; between states its
/// places name equally often, the one more of whose names the party lexicon knows (a story's own
/// state is named by name, a town of the gazetteer may be a namesake abroad), then the one named
/// first (a story's lead names its own state first: "Chad is threatening to sever relations with
/// Sudan after the military says it beat back an assault").
pub(crate) fn home_country(doc: &Document) -> Option<String> {
    // (country, places named, of them known to the party lexicon)
    let mut places: Vec<(String, usize, usize)> = Vec::new();
    let mut towns: Vec<String> = Vec::new();
    for s in &doc.sentences {
        for e in &s.entities {
            let text = doc.span_text(s, e.tokens.clone());
            // "The C.A.R. accuses the rebels": the model tags a state acting as an organisation, but its
            // bare name is the state as much as a place label is.
            let place = matches!(e.label.as_str(), "GPE" | "LOC") || (e.label == "ORG" && parties::is_state_name(text));
            let (country, known) = match parties::lookup_place(text) {
                _ if !place => (nationality_of_place(doc, s, e), 1),
                Some(p) if p.known => (p.country, 1),
                _ if e.label != "ORG" => match geocoded_country(text) {
                    Some((country, true)) => (Some(country), 0),
                    Some((country, false)) => {
                        towns.push(country);
                        continue;
                    }
                    None => (None, 0),
                },
                _ => (None, 0),
            };
            if let Some(country) = country {
                count(&mut places, country, known);
            }
        }
    }
    // "Militiamen killed 20 villagers in Kasai" in a story of Congo: a small town the lexicon lacks
    // (Kasai, Japan; Congo's province is not in the gazetteer) counts for its state only in a story
    // that names that state, or names none.
    let none_named = places.is_empty();
    for town in towns {
        if none_named || places.iter().any(|(c, ..)| *c == town) {
            count(&mut places, town, 0);
        }
    }
    // A stable sort: on equal counts the first-named state stays first.
    places.sort_by_key(|&(_, n, k)| (std::cmp::Reverse(n), std::cmp::Reverse(k)));
    places.into_iter().next().map(|(c, ..)| c)
}

/// One more place named in `country`, `known` of them to the party lexicon.
fn count(places: &mut Vec<(String, usize, usize)>, country: String, known: usize) {
    match places.iter_mut().find(|(c, ..)| *c == country) {
        Some((_, n, k)) => (*n, *k) = (*n + 1, *k + known),
        None => places.push((country, 1, known)),
    }
}

/// "the Pakistani city of Peshawar", "the Congolese border town of Bunagana": a nationality before a
/// place noun names the state the place is in, as its name would.
fn nationality_of_place(doc: &Document, s: &casus_core::Sentence, e: &casus_core::Entity) -> Option<String> {
    if e.label != "NORP" {
        return None;
    }
    let generic = words::get("place_generic");
    let word = |k: usize| s.tokens.get(k).map(|t| doc.text[t.bytes.clone()].to_lowercase());
    // One word may come between: "the Syrian port city of Latakia", "the Congolese border town".
    let place_noun = (e.tokens.end..e.tokens.end + 2).any(|k| word(k).is_some_and(|w| generic.contains(&w.as_str())));
    let text = doc.span_text(s, e.tokens.clone());
    (place_noun && parties::is_demonym(text)).then(|| parties::normalize(text)?.country).flatten()
}

/// "Police arrested 20 people in Kano": a town the party lexicon lacks names its state through the
/// gazetteer, when the name is sure of its country (not "Bor", a town of South Sudan, Serbia and
/// Russia). A name that is only another place's alternate name ("Africa" for Mahdia, Tunisia) counts
/// only for a large place. With the state, whether the place is large (a region, or a city of
/// [`casus_geo::resolve::FAR_CITY_POPULATION`]).
fn geocoded_country(text: &str) -> Option<(String, bool)> {
    let gazetteer = casus_geo::Gazetteer::embedded().ok()?;
    let place = gazetteer.geocode(text, &[])?;
    let own = casus_geo::names::key(&place.name) == casus_geo::names::key(text);
    let sure = gazetteer.sure_country(text).is_some_and(|c| c == place.country);
    let big = place.population >= casus_geo::resolve::FAR_CITY_POPULATION;
    let large = big || place.kind != casus_geo::Kind::City;
    (sure && (own || big)).then_some((place.country, large))
}

/// "in the Spanish cities of Seville", "the Pakistani town of Parachinar", "in Pakistan's Swat valley",
/// "in Qatar's capital, Doha": a place's own words that give its state (a nationality before a place
/// noun, a state's name owning a place) say where it lies, whatever other state has a place of that
/// name or the story names more often.
pub(crate) fn stated_country(text: &str) -> Option<String> {
    let generic = words::get("place_generic");
    let ws: Vec<&str> = text.split_whitespace().map(|w| w.trim_matches([',', '.', ';'])).collect();
    let lower = |k: usize| ws.get(k).map(|w| crate::lemma::lemma(&w.to_lowercase()));
    let place_noun = |k: usize| lower(k).is_some_and(|w| generic.contains(&w.as_str()));
    // "Pakistan's Swat valley", "Egypt's north", not "Israel's consulate in Istanbul".
    let owned = |k: usize| {
        place_noun(k)
            || ws.get(k).is_some_and(|w| w.starts_with(char::is_uppercase))
            || lower(k).is_some_and(|w| words::get("compass_words").contains(&w.as_str()))
    };
    for (i, w) in ws.iter().enumerate() {
        if parties::is_demonym(w) && (place_noun(i + 1) || place_noun(i + 2)) {
            return parties::normalize(w)?.country;
        }
        let Some(stem) = w.strip_suffix("'s").or_else(|| w.strip_suffix("’s")) else { continue };
        // "South Sudan's": a state's name of up to three words.
        for start in i.saturating_sub(2)..=i {
            let name = ws[start..i].iter().copied().chain([stem]).collect::<Vec<_>>().join(" ");
            if parties::is_state_name(&name) && owned(i + 1) {
                return parties::normalize(&name)?.country;
            }
        }
    }
    None
}

/// The state of an event's town the party lexicon lacks, for its role-only parties: the story's home
/// state when it has a town of that name, else one of the states the story names (`named`) that has
/// a place of that name ("Acre" in a story of Israel and Lebanon,
/// not Brazil's), else, in a story that names none, the one state the gazetteer is sure of. Only a
/// place's own name, or another spelling the gazetteer gives one state only, of a state the story
/// names: an alternate one names a namesake too often ("Iskandariyah", a town south of Baghdad, is
/// also Alexandria's Arabic name).
pub(crate) fn town_country(text: &str, home: Option<&str>, named: &[&str]) -> Option<String> {
    let gazetteer = casus_geo::Gazetteer::embedded().ok()?;
    let own = |p: &casus_geo::Place| casus_geo::names::key(&p.name) == casus_geo::names::key(text);
    // The home state's own town first: "Hyderabad" in a Pakistani story that names India too.
    let at_home =
        home.and_then(|h| gazetteer.geocode(text, &[h])).filter(|p| own(p) && Some(p.country.as_str()) == home);
    if let Some(p) = at_home {
        return Some(p.country);
    }
    let place = gazetteer.geocode(text, named)?;
    // "the disputed region's Poonch district" (Pūnch, India): another spelling of a town of a state
    // the story names, when the gazetteer is sure of its state.
    let sure = || gazetteer.sure_country(text).is_some_and(|c| c == place.country);
    if named.contains(&place.country.as_str()) && (own(&place) || sure()) {
        return Some(place.country);
    }
    let place = Some(place).filter(own)?;
    gazetteer.sure_country(text).filter(|c| named.is_empty() && *c == place.country)
}

#[cfg(test)]
mod tests {
    use super::home_country;

    #[test]
    fn places_named_as_often_leave_the_home_to_the_state_named_first() {
        let accused = "Chad/2/nsubj accused/0/root Sudan/2/obj ./2/punct";
        let denied = "Sudan/2/nsubj denied/0/root it/2/obj ./2/punct";
        let ent = |at: usize| casus_core::Entity { label: "GPE".into(), tokens: at..at + 1, score: 1.0 };
        let mut doc = crate::events::testing::parsed_doc(&[accused]);
        doc.sentences[0].entities = vec![ent(0), ent(2)];
        assert_eq!(home_country(&doc).as_deref(), Some("TCD"), "two places named once each: the first");
        let mut doc = crate::events::testing::parsed_doc(&[accused, denied]);
        doc.sentences[0].entities = vec![ent(0), ent(2)];
        doc.sentences[1].entities = vec![ent(0)];
        assert_eq!(home_country(&doc).as_deref(), Some("SDN"), "a place named more often leads");
    }

    #[test]
    fn a_states_bare_name_tagged_as_an_organisation_still_sets_the_home() {
        // "The C.A.R. accused rebels. The C.A.R. army met Cameroon officials."
        let accused = "The/2/det C.A.R./3/nsubj accused/0/root rebels/3/obj ./3/punct";
        let met = "The/3/det C.A.R./3/compound army/4/nsubj met/0/root Cameroon/6/compound officials/4/obj ./4/punct";
        let ent = |label: &str, at: std::ops::Range<usize>| casus_core::Entity {
            label: label.into(),
            tokens: at,
            score: 1.0,
        };
        let mut doc = crate::events::testing::parsed_doc(&[met]);
        doc.sentences[0].entities = vec![ent("ORG", 0..3), ent("GPE", 4..5)];
        assert_eq!(home_country(&doc).as_deref(), Some("CMR"), "an organisation named with a state is no place");
        let mut doc = crate::events::testing::parsed_doc(&[accused, met]);
        doc.sentences[0].entities = vec![ent("ORG", 0..2)];
        doc.sentences[1].entities = vec![ent("ORG", 0..3), ent("GPE", 4..5)];
        assert_eq!(home_country(&doc).as_deref(), Some("CAF"), "the state's bare name, named first");
    }

    #[test]
    fn a_town_the_lexicon_lacks_names_its_state_when_the_gazetteer_is_sure() {
        let ent = |at: usize| casus_core::Entity { label: "GPE".into(), tokens: at..at + 1, score: 1.0 };
        let home = |town: &str| {
            let spec =
                format!("Police/2/nsubj arrested/0/root 20/4/nummod people/2/obj in/6/case {town}/2/obl ./2/punct");
            let mut doc = crate::events::testing::parsed_doc(&[spec.as_str()]);
            doc.sentences[0].entities = vec![ent(5)];
            home_country(&doc)
        };
        assert_eq!(home("Kano").as_deref(), Some("NGA"));
        assert_eq!(home("Guayaquil").as_deref(), Some("ECU"));
        // a name of towns in several countries, and a world region, name no state
        assert_eq!(home("Bor"), None);
        assert_eq!(home("Africa"), None);
    }

    #[test]
    fn a_small_town_abroad_counts_only_in_a_story_that_names_its_state_or_none() {
        // "Militiamen killed villagers in Kasai." twice, then "Congo sent troops.": Kasai is a Japanese
        // town of 42,000 in the gazetteer, which lacks Congo's province.
        let killed = "Militiamen/2/nsubj killed/0/root villagers/2/obj in/5/case Kasai/2/obl ./2/punct";
        let sent = "Congo/2/nsubj sent/0/root troops/2/obj ./2/punct";
        let ent = |at: usize| casus_core::Entity { label: "GPE".into(), tokens: at..at + 1, score: 1.0 };
        let mut doc = crate::events::testing::parsed_doc(&[killed, killed, sent]);
        doc.sentences[0].entities = vec![ent(4)];
        doc.sentences[1].entities = vec![ent(4)];
        doc.sentences[2].entities = vec![ent(0)];
        assert_eq!(home_country(&doc).as_deref(), Some("COD"));
        // A story that names no state: the town's is all there is.
        let mut doc = crate::events::testing::parsed_doc(&[killed]);
        doc.sentences[0].entities = vec![ent(4)];
        assert_eq!(home_country(&doc).as_deref(), Some("JPN"));
    }

    #[test]
    fn a_nationality_before_a_place_noun_counts_for_its_state() {
        // "A bomber struck in the Pakistani city of Peshawar. It avenged a U.S. strike."
        let struck = "A/2/det bomber/3/nsubj struck/0/root in/7/case the/7/det Pakistani/7/amod city/3/obl of/9/case Peshawar/7/nmod ./3/punct";
        let avenged = "It/2/nsubj avenged/0/root a/5/det U.S./5/compound strike/2/obj ./2/punct";
        let ent = |label: &str, at: usize| casus_core::Entity { label: label.into(), tokens: at..at + 1, score: 1.0 };
        let mut doc = crate::events::testing::parsed_doc(&[struck, avenged]);
        doc.sentences[0].entities = vec![ent("NORP", 5), ent("GPE", 8)];
        doc.sentences[1].entities = vec![ent("GPE", 3)];
        assert_eq!(home_country(&doc).as_deref(), Some("PAK"));
        // Without the nationality the town ties with the state the lexicon names, which leads.
        doc.sentences[0].entities = vec![ent("GPE", 8)];
        assert_eq!(home_country(&doc).as_deref(), Some("USA"));
    }

    #[test]
    fn a_town_of_the_home_state_wins_over_a_namesake_of_a_state_the_story_names() {
        use super::town_country;
        // "Pakistan accused India … Gunmen killed three policemen in Hyderabad"
        assert_eq!(town_country("Hyderabad", Some("PAK"), &["IND", "PAK"]).as_deref(), Some("PAK"));
        assert_eq!(town_country("Hyderabad", None, &["IND"]).as_deref(), Some("IND"));
        assert_eq!(town_country("Peshawar", Some("NGA"), &["NGA"]), None, "no town of the story's states");
    }

    #[test]
    fn another_spelling_of_a_town_of_a_state_the_story_names_gives_that_state() {
        use super::town_country;
        // "ambushed an army vehicle in the disputed region's Poonch district" (Pūnch, India), in a
        // story that names Pakistan more often than India
        assert_eq!(town_country("Poonch", Some("PAK"), &["IND", "PAK"]).as_deref(), Some("IND"));
        assert_eq!(town_country("Poonch", Some("NGA"), &["NGA"]), None, "no state the story names");
    }

    #[test]
    fn a_place_s_own_words_give_its_state() {
        use super::stated_country;
        let stated = |t: &str| stated_country(t);
        assert_eq!(stated("in the Spanish cities of Seville").as_deref(), Some("ESP"));
        assert_eq!(stated("the Pakistani border town of Parachinar").as_deref(), Some("PAK"));
        assert_eq!(stated("in Pakistan's Swat valley").as_deref(), Some("PAK"));
        assert_eq!(stated("in Qatar’s capital, Doha").as_deref(), Some("QAT"));
        assert_eq!(stated("in South Sudan's Upper Nile state").as_deref(), Some("SSD"));
        assert_eq!(stated("in Egypt's north").as_deref(), Some("EGY"));
        // a state's building abroad, a nationality on no place noun, a bare place: no state stated
        assert_eq!(stated("in front of Israel's consulate in Istanbul"), None);
        assert_eq!(stated("near Egyptian positions"), None);
        assert_eq!(stated("in Rafah"), None);
    }
}
