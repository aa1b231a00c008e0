//! A party named by whom it follows ("supporters of X", "loyal to X", "X's spokesman") takes the
//! leader's state and side; a possessive "its" in an object or a count is the clause subject's.
use crate::events::testing::{entity, events_of, parsed_doc};

fn one_sentence(spec: &str, person: std::ops::Range<usize>, published: &str) -> Vec<casus_core::Event> {
    let mut doc = parsed_doc(&[spec]);
    doc.sentences[0].entities = vec![entity("PER", person)];
    doc.published = chrono::NaiveDate::parse_from_str(published, "%Y-%m-%d").ok();
    crate::events::extract(&doc)
}

fn role(p: &Option<casus_core::Party>) -> Option<&str> {
    p.as_ref().and_then(|p| p.role.as_deref())
}

#[test]
fn supporters_of_a_sitting_president_are_his_militia_of_an_ousted_one_the_opposition() {
    let ev = one_sentence(
        "Supporters/6/nsubj of/4/case President/4/nmod:desc Jean-Bertrand/1/nmod Aristide/4/flat beat/0/root \
         three/8/nummod people/6/obj ./6/punct",
        3..5,
        "2004-02-22",
    );
    let beat = ev.iter().find(|e| e.action.text == "beat").expect("the beating");
    assert_eq!(role(&beat.actor), Some("UAF"), "{ev:#?}");
    let ev = one_sentence(
        "Police/2/nsubj arrested/0/root supporters/2/obj of/7/case ousted/7/amod President/7/nmod:desc \
         Manuel/3/nmod Zelaya/7/flat ./2/punct",
        6..8,
        "2009-09-22",
    );
    let arrest = ev.iter().find(|e| e.action.text == "arrested").expect("the arrest");
    assert_eq!(role(&arrest.target), Some("OPP"), "{ev:#?}");
}

#[test]
fn youths_loyal_to_a_president_are_a_militia() {
    let ev = one_sentence(
        "Youths/7/nsubj loyal/1/acl to/5/case President/5/nmod:desc Robert/2/obl Mugabe/5/flat attacked/0/root \
         a/9/det rally/7/obj ./7/punct",
        4..6,
        "2008-06-22",
    );
    let attack = ev.iter().find(|e| e.action.text == "attacked").expect("the attack");
    assert_eq!(role(&attack.actor), Some("UAF"), "{ev:#?}");
}

#[test]
fn forces_loyal_to_a_former_leader_are_rebels() {
    let ev = one_sentence(
        "Forces/9/nsubj loyal/1/acl to/7/case former/7/amod vice/6/amod president/7/compound Riek/2/obl \
         Machar/7/flat attacked/0/root the/11/det town/9/obj ./9/punct",
        6..8,
        "2013-12-21",
    );
    let attack = ev.iter().find(|e| e.action.text == "attacked").expect("the attack");
    assert_eq!(role(&attack.actor), Some("REB"), "{ev:#?}");
}

#[test]
fn loyalty_after_a_second_conjunct_is_that_conjuncts() {
    // "Christian militiamen and fighters loyal to the Seleka coalition attacked a village": the parse
    // hangs "loyal" on the militiamen, who stay a militia.
    let ev = events_of(
        "Christian/2/amod militiamen/10/nsubj and/4/cc fighters/2/conj loyal/2/acl to/9/case the/9/det \
         Seleka/9/compound coalition/5/obl attacked/0/root a/12/det village/10/obj ./10/punct",
        Some("2013-12-05"),
    );
    let roles: Vec<_> = ev.iter().filter(|e| e.action.text == "attacked").map(|e| role(&e.actor)).collect();
    assert!(roles.contains(&Some("UAF")), "{ev:#?}");
}

#[test]
fn its_in_an_object_or_a_count_is_the_singular_subjects() {
    // "Militias killed hundreds in Kigali. Belgium has withdrawn its troops after ten of its
    // paratroopers were killed."
    let killed = "Militias/2/nsubj killed/0/root hundreds/2/obj in/5/case Kigali/2/obl ./2/punct";
    let withdrawn = "Belgium/3/nsubj has/3/aux withdrawn/0/root its/5/nmod:poss troops/3/obj after/12/mark \
                     ten/12/nsubj:pass of/10/case its/10/nmod:poss paratroopers/7/nmod were/12/aux:pass killed/3/advcl \
                     ./3/punct";
    let mut doc = parsed_doc(&[killed, withdrawn]);
    doc.sentences[0].entities = vec![entity("GPE", 4..5)];
    doc.sentences[1].entities = vec![entity("GPE", 0..1)];
    doc.published = chrono::NaiveDate::from_ymd_opt(1994, 4, 20);
    let ev = crate::events::extract(&doc);
    let country = |text: &str| {
        let e = ev.iter().find(|e| e.target.as_ref().is_some_and(|t| t.text == text)).expect(text);
        e.target.as_ref().and_then(|t| t.country.as_deref())
    };
    assert_eq!(country("its troops"), Some("BEL"), "{ev:#?}");
    assert_eq!(country("ten of its paratroopers"), Some("BEL"), "{ev:#?}");
}

#[test]
fn the_name_beside_a_leaders_office_is_the_leader() {
    // The story named Russia last: the ousted president is not Russia's.
    let mut doc = parsed_doc(&[
        "Moscow/2/nsubj condemned/0/root the/4/det violence/2/obj ./2/punct",
        "Otunbayeva/2/nsubj accused/0/root supporters/2/obj of/7/case the/7/det ousted/7/amod president/3/nmod \
         ,/9/punct Kurmanbek/7/appos Bakiyev/9/flat ./2/punct",
    ]);
    doc.sentences[1].entities = vec![entity("PER", 0..1), entity("PER", 8..10)];
    doc.published = chrono::NaiveDate::parse_from_str("2010-06-14", "%Y-%m-%d").ok();
    let ev = crate::events::extract(&doc);
    let accused = ev.iter().find(|e| e.action.text == "accused").expect("the accusation");
    let country = accused.target.as_ref().and_then(|p| p.country.as_deref());
    assert_ne!(country, Some("RUS"), "{ev:#?}");
    assert_eq!(role(&accused.target), Some("OPP"), "{ev:#?}");
}

#[test]
fn a_force_loyal_to_a_leader_keeps_whom_it_follows_in_its_text() {
    // "Forces loyal to Ouattara attacked the town": the noun phrase alone would be bare "Forces".
    let ev = one_sentence(
        "Forces/5/nsubj loyal/1/acl to/4/case Ouattara/2/obl attacked/0/root the/7/det town/5/obj ./5/punct",
        3..4,
        "2011-03-29",
    );
    let attack = ev.iter().find(|e| e.action.text == "attacked").expect("the attack");
    assert_eq!(attack.actor.as_ref().map(|p| p.text.as_str()), Some("Forces loyal to Ouattara"), "{ev:#?}");
}

#[test]
fn fighters_allied_with_an_ousted_leader_are_rebels() {
    // "Fighters allied with the ousted president seized the airport."
    let ev = one_sentence(
        "Fighters/7/nsubj allied/1/acl with/6/case the/6/det ousted/6/amod president/2/obl \
         seized/0/root the/9/det airport/7/obj ./7/punct",
        5..6,
        "2011-08-20",
    );
    let seized = ev.iter().find(|e| e.action.text == "seized").expect("the seizure");
    assert_eq!(seized.actor.as_ref().map(|p| p.text.as_str()), Some("Fighters allied with the ousted president"));
    assert_eq!(role(&seized.actor), Some("REB"), "{ev:#?}");
}

#[test]
fn government_supporters_are_its_militia_opposition_supporters_the_opposition() {
    let ev = events_of(
        "Government/2/compound supporters/3/nsubj attacked/0/root the/5/det demonstrators/3/obj ./3/punct",
        None,
    );
    let attack = ev.iter().find(|e| e.action.text == "attacked").expect("the attack");
    assert_eq!(role(&attack.actor), Some("UAF"), "{ev:#?}");
    let ev =
        events_of("Regime/2/compound loyalists/3/nsubj beat/0/root two/5/nummod journalists/3/obj ./3/punct", None);
    let beat = ev.iter().find(|e| e.action.text == "beat").expect("the beating");
    assert_eq!(role(&beat.actor), Some("UAF"), "{ev:#?}");
    let ev = events_of("Opposition/2/compound supporters/3/nsubj attacked/0/root a/5/det bus/3/obj ./3/punct", None);
    let attack = ev.iter().find(|e| e.action.text == "attacked").expect("the attack");
    assert_eq!(role(&attack.actor), Some("OPP"), "{ev:#?}");
}
