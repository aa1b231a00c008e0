//! A town or region named before an event noun ("the Kabul bombing") is where the event happened,
//! not who did it: read by the place argument of event nouns (`nominal`) and by party reading. A town
//! an armed force takes, or one a force strikes ("shelled Jaffna", "hit northern Israel"), is where
//! it acted, not a party it acted on.
use crate::events::roles::Roles;
use crate::events::view::View;
use crate::events::words;
use crate::parties;

/// "condemned the Kabul bombing", "the Moscow talks": a town or region before a noun says where, not
/// who; a capital is its government only as a party in its own right ("Kabul said") or as the one
/// firing from afar ("killed by Kyiv shelling", "Moscow's strikes": `remote_fire_codes`).
pub(crate) fn town_modifier(v: &View, head: usize) -> bool {
    let Some(h) = v.head(head).filter(|&h| h > head && v.base_rel(head) == "compound") else { return false };
    let text = v.text(v.phrase(head));
    let town =
        parties::lookup_place(text).is_some_and(|p| p.known && !parties::is_country_name(&p.name) && p.name == text);
    town && !(capital(text) && fired_from_afar(v, h))
}

/// "Iran Protests Spread to 30 Cities", "Sudan Clashes Kill Dozens", "Chad Fighting Opens on New
/// Front": a headline names the country an event happened in before the event's noun, as prose names a
/// town ("the Kabul bombing"): where, not who. Only before the nouns of events that happen in a country
/// (`place_event_nouns`: fighting, protests, blasts); before an attack, a raid or a strike the state is
/// the doer ("US Raid Kills Militant Leader", "Israel Strikes Hit Gaza").
pub(crate) fn headline_country(v: &View, head: usize) -> bool {
    let Some(h) = v.head(head).filter(|&h| h > head && v.base_rel(head) == "compound") else { return false };
    let text = v.text(v.phrase(head));
    let country = parties::lookup_place(text).is_some_and(|p| p.known && parties::is_country_name(&p.name));
    let scene = words::get("place_event_nouns").contains(&v.lemmas[h].as_str());
    scene && country && crate::events::tense::headline(v)
}

/// "Angola's civil war", "Liberia's fighting", "India's Manipur ethnic violence": a state named as
/// the possessor of a noun of what happens in a place (`possessed_scene_nouns`, an internal war) says
/// where it happens, not who does it; as a modifier it is no location either (GUIDELINES 7). A war
/// aimed somewhere ("Russia's war against Ukraine", "Russia's war in Ukraine", "Ethiopia's fighting
/// with Eritrea") keeps its doer, as does a directed act ("Israel's offensive", "Turkey's strikes").
pub(crate) fn scene_possessor(v: &View, t: usize, c: usize) -> bool {
    let internal = |m: usize| words::get("internal_war_modifiers").contains(&v.lower(m).as_str());
    let scene = words::get("possessed_scene_nouns").contains(&v.lemmas[t].as_str())
        || (v.lemmas[t] == "war" && v.kids_with(t, &["amod", "compound"]).any(internal));
    if !scene || v.rel(c) != "nmod:poss" || !parties::is_state_name(v.word(c)) {
        return false;
    }
    let own = parties::normalize(v.word(c)).and_then(|p| p.country);
    let aimed = |k: usize| {
        let case = v.case_of(k).unwrap_or_default();
        let elsewhere =
            || parties::lookup_place(v.text(v.phrase(k))).is_some_and(|p| p.country.is_some() && p.country != own);
        words::get("target_cases").contains(&case.as_str()) || case == "with" || (case == "in" && elsewhere())
    };
    !v.kids(t).iter().any(|&k| aimed(k))
}

fn capital(text: &str) -> bool {
    parties::normalize(text).is_some_and(|p| p.role.as_deref() == Some("GOV"))
}

fn fired_from_afar(v: &View, noun: usize) -> bool {
    crate::lexicon::lookup_pos(&v.lemmas, noun, Some(crate::lexicon::Pos::Noun))
        .and_then(|m| m.entry.cameo.clone())
        .is_some_and(|c| words::get("remote_fire_codes").iter().any(|r| c.starts_with(r)))
}

/// "rebels took Bangui", "troops entered Kherson": the named town or region that an armed force goes
/// into or takes (a `place_obj` trigger) is where it acted, not a party it acted on (GUIDELINES
/// 12.9); a site it takes ("the presidential palace") stays its target.
/// "captured the port town of Mocimboa da Praia": a place noun naming its town is that town.
pub(crate) fn taken_towns(v: &View, roles: &mut Roles) {
    let mut towns = Vec::new();
    roles.targets.retain(|&x| {
        if named_place(v, x) {
            towns.push(x);
            return false;
        }
        let generic = words::get("place_generic").contains(&v.lemmas[x].as_str());
        match struck_place(v, x).filter(|p| generic && !p.is_empty()) {
            Some(places) => towns.extend(places),
            None => return true,
        }
        false
    });
    roles.places.splice(0..0, towns);
}

/// "rebels shelled Jaffna", "rockets hit northern Israel", "bombers attacked parts of Abkhazia",
/// "shelled the city of Kharkiv": a town, a region or a part of a country that a force strikes is
/// where it struck, not a party it struck (GUIDELINES 12.9); a country named bare ("pounding
/// Lebanon") stays its target, the state (GUIDELINES 12.9, applied in review). Aims too: "fired
/// rockets at northern Israel".
pub(crate) fn struck_places(v: &View, roles: &mut Roles) {
    let mut struck = Vec::new();
    for list in [&mut roles.targets, &mut roles.aims] {
        list.retain(|&x| struck_place(v, x).map(|places| struck.extend(places)).is_none());
    }
    roles.places.splice(0..0, struck);
}

/// The place words a struck place `x` gives the event's place, or `None` when `x` is no place.
fn struck_place(v: &View, x: usize) -> Option<Vec<usize>> {
    // "the city of Kharkiv", "parts of Abkhazia", "the country's second city, Kharkiv", "Yemen's
    // capital": a part noun of a named place, in an of-phrase, an apposition or a possessive; a
    // country's part says no town (the event keeps the story's place).
    // "Ukraine's port of Odesa": the town named beats the country that holds it.
    let country = |c: &usize| parties::is_country_name(&name_of(v, *c));
    // The generic place nouns of place naming ("city", "district", "part") and the compass nouns ("the
    // north of Mali").
    let part_noun = ["place_generic", "compass_words"].iter().any(|l| words::get(l).contains(&v.lemmas[x].as_str()));
    // "stormed the Chadian capital", "shelled Yemen's capital": the capital of the state named.
    if super::place_names::capital_of_state(v, x).is_some() {
        return Some(vec![x]);
    }
    if part_noun && !named_place(v, x) {
        // "seized Haiti's second-largest city, Cap-Haitien": the part's own name, tagged or not.
        if super::place_names::proper_below(v, x).is_some() {
            return Some(vec![x]);
        }
        let mut parts: Vec<usize> = v.kids(x).iter().copied().filter(|&c| part_of_place(v, c)).collect();
        parts.sort_by_key(country);
        let found = *parts.first()?;
        return Some(match v.rel(found) {
            "nmod" if parts.len() == 1 => vec![x],
            _ if country(&found) => Vec::new(),
            _ => vec![found],
        });
    }
    // "northern Israel", "southern Lebanon": a compass word makes a country's name a region of it;
    // one inside the name ("South Sudan", "South Korea") is the name.
    let name = name_range(v, x);
    let compass = || {
        v.kids_with(x, &["amod", "compound"])
            .any(|c| !name.contains(&c) && words::get("compass_words").contains(&v.lower(c).as_str()))
    };
    (named_place(v, x) && (!country(&x) || compass())).then(|| vec![x])
}

/// Whether dependent `c` of a place part noun names the place it is part of. The noun says what the
/// name is: "the port town of Mocimboa da Praia", a town the gazetteer lacks, tagged a location.
fn part_of_place(v: &View, c: usize) -> bool {
    let names = match v.rel(c) {
        "nmod" => v.case_of(c).as_deref() == Some("of"),
        "nmod:poss" | "appos" => true,
        _ => false,
    };
    let location = v.sent.entities.iter().any(|e| e.tokens.contains(&c) && e.label == "LOC");
    names && (named_place(v, c) || (location && !names_group(v, c)))
}

/// A place the gazetteer knows, or the model names as a town or state (GPE: "Jaffna", "Kharkiv",
/// "Israel"); not a building, which the model may call a location ("the Grand Hyatt") and which is a
/// facility with the role of its users.
fn named_place(v: &View, x: usize) -> bool {
    let town = v.sent.entities.iter().any(|e| e.tokens.contains(&x) && e.label == "GPE");
    // The whole name is looked up: "Gaza City", "the Gaza Strip" (tagged a location), "Kuwait City".
    let known = |text: &str| parties::lookup_place(text).is_some_and(|p| p.known);
    (town || known(&name_span(v, x)) || known(v.word(x))) && !names_group(v, x)
}

/// "struck Islamic State in Syria", "attacked Daesh": a group the model tags as a state is the party
/// struck; a place's party reading is its state ("Beirut": Lebanon, GOV) or nothing.
fn names_group(v: &View, x: usize) -> bool {
    parties::normalize(&name_span(v, x)).is_some_and(|p| {
        p.role.as_deref().is_some_and(|r| r != "GOV") || p.name.is_some_and(|n| !parties::is_country_name(&n))
    })
}

/// The text of the entity word `x` is part of, or the word alone.
fn name_span(v: &View, x: usize) -> String {
    v.text(name_range(v, x)).to_string()
}

/// The tokens of the entity word `x` is part of, or the word alone.
fn name_range(v: &View, x: usize) -> std::ops::Range<usize> {
    v.sent.entities.iter().find(|e| e.tokens.contains(&x)).map(|e| e.tokens.clone()).unwrap_or(x..x + 1)
}

/// The gazetteer's name of the place word `x` names ("United States" for "States").
fn name_of(v: &View, x: usize) -> String {
    let span = name_span(v, x);
    parties::lookup_place(&span).map(|p| p.name).unwrap_or(span)
}
