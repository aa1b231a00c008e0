//! The state a story is set in, read once per document before its sentences: role-only parties
//! ("police", "the army") take it when their event's own place names none (`document::identity`).
//! A state's bare name counts as a place whether the model tags it a place or an organisation.
use crate::events::words;
use crate::parties;
use casus_core::Document;

/// The state a document is set in: the one its place names point to most, each mention weighed by
/// what it is (`weight`); between states whose mentions weigh the same, the one named more often,
/// then the one more of whose names the party lexicon knows (a story's own state is named by name,
/// a town of the gazetteer may be a namesake abroad), then the one named first (a story's lead
/// names its own state first: "Chad is threatening to sever relations with Sudan after the
/// military says it beat back an assault").
pub(crate) fn home_country(doc: &Document) -> Option<String> {
    // (country, weight of its mentions, places named, of them known to the party lexicon)
    let mut places: Vec<(String, usize, usize, usize)> = Vec::new();
    let mut towns: Vec<(String, usize)> = Vec::new();
    for (i, s) in doc.sentences.iter().enumerate() {
        // "N'DJAMENA, Chad (Reuters) -": read from its words, the model tags a dateline's names poorly
        // ("Chad" as a person).
        let line = doc.span_text(s, 0..s.tokens.len());
        if i < 3 && is_dateline(line) {
            if let Some(country) = dateline_country(line) {
                let w = dateline_weight(line, &country);
                add(&mut places, country, w, 1);
            }
            continue;
        }
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
                        towns.push((country, if place { weight(doc, s, e, text) } else { 1 }));
                        continue;
                    }
                    None => (None, 0),
                },
                _ => (None, 0),
            };
            let Some(country) = country else { continue };
            add(&mut places, country, if place { weight(doc, s, e, text) } else { 1 }, known);
        }
    }
    // "Militiamen killed 20 villagers in Kasai" in a story of Congo: a small town the lexicon lacks
    // (Kasai, Japan; Congo's province is not in the gazetteer) counts for its state only in a story
    // that names that state, or names none.
    let none_named = places.is_empty();
    for (town, w) in towns {
        if none_named || places.iter().any(|(c, ..)| *c == town) {
            add(&mut places, town, w, 0);
        }
    }
    // A stable sort: on equal counts the first-named state stays first.
    places.sort_by_key(|&(_, m, n, k)| (std::cmp::Reverse(m), std::cmp::Reverse(n), std::cmp::Reverse(k)));
    places.into_iter().next().map(|(c, ..)| c)
}

/// One more mention of `country` weighing `w`, `known` to the party lexicon. A mention that weighs
/// nothing still names a state, for a story that names no other.
fn add(places: &mut Vec<(String, usize, usize, usize)>, country: String, w: usize, known: usize) {
    let (n, known) = if w > 0 { (1, known) } else { (0, 0) };
    match places.iter_mut().find(|(c, ..)| *c == country) {
        Some((_, m, n0, k)) => (*m, *n0, *k) = (*m + w, *n0 + n, *k + known),
        None => places.push((country, w, n, known)),
    }
}

/// How much one mention of a place says where the story is set (a dateline, read apart, weighs
/// 3): the setting of a clause ("shelled homes in Bireuen", "withdrew from N'Djamena") more than a
/// plain mention; nothing, a state's name or capital that only qualifies a noun ("a U.S. Embassy
/// spokesman", "a Dublin newspaper"), a capital standing for its government as a subject ("a
/// charge Khartoum denied", "Washington condemned the attack") or a state named as a neighbour
/// ("In neighboring Rwanda, troops killed ...").
fn weight(doc: &Document, s: &casus_core::Sentence, e: &casus_core::Entity, text: &str) -> usize {
    let Some(parse) = s.parse.as_ref() else { return 1 };
    // The entity's head: its word whose head lies outside it.
    let head = e.tokens.clone().find(|&k| parse.head(k).is_none_or(|h| !e.tokens.contains(&h)));
    let Some(head) = head else { return 1 };
    let rel = parse.deprels[head].as_str();
    let word = |k: usize| doc.text[s.tokens[k].bytes.clone()].to_lowercase();
    let generic = words::get("place_generic");
    let place_noun = |k: usize| generic.contains(&crate::lemma::lemma(&word(k)).as_str());
    // "a Burundi camp" is a place in Burundi, "a U.S. Embassy spokesman" none.
    let qualifier = rel == "compound" && parse.head(head).is_some_and(|h| !place_noun(h));
    let national = parties::is_state_name(text) || parties::is_capital(text);
    let neighbour = parse.children(head).any(|c| words::get("neighbouring_words").contains(&word(c).as_str()));
    if national && qualifier || parties::is_capital(text) && rel.starts_with("nsubj") || neighbour {
        return 0;
    }
    // "crossed into Colombia", "fled into Uganda": a state gone into is where a movement ends, often
    // across the border of the story's own state, no setting ("into the town of Karabi" is one).
    let into_state = |c: usize| word(c) == "into" && parties::is_state_name(text);
    let locative =
        |k: usize| parse.children(k).any(|c| words::get("locative").contains(&word(c).as_str()) && !into_state(c));
    // "in the market town of Omagh", "near the capital, Mogadishu": the name of a place noun.
    let noun = parse.head(head).filter(|&h| matches!(rel, "nmod" | "appos" | "flat") && place_noun(h));
    let top = noun.unwrap_or(head);
    if parse.deprels[top].starts_with("obl") && locative(top) {
        2
    } else {
        1
    }
}

/// How much a dateline says where the story is set: a capital or a large city may be a bureau that
/// covers its neighbours ("NAIROBI, Kenya" for Somalia), a small town is where the reporter stands
/// ("UREÑA, Venezuela", "DABLO, Burkina Faso"), and outweighs a neighbour the story names often.
fn dateline_weight(line: &str, country: &str) -> usize {
    let line = line.trim_start();
    let first = line.split([',', '(']).next().unwrap_or(line).trim_end_matches(['—', '–', '-']).trim();
    let title: String = first.split(' ').map(title_case).collect::<Vec<_>>().join(" ");
    let Ok(gazetteer) = casus_geo::Gazetteer::embedded() else { return 3 };
    let place = gazetteer.geocode(&title, &[country]).filter(|p| p.country == country);
    let small = |p: &casus_geo::Place| {
        p.kind == casus_geo::Kind::City && p.population < casus_geo::resolve::FAR_CITY_POPULATION
    };
    if parties::is_capital(&title) || !place.as_ref().is_some_and(small) {
        3
    } else {
        6
    }
}

/// A dateline the segmenter split off as a sentence of its own: it ends in its dash.
fn is_dateline(sentence: &str) -> bool {
    let t = sentence.trim_end();
    t.ends_with(['—', '–']) || t.ends_with(" -") || t.ends_with("--")
}

/// The state of a dateline: the last of its comma-separated names that is a state ("BELFAST,
/// Northern Ireland (AP) —"), else the state of its first place ("MEXICO CITY (AP) —"); a date
/// ("June 9") and the agency in brackets name none.
fn dateline_country(line: &str) -> Option<String> {
    let line = line.trim_end().trim_end_matches(['—', '–', '-']);
    let line = line.split('(').next().unwrap_or(line);
    let parts: Vec<&str> = line.split(',').map(str::trim).filter(|p| !p.is_empty()).collect();
    let state = |p: &&str| parties::is_state_name(p).then(|| parties::lookup_place(p)?.country).flatten();
    let place = |p: &&str| {
        let title: String = p.split(' ').map(title_case).collect::<Vec<_>>().join(" ");
        let known = parties::lookup_place(&title).filter(|p| p.known).and_then(|p| p.country);
        known.or_else(|| geocoded_country(&title).map(|(c, _)| c))
    };
    parts.iter().rev().find_map(state).or_else(|| parts.first().and_then(place))
}

/// "N'DJAMENA" → "N'djamena", "Monrovia" unchanged.
fn title_case(word: &str) -> String {
    let mut cs = word.chars();
    cs.next().map(|c| c.to_uppercase().chain(cs.flat_map(char::to_lowercase)).collect()).unwrap_or_default()
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
        // "Uzbek neighborhoods of Osh": a nationality before a town's quarter is its people's.
        let quarter = |k: usize| lower(k).is_some_and(|w| words::get("quarter_nouns").contains(&w.as_str()));
        if parties::is_demonym(w) && !quarter(i + 1) && (place_noun(i + 1) || place_noun(i + 2)) {
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

/// The state of a place the party lexicon knows: the lexicon's, unless the gazetteer has no place of
/// that name in the lexicon's state but has one in the story's home state. A seat of government
/// names its state ("Miraflores" for Venezuela's government), but "in Lima's Miraflores district"
/// in a story of Peru is a place of Peru.
pub(crate) fn known_place_country(name: &str, home: Option<&str>) -> Option<String> {
    let known = parties::lookup_place(name).filter(|p| p.known)?.country?;
    let Some(home) = home.filter(|h| *h != known) else { return Some(known) };
    let Ok(gazetteer) = casus_geo::Gazetteer::embedded() else { return Some(known) };
    let own_in = |c: &str| {
        gazetteer
            .geocode(name, &[c])
            .is_some_and(|p| p.country == c && casus_geo::names::key(&p.name) == casus_geo::names::key(name))
    };
    Some(if !own_in(&known) && own_in(home) { home.to_string() } else { known })
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

    fn gpe(at: std::ops::Range<usize>) -> casus_core::Entity {
        casus_core::Entity { label: "GPE".into(), tokens: at, score: 1.0 }
    }

    #[test]
    fn a_dateline_outweighs_the_states_a_story_only_mentions() {
        // "MONROVIA, Liberia (AP) — A U.S. Embassy spokesman in Washington said U.S. diplomats were safe."
        let dateline = "MONROVIA/0/root ,/3/punct Liberia/1/appos —/1/punct";
        let said = "A/4/det U.S./3/compound Embassy/4/compound spokesman/7/nsubj in/6/case Washington/4/nmod said/0/root U.S./9/compound diplomats/11/nsubj were/11/cop safe/7/ccomp ./7/punct";
        let mut doc = crate::events::testing::parsed_doc(&[dateline, said]);
        doc.sentences[0].entities = vec![gpe(2..3)];
        doc.sentences[1].entities = vec![gpe(1..2), gpe(5..6), gpe(7..8)];
        assert_eq!(home_country(&doc).as_deref(), Some("LBR"));
        // The same line in a story's body is one mention against the spokesman's city.
        let mut doc = crate::events::testing::parsed_doc(&[said, "Liberia/0/root ./1/punct"]);
        doc.sentences[0].entities = vec![gpe(1..2), gpe(5..6), gpe(7..8)];
        doc.sentences[1].entities = vec![gpe(0..1)];
        assert_eq!(home_country(&doc).as_deref(), Some("USA"), "a city where one speaks is a place");
    }

    #[test]
    fn a_states_name_qualifying_a_place_noun_counts_and_one_qualifying_another_noun_not() {
        // "Rwanda denied it. Gunmen attacked a Burundi camp. Burundi mourned."
        let denied = "Rwanda/2/nsubj denied/0/root it/2/obj ./2/punct";
        let mourned = "Burundi/2/nsubj mourned/0/root ./2/punct";
        let home = |noun: &str| {
            let attacked = format!("Gunmen/2/nsubj attacked/0/root a/5/det Burundi/5/compound {noun}/2/obj ./2/punct");
            let mut doc = crate::events::testing::parsed_doc(&[denied, attacked.as_str(), mourned]);
            doc.sentences[0].entities = vec![gpe(0..1)];
            doc.sentences[1].entities = vec![gpe(3..4)];
            doc.sentences[2].entities = vec![gpe(0..1)];
            home_country(&doc)
        };
        assert_eq!(home("camp").as_deref(), Some("BDI"));
        // "a Burundi convoy": two mentions of Burundi, one of them none of a place: a tie, the first named
        assert_eq!(home("convoy").as_deref(), Some("RWA"));
    }

    #[test]
    fn a_state_named_as_a_neighbour_is_not_the_home() {
        // "Gunmen attacked a camp in Burundi. In neighboring Rwanda, troops killed 12 infiltrators in Gisenyi."
        let attacked = "Gunmen/2/nsubj attacked/0/root a/4/det camp/2/obj in/6/case Burundi/4/nmod ./2/punct";
        let home = |adj: &str| {
            let killed = format!("In/3/case {adj}/3/amod Rwanda/6/obl ,/6/punct troops/6/nsubj killed/0/root 12/8/nummod infiltrators/6/obj ./6/punct");
            let mut doc = crate::events::testing::parsed_doc(&[attacked, killed.as_str()]);
            doc.sentences[0].entities = vec![gpe(5..6)];
            doc.sentences[1].entities = vec![gpe(2..3)];
            home_country(&doc)
        };
        assert_eq!(home("neighboring").as_deref(), Some("BDI"));
        assert_eq!(home("western").as_deref(), Some("RWA"), "the setting of the clause");
    }

    #[test]
    fn a_small_towns_dateline_outweighs_a_neighbour_named_as_a_setting() {
        // "UREÑA, Venezuela (Reuters) — … Soldiers clashed in Colombia. …": a capital's dateline may
        // be a bureau's, a small town's is the scene.
        let crossed = "Soldiers/2/nsubj clashed/0/root in/4/case Colombia/2/obl ./2/punct";
        let home = |town: &str| {
            let dateline = format!("{town}/0/root ,/3/punct Venezuela/1/appos —/1/punct");
            let mut doc = crate::events::testing::parsed_doc(&[dateline.as_str(), crossed, crossed]);
            doc.sentences[0].entities = vec![gpe(2..3)];
            doc.sentences[1].entities = vec![gpe(3..4)];
            doc.sentences[2].entities = vec![gpe(3..4)];
            home_country(&doc)
        };
        assert_eq!(home("UREÑA").as_deref(), Some("VEN"));
        assert_eq!(home("CARACAS").as_deref(), Some("COL"));
    }

    #[test]
    fn a_state_gone_into_is_no_setting() {
        // "Soldiers crossed into Chad. Police arrested 20 people in Kano.": the setting leads; "in
        // Chad" would be a setting too, and the state the lexicon knows leads on the tie.
        let arrested = "Police/2/nsubj arrested/0/root 20/4/nummod people/2/obj in/6/case Kano/2/obl ./2/punct";
        let home = |case: &str| {
            let crossed = format!("Soldiers/2/nsubj crossed/0/root {case}/4/case Chad/2/obl ./2/punct");
            let mut doc = crate::events::testing::parsed_doc(&[crossed.as_str(), arrested]);
            doc.sentences[0].entities = vec![gpe(3..4)];
            doc.sentences[1].entities = vec![gpe(5..6)];
            home_country(&doc)
        };
        assert_eq!(home("into").as_deref(), Some("NGA"));
        assert_eq!(home("in").as_deref(), Some("TCD"));
    }

    #[test]
    fn a_dateline_is_read_from_its_words() {
        use super::dateline_country;
        // the model tags "Chad" a person
        assert_eq!(dateline_country("N'DJAMENA, Chad (Reuters) -").as_deref(), Some("TCD"));
        assert_eq!(dateline_country("GOMA, Democratic Republic of Congo, June 9 (Reuters) -").as_deref(), Some("COD"));
        assert_eq!(dateline_country("MEXICO CITY (AP) —").as_deref(), Some("MEX"));
        assert_eq!(dateline_country("BELFAST, Northern Ireland (AP) —").as_deref(), Some("GBR"));
        assert_eq!(dateline_country("REUTERS —"), None);
    }

    #[test]
    fn a_capital_standing_for_its_government_as_a_subject_names_no_place() {
        // "Chad accused Sudan of arming the rebels. Khartoum denied it."
        let accused = "Chad/2/nsubj accused/0/root Sudan/2/obj ./2/punct";
        let denied = |who: &str| format!("{who}/2/nsubj denied/0/root it/2/obj ./2/punct");
        let home = |who: &str| {
            let denied = denied(who);
            let mut doc = crate::events::testing::parsed_doc(&[accused, denied.as_str()]);
            doc.sentences[0].entities = vec![gpe(0..1), gpe(2..3)];
            doc.sentences[1].entities = vec![gpe(0..1)];
            home_country(&doc)
        };
        assert_eq!(home("Khartoum").as_deref(), Some("TCD"));
        assert_eq!(home("Sudan").as_deref(), Some("SDN"), "a state's name is still a place");
    }

    #[test]
    fn the_setting_of_a_clause_outweighs_a_state_that_only_speaks() {
        // "Police arrested 20 people in Kano. The United States urged calm."
        let arrested = |prep: &str, rel: &str| {
            format!("Police/2/nsubj arrested/0/root 20/4/nummod people/2/obj {prep}/6/case Kano/{rel} ./2/punct")
        };
        let urged = "The/3/det United_States/3/nsubj urged/0/root calm/3/obj ./3/punct";
        let home = |prep: &str, rel: &str| {
            let arrested = arrested(prep, rel);
            let mut doc = crate::events::testing::parsed_doc(&[arrested.as_str(), urged]);
            doc.sentences[0].entities = vec![gpe(5..6)];
            doc.sentences[1].entities = vec![gpe(1..2)];
            home_country(&doc)
        };
        assert_eq!(home("in", "2/obl").as_deref(), Some("NGA"));
        // "people from Kano": a plain mention, and the state the lexicon knows leads on a tie.
        assert_eq!(home("from", "4/nmod").as_deref(), Some("USA"));
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
        // "A bomber struck the Pakistani city of Peshawar. It avenged a strike by the U.S."
        let struck = "A/2/det bomber/3/nsubj struck/0/root the/6/det Pakistani/6/amod city/3/obj of/8/case Peshawar/6/nmod ./3/punct";
        let avenged = "It/2/nsubj avenged/0/root a/4/det strike/2/obj by/7/case the/7/det U.S./4/nmod ./2/punct";
        let ent = |label: &str, at: usize| casus_core::Entity { label: label.into(), tokens: at..at + 1, score: 1.0 };
        let mut doc = crate::events::testing::parsed_doc(&[struck, avenged]);
        doc.sentences[0].entities = vec![ent("NORP", 4), ent("GPE", 7)];
        doc.sentences[1].entities = vec![ent("GPE", 6)];
        assert_eq!(home_country(&doc).as_deref(), Some("PAK"));
        // Without the nationality the town ties with the state the lexicon names, which leads.
        doc.sentences[0].entities = vec![ent("GPE", 7)];
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
    fn a_seat_of_government_that_is_a_town_at_home_is_that_town() {
        use super::known_place_country;
        // "in Lima's Miraflores district" in a story of Peru; Miraflores is Venezuela's palace.
        assert_eq!(known_place_country("Miraflores", Some("PER")).as_deref(), Some("PER"));
        assert_eq!(known_place_country("Miraflores", Some("VEN")).as_deref(), Some("VEN"));
        assert_eq!(known_place_country("Miraflores", None).as_deref(), Some("VEN"));
        // A capital of its own state stays its state's, whatever namesake the home state has.
        assert_eq!(known_place_country("Santiago", Some("PER")).as_deref(), Some("CHL"));
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
