//! Which force event of a sentence a casualty count belongs to, where the parse alone would give it
//! to another: a result participle read as a conjunct, a force word on the subject, a force word
//! inside another's phrase, and a relative clause that tells another party's act.
use crate::events::testing::{actor_tolls as tolls, doc_events};

#[test]
fn a_result_participle_parsed_as_a_conjunct_is_the_acts_toll() {
    // "Troops fired shots at the crowd, killing two rioters." with "killing" hung as a conjunct
    let ev = doc_events(
        &["Troops/2/nsubj fired/0/root shots/2/obj at/6/case the/6/det crowd/2/obl ,/8/punct killing/2/conj \
           two/10/nummod rioters/8/obj ./2/punct"],
        "2025-03-12",
    );
    let got = tolls(&ev);
    assert!(got.iter().any(|t| t.0 == "fired" && t.2 == Some(2)), "{got:?}");
    assert!(!got.iter().any(|t| t.0 == "killing"), "{got:?}");
}

#[test]
fn a_force_word_on_the_subject_takes_the_toll_of_its_clause() {
    // "A wave of car bombs tore through Baghdad markets, killing 171 people in the deadliest day of
    // violence": the bombs killed them, not the violence the day is compared by
    let ev = doc_events(
        &["A/2/det wave/6/nsubj of/5/case car/5/compound bombs/2/nmod tore/0/root through/9/case \
           Baghdad/9/compound markets/6/obl ,/11/punct killing/6/advcl 171/13/nummod people/11/obj in/17/case \
           the/17/det deadliest/17/amod day/11/obl of/19/case violence/17/nmod ./6/punct"],
        "2025-03-12",
    );
    let got = tolls(&ev);
    assert!(got.iter().any(|t| t.0.contains("bombs") && t.2 == Some(171)), "{got:?}");
    assert!(!got.iter().any(|t| t.0 == "violence" && t.2.is_some()), "{got:?}");
}

#[test]
fn a_force_word_inside_anothers_phrase_is_no_host_of_the_toll() {
    // "Rounds fired by rebels fighting troops crashed into a compound, killing 26 people, witnesses
    // said", parsed with no subject for "crashed": the firing killed them, not the fighting
    let ev = doc_events(
        &["Rounds/17/nsubj fired/1/acl by/4/case rebels/2/obl:agent fighting/4/acl troops/5/obj crashed/17/ccomp \
           into/10/case a/10/det compound/7/obl ,/12/punct killing/7/advcl 26/14/nummod people/12/obj ,/17/punct \
           witnesses/17/nsubj said/0/root ./17/punct"],
        "2025-03-12",
    );
    let got = tolls(&ev);
    assert!(got.iter().any(|t| t.0 == "fired" && t.2 == Some(26)), "{got:?}");
    assert!(!got.iter().any(|t| t.0 == "fighting" && t.2.is_some()), "{got:?}");
}

#[test]
fn another_partys_attack_told_inside_the_killers_phrase_is_not_their_act() {
    // "Soldiers hunting gunmen who attacked a base killed ten men": the gunmen attacked, the
    // soldiers killed; "Rebels who attacked the town killed 20 villagers" is one act, the attack's
    let ev = doc_events(
        &[
            "Soldiers/8/nsubj hunting/1/acl gunmen/2/obj who/5/nsubj attacked/3/acl:relcl a/7/det base/5/obj \
             killed/0/root ten/10/nummod men/8/obj ./8/punct",
            "Rebels/6/nsubj who/3/nsubj attacked/1/acl:relcl the/5/det town/3/obj killed/0/root 20/8/nummod \
             villagers/6/obj ./6/punct",
        ],
        "2025-03-12",
    );
    let got = tolls(&ev);
    assert!(got.contains(&("killed", Some("Soldiers"), Some(10))), "{got:?}");
    assert!(got.iter().any(|t| t.0 == "attacked" && t.1 == Some("gunmen") && t.2.is_none()), "{got:?}");
    assert!(got.iter().any(|t| t.0 == "attacked" && t.1 == Some("Rebels") && t.2 == Some(20)), "{got:?}");
}

#[test]
fn a_toll_in_the_relative_clause_of_an_earlier_attack_is_that_attacks() {
    // "Militants fought troops on Sunday, a day after an assault that killed 59 people": the assault
    // killed them, a day before the fighting; "Rebels shelled the town two days after an ambush that
    // killed 12 soldiers" likewise
    let ev = doc_events(
        &[
            "Militants/2/nsubj fought/0/root troops/2/obj on/5/case Sunday/2/obl ,/8/punct a/8/det \
             day/2/obl:unmarked after/11/case an/11/det assault/2/obl that/13/nsubj killed/11/acl:relcl \
             59/15/nummod people/13/obj ./2/punct",
            "Rebels/2/nsubj shelled/0/root the/4/det town/2/obj two/6/nummod days/2/obl:unmarked \
             after/9/case an/9/det ambush/2/obl that/11/nsubj killed/9/acl:relcl 12/13/nummod \
             soldiers/11/obj ./2/punct",
        ],
        "2025-03-12",
    );
    let got = tolls(&ev);
    assert!(got.iter().any(|t| t.0 == "assault" && t.2 == Some(59)), "{got:?}");
    assert!(got.iter().any(|t| t.0 == "ambush" && t.2 == Some(12)), "{got:?}");
    assert!(!got.iter().any(|t| matches!(t.0, "fought" | "shelled") && t.2.is_some()), "{got:?}");
}
