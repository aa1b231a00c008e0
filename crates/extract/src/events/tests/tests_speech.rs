//! Speech acts, accusations and coercion: habitual statements, attributive participles, and the
//! wordings news uses for them (GUIDELINES §2, §12.4, §12.5, §12.9).
use crate::events::testing::{codes, codes_of, events_of};

#[test]
fn a_habitual_statement_is_an_event_but_habitual_violence_is_not() {
    // "routinely deny": a speech act made again and again is recorded (§12.9).
    let deny = "Afghan/2/amod Taliban/4/nsubj routinely/4/advmod deny/0/root providing/4/xcomp sanctuary/5/obj \
                to/8/case fighters/5/obl ./4/punct";
    assert_eq!(codes(deny), vec!["016"]);
    // "Militants routinely attack convoys": a pattern of violence, no event.
    let attack = "Militants/3/nsubj routinely/3/advmod attack/0/root convoys/3/obj ./3/punct";
    assert!(codes(attack).is_empty());
}

#[test]
fn an_attributive_participle_describes_its_noun_and_reports_no_act() {
    // "the banned group" names the group, not a ban; the attack is the event.
    let banned = "Militants/6/nsubj of/5/case the/5/det banned/5/amod group/1/nmod attacked/0/root a/8/det \
                  train/6/obj ./6/punct";
    assert_eq!(codes(banned), vec!["190"]);
    // The same verb as a predicate is an act: "Police detained 40 activists".
    let detained = "Police/2/nsubj detained/0/root 40/4/nummod activists/2/obj ./2/punct";
    assert_eq!(codes(detained), vec!["173"]);
}

#[test]
fn calling_something_by_a_charged_name_is_criticism_or_denial_not_an_appeal() {
    // "called the attacks terrorism": criticism (111), and the attacks are its topic, not a new event.
    let terror = "The/2/det minister/3/nsubj called/0/root the/5/det attacks/3/obj terrorism/3/xcomp ./3/punct";
    assert_eq!(codes(terror), vec!["111"]);
    // "called the claims baseless": a denial (016).
    let baseless = "The/2/det ministry/3/nsubj called/0/root the/5/det claims/3/obj baseless/3/xcomp ./3/punct";
    assert_eq!(codes(baseless), vec!["016"]);
    // "called the meeting a breakthrough": praise (051), not an appeal to meet.
    let praise =
        "The/2/det official/3/nsubj called/0/root the/5/det meeting/3/obj a/7/det breakthrough/3/xcomp ./3/punct";
    assert_eq!(codes(praise), vec!["051"]);
}

#[test]
fn wordings_of_comment_concern_and_responsibility() {
    let concerned = "The/3/det United/3/amod States/6/nsubj is/6/cop deeply/6/advmod concerned/0/root about/9/case \
                     the/9/det situation/6/obl ./6/punct";
    assert_eq!(codes(concerned), vec!["012"]);
    let voiced = "Donors/3/nsubj have/3/aux voiced/0/root concern/3/obj about/7/case the/7/det crisis/4/nmod ./3/punct";
    assert_eq!(codes(voiced), vec!["012"]);
    let credit = "The/2/det group/3/nsubj took/0/root credit/3/obj for/7/case the/7/det attack/4/nmod ./3/punct";
    assert!(codes(credit).contains(&"015".to_string()), "{:?}", codes(credit));
    let spoke = "Opposition/2/amod lawmakers/3/nsubj spoke/0/root out/3/compound:prt against/7/case the/7/det \
                 decision/3/obl ./3/punct";
    assert_eq!(codes(spoke), vec!["111"]);
}

#[test]
fn traded_accusations_go_both_ways_and_criticism_of_a_party_targets_it() {
    let traded = "Chad/4/nsubj and/3/cc Sudan/1/conj traded/0/root accusations/4/obj ./4/punct";
    let ev = events_of(traded, None);
    let pairs: Vec<_> = ev.iter().map(|e| (e.actor.as_ref().map(|p| p.text.clone()), e.action.cameo.clone())).collect();
    assert_eq!(pairs.len(), 2, "{ev:?}");
    assert!(ev.iter().all(|e| e.action.cameo == "112" && e.target.is_some()), "{ev:?}");
    let drew = "The/2/det decision/3/nsubj drew/0/root strong/5/amod criticism/3/obj of/8/case the/8/det \
                government/5/nmod ./3/punct";
    let ev = events_of(drew, None);
    assert_eq!(ev.len(), 1, "{ev:?}");
    assert_eq!(ev[0].target.as_ref().map(|t| t.text.as_str()), Some("the government"));
}

#[test]
fn coercion_wordings_of_news() {
    let charges = "Five/2/nummod officers/3/nsubj face/0/root charges/3/obj of/7/case war/7/compound \
                   crimes/4/nmod ./3/punct";
    let ev = events_of(charges, None);
    assert_eq!(ev.len(), 1);
    // The one who faces charges is the one charged.
    assert_eq!(
        (ev[0].action.cameo.as_str(), ev[0].target.as_ref().map(|t| t.text.as_str())),
        ("173", Some("Five officers"))
    );
    let protest = "Police/2/nsubj broke/0/root up/2/compound:prt the/5/det protest/2/obj ./2/punct";
    assert_eq!(codes(protest), vec!["175"]);
    let cell = "Police/2/nsubj broke/0/root up/2/compound:prt a/6/det terrorist/6/amod cell/2/obj ./2/punct";
    assert_eq!(codes(cell), vec!["173"]);
    let barred = "The/2/det Taliban/3/nsubj barred/0/root him/3/obj from/7/case the/7/det country/3/obl ./3/punct";
    assert_eq!(codes(barred), vec!["172"]);
    let ransacked = "Armed/2/amod men/3/nsubj ransacked/0/root the/5/det office/3/obj ./3/punct";
    assert_eq!(codes(ransacked), vec!["1711"]);
    let burned = "Rebels/2/nsubj burned/0/root houses/2/obj in/6/case the/6/det village/2/obl ./2/punct";
    assert_eq!(codes(burned), vec!["1712"]);
}

#[test]
fn a_possibility_is_no_event_but_a_threat_made_of_it_is() {
    let may = "They/3/nsubj may/3/aux impose/0/root sanctions/3/obj ./3/punct";
    assert!(codes(may).is_empty());
    let warned = "The/2/det group/3/nsubj warned/0/root it/6/nsubj could/6/aux strike/3/ccomp again/6/advmod ./3/punct";
    assert_eq!(codes(warned), vec!["138"]);
}

#[test]
fn a_condition_or_a_general_possibility_is_no_event() {
    // "will withdraw if the rebels refuse to negotiate": the refusal is a condition, not a report.
    let cond = "The/2/det army/4/nsubj will/4/aux withdraw/0/root if/8/mark the/7/det rebels/8/nsubj \
                refuse/4/advcl to/10/mark negotiate/8/xcomp ./4/punct";
    assert!(!codes(cond).iter().any(|c| c.starts_with("12")), "{:?}", codes(cond));
    let refused = "The/2/det rebels/3/nsubj refused/0/root to/5/mark negotiate/3/xcomp ./3/punct";
    assert_eq!(codes(refused), vec!["125"]);
    // "Children can be abducted on these roads": what may happen to anyone; "were abducted" happened.
    let can =
        "Children/4/nsubj:pass can/4/aux be/4/aux:pass abducted/0/root on/7/case these/7/det roads/4/obl ./4/punct";
    assert!(codes(can).is_empty());
    let were = "Children/3/nsubj:pass were/3/aux:pass abducted/0/root on/6/case the/6/det road/3/obl ./3/punct";
    assert_eq!(codes(were), vec!["181"]);
}

#[test]
fn a_clause_after_when_or_because_is_a_circumstance_not_the_content_of_its_governor() {
    // "urged calm after the rebels attacked the village": the appeal and the attack are two events.
    let urged = "The/2/det ministry/3/nsubj urged/0/root calm/3/obj after/8/mark the/7/det rebels/8/nsubj \
                 attacked/3/advcl the/10/det village/8/obj ./3/punct";
    let mut got = codes(urged);
    got.sort();
    assert_eq!(got, vec!["0256", "190"]);
    // "failed after the government placed blame": "fail" negates its complement, not its circumstances.
    let failed = "Talks/2/nsubj failed/0/root after/6/mark the/5/det government/6/nsubj placed/2/advcl \
                  blame/6/obj on/10/case the/10/det rebels/7/nmod ./2/punct";
    assert_eq!(codes(failed), vec!["112"]);
    // "accused the rebels of attacking the village": "of" is no circumstance; the attack is the
    // accusation's content, a concrete act, so a record too (GUIDELINES §12.5), not a second event.
    let accused = "The/2/det ministry/3/nsubj accused/0/root the/5/det rebels/3/obj of/7/mark attacking/3/advcl \
                   the/9/det village/7/obj ./3/punct";
    assert_eq!(codes(accused), vec!["1123", "190"]);
}

#[test]
fn what_a_report_verb_introduces_is_a_statement_of_its_own_not_the_content_of_a_denial() {
    // "denied involvement, saying it condemns the violence": a denial and a condemnation.
    let saying = "The/2/det group/3/nsubj denied/0/root involvement/3/obj ,/6/punct saying/3/advcl it/8/nsubj \
                  condemns/6/ccomp the/10/det violence/8/obj ./3/punct";
    let mut got = codes(saying);
    got.sort();
    assert_eq!(got, vec!["016", "111"]);
    // "denied that it condemned the violence": the denied statement is no event.
    let denied = "The/2/det group/3/nsubj denied/0/root that/6/mark it/6/nsubj condemned/3/ccomp the/8/det \
                  violence/6/obj ./3/punct";
    assert_eq!(codes(denied), vec!["016"]);
}

#[test]
fn a_warning_of_what_others_may_do_is_a_comment_a_warning_of_ones_own_act_a_threat() {
    // "warned that the strife risked a civil war": pessimistic comment (012), not a threat.
    let strife = "Abbas/2/nsubj warned/0/root that/6/mark the/5/det strife/6/nsubj risked/2/ccomp a/9/det \
                  civil/9/amod war/6/obj ./2/punct";
    assert_eq!(codes(strife), vec!["012"]);
    // "warned it would strike": the warner's own act, a threat of force.
    let own = "The/2/det group/3/nsubj warned/0/root it/6/nsubj would/6/aux strike/3/ccomp again/6/advmod ./3/punct";
    assert_eq!(codes(own), vec!["138"]);
    // "warned that terrorists will not be spared": what the warner's side will do to them.
    let spared = "Chaudhry/2/nsubj warned/0/root that/7/mark terrorists/7/nsubj:pass will/7/aux not/7/advmod \
                  be/7/aux:pass spared/2/ccomp ./2/punct";
    assert_eq!(codes(spared), vec!["130"]);
}

#[test]
fn an_event_noun_whose_verb_says_it_came_about_is_an_event_without_parties() {
    // "triggered global condemnation": criticism reported, though no one is named.
    let triggered = "Their/2/nmod:poss abduction/3/nsubj triggered/0/root global/5/amod condemnation/3/obj ./3/punct";
    assert!(codes(triggered).contains(&"111".to_string()), "{:?}", codes(triggered));
    // "sparking fighting": the fighting broke out; it is no background reference.
    let sparking = "Rebels/2/nsubj declared/0/root independence/2/obj ,/5/punct sparking/2/advcl fighting/5/obj \
                    ./2/punct";
    assert!(codes(sparking).contains(&"190".to_string()), "{:?}", codes(sparking));
    // "discussed the condemnation": a topic, with no party, is still no event.
    let topic = "Ministers/2/nsubj discussed/0/root the/4/det condemnation/2/obj ./2/punct";
    assert!(!codes(topic).contains(&"111".to_string()), "{:?}", codes(topic));
}

#[test]
fn an_event_noun_that_its_verb_says_is_going_on_is_an_event_without_parties() {
    // "The demonstrations resumed": protests taking place, though no one is named.
    let resumed = "The/2/det demonstrations/3/nsubj resumed/0/root ./3/punct";
    assert_eq!(codes(resumed), vec!["141"]);
    // "Peace talks have continued to flounder": the predicate is "flounder", no onset.
    let flounder = "Peace/2/compound talks/4/nsubj have/4/aux continued/0/root to/6/mark flounder/4/xcomp ./4/punct";
    assert!(codes(flounder).is_empty(), "{:?}", codes(flounder));
}

#[test]
fn a_second_reporting_conjunct_shares_the_first_ones_speaker() {
    let source = |spec: &str| {
        let ev = crate::events::testing::events_of(spec, Some("2013-03-25"));
        let e = ev.iter().find(|e| e.action.text == "attacked").unwrap_or_else(|| panic!("no attacked: {ev:?}"));
        e.source.as_ref().map(|s| s.text.clone())
    };
    assert_eq!(
        source("Witnesses/2/nsubj reported/0/root fighting/2/obj and/5/cc say/2/conj rebels/8/nsubj have/8/aux attacked/5/ccomp the/10/det palace/8/obj ./2/punct"),
        Some("Witnesses".to_string())
    );
    // the conjunct of a clause whose subject is no party ("a reset … is possible but says …") shares nothing
    assert_eq!(
        source("A/2/det reset/4/nsubj is/4/cop possible/0/root but/6/cc says/4/conj rebels/8/nsubj have/8/aux attacked/6/ccomp the/10/det palace/8/obj ./4/punct"),
        None
    );
}

#[test]
fn a_news_agency_named_by_its_role_words_takes_the_organization_as_its_name() {
    let source = |spec: &str, org: std::ops::Range<usize>| {
        let mut doc = crate::events::testing::parsed(spec);
        doc.published = chrono::NaiveDate::from_ymd_opt(2007, 9, 26);
        doc.sentences[0].entities = vec![casus_core::Entity { label: "ORG".into(), tokens: org, score: 1.0 }];
        let ev = crate::events::extract(&doc);
        let e = ev.iter().find(|e| e.action.text == "detained").unwrap_or_else(|| panic!("no detained: {ev:?}"));
        e.source.clone().unwrap_or_else(|| panic!("no source: {e:?}"))
    };
    let reuters = "The/4/det Reuters/4/compound news/4/compound agency/5/nsubj reports/0/root troops/7/nsubj detained/5/ccomp 20/9/nummod people/7/obj ./5/punct";
    let s = source(reuters, 1..2);
    assert_eq!((s.name.as_deref(), s.role.as_deref(), s.country.as_deref()), (Some("Reuters"), Some("MED"), None));
    // "The Associated Press": the determiner tagged with the organization is no part of its name.
    let ap = "The/3/det Associated/3/compound Press/4/nsubj reports/0/root troops/6/nsubj detained/4/ccomp 20/8/nummod people/6/obj ./4/punct";
    assert_eq!(source(ap, 0..3).name.as_deref(), Some("Associated Press"));
    // "State television said": the model tags "State", a role word of the lexicon, no outlet's name.
    let state = "State/2/compound television/3/nsubj said/0/root troops/5/nsubj detained/3/ccomp 20/7/nummod people/5/obj ./3/punct";
    assert_eq!(source(state, 0..1).name.as_deref(), Some("state television"));
}

#[test]
fn the_subject_of_a_passive_report_is_what_is_reported_not_who_reports_it() {
    let source = |spec: &str| {
        let ev = crate::events::testing::events_of(spec, Some("2009-05-01"));
        let e = ev.iter().find(|e| e.action.text.contains("killed")).unwrap_or_else(|| panic!("no killed: {ev:?}"));
        e.source.as_ref().map(|s| s.text.clone())
    };
    let passive = "Several/2/amod soldiers/4/nsubj:pass were/4/aux:pass reported/0/root killed/4/xcomp ./4/punct";
    assert_eq!(source(passive), None);
    let agent = "Several/2/amod soldiers/4/nsubj:pass were/4/aux:pass reported/0/root killed/4/xcomp by/7/case officials/4/obl:agent ./4/punct";
    assert_eq!(source(agent).as_deref(), Some("officials"));
}

#[test]
fn unnamed_sources_are_a_party_named_sources() {
    let source = |spec: &str| {
        let ev = crate::events::testing::events_of(spec, Some("2008-04-18"));
        let e = ev.iter().find(|e| e.action.text == "abducted").unwrap_or_else(|| panic!("no abducted: {ev:?}"));
        e.source.clone().map(|s| (s.name, s.country, s.role))
    };
    let sources = "Sources/4/nsubj in/3/case Chikomba/1/nmod said/0/root militia/7/nsubj have/7/aux abducted/4/ccomp seven/9/nummod supporters/7/obj ./4/punct";
    assert_eq!(source(sources), Some((Some("sources".into()), None, None)));
    // "security sources" are the state's forces (GUIDELINES 12.9)
    let security = "Security/2/compound sources/3/nsubj said/0/root militia/6/nsubj have/6/aux abducted/3/ccomp seven/8/nummod supporters/6/obj ./3/punct";
    assert_eq!(source(security).and_then(|s| s.2).as_deref(), Some("MIL"));
}

#[test]
fn a_participle_after_the_speech_verb_belongs_to_the_speaker() {
    // "“…,” the governor said, condemning the bombing": parsed onto the quoted clause, the participle
    // is still the governor's act.
    let spec = "“/6/punct The/3/det culprits/6/nsubj:pass will/6/aux be/6/aux:pass punished/11/ccomp ,/6/punct \
                ”/6/punct the/10/det governor/11/nsubj said/0/root ,/13/punct condemning/6/parataxis the/15/det \
                bombing/13/obj ./11/punct";
    let events = events_of(spec, None);
    let condemn = events.iter().find(|e| e.action.cameo.starts_with("11")).expect("a condemnation");
    assert_eq!(condemn.actor.as_ref().map(|a| a.text.as_str()), Some("the governor"), "{events:?}");
    // No quote: "Militants stormed a hotel, police said, attacking guests" is the militants' act.
    let spec = "Militants/2/nsubj stormed/6/ccomp a/4/det hotel/2/obj ,/6/punct police/6/nsubj said/0/root \
                ,/8/punct attacking/2/advcl guests/8/obj ./6/punct";
    let events = events_of(spec, None);
    let attack = events.iter().find(|e| e.action.text.starts_with("attacking")).expect("an attack");
    assert_eq!(attack.actor.as_ref().map(|a| a.text.as_str()), Some("Militants"), "{events:?}");
}

#[test]
fn whoever_gives_a_toll_reports_the_event_it_counts() {
    // "Officials raised the death toll from the blasts to 60": the officials report the blasts.
    let spec = "Officials/2/nsubj raised/0/root the/5/det death/5/compound toll/2/obj from/8/case the/8/det \
                blasts/5/nmod to/10/case 60/2/obl ./2/punct";
    let ev = events_of(spec, None);
    let blasts = ev.iter().find(|e| e.action.text == "blasts").unwrap_or_else(|| panic!("{ev:?}"));
    assert_eq!(blasts.source.as_ref().map(|s| s.text.as_str()), Some("Officials"), "{ev:?}");
}

/// The force records of a parse, as (code, actor text).
fn force_acts(spec: &str) -> Vec<(String, Option<String>)> {
    let force = |e: &casus_core::Event| matches!(e.action.cameo.get(..2), Some("18" | "19" | "20"));
    events_of(spec, None).into_iter().filter(force).map(|e| (e.action.cameo.clone(), e.actor.map(|a| a.text))).collect()
}

#[test]
fn an_accusation_of_a_concrete_act_is_the_act_too_done_by_the_accused() {
    // "accused the army of killing three villagers": the killing is a record, the army its actor (§12.5).
    let killing = "Rights/2/compound groups/3/nsubj accused/0/root the/5/det army/3/obj of/7/mark killing/3/advcl \
                   three/9/nummod villagers/7/obj ./3/punct";
    assert_eq!(force_acts(killing), vec![("190".to_string(), Some("the army".to_string()))]);
    // "blamed the attack on militants": the attack again, by the militants.
    let blamed = "Police/2/nsubj blamed/0/root the/4/det attack/2/obj on/6/case militants/2/obl ./2/punct";
    assert_eq!(force_acts(blamed), vec![("190".to_string(), Some("militants".to_string()))]);
    // Conduct in general and a series told by quantity stay the accusation only.
    let truce = "Rebels/2/nsubj accused/0/root the/4/det army/2/obj of/6/mark violating/2/advcl the/8/det \
                 truce/6/obj ./2/punct";
    assert!(force_acts(truce).is_empty());
    let several = "Police/2/nsubj blamed/0/root several/4/amod attacks/2/obj on/6/case militants/2/obl ./2/punct";
    assert!(force_acts(several).is_empty());
}

#[test]
fn a_second_accused_act_is_an_act_too() {
    // "accused the militia of attacking the village and abducting two farmers": both acts, the militia's.
    let both = "Residents/2/nsubj accused/0/root the/4/det militia/2/obj of/6/mark attacking/2/advcl the/8/det \
                village/6/obj and/10/cc abducting/6/conj two/12/nummod farmers/10/obj ./2/punct";
    let acts = force_acts(both);
    assert_eq!(acts.len(), 2, "{acts:?}");
    assert!(acts.iter().all(|(_, actor)| actor.as_deref() == Some("the militia")), "{acts:?}");
    // Mutual blame stays the accusation only, however many acts it names.
    let mutual = "The/2/det sides/3/nsubj accused/0/root each/5/det other/3/obj of/7/mark shelling/3/advcl \
                  villages/7/obj and/10/cc attacking/7/conj convoys/10/obj ./3/punct";
    assert!(force_acts(mutual).is_empty());
    // Joined to conduct in general, an act is part of that charge.
    let conduct = "Rebels/2/nsubj accused/0/root the/4/det army/2/obj of/6/mark violating/2/advcl the/8/det \
                   truce/6/obj and/10/cc shelling/6/conj the/12/det villages/10/obj ./2/punct";
    assert!(force_acts(conduct).is_empty(), "{:?}", force_acts(conduct));
}

/// The source text of the first record whose action text is `text`.
fn source_of(spec: &str, text: &str) -> Option<String> {
    let ev = events_of(spec, None);
    let e = ev.iter().find(|e| e.action.text == text).unwrap_or_else(|| panic!("no {text}: {ev:?}"));
    e.source.as_ref().map(|s| s.text.clone())
}

#[test]
fn the_accuser_is_the_source_of_the_accused_act() {
    // "Officials blamed the bombing on insurgents": the bombing as the officials tell it (§12.5).
    let blamed = "Officials/2/nsubj blamed/0/root the/4/det bombing/2/obj on/6/case insurgents/2/obl ./2/punct";
    assert_eq!(source_of(blamed, "bombing").as_deref(), Some("Officials"));
    // "was accused by rights groups of killing three villagers": the passive's agent.
    let passive = "The/2/det army/4/nsubj:pass was/4/aux:pass accused/0/root by/7/case rights/7/compound \
                   groups/4/obl of/9/mark killing/4/advcl three/11/nummod villagers/9/obj ./4/punct";
    assert_eq!(source_of(passive, "killing").as_deref(), Some("rights groups"));
    // With no agent the accusation names no accuser.
    let unnamed = "The/2/det army/4/nsubj:pass was/4/aux:pass accused/0/root of/6/mark killing/4/advcl \
                   three/8/nummod villagers/6/obj ./4/punct";
    assert_eq!(source_of(unnamed, "killing"), None);
    // Who reports the accusation reports the act.
    let reported = "The/2/det ministry/3/nsubj said/0/root police/5/nsubj blamed/3/ccomp the/7/det bombing/5/obj \
                    on/9/case insurgents/5/obl ./3/punct";
    assert_eq!(source_of(reported, "bombing").as_deref(), Some("The ministry"));
}

#[test]
fn the_one_quoted_as_saying_is_the_source_not_the_one_who_quotes() {
    let spec = "The/3/det radio/3/compound station/4/nsubj quoted/0/root local/6/amod officials/4/obj as/8/mark \
                saying/4/advcl troops/10/nsubj attacked/8/ccomp the/12/det village/10/obj ./4/punct";
    let ev = crate::events::testing::events_of(spec, Some("2010-06-02"));
    let e = ev.iter().find(|e| e.action.text == "attacked").unwrap_or_else(|| panic!("no attacked: {ev:?}"));
    assert_eq!(e.source.as_ref().map(|s| s.text.as_str()), Some("local officials"));
    // Without "as" the one who cites says it: "The ministry cited a report, saying troops attacked …".
    let cited = "The/2/det ministry/3/nsubj cited/0/root a/5/det report/3/obj ,/7/punct saying/3/advcl \
                 troops/9/nsubj attacked/7/ccomp the/11/det village/9/obj ./3/punct";
    let ev = crate::events::testing::events_of(cited, Some("2010-06-02"));
    let e = ev.iter().find(|e| e.action.text == "attacked").unwrap_or_else(|| panic!("no attacked: {ev:?}"));
    assert_eq!(e.source.as_ref().map(|s| s.text.as_str()), Some("The ministry"));
}

#[test]
fn an_official_of_a_body_of_no_state_is_named_as_the_person() {
    let source = |spec: &str, per: Option<std::ops::Range<usize>>| {
        let mut doc = crate::events::testing::parsed(spec);
        doc.published = chrono::NaiveDate::from_ymd_opt(2011, 4, 6);
        doc.sentences[0].entities =
            per.into_iter().map(|tokens| casus_core::Entity { label: "PER".into(), tokens, score: 1.0 }).collect();
        let ev = crate::events::extract(&doc);
        let e = ev.iter().find(|e| e.action.text == "attacked").unwrap_or_else(|| panic!("no attacked: {ev:?}"));
        e.source.clone().and_then(|s| s.name)
    };
    let named = "U.N./2/compound spokeswoman/4/compound Jane/4/flat Doe/5/nsubj said/0/root troops/7/nsubj \
                 attacked/5/ccomp the/9/det village/7/obj ./5/punct";
    assert_eq!(source(named, Some(2..4)).as_deref(), Some("Jane Doe"));
    // No person named: the body is the source.
    let body = "A/3/det U.N./3/compound spokesman/4/nsubj said/0/root troops/6/nsubj attacked/4/ccomp the/8/det \
                village/6/obj ./4/punct";
    assert_eq!(source(body, None).as_deref(), Some("United Nations"));
}

#[test]
fn who_takes_credit_for_an_act_is_its_source() {
    let source = |spec: &str, act: &str| {
        let ev = crate::events::testing::events_of(spec, Some("2012-08-14"));
        let e = ev.iter().find(|e| e.action.text == act).unwrap_or_else(|| panic!("no {act}: {ev:?}"));
        e.source.as_ref().map(|s| s.text.clone())
    };
    let credit = "The/2/det militants/3/nsubj took/0/root credit/3/obj for/6/mark attacking/4/acl a/8/det \
                  convoy/6/obj ./3/punct";
    assert_eq!(source(credit, "attacking").as_deref(), Some("The militants"));
}

#[test]
fn what_a_party_declares_or_responds_with_is_its_own_act_with_no_source() {
    // "The king declared a state of emergency": the declaring is the act (GUIDELINES §2).
    let declared = "The/2/det king/3/nsubj declared/0/root martial/5/amod law/3/obj in/7/case Aceh/3/obl ./3/punct";
    assert_eq!(source_of(declared, "martial law"), None);
    // "declared the attack an act of terrorism" judges what it names: a report of the attack.
    let judged = "Officials/2/nsubj declared/0/root the/4/det attack/2/obj an/6/det act/2/xcomp ./2/punct";
    assert_eq!(source_of(judged, "attack").as_deref(), Some("Officials"));
    // "Bahrain responded by expelling Iran's envoy": the response, not a report of it.
    let responded = "Bahrain/2/nsubj responded/0/root by/4/mark expelling/2/advcl the/6/det envoy/4/obj ./2/punct";
    assert_eq!(source_of(responded, "expelling"), None);
    // A report verb above still gives its source: "…, officials said".
    let said = "Bahrain/2/nsubj responded/9/ccomp by/4/mark expelling/2/advcl the/6/det envoy/4/obj ,/9/punct \
                officials/9/nsubj said/0/root ./9/punct";
    assert_eq!(source_of(said, "expelling").as_deref(), Some("officials"));
    // What is reported stays reported: "Witnesses reported heavy fighting".
    let reported = "Witnesses/2/nsubj reported/0/root heavy/4/amod fighting/2/obj ./2/punct";
    assert_eq!(source_of(reported, "fighting").as_deref(), Some("Witnesses"));
}

#[test]
fn the_listeners_of_told_reporters_are_never_the_source() {
    // The speaker parsed under the quote's verb leaves "told" with only its listeners.
    let ev = events_of(
        "“/4/punct The/3/det attack/4/nsubj killed/11/ccomp five/6/nummod soldiers/4/obj ,/4/punct ”/4/punct \
         a/10/det spokesman/4/nsubj told/0/root reporters/11/iobj ./11/punct",
        None,
    );
    assert!(!ev.is_empty(), "the killing is an event");
    for e in &ev {
        assert!(e.source.as_ref().is_none_or(|s| s.text != "reporters"), "{:?}", e.source);
    }
}

#[test]
fn a_warning_of_a_danger_is_a_comment_even_near_force_words() {
    // "warned of a resurgence of attacks": the danger decides (012), not the force word.
    let got = codes_of(
        "Officials/2/nsubj warned/0/root of/5/case a/5/det resurgence/2/obl of/7/case attacks/5/nmod ./2/punct",
        None,
    );
    assert_eq!(got, ["012"]);
    // "warned of the risk of war": a danger, not a threat of force
    let got = codes_of(
        "The/2/det envoy/3/nsubj warned/0/root of/6/case the/6/det risk/3/obl of/8/case war/6/nmod ./3/punct",
        None,
    );
    assert_eq!(got, ["012"]);
    // what the warning fears is its content, no event: "warned the strife risked turning into a war"
    let got = codes_of(
        "Abbas/2/nsubj warned/0/root that/6/mark the/5/det strife/6/nsubj risked/2/ccomp turning/6/xcomp \
         into/11/case a/11/det civil/11/amod war/7/obl ./2/punct",
        None,
    );
    assert_eq!(got, ["012"]);
    // a warning of one's own response stays a threat of force
    let got = codes_of("Tehran/2/nsubj warned/0/root of/6/case a/6/det crushing/6/amod response/2/obl ./2/punct", None);
    assert_eq!(got, ["138"]);
}

#[test]
fn talking_about_a_topic_is_no_consultation_talking_with_a_party_is() {
    let about = "We/3/nsubj are/3/aux talking/0/root about/6/case a/6/det crisis/3/obl ./3/punct";
    assert!(!codes(about).iter().any(|c| c.starts_with("04")), "{:?}", codes(about));
    let with = "Putin/2/nsubj talked/0/root with/4/case Erdogan/2/obl ./2/punct";
    assert!(!codes(with).is_empty() && codes(with).iter().all(|c| c == "040"), "{:?}", codes(with));
    // the noun needs no partner: "talks resumed"
    let talks = "Peace/2/compound talks/3/nsubj resumed/0/root ./3/punct";
    assert!(codes(talks).iter().any(|c| c.starts_with("04")), "{:?}", codes(talks));
}

#[test]
fn why_a_source_is_unnamed_is_no_discussion() {
    let anon = "Officials/13/nsubj ,/3/punct speaking/1/acl on/5/case condition/3/obl of/7/case anonymity/5/nmod \
                to/9/mark discuss/3/advcl the/11/det operation/9/obj ,/3/punct said/0/root the/15/det \
                flight/16/nsubj left/13/ccomp ./13/punct";
    assert!(!codes(anon).iter().any(|c| c.starts_with("04")), "{:?}", codes(anon));
}

#[test]
fn sharing_a_concern_voices_it() {
    let shared = "Tokyo/4/nsubj and/3/cc Washington/1/conj shared/0/root concerns/4/obj over/8/case the/8/det \
                  buildup/5/nmod ./4/punct";
    assert!(!codes(shared).is_empty() && codes(shared).iter().all(|c| c == "012"), "{:?}", codes(shared));
}

#[test]
fn an_accusation_of_a_crime_is_coded_by_the_crime_whatever_form_its_noun_takes() {
    // "ethnic cleansing" lemmatizes as "cleanse": the 1124 list names both forms, as it does "shooting".
    let cleansing = "Serbia/2/nsubj accused/0/root Croatia/2/obj of/6/case ethnic/6/amod cleansing/2/obl ./2/punct";
    assert_eq!(codes(cleansing)[0], "1124");
    let crimes = "Serbia/2/nsubj accused/0/root Croatia/2/obj of/6/case war/6/compound crimes/2/obl ./2/punct";
    assert_eq!(codes(crimes), vec!["1124"]);
    let talks = "Serbia/2/nsubj accused/0/root Croatia/2/obj of/5/case stalling/2/obl talks/5/obj ./2/punct";
    assert_eq!(codes(talks), vec!["112"]);
}

#[test]
fn blaming_a_party_for_ethnic_cleansing_is_an_accusation_of_a_crime() {
    let blamed =
        "Bosnia/2/nsubj blamed/0/root Serb/4/amod forces/2/obj for/7/case ethnic/7/amod cleansing/2/obl ./2/punct";
    assert_eq!(codes(blamed)[0], "1124");
}

#[test]
fn the_content_of_an_act_a_speech_act_rejects_is_content_too() {
    // "China rejects other countries' imposition of what Beijing considers illegal sanctions": the
    // imposition (163) is what is rejected; the opinion inside it ("considers ... sanctions") is no
    // policy option weighed (014).
    let spec = "China/2/nsubj rejects/0/root other/4/amod countries/6/nmod:poss '/4/case imposition/2/obj \
                of/8/case what/6/nmod Beijing/10/nsubj considers/8/acl:relcl illegal/12/amod sanctions/10/obj \
                ./2/punct";
    let got = codes_of(spec, None);
    assert!(!got.iter().any(|c| c == "014"), "{got:?}");
    // Twin: the same clause as an adjunct of no speech act still weighs an option.
    let twin = "Beijing/2/nsubj considers/0/root new/4/amod sanctions/2/obj ./2/punct";
    assert!(codes_of(twin, None).iter().any(|c| c == "014"), "{:?}", codes_of(twin, None));
}

#[test]
fn an_act_told_in_a_relative_clause_under_a_condemned_object_stays_an_act() {
    // "Russia condemned the strikes that hit Damascus, killing a general."
    let spec = "Russia/2/nsubj condemned/0/root the/4/det strikes/2/obj that/6/nsubj hit/4/acl:relcl \
                Damascus/6/obj ,/9/punct killing/6/advcl a/11/det general/9/obj ./2/punct";
    let ev = events_of(spec, Some("2024-05-08"));
    let hit = ev.iter().find(|e| e.action.text.starts_with("hit")).unwrap_or_else(|| panic!("no hit: {ev:?}"));
    assert!(hit.actor.as_ref().is_none_or(|a| a.text != "Russia"), "{ev:?}");
}

#[test]
fn a_clause_after_a_semicolon_is_not_reported_by_a_verb_before_it() {
    let source_of = |spec: &str, action: &str| {
        let ev = crate::events::testing::events_of(spec, Some("2012-06-07"));
        let e = ev.iter().find(|e| e.action.text == action).unwrap_or_else(|| panic!("no {action}: {ev:?}"));
        e.source.as_ref().map(|s| s.text.clone())
    };
    // "Activists say 78 killed in massacre; UN monitors shot at": the activists report the killings only.
    let headline = "Activists/2/nsubj say/0/root 78/4/nummod killed/2/ccomp in/6/case massacre/4/obl ;/9/punct \
                    UN/9/compound monitors/4/parataxis shot/9/acl at/10/obl";
    assert_eq!(source_of(headline, "shot"), None);
    assert_eq!(source_of(headline, "massacre").as_deref(), Some("Activists"));
    // "Two soldiers were killed; three others wounded, police said": a report after the semicolon covers it.
    let after = "Two/2/nummod soldiers/4/nsubj:pass were/4/aux:pass killed/0/root ;/8/punct three/7/nummod \
                 others/8/nsubj wounded/4/parataxis ,/11/punct police/11/nsubj said/8/parataxis ./4/punct";
    assert_eq!(source_of(after, "wounded").as_deref(), Some("police"));
}

#[test]
fn state_media_are_the_story_states_own() {
    let source_country = |speaker: &str| {
        let placed = "Troops/2/nsubj attacked/0/root rebels/2/obj in/5/case Chad/2/obl ./2/punct";
        let said = format!("{speaker}/2/compound radio/3/nsubj said/0/root troops/5/nsubj detained/3/ccomp 20/7/nummod people/5/obj ./3/punct");
        let ev = crate::events::testing::placed_story(&[(placed, &[(4, 5)]), (&said, &[])]);
        let e = ev.iter().find(|e| e.action.text == "detained").unwrap_or_else(|| panic!("no detained: {ev:?}"));
        e.source.as_ref().and_then(|s| s.country.clone())
    };
    // "State radio said": Chad's own radio.
    assert_eq!(source_country("State").as_deref(), Some("TCD"));
    // "Local radio said": media of no state.
    assert_eq!(source_country("Local"), None);
}
