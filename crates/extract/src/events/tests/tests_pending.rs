//! What must happen before a planned or vowed act ("would continue until the rebels laid down their
//! arms", "as long as the army stopped air strikes") reports nothing; a stated decision to
//! de-escalate is an intent (GUIDELINES §12.9), and a warning of the speaker's own state's force is
//! a threat.
use crate::events::testing::codes;

#[test]
fn an_until_clause_of_a_future_act_is_no_event_but_of_a_past_one_is() {
    let got = codes(
        "The/2/det offensive/4/nsubj would/4/aux continue/0/root until/7/mark the/6/det rebels/7/nsubj \
         laid/4/advcl down/7/compound:prt their/10/nmod:poss arms/7/obj ./4/punct",
    );
    assert!(got.iter().all(|c| !c.starts_with("087")), "{got:?}");
    let got = codes(
        "The/2/det army/3/nsubj shelled/0/root the/5/det town/3/obj until/8/mark the/7/det rebels/8/nsubj \
         surrendered/3/advcl ./3/punct",
    );
    assert!(got.iter().any(|c| c == "0874"), "{got:?}");
}

#[test]
fn as_long_as_the_army_stopped_strikes_reports_no_strikes() {
    let got = codes(
        "Rebels/3/nsubj would/3/aux halt/0/root attacks/3/obj as/6/advmod long/3/advmod as/10/mark the/9/det \
         army/10/nsubj stopped/6/advcl air/12/compound strikes/10/obj ./3/punct",
    );
    assert!(got.iter().all(|c| !c.starts_with("19")), "{got:?}");
    assert!(got.iter().any(|c| c == "0356"), "{got:?}");
}

#[test]
fn a_warning_that_the_speakers_own_state_will_strike_is_a_threat() {
    let own = codes(
        "Israel/4/nmod:poss 's/1/case defense/4/compound minister/5/nsubj warned/0/root that/9/mark \
         Israel/9/nsubj would/9/aux push/5/ccomp Hezbollah/9/obj back/9/advmod by/13/case force/9/obl ./5/punct",
    );
    assert_eq!(own, ["138"]);
    let other = codes(
        "Israel/4/nmod:poss 's/1/case defense/4/compound minister/5/nsubj warned/0/root that/9/mark \
         Hezbollah/9/nsubj would/9/aux drag/5/ccomp Lebanon/9/obj into/12/case war/9/obl ./5/punct",
    );
    assert_eq!(other, ["012"]);
}

#[test]
fn a_warned_party_parsed_as_a_second_subject_leaves_the_threat() {
    let got = codes(
        "NATO/2/nsubj warned/0/root the/5/det Bosnian/5/amod Serbs/8/nsubj it/8/nsubj would/8/aux \
         launch/2/ccomp air/10/compound strikes/8/obj ./2/punct",
    );
    assert_eq!(got, ["138"]);
}
