//! Actors and targets outside a verb's plain subject and object: the from-phrase of "came under fire
//! from", an adverbial clause parsed onto a trailing "X said", a second verb folded into a battle
//! noun, the noun an object relative clause modifies, clergy as targets, a speech act in a participle
//! after a denial or a trailing "X said".
use crate::events::testing::events_of;
use casus_core::Event;

fn party<'e>(ev: &'e [Event], action: &str, target: bool) -> Option<&'e str> {
    let e = ev.iter().find(|e| e.action.text == action)?;
    let p = if target { &e.target } else { &e.actor };
    p.as_ref().map(|p| p.text.as_str())
}

#[test]
fn the_from_phrase_of_coming_under_fire_is_who_fired() {
    // "Its peacekeepers had come under fire from government forces near the hotel."
    let ev = events_of(
        "Its/2/nmod:poss peacekeepers/4/nsubj had/4/aux come/0/root under/6/case fire/4/obl from/9/case \
         government/9/compound forces/4/obl near/12/case the/12/det hotel/9/nmod ./4/punct",
        None,
    );
    assert_eq!(party(&ev, "come under fire", true), Some("Its peacekeepers"), "{ev:?}");
    assert!(party(&ev, "come under fire", false).is_some_and(|a| a.starts_with("government forces")), "{ev:?}");
    // the from-phrase parsed onto the noun of the phrase
    let ev = events_of(
        "Its/2/nmod:poss peacekeepers/4/nsubj had/4/aux come/0/root under/6/case fire/4/obl from/9/case \
         government/9/compound forces/6/nmod ./4/punct",
        None,
    );
    assert_eq!(party(&ev, "come under fire", false), Some("government forces"), "{ev:?}");
}

#[test]
fn an_adverbial_clause_before_the_speaker_belongs_to_the_reported_clause() {
    // "Militants abducted 100 girls from a school late Monday, after overpowering soldiers, residents said."
    let ev = events_of(
        "Militants/2/nsubj abducted/16/ccomp 100/4/nummod girls/2/obj from/7/case a/7/det school/2/obl \
         late/9/amod Monday/2/obl:unmarked ,/12/punct after/12/mark overpowering/16/advcl soldiers/12/obj \
         ,/16/punct residents/16/nsubj said/0/root ./16/punct",
        None,
    );
    assert_eq!(party(&ev, "overpowering", false), Some("Militants"), "{ev:?}");
}

#[test]
fn a_second_verb_folded_into_a_battle_noun_gives_it_the_first_verbs_subject() {
    // "Troops pursued the attackers and killed five of them in a firefight."
    let ev = events_of(
        "Troops/2/nsubj pursued/0/root the/4/det attackers/2/obj and/6/cc killed/2/conj five/6/obj of/9/case \
         them/7/nmod in/12/case a/12/det firefight/6/obl ./2/punct",
        None,
    );
    assert_eq!(party(&ev, "firefight", false), Some("Troops"), "{ev:?}");
}

#[test]
fn the_noun_of_an_object_relative_clause_is_its_target() {
    // "Troops attacked the police station which the rebels had seized."
    let ev = events_of(
        "Troops/2/nsubj attacked/0/root the/5/det police/5/compound station/2/obj which/10/obj the/8/det \
         rebels/10/nsubj had/10/aux seized/5/acl:relcl ./2/punct",
        None,
    );
    assert_eq!(party(&ev, "seized", true), Some("the police station"), "{ev:?}");
    // "The group released the eight workers it seized.": no relative pronoun.
    let ev = events_of(
        "The/2/det group/3/nsubj released/0/root the/6/det eight/6/nummod workers/3/obj it/8/nsubj \
         seized/6/acl:relcl ./3/punct",
        None,
    );
    assert_eq!(party(&ev, "seized", true), Some("the eight workers"), "{ev:?}");
}

#[test]
fn a_relative_clause_of_a_time_has_no_object() {
    // "Villagers recalled the night the rebels attacked.": the night is when, not what was attacked.
    let ev = events_of(
        "Villagers/2/nsubj recalled/0/root the/4/det night/2/obj the/6/det rebels/7/nsubj attacked/4/acl:relcl \
         ./2/punct",
        None,
    );
    assert_eq!(party(&ev, "attacked", true), None, "{ev:?}");
}

#[test]
fn clergy_are_religious_targets() {
    // "Rebels kidnapped a priest on Monday." (GUIDELINES, Roles: clergy REL)
    let ev = events_of("Rebels/2/nsubj kidnapped/0/root a/4/det priest/2/obj on/6/case Monday/2/obl ./2/punct", None);
    let e = ev.iter().find(|e| e.action.text == "kidnapped").expect("kidnapped");
    assert_eq!(e.target.as_ref().and_then(|p| p.role.as_deref()), Some("REL"), "{ev:?}");
}

#[test]
fn a_participle_set_off_after_a_denial_is_an_act_of_its_own() {
    // "The government denied any role, blaming terrorists for the killings."
    let ev = events_of(
        "The/2/det government/3/nsubj denied/0/root any/5/det role/3/obj ,/7/punct blaming/3/advcl \
         terrorists/7/obj for/11/case the/11/det killings/7/obl ./3/punct",
        None,
    );
    assert_eq!(party(&ev, "blaming", false), Some("The government"), "{ev:?}");
    assert_eq!(party(&ev, "blaming", true), Some("terrorists"), "{ev:?}");
}

#[test]
fn a_speech_act_after_a_trailing_speaker_is_the_speakers() {
    // "Gunmen kidnapped 79 students early Monday, officials said, blaming separatists."
    let ev = events_of(
        "Gunmen/2/nsubj kidnapped/9/ccomp 79/4/nummod students/2/obj early/6/amod Monday/2/obl:unmarked \
         ,/9/punct officials/9/nsubj said/0/root ,/11/punct blaming/2/parataxis separatists/11/obj ./9/punct",
        None,
    );
    assert_eq!(party(&ev, "blaming", false), Some("officials"), "{ev:?}");
    // the speech verb a sibling of the reported clause
    let ev = events_of(
        "Gunmen/2/nsubj kidnapped/0/root 79/4/nummod students/2/obj early/6/amod Monday/2/obl:unmarked \
         ,/9/punct officials/9/nsubj said/2/parataxis ,/11/punct blaming/2/parataxis separatists/11/obj ./2/punct",
        None,
    );
    assert_eq!(party(&ev, "blaming", false), Some("officials"), "{ev:?}");
}

#[test]
fn a_speech_act_after_a_leading_speaker_stays_the_reported_clauses() {
    // "Witnesses say thousands marched through Rangoon, defying a ban.": the marchers defy the ban.
    let ev = events_of(
        "Witnesses/2/nsubj say/0/root thousands/4/nsubj marched/2/ccomp through/6/case Rangoon/4/obl ,/8/punct \
         defying/4/advcl a/10/det ban/8/obj ./2/punct",
        None,
    );
    assert_ne!(party(&ev, "defying", false), Some("Witnesses"), "{ev:?}");
}
