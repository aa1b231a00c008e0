//! Acts told in a relative clause of an event noun: a clause with a subject of its own ("an offensive
//! in which they captured town after town") is an act of that subject; one whose subject is the
//! noun itself ("a war, which caused 30,000 deaths") is the noun's toll.
use crate::events::testing::{doc_events, events_of, triggers};

#[test]
fn a_relative_clause_with_its_own_subject_is_an_act_inside_the_noun() {
    // "The rebels launched an offensive in which they seized three towns."
    let ev = events_of(
        "The/2/det rebels/3/nsubj launched/0/root an/5/det offensive/3/obj in/7/case which/9/obl they/9/nsubj \
         seized/5/acl:relcl three/11/nummod towns/9/obj ./3/punct",
        None,
    );
    assert!(ev.iter().any(|e| e.action.text == "seized"), "{:?}", triggers(&ev));
    let seized = ev.iter().find(|e| e.action.text == "seized").unwrap();
    assert_eq!(seized.action.cameo, "192", "{ev:?}");
    assert_eq!(seized.actor.as_ref().map(|p| p.text.as_str()), Some("they"), "{ev:?}");
}

#[test]
fn a_relative_clause_whose_subject_is_the_noun_stays_its_toll() {
    // "The offensive, which destroyed three towns, ended on Monday": the destruction is the offensive's.
    let ev = events_of(
        "The/2/det offensive/8/nsubj ,/5/punct which/5/nsubj destroyed/2/acl:relcl three/7/nummod towns/5/obj \
         ended/0/root on/10/case Monday/8/obl ./8/punct",
        None,
    );
    assert!(!ev.iter().any(|e| e.action.text == "destroyed"), "{:?}", triggers(&ev));
}

#[test]
fn they_in_a_relative_clause_repeats_the_subject_its_noun_hangs_under() {
    // "Police arrested ten protesters. Rebels met little resistance when they swept into the city after
    // an offensive in which they captured three towns.": both "they" are the rebels, not the police.
    let ev = doc_events(
        &[
            "Police/2/nsubj arrested/0/root ten/4/nummod protesters/2/obj ./2/punct",
            "Rebels/2/nsubj met/0/root little/4/amod resistance/2/obj when/7/advmod they/7/nsubj swept/2/advcl \
             into/10/case the/10/det city/7/obl after/13/case an/13/det offensive/7/obl in/15/case which/17/obl \
             they/17/nsubj captured/13/acl:relcl three/19/nummod towns/17/obj ./2/punct",
        ],
        "2025-03-12",
    );
    let captured = ev.iter().find(|e| e.action.text == "captured").expect("captured");
    assert_eq!(captured.actor.as_ref().and_then(|p| p.role.as_deref()), Some("REB"), "{ev:?}");
}

#[test]
fn a_charge_rejected_in_a_relative_clause_is_a_denial_of_it() {
    use crate::events::testing::party_texts;
    // "Congo's government accused Rwanda of failing to protect its nationals, a charge Kigali
    // rejected": parsed with "charge" as a second subject of "rejected".
    let kigali = "Congo/3/nmod:poss 's/1/case government/4/nsubj accused/0/root Rwanda/7/nsubj of/7/mark \
                  failing/4/xcomp to/9/mark protect/7/xcomp its/11/nmod:poss nationals/9/obj ,/14/punct a/14/det \
                  charge/16/nsubj Kigali/16/nsubj rejected/4/parataxis ./4/punct";
    let ev = events_of(kigali, None);
    let denial = party_texts(&ev).into_iter().find(|p| p.0 != "112");
    // The denial answers whoever made the charge (GUIDELINES §2 denials; sides/owners.rs).
    assert_eq!(denial, Some(("016", Some("Kigali"), Some("Congo 's government"))), "{:?}", party_texts(&ev));
    // "The opposition accused the government of rigging the vote, charges which officials rejected."
    let which = "The/2/det opposition/3/nsubj accused/0/root the/5/det government/3/obj of/7/mark rigging/5/acl \
                 the/9/det vote/7/obj ,/11/punct charges/3/parataxis which/14/obj officials/14/nsubj \
                 rejected/11/acl:relcl ./3/punct";
    let ev = events_of(which, None);
    assert!(party_texts(&ev).contains(&("016", Some("officials"), Some("The opposition"))), "{:?}", party_texts(&ev));
    // "The army accused the rebels of shelling the town, an accusation the rebels denied."
    let denied = "The/2/det army/3/nsubj accused/0/root the/5/det rebels/3/obj of/7/mark shelling/5/acl the/9/det \
                  town/7/obj ,/12/punct an/12/det accusation/3/parataxis the/14/det rebels/15/nsubj \
                  denied/12/acl:relcl ./3/punct";
    let ev = events_of(denied, None);
    assert!(party_texts(&ev).contains(&("016", Some("the rebels"), Some("The army"))), "{:?}", party_texts(&ev));
}
