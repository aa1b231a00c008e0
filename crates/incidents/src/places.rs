//! Geocoded places on event records (issue 15): each event's location gets the country, first-level
//! region and point of the place its name most likely means in its story, as grouping reads it.
//! A name the gazetteer lacks still gets the country (and region) of a place its phrase sets it in
//! ("in Congo's Ituri province", "near Chivhu", "in Haiti's north"), with no point.
use crate::features::document_countries;
use casus_core::{Event, Location};
use casus_geo::{Gazetteer, GeoError, Kind, Place};

/// Fills `country`, `admin1`, `lat` and `lon` of every event's location from the embedded gazetteer;
/// the countries of each story's parties settle ambiguous names ("Hyderabad" in a story about
/// Pakistan). A name the gazetteer lacks (most villages) keeps the name with those keys null.
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
/// whatever the story; a town or region only in one of the story's countries or a large one, since
/// short capitalized words are places somewhere ("On" in Belgium, "Eastern" in Ghana).
fn enclosing(gazetteer: &Gazetteer, loc: &Location, context: &[&str]) -> Option<Place> {
    let own: Vec<&str> = loc.name.as_deref().unwrap_or_default().split_whitespace().collect();
    let mut runs: Vec<Vec<&str>> = vec![Vec::new()];
    for (i, word) in loc.text.split_whitespace().enumerate() {
        let word = word.trim_end_matches([',', ';', ')']);
        let bare = word.trim_end_matches("'s").trim_end_matches("’s");
        // The phrase's first word is capitalized at a sentence start too ("In Ituri", "Along").
        let capital = i > 0 && bare.chars().next().is_some_and(char::is_uppercase) && !own.contains(&bare);
        if capital {
            runs.last_mut().expect("one run at least").push(bare);
        }
        // A possessive, a comma or a lower-case word ends a run of capitalized words.
        if !capital || bare.len() != word.len() {
            runs.push(Vec::new());
        }
    }
    let plausible =
        |p: &Place| p.kind == Kind::Country || context.contains(&p.country.as_str()) || p.population >= LARGE_PLACE;
    runs.iter()
        .filter(|r| !r.is_empty())
        .filter_map(|r| gazetteer.geocode(&r.join(" "), context))
        .find(|p| p.kind != Kind::Border && plausible(p))
}

/// A town or region this large is taken from a phrase whatever the story's countries.
const LARGE_PLACE: u64 = 100_000;

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
        // Not a capitalized first word ("Along"), nor a small place of another country ("On", Belgium).
        events.push(event("d", "Mayom", "SSD"));
        events[3].location.as_mut().unwrap().text = "Along Mayom road, On".into();
        events[2].location.as_mut().unwrap().text = "in the North Kivu villages of Nyanzale".into();
        geocode_locations(&mut events).unwrap();
        let keys = |e: &Event| {
            let l = e.location.as_ref().unwrap();
            (l.country.clone(), l.admin1.clone(), l.lat)
        };
        assert_eq!(keys(&events[0]), (Some("AFG".into()), Some("Kabul".into()), None));
        assert_eq!(keys(&events[1]).0.as_deref(), Some("COD"));
        // GeoNames' name of the province, as on records the gazetteer places there.
        assert_eq!(keys(&events[2]), (Some("COD".into()), Some("Nord Kivu".into()), None));
        assert_eq!(keys(&events[3]), (None, None, None));
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
