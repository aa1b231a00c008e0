//! An incident that a speaker only comments on ("the attack was a cowardly act, the governor said")
//! gets no second record; the narrator's own restatement does (`comments`).
use super::testing::{doc_events, has, triggers};

fn story(last: &str) -> Vec<casus_core::Event> {
    doc_events(
        &[
            "Gunmen/2/nsubj attacked/0/root a/4/det bus/2/obj in/6/case Kabul/4/nmod on/8/case Monday/2/obl ./2/punct",
            "Police/2/nsubj sealed/0/root off/5/case the/5/det area/2/obl ./2/punct",
            last,
        ],
        "2021-05-11",
    )
}

#[test]
fn an_incident_a_speaker_comments_on_is_no_new_event() {
    let said = story(
        "The/2/det governor/3/nsubj said/0/root the/5/det attack/9/nsubj was/9/cop a/9/det cowardly/9/amod \
         act/3/ccomp ./3/punct",
    );
    assert!(!has(&said, "attack"), "{:?}", triggers(&said));
    let shows = story(
        "The/2/det minister/3/nsubj said/0/root the/5/det attack/6/nsubj shows/3/ccomp the/8/det rebels/10/nsubj \
         are/10/cop weak/6/ccomp ./3/punct",
    );
    assert!(!has(&shows, "attack"), "{:?}", triggers(&shows));
}

#[test]
fn the_narrators_own_restatement_of_an_incident_stays() {
    let told = story("The/2/det attack/5/nsubj was/5/cop a/5/det cowardly/5/amod act/0/root ./5/punct");
    assert!(has(&told, "attack"), "{:?}", triggers(&told));
    // A predicate that says who did it is a claim about the incident, not a comment.
    let work = story(
        "The/2/det governor/3/nsubj said/0/root the/5/det attack/8/nsubj was/8/cop the/8/det work/3/ccomp \
         of/11/case the/11/det Taliban/8/nmod ./3/punct",
    );
    assert!(has(&work, "attack"), "{:?}", triggers(&work));
}

#[test]
fn an_arrest_a_speaker_comments_on_is_no_new_event() {
    let sent = story(
        "The/2/det lawyer/3/nsubj said/0/root the/5/det arrest/9/nsubj of/8/case the/8/det journalist/5/nmod \
         sent/3/ccomp a/12/det chilling/12/amod message/9/obj ./3/punct",
    );
    assert!(!has(&sent, "arrest"), "{:?}", triggers(&sent));
}
