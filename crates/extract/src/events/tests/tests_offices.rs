//! People named with their office: later mentions by name take the office's state and role
//! (offices.rs); an office in an unnamed body says nothing; "the army" is never a person.
use crate::events::testing::{entity, parsed_doc};
use casus_core::Event;

/// A story set in the Philippines whose second sentence introduces `introduction` (a PER entity at
/// `person`), followed by `rest`, one sentence each; `names` are PER entities of the later sentences.
fn story(introduction: &str, person: std::ops::Range<usize>, rest: &[(&str, std::ops::Range<usize>)]) -> Vec<Event> {
    story_with_org(introduction, person, 0..0, rest)
}

/// `story`, with an ORG entity at `org` in the introduction (none when empty).
fn story_with_org(
    introduction: &str,
    person: std::ops::Range<usize>,
    org: std::ops::Range<usize>,
    rest: &[(&str, std::ops::Range<usize>)],
) -> Vec<Event> {
    let mut specs =
        vec!["Fighting/2/nsubj erupted/0/root in/5/case the/5/det Philippines/2/obl ./2/punct", introduction];
    specs.extend(rest.iter().map(|(s, _)| *s));
    let mut doc = parsed_doc(&specs);
    doc.published = chrono::NaiveDate::from_ymd_opt(2023, 5, 2);
    doc.sentences[0].entities.push(entity("GPE", 4..5));
    if !org.is_empty() {
        doc.sentences[1].entities.push(entity("ORG", org));
    }
    doc.sentences[1].entities.push(entity("PER", person));
    for (i, (_, name)) in rest.iter().enumerate() {
        if !name.is_empty() {
            doc.sentences[2 + i].entities.push(entity("PER", name.clone()));
        }
    }
    crate::events::extract(&doc)
}

fn actor_of<'a>(ev: &'a [Event], action: &str) -> (Option<&'a str>, Option<&'a str>, Option<&'a str>) {
    let e = ev.iter().find(|e| e.action.text == action).unwrap_or_else(|| panic!("no {action}: {ev:?}"));
    let a = e.actor.as_ref().expect("actor");
    (a.name.as_deref(), a.country.as_deref(), a.role.as_deref())
}

const SPOKESWOMAN: &str = "A/3/det military/3/amod spokeswoman/9/nsubj ,/7/punct Captain/7/compound Joan/7/compound Reyes/3/appos ,/3/punct said/0/root ./9/punct";
const ACCUSED: (&str, std::ops::Range<usize>) = ("Reyes/2/nsubj accused/0/root the/4/det rebels/2/obj ./2/punct", 0..1);

#[test]
fn a_person_named_with_an_office_keeps_its_role_and_state_by_surname() {
    let ev = story(SPOKESWOMAN, 5..7, &[ACCUSED]);
    assert_eq!(actor_of(&ev, "accused"), (Some("Joan Reyes"), Some("PHL"), Some("MIL")));
}

#[test]
fn an_office_in_an_unnamed_body_says_nothing_of_whose_it_is() {
    let leader =
        "Their/2/nmod:poss leader/7/nsubj ,/5/punct John/5/compound Okello/2/appos ,/2/punct said/0/root ./7/punct";
    let ev = story(leader, 3..5, &[("Okello/2/nsubj accused/0/root the/4/det army/2/obj ./2/punct", 0..1)]);
    assert_eq!(actor_of(&ev, "accused"), (Some("John Okello"), None, None));
}

#[test]
fn the_army_is_never_the_person_who_speaks_for_it() {
    let shelled = ("The/2/det army/3/nsubj shelled/0/root villages/3/obj ./3/punct", 0..0);
    let ev = story(SPOKESWOMAN, 5..7, &[ACCUSED, shelled]);
    assert_eq!(actor_of(&ev, "shelled"), (Some("Philippines"), Some("PHL"), Some("MIL")));
}

#[test]
fn a_title_parsed_apart_from_the_name_right_before_it_is_still_its_office() {
    let government = "Rebels/2/nsubj attacked/0/root the/4/det government/2/obj of/7/case Prime/7/amod Minister/4/nmod Juan/4/nmod Cruz/8/flat ./2/punct";
    let ev = story(government, 7..9, &[("Cruz/2/nsubj accused/0/root the/4/det rebels/2/obj ./2/punct", 0..1)]);
    assert_eq!(actor_of(&ev, "accused"), (Some("Juan Cruz"), Some("PHL"), Some("GOV")));
}

#[test]
fn a_surname_takes_the_known_person_the_story_named_in_full() {
    let met = "Ibrahim/2/compound Kalin/3/nsubj spoke/0/root ./3/punct";
    let ev = story(met, 0..2, &[ACCUSED_BY_KALIN]);
    assert_eq!(actor_of(&ev, "accused"), (Some("Ibrahim Kalin"), Some("TUR"), Some("GOV")));
}

const ACCUSED_BY_KALIN: (&str, std::ops::Range<usize>) =
    ("Kalin/2/nsubj accused/0/root the/4/det rebels/2/obj ./2/punct", 0..1);

#[test]
fn the_spokeswoman_alone_is_the_spokeswoman_the_story_named() {
    let denounced = ("The/2/det spokeswoman/3/nsubj denounced/0/root the/5/det rebels/3/obj ./3/punct", 0..0);
    let ev = story(SPOKESWOMAN, 5..7, &[ACCUSED, denounced]);
    assert_eq!(actor_of(&ev, "denounced"), (Some("Joan Reyes"), Some("PHL"), Some("MIL")));
}

#[test]
fn a_family_name_first_is_the_surname_of_a_name_given_in_full() {
    let met = "Kim/3/compound Dae-jung/3/flat arrived/0/root ./3/punct";
    let ev = story(met, 0..2, &[("Mr./2/compound Kim/3/nsubj accused/0/root the/5/det rebels/3/obj ./3/punct", 1..2)]);
    assert_eq!(actor_of(&ev, "accused").0, Some("Kim Dae-jung"));
}

#[test]
fn a_country_a_person_comes_from_is_no_office() {
    // "Maria Santos, a beautician from Peru, said ...": where she is from makes her no government.
    let beautician = "Maria/2/compound Santos/9/nsubj ,/5/punct a/5/det beautician/2/appos from/7/case Peru/5/nmod ,/2/punct said/0/root ./9/punct";
    let ev = story(beautician, 0..2, &[("Santos/2/nsubj accused/0/root the/4/det army/2/obj ./2/punct", 0..1)]);
    assert_eq!(actor_of(&ev, "accused"), (Some("Maria Santos"), None, None));
}

#[test]
fn an_official_of_an_international_body_is_igo_by_surname_too() {
    let envoy = "A/3/det UN/3/compound spokeswoman/9/nsubj ,/7/punct Captain/7/compound Joan/7/compound Reyes/3/appos ,/3/punct said/0/root ./9/punct";
    let ev = story(envoy, 5..7, &[ACCUSED]);
    assert_eq!(actor_of(&ev, "accused"), (Some("Joan Reyes"), None, Some("IGO")));
}

#[test]
fn an_abbreviated_title_the_tagger_took_into_the_name_is_the_office() {
    // "former DP Rigathi Gachagua": the name tagger keeps "DP" (deputy president) inside the name.
    let former = "Former/4/amod DP/4/compound John/4/compound Kamau/5/nsubj spoke/0/root ./5/punct";
    let ev = story(former, 1..4, &[("Kamau/2/nsubj accused/0/root the/4/det rebels/2/obj ./2/punct", 0..1)]);
    assert_eq!(actor_of(&ev, "accused"), (Some("John Kamau"), Some("PHL"), Some("GOV")));
}

#[test]
fn a_title_that_opens_a_sentence_parsed_apart_from_the_name_is_still_its_office() {
    let governor =
        "Central/2/amod Luzon/3/compound Governor/6/nsubj Juan/6/nsubj Cruz/4/flat told/0/root reporters/6/obj ./6/punct";
    let ev = story(governor, 3..5, &[("Cruz/2/nsubj accused/0/root the/4/det rebels/2/obj ./2/punct", 0..1)]);
    assert_eq!(actor_of(&ev, "accused"), (Some("Juan Cruz"), Some("PHL"), Some("GOV")));
}

#[test]
fn the_journalist_alone_is_the_journalist_the_story_named() {
    let journalist = "Filipino/2/amod journalist/4/compound Jose/4/compound Dara/5/nsubj spoke/0/root ./5/punct";
    let accused = ("Dara/2/nsubj accused/0/root the/4/det army/2/obj ./2/punct", 0..1);
    let denounced = ("The/2/det journalist/3/nsubj denounced/0/root the/5/det army/3/obj ./3/punct", 0..0);
    let ev = story(journalist, 2..4, &[accused, denounced]);
    assert_eq!(actor_of(&ev, "denounced"), (Some("Jose Dara"), Some("PHL"), Some("MED")));
}

/// A story set in the Philippines of `specs` (the first sentence is added), with PER entities
/// `(sentence of specs, tokens)`.
fn story_of(specs: &[&str], people: &[(usize, std::ops::Range<usize>)]) -> Vec<Event> {
    let mut all = vec!["Fighting/2/nsubj erupted/0/root in/5/case the/5/det Philippines/2/obl ./2/punct"];
    all.extend(specs);
    let mut doc = parsed_doc(&all);
    doc.published = chrono::NaiveDate::from_ymd_opt(2023, 5, 2);
    doc.sentences[0].entities.push(entity("GPE", 4..5));
    for (i, tokens) in people {
        doc.sentences[i + 1].entities.push(entity("PER", tokens.clone()));
    }
    crate::events::extract(&doc)
}

#[test]
fn a_person_named_right_after_an_unnamed_office_holder_spoke_holds_that_office() {
    // "China's U.N. ambassador told reporters ... . Fu Cong blamed ...".
    let ambassador = "The/3/det Chinese/3/amod ambassador/4/nsubj told/0/root reporters/4/obj ./4/punct";
    let accused = "Wei/2/compound Kang/3/nsubj accused/0/root the/5/det rebels/3/obj ./3/punct";
    let ev = story_of(&[ambassador, accused], &[(1, 0..2)]);
    assert_eq!(actor_of(&ev, "accused"), (Some("Wei Kang"), Some("CHN"), Some("GOV")));
}

#[test]
fn a_two_letter_surname_names_the_person_too() {
    let spokeswoman = "A/3/det military/3/amod spokeswoman/9/nsubj ,/7/punct Captain/7/compound Joan/7/compound Fu/3/appos ,/3/punct said/0/root ./9/punct";
    let accused = "Fu/2/nsubj accused/0/root the/4/det rebels/2/obj ./2/punct";
    let ev = story_of(&[spokeswoman, accused], &[(0, 5..7), (1, 0..1)]);
    assert_eq!(actor_of(&ev, "accused"), (Some("Joan Fu"), Some("PHL"), Some("MIL")));
}

#[test]
fn a_family_name_alone_is_the_person_named_family_name_first() {
    // "China's U.N. ambassador ... . Fu Cong blamed ... . Fu noted ...": the family name comes first.
    let ambassador = "The/3/det Chinese/3/amod ambassador/4/nsubj told/0/root reporters/4/obj ./4/punct";
    let blamed = "Fu/2/compound Cong/3/nsubj accused/0/root the/5/det rebels/3/obj ./3/punct";
    let denounced = "Fu/2/nsubj denounced/0/root the/4/det rebels/2/obj ./2/punct";
    let ev = story_of(&[ambassador, blamed, denounced], &[(1, 0..2), (2, 0..1)]);
    assert_eq!(actor_of(&ev, "denounced"), (Some("Fu Cong"), Some("CHN"), Some("GOV")));
}

/// "Acme spokesman John Doe accused ...", then "Doe accused ...": an office in an organisation the
/// gazetteer does not know (a company, a foundation) is no office of the story's state.
#[test]
fn an_office_in_an_unknown_organisation_is_no_state_office() {
    let intro = "Acme/2/compound spokesman/4/compound John/4/compound Doe/5/nsubj accused/0/root the/7/det \
        rebels/5/obj ./5/punct";
    let ev =
        story_with_org(intro, 2..4, 0..1, &[("Doe/2/nsubj criticized/0/root the/4/det army/2/obj ./2/punct", 0..1)]);
    assert_eq!(actor_of(&ev, "criticized"), (Some("John Doe"), None, None));
    assert_eq!(actor_of(&ev, "accused").1, None);
}

#[test]
fn a_person_with_a_title_of_their_own_or_who_did_not_speak_is_not_the_office_holder_before() {
    let ambassador = "The/3/det Chinese/3/amod ambassador/4/nsubj told/0/root reporters/4/obj ./4/punct";
    // "Wei Kang, a shopkeeper, accused ...": the shopkeeper is no ambassador.
    let shopkeeper =
        "Wei/2/compound Kang/7/nsubj ,/5/punct a/5/det shopkeeper/2/appos ,/2/punct accused/0/root the/9/det rebels/7/obj ./7/punct";
    let ev = story_of(&[ambassador, shopkeeper], &[(1, 0..2)]);
    assert_ne!(actor_of(&ev, "accused").1, Some("CHN"), "{ev:?}");
    // "Wei Kang met the governor": a meeting (04) reports no speech.
    let met = "Wei/2/compound Kang/3/nsubj met/0/root the/5/det governor/3/obj ./3/punct";
    let ev = story_of(&[ambassador, met], &[(1, 0..2)]);
    let kang = |p: &Option<casus_core::Party>| p.as_ref().is_some_and(|p| p.text == "Wei Kang");
    let kangs = ev.iter().flat_map(|e| [&e.actor, &e.target]).filter(|p| kang(p));
    assert!(
        kangs.clone().count() > 0
            && kangs.into_iter().all(|p| p.as_ref().and_then(|a| a.country.as_deref()) != Some("CHN")),
        "{ev:?}"
    );
}

const UN_OFFICIAL: &str = "Former/6/amod top/6/amod U.N./6/compound official/6/compound Hans/6/compound Berger/7/nsubj condemned/0/root the/9/det attack/7/obj ./7/punct";

#[test]
fn an_international_official_named_in_the_span_is_the_person_not_the_body() {
    let ev = story(UN_OFFICIAL, 4..6, &[]);
    assert_eq!(actor_of(&ev, "condemned"), (Some("Hans Berger"), None, Some("IGO")));
}

#[test]
fn the_office_noun_of_the_story_s_one_international_official_is_that_person() {
    let later = ("The/3/det U.N./3/compound envoy/4/nsubj denounced/0/root the/6/det shelling/4/obj ./4/punct", 0..0);
    let ev = story(UN_OFFICIAL, 4..6, &[later]);
    assert_eq!(actor_of(&ev, "denounced"), (Some("Hans Berger"), None, Some("IGO")));
    // Bodies and plural officials stay the body.
    let plural = ("U.N./2/compound officials/3/nsubj denounced/0/root the/5/det shelling/3/obj ./3/punct", 0..0);
    let ev = story(UN_OFFICIAL, 4..6, &[plural]);
    assert_eq!(actor_of(&ev, "denounced"), (Some("United Nations"), None, Some("IGO")));
}

#[test]
fn a_name_behind_a_preposition_is_not_the_international_official() {
    let envoy = "The/3/det U.N./3/compound envoy/7/nsubj to/6/case Ahmed/6/compound Shah/3/nmod condemned/0/root \
                 the/9/det attack/7/obj ./7/punct";
    let ev = story(envoy, 4..6, &[]);
    assert_eq!(actor_of(&ev, "condemned"), (Some("United Nations"), None, Some("IGO")));
}

#[test]
fn a_surname_the_model_leaves_untagged_is_still_the_story_s_person() {
    // "Reyes accused ..." with no PER entity: the model often misses a surname that is a common word.
    let ev = story(SPOKESWOMAN, 5..7, &[("Reyes/2/nsubj accused/0/root the/4/det rebels/2/obj ./2/punct", 0..0)]);
    assert_eq!(actor_of(&ev, "accused"), (Some("Joan Reyes"), Some("PHL"), Some("MIL")));
}

#[test]
fn an_untagged_capitalized_word_of_no_story_person_names_no_one() {
    let ev = story(SPOKESWOMAN, 5..7, &[("Santos/2/nsubj accused/0/root the/4/det rebels/2/obj ./2/punct", 0..0)]);
    let e = ev.iter().find(|e| e.action.text == "accused").expect("accused");
    assert!(e.actor.is_none(), "{ev:?}");
}

/// One sentence whose PER entity spans `person`, its events' actor texts.
fn actors_of(spec: &str, person: std::ops::Range<usize>) -> Vec<String> {
    let mut doc = parsed_doc(&[spec]);
    doc.sentences[0].entities.push(entity("PER", person));
    crate::events::extract(&doc).into_iter().filter_map(|e| e.actor.map(|a| a.text)).collect()
}

#[test]
fn a_title_parsed_as_a_second_subject_is_the_named_persons() {
    // "Prime Minister Ahmed Yusuf vowed to punish the attackers."
    let vowed = "Prime/2/amod Minister/5/nsubj Ahmed/5/nsubj Yusuf/3/flat vowed/0/root to/7/mark punish/5/xcomp \
                 the/9/det attackers/7/obj ./5/punct";
    assert_eq!(actors_of(vowed, 2..4), vec!["Prime Minister Ahmed Yusuf"]);
    // "Army spokesman Omar Diallo denied the report."
    let denied = "Army/2/compound spokesman/5/nsubj Omar/5/nsubj Diallo/3/flat denied/0/root the/7/det \
                  report/5/obj ./5/punct";
    assert_eq!(actors_of(denied, 2..4), vec!["Army spokesman Omar Diallo"]);
}

#[test]
fn two_subjects_that_are_not_a_title_and_its_name_stay_two() {
    // "The minister and Omar Diallo condemned the attack": a conjunction between, two actors.
    let both = "The/2/det minister/6/nsubj and/4/cc Omar/2/conj Diallo/4/flat condemned/0/root the/8/det \
                attack/6/obj ./6/punct";
    assert_eq!(actors_of(both, 3..5).len(), 2, "{:?}", actors_of(both, 3..5));
    // "The report, Omar Diallo said, ..." parsed as two subjects: a word that names no office is no title
    let report = "The/2/det report/6/nsubj Omar/6/nsubj Diallo/3/flat further/6/advmod condemned/0/root the/8/det \
                  attack/6/obj ./6/punct";
    assert_eq!(actors_of(report, 2..4), vec!["Omar Diallo"]);
}

#[test]
fn a_name_that_is_also_a_trigger_word_does_not_take_its_title_as_agent() {
    // "U.N. chief Ban Ki-moon urged calm": one appeal by the one man, no ban by the title.
    let urged = "U.N./2/compound chief/3/nsubj Ban/5/nsubj Ki-moon/3/flat urged/0/root calm/5/obj ./5/punct";
    let mut doc = parsed_doc(&[urged]);
    doc.sentences[0].entities.push(entity("PER", 2..4));
    let ev = crate::events::extract(&doc);
    let got: Vec<(String, Option<String>)> =
        ev.iter().map(|e| (e.action.cameo.clone(), e.actor.as_ref().map(|a| a.text.clone()))).collect();
    assert!(got.iter().all(|(c, a)| !c.starts_with("17") || a.is_none()), "{got:?}");
    assert!(got.iter().any(|(_, a)| a.as_deref() == Some("U.N. chief Ban Ki-moon")), "{got:?}");
}

#[test]
fn a_ministry_word_the_tagger_takes_for_a_body_is_still_a_state_office() {
    // "Defense Secretary Juan Cruz", "Interior Minister Juan Cruz": the tagger may read "Defense" or
    // "Interior" as an organisation it cannot name; the office is still the story's state's.
    for office in ["Defense/2/compound Secretary", "Interior/2/compound Minister"] {
        let accused =
            format!("{office}/3/compound Juan/5/nsubj Cruz/3/flat accused/0/root the/7/det rebels/5/obj ./5/punct");
        let ev = story_with_org(&accused, 2..4, 0..1, &[]);
        let (_, country, role) = actor_of(&ev, "accused");
        assert_eq!((country, role), (Some("PHL"), Some("GOV")), "{office}");
    }
}
