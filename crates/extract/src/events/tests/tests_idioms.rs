//! Idioms and phrasal verbs of wire copy that name an act (triggers.tsv), with the senses of the
//! same words that name none: "laid siege to", "rained rockets on", "pushed into";
//! "fired him", "a national strike", "slammed into", "stun grenades".
use crate::events::testing::codes_of;

fn codes(spec: &str) -> Vec<String> {
    codes_of(spec, None)
}

#[test]
fn force_idioms_are_acts_of_force() {
    assert_eq!(codes("Rebels/2/nsubj laid/0/root siege/2/obj to/6/case the/6/det town/2/obl ./2/punct"), ["191"]);
    assert_eq!(codes("Forces/2/nsubj rained/0/root rockets/2/obj on/5/case the/5/det city/2/obl ./2/punct"), ["194"]);
    assert_eq!(
        codes("Gunmen/2/nsubj slit/0/root the/4/det throats/2/obj of/6/case villagers/4/nmod ./2/punct"),
        ["1823"]
    );
    assert_eq!(codes("Rebels/2/nsubj executed/0/root a/5/det local/5/amod chief/2/obj ./2/punct"), ["1823"]);
    let got = codes("Israeli/2/amod jets/3/nsubj knocked/0/root out/3/compound:prt the/6/det runways/3/obj ./3/punct");
    assert!(!got.is_empty() && got.iter().all(|c| c.starts_with("19")), "{got:?}");
}

#[test]
fn the_same_words_in_other_senses_are_no_acts() {
    assert!(codes("It/2/expl rained/0/root on/4/case Monday/2/obl ./2/punct").is_empty());
    assert!(codes("The/2/det storm/3/nsubj knocked/0/root out/3/compound:prt power/3/obj ./3/punct").is_empty());
    assert!(codes("He/2/nsubj took/0/root up/2/compound:prt the/4/det matter/2/obj ./2/punct").is_empty());
    assert!(codes("The/2/det firm/3/nsubj executed/0/root the/5/det order/3/obj ./3/punct").is_empty());
    // "executed a plan to remove the president": the plan is carried out, no one put to death
    let plan = "The/2/det army/3/nsubj executed/0/root a/5/det plan/3/obj to/7/mark remove/5/acl the/9/det \
                president/7/obj ./3/punct";
    assert!(!codes(plan).iter().any(|c| c.starts_with("182")), "{:?}", codes(plan));
    // "since the rebels took up arms in 1984": the start of a rebellion anchors a toll; it is no act
    // of its own (GUIDELINES 12.9: joining or forming a group is no event)
    assert!(codes("Rebels/2/nsubj took/0/root up/2/compound:prt arms/2/obj in/5/case 1984/2/obl ./2/punct").is_empty());
    // "fired him" dismisses; "fired on protesters" shoots
    assert!(codes("The/2/det junta/3/nsubj fired/0/root him/3/obj ./3/punct").is_empty());
    assert!(!codes("Troops/2/nsubj fired/0/root on/4/case protesters/2/obl ./2/punct").is_empty());
    // a rocket that slammed into a school is no criticism
    let got = codes("A/2/det rocket/3/nsubj slammed/0/root into/6/case a/6/det school/3/obl ./3/punct");
    assert!(!got.iter().any(|c| c == "111"), "{got:?}");
}

#[test]
fn an_armed_force_moving_into_a_place_takes_it() {
    let got = codes("Houthi/2/compound fighters/3/nsubj pushed/0/root into/6/case the/6/det city/3/obl ./3/punct");
    assert_eq!(got, ["192"]);
    assert_eq!(codes("Kenyan/2/amod troops/3/nsubj moved/0/root into/6/case the/6/det town/3/obl ./3/punct"), ["192"]);
    assert_eq!(codes("Russian/2/amod troops/3/nsubj poured/0/root into/5/case Georgia/3/obl ./3/punct"), ["190"]);
    // no armed force: no act
    assert!(codes("The/2/det family/3/nsubj moved/0/root into/6/case a/6/det house/3/obl ./3/punct").is_empty());
    assert!(codes("Fans/2/nsubj poured/0/root into/5/case the/5/det stadium/2/obl ./2/punct").is_empty());
    assert!(codes("The/2/det firm/3/nsubj pushed/0/root into/6/case new/6/amod markets/3/obl ./3/punct").is_empty());
}

#[test]
fn troops_massed_with_a_count_between() {
    let got =
        codes("Russia/2/nsubj massed/0/root tens/2/obj of/5/case thousands/3/nmod of/7/case troops/5/nmod ./2/punct");
    assert_eq!(got, ["154"]);
    assert_eq!(codes("The/2/det army/3/nsubj stepped/0/root up/3/compound:prt patrols/3/obj ./3/punct"), ["150"]);
}

#[test]
fn curfews_rallies_and_aid_are_acts() {
    let got = codes("Authorities/2/nsubj announced/0/root a/5/det dusk-to-dawn/5/amod curfew/2/obj ./2/punct");
    assert_eq!(got, ["1723"]);
    let got =
        codes("Thousands/4/nsubj of/3/case people/1/nmod rallied/0/root in/7/case the/7/det capital/4/obl ./4/punct");
    assert_eq!(got, ["141"]);
    let got = codes("Supporters/2/nsubj rallied/0/root behind/4/case him/2/obl ./2/punct");
    assert!(got.is_empty(), "{got:?}");
    let got = codes("India/2/nsubj dispatched/0/root a/4/det team/2/obj of/6/case doctors/4/nmod ./2/punct");
    assert_eq!(got, ["073"]);
    assert_eq!(codes("Jordan/2/nsubj airlifted/0/root food/2/obj to/5/case Gaza/2/obl ./2/punct"), ["073"]);
    let got = codes(
        "Pakistan/2/nsubj handed/0/root over/2/compound:prt a/6/det captured/6/amod pilot/2/obj to/8/case India/2/obl ./2/punct",
    );
    assert_eq!(got, ["0841"]);
}

#[test]
fn words_of_labour_trade_and_crowd_control_keep_their_sense() {
    let got = codes("Unions/2/nsubj called/0/root a/5/det national/5/amod strike/2/obj ./2/punct");
    assert_eq!(got, ["143"]);
    let got = codes(
        "India/3/nsubj has/3/aux withdrawn/0/root trade/5/compound privileges/3/obj from/7/case Pakistan/3/obl ./3/punct",
    );
    assert_eq!(got, ["163"]);
    assert_eq!(codes("Troops/2/nsubj withdrew/0/root from/5/case the/5/det town/2/obl ./2/punct"), ["0874"]);
    let got = codes("Police/2/nsubj lobbed/0/root stun/4/compound grenades/2/obj at/6/case protesters/2/obl ./2/punct");
    assert_eq!(got, ["175"]);
    assert_eq!(codes("Russia/2/nsubj rejected/0/root the/4/det criticism/2/obj ./2/punct"), ["016"]);
}

// The long tail of conflict verbs (PETRARCH CAMEO patterns written as triggers.tsv lines): each family
// with a wording that names no act beside it.

#[test]
fn a_force_securing_a_place_takes_it() {
    assert_eq!(codes("Government/2/compound troops/3/nsubj secured/0/root the/5/det airport/3/obj ./3/punct"), ["192"]);
    assert_eq!(codes("Rebels/2/nsubj secured/0/root the/4/det town/2/obj ./2/punct"), ["192"]);
    // police closing off a blast site, or a minister winning a deal, take nothing
    assert!(codes("Police/2/nsubj secured/0/root the/4/det scene/2/obj ./2/punct").is_empty());
    assert!(codes("The/2/det minister/3/nsubj secured/0/root a/5/det deal/3/obj ./3/punct").is_empty());
}

#[test]
fn armed_groups_driven_from_a_place_are_fought() {
    let drove = "The/2/det army/3/nsubj drove/0/root the/5/det rebels/3/obj from/8/case the/8/det town/3/obl ./3/punct";
    assert_eq!(codes(drove), ["190"]);
    let chased = "Troops/2/nsubj chased/0/root the/4/det militants/2/obj out/2/advmod of/8/case the/8/det \
                  district/2/obl ./2/punct";
    assert_eq!(codes(chased), ["190"]);
    let dislodged = "Soldiers/2/nsubj dislodged/0/root the/4/det insurgents/2/obj from/7/case their/7/nmod:poss \
                     positions/2/obl ./2/punct";
    assert_eq!(codes(dislodged), ["190"]);
    let expelled =
        "Troops/2/nsubj expelled/0/root the/4/det militants/2/obj from/7/case the/7/det town/2/obl ./2/punct";
    assert_eq!(codes(expelled), ["190"]);
    // no armed party driven out: no act
    let school = "She/2/nsubj drove/0/root the/4/det children/2/obj from/7/case the/7/det school/2/obl ./2/punct";
    assert!(codes(school).is_empty());
}

#[test]
fn emergency_regimes_laid_on_a_place() {
    let martial = "The/2/det government/3/nsubj placed/0/root the/5/det province/3/obj under/8/case martial/8/amod \
                   law/3/obl ./3/punct";
    assert_eq!(codes(martial), ["1724"]);
    let curfew = "The/2/det army/3/nsubj put/0/root the/5/det city/3/obj under/8/case a/8/det curfew/3/obl ./3/punct";
    assert_eq!(codes(curfew), ["1723"]);
    let war = "The/2/det president/3/nsubj declared/0/root a/5/det state/3/obj of/7/case war/5/nmod ./3/punct";
    assert_eq!(codes(war), ["1724"]);
    let siege = "The/2/det junta/3/nsubj declared/0/root a/5/det state/3/obj of/7/case siege/5/nmod ./3/punct";
    assert_eq!(codes(siege), ["1724"]);
}

#[test]
fn outlets_blocked_or_cut_off_are_censorship() {
    assert_eq!(codes("Authorities/2/nsubj blocked/0/root access/2/obj to/5/case Instagram/3/nmod ./2/punct"), ["1721"]);
    let shut = "The/2/det government/3/nsubj shut/0/root down/3/compound:prt the/6/det internet/3/obj ./3/punct";
    assert_eq!(codes(shut), ["1721"]);
    // a bill blocked is no outlet; websites told as blocked describe a standing state
    assert!(codes("Lawmakers/2/nsubj blocked/0/root the/4/det bill/2/obj ./2/punct").is_empty());
    let standing = "China/2/nsubj has/0/root tight/4/amod controls/2/obj ,/7/punct with/7/case websites/2/obl \
                    blocked/7/acl ./2/punct";
    assert!(!codes(standing).iter().any(|c| c == "1721"), "{:?}", codes(standing));
}

#[test]
fn firebombs_thrown_are_bombings() {
    assert_eq!(codes("Protesters/2/nsubj hurled/0/root firebombs/2/obj at/5/case police/2/obl ./2/punct"), ["183"]);
    let petrol =
        "Youths/2/nsubj threw/0/root petrol/4/compound bombs/2/obj at/7/case the/7/det station/2/obl ./2/punct";
    assert_eq!(codes(petrol), ["183"]);
    let molotov = "Rioters/2/nsubj threw/0/root Molotov/4/compound cocktails/2/obj at/6/case officers/2/obl ./2/punct";
    assert_eq!(codes(molotov), ["183"]);
}

#[test]
fn a_member_suspended_from_a_bloc() {
    let bloc = "The/3/det African/3/amod Union/4/nsubj suspended/0/root Mali/4/obj from/7/case the/7/det \
                bloc/4/obl ./4/punct";
    assert_eq!(codes(bloc), ["160"]);
    // an officer suspended from duty is no act between parties
    let duty = "The/2/det officer/4/nsubj:pass was/4/aux:pass suspended/0/root from/6/case duty/4/obl ./4/punct";
    assert!(codes(duty).is_empty());
}

#[test]
fn news_outlets_closed_are_censorship() {
    let shut = "The/2/det government/3/nsubj shut/0/root down/3/compound:prt the/8/det independent/8/amod \
                television/8/compound station/3/obj ./3/punct";
    assert_eq!(codes(shut), ["1721"]);
    let closed = "Police/2/nsubj closed/0/root the/5/det opposition/5/compound newspaper/2/obj ./2/punct";
    assert_eq!(codes(closed), ["1721"]);
    // a plant shut down is no outlet
    let plant = "The/2/det firm/3/nsubj shut/0/root down/3/compound:prt the/6/det plant/3/obj ./3/punct";
    assert!(codes(plant).is_empty());
}
