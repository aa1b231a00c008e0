//! Geocoded places on event records (issue 15): each event's location gets the country, first-level
//! region and point of the place its name most likely means in its story, as grouping reads it.
use crate::features::document_countries;
use casus_core::Event;
use casus_geo::{Gazetteer, GeoError};

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
    }
    Ok(())
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
