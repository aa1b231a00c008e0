//! Conditional threats: a party's future or possible act made to hang on a condition
//! (GUIDELINES §12.9 on threats and future statements).
use crate::events::testing::events_of;

fn threats(spec: &str) -> Vec<(String, Option<String>, Option<String>)> {
    let text = |p: &Option<casus_core::Party>| p.as_ref().map(|p| p.text.clone());
    let ev = events_of(spec, None);
    ev.iter()
        .filter(|e| e.action.cameo.starts_with("13"))
        .map(|e| (e.action.cameo.clone(), text(&e.actor), text(&e.target)))
        .collect()
}

#[test]
fn a_party_saying_what_it_will_do_if_another_acts_threatens_that_party() {
    // "Ankara said it would buy Russian jets if Washington stayed silent."
    let buy = "Ankara/2/nsubj said/0/root it/5/nsubj would/5/aux buy/2/ccomp Russian/7/amod jets/5/obj \
               if/10/mark Washington/10/nsubj stayed/5/advcl silent/10/xcomp ./2/punct";
    let got = threats(buy);
    assert_eq!(got, vec![("130".to_string(), Some("Ankara".to_string()), Some("Washington".to_string()))]);
    // An act that the lexicon knows takes its threat code: sanctions imposed if … are threatened (1312).
    let sanctions = "Washington/2/nsubj said/0/root sanctions/6/nsubj:pass would/6/aux be/6/aux:pass imposed/2/ccomp \
                     if/9/mark Ankara/9/nsubj stayed/6/advcl silent/9/xcomp ./2/punct";
    assert_eq!(threats(sanctions).iter().map(|t| t.0.as_str()).collect::<Vec<_>>(), vec!["1312"]);
}

#[test]
fn a_counterfactual_or_a_forecast_with_if_is_no_threat() {
    // "Ankara said it would have bought Russian jets if Washington had stayed silent": a past that did not happen.
    let past = "Ankara/2/nsubj said/0/root it/6/nsubj would/6/aux have/6/aux bought/2/ccomp Russian/8/amod jets/6/obj \
                if/12/mark Washington/12/nsubj had/12/aux stayed/6/advcl silent/12/xcomp ./2/punct";
    assert!(threats(past).is_empty());
    // "The economy would shrink if prices fell": no party says it will do anything.
    let shrink = "The/2/det economy/4/nsubj would/4/aux shrink/0/root if/7/mark prices/7/nsubj fell/4/advcl ./4/punct";
    assert!(events_of(shrink, None).is_empty());
}

#[test]
fn a_conditional_offer_is_a_promise_and_what_a_party_can_do_is_no_threat() {
    // "The rebels said they would free the hostages if the army withdrew": a conditional yield (035x).
    let free = "The/2/det rebels/3/nsubj said/0/root they/6/nsubj would/6/aux free/3/ccomp the/8/det hostages/6/obj \
                if/12/mark the/11/det army/12/nsubj withdrew/6/advcl ./3/punct";
    let ev = events_of(free, None);
    assert!(
        ev.iter().any(|e| e.action.cameo.starts_with("035")),
        "{:?}",
        ev.iter().map(|e| &e.action.cameo).collect::<Vec<_>>()
    );
    // "Ankara said it can buy Russian jets if Washington stayed silent": an ability, not a threat.
    let can = "Ankara/2/nsubj said/0/root it/5/nsubj can/5/aux buy/2/ccomp Russian/7/amod jets/5/obj \
               if/10/mark Washington/10/nsubj stayed/5/advcl silent/10/xcomp ./2/punct";
    assert!(threats(can).is_empty());
}

/// The codes of the events of `spec`.
fn codes(spec: &str) -> Vec<String> {
    events_of(spec, None).iter().map(|e| e.action.cameo.clone()).collect()
}

#[test]
fn a_conditional_end_to_force_is_an_offer_to_de_escalate() {
    // "Hamas said it would stop firing rockets if Israel left the valley" (0356, not 138).
    let stop = "Hamas/2/nsubj said/0/root it/5/nsubj would/5/aux stop/2/ccomp firing/5/xcomp \
                rockets/6/obj if/10/mark Israel/10/nsubj left/5/advcl the/12/det valley/10/obj ./2/punct";
    assert_eq!(codes(stop), vec!["0356"]);
    // The noun form: "The rebels said they will halt their attacks unless the army advances."
    let halt = "The/2/det rebels/3/nsubj said/0/root they/6/nsubj will/6/aux halt/3/ccomp their/8/nmod:poss \
                attacks/6/obj unless/12/mark the/11/det army/12/nsubj advances/6/advcl ./3/punct";
    assert_eq!(codes(halt), vec!["0356"]);
}

#[test]
fn a_conditional_act_of_goodwill_is_an_offer() {
    // "The minister said Ankara would react positively if Washington lifted the sanctions" (030, not 130).
    let react = "The/2/det minister/3/nsubj said/0/root Ankara/6/nsubj would/6/aux react/3/ccomp positively/6/advmod \
                 if/10/mark Washington/10/nsubj lifted/6/advcl the/12/det sanctions/10/obj ./3/punct";
    assert_eq!(codes(react), vec!["030"]);
    // "Kabul said it will try to help if the refugees come home."
    let help = "Kabul/2/nsubj said/0/root it/5/nsubj will/5/aux try/2/ccomp to/7/mark help/5/xcomp \
                if/11/mark the/10/det refugees/11/nsubj come/5/advcl home/11/advmod ./2/punct";
    assert_eq!(codes(help), vec!["030"]);
}

#[test]
fn a_refusal_to_end_force_or_a_hostile_reaction_stays_a_threat() {
    // "Hamas said it would not stop firing rockets unless Israel left the valley."
    let refuse = "Hamas/2/nsubj said/0/root it/6/nsubj would/6/aux not/6/advmod stop/2/ccomp firing/6/xcomp \
                  rockets/7/obj unless/11/mark Israel/11/nsubj left/6/advcl the/13/det valley/11/obj ./2/punct";
    assert!(codes(refuse).iter().all(|c| c.starts_with("13")) && !codes(refuse).is_empty(), "{:?}", codes(refuse));
    // "The minister said Ankara would react harshly if Washington imposed sanctions": a threat.
    let harsh = "The/2/det minister/3/nsubj said/0/root Ankara/6/nsubj would/6/aux react/3/ccomp harshly/6/advmod \
                 if/10/mark Washington/10/nsubj imposed/6/advcl sanctions/10/obj ./3/punct";
    assert_eq!(codes(harsh), vec!["130"]);
    // "Ankara said it would stop the talks if Washington imposed sanctions": ending talks is no de-escalation.
    let talks = "Ankara/2/nsubj said/0/root it/5/nsubj would/5/aux stop/2/ccomp the/7/det talks/5/obj \
                 if/10/mark Washington/10/nsubj imposed/5/advcl sanctions/10/obj ./2/punct";
    assert!(codes(talks).iter().all(|c| c.starts_with("13")) && !codes(talks).is_empty(), "{:?}", codes(talks));
}

#[test]
fn helping_a_third_party_against_the_condition_stays_a_threat() {
    // "Iran said it will help Syria if Israel attacks Damascus": help against the condition's subject.
    let ally = "Iran/2/nsubj said/0/root it/5/nsubj will/5/aux help/2/ccomp Syria/5/obj if/9/mark Israel/9/nsubj \
                attacks/5/advcl Damascus/9/obj ./2/punct";
    assert!(codes(ally).iter().all(|c| c.starts_with("13")) && !codes(ally).is_empty(), "{:?}", codes(ally));
}

#[test]
fn force_a_speaker_announces_in_the_passive_future_is_the_speakers_threat() {
    // "The minister said the militants will be crushed by the army": the minister threatens the
    // militants; the army would carry it out and threatens no one.
    let crushed = "The/2/det minister/3/nsubj said/0/root the/5/det militants/8/nsubj:pass will/8/aux be/8/aux:pass \
                   crushed/3/ccomp by/11/case the/11/det army/8/obl:agent ./3/punct";
    assert_eq!(
        threats(crushed),
        vec![("138".to_string(), Some("The minister".to_string()), Some("the militants".to_string()))]
    );
    // The same, quoted: "'The insurgents will be wiped out,' the governor said."
    let quoted = "“/6/punct The/3/det insurgents/6/nsubj:pass will/6/aux be/6/aux:pass wiped/12/ccomp \
                  out/6/compound:prt ,/6/punct ”/6/punct the/11/det governor/12/nsubj said/0/root ./12/punct";
    let got = threats(quoted);
    assert_eq!(
        got.iter().map(|t| (t.1.as_deref(), t.2.as_deref())).collect::<Vec<_>>(),
        [(Some("the governor"), Some("The insurgents"))]
    );
}

#[test]
fn a_past_or_unsaid_passive_is_no_speakers_threat() {
    // Done, and reported: the army crushed the militants; the minister is the source.
    let done = "The/2/det minister/3/nsubj said/0/root the/5/det militants/7/nsubj:pass were/7/aux:pass \
                crushed/3/ccomp by/10/case the/10/det army/7/obl:agent ./3/punct";
    assert!(threats(done).is_empty());
    let got = events_of(done, None);
    let army = got.iter().any(|e| e.actor.as_ref().is_some_and(|a| a.text.contains("army")));
    assert!(army, "{:?}", got.iter().map(|e| (&e.action.cameo, &e.actor)).collect::<Vec<_>>());
    // Said by no one, the rule does not apply: the one who will act keeps the act (as "the army will
    // crush the militants").
    let unsaid = "The/2/det militants/5/nsubj:pass will/5/aux be/5/aux:pass crushed/0/root by/8/case the/8/det \
                  army/5/obl:agent ./5/punct";
    let got = threats(unsaid);
    assert!(got.iter().all(|t| t.1.as_deref() == Some("the army")), "{got:?}");
}

#[test]
fn a_vow_to_carry_on_or_step_up_force_threatens_it_and_reports_no_force() {
    let codes = |spec: &str| events_of(spec, None).iter().map(|e| e.action.cameo.clone()).collect::<Vec<_>>();
    // "Olmert vowed to continue the offensive": a threat of force (138), no offensive reported.
    let offensive = "Olmert/2/nsubj vowed/0/root to/4/mark continue/2/xcomp the/6/det offensive/4/obj ./2/punct";
    assert_eq!(codes(offensive), vec!["138"]);
    // "The rebels vowed to keep fighting."
    let fighting = "The/2/det rebels/3/nsubj vowed/0/root to/5/mark keep/3/xcomp fighting/5/xcomp ./3/punct";
    assert_eq!(codes(fighting), vec!["138"]);
    // "The Taliban vowed to intensify their attacks on foreign troops": the attacks' target is threatened.
    let attacks = "The/2/det Taliban/3/nsubj vowed/0/root to/5/mark intensify/3/xcomp their/7/nmod:poss \
                   attacks/5/obj on/10/case foreign/10/amod troops/7/nmod ./3/punct";
    let got = threats(attacks);
    assert_eq!(got, vec![("138".to_string(), Some("The Taliban".to_string()), Some("foreign troops".to_string()))]);
    // "The rebels want to continue fighting": a wish; nothing is reported.
    let wish = "The/2/det rebels/3/nsubj want/0/root to/5/mark continue/3/xcomp fighting/5/xcomp ./3/punct";
    assert!(codes(wish).is_empty(), "{:?}", codes(wish));
}

#[test]
fn a_vow_to_topple_or_defeat_a_party_is_a_threat_of_force() {
    // "Al-Shabab vowed to topple the government", "The president promised to defeat the insurgents".
    let topple = "Al-Shabab/2/nsubj vowed/0/root to/4/mark topple/2/xcomp the/6/det government/4/obj ./2/punct";
    assert_eq!(threats(topple).iter().map(|t| t.0.as_str()).collect::<Vec<_>>(), vec!["138"]);
    let defeat = "The/2/det president/3/nsubj promised/0/root to/5/mark defeat/3/xcomp the/7/det \
                  insurgents/5/obj ./3/punct";
    assert_eq!(threats(defeat).iter().map(|t| t.0.as_str()).collect::<Vec<_>>(), vec!["138"]);
}

#[test]
fn a_states_official_warning_what_bare_troops_will_do_threatens_force() {
    let codes = |spec: &str| events_of(spec, None).iter().map(|e| e.action.cameo.clone()).collect::<Vec<_>>();
    // "Indonesia's security minister warned that troops would hunt down those responsible": the
    // state's own troops, a threat of force (not 012, a warning of what others may do).
    let own = "Indonesia/4/nmod:poss 's/1/case security/4/compound minister/5/nsubj warned/0/root that/10/mark \
               troops/10/nsubj would/10/aux hunt/5/ccomp down/10/compound:prt those/10/obj \
               responsible/11/amod ./5/punct";
    assert_eq!(codes(own), vec!["138"]);
    // "Ukraine's foreign minister warned that Russian troops would pay a heavy price": others' troops.
    let others = "Ukraine/4/nmod:poss 's/1/case foreign/4/amod minister/5/nsubj warned/0/root that/10/mark \
                  Russian/8/amod troops/10/nsubj would/10/aux pay/5/ccomp a/13/det heavy/13/amod \
                  price/10/obj ./5/punct";
    assert!(!codes(others).contains(&"138".to_string()), "{:?}", codes(others));
}

#[test]
fn force_a_party_says_it_will_launch_is_a_threat_of_force() {
    // "The rebels said they would launch more attacks against French forces": the light verb carries
    // the force to come, as "would attack" does (GUIDELINES §12.9: a stated plan to use force is 138).
    let said = "The/2/det rebels/3/nsubj said/0/root they/6/nsubj would/6/aux launch/3/ccomp more/8/amod \
                attacks/6/obj against/11/case French/11/amod forces/8/nmod ./3/punct";
    let got = threats(said);
    assert_eq!(got, vec![("138".to_string(), Some("they".to_string()), Some("French forces".to_string()))]);
    // "The rebels vowed to carry out more attacks on government troops": a vow, no attack reported.
    let vowed = "The/2/det rebels/3/nsubj vowed/0/root to/5/mark carry/3/xcomp out/5/compound:prt more/8/amod \
                 attacks/5/obj on/11/case government/11/compound troops/8/nmod ./3/punct";
    let codes: Vec<String> = events_of(vowed, None).into_iter().map(|e| e.action.cameo).collect();
    assert_eq!(codes, vec!["138"]);
    // "The president ordered troops to launch an offensive": an order stays the offensive's own event.
    let ordered = "The/2/det president/3/nsubj ordered/0/root troops/3/obj to/6/mark launch/3/xcomp an/8/det \
                   offensive/6/obj ./3/punct";
    let codes: Vec<String> = events_of(ordered, None).into_iter().map(|e| e.action.cameo).collect();
    assert!(!codes.iter().any(|c| c.starts_with("13")), "{codes:?}");
}
