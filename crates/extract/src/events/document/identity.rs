//! Party identity, the last stage over a document's events: a party named only by its role
//! ("police", "gunmen", "officials", "16 soldiers") takes the country the story makes clear —
//! the country of the event's own place when it has one, else the country the story is set in.
//!
//! The story's country (`sides::home`, read before the sentences) is the state its place names
//! point to most often (countries, capitals and known places among the model's GPE / LOC
//! entities); nationality adjectives do not count, since they name foreign forces as often as the
//! story's own ("Ethiopian troops in Mogadishu"). A story with no clear place (two states named
//! equally often) leaves role-only parties as they are.
//!
//! International bodies, NGOs and the media keep `country` null (GUIDELINES §12.3), as does a party
//! with a known identity of its own (a named group or person with no state).
//!
//! A party whose role changed on a date (`data/eras.tsv`: the Taliban were insurgents until they
//! took Kabul on 15 August 2021) takes the role of the story's time.
use crate::events::words;
use crate::parties;
use casus_core::{Event, Party};
use chrono::NaiveDate;

/// The role of party `p` in a story published on `published`, when an era of `eras.tsv` says so.
fn era_role(p: &Party, published: Option<NaiveDate>) -> Option<&'static str> {
    parties::eras::group_role_at(p.name.as_deref()?, published)
}

/// Sets the role of every party of `events` whose role changed on a date (see the module doc).
pub fn in_time(events: &mut [Event], published: Option<NaiveDate>) {
    for e in events.iter_mut() {
        for p in [&mut e.actor, &mut e.target, &mut e.source].into_iter().flatten() {
            if let Some(r) = era_role(p, published) {
                p.role = Some(r.to_string());
            }
        }
    }
}

/// Whether `p` names others on a party's side by an ally noun ("its ideological allies").
pub(crate) fn allies(p: &Party) -> bool {
    let last = p.text.split_whitespace().last().unwrap_or_default().to_lowercase();
    words::get("ally_nouns").contains(&crate::lemma::lemma(&last).as_str())
}

/// A source the story places in no state and names by no proper name ("Media reports", "aid workers")
/// is named by its words: parties of no country are compared by name (GUIDELINES §12.9), and the words
/// are the only name the text gives. A pronoun names no one.
pub fn name_unnamed_sources(events: &mut [Event]) {
    for s in events.iter_mut().filter_map(|e| e.source.as_mut()) {
        if s.country.is_none() && s.name.is_none() {
            s.name = source_name(&s.text);
        }
    }
}

/// The head phrase of a source's words, without what only points to, owns or counts it: determiners,
/// possessives ("its website", "the group's website") and quantities ("several witnesses", "two
/// officials"); `None` when only a pronoun is left ("they said").
fn source_name(text: &str) -> Option<String> {
    let lower = text.to_lowercase();
    let ws: Vec<&str> = lower.split_whitespace().collect();
    let owner = |w: &str| ["'s", "’s", "s'", "s’"].iter().any(|e| w.ends_with(e));
    let from = ws.iter().rposition(|w| owner(w)).map_or(0, |k| k + 1);
    let skip = |w: &str| {
        let listed = [words::get("determiners"), words::get("possessives"), words::get("quantity_words")];
        listed.iter().any(|l| l.contains(&w)) || crate::numbers::is_count_word(w)
    };
    let rest: Vec<&str> = ws[from..].iter().copied().skip_while(|w| skip(w)).collect();
    let pronoun = rest.len() == 1 && words::get("personal_pronouns").contains(&rest[0]);
    (!rest.is_empty() && !pronoun).then(|| rest.join(" "))
}

/// Roles that belong to a state: a role-only party of these takes a country.
const STATE_ROLES: &[&str] =
    &["GOV", "MIL", "COP", "SPY", "JUD", "LEG", "REB", "SEP", "UAF", "CRM", "OPP", "CVL", "REF", "HLH", "REL"];

/// Gives every role-only party of `events` the country of its event's place, else `home`; unnamed
/// insurgents take the country of the story's one named armed group first (`group`).
pub fn complete(events: &mut [Event], home: Option<&str>, group: Option<&str>) {
    let named = story_states(events, home);
    let named: Vec<&str> = named.iter().map(String::as_str).collect();
    for e in events.iter_mut() {
        if let Some(g) = group {
            for p in [&mut e.actor, &mut e.target, &mut e.source].into_iter().flatten() {
                if p.country.is_none() && p.name.is_none() && matches!(p.role.as_deref(), Some("REB" | "SEP")) {
                    p.country = Some(g.to_string());
                }
            }
        }
        let place = e.location.as_ref().and_then(|l| place_country(l, home, &named));
        let place = place.filter(|c| !held_abroad(&e.action.cameo, c, home));
        // A town no gazetteer places ("the gas town of Palma") lies in the story's state, as it does
        // for the role-only parties below; a region the lexicon knows as of no one state ("the Sahel",
        // "Lake Chad") and a border do not.
        let unknown_town = e.location.as_ref().filter(|l| !border_place(l) && !known_place(l)).and(home);
        if let Some(country) = place.as_deref().or(unknown_town) {
            for p in [&mut e.actor, &mut e.target, &mut e.source].into_iter().flatten() {
                group_at(p, country);
            }
        }
        own_force_source(e);
        let office = office_country(&e.action.cameo, place.as_deref(), home);
        for p in [&mut e.actor, &mut e.target, &mut e.source].into_iter().flatten() {
            if office_holder(p) {
                p.country = office.map(str::to_string);
            } else if let Some(country) = place.as_deref().or(home) {
                fill(p, country);
            }
        }
    }
}

/// CAMEO roots of acts held at a venue: intents to cooperate (03), meetings and talks (04) and
/// agreements (05).
const VENUE_ROOTS: &[&str] = &["03", "04", "05"];

/// Whether an event of `cameo` at a place of state `place` was held abroad: a truce signed "in the
/// Ethiopian capital", talks "in Geneva", a pledge made "in Brussels" say where the parties met, not
/// whose they are, so the story's own state is theirs.
fn held_abroad(cameo: &str, place: &str, home: Option<&str>) -> bool {
    VENUE_ROOTS.iter().any(|r| cameo.starts_with(r)) && home.is_some_and(|h| h != place)
}

/// "U.S. troops killed five insurgents north of Baquba, the military said": an unnamed force that
/// reports what a force of its kind did speaks for that force, whatever state the story is set in.
fn own_force_source(e: &mut Event) {
    let Some((country, role)) = e.actor.as_ref().and_then(|a| Some((a.country.clone()?, a.role.clone()?))) else {
        return;
    };
    let Some(s) = e.source.as_mut().filter(|s| s.country.is_none() && s.name.is_none()) else { return };
    if matches!(role.as_str(), "MIL" | "COP") && s.role.as_deref() == Some(role.as_str()) {
        s.name = parties::country_name(&country).map(str::to_string);
        s.country = Some(country);
    }
}

/// The states a story's parties name, and its home: where its towns may lie.
pub(crate) fn story_states(events: &[Event], home: Option<&str>) -> Vec<String> {
    let parties = events.iter().flat_map(|e| [&e.actor, &e.target, &e.source]).flatten();
    let mut states: Vec<String> = parties.filter_map(|p| p.country.clone()).chain(home.map(str::to_string)).collect();
    states.sort();
    states.dedup();
    states
}

/// The state of an event's place: the one its words give ("the Spanish city of Seville"), else the
/// party lexicon's, else the gazetteer's when it is sure of the name ("in Peshawar", "on Basilan"). A border names two states, not the one the party is of ("near
/// the Cameroon border", of Nigerian soldiers).
pub(crate) fn place_country(l: &casus_core::Location, home: Option<&str>, named: &[&str]) -> Option<String> {
    if border_place(l) {
        return None;
    }
    let name = l.name.as_deref().unwrap_or(&l.text);
    if let Some(stated) = crate::events::sides::home::stated_country(&l.text) {
        return Some(stated);
    }
    match parties::lookup_place(name) {
        Some(p) if p.known => crate::events::sides::home::known_place_country(name, home),
        _ => crate::events::sides::home::town_country(name, home, named),
    }
}

/// Whether the party lexicon knows the place (with a state or, for a region across states, none).
fn known_place(l: &casus_core::Location) -> bool {
    parties::lookup_place(l.name.as_deref().unwrap_or(&l.text)).is_some_and(|p| p.known)
}

/// "near the Cameroon border", not "the border town of Tal Abyad" (a town of one state): a place
/// between two states.
fn border_place(l: &casus_core::Location) -> bool {
    let border = |t: &str| {
        t.split_whitespace().last().is_some_and(|w| matches!(w.to_lowercase().as_str(), "border" | "frontier"))
    };
    border(&l.text) || l.name.as_deref().is_some_and(border)
}

/// The state of a named office holder of no state: the story's own state first, since an official
/// travels ("Jake Sullivan, the national security adviser, met officials in Beijing" is no Chinese
/// official); with no story state, the event's place, but not the place of a meeting or visit (04x),
/// which is as often the host's as the official's.
fn office_country<'a>(cameo: &str, place: Option<&'a str>, home: Option<&'a str>) -> Option<&'a str> {
    home.or(place.filter(|_| !cameo.starts_with("04")))
}

/// A named armed group of no one state ("al-Qaida", "Islamic State") takes the country of the
/// event's place (GUIDELINES §12.3); with no place it keeps none.
fn group_at(p: &mut Party, country: &str) {
    let armed = matches!(p.role.as_deref(), Some("REB" | "SEP" | "UAF" | "CRM"));
    if armed && p.country.is_none() && p.name.is_some() {
        p.country = Some(country.to_string());
    }
}

fn fill(p: &mut Party, country: &str) {
    // "Western diplomats", "foreign troops", "international monitors": of no state the story is set
    // in, and of none it names.
    let foreign = p.text.split_whitespace().any(|w| words::get("foreign_words").contains(&w.to_lowercase().as_str()));
    let role_only = p.country.is_none() && p.name.is_none() && !foreign;
    // "State television said", "state radio", "state-run media": the story's state's own media.
    let said_by_state =
        p.text.split_whitespace().any(|w| words::get("state_media_words").contains(&w.to_lowercase().as_str()));
    let state_media = p.role.as_deref() == Some("MED") && said_by_state;
    if role_only && (p.role.as_deref().is_some_and(|r| STATE_ROLES.contains(&r)) || state_media) {
        p.country = Some(country.to_string());
        // State organs are named by their state (§5); other role-only parties keep no name.
        if state_organ(p) {
            p.name = parties::country_name(country).map(str::to_string);
        }
    }
}

/// A party of a state's offices or forces (GOV, MIL, COP, SPY, JUD, LEG: `state_organs`).
fn state_organ(p: &Party) -> bool {
    p.role.as_deref().is_some_and(|r| words::get("state_organs").contains(&r))
}

/// "Ilyas Ali Hassan, a member of the upper house": a person the story names with a state office
/// but no state holds it in the state the story makes clear (GUIDELINES §12.3: a person takes the
/// country of their office). A name the gazetteer knows (a body, a group) keeps its own identity.
fn office_holder(p: &Party) -> bool {
    state_organ(p) && p.country.is_none() && p.name.as_deref().is_some_and(|n| parties::normalize(n).is_none())
}

#[cfg(test)]
mod tests {
    use super::*;
    use casus_core::Location;

    fn party(text: &str, role: Option<&str>, name: Option<&str>) -> Party {
        Party { text: text.into(), name: name.map(Into::into), country: None, role: role.map(Into::into) }
    }

    fn event(actor: Party, target: Party, place: Option<&str>) -> Event {
        crate::events::testing::record(Some(actor), Some(target), place)
    }

    #[test]
    fn unnamed_insurgents_take_the_country_of_the_one_named_armed_group() {
        let mut es = vec![
            event(party("the rebels", Some("REB"), None), party("villagers", Some("CVL"), None), Some("Kinshasa")),
            event(party("gunmen", Some("UAF"), None), party("police", Some("COP"), None), Some("Kinshasa")),
        ];
        complete(&mut es, Some("COD"), Some("UGA"));
        let country = |p: &Option<Party>| p.as_ref().and_then(|p| p.country.clone());
        // the insurgents are the group's wherever they strike; civilians, gunmen and police are the place's
        assert_eq!(country(&es[0].actor).as_deref(), Some("UGA"));
        assert_eq!(country(&es[0].target).as_deref(), Some("COD"));
        assert_eq!(country(&es[1].actor).as_deref(), Some("COD"));
    }

    #[test]
    fn an_unnamed_force_reporting_its_kind_of_force_act_speaks_for_that_force() {
        // "U.S. troops killed five insurgents in a raid north of Baquba, the military said", in Iraq
        let mut e = event(
            Party { country: Some("USA".into()), ..party("U.S. troops", Some("MIL"), None) },
            party("insurgents", Some("REB"), None),
            Some("Baquba"),
        );
        e.source = Some(party("the military", Some("MIL"), None));
        let mut police = e.clone();
        police.source = Some(party("police", Some("COP"), None));
        let mut es = vec![e, police];
        complete(&mut es, Some("IRQ"), None);
        let country = |p: &Option<Party>| p.as_ref().and_then(|p| p.country.clone());
        assert_eq!(country(&es[0].source).as_deref(), Some("USA"));
        assert_eq!(country(&es[0].target).as_deref(), Some("IRQ"));
        assert_eq!(country(&es[1].source).as_deref(), Some("IRQ"), "police report no troops' act");
    }

    #[test]
    fn role_only_parties_take_the_place_country_else_the_home_country() {
        let mut es = vec![
            event(party("gunmen", Some("UAF"), None), party("police", Some("COP"), None), Some("Kabul")),
            event(party("militants", Some("REB"), None), party("villagers", Some("CVL"), None), None),
        ];
        complete(&mut es, Some("PAK"), None);
        let key = |p: &Option<Party>| p.as_ref().map(|p| (p.country.clone(), p.name.clone()));
        assert_eq!(key(&es[0].actor), Some((Some("AFG".into()), None)));
        assert_eq!(key(&es[0].target), Some((Some("AFG".into()), Some("Afghanistan".into()))));
        assert_eq!(key(&es[1].actor), Some((Some("PAK".into()), None)));
        assert_eq!(key(&es[1].target), Some((Some("PAK".into()), None)));
    }

    #[test]
    fn a_town_the_lexicon_lacks_gives_its_state_and_a_border_none() {
        let taliban = Party { country: Some("PAK".into()), ..party("the Pakistani Taliban", Some("REB"), None) };
        let mut es = vec![
            event(
                party("a suicide bomber", Some("UAF"), None),
                party("policemen", Some("COP"), None),
                Some("Peshawar"),
            ),
            event(
                party("soldiers", Some("MIL"), None),
                party("militants", Some("REB"), None),
                Some("the Cameroon border"),
            ),
            event(taliban, party("a drone strike", None, None), None),
        ];
        complete(&mut es, Some("NGA"), None);
        let country = |p: &Option<Party>| p.as_ref().and_then(|p| p.country.clone());
        assert_eq!(country(&es[0].actor).as_deref(), Some("PAK"), "a state the story names has Peshawar");
        assert_eq!(country(&es[0].target).as_deref(), Some("PAK"));
        assert_eq!(country(&es[1].actor).as_deref(), Some("NGA"), "a border is no state's: the home");
        // With no state of the story holding the town, the home state stays.
        let mut es =
            vec![event(party("police", Some("COP"), None), party("gunmen", Some("UAF"), None), Some("Peshawar"))];
        complete(&mut es, Some("NGA"), None);
        assert_eq!(country(&es[0].actor).as_deref(), Some("NGA"));
        // A story that names no state takes the one the gazetteer is sure of.
        let mut es =
            vec![event(party("police", Some("COP"), None), party("gunmen", Some("UAF"), None), Some("Peshawar"))];
        complete(&mut es, None, None);
        assert_eq!(country(&es[0].actor).as_deref(), Some("PAK"));
    }

    #[test]
    fn a_border_names_no_state_but_a_border_town_its_own() {
        let at = |text: &str, name: &str| Location { text: text.into(), name: Some(name.into()), ..Default::default() };
        assert_eq!(place_country(&at("near the Cameroon border", "Cameroon"), Some("NGA"), &["NGA"]), None);
        let town = at("in the border town of Peshawar", "Peshawar");
        assert_eq!(place_country(&town, Some("PAK"), &["PAK"]).as_deref(), Some("PAK"));
    }

    #[test]
    fn a_place_whose_words_give_its_state_homes_role_only_parties_there() {
        // "a terrorist cell was dismantled in the Spanish cities of Seville and Ceuta", in a story on
        // Burkina Faso that never names Spain
        let at = |text: &str, name: &str| Location { text: text.into(), name: Some(name.into()), ..Default::default() };
        let seville = at("in the Spanish cities of Seville", "Seville");
        assert_eq!(place_country(&seville, Some("BFA"), &["BFA"]).as_deref(), Some("ESP"));
        assert_eq!(place_country(&at("in Seville", "Seville"), Some("BFA"), &["BFA"]), None);
        // "near the Rafah crossing on Egypt's border": a border still names no one state
        assert_eq!(place_country(&at("on Egypt's border", "Egypt"), Some("PSE"), &["PSE"]), None);
    }

    #[test]
    fn foreign_parties_take_no_country_from_the_story() {
        let mut es =
            vec![event(party("Western diplomats", Some("GOV"), None), party("police", Some("COP"), None), None)];
        complete(&mut es, Some("XKX"), None);
        assert_eq!(es[0].actor.as_ref().and_then(|p| p.country.clone()), None);
        assert_eq!(es[0].target.as_ref().and_then(|p| p.country.clone()).as_deref(), Some("XKX"));
        // a continent's leaders are of many states, not of the story's ("Southern African leaders,
        // meeting in Angola, urged Mugabe's government …" in a story of Zimbabwe)
        let mut es =
            vec![event(party("Southern African leaders", Some("GOV"), None), party("police", Some("COP"), None), None)];
        complete(&mut es, Some("ZWE"), None);
        assert_eq!(es[0].actor.as_ref().and_then(|p| p.country.clone()), None);
    }

    #[test]
    fn a_named_group_of_no_one_state_takes_the_country_of_the_event_place_only() {
        let qaida = || party("al-Qaida", Some("REB"), Some("al-Qaida"));
        let mut es = vec![
            event(qaida(), party("hotels", Some("CVL"), None), Some("Amman")),
            event(qaida(), party("x", None, None), None),
        ];
        complete(&mut es, Some("IRQ"), None);
        assert_eq!(es[0].actor.as_ref().unwrap().country.as_deref(), Some("JOR"));
        assert_eq!(es[1].actor.as_ref().unwrap().country, None, "no place: no country (§12.3)");
    }

    #[test]
    fn a_named_group_of_no_one_state_at_a_town_no_gazetteer_places_is_of_the_story_state() {
        // "Islamic State claimed the attack on the gas town of Palma" in a story of Mozambique
        let state = || party("Islamic State", Some("REB"), Some("Islamic State"));
        let mut es =
            vec![event(state(), party("x", None, None), Some("Palma")), event(state(), party("x", None, None), None)];
        es.push(event(state(), party("x", None, None), Some("the Tanzanian border")));
        // A region across states stays of none: "in the Sahel" in a story of Mali.
        es.push(event(state(), party("x", None, None), Some("Sahel")));
        complete(&mut es, Some("MOZ"), None);
        let countries: Vec<Option<&str>> = es.iter().map(|e| e.actor.as_ref().unwrap().country.as_deref()).collect();
        assert_eq!(countries, [Some("MOZ"), None, None, None]);
    }

    #[test]
    fn a_nationality_word_alone_sets_no_story_state() {
        // "Israeli strikes killed 12 in Khiam, local officials said": the strikes are foreign, the
        // officials are not Israeli; a place the gazetteer knows does set the state.
        let doc = |label: &str| {
            let mut d = crate::events::testing::parsed(
                "Israeli/2/amod strikes/3/nsubj killed/0/root 12/3/obj in/6/case Khiam/3/obl ,/3/punct \
                 local/10/amod officials/11/nsubj said/3/parataxis ./3/punct",
            );
            d.sentences[0].entities = vec![casus_core::Entity { label: label.into(), tokens: 0..1, score: 1.0 }];
            d
        };
        let home = |d: &casus_core::Document| crate::events::sides::context::Context::new(d).home;
        assert_eq!(home(&doc("NORP")), None);
        let mut named = doc("NORP");
        named.sentences[0].entities.push(casus_core::Entity { label: "GPE".into(), tokens: 5..6, score: 1.0 });
        assert_eq!(home(&named), None, "Khiam is no place the gazetteer knows");
        let mut lebanon =
            crate::events::testing::parsed("Israeli/2/amod strikes/3/nsubj hit/0/root Lebanon/3/obj ./3/punct");
        lebanon.sentences[0].entities = vec![casus_core::Entity { label: "GPE".into(), tokens: 3..4, score: 1.0 }];
        assert_eq!(home(&lebanon).as_deref(), Some("LBN"));
    }

    #[test]
    fn a_named_office_holder_takes_the_country_of_the_story() {
        let mut es = vec![event(
            party("Amina Duale", Some("LEG"), Some("Amina Duale")),
            party("the ECOWAS force", Some("MIL"), Some("Economic Community of West African States")),
            None,
        )];
        complete(&mut es, Some("KEN"), None);
        let key = |p: &Option<Party>| p.as_ref().map(|p| (p.country.clone(), p.name.clone()));
        assert_eq!(key(&es[0].actor), Some((Some("KEN".into()), Some("Amina Duale".into()))));
        // a body the gazetteer knows is no office holder of the story's state
        assert_eq!(key(&es[0].target), Some((None, Some("Economic Community of West African States".into()))));
    }

    #[test]
    fn a_named_official_meeting_abroad_keeps_the_story_state_not_the_host() {
        // "Jake Sullivan, the national security adviser, met officials in Beijing"
        let sullivan = || party("Jake Sullivan", Some("GOV"), Some("Jake Sullivan"));
        let meeting = |home: Option<&str>| {
            let mut es = vec![event(sullivan(), party("officials", Some("GOV"), None), Some("Beijing"))];
            es[0].action.cameo = "040".into();
            complete(&mut es, home, None);
            es[0].actor.as_ref().unwrap().country.clone()
        };
        assert_eq!(meeting(Some("USA")).as_deref(), Some("USA"));
        // no story state: the host city of a meeting says nothing of the visitor
        assert_eq!(meeting(None), None);
        // the place of an attack is still the office holder's when the story names no state
        let mut es = vec![event(sullivan(), party("villagers", Some("CVL"), None), Some("Kabul"))];
        complete(&mut es, None, None);
        assert_eq!(es[0].actor.as_ref().unwrap().country.as_deref(), Some("AFG"));
    }

    #[test]
    fn role_only_parties_of_a_meeting_abroad_are_of_the_story_state_not_the_venue() {
        // "The government and the rebels signed a truce in the Ethiopian capital" in a story of South Sudan
        let at = |cameo: &str, place: &str| {
            let mut es = vec![event(
                party("The government", Some("GOV"), None),
                party("rebels", Some("REB"), None),
                Some(place),
            )];
            es[0].action.cameo = cameo.into();
            complete(&mut es, Some("SSD"), None);
            let country = |p: &Option<Party>| p.as_ref().and_then(|p| p.country.clone());
            (country(&es[0].actor), country(&es[0].target))
        };
        let ssd = (Some("SSD".to_string()), Some("SSD".to_string()));
        assert_eq!(at("057", "Addis Ababa"), ssd);
        assert_eq!(at("040", "Nairobi"), (Some("SSD".into()), Some("SSD".into())));
        // an attack is where it happens: the place's state is the parties'
        assert_eq!(at("190", "Addis Ababa"), (Some("ETH".into()), Some("ETH".into())));
    }

    #[test]
    fn bodies_named_groups_and_unknown_roles_keep_no_country() {
        let mut es = vec![
            event(
                party("the UN", Some("IGO"), Some("United Nations")),
                party("Islamic State", Some("REB"), Some("Islamic State")),
                None,
            ),
            event(party("aid workers", Some("NGO"), None), party("someone", None, None), None),
        ];
        complete(&mut es, Some("MLI"), None);
        for e in &es {
            assert!(e.actor.as_ref().unwrap().country.is_none() && e.target.as_ref().unwrap().country.is_none());
        }
    }

    #[test]
    fn the_taliban_were_insurgents_before_they_took_kabul() {
        let taliban = || {
            let mut p = party("the Taliban", Some("GOV"), Some("Taliban"));
            p.country = Some("AFG".into());
            p
        };
        let mut es = vec![event(taliban(), party("troops", Some("MIL"), None), None)];
        in_time(&mut es, NaiveDate::from_ymd_opt(2009, 5, 7));
        assert_eq!(es[0].actor.as_ref().unwrap().role.as_deref(), Some("REB"));
        let mut es = vec![event(taliban(), party("women", Some("CVL"), None), None)];
        in_time(&mut es, NaiveDate::from_ymd_opt(2024, 8, 21));
        assert_eq!(es[0].actor.as_ref().unwrap().role.as_deref(), Some("GOV"));
    }

    #[test]
    fn without_a_place_or_home_nothing_changes() {
        let mut es = vec![event(party("police", Some("COP"), None), party("protesters", Some("OPP"), None), None)];
        complete(&mut es, None, None);
        assert!(es[0].actor.as_ref().unwrap().country.is_none());
    }

    #[test]
    fn a_source_of_no_state_and_no_name_is_named_by_its_words() {
        let mut es = vec![event(party("gunmen", Some("UAF"), None), party("villagers", Some("CVL"), None), None)];
        es[0].source = Some(party("The media reports", Some("MED"), None));
        name_unnamed_sources(&mut es);
        assert_eq!(es[0].source.as_ref().and_then(|s| s.name.as_deref()), Some("media reports"));
        // a source with a country keeps its key; a named one keeps its name
        let mut placed = party("officials", Some("GOV"), None);
        placed.country = Some("KEN".into());
        es[0].source = Some(placed);
        name_unnamed_sources(&mut es);
        assert_eq!(es[0].source.as_ref().and_then(|s| s.name.as_deref()), None);
        es[0].source = Some(party("The agency", Some("MED"), Some("Reuters")));
        name_unnamed_sources(&mut es);
        assert_eq!(es[0].source.as_ref().and_then(|s| s.name.as_deref()), Some("Reuters"));
    }

    #[test]
    fn a_source_is_named_by_its_head_words_and_a_pronoun_by_none() {
        let name = |text: &str| {
            let mut es = vec![event(party("gunmen", Some("UAF"), None), party("villagers", Some("CVL"), None), None)];
            es[0].source = Some(party(text, Some("CVL"), None));
            name_unnamed_sources(&mut es);
            es[0].source.as_ref().and_then(|s| s.name.clone())
        };
        assert_eq!(name("Several witnesses").as_deref(), Some("witnesses"));
        assert_eq!(name("two local residents").as_deref(), Some("local residents"));
        assert_eq!(name("its website").as_deref(), Some("website"));
        assert_eq!(name("the group's website").as_deref(), Some("website"));
        assert_eq!(name("they"), None);
        assert_eq!(name("Local media reports").as_deref(), Some("local media reports"));
    }
}
