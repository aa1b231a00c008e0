//! Conflictual acts short of force (CAMEO 11-17): protest gatherings, security postures, reduced
//! relations and threats, in the words news uses for them.
use crate::events::testing::events_of;

fn s(code: &str) -> String {
    code.to_string()
}

/// The codes of the sentence's triggers, before the later stages drop events with no party.
fn trigger_codes(spec: &str) -> Vec<String> {
    let doc = crate::events::testing::parsed(spec);
    let Some(s) = doc.sentences.first() else { return Vec::new() };
    let Some(parse) = s.parse.as_ref() else { return Vec::new() };
    let v = crate::events::view::View::new(&doc, s, parse);
    crate::events::triggers::triggers(&v, crate::events::triggers::learned::TriggerSource::Rules, &[])
        .into_iter()
        .map(|t| t.cameo)
        .collect()
}

fn codes(ev: &[casus_core::Event]) -> Vec<String> {
    ev.iter().map(|e| e.action.cameo.clone()).collect()
}

#[test]
fn a_security_posture_with_no_party_named_is_a_measure_taken() {
    let amid =
        "Borders/3/nsubj:pass were/3/aux:pass reopened/0/root amid/6/case heightened/6/amod security/3/obl ./3/punct";
    assert!(codes(&events_of(amid, None)).contains(&s("150")), "{:?}", events_of(amid, None));
    let increased =
        "Police/2/nsubj reported/0/root increased/4/amod security/2/obj around/7/case the/7/det palace/4/nmod ./2/punct";
    assert!(codes(&events_of(increased, None)).contains(&s("150")), "{:?}", events_of(increased, None));
}

#[test]
fn a_crowd_gathering_or_massing_at_a_protest_site_demonstrates() {
    let outside = "Protesters/2/nsubj gathered/0/root outside/5/case the/5/det embassy/2/obl ./2/punct";
    assert_eq!(codes(&events_of(outside, None)), [s("141")]);
    let massed = "Hundreds/2/nsubj massed/0/root in/4/case front/2/obl of/7/case the/7/det consulate/4/nmod ./2/punct";
    assert_eq!(codes(&events_of(massed, None)), [s("141")]);
    // Gathering something at a protest site is no gathering of people; troops massing near the
    // front are no crowd.
    let evidence =
        "Investigators/2/nsubj gathered/0/root evidence/2/obj outside/6/case the/6/det embassy/2/obl ./2/punct";
    assert!(!codes(&events_of(evidence, None)).contains(&s("141")), "{:?}", events_of(evidence, None));
    let front = "Troops/2/nsubj massed/0/root near/5/case the/5/det front/2/obl ./2/punct";
    assert!(!codes(&events_of(front, None)).contains(&s("141")), "{:?}", events_of(front, None));
}

#[test]
fn activating_a_standby_force_mobilizes_it() {
    let verb = "The/2/det bloc/3/nsubj activated/0/root a/6/det standby/6/compound force/3/obj ./3/punct";
    assert_eq!(codes(&events_of(verb, None)), [s("154")]);
    let noun = "Ministers/2/nsubj announced/0/root the/4/det activation/2/obj of/7/case a/7/det standby/7/compound force/4/nmod ./2/punct";
    assert!(codes(&events_of(noun, None)).contains(&s("154")), "{:?}", events_of(noun, None));
}

#[test]
fn aid_stopped_and_talks_called_off_reduce_relations() {
    let aid = "Washington/2/nsubj stopped/0/root military/4/amod aid/2/obj to/6/case Kyiv/2/obl ./2/punct";
    assert_eq!(codes(&events_of(aid, None)), [s("162")]);
    let off = "Moscow/2/nsubj called/0/root off/2/compound:prt the/5/det talks/2/obj ./2/punct";
    assert_eq!(codes(&events_of(off, None)), [s("164")]);
}

#[test]
fn sanctions_threatened_are_a_threat_not_sanctions_imposed() {
    let threats =
        "Ankara/2/nsubj ignored/0/root Washington/4/nmod:poss threats/2/obj of/6/case sanctions/4/nmod ./2/punct";
    let got = codes(&events_of(threats, None));
    assert!(!got.contains(&s("163")), "{got:?}");
}

#[test]
fn a_protest_that_is_the_setting_of_arrests_took_place() {
    let during = "Police/2/nsubj arrested/0/root students/2/obj during/5/case protests/2/obl against/8/case the/8/det election/8/compound results/5/nmod ./2/punct";
    let got = codes(&events_of(during, None));
    assert!(got.contains(&s("141")) || got.contains(&s("140")), "{got:?}");
}

#[test]
fn linking_an_attack_to_a_group_blames_it() {
    let linked = "Officials/2/nsubj linked/0/root the/4/det attack/2/obj to/6/case rebels/2/obl ./2/punct";
    assert!(codes(&events_of(linked, None)).contains(&s("1123")), "{:?}", events_of(linked, None));
    // A group described as linked to another is no accusation.
    let group = "Militants/0/root linked/1/acl to/4/case al-Qaeda/2/obl ./1/punct";
    assert!(codes(&events_of(group, None)).is_empty());
    // Suspects described as linked to a bombing are accused by no one in the sentence.
    let suspects = "Three/2/nummod suspects/7/nsubj:pass linked/2/acl to/5/case bombing/3/obl were/7/aux:pass \
                    arrested/0/root ./7/punct";
    assert!(!trigger_codes(suspects).contains(&s("1123")), "{:?}", trigger_codes(suspects));
    let linked_by = "Police/2/nsubj detained/0/root a/4/det man/2/obj linked/4/acl to/8/case the/8/det \
                     market/8/compound bombing/5/obl ./2/punct";
    assert!(!trigger_codes(linked_by).contains(&s("1123")), "{:?}", trigger_codes(linked_by));
}
