//! Coordination read past the parser's attachments: a list of owners in an of-phrase, the subject of a
//! clause coordinated after ", and", a second absolute clause after "with".
use crate::events::testing::{doc_events, party_texts, target_keys, trigger_targets};

#[test]
fn an_of_phrase_listing_states_gives_one_target_each() {
    // "Protesters attacked the embassies of Rwanda, France and Belgium."
    let ev = doc_events(
        &["Protesters/2/nsubj attacked/0/root the/4/det embassies/2/obj of/6/case Rwanda/4/nmod ,/8/punct \
           France/6/conj and/10/cc Belgium/6/conj ./2/punct"],
        "2025-01-28",
    );
    let got = target_keys(&ev);
    for state in ["RWA", "FRA", "BEL"] {
        assert!(got.iter().any(|t| t.1 == Some(state) && t.2 == Some("GOV")), "{state}: {got:?}");
    }
}

#[test]
fn an_of_phrase_with_one_state_stays_one_target() {
    // "Protesters attacked the embassy of Rwanda and its staff." (one state; the staff are another list item)
    let ev = doc_events(
        &["Protesters/2/nsubj attacked/0/root the/4/det embassy/2/obj of/6/case Rwanda/4/nmod ./2/punct"],
        "2025-01-28",
    );
    let got = target_keys(&ev);
    assert_eq!(got.iter().filter(|t| t.0.starts_with('1')).count(), 1, "{got:?}");
}

#[test]
fn the_subject_of_a_clause_after_and_is_no_target_of_the_first() {
    // "The junta warned that any intervention would be met with force, and Mali and Niger have said
    // they would fight.": "Mali" parsed as a second subject of "met".
    let ev = doc_events(
        &["The/2/det junta/3/nsubj warned/0/root that/9/mark any/6/det intervention/9/nsubj:pass would/9/aux \
           be/9/aux:pass met/3/ccomp with/11/case force/9/obl ,/18/punct and/18/cc Mali/9/nsubj:pass and/16/cc \
           Niger/14/conj have/18/aux said/3/conj they/21/nsubj would/21/aux fight/18/ccomp ./3/punct"],
        "2023-08-10",
    );
    let got = trigger_targets(&ev);
    assert!(got.iter().any(|t| t.0 == "warned"), "{got:?}");
    assert!(!got.iter().any(|t| t.0 == "warned" && t.1.is_some()), "{got:?}");
}

#[test]
fn a_second_absolute_clause_after_with_is_no_object_of_the_first() {
    // "Fighting raged in Khartoum, with warplanes bombing RSF bases and the two sides battling for the airport."
    let ev = doc_events(
        &["Fighting/2/nsubj raged/0/root in/4/case Khartoum/2/obl ,/8/punct with/8/mark warplanes/8/nsubj \
           bombing/2/advcl RSF/10/compound bases/8/obj and/14/cc the/14/det two/14/nummod sides/10/conj \
           battling/14/acl for/18/case the/18/det airport/15/obl ./2/punct"],
        "2023-04-17",
    );
    let got = party_texts(&ev);
    assert!(got.iter().any(|t| t.2 == Some("RSF bases")), "{got:?}");
    assert!(!got.iter().any(|t| t.1 == Some("warplanes") && t.2 == Some("the two sides")), "{got:?}");
}

#[test]
fn a_subject_hung_inside_a_fronted_phrase_is_the_main_verbs() {
    // "In a statement posted online, al-Shabab, an Islamist group, claimed responsibility for the
    // bombings.": "al-Shabab" parsed as the agent of "posted", its apposition as an oblique.
    let ev = doc_events(
        &["In/3/case a/3/det statement/13/obl posted/3/acl online/4/advmod ,/7/punct al-Shabab/4/obl:agent \
           ,/11/punct an/11/det Islamist/11/amod group/4/obl ,/3/punct claimed/0/root responsibility/13/obj \
           for/17/case the/17/det bombings/14/nmod ./13/punct"],
        "2024-03-12",
    );
    let got = party_texts(&ev);
    assert!(got.iter().any(|t| t.0.starts_with("015") && t.1 == Some("al-Shabab")), "{got:?}");
}

#[test]
fn a_finite_verb_after_an_ing_complement_is_the_governors_second_act() {
    // "The rebels denied targeting civilians and blamed government troops for the shelling."
    let ev = doc_events(
        &["The/2/det rebels/3/nsubj denied/0/root targeting/3/xcomp civilians/4/obj and/7/cc blamed/4/conj \
           government/9/compound troops/7/obj for/12/case the/12/det shelling/7/obl ./3/punct"],
        "2003-07-21",
    );
    let got = party_texts(&ev);
    let blame = |t: &&(&str, Option<&str>, Option<&str>)| t.0.starts_with("112") && t.2 == Some("government troops");
    assert!(got.iter().filter(blame).any(|t| t.1 == Some("The rebels")), "{got:?}");
}

#[test]
fn a_participle_right_after_the_subject_describes_it_the_finite_verb_is_the_report() {
    // "Gunmen holding 27 hostages, including two priests, beheaded two teachers, the army said.":
    // "Gunmen" parsed as a second subject of "said", beside two content clauses.
    let ev = doc_events(
        &["Gunmen/16/nsubj holding/16/ccomp 27/4/nummod hostages/2/obj ,/8/punct including/8/case two/8/nummod \
           priests/10/obl ,/2/punct beheaded/16/ccomp two/12/nummod teachers/10/obj ,/16/punct the/15/det \
           army/16/nsubj said/0/root ./16/punct"],
        "2000-04-30",
    );
    let got = party_texts(&ev);
    assert!(got.iter().any(|t| t.1 == Some("Gunmen") && t.2 == Some("two teachers")), "{got:?}");
}

#[test]
fn a_verb_with_a_passive_subject_on_each_side_and_no_passive_auxiliary_is_active() {
    // "Gangs have since kidnapped seven police officers.": both nouns parsed as passive subjects.
    let ev = doc_events(
        &["Gangs/4/nsubj:pass have/4/aux since/4/advmod kidnapped/0/root seven/7/nummod police/7/compound \
           officers/4/nsubj:pass ./4/punct"],
        "2024-01-10",
    );
    let got = party_texts(&ev);
    assert!(got.iter().any(|t| t.1 == Some("Gangs") && t.2 == Some("seven police officers")), "{got:?}");
    assert!(!got.iter().any(|t| t.1 == Some("seven police officers")), "{got:?}");
}

#[test]
fn a_counted_noun_whose_at_least_took_the_preposition_is_the_object() {
    // "Soldiers detained at least 50 politicians in Kathmandu."
    let ev = doc_events(
        &["Soldiers/2/nsubj detained/0/root at/4/case least/5/nmod 50/6/nummod politicians/2/obl in/8/case \
           Kathmandu/6/nmod ./2/punct"],
        "2005-02-07",
    );
    let got = party_texts(&ev);
    assert!(got.iter().any(|t| t.1 == Some("Soldiers") && t.2.is_some_and(|x| x.contains("politicians"))), "{got:?}");
}

#[test]
fn a_counted_noun_whose_hedge_was_read_as_a_preposition_is_the_object() {
    // "Police detained about 40 demonstrators outside the court."
    let ev = doc_events(
        &["Police/2/nsubj detained/0/root about/4/advmod 40/5/nummod demonstrators/2/obl outside/8/case \
           the/8/det court/2/obl ./2/punct"],
        "2014-02-13",
    );
    assert_eq!(target_keys(&ev), [("173", None, Some("OPP"))], "{ev:#?}");
    // "Troops killed nearly 30 militants on Sunday."
    let ev = doc_events(
        &["Troops/2/nsubj killed/0/root nearly/4/advmod 30/5/nummod militants/2/obl on/7/case Sunday/2/obl ./2/punct"],
        "2014-02-13",
    );
    assert_eq!(target_keys(&ev), [("190", None, Some("REB"))], "{ev:#?}");
}

#[test]
fn two_coordinated_deeds_share_the_object_of_the_last() {
    // "Insurgents looted and burned a police vehicle near the border."
    let ev = doc_events(
        &["Insurgents/2/nsubj looted/0/root and/4/cc burned/2/conj a/7/det police/7/compound vehicle/4/obj \
           near/10/case the/10/det border/4/obl ./2/punct"],
        "2025-02-03",
    );
    let got = trigger_targets(&ev);
    assert!(got.contains(&("looted", Some("a police vehicle"))), "{got:?}");
    assert!(got.contains(&("burned", Some("a police vehicle"))), "{got:?}");
    // "Security forces arrested and detained dozens of students on Friday."
    let ev = doc_events(
        &["Security/2/compound forces/3/nsubj arrested/0/root and/5/cc detained/3/conj dozens/5/obj of/8/case \
           students/6/nmod on/10/case Friday/5/obl ./3/punct"],
        "2025-02-03",
    );
    let got = trigger_targets(&ev);
    assert!(got.contains(&("arrested", Some("dozens of students"))), "{got:?}");
}
