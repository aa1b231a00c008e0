//! Generic and habitual statements (`generic`): an act told in the simple present of people in
//! general, or under a subject that names no one, is no record; a past act, a report and a party
//! of arms acting now still are.
use crate::events::testing::events_of;

fn has(spec: &str, text: &str) -> bool {
    events_of(spec, None).iter().any(|e| e.action.text == text)
}

#[test]
fn violence_that_people_in_general_face_is_no_record() {
    let habit = "Others/2/nsubj face/0/root sexual/4/amod violence/2/obj at/6/case work/2/obl ./2/punct";
    let past = "Others/2/nsubj faced/0/root sexual/4/amod violence/2/obj at/6/case work/2/obl ./2/punct";
    assert!(!has(habit, "sexual violence"), "{:?}", events_of(habit, None));
    assert!(has(past, "sexual violence"), "{:?}", events_of(past, None));
}

#[test]
fn an_arrest_under_a_subject_that_names_no_one_is_no_record() {
    let anyone = "Everybody/2/nsubj knows/0/root someone/2/obj who/7/nsubj:pass has/7/aux been/7/aux:pass \
                  arrested/3/acl:relcl ./2/punct";
    let named = "The/2/det lawyer/3/nsubj knows/0/root someone/3/obj who/8/nsubj:pass has/8/aux been/8/aux:pass \
                 arrested/4/acl:relcl ./3/punct";
    assert!(!has(anyone, "arrested"), "{:?}", events_of(anyone, None));
    assert!(has(named, "arrested"), "{:?}", events_of(named, None));
}

#[test]
fn a_report_by_people_in_general_is_still_a_report() {
    let say = "Residents/2/nsubj say/0/root troops/4/nsubj attacked/2/ccomp the/6/det village/4/obj ./2/punct";
    assert!(has(say, "attacked"), "{:?}", events_of(say, None));
}
