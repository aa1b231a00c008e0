//! Tests of the grouping rules ([`super`]).
use super::*;
use crate::dates::Span;
use std::collections::BTreeSet;

pub(super) fn info(doc: &str, sentence_no: usize, code: &str, actor: Option<&str>, target: Option<&str>) -> EventInfo {
    let sentence = format!("{doc} {code} {} {}", actor.unwrap_or("someone"), "word ".repeat(sentence_no));
    EventInfo {
        doc: doc.into(),
        event_id: format!("{doc}:{sentence_no}:{code}"),
        root: code[..2].into(),
        code: code.into(),
        violent: crate::features::is_violent(code),
        date: Span::parse("2006-08-26"),
        place: None,
        actor: actor.map(String::from),
        target: target.map(String::from),
        source: None,
        countries: BTreeSet::new(),
        killed: None,
        injured: None,
        words: sentence.split(' ').map(String::from).collect(),
        names: crate::features::sentence_names(&sentence),
        party_words: BTreeSet::new(),
        sentence,
        trigger: code.into(),
        start: sentence_no * 100,
        sentence_no,
        story_dated: true,
        new_episode: false,
        item_day: None,
        vague_war_toll: false,
        campaign: false,
        refers_back: false,
        answered: false,
    }
}

#[test]
fn an_interaction_told_of_either_side_is_one_incident() {
    let opts = Options::default();
    let (gov, reb) = (Some("UGA/GOV"), Some("UGA/REB"));
    let signed = info("d", 0, "0871", gov, reb);
    let agreed = info("d", 3, "0871", reb, gov);
    let unnamed = info("d", 5, "0871", reb, None);
    assert!(compatible(&signed, &agreed, &opts) && compatible(&signed, &unnamed, &opts));
    assert!(group(&[signed.clone(), agreed.clone(), unnamed], &opts).len() == 1);
    // Accusations are one per accuser.
    let (accuses, accused_back) = (info("d", 0, "112", gov, reb), info("d", 3, "112", reb, gov));
    assert!(!compatible(&accuses, &accused_back, &opts));
}

#[test]
fn a_story_that_dates_nothing_tells_one_day() {
    let opts = Options::default();
    let (mut a, mut b) = (info("d", 2, "190", None, None), info("d", 5, "190", None, None));
    let dated = score(&a, &b, &opts);
    (a.date, b.date) = (None, None);
    let undated_in_dated_story = score(&a, &b, &opts);
    (a.story_dated, b.story_dated) = (false, false);
    assert_eq!((dated, undated_in_dated_story, score(&a, &b, &opts)), (4, 2, 3));
}

#[test]
fn a_state_s_government_and_army_are_one_side() {
    let opts = Options::default();
    let (gov, army, rebels) = (Some("AZE/GOV"), Some("AZE/MIL"), Some("AZE/REB"));
    let offensive = info("a", 3, "190", gov, None);
    let (by_army, by_rebels) = (info("b", 9, "192", army, None), info("b", 9, "192", rebels, None));
    assert_eq!(score(&offensive, &by_army, &opts), score(&offensive, &by_rebels, &opts) + 1);
    // A statement stays its speaker's.
    assert!(!compatible(&info("a", 3, "112", gov, None), &info("b", 9, "112", army, None), &opts));
}

#[test]
fn a_war_s_toll_is_one_with_or_without_its_years() {
    let opts = Options::default();
    let (mut dated, mut undated) = (info("a", 3, "190", None, None), info("b", 9, "190", None, None));
    undated.date = None;
    undated.words = ["the", "war", "of", "the", "1990s"].into_iter().map(String::from).collect();
    assert!(!compatible(&dated, &undated, &opts));
    (dated.killed, undated.killed) = (Some(30_000), Some(30_000));
    assert!(compatible(&dated, &undated, &opts));
    undated.killed = Some(6_500);
    assert!(!compatible(&dated, &undated, &opts));
}

/// `e` told in other words (`info` gives the sentences of one code and party many words in common).
pub(super) fn told(mut e: EventInfo, text: &str) -> EventInfo {
    e.sentence = text.into();
    e.words = text.split(' ').map(String::from).collect();
    e.names = crate::features::sentence_names(text);
    e
}

#[test]
fn a_year_s_campaign_joins_no_month_or_day_in_it() {
    let opts = Options::default();
    let dated = |value: &str, doc: &str| {
        let mut e = told(info(doc, 3, "190", Some("PAK/SEP"), Some("PAK/MIL")), &format!("told of {value}"));
        e.date = Span::parse(value);
        e
    };
    let (year, month, day) = (dated("2025", "d"), dated("2025-02", "d"), dated("2025-02-11", "d"));
    assert!(!compatible(&year, &month, &opts) && !compatible(&year, &day, &opts));
    assert!(compatible(&year, &dated("2025", "e"), &opts) && compatible(&month, &day, &opts));
    // The same report of two stories, dated differently, is still one.
    let mut copy = dated("2025-02", "e");
    (copy.sentence, copy.words) = (year.sentence.clone(), year.words.clone());
    assert!(compatible(&year, &copy, &opts));
}

#[test]
fn undated_violence_of_two_stories_is_one_only_as_one_report_or_toll() {
    let opts = Options::default();
    let (mut a, mut b) = (
        told(info("a", 3, "190", Some("ETH/MIL"), None), "heavy fighting resumed"),
        told(info("b", 5, "190", Some("ETH/MIL"), None), "troops entered the capital"),
    );
    (a.date, b.date) = (None, None);
    assert!(!compatible(&a, &b, &opts));
    let mut same_story = b.clone();
    same_story.doc = "a".into();
    assert!(compatible(&a, &same_story, &opts));
    (a.killed, b.killed) = (Some(30_000), Some(30_000));
    assert!(compatible(&a, &b, &opts));
}

#[test]
fn an_undated_restatement_goes_with_its_story_s_dated_episode() {
    let opts = Options::default();
    let (pak, sep) = (Some("PAK/MIL"), Some("PAK/SEP"));
    let dated = told(info("a", 0, "190", pak, sep), "militants attacked a train on Tuesday");
    let mut undated = told(info("a", 1, "190", pak, sep), "bombers are wearing jackets");
    undated.date = None;
    let other_story = told(info("b", 0, "190", pak, sep), "the military ended the siege");
    assert!(!compatible(&undated, &other_story, &opts));
    assert_eq!(group(&[dated.clone(), undated.clone(), other_story.clone()], &opts).len(), 1);
    // Without a dated event of its story in its group it stays undated.
    assert_eq!(group(&[undated, other_story], &opts).len(), 2);
}

#[test]
fn a_sentence_opening_another_episode_parts_from_the_story_before_it() {
    let opts = Options::default();
    let (sep, mil) = (Some("PAK/SEP"), Some("PAK/MIL"));
    let ambush = told(info("d", 3, "190", sep, mil), "last month insurgents ambushed a bus");
    let mut bomb = told(info("d", 4, "190", sep, mil), "days later a roadside bomb killed 11");
    let convoy = told(info("d", 5, "190", sep, mil), "the convoy came under attack");
    assert!(compatible(&ambush, &bomb, &opts));
    bomb.new_episode = true;
    assert!(!compatible(&ambush, &bomb, &opts) && !compatible(&bomb, &ambush, &opts));
    // The sentences after the opener may go on with its episode.
    assert!(compatible(&bomb, &convoy, &opts) && compatible(&ambush, &convoy, &opts));
    assert_eq!(group(&[ambush, bomb, convoy], &opts).len(), 2);
}

#[test]
fn a_war_s_toll_is_not_the_day_s_clash_told_beside_it() {
    let opts = Options::default();
    let (reb, mil) = (Some("SOM/REB"), Some("SOM/MIL"));
    let clash = told(info("d", 2, "190", reb, mil), "soldiers were killed saturday in clashes");
    let mut war = told(info("d", 3, "190", reb, mil), "fighting has killed thousands during the past months");
    war.date = None;
    assert!(compatible(&clash, &war, &opts));
    war.vague_war_toll = true;
    assert!(!compatible(&clash, &war, &opts) && !compatible(&war, &clash, &opts));
    // A figure of that size says the same; an undated event without a toll still may join the war.
    (war.vague_war_toll, war.killed) = (false, Some(5_000));
    assert!(!compatible(&clash, &war, &opts));
    let mut undated = told(info("d", 4, "190", reb, mil), "the insurgents fought on");
    undated.date = None;
    assert!(compatible(&war, &undated, &opts));
}

#[test]
fn a_truce_signed_and_agreed_is_one() {
    let opts = Options::default();
    let (gov, reb) = (Some("UGA/GOV"), Some("UGA/REB"));
    let signed = told(info("d", 0, "057", None, None), "government rebel group sign truce");
    let agreed = told(info("d", 1, "0871", gov, reb), "the government and rebels have agreed to a ceasefire");
    assert!(compatible(&signed, &agreed, &opts) && compatible(&agreed, &signed, &opts));
    // Not across stories, nor on another date, nor with other aid or concessions.
    let mut elsewhere = agreed.clone();
    elsewhere.doc = "e".into();
    let mut later = agreed.clone();
    later.date = Span::parse("2006-09-02");
    let released = told(info("d", 1, "0841", gov, reb), "the rebels released the hostages");
    for other in [elsewhere, later, released] {
        assert!(!compatible(&signed, &other, &opts), "{}", other.event_id);
    }
}

#[test]
fn a_story_s_undated_violence_is_not_what_it_dates_to_a_month() {
    let opts = Options::default();
    let (nato, reb) = (Some("nato"), Some("AFG/REB"));
    let mut fighting = told(info("d", 1, "190", nato, reb), "40 taleban militants have been killed");
    fighting.date = None;
    let mut operation = told(info("d", 8, "190", nato, reb), "nato launched operation achilles last month");
    operation.date = Span::parse("2007-02");
    assert!(!compatible(&fighting, &operation, &opts) && !compatible(&operation, &fighting, &opts));
    // A day's or a year's date still may be the undated events' episode.
    for value in ["2007-03-20", "2007"] {
        operation.date = Span::parse(value);
        assert!(compatible(&fighting, &operation, &opts), "{value}");
    }
}

#[test]
fn a_story_s_talks_are_one_with_or_without_their_date() {
    let opts = Options::default();
    let (gov, reb) = (Some("ARM/GOV"), Some("AZE/GOV"));
    let (dated, mut undated) = (info("d", 3, "046", gov, reb), info("d", 9, "046", reb, gov));
    undated.date = None;
    assert!(compatible(&dated, &undated, &opts));
    // Another story's talks, told in its own words (wire copy of the same words would be one report).
    let undated = EventInfo { doc: "e".into(), ..told(undated, "the two sides met again in geneva") };
    assert!(!compatible(&dated, &undated, &opts));
    // An accusation told as going on up to now is a standing one, not the day's.
    let (said, mut undated_say) = (info("d", 3, "112", gov, reb), info("d", 9, "112", gov, reb));
    undated_say.date = None;
    let undated_say = told(undated_say, "armenia has continued to accuse azerbaijan of provocations");
    assert!(!compatible(&said, &undated_say, &opts));
}

#[test]
fn a_country_says_less_than_a_town() {
    let opts = Options::default();
    let place = |name: &str, kind: Kind| Place {
        name: name.into(),
        country: "AFG".into(),
        border_with: None,
        admin1: None,
        lat: Some(31.8),
        lon: Some(64.6),
        kind,
        population: 1,
    };
    let (country, town) = (Some(place("Afghanistan", Kind::Country)), Some(place("Gereshk", Kind::City)));
    assert_eq!(place_score(&country, &country, &opts), Some(1));
    assert_eq!(place_score(&town, &town, &opts), Some(2));
    assert_eq!(place_score(&town, &country, &opts), Some(1));
}

#[test]
fn wire_copy_is_one_statement_where_a_copy_lost_its_speaker() {
    let opts = Options::default();
    let said = info("a", 4, "110", Some("PAK/SEP"), Some("CHN/GOV"));
    let mut copy = info("b", 7, "110", None, Some("CHN/GOV"));
    assert!(!compatible(&said, &copy, &opts));
    (copy.sentence, copy.words) = (said.sentence.clone(), said.words.clone());
    assert!(compatible(&said, &copy, &opts));
    let mut other_speaker = copy.clone();
    other_speaker.actor = Some("PAK/GOV".into());
    assert!(!compatible(&said, &other_speaker, &opts));
}

#[test]
fn a_statement_cut_short_in_another_story_is_one_report() {
    let opts = Options::default();
    let long = "the group also opposes chinese investment in balochistan which is home to the gwadar port";
    let said = told(info("a", 4, "110", None, Some("CHN/GOV")), long);
    let short =
        told(info("b", 7, "110", None, Some("CHN/GOV")), "the group also opposes chinese investment in the province");
    assert!(said.sentence_overlap(&short) < SAME_REPORT_OVERLAP);
    assert!(compatible(&said, &short, &opts) && group(&[said.clone(), short], &opts).len() == 1);
    // A short sentence is no copy for sharing its few words.
    // (Both name no speaker, so they are compatible anyway: see `unnamed`; the copy is what is tested.)
    let few = told(info("b", 7, "110", None, Some("CHN/GOV")), "the group opposes investment");
    assert!(!same_report(&said, &few));
}

#[test]
fn neighbouring_sentences_of_a_story_score_one_more() {
    let opts = Options::default();
    let (a, next, far) =
        (info("d", 2, "190", None, None), info("d", 3, "190", None, None), info("d", 6, "190", None, None));
    assert_eq!(score(&a, &next, &opts), score(&a, &far, &opts) + 1);
}

#[test]
fn an_undated_restatement_joins_its_story_s_episode_after_other_stories_did() {
    let opts = Options::default();
    let (pak, sep) = (Some("PAK/MIL"), Some("PAK/SEP"));
    let mut attack = told(info("a", 0, "190", pak, sep), "militants attacked a train on tuesday");
    let mut report = told(info("b", 0, "190", pak, sep), "the army ended the siege of the train");
    (attack.killed, report.killed) = (Some(21), Some(21));
    let mut operation = told(info("a", 1, "190", pak, sep), "a clearance operation has been going on for hours");
    operation.date = None;
    // The two stories' reports join first (they score more), then the undated operation its story's.
    assert!(score(&attack, &report, &opts) > score(&attack, &operation, &opts));
    assert!(!compatible(&operation, &report, &opts));
    assert_eq!(group(&[attack.clone(), report.clone(), operation.clone()], &opts), vec![vec![0, 1, 2]]);
    // Not when it joined another story's undated copy first: a background paragraph of both.
    let mut copy = told(info("b", 5, "190", pak, sep), &operation.sentence);
    copy.date = None;
    assert_eq!(group(&[attack, report, operation, copy], &opts).len(), 2);
}

#[test]
fn a_campaign_up_to_now_is_not_its_story_s_episode() {
    let opts = Options::default();
    let (sep, mil) = (Some("PAK/SEP"), Some("PAK/MIL"));
    let attack = told(info("a", 2, "190", sep, mil), "militants attacked a train on tuesday");
    let mut campaign = told(info("a", 3, "190", sep, mil), "since last august the bla has claimed several attacks");
    campaign.date = None;
    assert!(compatible(&attack, &campaign, &opts));
    campaign.campaign = true;
    assert!(!compatible(&attack, &campaign, &opts) && !compatible(&campaign, &attack, &opts));
    // Its copy in another story is the same campaign.
    let mut copy = campaign.clone();
    (copy.doc, copy.campaign) = ("b".into(), true);
    assert!(compatible(&campaign, &copy, &opts));
    assert_eq!(group(&[attack, campaign, copy], &opts).len(), 2);
}

#[test]
fn one_trigger_s_records_are_one_event_whatever_their_parties_countries() {
    let opts = Options::default();
    let text = "the ethiopians together with somali government troops launched the operation";
    let mut ethiopia = told(info("d", 6, "190", Some("ETH/GOV"), None), text);
    let mut somalia = told(info("d", 6, "190", Some("SOM/MIL"), None), text);
    ethiopia.countries = ["ETH".to_string()].into();
    somalia.countries = ["SOM".to_string()].into();
    assert!(consistent(&ethiopia, &somalia, &opts));
    // Another trigger of the sentence is not that one event, in its story or in another's copy of it;
    // the trigger in another story's copy is (see `a_copied_sentence_s_trigger_is_one_event_...`).
    let mut other_trigger = somalia.clone();
    other_trigger.trigger = "fought back".into();
    let mut other_story = other_trigger.clone();
    other_story.doc = "e".into();
    assert!(!consistent(&ethiopia, &other_trigger, &opts) && !consistent(&ethiopia, &other_story, &opts));
}

#[test]
fn a_later_sentence_naming_the_fighting_goes_on_with_it() {
    let opts = Options::default();
    let (mut battle, mut toll) =
        (info("d", 2, "190", Some("AFG/MIL"), Some("AFG/REB")), info("d", 5, "190", None, None));
    (battle.date, toll.date) = (None, None);
    toll.target = Some("AFG/COP".into());
    let apart = score(&battle, &toll, &opts);
    toll.refers_back = true;
    assert_eq!(score(&battle, &toll, &opts), apart + 1);
    // Only the later sentence looks back: the earlier one names nothing told before it.
    (battle.refers_back, toll.refers_back) = (true, false);
    assert_eq!(score(&battle, &toll, &opts), apart);
}

#[test]
fn a_statement_told_with_and_without_its_day_is_one() {
    let opts = Options::default();
    let kremlin = Some("RUS/GOV");
    let dated = info("d", 4, "0256", kremlin, Some("ARM/GOV"));
    let mut quote = info("d", 5, "0256", kremlin, Some("AZE/GOV"));
    quote.date = None;
    assert!(compatible(&dated, &quote, &opts));
    // Another story's undated statement, another speaker or another kind of statement stays apart.
    // Another story's statement in its own words (the same words would be wire copy of one statement).
    let mut elsewhere = told(quote.clone(), "the kremlin urged calm in the caucasus");
    elsewhere.doc = "e".into();
    let mut other_speaker = quote.clone();
    other_speaker.actor = Some("USA/GOV".into());
    let mut other_kind = quote.clone();
    other_kind.code = "0251".into();
    assert!(![elsewhere, other_speaker, other_kind].iter().any(|q| compatible(&dated, q, &opts)));
    // A position told as going on up to now is no statement of the day.
    let quote = told(quote, "both sides have continued accusing each other of sabotaging the talks");
    assert!(!compatible(&dated, &quote, &opts));
}

#[test]
fn wire_copy_of_a_statement_is_one_whether_or_not_its_story_dated_it() {
    let opts = Options::default();
    let claim = "the baloch liberation army quickly claimed responsibility for the brazen attack";
    let dated = told(info("a", 8, "015", Some("PAK/SEP"), None), claim);
    let mut copy = told(
        info("b", 4, "015", Some("PAK/SEP"), None),
        "the baloch liberation army quickly claimed responsibility for the attack",
    );
    copy.date = None;
    assert!(compatible(&dated, &copy, &opts));
    // Another kind of statement in the same words is not the same one.
    copy.code = "016".into();
    assert!(!compatible(&dated, &copy, &opts));
}

#[test]
fn a_force_abroad_named_in_one_report_and_its_victims_in_another_are_one_attack() {
    let opts = Options::default();
    let with_country = |mut e: EventInfo, countries: &[&str]| {
        e.countries = countries.iter().map(|c| c.to_string()).collect();
        e
    };
    // "Warplanes of the coalition struck the market" and "the strike killed 17 shoppers".
    let strike = with_country(info("d", 2, "195", Some("SAU/MIL"), None), &["SAU"]);
    let toll = with_country(info("d", 3, "190", None, Some("YEM/CVL")), &["YEM"]);
    assert!(consistent(&strike, &toll, &opts));
    assert_eq!(group(&[strike.clone(), toll.clone()], &opts).len(), 1);
    // Two attackers of two countries, each told alone, stay two sides; so do two named pairs apart.
    let other_fire = with_country(info("d", 3, "190", Some("IRN/MIL"), None), &["IRN"]);
    assert!(!consistent(&strike, &other_fire, &opts));
    let named = with_country(info("d", 3, "190", Some("IRN/MIL"), Some("IRQ/CVL")), &["IRN", "IRQ"]);
    assert!(!consistent(&toll, &named, &opts) && !consistent(&strike, &named, &opts));
}

#[test]
fn one_speaker_s_statement_reworded_in_another_story_is_one() {
    let opts = Options::default();
    let (rebels, state) = (Some("PAK/SEP"), Some("PAK/GOV"));
    let undated = |e: EventInfo| EventInfo { date: None, ..e };
    let first = "the separatist group accuses the state of plundering the gas and copper of the poor border region";
    let second = "the separatist group has waged a revolt for years accusing islamabad of plundering the region s gas and copper";
    let (a, b) = (told(info("a", 20, "112", rebels, state), first), told(info("b", 31, "112", rebels, state), second));
    let (a, b) = (undated(a), undated(b));
    assert!(a.sentence_overlap(&b) < SAME_REPORT_OVERLAP && a.content_overlap(&b) >= REWORDED_STATEMENT_OVERLAP);
    assert!(compatible(&a, &b, &opts) && score(&a, &b, &opts) >= opts.threshold);
    assert_eq!(group(&[a.clone(), b.clone()], &opts).len(), 1);
    // Another speaker, another code or another addressee in those words is another statement ...
    let by_state = told(undated(info("b", 31, "112", state, rebels)), second);
    let denial = told(undated(info("b", 31, "013", rebels, state)), second);
    let to_china = told(undated(info("b", 31, "112", rebels, Some("CHN/GOV"))), second);
    for other in [&by_state, &denial, &to_china] {
        assert!(!compatible(&a, other, &opts));
    }
    // ... and so is the same speaker's statement in few words in common.
    let other_words =
        told(undated(info("b", 31, "112", rebels, state)), "islamabad rejected talks with rebels on monday");
    assert!(!compatible(&a, &other_words, &opts));
}

#[test]
fn one_speaker_s_two_accusations_sharing_only_names_and_function_words_are_two() {
    let opts = Options::default();
    let (russia, ukraine) = (Some("RUS/GOV"), Some("UKR/GOV"));
    let said = |doc: &str, text: &str| {
        let mut e = told(EventInfo { date: None, ..info(doc, 4, "112", russia, ukraine) }, text);
        e.party_words = ["russia", "accuses", "ukraine"].into_iter().map(String::from).collect();
        e
    };
    let plant = said("a", "russia accuses ukraine of shelling the zaporizhzhia nuclear plant");
    let belgorod = said("b", "russia accuses ukraine of attacking civilians in the belgorod region");
    // A third of all their words in common, but none of the words that tell what is alleged.
    assert!(plant.sentence_overlap(&belgorod) >= REWORDED_STATEMENT_OVERLAP);
    assert!(!compatible(&plant, &belgorod, &opts));
    assert_eq!(group(&[plant.clone(), belgorod], &opts).len(), 2);
    // The first accusation reworded in a third story is still that one.
    let again = said("c", "moscow again accused kyiv of shelling the nuclear plant at zaporizhzhia");
    assert!(compatible(&plant, &again, &opts));
}

#[test]
fn two_reports_of_a_statement_that_name_no_speaker_are_one_statement() {
    let opts = Options::default();
    let arm = Some("ARM/GOV");
    let threat =
        told(info("a", 6, "138", None, arm), "any new provocation will be met with decisive measures it warned");
    let quoted =
        told(info("b", 9, "138", None, arm), "further provocations would draw a decisive response the statement said");
    assert!(compatible(&threat, &quoted, &opts));
    assert_eq!(group(&[threat.clone(), quoted.clone()], &opts).len(), 1);
    // Not beside a named speaker (the unnamed one may be anyone else quoted), nor another code or addressee.
    let named = told(info("b", 9, "138", Some("AZE/GOV"), arm), "baku warned of decisive measures");
    let demand = told(info("b", 9, "130", None, arm), "it threatened a response");
    let other_addressee = told(info("b", 9, "138", None, Some("RUS/GOV")), "moscow was warned");
    assert!(!compatible(&threat, &named, &opts) && !compatible(&threat, &demand, &opts));
    assert!(!compatible(&threat, &other_addressee, &opts));
    // A round-up story's unnamed threats of two days stay two.
    let mut later = told(info("a", 12, "138", None, arm), "a warning of decisive measures was repeated");
    later.date = Span::parse("2006-08-31");
    assert_eq!(group(&[threat, later], &opts).len(), 2);
}

#[test]
fn one_speaker_s_two_statements_side_by_side_in_a_sentence_are_two() {
    let opts = Options::default();
    let said = "the foreign minister accused tehran of arming the rebels and called the raids acts of war";
    let (sau, irn) = (Some("SAU/GOV"), Some("IRN/GOV"));
    let accused = told(info("a", 4, "112", sau, irn), said);
    let mut condemned = told(info("a", 4, "111", sau, irn), said);
    condemned.trigger = "called".into();
    assert!(!compatible(&accused, &condemned, &opts));
    assert_eq!(group(&[accused.clone(), condemned.clone()], &opts).len(), 2);
    // Two sentences, or one code told twice in the sentence, keep the grouping by speaker and root.
    let later = told(info("a", 5, "111", sau, irn), "he later called the raids acts of war");
    let mut again = told(info("a", 4, "112", sau, irn), said);
    again.trigger = "accused again".into();
    assert!(compatible(&accused, &later, &opts) && compatible(&accused, &again, &opts));
    // An interaction or a protest told in two codes of one sentence is one occasion.
    let visit = "the minister visited brussels and met eu officials";
    let (visited, mut met) = (told(info("b", 2, "042", sau, None), visit), told(info("b", 2, "040", sau, None), visit));
    met.trigger = "met".into();
    assert!(compatible(&visited, &met, &opts));
    let protest = "traders held a sit-in to protest the new tax";
    let (sit_in, mut protested) =
        (told(info("c", 1, "144", sau, None), protest), told(info("c", 1, "140", sau, None), protest));
    protested.trigger = "protest".into();
    assert!(compatible(&sit_in, &protested, &opts));
    // So are acts told in two codes ("expelled the ambassador and suspended relations"): only statements split.
    let acts = "the junta expelled the french ambassador and suspended diplomatic relations with france";
    let (ner, fra) = (Some("NER/GOV"), Some("FRA/GOV"));
    let (expelled, mut suspended) =
        (told(info("d", 1, "166", ner, fra), acts), told(info("d", 1, "161", ner, fra), acts));
    suspended.trigger = "suspended".into();
    assert!(compatible(&expelled, &suspended, &opts));
}

#[test]
fn a_restatement_joins_its_own_code_before_another_act_of_its_root() {
    let opts = Options::default();
    let arm = Some("ARM/GOV");
    let denounced = told(info("a", 1, "111", arm, None), "the foreign ministry denounced an invasion on saturday");
    let both = "he also accused baku of cutting the gas and denounced a humanitarian disaster";
    let accused = told(info("a", 2, "112", arm, Some("AZE/GOV")), both);
    let mut denounced_again = told(info("a", 2, "111", arm, None), both);
    denounced_again.trigger = "denounced".into();
    // Equal evidence either way: the same code joins first, so the accusation is the one left alone.
    assert_eq!(score(&denounced, &accused, &opts), score(&denounced, &denounced_again, &opts));
    let groups = group(&[denounced, accused, denounced_again], &opts);
    assert_eq!(groups, vec![vec![0, 2], vec![1]]);
}

#[test]
fn a_copied_sentence_s_trigger_is_one_event_whatever_parties_each_story_read() {
    let opts = Options::default();
    let text = "according to the report the rebel group and its allies launched 500 attacks last year";
    let with_country = |doc: &str, actor: &str, country: &str| {
        let mut e = told(info(doc, 8, "190", Some(actor), None), text);
        e.trigger = "launched".into();
        e.countries = [country.to_string()].into();
        e.date = Span::parse("2024");
        e
    };
    let (rebels, allies_as_china) = (with_country("a", "PAK/SEP", "PAK"), with_country("b", "CHN/GOV", "CHN"));
    assert!(consistent(&rebels, &allies_as_china, &opts));
    assert_eq!(group(&[rebels.clone(), allies_as_china.clone()], &opts).len(), 1);
    // Not another trigger of the copy, nor the same trigger in other words.
    let mut other_trigger = allies_as_china.clone();
    other_trigger.trigger = "attacks".into();
    let reworded = told(allies_as_china.clone(), "china's allies launched raids of their own last year");
    assert!(!consistent(&rebels, &other_trigger, &opts) && !consistent(&rebels, &reworded, &opts));
}

#[test]
fn a_sentence_told_of_other_parties_in_another_story_is_no_copy() {
    let opts = Options::default();
    let of = |doc: &str, people: &str, country: &str| {
        let text = format!("A suicide bomber killed five {people} soldiers at a checkpoint on Monday, officials said.");
        let mut e = told(info(doc, 2, "1831", None, Some(&format!("{country}/MIL"))), &text);
        e.trigger = "killed".into();
        e.countries = [country.to_string()].into();
        e.violent = true;
        e
    };
    let (pakistani, afghan) = (of("a", "Pakistani", "PAK"), of("b", "Afghan", "AFG"));
    assert!(!consistent(&pakistani, &afghan, &opts));
    assert_eq!(group(&[pakistani.clone(), afghan], &opts).len(), 2);
    // The same names in both copies: one report, whatever parties each story read.
    let mut copy = of("b", "Pakistani", "AFG");
    copy.target = Some("AFG/MIL".into());
    assert!(consistent(&pakistani, &copy, &opts));
}
