//! Tariffs as sanctions (CAMEO 163, as the lexicon's "trade war" and "imposed tariffs"): the verbs news
//! uses for laying, raising and answering them.
use crate::events::testing::codes_of;

#[test]
fn levying_or_raising_tariffs_is_a_sanction() {
    let got = codes_of("Washington/2/nsubj levied/0/root tariffs/2/obj on/5/case steel/3/nmod ./2/punct", None);
    assert_eq!(got, ["163"]);
    let got = codes_of("Trump/2/nsubj doubled/0/root the/4/det tariff/2/obj on/6/case steel/4/nmod ./2/punct", None);
    assert_eq!(got, ["163"]);
    // raising something else is no sanction
    let got = codes_of("The/2/det bank/3/nsubj raised/0/root interest/5/compound rates/3/obj ./3/punct", None);
    assert!(got.is_empty(), "{got:?}");
}

#[test]
fn retaliating_with_tariffs_is_a_sanction_not_force() {
    let got = codes_of(
        "Europe/2/nsubj retaliated/0/root with/6/case its/6/nmod:poss own/6/amod tariffs/2/obl ./2/punct",
        None,
    );
    assert_eq!(got, ["163"]);
    // with weapons it stays force
    let got = codes_of("The/2/det army/3/nsubj retaliated/0/root with/5/case airstrikes/3/obl ./3/punct", None);
    assert!(got.iter().all(|c| c.starts_with("19")) && !got.is_empty(), "{got:?}");
}
