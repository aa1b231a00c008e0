//! The state a story is set in, read once per document before its sentences: role-only parties
//! ("police", "the army") take it when their event's own place names none (`document::identity`).
//! A state's bare name counts as a place whether the model tags it a place or an organisation.
use crate::parties;
use casus_core::Document;

/// The state a document is set in: the one its place names point to most often; between states its
/// places name equally often, the one named first (a story's lead names its own state first: "Chad is
/// threatening to sever relations with Sudan after the military says it beat back an assault").
pub(crate) fn home_country(doc: &Document) -> Option<String> {
    let mut places: Vec<(String, usize)> = Vec::new();
    for s in &doc.sentences {
        for e in &s.entities {
            let text = doc.span_text(s, e.tokens.clone());
            // "The C.A.R. accuses the rebels": the model tags a state acting as an organisation, but its
            // bare name is the state as much as a place label is.
            let place = matches!(e.label.as_str(), "GPE" | "LOC") || (e.label == "ORG" && parties::is_state_name(text));
            if !place {
                continue;
            }
            let Some(country) = parties::lookup_place(text).and_then(|p| p.country) else { continue };
            match places.iter_mut().find(|(c, _)| *c == country) {
                Some((_, n)) => *n += 1,
                None => places.push((country, 1)),
            }
        }
    }
    // A stable sort: on equal counts the first-named state stays first.
    places.sort_by_key(|(_, n)| std::cmp::Reverse(*n));
    places.into_iter().next().map(|(c, _)| c)
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
}
