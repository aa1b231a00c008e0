//! One act, one record: a participle that says who sent the weapon of an act, a leader in the
//! phrase of the party he leads, a nationality said of a whole list, an accused conduct in general,
//! a recurring act of coercion, and blame coordinated inside a
//! denied clause (GUIDELINES §2, §12.5, §12.9).
use crate::events::testing::{codes, events_of, party_texts};

#[test]
fn a_participle_naming_who_fired_a_weapon_act_is_no_second_act() {
    // "A bomb fired by FARC rebels struck a church, killing 117 civilians": one bombing, the rebels'.
    let fired = "A/2/det bomb/7/nsubj fired/2/acl by/6/case FARC/6/compound rebels/3/obl:agent struck/0/root \
                 a/9/det church/7/obj ,/11/punct killing/7/advcl 117/13/nummod civilians/11/obj ./7/punct";
    let ev = events_of(fired, None);
    assert_eq!(ev.len(), 1, "{:?}", party_texts(&ev));
    assert_eq!(ev[0].actor.as_ref().map(|p| p.text.as_str()), Some("FARC rebels"));
}

#[test]
fn the_leader_of_a_party_is_inside_its_phrase_not_a_second_actor() {
    // "Rebels led by former police chief Guy Philippe attacked the town."
    // "Rebels led by former police chief Guy Philippe attacked the town", parsed with the chief a
    // second subject of "attacked".
    let led = "Rebels/9/nsubj led/1/acl by/7/case former/6/amod police/6/compound chief/8/nmod:desc Guy/9/nsubj \
               Philippe/7/flat attacked/0/root the/11/det town/9/obj ./9/punct";
    let ev = events_of(led, None);
    let actors: Vec<_> = ev.iter().filter_map(|e| e.actor.as_ref().map(|p| p.text.as_str())).collect();
    assert_eq!(actors.len(), 1, "{:?}", party_texts(&ev));
    assert!(actors[0].starts_with("Rebels"), "{actors:?}");
}

#[test]
fn a_nationality_before_a_list_of_bare_nouns_is_said_of_each() {
    // "Israeli tanks and artillery pounded the town": one Israeli force, no second actor elsewhere.
    let pounded = "Israeli/2/amod tanks/5/nsubj and/4/cc artillery/2/conj pounded/0/root the/7/det \
                   town/5/obj ./5/punct";
    let ev = events_of(pounded, None);
    assert_eq!(ev.len(), 1, "{:?}", party_texts(&ev));
    assert_eq!(ev[0].actor.as_ref().and_then(|p| p.country.as_deref()), Some("ISR"));
    // "Israeli troops and police": both Israeli, two state forces.
    let raided = "Israeli/2/amod troops/5/nsubj and/4/cc police/2/conj raided/0/root the/7/det camp/5/obj ./5/punct";
    let ev = events_of(raided, None);
    let countries: Vec<_> = ev.iter().map(|e| e.actor.as_ref().and_then(|p| p.country.as_deref())).collect();
    assert_eq!(countries, vec![Some("ISR"), Some("ISR")], "{:?}", party_texts(&ev));
}

#[test]
fn an_accused_conduct_named_only_by_its_victims_kind_is_the_accusation_only() {
    // "The rebels accused the army of killing civilians": conduct in general (§12.5).
    let kind = "The/2/det rebels/3/nsubj accused/0/root the/5/det army/3/obj of/7/mark killing/5/acl \
                civilians/7/obj ./3/punct";
    assert_eq!(codes(kind), vec!["112"]);
    // "… of killing three villagers": a concrete act, recorded too.
    let counted = "The/2/det rebels/3/nsubj accused/0/root the/5/det army/3/obj of/7/mark killing/5/acl \
                   three/9/nummod villagers/7/obj ./3/punct";
    assert_eq!(codes(counted), vec!["112", "190"]);
}

#[test]
fn blame_coordinated_inside_a_denied_clause_is_the_speakers() {
    // "A separatist leader denied the group had taken the pupils and accused the army of killing
    // civilians": parsed with "accused" a conjunct of "taken".
    let spec = "A/3/det separatist/3/amod leader/4/nsubj denied/0/root the/6/det group/8/nsubj had/8/aux \
                taken/4/ccomp the/10/det pupils/8/obj and/12/cc accused/8/conj the/14/det army/12/obj \
                of/16/mark killing/14/acl civilians/16/obj ./4/punct";
    let ev = events_of(spec, None);
    let accused: Vec<_> = party_texts(&ev).into_iter().filter(|r| r.0 == "112").collect();
    assert_eq!(accused, vec![("112", Some("A separatist leader"), Some("the army"))], "{:?}", party_texts(&ev));
}

#[test]
fn coercion_that_recurs_is_a_pattern_not_an_incident() {
    // "the separatists, who have repeatedly burned schools": no record of a burning.
    let spec = "The/2/det government/3/nsubj blamed/0/root the/5/det kidnapping/3/obj on/8/case the/8/det \
                separatists/5/nmod ,/13/punct who/13/nsubj have/13/aux repeatedly/13/advmod burned/8/acl:relcl \
                schools/13/obj ./3/punct";
    assert!(!codes(spec).iter().any(|c| c.starts_with("17")), "{:?}", codes(spec));
}
