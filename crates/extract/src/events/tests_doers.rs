//! Who does an act when the clause names the doer indirectly: the dead of "died" undergo it, and a
//! relative pronoun that carries out an event noun stands for the noun its clause modifies.
use super::testing::events_of;

fn text(p: &Option<casus_core::Party>) -> Option<&str> {
    p.as_ref().map(|p| p.text.as_str())
}

#[test]
fn the_subject_of_died_is_the_victim_not_the_actor() {
    // GUIDELINES 12.4: the dead are the target; "died" names no one who killed them.
    let ev = events_of("Twelve/2/nummod villagers/3/nsubj died/0/root on/5/case Monday/3/obl ./3/punct", None);
    let died = ev.iter().find(|e| e.action.text == "died").expect("a died record");
    assert_eq!(text(&died.actor), None, "{ev:?}");
    assert_eq!(text(&died.target), Some("Twelve villagers"), "{ev:?}");
}
