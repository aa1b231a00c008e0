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

#[test]
fn violence_a_frequency_adverb_says_recurs_is_no_record() {
    // "have repeatedly attacked": a pattern told in the perfect, no incident of its own.
    let perfect = "Gunmen/4/nsubj have/4/aux repeatedly/4/advmod attacked/0/root police/6/compound posts/4/obj \
                   in/9/case the/9/det north/4/obl ./4/punct";
    let present = "Militants/3/nsubj constantly/3/advmod attack/0/root convoys/3/obj on/6/case roads/3/obl ./3/punct";
    assert!(!has(perfect, "attacked"), "{:?}", events_of(perfect, None));
    assert!(!has(present, "attack"), "{:?}", events_of(present, None));
    // Without the adverb, the same words report an attack.
    let once = "Gunmen/2/nsubj attacked/0/root police/4/compound posts/2/obj in/7/case the/7/det north/2/obl ./2/punct";
    assert!(has(once, "attacked"), "{:?}", events_of(once, None));
}

#[test]
fn repetition_in_the_past_or_the_progressive_still_tells_one_incident() {
    // "Troops repeatedly shelled the town": blows within one incident.
    let shelled = "Troops/3/nsubj repeatedly/3/advmod shelled/0/root the/5/det town/3/obj ./3/punct";
    let ev = events_of(shelled, None);
    assert!(ev.iter().any(|e| e.action.cameo.starts_with("19")), "{ev:?}");
    // "Soldiers are constantly shelling villages": an incident under way.
    let shelling = "Soldiers/4/nsubj are/4/aux constantly/4/advmod shelling/0/root villages/4/obj near/8/case \
                    the/8/det border/4/obl ./4/punct";
    let ev = events_of(shelling, None);
    assert!(ev.iter().any(|e| e.action.cameo.starts_with("19")), "{ev:?}");
}

#[test]
fn a_frequency_word_on_a_singular_force_noun_tells_how_one_incident_went() {
    // "with frequent exchange of fire reported between troops and militants": one clash under way.
    let fire = "Fighting/3/nsubj has/3/aux continued/0/root with/6/case frequent/6/amod exchange/3/obl of/8/case \
                fire/6/nmod between/10/case troops/6/nmod and/12/cc militants/10/conj ./3/punct";
    let ev = events_of(fire, None);
    assert!(ev.iter().any(|e| e.action.text.contains("exchange")), "{ev:?}");
}

#[test]
fn a_force_noun_that_a_frequency_modifier_says_recurs_is_no_record() {
    let regular = "Residents/2/nsubj described/0/root regular/4/amod raids/2/obj by/7/case militia/7/compound \
                   fighters/4/nmod ./2/punct";
    let nightly = "Residents/4/nsubj fear/4/advmod when/5/advmod the/6/det nightly/6/amod raids/7/nsubj \
                   begin/0/root ./7/punct";
    assert!(!has(regular, "raids"), "{:?}", events_of(regular, None));
    assert!(!has(nightly, "raids"), "{:?}", events_of(nightly, None));
    let plain = "Residents/2/nsubj described/0/root raids/2/obj by/6/case militia/6/compound fighters/3/nmod ./2/punct";
    assert!(has(plain, "raids"), "{:?}", events_of(plain, None));
}

#[test]
fn a_toll_or_a_day_makes_recurring_violence_one_incident() {
    // "Repeated airstrikes killed five civilians": the toll is of one occurrence.
    let toll = "Repeated/2/amod airstrikes/3/nsubj killed/0/root five/5/nummod civilians/3/obj in/8/case the/8/det \
                town/3/obl ./3/punct";
    assert!(has(toll, "airstrikes"), "{:?}", events_of(toll, None));
    // "The army said on Monday that repeated airstrikes hit the town": in the past, one incident.
    let dated = "The/2/det army/3/nsubj said/0/root on/5/case Monday/3/obl that/9/mark repeated/8/amod \
                 airstrikes/9/nsubj hit/3/ccomp the/11/det town/9/obj ./3/punct";
    let ev = events_of(dated, Some("2024-03-06"));
    assert!(ev.iter().any(|e| e.action.cameo.starts_with("19")), "{ev:?}");
}

#[test]
fn a_date_of_its_own_clause_ties_recurring_violence_to_one_stretch_the_days_statement_does_not() {
    // "... this week": a stretch of the news, not a pattern.
    let week = "The/2/det army/5/nsubj has/5/aux repeatedly/5/advmod shelled/0/root rebel/7/compound positions/5/obj \
                this/9/det week/5/obl:tmod ./5/punct";
    let ev = events_of(week, Some("2024-03-06"));
    assert!(ev.iter().any(|e| e.action.cameo.starts_with("19")), "{ev:?}");
    // "..., officials said on Monday": the day of the statement dates no shelling.
    let said = "Russian/2/amod forces/5/nsubj have/5/aux repeatedly/5/advmod shelled/0/root Kherson/5/obj ,/8/punct \
                officials/8/nsubj said/5/parataxis on/10/case Monday/8/obl ./5/punct";
    let ev = events_of(said, Some("2024-03-06"));
    assert!(!ev.iter().any(|e| e.action.cameo.starts_with("19")), "{ev:?}");
}

#[test]
fn a_recurring_force_noun_in_a_past_clause_tells_one_night() {
    // "Repeated airstrikes pounded Rafah overnight": that night's strikes.
    let pounded = "Repeated/2/amod airstrikes/3/nsubj pounded/0/root Rafah/3/obj overnight/3/advmod ./3/punct";
    let ev = events_of(pounded, Some("2024-03-06"));
    assert!(ev.iter().any(|e| e.action.cameo.starts_with("19")), "{ev:?}");
}
