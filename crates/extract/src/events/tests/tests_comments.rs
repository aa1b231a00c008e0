//! An incident that a speaker only comments on ("the attack was a cowardly act, the governor said")
//! gets no second record; the narrator's own restatement does (`comments`).
use crate::events::testing::{doc_events, has, parsed_doc, triggers};

fn story(last: &str) -> Vec<casus_core::Event> {
    doc_events(&[LEAD, SEALED, last], "2021-05-11")
}

const LEAD: &str =
    "Gunmen/2/nsubj attacked/0/root a/4/det bus/2/obj in/6/case Kabul/4/nmod on/8/case Monday/2/obl ./2/punct";
const SEALED: &str = "Police/2/nsubj sealed/0/root off/5/case the/5/det area/2/obl ./2/punct";

/// `story`, with the model's place tag (GPE) on token `place` of the last sentence.
fn story_with_place(last: &str, place: usize) -> Vec<casus_core::Event> {
    let mut doc = parsed_doc(&[LEAD, SEALED, last]);
    doc.published = chrono::NaiveDate::from_ymd_opt(2021, 5, 11);
    doc.sentences[2].entities.push(casus_core::Entity { label: "GPE".into(), tokens: place..place + 1, score: 1.0 });
    crate::events::extract(&doc)
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

#[test]
fn a_new_incident_with_its_own_place_or_day_is_no_comment() {
    let kandahar = story(
        "Separately/4/advmod ,/4/punct police/4/nsubj said/0/root the/6/det attack/16/nsubj on/9/case a/9/det \
         checkpoint/6/nmod in/11/case Kandahar/9/nmod on/13/case Tuesday/6/nmod was/16/cop the/16/det \
         second/4/ccomp this/18/det week/16/nmod:tmod ./4/punct",
    );
    assert!(has(&kandahar, "attack"), "{:?}", triggers(&kandahar));
    let herat = story_with_place(
        "The/2/det governor/3/nsubj said/0/root the/5/det shelling/10/nsubj of/9/case the/9/det Herat/9/compound \
         market/5/nmod marked/3/ccomp a/13/det new/13/amod escalation/10/obj ./3/punct",
        7,
    );
    assert!(has(&herat, "shelling"), "{:?}", triggers(&herat));
}

#[test]
fn an_incident_a_speaker_says_had_an_effect_is_no_new_event() {
    let effect = story(
        "The/2/det lawyer/3/nsubj said/0/root the/5/det army/7/nmod:poss 's/5/case attack/11/nsubj on/10/case \
         the/10/det town/7/nmod had/3/ccomp a/14/det chilling/14/amod effect/11/obj on/16/case trade/14/nmod \
         ./3/punct",
    );
    assert!(!has(&effect, "attack"), "{:?}", triggers(&effect));
    // What the incident had that is no effect is no comment: "had a political motive".
    let motive = story(
        "The/2/det lawyer/3/nsubj said/0/root the/5/det army/7/nmod:poss 's/5/case attack/11/nsubj on/10/case \
         the/10/det town/7/nmod had/3/ccomp a/14/det political/14/amod motive/11/obj ./3/punct",
    );
    assert!(has(&motive, "attack"), "{:?}", triggers(&motive));
    // The narrator's own "the attack has had a chilling effect" stays, as other restatements do.
    let told = story(
        "The/2/det army/4/nmod:poss 's/2/case attack/9/nsubj on/7/case the/7/det town/4/nmod has/9/aux \
         had/0/root a/12/det chilling/12/amod effect/9/obj on/14/case trade/12/nmod ./9/punct",
    );
    assert!(has(&told, "attack"), "{:?}", triggers(&told));
}

#[test]
fn an_incident_a_body_finds_unlawful_is_still_reported() {
    // A finding is often the first report of an incident: it keeps its record.
    let found = story(
        "A/3/det UN/3/compound panel/4/nsubj determined/0/root that/14/mark the/7/det army/9/nmod:poss \
         's/7/case attack/14/nsubj on/12/case the/12/det town/9/nmod was/14/cop unlawful/4/ccomp ./4/punct",
    );
    assert!(has(&found, "attack"), "{:?}", triggers(&found));
}
