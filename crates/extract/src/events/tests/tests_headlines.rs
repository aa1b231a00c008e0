//! Title-case headlines: the verb inside a victims' phrase, places grown over a headline's
//! capitals, and two sides joined by a comma before the verb.
use crate::events::testing::{events_of, party_texts, placed_story};

fn targets(spec: &str) -> Vec<String> {
    events_of(spec, None).into_iter().filter_map(|e| e.target.map(|p| p.text)).collect()
}

#[test]
fn victims_of_a_count_are_named_without_the_killing_verb() {
    // headline: "Roadside Bombs Kill 6 US Soldiers in Iraq"
    let headline = "Roadside/2/amod Bombs/3/nsubj Kill/0/root 6/6/nummod US/6/compound Soldiers/3/obj in/8/case \
                    Iraq/3/obl";
    assert_eq!(targets(headline), vec!["6 US Soldiers"]);
    // body: the count as the subject of a passive, and as the object of a participle after a comma
    let passive = "Six/2/nummod soldiers/4/nsubj:pass were/4/aux:pass killed/0/root by/7/case roadside/7/amod \
                   bombs/4/obl ./4/punct";
    assert_eq!(targets(passive), vec!["Six soldiers"]);
    let participle = "A/2/det bomb/3/nsubj exploded/0/root ,/5/punct killing/3/advcl three/7/nummod \
                      soldiers/5/obj ./3/punct";
    assert_eq!(targets(participle), vec!["three soldiers"]);
    // the participle hung on the victims in a headline: "40 Taleban Militants Killed in Fighting"
    let participle_on_noun = "40/3/nummod Taleban/3/compound Militants/0/root Killed/3/acl in/6/case \
                              Fighting/4/obl";
    assert_eq!(targets(participle_on_noun), vec!["40 Taleban Militants"]);
}

#[test]
fn a_headline_place_is_the_name_the_model_tags_not_the_capitals_around_it() {
    // "Kashmir Clashes Leave 30 Dead": every word is capitalized; the model tags "Kashmir" only.
    let kashmir = "Kashmir/2/compound Clashes/3/nsubj Leave/0/root 30/5/nummod Dead/3/xcomp";
    let ev = placed_story(&[(kashmir, &[(0, 1)])]);
    let names: Vec<_> = ev.iter().filter_map(|e| e.location.as_ref()?.name.as_deref()).collect();
    assert_eq!(names, vec!["Kashmir"], "{ev:?}");
    // "Syrian Government Pounds Eastern Ghouta"
    let ghouta = "Syrian/2/amod Government/3/nsubj Pounds/0/root Eastern/5/amod Ghouta/3/obj";
    let ev = placed_story(&[(ghouta, &[(3, 5)])]);
    let names: Vec<_> = ev.iter().filter_map(|e| e.location.as_ref()?.name.as_deref()).collect();
    assert_eq!(names, vec!["Eastern Ghouta"], "{ev:?}");
    // in a sentence, capitals still make the name the model cut short
    let sentence = "Troops/2/nsubj clashed/0/root near/5/case Nerkin/5/compound Hand/2/obl ./2/punct";
    let ev = placed_story(&[(sentence, &[(3, 4)])]);
    let names: Vec<_> = ev.iter().filter_map(|e| e.location.as_ref()?.name.as_deref()).collect();
    assert_eq!(names, vec!["Nerkin Hand"], "{ev:?}");
}

fn actors(spec: &str) -> Vec<String> {
    let ev = events_of(spec, None);
    let mut found: Vec<String> = party_texts(&ev).iter().filter_map(|(_, a, _)| a.map(str::to_string)).collect();
    found.sort();
    found
}

#[test]
fn two_sides_joined_by_a_comma_before_a_headline_verb_are_both_its_subjects() {
    // "Sudan's Army, RSF Trade Blame": the army parsed as the subject of "Blame"
    let blame = "Sudan/3/nmod:poss 's/1/case Army/7/nsubj ,/3/punct RSF/6/nsubj Trade/0/root Blame/6/obj";
    assert_eq!(actors(blame), vec!["RSF", "Sudan 's Army"]);
    // "Yemeni Tribesmen, Troops Battle in Sanaa": the verb parsed as an aside of the first side
    let battle = "Yemeni/2/amod Tribesmen/0/root ,/2/punct Troops/5/nsubj Battle/2/parataxis in/7/case \
                  Sanaa/5/obl";
    assert_eq!(actors(battle), vec!["Troops", "Yemeni Tribesmen"]);
    // "Somali Civilians, Government Troops Reported Killed": before a participle, one list of victims
    let killed = "Somali/2/amod Civilians/0/root ,/2/punct Government/5/compound Troops/6/nsubj \
                  Reported/2/acl Killed/5/acl in/9/case Mogadishu/7/obl";
    let texts = targets(killed);
    assert!(texts.iter().all(|t| !t.contains("Reported")), "{texts:?}");
    assert!(texts.contains(&"Somali Civilians".to_string()), "{texts:?}");
    // "Gunmen Kill 12, Abduct 30": a comma after the verb joins two acts of one side
    let acts = "Gunmen/2/nsubj Kill/0/root 12/2/obj ,/5/punct Abduct/2/conj 30/5/obj";
    assert!(actors(acts).iter().all(|a| a == "Gunmen"), "{:?}", actors(acts));
    // a sentence is no headline: "Sudan's army, RSF trade blame." is left as parsed
    let sentence = "Sudan/3/nmod:poss 's/1/case army/7/nsubj ,/3/punct RSF/6/nsubj trade/0/root blame/6/obj ./6/punct";
    assert!(!actors(sentence).contains(&"Sudan 's army".to_string()), "{:?}", actors(sentence));
}

#[test]
fn a_word_that_describes_a_conflict_names_no_doer() {
    // "Ethnic violence in Kyrgyzstan kills 100": "Ethnic" is tagged as a people, but names none.
    let spec = "Ethnic/2/amod violence/6/nsubj in/4/case Kyrgyzstan/2/nmod kills/0/root 100/6/obj";
    let mut doc = crate::events::testing::parsed(spec);
    doc.sentences[0].entities = vec![casus_core::Entity { label: "NORP".into(), tokens: 0..1, score: 1.0 }];
    let ev = crate::events::extract(&doc);
    let e = ev.iter().find(|e| e.action.text == "violence").unwrap_or_else(|| panic!("no violence: {ev:?}"));
    assert_eq!(e.actor.as_ref().map(|a| a.text.as_str()), None, "{ev:?}");
    // "Kyrgyz violence": a people the lexicon knows is the doer.
    let known = "Kyrgyz/2/amod violence/3/nsubj kills/0/root 100/3/obj";
    let ev = events_of(known, None);
    let e = ev.iter().find(|e| e.action.text == "violence").unwrap_or_else(|| panic!("no violence: {ev:?}"));
    assert_eq!(e.actor.as_ref().and_then(|a| a.country.as_deref()), Some("KGZ"), "{ev:?}");
}

#[test]
fn a_country_before_a_headlines_event_noun_is_where_not_who() {
    // "Sudan Clashes Kill Dozens", "Iran Protests Spread to 30 Cities", "Pakistan Blast Kills 20"
    let clashes = "Sudan/2/compound Clashes/3/nsubj Kill/0/root Dozens/3/obj";
    assert_eq!(actors(clashes), Vec::<String>::new());
    let protests = "Iran/2/compound Protests/3/nsubj Spread/0/root to/6/case 30/6/nummod Cities/3/obl";
    assert_eq!(actors(protests), Vec::<String>::new());
    let blast = "Pakistan/2/compound Blast/3/nsubj Kills/0/root 20/3/obj";
    assert_eq!(actors(blast), Vec::<String>::new());
    // a state raids and strikes: "US Raid Kills Militant Leader"; a demonym names the side
    let raid = "US/2/compound Raid/3/nsubj Kills/0/root Militant/5/compound Leader/3/obj";
    assert_eq!(actors(raid), vec!["US"]);
    let demonym = "Sudanese/2/amod Clashes/3/nsubj Kill/0/root Dozens/3/obj";
    assert_eq!(actors(demonym), vec!["Sudanese"]);
}

#[test]
fn a_headline_read_as_one_noun_phrase_is_a_clause_of_its_present_verb() {
    let sides = |spec: &str| -> Vec<(String, Option<String>, Option<String>)> {
        let ev = events_of(spec, None);
        party_texts(&ev)
            .into_iter()
            .map(|(a, b, c)| (a.to_string(), b.map(str::to_string), c.map(str::to_string)))
            .collect()
    };
    let side = |action: &str, actor: &str, target: &str| {
        (action.to_string(), Some(actor.to_string()), Some(target.to_string()))
    };
    // "Mob Burns Church in Northern Nigeria": an -s verb after a singular, read as a modifier of "Church"
    let burns = "Mob/2/compound Burns/3/compound Church/0/root in/6/case Northern/6/amod Nigeria/3/nmod";
    assert_eq!(sides(burns), vec![side("1712", "Mob", "Church in Northern Nigeria")]);
    // "Rebels Shell Capital": a bare verb after a plural
    let shell = "Rebels/2/compound Shell/3/compound Capital/0/root";
    assert_eq!(sides(shell).iter().map(|(_, a, _)| a.clone()).collect::<Vec<_>>(), vec![Some("Rebels".to_string())]);
    // a noun phrase: a bare form after a singular ("Border Clash Toll"), or a line with a clause
    assert!(sides("Border/2/compound Clash/3/compound Toll/0/root").iter().all(|(_, a, _)| a.is_none()));
}

#[test]
fn a_subject_of_the_subject_noun_modifies_it() {
    // "Israel Strikes Hit Gaza", parsed as "Israel strikes" and "strikes hit": one attack, Israel's
    let strikes = "Israel/2/nsubj Strikes/3/nsubj Hit/0/root Gaza/3/obj";
    assert_eq!(actors(strikes), vec!["Israel"]);
    assert_eq!(events_of(strikes, None).len(), 1);
    // "Sudan Clashes Kill Dozens", parsed the same way: Sudan is where they happened
    let clashes = "Sudan/2/nsubj Clashes/3/nsubj Kill/0/root Dozens/3/obj";
    assert_eq!(actors(clashes), Vec::<String>::new());
}

#[test]
fn a_noun_and_a_verb_hung_on_a_label_are_a_clause() {
    // "Ukraine: Russian Strikes Hit School", the noun an apposition of "Ukraine", the verb subjectless
    let strikes = "Ukraine/0/root :/5/punct Russian/4/amod Strikes/1/appos Hit/1/parataxis School/5/obj";
    let ev = events_of(strikes, None);
    assert_eq!(ev.len(), 1, "{ev:?}");
    assert_eq!(targets(strikes), vec!["School"]);
    // "Iraq: Bombs Kill 20 in Baghdad"
    let bombs = "Iraq/0/root :/3/punct Bombs/1/appos Kill/1/parataxis 20/4/obj in/7/case Baghdad/4/obl";
    assert_eq!(events_of(bombs, None).len(), 1);
}
