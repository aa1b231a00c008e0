//! Yearly statistics (GUIDELINES 12.9): one record per year a sentence compares.
use crate::events::testing::doc_events;

fn dated(events: &[casus_core::Event]) -> Vec<(String, Option<String>, Option<u64>)> {
    events
        .iter()
        .map(|e| {
            let killed = e.casualties.killed.as_ref().and_then(|k| k.count);
            (e.action.cameo.clone(), e.date.as_ref().map(|d| d.value.clone()), killed)
        })
        .collect()
}

#[test]
fn a_year_compared_with_another_gives_a_record_each() {
    // "Insurgents carried out 300 raids in 2022, compared with 90 in 2021."
    let ev = doc_events(
        &["Insurgents/2/nsubj carried/0/root out/2/compound:prt 300/5/nummod raids/2/obj in/7/case 2022/2/obl ,/9/punct compared/11/case with/9/fixed 90/2/obl in/13/case 2021/11/nmod ./2/punct"],
        "2023-03-01",
    );
    let years: Vec<_> = dated(&ev).into_iter().map(|(_, d, _)| d).collect();
    assert!(years.contains(&Some("2022".into())) && years.contains(&Some("2021".into())), "{ev:?}");
}

#[test]
fn the_compared_toll_is_the_other_years_figure() {
    // "Gunmen killed 250 people in 2022, up from 75 in 2021."
    let ev = doc_events(
        &["Gunmen/2/nsubj killed/0/root 250/4/nummod people/2/obj in/6/case 2022/2/obl ,/10/punct up/10/advmod from/10/case 75/2/obl in/12/case 2021/10/nmod ./2/punct"],
        "2023-03-01",
    );
    let d = dated(&ev);
    assert!(d.contains(&("190".into(), Some("2022".into()), Some(250))), "{d:?}");
    assert!(d.contains(&("190".into(), Some("2021".into()), Some(75))), "{d:?}");
}

#[test]
fn two_years_without_a_compared_figure_give_one_record() {
    // "Rebels who took up arms in 2019 attacked a base in 2022.": no figure set against a year.
    let ev = doc_events(
        &["Rebels/8/nsubj who/3/nsubj took/1/acl:relcl up/3/compound:prt arms/3/obj in/7/case 2019/3/obl attacked/0/root a/10/det base/8/obj in/12/case 2022/8/obl ./8/punct"],
        "2023-03-01",
    );
    let force: Vec<_> = dated(&ev).into_iter().filter(|(c, _, _)| c.starts_with("19")).collect();
    assert_eq!(force.len(), 1, "{ev:?}");
}

#[test]
fn a_compared_figure_of_the_events_is_no_toll_nor_the_next_sentences_date() {
    // "Militants carried out 300 raids that killed 50 people in 2022, compared with 90 in 2021.
    // They also kidnapped 40 aid workers.": 90 counts raids; the kidnapping is told of 2022.
    let ev = doc_events(
        &[
            "Militants/2/nsubj carried/0/root out/2/compound:prt 300/5/nummod raids/2/obj that/7/nsubj \
             killed/5/acl:relcl 50/9/nummod people/7/obj in/11/case 2022/7/obl ,/13/punct compared/2/advcl \
             with/15/case 90/13/obl in/17/case 2021/15/nmod ./2/punct",
            "They/3/nsubj also/3/advmod kidnapped/0/root 40/6/nummod aid/6/compound workers/3/obj ./3/punct",
        ],
        "2023-03-01",
    );
    let d = dated(&ev);
    assert!(d.iter().any(|(c, y, _)| c.starts_with("19") && y.as_deref() == Some("2021")), "{d:?}");
    assert!(d.iter().all(|(_, y, k)| y.as_deref() != Some("2021") || k.is_none()), "{d:?}");
    assert!(d.iter().any(|(c, y, _)| c == "181" && y.as_deref() != Some("2021")), "{d:?}");
    // "… 300 raids in 2022, compared with 90 in 2021. They also kidnapped 40 aid workers.": 2022.
    let ev = doc_events(
        &[
            "Militants/2/nsubj carried/0/root out/2/compound:prt 300/5/nummod raids/2/obj in/7/case 2022/5/nmod              ,/9/punct compared/2/advcl with/11/case 90/9/obl in/13/case 2021/11/nmod ./2/punct",
            "They/3/nsubj also/3/advmod kidnapped/0/root 40/6/nummod aid/6/compound workers/3/obj ./3/punct",
        ],
        "2023-03-01",
    );
    let d = dated(&ev);
    assert!(d.iter().any(|(c, y, _)| c == "181" && y.as_deref() == Some("2022")), "{d:?}");
}
