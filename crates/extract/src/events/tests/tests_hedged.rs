//! A party named by what it is believed to be ("gunmen believed to be Taliban militants") takes the
//! side of the group the to-be phrase names, and keeps the hedge in its text.
use crate::events::testing::events_of;

fn actor_of<'e>(ev: &'e [casus_core::Event], action: &str) -> &'e casus_core::Party {
    let e = ev.iter().find(|e| e.action.text == action).unwrap_or_else(|| panic!("no {action}: {ev:#?}"));
    e.actor.as_ref().unwrap_or_else(|| panic!("no actor of {action}: {ev:#?}"))
}

#[test]
fn gunmen_believed_to_be_a_named_group_are_that_group() {
    // The participle hung on the noun.
    let ev = events_of(
        "Gunmen/7/nsubj believed/1/acl to/6/mark be/6/cop Taliban/6/compound militants/2/xcomp \
         attacked/0/root a/10/det police/10/compound checkpoint/7/obj ./7/punct",
        Some("2012-05-14"),
    );
    let gunmen = actor_of(&ev, "attacked");
    assert_eq!(gunmen.name.as_deref(), Some("Taliban"), "{ev:#?}");
    assert_eq!(gunmen.text, "Gunmen believed to be Taliban militants", "{ev:#?}");
}

#[test]
fn men_suspected_of_being_a_named_groups_fighters_are_that_group() {
    let ev = events_of(
        "Men/8/nsubj suspected/1/acl of/7/mark being/7/cop Boko/7/compound Haram/5/flat fighters/2/obl \
         opened/0/root fire/8/obj on/12/case a/12/det market/8/obl ./8/punct",
        Some("2014-03-02"),
    );
    let men = actor_of(&ev, "opened fire");
    assert_eq!((men.country.as_deref(), men.role.as_deref()), (Some("NGA"), Some("REB")), "{ev:#?}");
}

#[test]
fn a_hedge_that_names_no_group_leaves_the_noun_as_it_stands() {
    // "Gunmen believed to be in their twenties attacked a bus": no side is named.
    let ev = events_of(
        "Gunmen/8/nsubj believed/1/acl to/7/mark be/7/cop in/7/case their/7/nmod:poss twenties/2/obl \
         attacked/0/root a/10/det bus/8/obj ./8/punct",
        Some("2014-03-02"),
    );
    assert_eq!(actor_of(&ev, "attacked").text, "Gunmen", "{ev:#?}");
}

#[test]
fn a_hedge_read_as_the_root_gives_its_subject_to_the_deed() {
    // "Gunmen believed to be Taliban militants killed three soldiers": the parser makes "believed"
    // the root and "killed" its complement, with no subject.
    let ev = events_of(
        "Gunmen/2/nsubj believed/0/root to/6/mark be/6/cop Taliban/6/compound militants/2/xcomp killed/2/ccomp \
         three/9/nummod soldiers/7/obj ./2/punct",
        Some("2012-05-14"),
    );
    let gunmen = actor_of(&ev, "killed");
    assert_eq!((gunmen.name.as_deref(), gunmen.role.as_deref()), (Some("Taliban"), Some("REB")), "{ev:#?}");
    // The same, with the copula's noun read as the deed's subject.
    let ev = events_of(
        "Attackers/2/nsubj thought/0/root to/6/case be/6/cop Taliban/6/compound fighters/7/nsubj stormed/2/ccomp \
         a/9/det prison/7/obj ./2/punct",
        Some("2012-05-14"),
    );
    assert_eq!(actor_of(&ev, "stormed").text, "Attackers thought to be Taliban fighters", "{ev:#?}");
}

#[test]
fn a_speech_verb_is_no_hedge_on_its_subject() {
    // "Residents said snipers shot at cars", with "snipers" hung off the reported verb as a modifier:
    // the speaker is not made the shooter (only "believed to be", "suspected of being" hedge).
    let said = "Residents/2/nsubj said/0/root snipers/4/obl:npmod shot/2/ccomp at/6/case cars/4/obl ./2/punct";
    let ev = events_of(said, None);
    let shot = ev.iter().find(|e| e.action.text.starts_with("shot")).expect("the shooting");
    assert_ne!(shot.actor.as_ref().map(|p| p.text.as_str()), Some("Residents"), "{ev:?}");
}
