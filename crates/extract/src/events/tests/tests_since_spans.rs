//! A clause after "since" bounds a span up to now; it does not date the event it bounds (see
//! `slots/since_clauses.rs`).
use crate::events::testing::{date_of, doc_events};

const ATTACK: &str = "Gunmen/2/nsubj attacked/0/root a/4/det village/2/obj on/6/case Friday/2/obl ./2/punct";

#[test]
fn a_toll_since_talks_collapsed_has_no_date() {
    let killed = "Twenty/2/nummod soldiers/5/nsubj:pass have/5/aux been/5/aux:pass killed/0/root since/8/mark talks/8/nsubj collapsed/5/advcl ./5/punct";
    let ev = doc_events(&[ATTACK, killed], "2024-02-16");
    // An open span, like "since then": not Friday's attack, not the news day.
    assert_eq!(date_of(&ev, "killed"), None, "{ev:?}");
}

#[test]
fn a_date_in_the_since_clause_gives_the_month_of_the_span() {
    let arrested = "Police/3/nsubj have/3/aux arrested/0/root 300/6/nummod opposition/6/compound members/3/obj since/10/mark the/9/det party/10/nsubj called/3/advcl a/12/det strike/10/obj on/14/case Tuesday/10/obl ./3/punct";
    let ev = doc_events(&[ATTACK, arrested], "2024-02-16");
    // From Tuesday the 13th to Friday the 16th: February, like "since Tuesday".
    assert_eq!(date_of(&ev, "arrested"), Some("2024-02"), "{ev:?}");
}

#[test]
fn a_span_across_a_year_end_has_no_date() {
    let shelled = "Rebels/3/nsubj have/3/aux shelled/0/root villages/3/obj since/8/mark the/7/det army/8/nsubj launched/3/advcl its/10/nmod:poss offensive/8/obj in/12/case March/8/obl 2022/12/nummod ./3/punct";
    let ev = doc_events(&[ATTACK, shelled], "2024-02-16");
    // From March 2022 to February 2024: no month or year holds it (like "since 2022").
    assert_eq!(date_of(&ev, "shelled"), None, "{ev:?}");
}

#[test]
fn a_causal_since_in_the_simple_past_keeps_the_date() {
    let killed = "Rebels/2/nsubj killed/0/root ten/4/nummod soldiers/2/obj on/6/case Thursday/2/obl ,/10/punct since/10/mark talks/10/nsubj failed/2/advcl ./2/punct";
    let ev = doc_events(&[ATTACK, killed], "2024-02-16");
    assert_eq!(date_of(&ev, "killed"), Some("2024-02-15"), "{ev:?}");
}

#[test]
fn the_event_inside_the_since_clause_keeps_its_own_date() {
    let attacked = "Troops/3/nsubj have/3/aux patrolled/0/root the/5/det town/3/obj since/8/mark rebels/8/nsubj attacked/3/advcl it/8/obj on/11/case Tuesday/8/obl ./3/punct";
    let ev = doc_events(&[attacked], "2024-02-16");
    assert_eq!(date_of(&ev, "attacked"), Some("2024-02-13"), "{ev:?}");
}

#[test]
fn a_rank_since_a_clause_compares_and_keeps_the_news_day() {
    let arrived = "The/2/det minister/3/nsubj arrived/0/root in/5/case Kabul/3/obl on/7/case Monday/3/obl ./3/punct";
    let visit = "This/2/nsubj marks/0/root the/4/det minister/7/nmod:poss 's/4/case second/7/amod visit/2/obj to/9/case Kabul/7/nmod since/11/mark taking/2/advcl office/11/obj ./2/punct";
    let ev = doc_events(&[arrived, visit], "2024-02-12");
    assert_eq!(date_of(&ev, "visit"), Some("2024-02-12"), "{ev:?}");
}

#[test]
fn a_simple_past_with_its_own_date_is_no_span() {
    let most = "Last/2/amod year/5/obl:tmod ,/2/punct rebels/5/nsubj carried/0/root out/5/compound:prt the/9/det most/9/amod attacks/5/obj since/13/mark the/12/det government/13/nsubj fell/5/advcl in/15/case 2001/13/obl ./5/punct";
    let ev = doc_events(&[ATTACK, most], "2024-02-16");
    assert_eq!(date_of(&ev, "attacks"), Some("2023"), "{ev:?}");
}

#[test]
fn the_report_day_above_does_not_date_the_span() {
    let said = "The/2/det party/3/nsubj said/0/root on/5/case Friday/3/obl that/11/mark 300/8/nummod members/11/nsubj:pass have/11/aux been/11/aux:pass arrested/3/ccomp since/14/mark police/14/nsubj raided/11/advcl its/16/nmod:poss offices/14/obj on/18/case Tuesday/14/obl ./3/punct";
    let ev = doc_events(&[said], "2024-02-16");
    // Arrested from Tuesday on, as the party said on Friday: February, not Friday.
    assert_eq!(date_of(&ev, "arrested"), Some("2024-02"), "{ev:?}");
}

#[test]
fn a_causal_since_under_a_present_position_is_no_span() {
    // "blames ... since they attacked": a reason, not the start of a span; the position has no date.
    let blames = "The/2/det government/3/nsubj blames/0/root the/5/det rebels/3/obj since/8/mark they/8/nsubj attacked/3/advcl a/10/det convoy/8/obj on/12/case Monday/8/obl ./3/punct";
    let ev = doc_events(&[ATTACK, blames], "2024-02-16");
    assert_eq!(date_of(&ev, "blames"), None, "{ev:?}");
}

#[test]
fn a_date_after_a_since_phrase_bounds_the_span_and_its_place_is_the_anchors() {
    // "Violence has killed thousands since the bombing of a shrine in Samarra in January": the
    // parser hangs "in January" on "killed", yet it dates the bombing, the span's start.
    let ev = crate::events::testing::placed_story(&[(
        "Violence/3/nsubj has/3/aux killed/0/root thousands/3/obj since/7/case the/7/det bombing/3/obl \
         of/10/case a/10/det shrine/7/nmod in/12/case Samarra/10/nmod in/14/case January/3/obl ./3/punct",
        &[(11, 12)],
    )]);
    let tolls: Vec<_> = ev.iter().filter(|e| e.action.text != "bombing").collect();
    assert!(!tolls.is_empty(), "{ev:?}");
    for e in tolls {
        // From January to publication on 13 February 2024: the year holds the span (GUIDELINES §6.4).
        assert_eq!(e.date.as_ref().map(|d| d.value.as_str()), Some("2024"), "{e:?}");
        assert_eq!(e.location, None, "{e:?}");
    }
}

#[test]
fn a_past_perfect_toll_since_a_war_began_has_no_date() {
    // reported speech puts "have been killed since" into the past perfect: still a span, not Friday's
    let said = "Officials/2/nsubj said/0/root 300/4/nummod people/7/nsubj:pass had/7/aux been/7/aux:pass killed/2/ccomp since/11/mark the/10/det war/11/nsubj began/7/advcl ./2/punct";
    let ev = doc_events(&[ATTACK, said], "2024-02-16");
    assert_eq!(date_of(&ev, "killed"), None, "{ev:?}");
}

#[test]
fn a_toll_since_an_event_noun_has_no_date() {
    // "More than 800 people have been killed since the disputed election": a since-phrase bounds
    // the span as a since-clause does, so the toll is not Friday's attack.
    let killed = "Twenty/2/nummod soldiers/5/nsubj:pass have/5/aux been/5/aux:pass killed/0/root since/9/case the/9/det disputed/9/amod election/5/obl ./5/punct";
    let ev = doc_events(&[ATTACK, killed], "2024-02-16");
    assert_eq!(date_of(&ev, "killed"), None, "{ev:?}");
}
