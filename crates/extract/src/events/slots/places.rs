//! The place of an event (GUIDELINES §7, §12.7): a phrase of its own, a place its sentence sets
//! the scene with, a named place it strikes; the name is the most specific place of the phrase.
use super::spelling::{border_name, canonical, name_span};
use crate::events::args::place_names::{capital_of_state, named_below, proper_below};
use crate::events::args::Roles;
use crate::events::triggers::trigger::Trigger;
use crate::events::view::View;
use crate::events::words;
use crate::parties;
use casus_core::Location;

/// The first place candidate that names a place: a known place, or a location entity; for a
/// statement, only one that sets it, not one of what it is about (`said_places`).
/// `states`: the article's main states, most mentioned first ("the border with Armenia" in an
/// article about Armenia and Azerbaijan is their common border).
pub(crate) fn location(v: &View, t: &Trigger, roles: &Roles, states: &[String]) -> Option<Location> {
    let places = super::conjuncts::own_clause_places_first(v, t.head, &roles.places);
    if !super::said_places::is_statement(t) {
        return place_of(v, &places, states);
    }
    let set: Vec<usize> =
        places.iter().copied().filter(|&p| super::said_places::sets_statement(v, t, &roles.targets, p)).collect();
    place_of(v, &set, states)
}

/// "Rockets hit Haifa", "troops captured Bakhmut", "bombed the port city of Poti": a force event
/// whose target is a named place below a state is located there (GUIDELINES §12.7), when no
/// phrase of its own places it.
pub(crate) fn target_place(v: &View, targets: &[usize], states: &[String]) -> Option<Location> {
    // A place the gazetteer knows counts whatever the model tags it ("their assault on N'Djamena",
    // the name tagged an organisation).
    let known = |t: usize| parties::lookup_place(v.word(t)).is_some_and(|k| k.known);
    // "bombed Beirut's airport", "seized the airport of Goma": the place a site struck stands at.
    let named: Vec<usize> = targets
        .iter()
        .flat_map(|&t| {
            let own = if v.is_place_name(t) || known(t) { Some(t) } else { named_below(v, t) };
            let sites = super::site_places::site_places(v, t).into_iter();
            own.into_iter().chain(sites).chain(super::site_places::town_modifier(v, t))
        })
        .collect();
    let place = place_of(v, &named, states)?;
    let country = place.name.as_deref().is_some_and(parties::names_state);
    // A state as the target ("Azerbaijan attacked Armenia") says who, not where: on the seeds such
    // countries as places lost location F1 (0.687 -> 0.667) for +0.007 on the news dev split.
    (!country).then_some(place)
}

/// "Angry residents of Lira rioted", "Residents of Harare were beaten": an incident that nothing
/// else places is where the people its actor phrase names belong (not a state: "Sudan's army").
pub(crate) fn actor_place(v: &View, actors: &[usize], states: &[String]) -> Option<Location> {
    let named: Vec<usize> = actors.iter().flat_map(|&a| super::site_places::site_places(v, a)).collect();
    place_of(v, &named, states)
}

/// "a visit to Saudi Arabia", "visited Kabul": a visit (042) happens where it goes, a state too; so
/// does a deployment of forces or peacekeepers (154, 074: "sent 1,300 troops to East Timor", "troops
/// being sent to Iraq"), whose destination is no target (GUIDELINES §12.4 table, §7).
pub(crate) fn destination(v: &View, t: &Trigger, targets: &[usize], states: &[String]) -> Option<Location> {
    if !words::get("destination_codes").iter().any(|c| t.cameo.starts_with(*c)) {
        return None;
    }
    let goes = |c: usize| v.case_of(c).is_some_and(|case| words::get("destination_cases").contains(&case.as_str()));
    let to = |k: usize| v.kids_with(k, &["nmod", "obl"]).filter(move |&c| goes(c));
    // The parser often hangs the destination on what is sent: "sending [1,300 troops to East Timor]".
    // Not on what is visited: "visited the bridge to Crimea" is on the bridge.
    let visit = t.cameo.starts_with("04");
    let sent = |k: usize| v.kids_with(k, &["obj"]).filter(|_| !visit).collect::<Vec<_>>();
    let mut goal: Vec<usize> = t.m.tokens.clone().chain(t.m.tokens.clone().flat_map(sent)).flat_map(to).collect();
    goal.extend(targets.iter().copied().filter(|&x| v.case_of(x).is_none()));
    let known = |x: usize| v.is_place_name(x) || parties::lookup_place(v.word(x)).is_some_and(|k| k.known);
    let named: Vec<usize> =
        goal.into_iter().filter_map(|x| if known(x) { Some(x) } else { named_below(v, x) }).collect();
    place_of(v, &named, states)
}

/// A meeting, talks (04x) or the signing of an agreement (057) held somewhere, not a call or a
/// contact at a distance ("had spoken twice", "in contact with their supporters in Afghanistan").
pub(crate) fn meeting(v: &View, t: &Trigger) -> bool {
    (t.cameo.starts_with("04") || t.cameo.starts_with("057")) && !crate::events::triggers::trigger::remote_contact(v, t)
}
/// An incident whose parse gives it no place of its own is set where its sentence says something
/// happened: the place name nearest its trigger that follows a locative preposition ("fighting
/// erupted again on Tuesday in southern Mogadishu", the place hanging off another word), a state
/// only when no place below one does; in a where-clause, the place the clause follows.
pub(crate) fn sentence_place(v: &View, head: usize, states: &[String]) -> Option<Location> {
    // "The attack came as the army pressed an offensive in South Waziristan", "The attack came a
    // day after rebels killed a guard in Bingol": an event timed against another one, whose places
    // are the other one's.
    let timing = |h: usize| words::get("timing_verbs").contains(&v.lemmas[h].as_str());
    if v.base_rel(head) == "nsubj" && v.head(head).is_some_and(timing) {
        return None;
    }
    // "spread to the town of Karabi, where police arrested …": the place the clause follows.
    if let Some(place) = super::where_places::where_place(v, head).and_then(|p| place_of(v, &[p], states)) {
        return Some(place);
    }
    let tagged = v
        .sent
        .entities
        .iter()
        .filter(|e| matches!(e.label.as_str(), "GPE" | "LOC" | "FAC"))
        .filter_map(|e| e.tokens.clone().find(|&t| locative(v, t)));
    // "in the town of Lashkar Gah" (the name tagged a person), "near the Mbau forest": a generic
    // place noun that a name of the parse's own stands for; "in the capital", which the document
    // pass names (`incidents::resolve`).
    let generic = (0..v.len()).filter(|&t| locative(v, t) && (proper_below(v, t).is_some() || anaphoric(v, t)));
    let mut places: Vec<usize> = tagged
        .chain(generic)
        .filter(|&p| same_clause(v, p, head) || fronted_over(v, p, head))
        // "rebels based in Sudan", "those involved are based in Afghanistan": where a party is.
        .filter(|&p| !v.head(p).is_some_and(|h| words::get("residence_verbs").contains(&v.lemmas[h].as_str())))
        .filter(|&p| !with_reporter(v, p, head))
        .filter(|&p| !in_span_start(v, p, head))
        .collect();
    // The nearest of its own conjunct clause, but a state last ("in the Tovouz region (northwest
    // Azerbaijan)").
    super::conjuncts::own_conjunct_first(v, head, &mut places);
    place_of(v, &places, states)
}

/// "In Yemen, four civilians were killed when rebels entered the port city of Hodeidah": a state the
/// event's own phrase names gives way to a place below a state that its sentence sets it at (the
/// most specific place, GUIDELINES §12.7).
/// The scene must lie in that state where the gazetteer knows its country: "Russian drones struck
/// Ukraine as Ukrainian troops entered Kursk" is in Ukraine, not in Russia's Kursk.
pub(crate) fn finer(own: Location, scene: Option<&Location>) -> Location {
    let state = |l: &Location| l.name.as_deref().is_some_and(parties::names_state);
    let country = |l: &Location| l.name.as_deref().and_then(parties::lookup_place).and_then(|p| p.country);
    match scene {
        Some(s) if state(&own) && s.name.is_some() && !state(s) => match country(s) {
            Some(c) if country(&own).is_some_and(|o| o != c) => own,
            _ => s.clone(),
        },
        _ => own,
    }
}

/// Whether place word `p` is in the clause of trigger `head`, or in a complement clause that shares
/// its subject ("soldiers opened fire on protesters in Rangoon", "began shelling the town").
fn same_clause(v: &View, p: usize, head: usize) -> bool {
    let ours = clause(v, head);
    // "were driving on a highway near Lima when gunmen hit their truck": the scene of the clause the
    // when-clause modifies.
    if scene_of(v, ours) && v.head(ours).is_some_and(|h| same_clause(v, p, h) || reported_scene(v, p, h, ours)) {
        return true;
    }
    let mut c = clause(v, p);
    // "Officials say two troops were wounded in the gunbattle, which took place in Petit-Goave": a
    // relative clause on the event noun itself says where that event happened.
    if v.rel(c) == "acl:relcl" && v.head(c) == Some(head) {
        return true;
    }
    // "came under attack while passing through a tunnel near Sibi": a when-, as- or while-clause
    // of the trigger's clause happens at its scene too, unless it reports ("As our correspondent
    // reports from Nairobi, ...").
    let reports = words::get("reporting").contains(&v.lemmas[c].as_str());
    if !reports && scene_of(v, c) && v.head(c).is_some_and(|h| clause(v, h) == ours) {
        return true;
    }
    for _ in 0..3 {
        if c == ours {
            return true;
        }
        // "used helicopter gunships to destroy militant bases near Ghiljo": the aim's place is
        // where the act aimed happened.
        if v.base_rel(c) != "xcomp" && !crate::events::tense::purpose(v, c) {
            return false;
        }
        match v.head(c) {
            Some(h) => c = clause(v, h),
            None => return false,
        }
    }
    false
}

/// "Police said the three were driving on a highway near Lima, when gunmen hit their truck": the
/// parser often hangs the when-clause `scene` on the reporting verb `h`, though its scene is the
/// reported clause it follows. Not a clause of the report's own moment after a quote ("'…,' he told a
/// news channel as he declared the operation over").
fn reported_scene(v: &View, p: usize, h: usize, scene: usize) -> bool {
    v.is_reporting(h) && v.kids_with(h, &["ccomp"]).any(|c| h < c && c < scene && same_clause(v, p, c))
}

/// "doctors at a field hospital in the town of Zamzam said": a place in the subject of a reporting
/// verb says where the source is, not where what it reports happened.
/// Not when the event itself is told there ("residents who fled the fighting in Kabul said").
fn with_reporter(v: &View, p: usize, head: usize) -> bool {
    std::iter::once(p).chain(v.ancestors(p)).any(|a| {
        v.base_rel(a) == "nsubj" && v.head(a).is_some_and(|h| v.is_reporting(h)) && !v.subtree(a).contains(&head)
    })
}

/// "has killed thousands since the bombing of a shrine in Samarra": a place inside the event that
/// starts a span is that event's place, not the place of what the span holds (a toll across a country).
fn in_span_start(v: &View, p: usize, head: usize) -> bool {
    let since = |a: usize| v.case_of(a).is_some_and(|c| words::get("span_marks").contains(&c.as_str()));
    std::iter::once(p).chain(v.ancestors(p)).any(|a| since(a) && !v.subtree(a).contains(&head))
}

/// Whether clause `c` is a when-, as-, while- or with-clause ("raged in Khartoum, with warplanes
/// bombing RSF bases"), or a bare participle of no subject of its own before its clause ("Fighting
/// between the army and the RSF raged for a third day in Khartoum", the noun parsed as a participle):
/// one set at the scene of the clause it modifies. A participle after its clause ("stormed the town
/// of Muidumbe in Cabo Delgado province, burning buildings") is placed with the event it follows
/// (`incidents::spread`), where a locative phrase of the sentence may name a wider place than the
/// town struck.
fn scene_of(v: &View, c: usize) -> bool {
    let marked = v.kids_with(c, &["mark", "advmod"]).any(|k| words::get("scene_marks").contains(&v.lemmas[k].as_str()));
    let fronted = v.head(c).is_some_and(|h| c < h);
    let bare = fronted
        && v.lower(c).ends_with("ing")
        && v.kids_with(c, &["mark", "nsubj", "nsubj:pass", "expl"]).next().is_none();
    v.base_rel(c) == "advcl" && (marked || bare)
}

/// "In Talas, witnesses say demonstrators tried to storm …": a place fronted before a reporting
/// verb sets the scene of what it reports.
fn fronted_over(v: &View, p: usize, head: usize) -> bool {
    let top = clause(v, p);
    // "In southern Helmand province, a bomb killed ...": the name's generic noun is the fronted phrase.
    let mut p = p;
    while v.head(p).is_some_and(|h| h != top && h > p) && matches!(v.base_rel(p), "compound" | "flat" | "amod") {
        p = v.head(p).unwrap_or(p);
    }
    if p > top || v.head(p) != Some(top) || v.base_rel(p) != "obl" {
        return false;
    }
    let mut c = clause(v, head);
    while c != top {
        match v.head(c) {
            Some(h) if matches!(v.base_rel(c), "ccomp" | "xcomp") => c = clause(v, h),
            _ => return false,
        }
    }
    true
}

/// Whether place word `p` follows a locative preposition, directly ("in Kabul") or through the
/// generic place noun or site it names ("in the town of Iskandariyah", "near the capital, Mogadishu",
/// "through neighborhoods of Osh", "at the Tiwintza outpost").
fn locative(v: &View, p: usize) -> bool {
    let generic = |i: usize| words::get("place_generic").contains(&v.lemmas[i].as_str());
    let mut cur = p;
    for _ in 0..3 {
        // "on the outskirts of Abuja", "on the island of Jolo": "on" sets the scene only with a noun
        // of a place's part ("marched on the capital" says where they went).
        let sets = |c: usize| {
            let case = v.lemmas[c].as_str();
            words::get("locative").contains(&case)
                || words::get("passage_cases").contains(&case)
                || (case == "on" && words::get("on_places").contains(&v.lemmas[cur].as_str()))
        };
        if v.kids_with(cur, &["case"]).any(sets) {
            return true;
        }
        // "in a raid north of Baquba", "26 kilometers south of Lira": the direction word parsed as
        // the head of the of-phrase names the place it is measured from (GUIDELINES 12.9).
        // Not a distance ("Beledweyne, a town ..., 300 kilometers north of Mogadishu, has been ..."),
        // which says where another place lies: that place is the one meant.
        let compass = |h: usize| words::get("compass_words").contains(&v.lemmas[h].as_str());
        // The count is on the measure noun above the direction word or below it ("300 kilometers north");
        // a count of anything else is of the places the direction word places ("raided three villages
        // north of El Fasher").
        let unit = |m: usize| words::get("distance_units").iter().any(|u| *u == v.lemmas[m] || *u == v.lower(m));
        let counted = |m: usize| unit(m) && v.kids_with(m, &["nummod"]).next().is_some();
        let distance = |h: usize| v.head(h).is_some_and(counted) || v.kids(h).iter().any(|&m| counted(m));
        // "on a highway northwest of the capital city of Lima": the direction word hung beside the
        // of-phrase, on the noun both follow.
        let beside = |h: usize| v.kids_with(h, &["advmod"]).any(|d| d < cur && compass(d) && !distance(d));
        if v.case_of(cur).as_deref() == Some("of")
            && v.head(cur).is_some_and(|h| (compass(h) && !distance(h)) || beside(h))
        {
            return true;
        }
        // "rebels entered the port city of Hodeidah": the place gone into.
        let entered = |h: usize| words::get("entry_verbs").contains(&v.lemmas[h].as_str());
        if v.base_rel(cur) == "obj" && v.head(cur).is_some_and(entered) {
            return true;
        }
        let names = matches!(v.base_rel(cur), "appos" | "compound")
            || (v.base_rel(cur) == "nmod" && v.case_of(cur).as_deref() == Some("of"));
        // "battled for control of the capital's Bakara market": the place fought over.
        let of = v.base_rel(cur) == "nmod" && v.case_of(cur).as_deref() == Some("of");
        if of && v.head(cur).is_some_and(|h| words::get("control_nouns").contains(&v.lemmas[h].as_str())) {
            return true;
        }
        // "in the capital's Bakara market", "in Kabul's main market": the place that owns a site, unless
        // the site is a place named itself ("in Lima's Miraflores district": the most specific place).
        let owner =
            v.rel(cur) == "nmod:poss" && v.head(cur).is_some_and(|h| named_below(v, h).is_none_or(|k| k == cur));
        match v.head(cur) {
            Some(h)
                if (names && (generic(h) || words::get("on_places").contains(&v.lemmas[h].as_str())))
                    || names_site(v, cur)
                    || owner =>
            {
                cur = h
            }
            _ => return false,
        }
    }
    false
}

/// The head of the clause token `i` belongs to ("talks in Washington" and "clashes on the border"
/// in one sentence are two clauses). A participle on a noun belongs to its noun's clause
/// ("ambushed a bus transporting troops in Kalat"), and so does a relative clause on a place ("the
/// cities of Acre and Maalot, which were struck"), but not one on anything else ("shelled
/// positions ahead of talks that were held in Nairobi").
fn clause(v: &View, i: usize) -> usize {
    const CLAUSE: &[&str] = &["root", "ccomp", "xcomp", "advcl", "parataxis", "csubj"];
    let on_place = |h: usize| v.is_place_name(h) || words::get("place_generic").contains(&v.lemmas[h].as_str());
    let boundary =
        |k: usize| CLAUSE.contains(&v.base_rel(k)) || (v.rel(k) == "acl:relcl" && !v.head(k).is_some_and(on_place));
    let mut cur = i;
    while !boundary(cur) {
        match v.head(cur) {
            Some(h) => cur = h,
            None => break,
        }
    }
    cur
}

fn place_of(v: &View, places: &[usize], states: &[String]) -> Option<Location> {
    let mut found: Vec<(Location, u8)> = Vec::new();
    let mut generic = None;
    for &p in places {
        let range = v.phrase(p);
        let start = v.kids_with(p, &["case"]).next().map_or(range.start, |c| c.min(range.start));
        let text = v.text(start..range.end).to_string();
        let p = quarter_within(v, p).unwrap_or(p);
        if let Some(name) = border_name(v, p, states) {
            found.push((Location { text, name: Some(name), ..Default::default() }, 1));
            continue;
        }
        // "In the Kharkiv region", "the province of Kunar": named with the noun of a province.
        let wide = |i: usize| words::get("wide_place_nouns").contains(&v.lemmas[i].as_str());
        let names = matches!(v.base_rel(p), "compound" | "flat" | "appos") || v.case_of(p).as_deref() == Some("of");
        let wide_noun = wide(p) || (names && v.head(p).is_some_and(wide));
        // "in the port city of Kismayo": the name the generic noun stands for.
        // "the Shijaiyah neighbourhood of Gaza City": a part of a town named by a word the model tags
        // no place and the gazetteer does not know is named as written.
        let known = |k: usize| parties::lookup_place(v.word(k)).is_some_and(|x| x.known);
        let proper = match named_below(v, p) {
            Some(k) => (!v.is_place_name(k) && !known(k)).then_some(k),
            None => proper_below(v, p),
        };
        let p = named_below(v, p).or(proper).or_else(|| site_name(v, p)).unwrap_or(p);
        let range = v.phrase(p);
        let entity = v.sent.entities.iter().find(|e| {
            e.tokens.contains(&p) && (matches!(e.label.as_str(), "GPE" | "LOC" | "FAC") || misread_town(v, p, e))
        });
        // A name the model tags (canonical if the gazetteer knows it), else a place the gazetteer finds
        // in the phrase ("the northwestern Tovuz district"); capitalized words alone are not enough.
        // "Hit Yemen's Capital", "the Sierra Leonean capital": the capital of the state named, not
        // the state the model tags or the gazetteer finds in the phrase.
        let name = match (capital_of_state(v, p), entity) {
            (Some(seat), _) => Some(seat.to_string()),
            (None, Some(e)) => {
                let span = v.text(name_span(v, p, e.tokens.clone()));
                Some(canonical(v, span))
            }
            (None, None) if proper.is_some() => Some(canonical(v, v.text(name_span(v, p, p..p + 1)))),
            (None, None) => parties::lookup_place(&without_route(v, p, range.clone()))
                .filter(|k| k.known)
                .map(|k| k.name)
                .or_else(|| territory_of(v, p)),
        };
        match name {
            Some(name) => {
                let wide = breadth(&name).max(u8::from(wide_noun));
                found.push((Location { text, name: Some(name), ..Default::default() }, wide));
            }
            // Named by the document pass (`incidents::resolve`), if the story named it before.
            None if anaphoric(v, p) => generic = generic.or(Some(Location { text, ..Default::default() })),
            None => {}
        }
    }
    // "near Nerkin Hand (in the south-east of Armenia)", "In the Kharkiv region, ... in the village
    // of Kupiansk-Vuzlovyi": the most specific place (GUIDELINES §12.7), a province or region after a
    // town, a country last.
    match (0..found.len()).min_by_key(|&i| found[i].1) {
        Some(i) => Some(found.swap_remove(state_before(&found, i).unwrap_or(i)).0),
        None => generic,
    }
}

/// "A trial opened in Paris over the bombing of a base in Ivory Coast": a town is finer than a
/// state named before it only inside that state; a state ahead of a town the gazetteer sets in
/// another state is the place (as `finer` keeps a scene abroad from the event's own state).
fn state_before(found: &[(Location, u8)], town: usize) -> Option<usize> {
    let country = |l: &Location| l.name.as_deref().and_then(parties::lookup_place).and_then(|p| p.country);
    let abroad = country(&found[town].0)?;
    (0..town).find(|&k| found[k].1 == 2 && country(&found[k].0).is_some_and(|c| c != abroad))
}

/// "in a shopping district in the Azamiyah neighborhood of northern Baghdad": a generic place noun
/// with no name of its own is placed by the named place its locative phrase holds, the most specific
/// place (GUIDELINES §12.7), not by the first name the gazetteer finds in the whole phrase.
fn quarter_within(v: &View, p: usize) -> Option<usize> {
    let generic = |i: usize| words::get("place_generic").contains(&v.lemmas[i].as_str());
    if !generic(p) || named_below(v, p).is_some() || proper_below(v, p).is_some() {
        return None;
    }
    let at = |k: usize| v.case_of(k).is_some_and(|c| words::get("locative").contains(&c.as_str()));
    v.kids_with(p, &["nmod"])
        .find(|&k| at(k) && generic(k) && (named_below(v, k).is_some() || proper_below(v, k).is_some()))
}

/// How wide a named place is: 0 a town, or a place the gazetteer does not know (a village, a
/// forest); 1 a province or a region ("Chechnya"); 2 a state. A place named with a wide generic
/// noun ("the Kharkiv region") is at least a region, whatever town shares its name.
fn breadth(name: &str) -> u8 {
    if parties::names_state(name) {
        return 2;
    }
    u8::from(is_wide(name))
}

/// Whether the gazetteer knows `name` as a province or a region.
pub(crate) fn is_wide(name: &str) -> bool {
    let wide = |p: casus_geo::Place| matches!(p.kind, casus_geo::Kind::Admin1 | casus_geo::Kind::Region);
    casus_geo::Gazetteer::embedded().ok().and_then(|g| g.geocode(name, &[])).is_some_and(wide)
}

/// "stabbed villagers in Mazraat al-Qubeir": a name the model tags a person right after "in" is a
/// place the model does not know, unless the party lexicon knows the name.
fn misread_town(v: &View, p: usize, e: &casus_core::Entity) -> bool {
    let after_in = v.kids_with(p, &["case"]).any(|c| words::get("town_cases").contains(&v.lemmas[c].as_str()));
    e.label == "PER" && after_in && parties::normalize(v.text(e.tokens.clone())).is_none()
}

/// "at the Tiwintza outpost": the place name a site noun takes as its modifier ([`names_site`]).
fn site_name(v: &View, p: usize) -> Option<usize> {
    v.kids_with(p, &["compound"]).find(|&k| names_site(v, k))
}

/// Whether `k` names the place of the site noun it modifies ("at the Tiwintza outpost", "near the
/// Kabul airport"): a name tagged a town or a location, or known to the gazetteer; not a state ("a
/// U.S. base" stands anywhere) nor a party ("a Taliban base"). A building's modifier is its own name
/// ("the Marriott hotel"): buildings are no `site_nouns`.
pub(super) fn names_site(v: &View, k: usize) -> bool {
    let Some(h) = v.head(k).filter(|&h| h > k && v.base_rel(k) == "compound") else { return false };
    let tagged = v.sent.entities.iter().any(|e| e.tokens.contains(&k) && matches!(e.label.as_str(), "GPE" | "LOC"));
    let known = parties::lookup_place(v.word(k)).filter(|x| x.known);
    let state = parties::is_state_name(v.word(k)) || known.as_ref().is_some_and(|x| parties::is_country_name(&x.name));
    words::get("site_nouns").contains(&v.lemmas[h].as_str()) && (tagged || known.is_some()) && !state
}

/// The words of phrase `range` of `p` but a route's ends: "on its way north to Peshawar from
/// Quetta" happened on the way, at neither end.
fn without_route(v: &View, p: usize, range: std::ops::Range<usize>) -> String {
    let ends: Vec<std::ops::Range<usize>> = range
        .clone()
        .filter(|&k| k != p && words::get("route_ends").contains(&v.case_of(k).unwrap_or_default().as_str()))
        .map(|k| v.subtree(k))
        .collect();
    range.filter(|i| !ends.iter().any(|e| e.contains(i))).map(|i| v.word(i)).collect::<Vec<_>>().join(" ")
}

/// "in the city", "the town", "the province": a definite generic place noun with no name of its
/// own, which stands for a place the story named before.
fn anaphoric(v: &View, p: usize) -> bool {
    // Singular: "in the three southernmost provinces" names several places.
    words::get("anaphoric_places").contains(&v.lemmas[p].as_str())
        && v.lower(p) == v.lemmas[p]
        && v.definite_det(p)
        && v.kids_with(p, &["nmod:poss", "nmod", "appos", "compound"]).next().is_none()
}

/// "in Armenian territory", "into Lebanese airspace", "several Somali towns": the land, air or sea
/// of a state named by its adjective is that state (GUIDELINES §7).
fn territory_of(v: &View, p: usize) -> Option<String> {
    // "several Somali towns", "an Afghan village": an indefinite place of the state's (a definite
    // one, "the Yemeni capital", stands for a place the story names).
    let indefinite = words::get("place_generic").contains(&v.lemmas[p].as_str())
        && !v.definite_det(p)
        && v.kids_with(p, &["nmod:poss"]).next().is_none();
    if !words::get("territory_nouns").contains(&v.lemmas[p].as_str()) && !indefinite {
        return None;
    }
    let country = v.kids_with(p, &["amod"]).find_map(|a| parties::normalize(v.word(a))?.country)?;
    parties::country_name(&country).map(str::to_string)
}

/// "took control of the port city of Kismayo", "occupied the city of Laogai", "seized control of
/// Somalia": the territory a control verb acts on is where it happened (GUIDELINES §7), a state too;
/// "took control of the city" names no place itself (a nameless location the document pass names).
/// An event noun's object ("its invasion of Ukraine") is its target, not a place it sets.
pub(crate) fn controlled(
    v: &View,
    t: &Trigger,
    nominal: bool,
    targets: &[usize],
    states: &[String],
) -> Option<Location> {
    if !t.cameo.starts_with("192") || nominal {
        return None;
    }
    let of = |k: usize| v.kids_with(k, &["nmod"]).filter(move |&c| v.case_of(c).as_deref() == Some("of"));
    let mut acted_on: Vec<usize> = t.m.tokens.clone().flat_map(of).collect();
    acted_on.extend(targets.iter().copied().filter(|&x| !t.m.tokens.contains(&x)));
    let named: Vec<usize> = acted_on
        .iter()
        .copied()
        .filter_map(|x| {
            if v.is_place_name(x) {
                return Some(x);
            }
            // "took control of the city": the place the story named before (`incidents::resolve`).
            // "seized Haiti's second-largest city, Cap-Haitien": a name the model does not tag.
            let proper = proper_below(v, x).is_some();
            named_below(v, x).or_else(|| (proper || territory_of(v, x).is_some() || anaphoric(v, x)).then_some(x))
        })
        .collect();
    place_of(v, &named, states).or_else(|| acted_on.iter().find_map(|&x| untagged_town(v, x)))
}

/// "Rebels seized Cap-Haitien", "took control of Cap-Haitien": a capitalized word the model tags
/// no place, taken by a control verb, is a town when the gazetteer of coordinates knows it as one
/// (not a party, a date, a state nor a place noun in title case).
fn untagged_town(v: &View, x: usize) -> Option<Location> {
    let word = v.word(x);
    let capital = word.chars().next().is_some_and(char::is_uppercase);
    // A headline's title case capitalizes common nouns: "Rebels Seize Capital" names no town.
    let generic = words::get("place_generic").contains(&word.to_lowercase().as_str());
    if !capital
        || generic
        || v.is_dated(x)
        || parties::normalize(word).is_some()
        || v.kids_with(x, &["compound", "flat"]).next().is_some()
    {
        return None;
    }
    let town = |p: casus_geo::Place| {
        matches!(p.kind, casus_geo::Kind::City | casus_geo::Kind::Admin1 | casus_geo::Kind::Region)
    };
    let found = casus_geo::Gazetteer::embedded().ok().and_then(|g| g.geocode(word, &[])).is_some_and(town);
    found.then(|| Location { text: word.to_string(), name: Some(word.to_string()), ..Default::default() })
}
