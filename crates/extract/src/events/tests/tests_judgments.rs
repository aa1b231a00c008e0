//! Criticism and disapproval: judgments said as predicates, charges aimed at the one a clause names,
//! displeasure "with" a party (GUIDELINES §2, §4, §12.9).
use crate::events::testing::{briefs, Brief};

fn brief(spec: &str) -> Vec<Brief> {
    briefs(spec, None)
}

#[test]
fn a_judgment_said_twice_in_a_sentence_is_one_criticism() {
    // "'This is unacceptable; it is an unacceptable situation,' the foreign minister said": one 111
    // record, not one per "unacceptable".
    let spec = "\"/4/punct This/4/nsubj is/4/cop unacceptable/16/ccomp ;/11/punct it/11/nsubj is/11/cop \
                an/11/det unacceptable/11/amod situation/4/conj ,/4/punct \"/4/punct the/15/det \
                foreign/15/amod minister/16/nsubj said/0/root ./16/punct";
    let got = brief(spec);
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(got[0].0, "111");
}

#[test]
fn an_allegation_is_aimed_at_the_one_its_clause_names() {
    // "The army alleged that the rebels violated the truce": the rebels are accused.
    let spec = "The/2/det army/3/nsubj alleged/0/root that/7/mark the/6/det rebels/7/nsubj violated/3/ccomp \
                the/9/det truce/7/obj ./3/punct";
    let got = brief(spec);
    assert!(got.iter().any(|g| g.0.starts_with("112") && g.2.as_deref() == Some("the rebels")), "{got:?}");
}

#[test]
fn displeasure_with_a_party_targets_it() {
    let unhappy = "Lawmakers/3/nsubj are/3/cop unhappy/0/root with/5/case Ankara/3/obl over/8/case the/8/det \
                 deal/3/obl ./3/punct";
    let got = brief(unhappy);
    assert!(got.iter().any(|g| g.0 == "110" && g.2.as_deref() == Some("Ankara")), "{got:?}");
    let frustration = "There/2/expl is/0/root growing/4/amod frustration/2/nsubj with/6/case Washington/4/nmod \
                       ./2/punct";
    let got = brief(frustration);
    assert!(got.iter().any(|g| g.0 == "110" && g.2.as_deref() == Some("Washington")), "{got:?}");
    // An unhappy crowd is no speech act: "Unhappy residents blocked the road" is the blockade only.
    let crowd = "Unhappy/2/amod residents/3/nsubj blocked/0/root the/5/det road/3/obj ./3/punct";
    assert!(brief(crowd).iter().all(|g| !g.0.starts_with("11")), "{:?}", brief(crowd));
}

#[test]
fn a_reported_failure_of_a_party_is_the_speakers_criticism_of_it() {
    // "The envoy said Kabul was failing to rein in the militants": 111 envoy → Kabul.
    let said = "The/2/det envoy/3/nsubj said/0/root Kabul/6/nsubj was/6/aux failing/3/ccomp to/8/mark \
                rein/6/xcomp in/8/compound:prt the/11/det militants/8/obj ./3/punct";
    let got = brief(said);
    assert!(got.iter().any(|g| g.0 == "111" && g.2.as_deref() == Some("Kabul")), "{got:?}");
    // Narration's failure is no speech act: "The army failed to protect the convoy." names a party
    // and a duty, but no speaker.
    let narrated = "The/2/det army/3/nsubj failed/0/root to/5/mark protect/3/xcomp the/7/det convoy/5/obj ./3/punct";
    assert!(brief(narrated).iter().all(|g| g.0 != "111"), "{:?}", brief(narrated));
    // A failed act of force told by one side is no reproach, though "control" can be a duty:
    // "The army said the rebels failed to control the town."
    let capture = "The/2/det army/3/nsubj said/0/root the/5/det rebels/6/nsubj failed/3/ccomp to/8/mark \
                   control/6/xcomp the/10/det town/8/obj ./3/punct";
    assert!(brief(capture).iter().all(|g| g.0 != "111"), "{:?}", brief(capture));
}

#[test]
fn a_failure_leaves_the_other_events_of_its_sentence() {
    // "The UN said the army failed to protect civilians after militants attacked the camp": the
    // reproach and the attack.
    let when = "The/2/det UN/3/nsubj said/0/root the/5/det army/6/nsubj failed/3/ccomp to/8/mark \
                protect/6/xcomp civilians/8/obj after/12/mark militants/12/nsubj attacked/6/advcl \
                the/14/det camp/12/obj ./3/punct";
    let got = brief(when);
    assert!(got.iter().any(|g| g.0 == "111"), "{got:?}");
    assert!(got.iter().any(|g| g.0.starts_with("19")), "{got:?}");
    // The same with "when", which UD attaches to its clause as advmod, not mark: still a circumstance.
    let got = brief(&when.replace("after/12/mark", "when/12/advmod"));
    assert!(got.iter().any(|g| g.0.starts_with("19")), "{got:?}");
    // "Troops who killed 12 protesters failed to protect civilians, Amnesty said": the killing stays.
    let who = "Troops/6/nsubj who/3/nsubj killed/1/acl:relcl 12/5/nummod protesters/3/obj failed/12/ccomp \
               to/8/mark protect/6/xcomp civilians/8/obj ,/12/punct Amnesty/12/nsubj said/0/root ./12/punct";
    let got = brief(who);
    assert!(got.iter().any(|g| g.0 != "111" && g.2.as_deref() == Some("12 protesters")), "{got:?}");
}

#[test]
fn a_failure_is_a_reproach_only_for_a_duty_of_another_party() {
    // An outcome sought, not a duty: "Officials said the army failed to find the missing hikers".
    let find = "Officials/2/nsubj said/0/root the/4/det army/5/nsubj failed/2/ccomp to/7/mark find/5/xcomp \
                the/10/det missing/10/amod hikers/7/obj ./2/punct";
    assert!(brief(find).iter().all(|g| g.0 != "111"), "{:?}", brief(find));
    let win = "The/2/det commission/3/nsubj said/0/root the/6/det ruling/6/amod party/7/nsubj failed/3/ccomp \
               to/9/mark win/7/xcomp a/11/det majority/9/obj ./3/punct";
    assert!(brief(win).iter().all(|g| g.0 != "111"), "{:?}", brief(win));
    // The speaker's own failure is no criticism: "The minister said he had failed to protect the convoy."
    let own = "The/2/det minister/3/nsubj said/0/root he/6/nsubj had/6/aux failed/3/ccomp to/8/mark \
               protect/6/xcomp the/10/det convoy/8/obj ./3/punct";
    assert!(brief(own).iter().all(|g| g.0 != "111"), "{:?}", brief(own));
}

#[test]
fn a_verb_joined_to_a_copular_clause_is_no_judgment_said_as_a_predicate() {
    // "Kenyan officials said Somalia's president was in Nairobi on Monday and criticized the
    // rebels": the president criticizes the rebels, told by the officials.
    let nairobi = "Kenyan/2/amod officials/3/nsubj said/0/root Somalia/6/nmod:poss 's/4/case president/9/nsubj \
                   was/9/cop in/9/case Nairobi/3/ccomp on/11/case Monday/3/obl and/13/cc criticized/9/conj \
                   the/15/det rebels/13/obj ./3/punct";
    let got = brief(nairobi);
    let criticism = got.iter().find(|g| g.0 == "111").expect("a criticism");
    assert!(criticism.1.as_deref().is_some_and(|a| a.contains("president")), "{got:?}");
    assert_eq!(criticism.2.as_deref(), Some("the rebels"), "{got:?}");
    // "The ministry said the president was angry and accused the rebels of shelling the town".
    let angry = "The/2/det ministry/3/nsubj said/0/root the/5/det president/7/nsubj was/7/cop angry/3/ccomp \
                 and/9/cc accused/7/conj the/11/det rebels/9/obj of/13/mark shelling/11/acl the/15/det \
                 town/13/obj ./3/punct";
    let got = brief(angry);
    let accusation = got.iter().find(|g| g.0.starts_with("112")).expect("an accusation");
    assert!(accusation.1.as_deref().is_some_and(|a| a.contains("president")), "{got:?}");
}

#[test]
fn an_unnamed_speaker_judges_an_unnamed_party() {
    // "The minister said the rebels' move was unacceptable": the minister → the rebels, though
    // neither has a name.
    let spec = "The/2/det minister/3/nsubj said/0/root the/5/det rebels/7/nmod:poss '/5/case move/9/nsubj \
                was/9/cop unacceptable/3/ccomp ./3/punct";
    let got = brief(spec);
    assert!(
        got.iter().any(|g| g.0 == "111"
            && g.1.as_deref() == Some("The minister")
            && g.2.as_deref().is_some_and(|t| t.contains("rebels"))),
        "{got:?}"
    );
    // "The minister said his decision was unacceptable": no target, his own.
    let own = "The/2/det minister/3/nsubj said/0/root his/5/nmod:poss decision/7/nsubj was/7/cop \
               unacceptable/3/ccomp ./3/punct";
    let got = brief(own);
    assert!(got.iter().any(|g| g.0 == "111" && g.1.as_deref() == Some("The minister") && g.2.is_none()), "{got:?}");
}
