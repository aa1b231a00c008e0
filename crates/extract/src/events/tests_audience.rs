//! Speaking to an audience, and the press speaking with someone, are no consultations (`reality`);
//! speaking with a party is.
use super::testing::texts_of;

#[test]
fn speaking_to_lawmakers_is_no_consultation() {
    let ev = texts_of(
        "Speaking/9/advcl to/4/case British/4/amod lawmakers/1/obl last/6/amod month/1/obl:unmarked ,/1/punct \
         Starmer/9/nsubj said/0/root a/11/det deal/13/nsubj was/13/cop vital/9/ccomp ./9/punct",
        Some("2025-03-10"),
    );
    assert!(!ev.iter().any(|t| t.starts_with("Speaking")), "{ev:?}");
}

#[test]
fn the_press_speaking_with_experts_is_an_interview() {
    let ev = texts_of(
        "VOA/2/nsubj spoke/0/root with/4/case experts/2/obl about/9/case the/7/det government/9/nmod:poss \
         's/7/case efforts/4/nmod ./2/punct",
        Some("2025-03-10"),
    );
    assert!(ev.is_empty(), "{ev:?}");
}

#[test]
fn a_leader_speaking_with_another_consults() {
    let ev = texts_of(
        "Macron/2/nsubj spoke/0/root with/4/case Putin/2/obl on/6/case Tuesday/2/obl ./2/punct",
        Some("2025-03-10"),
    );
    assert_eq!(ev, vec!["spoke with".to_string()]);
}
