//! Speaking to an audience, and the press speaking with someone, are no consultations (`reality`);
//! speaking with a party is.
use crate::events::testing::texts_of;

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

#[test]
fn the_press_asking_for_comment_is_no_appeal() {
    let asked = texts_of(
        "Asked/7/advcl by/3/case reporters/1/obl:agent about/5/case sanctions/1/obl ,/1/punct the/7/det \
         minister/8/nsubj declined/0/root to/10/mark answer/8/xcomp ./8/punct",
        Some("2025-03-10"),
    );
    assert!(asked.is_empty(), "{asked:?}");
    let inquiry = texts_of(
        "The/2/det ministry/6/nsubj did/6/aux not/6/advmod immediately/6/advmod respond/0/root to/10/case \
         a/10/det VOA/10/compound inquiry/6/obl about/13/case the/13/det aid/10/nmod ./6/punct",
        Some("2025-03-10"),
    );
    assert!(inquiry.is_empty(), "{inquiry:?}");
    let comment = texts_of(
        "The/2/det office/5/nsubj did/5/aux not/5/advmod reply/0/root to/9/case VOA/9/nmod:poss 's/7/case \
         email/5/obl requesting/5/advcl comment/10/obj on/14/case the/14/det help/11/nmod ./5/punct",
        Some("2025-03-10"),
    );
    assert!(comment.is_empty(), "{comment:?}");
    // Twin: a party asking another for help is an appeal.
    let twin = texts_of(
        "Kenya/2/nsubj requested/0/root military/4/amod assistance/2/obj from/7/case the/7/det UN/2/obl \
         on/9/case Monday/2/obl ./2/punct",
        Some("2025-03-10"),
    );
    assert!(!twin.is_empty(), "{twin:?}");
}

#[test]
fn a_named_speaker_ending_in_s_speaking_to_the_media_makes_a_statement() {
    // "Francois Bozize speaks to the media at the presidential palace.": one person, not two partners.
    let spec = "Francois/3/nsubj Bozize/1/flat speaks/0/root to/6/case the/6/det media/3/obl at/10/case the/10/det \
                presidential/10/amod palace/3/obl ./3/punct";
    let mut doc = crate::events::testing::parsed(spec);
    doc.sentences[0].entities = vec![casus_core::Entity { label: "PER".into(), tokens: 0..2, score: 1.0 }];
    let ev = crate::events::extract(&doc);
    assert!(ev.is_empty(), "{ev:?}");
    // Twin: the same speaker with a partner consults.
    let partner =
        "Francois/3/nsubj Bozize/1/flat spoke/0/root with/5/case Deby/3/obl on/7/case Tuesday/3/obl ./3/punct";
    let mut doc = crate::events::testing::parsed(partner);
    doc.sentences[0].entities = vec![casus_core::Entity { label: "PER".into(), tokens: 0..2, score: 1.0 }];
    let texts: Vec<String> = crate::events::extract(&doc).into_iter().map(|e| e.action.text).collect();
    assert_eq!(texts, vec!["spoke with".to_string()]);
}
