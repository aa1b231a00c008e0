//! Statements and appeals (CAMEO 01, 02): who speaks, and the wordings news uses for them
//! (GUIDELINES §2 "Accusations, reported speech and denials", §12.8, §12.9).
use crate::events::testing::{codes, doc_events, events_of};

#[test]
fn the_one_who_is_concerned_comments_and_the_by_phrase_is_what_about() {
    // Parsed as a passive ("it was concerned by …"), but the subject feels and so comments.
    let concerned = "The/3/det U.S./3/compound embassy/4/nsubj said/0/root it/8/nsubj:pass was/8/aux:pass \
                     deeply/8/advmod concerned/4/ccomp by/11/case the/11/det unrest/8/obl ./4/punct";
    let ev = events_of(concerned, None);
    assert_eq!(ev.len(), 1, "{ev:?}");
    assert_eq!(ev[0].action.cameo, "012");
    assert!(ev[0].actor.is_some() && ev[0].target.is_none(), "{ev:?}");
    // "and is saddened by the loss of life": a conjunct shares the subject that feels.
    let saddened = "The/2/det minister/3/nsubj extended/0/root condolences/3/obj and/7/cc is/7/aux:pass \
                    saddened/3/conj by/10/case the/10/det loss/7/obl of/12/case life/10/nmod ./3/punct";
    let ev = events_of(saddened, None);
    assert!(ev.len() == 2 && ev.iter().all(|e| e.action.cameo == "018"), "{ev:?}");
    assert!(ev.iter().all(|e| e.actor.is_some() && e.target.is_none()), "{ev:?}");
}

#[test]
fn a_denial_of_involvement_in_so_many_words() {
    let nothing = "The/2/det militia/3/nsubj said/0/root it/5/nsubj had/3/ccomp nothing/5/obj to/8/mark do/6/acl \
                   with/11/case the/11/det kidnapping/8/obl ./3/punct";
    assert_eq!(codes(nothing), vec!["016"]);
}

#[test]
fn a_provision_of_a_deal_is_no_appeal_but_a_party_calling_for_it_is() {
    let deal = "The/3/det peace/3/compound deal/4/nsubj calls/0/root for/7/case both/7/det sides/4/obl to/9/mark \
                withdraw/4/advcl their/11/nmod:poss troops/9/obj ./4/punct";
    assert!(codes(deal).is_empty(), "{:?}", codes(deal));
    let ministry = "The/2/det ministry/3/nsubj calls/0/root for/6/case both/6/det sides/3/obl to/8/mark \
                    withdraw/3/advcl their/10/nmod:poss troops/8/obj ./3/punct";
    assert_eq!(codes(ministry), vec!["0256"]);
}

#[test]
fn an_analysts_warning_is_an_expectation_not_a_comment() {
    let analysts = "Analysts/2/nsubj warned/0/root the/4/det dispute/6/nsubj may/6/aux cause/2/ccomp the/9/det \
                    peace/9/compound deal/6/obj to/11/mark collapse/6/advcl ./2/punct";
    assert!(codes(analysts).is_empty(), "{:?}", codes(analysts));
    let fellow = "John/11/nsubj Smith/1/flat ,/6/punct a/6/det senior/6/amod fellow/1/appos at/9/case the/9/det \
                  institute/6/nmod ,/1/punct expressed/0/root concern/11/obj about/15/case the/15/det plan/12/nmod \
                  ./11/punct";
    assert!(codes(fellow).is_empty(), "{:?}", codes(fellow));
    // The same words from an official are a comment (012).
    let chief = "The/3/det army/3/compound chief/4/nsubj warned/0/root the/6/det dispute/8/nsubj may/8/aux \
                 cause/4/ccomp the/11/det peace/11/compound deal/8/obj to/13/mark collapse/8/advcl ./4/punct";
    assert_eq!(codes(chief), vec!["012"]);
}

#[test]
fn experts_and_observers_of_a_body_comment_for_it() {
    // "UN experts expressed concern about the plan": the body's monitors, not outside analysts (012).
    let un = "UN/2/compound experts/3/nsubj expressed/0/root concern/3/obj about/7/case the/7/det plan/4/nmod \
              ./3/punct";
    assert_eq!(codes(un), vec!["012"]);
    let osce = "OSCE/2/compound observers/3/nsubj expressed/0/root concern/3/obj about/7/case the/7/det \
                plan/4/nmod ./3/punct";
    assert_eq!(codes(osce), vec!["012"]);
}

#[test]
fn appeals_to_reduce_hostilities_and_encouragement() {
    let reduce = "The/2/det UN/3/nsubj called/0/root on/6/case all/6/det sides/3/obl to/8/mark reduce/3/advcl \
                  hostilities/8/obj ./3/punct";
    assert_eq!(codes(reduce), vec!["0256"]);
    // "Encouraged by …": a mood, no appeal; "encouraged both sides to resume talks" is one (026).
    let mood = "Encouraged/9/advcl by/4/case the/4/det sanctions/1/obl:agent ,/1/punct the/7/det \
                president/9/nsubj may/9/aux go/0/root further/9/advmod ./9/punct";
    assert!(codes(mood).is_empty(), "{:?}", codes(mood));
    let talks = "The/2/det envoy/3/nsubj encouraged/0/root both/5/det sides/3/obj to/7/mark resume/3/xcomp \
                 talks/7/obj ./3/punct";
    assert_eq!(codes(talks), vec!["026"]);
}

#[test]
fn claiming_an_attack_is_claiming_responsibility_for_it() {
    let active = "Islamic/2/amod State/3/nsubj claimed/0/root the/5/det bombing/3/obj ./3/punct";
    let mut got = codes(active);
    got.sort();
    assert_eq!(got, vec!["015", "183"]);
    let passive = "The/2/det bombing/4/nsubj:pass was/4/aux:pass claimed/0/root by/7/case Islamic/7/amod \
                   State/4/obl:agent ./4/punct";
    let ev = events_of(passive, None);
    let claim = ev.iter().find(|e| e.action.cameo == "015").expect("a 015 record");
    assert!(claim.actor.is_some() && claim.target.is_none(), "{ev:?}");
    // A force's claim of a kill is a counter-claim: the killing only.
    let killing = "The/2/det army/3/nsubj claimed/0/root the/5/det killing/3/obj of/8/case 33/8/nummod \
                   militants/5/nmod ./3/punct";
    assert!(!codes(killing).contains(&"015".to_string()), "{:?}", codes(killing));
}

#[test]
fn an_attack_no_one_has_claimed_is_no_claim() {
    // Stock news lines: the negation sits on the subject ("No group", "Nobody"), not on the verb.
    let no_group = "No/2/det group/5/nsubj has/5/aux yet/5/advmod claimed/0/root the/7/det attack/5/obj ./5/punct";
    assert!(!codes(no_group).contains(&"015".to_string()), "{:?}", codes(no_group));
    let nobody = "Nobody/3/nsubj has/3/aux claimed/0/root the/5/det bombing/3/obj ./3/punct";
    assert!(!codes(nobody).contains(&"015".to_string()), "{:?}", codes(nobody));
    let none = "None/5/nsubj of/4/case the/4/det groups/1/nmod claimed/0/root the/7/det bombing/5/obj ./5/punct";
    assert!(!codes(none).contains(&"015".to_string()), "{:?}", codes(none));
    // A long subject puts "No" beyond the few words before the verb.
    let long = "No/3/det Islamist/3/amod group/7/nsubj has/7/aux so/6/advmod far/7/advmod claimed/0/root \
                the/9/det bombing/7/obj ./7/punct";
    assert!(!codes(long).contains(&"015".to_string()), "{:?}", codes(long));
}

#[test]
fn a_partys_request_is_an_appeal_and_a_plea_in_court_is_not() {
    let request = "Israel/3/nsubj is/3/aux weighing/0/root granting/3/advcl a/7/det Fatah/7/compound \
                   request/4/obj for/9/case weapons/7/nmod ./3/punct";
    assert_eq!(codes(request), vec!["020"]);
    let guilty = "He/2/nsubj pleaded/0/root not/4/advmod guilty/2/xcomp to/7/case the/7/det charges/4/obl ./2/punct";
    assert!(codes(guilty).is_empty(), "{:?}", codes(guilty));
    let calm = "He/2/nsubj pleaded/0/root for/4/case calm/2/obl ./2/punct";
    assert_eq!(codes(calm), vec!["0256"]);
}

#[test]
fn all_parties_are_the_two_sides_but_never_the_speakers_own() {
    let clash = "Armenia/4/nsubj and/3/cc Azerbaijan/1/conj clashed/0/root on/7/case the/7/det border/4/obl ./4/punct";
    let targets = |speaker: &str| -> Vec<String> {
        let urged = format!(
            "{speaker}/2/nsubj urged/0/root all/4/det parties/2/iobj to/6/mark show/2/xcomp restraint/6/obj ./2/punct"
        );
        let mut doc = crate::events::testing::parsed_doc(&[clash, &urged]);
        doc.published = chrono::NaiveDate::from_ymd_opt(2024, 1, 10);
        // The story's two main states, as the model tags them.
        for tokens in [0..1, 2..3] {
            doc.sentences[0].entities.push(casus_core::Entity { label: "GPE".into(), tokens, score: 1.0 });
        }
        let mut t: Vec<String> = crate::events::extract(&doc)
            .iter()
            .filter(|e| e.action.cameo == "0256")
            .filter_map(|e| e.target.as_ref().and_then(|p| p.country.clone()))
            .collect();
        t.sort();
        t
    };
    assert_eq!(targets("Russia"), vec!["ARM", "AZE"]);
    assert_eq!(targets("Armenia"), vec!["AZE"]);
}

#[test]
fn a_name_introduced_as_an_analyst_warns_as_one() {
    let story = |noun: &str| {
        let intro = format!(
            "Markets/3/nsubj will/3/aux fall/0/root ,/5/punct said/3/parataxis {noun}/8/compound John/8/compound \
             Kamau/5/nsubj ./3/punct"
        );
        let warning = "Kamau/2/nsubj warns/0/root that/6/mark such/5/amod measures/6/nsubj could/6/aux \
                       embolden/2/ccomp the/8/det government/6/obj ./2/punct";
        doc_events(&[&intro, warning], "2025-03-10")
    };
    let warns = |ev: &[casus_core::Event]| ev.iter().any(|e| e.action.text.starts_with("warns"));
    assert!(!warns(&story("analyst")), "{:?}", story("analyst"));
    // Twin: a name introduced as a minister warns as a party.
    assert!(warns(&story("minister")), "{:?}", story("minister"));
}

#[test]
fn only_the_whole_name_of_an_analyst_is_one() {
    let story = |intro_noun: &str, intro_name: &str, speaker: &str| {
        let intro = format!(
            "Markets/3/nsubj will/3/aux fall/0/root ,/5/punct said/3/parataxis {intro_noun}/8/compound \
             {intro_name}/5/nsubj ./3/punct"
        );
        let warning = format!(
            "{speaker}/2/nsubj warns/0/root that/6/mark such/5/amod measures/6/nsubj could/6/aux \
             embolden/2/ccomp the/8/det government/6/obj ./2/punct"
        );
        doc_events(&[&intro, &warning], "2025-03-10")
    };
    let warns = |ev: &[casus_core::Event]| ev.iter().any(|e| e.action.text.starts_with("warns"));
    // "analyst Mohammed Ali", then "Mohammed" (another Mohammed, named by his first name only) warns.
    let other = story("analyst", "Mohammed/8/compound Ali", "Mohammed");
    assert!(warns(&other), "{other:?}");
    // The analyst's own surname is the analyst.
    let same = story("analyst", "John/8/compound Kamau", "Kamau");
    assert!(!warns(&same), "{same:?}");
    // "fellow Senator John Kamau": a colleague, not an analyst.
    let colleague = story("fellow/9/compound Senator", "John/9/compound Kamau", "Kamau");
    assert!(warns(&colleague), "{colleague:?}");
}
