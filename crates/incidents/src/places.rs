//! Geocoded places on event records (issue 15): each event's location gets the country, first-level
//! region and point of the place its name most likely means in its story, as grouping reads it.
//! A name the gazetteer lacks still gets the country (and region) of a place its phrase sets it in
//! ("in Congo's Ituri province", "near Chivhu", "in Haiti's north"), with no point.
use crate::features::{data_lines, document_countries};
use casus_core::{Event, Location};
use casus_geo::resolve::FAR_CITY_POPULATION;
use casus_geo::{Gazetteer, GeoError, Kind, Place};
use std::collections::HashSet;
use std::sync::OnceLock;

/// Fills `country`, `admin1`, `lat` and `lon` of every event's location from the embedded gazetteer;
/// the countries of each story's parties settle ambiguous names ("Hyderabad" in a story about
/// Pakistan). A name the gazetteer lacks (most villages) keeps the name with no point, and the
/// country and region of a place its phrase names, if any ([`enclosing`]).
pub fn geocode_locations(events: &mut [Event]) -> Result<(), GeoError> {
    let gazetteer = Gazetteer::embedded()?;
    let contexts = document_countries(events, gazetteer);
    for e in events.iter_mut() {
        let context: Vec<&str> =
            contexts.get(&e.doc_id).map(|c| c.iter().map(String::as_str).collect()).unwrap_or_default();
        let Some(loc) = e.location.as_mut() else { continue };
        let place = gazetteer.geocode(loc.name.as_deref().unwrap_or(&loc.text), &context);
        loc.country = place.as_ref().map(|p| p.country.clone());
        loc.admin1 = place.as_ref().and_then(|p| p.admin1.clone());
        loc.lat = place.as_ref().and_then(|p| p.lat);
        loc.lon = place.as_ref().and_then(|p| p.lon);
        if place.is_none() {
            if let Some(outer) = enclosing(gazetteer, loc, &context) {
                loc.country = Some(outer.country);
                loc.admin1 = outer.admin1;
            }
        }
    }
    Ok(())
}

/// The first other place the location's phrase names, for a name the gazetteer lacks: "Kabul" of
/// "in Kabul's western Karte Seh neighborhood", "Congo" of "in Ituri, Congo". Its point is not the
/// unknown place's, so only its country and region are used. A state named in the phrase counts
/// whatever the story; a town or region only in one of the story's countries or a large one
/// ([`casus_geo::resolve::FAR_CITY_POPULATION`]), since short capitalized words are places
/// somewhere ("On" in Belgium, "Eastern" in Ghana). A reference point is no container ("30 km from
/// the Sudan border": `data/reference_words.txt`).
fn enclosing(gazetteer: &Gazetteer, loc: &Location, context: &[&str]) -> Option<Place> {
    let words: Vec<&str> = loc.text.split_whitespace().collect();
    let plausible = |p: &Place| {
        p.kind == Kind::Country || context.contains(&p.country.as_str()) || p.population >= FAR_CITY_POPULATION
    };
    let reference =
        |w: &str| reference_words().contains(w.trim_matches(|c: char| !c.is_alphanumeric()).to_lowercase().as_str());
    // "30 km from the Sudan border": a border word ending the phrase ("the Sudan border town of X" is
    // in Sudan); "20 km from Peshawar" still places X in Peshawar's country when that is the story's.
    let from = |r: &std::ops::Range<usize>| r.start.checked_sub(1).is_some_and(|b| reference(words[b]));
    let border = |r: &std::ops::Range<usize>| r.end + 1 == words.len() && reference(words[r.end]);
    capitalized_runs(loc, &words)
        .into_iter()
        .filter(|r| !border(r))
        .filter_map(|r| {
            let name = words[r.clone()].iter().map(|w| bare(w)).collect::<Vec<_>>().join(" ");
            let place = gazetteer.geocode(&name, context)?;
            (!from(&r) || context.contains(&place.country.as_str())).then_some(place)
        })
        .find(|p| p.kind != Kind::Border && plausible(p))
}

/// Runs of capitalized words of the phrase other than the place's own name and the phrase's first word
/// (capitalized at a sentence start too: "In Ituri", "Along"); a possessive or a comma ends a run.
fn capitalized_runs(loc: &Location, words: &[&str]) -> Vec<std::ops::Range<usize>> {
    let own: Vec<&str> = loc.name.as_deref().unwrap_or_default().split_whitespace().collect();
    let mut runs = Vec::new();
    let mut start = None;
    for (i, word) in words.iter().enumerate() {
        let b = bare(word);
        let capital = i > 0 && b.chars().next().is_some_and(char::is_uppercase) && !own.contains(&b);
        match (capital, start) {
            (true, None) => start = Some(i),
            (false, Some(s)) => {
                runs.push(s..i);
                start = None;
            }
            _ => {}
        }
        if let (true, Some(s)) = (capital && b.len() != word.len(), start) {
            runs.push(s..i + 1);
            start = None;
        }
    }
    runs.extend(start.map(|s| s..words.len()));
    runs
}

/// A word without its possessive or trailing punctuation ("Kabul's" → "Kabul", "Chivhu," → "Chivhu").
fn bare(word: &str) -> &str {
    word.trim_end_matches([',', ';', ')', '.']).trim_end_matches("'s").trim_end_matches("’s")
}

/// `data/reference_words.txt` as a set, read once.
fn reference_words() -> &'static HashSet<&'static str> {
    static SET: OnceLock<HashSet<&'static str>> = OnceLock::new();
    SET.get_or_init(|| data_lines(include_str!("../data/reference_words.txt")).collect())
}

#[cfg(test)]
mod tests {
    use super::*;
    use casus_core::{Action, Casualties, Evidence, Location, Party};

    fn event(doc: &str, place: &str, actor_country: &str) -> Event {
        let party =
            |c: &str| Party { text: c.into(), name: Some(c.into()), country: Some(c.into()), role: Some("MIL".into()) };
        Event {
            doc_id: doc.into(),
            event_id: format!("{doc}:0"),
            action: Action { text: "attacked".into(), cameo: "190".into() },
            actor: Some(party(actor_country)),
            target: None,
            date: None,
            location: Some(Location { text: format!("in {place}"), name: Some(place.into()), ..Default::default() }),
            casualties: Casualties::default(),
            source: None,
            evidence: Evidence { start: 0, end: 1, sentence: "x".into() },
            confidence: None,
        }
    }

    #[test]
    fn locations_get_country_region_and_point() {
        let mut events = vec![event("a", "Quetta", "PAK")];
        geocode_locations(&mut events).unwrap();
        let loc = events[0].location.as_ref().unwrap();
        assert_eq!((loc.country.as_deref(), loc.admin1.as_deref()), (Some("PAK"), Some("Balochistan")));
        let (lat, lon) = (loc.lat.unwrap(), loc.lon.unwrap());
        assert!((lat - 30.19).abs() < 0.1 && (lon - 67.0).abs() < 0.1, "{lat} {lon}");
        let json = serde_json::to_value(&events[0]).unwrap();
        assert_eq!(json["location"]["country"], "PAK");
        assert_eq!(json["location"]["name"], "Quetta");
    }

    #[test]
    fn each_story_s_parties_settle_ambiguous_names() {
        let mut events = vec![event("pk", "Hyderabad", "PAK"), event("in", "Hyderabad", "IND")];
        geocode_locations(&mut events).unwrap();
        let countries: Vec<_> = events.iter().map(|e| e.location.as_ref().unwrap().country.clone()).collect();
        assert_eq!(countries, [Some("PAK".to_string()), Some("IND".to_string())]);
    }

    #[test]
    fn an_unknown_place_takes_the_country_of_the_place_its_phrase_names() {
        let mut events =
            vec![event("a", "Karte Seh", "AFG"), event("b", "Ituri", "RWA"), event("c", "Nyanzale", "COD")];
        events[0].location.as_mut().unwrap().text = "in Kabul's western Karte Seh neighborhood".into();
        events[1].location.as_mut().unwrap().text = "in Ituri, Congo".into();
        events[2].location.as_mut().unwrap().text = "in the North Kivu villages of Nyanzale".into();
        // A comma ends a run ("near Chivhu, Zimbabwe"); a reference point is no container.
        events.push(event("d", "Daybrook Farm", "ZWE"));
        events[3].location.as_mut().unwrap().text = "at Daybrook Farm near Chivhu, Zimbabwe,".into();
        events.push(event("e", "Zowgal", "TCD"));
        events[4].location.as_mut().unwrap().text = "in Zowgal, 30 km from the Sudan border".into();
        events.push(event("g", "Umm Dafrouqa", "SDN"));
        events[5].location.as_mut().unwrap().text = "in the Sudan border town of Umm Dafrouqa".into();
        // With no party to give the story a country: a small place abroad ("On", Belgium) is no container.
        let mut lone = event("f", "Mayom", "SSD");
        lone.actor = None;
        lone.location.as_mut().unwrap().text = "in Mayom, On".into();
        events.push(lone);
        geocode_locations(&mut events).unwrap();
        let keys = |e: &Event| {
            let l = e.location.as_ref().unwrap();
            (l.country.clone(), l.admin1.clone(), l.lat)
        };
        assert_eq!(keys(&events[0]), (Some("AFG".into()), Some("Kabul".into()), None));
        assert_eq!(keys(&events[1]).0.as_deref(), Some("COD"));
        // GeoNames' name of the province, as on records the gazetteer places there.
        assert_eq!(keys(&events[2]), (Some("COD".into()), Some("Nord Kivu".into()), None));
        assert_eq!(keys(&events[3]).0.as_deref(), Some("ZWE"));
        assert_eq!(keys(&events[4]), (None, None, None));
        assert_eq!(keys(&events[5]).0.as_deref(), Some("SDN"));
        assert_eq!(keys(&events[6]), (None, None, None));
    }

    #[test]
    fn unknown_villages_keep_their_name_with_null_keys() {
        let mut events = vec![event("a", "Nerkin Hand", "ARM")];
        geocode_locations(&mut events).unwrap();
        let json = serde_json::to_value(&events[0]).unwrap();
        assert_eq!(json["location"]["name"], "Nerkin Hand");
        for key in ["country", "admin1", "lat", "lon"] {
            assert!(json["location"][key].is_null(), "{key}: {json}");
        }
    }
}
