//! CAMEO by the parties, after party identity: the same act is coded by who does it to whom
//! (GUIDELINES §12.4). Force used by police, troops or a government on protesters or the
//! opposition, and police force on civilians, is violent repression (175), not combat; protesters
//! or civilians fighting police, troops or each other riot (145).
use casus_core::{Event, Party};

const STATE_FORCE: &[&str] = &["COP", "MIL", "GOV"];

fn role(p: &Option<casus_core::Party>) -> Option<&str> {
    p.as_ref().and_then(|p| p.role.as_deref())
}

/// "A suicide bomber struck a convoy … the attack killed six": a definite force noun of no particular
/// means ("the attack", "the incident": 190) that restates an earlier bombing (183x) is that bombing
/// and takes its code ([`super::incidents::antecedent`]); so does a blast of no particular kind (183:
/// "the blast", "the explosion") after a suicide or car bombing. A fight ("the clashes", "the
/// battle", mutual) is not a bombing, nor is a campaign of armed forces ("the offensive to retake
/// the city", "the operation to clear the building": `campaign_nouns`); a kidnapping's "attack" was
/// the raid, not the abduction, and "the attacks" may gather incidents of several kinds.
pub(crate) fn restated(events: &mut [Event], metas: &[super::meta::Meta]) {
    for i in 0..events.len() {
        let m = &metas[i];
        let fight = || crate::lexicon::lookup(std::slice::from_ref(&m.lemma), 0).is_some_and(|t| t.entry.mutual);
        let campaign = crate::events::words::get("campaign_nouns").contains(&m.lemma.as_str());
        let word = events[i].action.text.rsplit(' ').next().unwrap_or_default().to_lowercase();
        let plural = crate::lemma::lemma(&word) != word;
        let own = events[i].action.cameo.clone();
        if !m.anaphor || !m.force || !matches!(own.as_str(), "190" | "183") || plural || campaign || fight() {
            continue;
        }
        let Some(a) = super::incidents::antecedent(metas, i) else { continue };
        let bombing = &events[a].action.cameo;
        if bombing.starts_with("183") && (own == "190" || bombing.len() > own.len()) {
            events[i].action.cameo = bombing.clone();
        }
    }
}

/// "A suicide bomber struck a wedding … Beijing says three Chinese students were killed": a bare toll
/// (a casualty verb with no actor) told after a bombing of the same day, with no other violence
/// reported in between, is that bombing's toll and takes its code (183x), as a restated "the
/// attack" does; so is a toll told after troops fired on protesters ("Witnesses say three people
/// were killed"): the crackdown's (175). Another item of the news ("Elsewhere, three soldiers were
/// killed") is not.
pub(crate) fn incident_tolls(events: &mut [Event], metas: &[super::meta::Meta]) {
    // The trigger's own entry, not its head word's: "sustained serious injuries" is an outcome.
    let day = |e: &Event| e.date.as_ref().map(|d| d.value.clone());
    let tolls: Vec<bool> =
        events.iter().zip(metas).map(|(e, m)| e.action.cameo == "190" && e.actor.is_none() && m.outcome).collect();
    for i in 0..events.len() {
        // "More than 800 people have been killed since the election": a toll over an open stretch
        // sums many incidents, not the crackdown told before it.
        if !tolls[i] || metas[i].new_item || standing(&events[i], &metas[i]) {
            continue;
        }
        // Tolls in between tell the same incident; any other violence is another one.
        let repression = |k: usize| events[k].action.cameo == "175";
        let violent = |k: &usize| {
            !tolls[*k]
                && !standing(&events[*k], &metas[*k])
                && (matches!(events[*k].action.root(), "18" | "19" | "20") || repression(*k))
        };
        let last = (0..i).rev().find(violent);
        let Some(k) = last.filter(|&k| events[k].action.cameo.starts_with("183") || repression(k)) else { continue };
        // An undated incident ("the toll rose from the blasts") has no other day to tell it apart.
        if day(&events[i]).is_none() || day(&events[k]).is_none() || day(&events[i]) == day(&events[k]) {
            events[i].action.cameo = events[k].action.cameo.clone();
        }
    }
}

/// "Suicide bombings are seen as his hallmark", "past attacks", "the war": an undated mention of a
/// pattern, a stretch or a war as a whole is no incident a later toll could belong to.
fn standing(e: &Event, m: &super::meta::Meta) -> bool {
    use crate::events::slots::DateFrom;
    e.date.is_none()
        && matches!(m.date_from, DateFrom::Background | DateFrom::Open | DateFrom::Period | DateFrom::Earlier)
}

/// Parties that may repress: state forces, or no party named ("were killed in protests").
fn may_repress(role: Option<&str>) -> bool {
    role.is_none_or(|r| STATE_FORCE.contains(&r))
}

/// Recodes as repression (175) the fighting and violence set in street protest (`protest[i]`, read
/// off the trigger's arguments: "opened fire on protesters", "were killed in protests") when its
/// actor is a state force or unnamed (any other actor, armed group or civilian, keeps the code). Done after casualties and places, which follow
/// force codes.
pub fn in_protests(events: &mut [Event], protest: &[bool]) {
    for (e, _) in events.iter_mut().zip(protest).filter(|(_, &p)| p) {
        if may_repress(role(&e.actor)) && (e.action.root() == "19" || e.action.cameo == "180") {
            e.action.cameo = "175".to_string();
        }
    }
}

/// "Hezbollah fighters captured two Israeli soldiers", "FARC seized Ingrid Betancourt": people a
/// seizing verb takes (173, stage 1) are arrested only by a state's forces or authorities; taken by
/// an armed group, unnamed gunmen or a gang (`captor_roles`), they are abducted (181, GUIDELINES
/// §12.4: "gunmen seized six foreign workers"). Unarmed people (`unarmed_captive_roles`) seized by
/// no one named ("a Dutch man was seized from a bar", "two aid workers were captured on the road")
/// are abducted too: an arrest news tells names the police or says "arrested". An arrest by name
/// ("rebels arrested") is left as told.
pub fn captors(events: &mut [Event]) {
    // "took dozens of passengers captive" takes people as "seized" does.
    let seizing = |e: &Event| {
        e.action.text.split(' ').any(|w| {
            let lemma = crate::lemma::lemma(&w.to_lowercase());
            ["seizing_verbs", "captive_takings"].iter().any(|l| crate::events::words::get(l).contains(&lemma.as_str()))
        })
    };
    for e in events.iter_mut() {
        let captor = role(&e.actor).is_some_and(|r| crate::events::words::get("captor_roles").contains(&r));
        let unarmed = |r: &str| crate::events::words::get("unarmed_captive_roles").contains(&r);
        let civilians_by_no_one = e.actor.is_none() && role(&e.target).is_some_and(unarmed);
        if e.action.cameo == "173" && (captor || civilians_by_no_one) && seizing(e) {
            e.action.cameo = "181".to_string();
        }
    }
}

/// "Soldiers freed five hostages", "police freed the kidnapped engineers": hostages a state's forces
/// free (`rescuer_roles`) were held by someone else, so the release is a rescue by force, 190 against
/// the captors, and the freed are not its target (GUIDELINES §12.4, as "troops stormed the train and
/// freed the hostages"). A release of detainees or prisoners by those who held them stays 0841.
pub fn rescues(events: &mut [Event]) {
    let words = crate::events::words::get;
    let held = |p: &Party| {
        let lower = p.text.to_lowercase();
        lower.split(|c: char| !c.is_alphanumeric()).any(|w| words("hostage_words").contains(&w))
    };
    for e in events.iter_mut() {
        let rescuer = role(&e.actor).is_some_and(|r| words("rescuer_roles").contains(&r));
        if e.action.cameo.starts_with("084") && rescuer && e.target.as_ref().is_some_and(held) {
            e.action.cameo = "190".to_string();
            e.target = None;
        }
    }
}

/// "Gunmen shot dead the district governor", "the 2002 killing of a U.S. diplomat": a killing (190,
/// or 193 by small arms) of one holder of a civil office is an assassination (186, GUIDELINES table); the killing of
/// "two officials" or "government troops" is not.
pub fn assassinations(events: &mut [Event]) {
    let words = crate::events::words::get;
    let killing = |e: &Event| {
        e.action
            .text
            .split(' ')
            .any(|w| words("assassination_words").contains(&crate::lemma::lemma(&w.to_lowercase()).as_str()))
    };
    let one_official = |p: &Party| {
        let lower = p.text.to_lowercase();
        let office = lower
            .split(|c: char| !c.is_alphanumeric())
            .any(|w| words("office_nouns").contains(&w) || words("more_office_nouns").contains(&w));
        p.role.as_deref().is_some_and(|r| words("official_roles").contains(&r)) && office
    };
    for e in events.iter_mut() {
        let killed = e.casualties.killed.as_ref().and_then(|k| k.count);
        let many = killed.is_some_and(|n| n > 1);
        // "shot dead the governor" is small-arms fire (193) that killed.
        let force = matches!(e.action.cameo.as_str(), "190" | "193");
        if force && (killing(e) || killed == Some(1)) && !many && e.target.as_ref().is_some_and(one_official) {
            e.action.cameo = "186".to_string();
        }
    }
}

/// Recodes the events whose parties make their force repression or rioting.
pub fn by_parties(events: &mut [Event]) {
    for e in events.iter_mut() {
        let root = e.action.root().to_string();
        // "protesters took over the government building": taking a site is 192 whoever does it.
        let seizure = e.action.cameo.starts_with("192");
        if !matches!(root.as_str(), "18" | "19") || seizure {
            continue;
        }
        let (actor, target) = (role(&e.actor), role(&e.target));
        // "violence between soldiers and demonstrators": the noun's "violence on protesters" code
        // (180) is the soldiers' way; the demonstrators' way is rioting, as their fighting is. (Not
        // between civilians: 180 there may be a terror attack or a coup.)
        let fight = root == "19" || e.action.cameo == "180";
        let heavy = e.action.cameo.starts_with("194") || e.action.cameo.starts_with("195");
        let code = match (actor, target) {
            // Shelling and air strikes on "opposition positions" are warfare, as on any armed side.
            (Some(a), Some("OPP")) if STATE_FORCE.contains(&a) && !heavy => Some("175"),
            // Police keep public order: their guns, batons and beatings on civilians are a crackdown
            // ("police shot three people during demonstrations", "police beat several of the women").
            // Shelling and air strikes are warfare whoever fires ("Serbian police units shelled villages").
            // A building police storm or raid is no one beaten or shot ("stormed the building and freed
            // the journalists" is a raid on the captors).
            (Some("COP"), Some("CVL"))
                if ((root == "19" && !heavy) || e.action.cameo.starts_with("182")) && !structure(&e.target) =>
            {
                Some("175")
            }
            (Some("OPP"), Some(t)) if fight && STATE_FORCE.contains(&t) => Some("145"),
            (Some("CVL"), Some("CVL")) if root == "19" => Some("145"),
            _ => None,
        };
        if let Some(c) = code {
            e.action.cameo = c.to_string();
        }
    }
}

/// Whether the party is a building or site by its head word ("the building", "a police station"),
/// not people (`structure_nouns`).
fn structure(p: &Option<Party>) -> bool {
    let last = p.as_ref().and_then(|p| p.text.rsplit(' ').next().map(str::to_lowercase)).unwrap_or_default();
    let singular = last.strip_suffix('s').unwrap_or(&last);
    let nouns = crate::events::words::get("structure_nouns");
    nouns.contains(&last.as_str()) || nouns.contains(&singular)
}

/// "Albania protested to Belgrade", "the foreign ministry protested the visit": a state's protest is
/// an official complaint (114), not a demonstration (140), which crowds hold. Only a state named by
/// itself (its name or capital, or a government word at the head of the phrase): "chicken sellers in
/// Cameroon's capital" that the story's state stands behind hold protests, and so do the crowds of
/// "protests by Palestinians".
pub fn official_protests(events: &mut [Event]) {
    let by_state = |e: &Event| e.actor.as_ref().is_some_and(|p| names_state(&p.text));
    let verb = |e: &Event| !e.action.text.to_lowercase().ends_with("protests");
    for e in events.iter_mut().filter(|e| e.action.cameo == "140" && role(&e.actor) == Some("GOV")) {
        if verb(e) && by_state(e) {
            e.action.cameo = "114".to_string();
        }
    }
}

/// Whether `text` names a state by itself: a state's or a capital's name ("Albania", "Moscow") or a
/// phrase headed by a government word ("the foreign ministry", "southern ministers").
fn names_state(text: &str) -> bool {
    let text = text.strip_prefix("the ").or_else(|| text.strip_prefix("The ")).unwrap_or(text);
    let named = text.split(' ').all(|w| w.starts_with(char::is_uppercase))
        && crate::parties::lookup_place(text).is_some_and(|p| p.known);
    let head = text.rsplit(' ').next().unwrap_or_default();
    named || crate::parties::normalize(head).and_then(|p| p.role).as_deref() == Some("GOV")
}

#[cfg(test)]
mod tests {
    use super::*;
    use casus_core::{Action, Casualties, Evidence, Party};

    fn event(cameo: &str, actor: &str, target: &str) -> Event {
        let p = |r: &str| Some(Party { text: r.into(), name: None, country: Some("BDI".into()), role: Some(r.into()) });
        Event {
            doc_id: "d".into(),
            event_id: "d:0".into(),
            action: Action { text: "fired".into(), cameo: cameo.into() },
            actor: p(actor),
            target: p(target),
            date: None,
            location: None,
            casualties: Casualties::default(),
            source: None,
            evidence: Evidence { start: 0, end: 1, sentence: "x".into() },
            confidence: None,
        }
    }

    fn meta(sentence: usize, outcome: bool) -> crate::events::document::meta::Meta {
        crate::events::document::meta::Meta {
            sentence,
            lemma: String::new(),
            anaphor: false,
            force: true,
            outcome,
            incident: true,
            located: false,
            whole: true,
            earlier: false,
            protest: false,
            date_from: crate::events::slots::DateFrom::Sentence,
            span: None,
            headline: false,
            lead: false,
            new_item: false,
        }
    }

    #[test]
    fn police_storming_a_building_crack_down_on_no_one() {
        let mut events = vec![event("190", "COP", "CVL"), event("190", "COP", "CVL")];
        events[0].target.as_mut().unwrap().text = "the building".into();
        by_parties(&mut events);
        let got: Vec<&str> = events.iter().map(|e| e.action.cameo.as_str()).collect();
        assert_eq!(got, ["190", "175"]);
    }

    #[test]
    fn a_governments_protest_is_an_official_complaint() {
        let mut events = vec![event("140", "GOV", "GOV"), event("140", "OPP", "GOV"), event("140", "GOV", "GOV")];
        events[0].actor.as_mut().unwrap().text = "Albania".into();
        events[1].actor.as_mut().unwrap().text = "Albania".into();
        // A crowd the story's state stands behind is not the state.
        events[2].actor.as_mut().unwrap().text = "Scores of chicken sellers in Cameroon's capital".into();
        official_protests(&mut events);
        let got: Vec<&str> = events.iter().map(|e| e.action.cameo.as_str()).collect();
        assert_eq!(got, ["114", "140", "140"]);
    }

    #[test]
    fn a_dated_toll_after_an_undated_bombing_is_its_toll() {
        // "... the toll rose from the blasts outside a school. More than 150 people had sustained
        // injuries on Saturday": the bombing has no day of its own to set it apart from the toll's.
        let mut bombing = Event { actor: None, target: None, ..event("183", "", "") };
        bombing.action.text = "blasts".into();
        let mut toll = Event { actor: None, ..event("190", "", "CVL") };
        toll.date = Some(casus_core::DateRef { text: "Saturday".into(), value: "2021-05-08".into() });
        let mut es = vec![bombing, toll];
        incident_tolls(&mut es, &[meta(0, false), meta(1, true)]);
        assert_eq!(es[1].action.cameo, "183");
    }

    #[test]
    fn a_pattern_of_bombings_lends_no_code_to_a_later_killing() {
        // "... suicide bombings are seen as his hallmark. A court sentenced him for the 2002 killing
        // of a U.S. diplomat": the standing mention is no incident; the killing is its own.
        let bombing = Event { actor: None, target: None, ..event("1831", "", "") };
        let mut killing = Event { actor: None, ..event("190", "", "CVL") };
        killing.date = Some(casus_core::DateRef { text: "2002".into(), value: "2002".into() });
        let mut es = vec![bombing, killing];
        let background = crate::events::document::meta::Meta {
            date_from: crate::events::slots::DateFrom::Background,
            ..meta(0, false)
        };
        incident_tolls(&mut es, &[background, meta(1, true)]);
        assert_eq!(es[1].action.cameo, "190");
    }

    #[test]
    fn a_toll_over_an_open_stretch_is_not_the_crackdowns() {
        // "Police fired tear gas at opposition supporters … More than 800 people have been killed
        // since the disputed election": the running toll sums many incidents, not the repression.
        let crackdown = event("175", "COP", "OPP");
        let toll = Event { actor: None, target: None, ..event("190", "", "") };
        let mut es = vec![crackdown, toll];
        let open =
            crate::events::document::meta::Meta { date_from: crate::events::slots::DateFrom::Open, ..meta(1, true) };
        incident_tolls(&mut es, &[meta(0, false), open]);
        assert_eq!(es[1].action.cameo, "190");
        // A toll of the day that follows it is still the crackdown's.
        es[1].action.cameo = "190".into();
        incident_tolls(&mut es, &[meta(0, false), meta(1, true)]);
        assert_eq!(es[1].action.cameo, "175");
    }

    /// "Gunmen shot dead the district governor": small-arms fire (193) that killed one.
    fn shot_dead(target: &str) -> Event {
        let mut e = event("193", "UAF", "GOV");
        e.action.text = "shot".into();
        e.target.as_mut().unwrap().text = target.into();
        let one =
            casus_core::Casualty { count: Some(1), qualifier: casus_core::Qualifier::Exact, text: "shot dead".into() };
        e.casualties.killed = Some(one);
        e
    }

    #[test]
    fn the_killing_of_one_official_is_an_assassination() {
        let killing = |text: &str, target: &str, role: &str| {
            let mut e = event("190", "UAF", role);
            e.action.text = text.into();
            e.target.as_mut().unwrap().text = target.into();
            e
        };
        let mut es = vec![
            shot_dead("the district governor"),
            killing("killing", "a U.S. diplomat in Amman", "GOV"),
            killing("killed", "two officials", "GOV"),
            killing("killed", "the army commander", "MIL"),
            killing("wounded", "the mayor", "GOV"),
        ];
        assassinations(&mut es);
        let codes: Vec<&str> = es.iter().map(|e| e.action.cameo.as_str()).collect();
        assert_eq!(codes, ["186", "186", "190", "190", "190"]);
        // Small-arms fire that wounded, or killed two, is no assassination.
        let mut wounded = shot_dead("the mayor");
        wounded.casualties.killed = None;
        let mut two = shot_dead("the mayor and a guard");
        two.casualties.killed.as_mut().unwrap().count = Some(2);
        let mut es = vec![wounded, two];
        assassinations(&mut es);
        assert!(es.iter().all(|e| e.action.cameo == "193"));
    }

    #[test]
    fn force_in_protests_is_repression_unless_an_armed_group_or_a_bombing() {
        let mut es = vec![event("190", "MIL", "CVL"), event("193", "REB", "OPP"), event("1831", "COP", "CVL")];
        es.push(Event { actor: None, ..event("190", "", "CVL") });
        es.push(event("190", "MIL", "REB"));
        in_protests(&mut es, &[true, true, true, true, false]);
        let codes: Vec<&str> = es.iter().map(|e| e.action.cameo.as_str()).collect();
        assert_eq!(codes, ["175", "193", "1831", "175", "190"]);
    }

    #[test]
    fn force_on_protesters_is_repression_and_protesters_fighting_police_riot() {
        let mut es = vec![
            event("190", "COP", "OPP"),
            event("1823", "MIL", "OPP"),
            event("190", "OPP", "COP"),
            event("190", "CVL", "CVL"),
            event("190", "MIL", "REB"),
            event("183", "OPP", "COP"),
            event("112", "COP", "OPP"),
            event("193", "COP", "CVL"),
            event("182", "COP", "CVL"),
            event("190", "MIL", "CVL"),
            event("181", "COP", "CVL"),
            event("180", "OPP", "MIL"),
            event("180", "CVL", "CVL"),
            event("180", "REB", "MIL"),
            event("192", "OPP", "GOV"),
        ];
        by_parties(&mut es);
        let codes: Vec<&str> = es.iter().map(|e| e.action.cameo.as_str()).collect();
        assert_eq!(
            codes,
            ["175", "175", "145", "145", "190", "183", "112", "175", "175", "190", "181", "145", "180", "180", "192"]
        );
    }

    #[test]
    fn shelling_opposition_positions_is_warfare_not_repression() {
        // "Tanks and helicopter gunships pounded opposition positions": heavy fire is combat whoever
        // it hits; lighter force on the opposition stays repression.
        let mut es = vec![event("194", "MIL", "OPP"), event("195", "GOV", "OPP"), event("193", "MIL", "OPP")];
        by_parties(&mut es);
        let codes: Vec<&str> = es.iter().map(|e| e.action.cameo.as_str()).collect();
        assert_eq!(codes, ["194", "195", "175"]);
    }

    #[test]
    fn people_taken_captive_by_an_armed_group_are_abducted() {
        let taken = |actor: &str| {
            let mut e = event("173", actor, "CVL");
            e.action.text = "took dozens of passengers captive".into();
            e
        };
        let mut es = vec![taken("UAF"), taken("MIL"), taken("REB")];
        es[2].action.text = "took them prisoner".into();
        captors(&mut es);
        let codes: Vec<&str> = es.iter().map(|e| e.action.cameo.as_str()).collect();
        assert_eq!(codes, ["181", "173", "181"]);
    }
}
