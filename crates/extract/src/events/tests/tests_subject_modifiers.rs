//! Subjects the parser takes from a phrase that modifies them ("fighters for President Ouattara"),
//! and objects that name no one ("fought their way into the town").
use crate::events::testing::{doc_events, party_texts, trigger_targets};

#[test]
fn a_subject_that_opens_with_a_preposition_is_the_noun_before_it() {
    // "Residents hid as fighters for President Ouattara attacked forces loyal to Gbagbo.", parsed with
    // "Ouattara" as the subject and "fighters" on "hid".
    let ev = doc_events(
        &["Residents/2/nsubj hid/0/root as/4/case fighters/2/obl for/7/case President/7/nmod:desc \
           Ouattara/8/nsubj attacked/2/advcl forces/8/obj loyal/9/amod to/12/case Gbagbo/10/obl ./2/punct"],
        "2011-04-02",
    );
    let got = party_texts(&ev);
    assert!(got.iter().any(|p| p.1 == Some("fighters")), "{got:?}");
    assert!(got.iter().all(|p| p.1 != Some("Ouattara") && p.1 != Some("President Ouattara")), "{got:?}");
    // "Villagers fled as men in military uniforms stormed the market."
    let ev = doc_events(
        &["Villagers/2/nsubj fled/0/root as/4/case men/2/obl in/7/case military/7/amod uniforms/8/nsubj \
           stormed/2/advcl the/10/det market/8/obj ./2/punct"],
        "2011-04-02",
    );
    let got = party_texts(&ev);
    assert!(got.iter().any(|p| p.1 == Some("men")), "{got:?}");
}

#[test]
fn a_relative_pronoun_subject_keeps_its_noun() {
    // "The president promised an amnesty for rebels who surrendered their weapons.": "who" stands for
    // the rebels, whatever preposition opens their phrase.
    let ev = doc_events(
        &["The/2/det president/3/nsubj promised/0/root an/5/det amnesty/3/obj for/7/case rebels/5/nmod \
           who/9/nsubj surrendered/7/acl:relcl their/11/nmod:poss weapons/9/obj ./3/punct"],
        "2009-03-01",
    );
    let got = party_texts(&ev);
    assert!(got.iter().filter(|p| p.0.starts_with("08")).all(|p| p.1 == Some("rebels")), "{got:?}");
}

#[test]
fn the_way_a_party_goes_is_no_target() {
    // "Rebels fought their way into the town of Kidal on Sunday."
    let ev = doc_events(
        &["Rebels/2/nsubj fought/0/root their/4/nmod:poss way/2/obj into/7/case the/7/det town/4/nmod \
           of/9/case Kidal/7/nmod on/11/case Sunday/2/obl ./2/punct"],
        "2012-02-01",
    );
    let got = trigger_targets(&ev);
    assert!(got.iter().all(|t| !t.1.is_some_and(|x| x.contains("way"))), "{got:?}");
    // "Soldiers forced their way into the compound and arrested the opposition leader."
    let ev = doc_events(
        &["Soldiers/2/nsubj forced/0/root their/4/nmod:poss way/2/obj into/7/case the/7/det compound/4/nmod \
           and/9/cc arrested/2/conj the/12/det opposition/12/compound leader/9/obj ./2/punct"],
        "2012-02-01",
    );
    let got = trigger_targets(&ev);
    assert!(got.iter().all(|t| !t.1.is_some_and(|x| x.contains("way"))), "{got:?}");
    assert!(got.contains(&("arrested", Some("the opposition leader"))), "{got:?}");
}
