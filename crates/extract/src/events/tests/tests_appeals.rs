//! Appeals in the modal form of news ([`crate::events::triggers::appeals`], GUIDELINES §12.9): "X must / should /
//! needs to …" said by a party about another.
use crate::events::testing::{codes, events_of};

#[test]
fn a_must_clause_said_of_another_party_is_an_appeal_to_it() {
    let must = "Balkhi/2/nsubj said/0/root Islamabad/5/nsubj must/5/aux address/2/ccomp internal/7/amod \
                issues/5/obj ./2/punct";
    let ev = events_of(must, None);
    assert_eq!(ev.len(), 1, "{ev:?}");
    assert_eq!(ev[0].action.cameo, "020");
    assert_eq!(ev[0].action.text, "must address");
    assert_eq!(ev[0].actor.as_ref().map(|p| p.text.as_str()), Some("Balkhi"));
    assert_eq!(ev[0].target.as_ref().and_then(|p| p.country.as_deref()), Some("PAK"));
    assert!(ev[0].source.is_none(), "the speaker makes the appeal: {:?}", ev[0].source);
    // "needs to act": the subject of "need" is appealed to.
    let needs = "Casin/2/nsubj says/0/root Washington/4/nsubj needs/2/ccomp to/6/mark act/4/xcomp ./2/punct";
    let ev = events_of(needs, None);
    assert_eq!(ev.len(), 1, "{ev:?}");
    assert_eq!(ev[0].action.cameo, "020");
    assert_eq!(ev[0].target.as_ref().and_then(|p| p.country.as_deref()), Some("USA"));
}

#[test]
fn what_the_party_must_do_is_the_appeal_content_and_refines_its_code() {
    // "must stop killing civilians": an appeal to de-escalate, not a killing.
    let stop = "Ameri/2/nsubj said/0/root the/4/det Taliban/6/nsubj must/6/aux stop/2/ccomp killing/6/xcomp \
                civilians/7/obj ./2/punct";
    assert_eq!(codes(stop), vec!["0256"]);
}

#[test]
fn a_resolve_a_consequence_a_reproach_or_narration_is_no_appeal() {
    // "we must fight": the speaker's own resolve.
    let we = "We/3/nsubj must/3/aux fight/5/ccomp ,/5/punct he/5/nsubj said/0/root ./5/punct";
    assert!(!codes(we).iter().any(|c| c.starts_with("02")), "{:?}", codes(we));
    // "Turkey will have to look for alternatives": what will follow, not an appeal.
    let will = "Akar/2/nsubj said/0/root Turkey/5/nsubj will/5/aux have/2/ccomp to/7/mark look/5/xcomp \
                for/9/case alternatives/7/obl ./2/punct";
    assert!(!codes(will).iter().any(|c| c.starts_with("02")), "{:?}", codes(will));
    // "Pakistan should have acted": a reproach of the past.
    let past = "Balkhi/2/nsubj said/0/root Pakistan/6/nsubj should/6/aux have/6/aux acted/2/ccomp ./2/punct";
    assert!(!codes(past).iter().any(|c| c.starts_with("02")), "{:?}", codes(past));
    // The writer's "must", said by no one: no appeal.
    let narration = "Pakistan/3/nsubj must/3/aux address/0/root internal/5/amod issues/3/obj ./3/punct";
    assert!(codes(narration).is_empty(), "{:?}", codes(narration));
}

#[test]
fn one_party_in_the_list_of_subjects_makes_the_appeal() {
    // "The international community and the U.N. should respond, she said": the U.N. is appealed to.
    let list = "The/3/det international/3/amod community/8/nsubj and/6/cc the/6/det U.N./3/conj should/8/aux \
                respond/11/ccomp ,/8/punct she/11/nsubj said/0/root ./11/punct";
    let ev = events_of(list, None);
    assert!(
        ev.iter()
            .any(|e| e.action.cameo.starts_with("02")
                && e.target.as_ref().and_then(|p| p.role.as_deref()) == Some("IGO")),
        "{ev:?}"
    );
}

#[test]
fn what_a_speaker_hopes_another_party_will_do_is_asked_of_it() {
    // "hoped that the security forces would not enter the embassy, and asked the government to
    // negotiate": an appeal to the forces, and the request stays an act of its own.
    let hoped = "Lula/2/nsubj hoped/0/root that/9/mark Honduran/6/amod security/6/compound forces/9/nsubj \
                 would/9/aux not/9/advmod enter/2/ccomp the/11/det embassy/9/obj ,/14/punct and/14/cc \
                 asked/9/conj the/16/det government/14/obj to/18/mark negotiate/14/xcomp ./2/punct";
    let got = codes(hoped);
    assert!(got.contains(&"0256".to_string()), "{got:?}");
    assert!(got.contains(&"026".to_string()), "{got:?}");
    // "hopes to resolve": the speaker's own intent, no appeal.
    let own = "Washington/2/nsubj hopes/0/root to/4/mark resolve/2/xcomp the/6/det dispute/4/obj ./2/punct";
    assert!(!codes(own).iter().any(|c| c.starts_with("02")), "{:?}", codes(own));
}

#[test]
fn an_appeal_or_demand_without_an_object_is_addressed_to_the_subject_of_its_clause() {
    let target = |spec: &str| {
        let ev = events_of(spec, None);
        let appeal = ev.iter().find(|e| e.action.cameo.starts_with("02") || e.action.cameo.starts_with("10"));
        appeal.unwrap_or_else(|| panic!("no appeal: {ev:?}")).target.as_ref().and_then(|p| p.country.clone())
    };
    // "urged Beijing to use its influence": the parser makes Beijing the subject of "use".
    let urged = "The/2/det envoy/3/nsubj urged/0/root Beijing/6/nsubj to/6/mark use/3/xcomp its/8/nmod:poss \
                 influence/6/obj ./3/punct";
    assert_eq!(target(urged).as_deref(), Some("CHN"));
    let demanded = "Officials/2/nsubj demanded/0/root that/5/mark Russia/5/nsubj stop/2/ccomp the/7/det \
                    attacks/5/obj ./2/punct";
    assert_eq!(target(demanded).as_deref(), Some("RUS"));
    // A passive clause asks nothing of its subject: "urged that the deal with Russia be implemented".
    let passive = "Officials/2/nsubj urged/0/root that/5/mark Russia/7/nsubj:pass be/7/aux:pass \
                   quickly/7/advmod implemented/2/ccomp ./2/punct";
    assert_eq!(target(passive), None);
}

#[test]
fn a_must_clause_put_to_they_by_no_known_speaker_is_a_rule_not_an_appeal() {
    // "They must go and check, he said": no party says it, "they" is anyone.
    let they = "They/3/nsubj must/3/aux go/6/ccomp ,/6/punct he/6/nsubj said/0/root ./6/punct";
    assert!(!codes(they).iter().any(|c| c.starts_with("02")), "{:?}", codes(they));
    // Twin: a named addressee is appealed to, whoever says it.
    let named = "The/2/det Taliban/4/nsubj must/4/aux go/7/ccomp ,/7/punct he/7/nsubj said/0/root ./7/punct";
    assert!(codes(named).iter().any(|c| c.starts_with("02")), "{:?}", codes(named));
}

#[test]
fn aid_sought_is_an_appeal_for_aid_not_aid_given() {
    // "North Korea is seeking military assistance from Russia": 0232 by North Korea, no 072.
    let spec = "North/2/compound Korea/4/nsubj is/4/aux seeking/0/root military/6/amod assistance/4/obj \
                from/8/case Russia/6/nmod ./4/punct";
    let got = crate::events::testing::briefs(spec, None);
    assert!(got.iter().all(|g| !g.0.starts_with("07")), "{got:?}");
    assert!(
        got.iter().any(|g| g.0 == "0232" && g.1.as_deref() == Some("North Korea") && g.2.as_deref() == Some("Russia")),
        "{got:?}"
    );
}

#[test]
fn a_state_appealing_to_the_government_means_another_states() {
    // "Venezuelan police fired on protesters in Caracas. Washington said it urged the government to
    // free the protesters.": the bare government is the story's own, not the appealing state's.
    let fired =
        "Venezuelan/2/amod police/3/nsubj fired/0/root on/5/case protesters/3/obl in/7/case Caracas/3/obl ./3/punct";
    let urged = "Washington/2/nsubj said/0/root it/4/nsubj urged/2/ccomp the/6/det government/4/obj to/8/mark \
                 free/4/xcomp the/10/det protesters/8/obj ./2/punct";
    let mut doc = crate::events::testing::parsed_doc(&[fired, urged]);
    doc.sentences[0].entities.push(crate::events::testing::entity("GPE", 6..7));
    doc.sentences[1].entities.push(crate::events::testing::entity("GPE", 0..1));
    let ev = crate::events::extract(&doc);
    let urged = ev.iter().find(|e| e.action.text.starts_with("urged")).expect("an appeal");
    assert_eq!(urged.actor.as_ref().and_then(|p| p.country.as_deref()), Some("USA"), "{ev:?}");
    assert_eq!(
        urged.target.as_ref().map(|p| (p.country.as_deref(), p.role.as_deref())),
        Some((Some("VEN"), Some("GOV")))
    );
}
