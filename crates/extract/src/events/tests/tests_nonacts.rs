//! Words of an interaction that report none in their phrase (`reality::nonacts`), event nouns that
//! only frame another trigger's act (`reality::frames`), habitual exchanges and kinds of incident.
use crate::events::testing::{actions, events_of};

fn has(spec: &str, text: &str) -> bool {
    events_of(spec, Some("2019-02-23")).iter().any(|e| e.action.text == text)
}

fn shown(spec: &str) -> String {
    format!("{:?}", actions(&events_of(spec, Some("2019-02-23"))))
}

#[test]
fn support_by_gear_is_no_support_by_a_party() {
    let gear = "Security/2/compound forces/8/nsubj backed/2/acl by/5/case tanks/3/obl:agent and/7/cc \
                helicopters/5/conj fired/0/root on/10/case protesters/8/obl ./8/punct";
    assert!(!has(gear, "backed") && has(gear, "fired"), "{}", shown(gear));
    let party = "Rebels/4/nsubj backed/1/acl by/3/case Turkey/2/obl:agent attacked/0/root the/6/det town/4/obj \
                 ./4/punct";
    assert!(has(party, "backed"), "{}", shown(party));
}

#[test]
fn leaving_an_election_and_a_vote_are_no_retreat_or_rejection() {
    let runoff = "Tsvangirai/2/nsubj withdrew/0/root on/4/case Sunday/2/obl from/8/case the/8/det \
                  presidential/8/amod run-off/2/obl ./2/punct";
    assert!(!has(runoff, "withdrew"), "{}", shown(runoff));
    let town = "The/2/det rebels/3/nsubj withdrew/0/root from/6/case the/6/det town/3/obl ./3/punct";
    assert!(has(town, "withdrew"), "{}", shown(town));
    let vote = "78.5/2/nummod percent/5/nsubj of/4/case voters/2/nmod rejected/0/root autonomy/5/obj ./5/punct";
    assert!(!has(vote, "rejected"), "{}", shown(vote));
}

#[test]
fn asking_not_to_be_named_is_no_appeal() {
    let spec = "A/3/det police/3/compound officer/11/nsubj ,/5/punct who/5/nsubj asked/3/acl:relcl not/9/advmod \
                to/9/mark be/9/aux:pass named/5/xcomp ,/3/punct said/0/root five/13/nummod people/15/nsubj:pass \
                were/15/aux:pass killed/11/ccomp ./11/punct";
    assert!(!has(spec, "asked") && has(spec, "killed"), "{}", shown(spec));
}

#[test]
fn a_crowd_gathered_to_cheer_is_no_demonstration() {
    let cheer = "Crowds/2/nsubj gathered/0/root in/5/case the/5/det streets/2/obl to/7/mark cheer/2/advcl \
                 the/9/det troops/7/obj ./2/punct";
    assert!(!has(cheer, "gathered"), "{}", shown(cheer));
    let protest = "Crowds/2/nsubj gathered/0/root in/5/case the/5/det streets/2/obl to/7/mark protest/2/advcl \
                   ./2/punct";
    assert!(has(protest, "gathered"), "{}", shown(protest));
}

#[test]
fn what_any_rebel_might_do_is_no_act() {
    let spec = "Kiir/2/nsubj warned/0/root that/10/mark any/5/det rebel/10/nsubj:pass who/7/nsubj \
                refused/5/acl:relcl would/10/aux be/10/aux:pass crushed/2/ccomp ./2/punct";
    assert!(!has(spec, "refused"), "{}", shown(spec));
}

#[test]
fn a_crossing_that_remained_closed_is_a_state() {
    let state = "The/3/det Rafah/3/compound crossing/5/nsubj:pass remained/5/aux:pass closed/0/root ./5/punct";
    assert!(!has(state, "closed"), "{}", shown(state));
    let act = "Egypt/2/nsubj closed/0/root the/5/det Rafah/5/compound crossing/2/obj ./2/punct";
    assert!(has(act, "closed"), "{}", shown(act));
}

#[test]
fn inmates_freed_by_an_assault_on_their_jail_are_no_release() {
    let jail = "The/2/det militants/3/nsubj occupied/0/root the/6/det city/6/compound jail/3/obj ,/8/punct \
                freeing/3/advcl 100/10/nummod inmates/8/obj ./3/punct";
    assert!(has(jail, "occupied") && !has(jail, "freeing"), "{}", shown(jail));
    let release = "The/2/det government/3/nsubj freed/0/root 100/5/nummod prisoners/3/obj ./3/punct";
    assert!(has(release, "freed"), "{}", shown(release));
}

#[test]
fn deserters_crossing_a_border_make_no_incursion() {
    let deserted = "60/2/nummod soldiers/4/nsubj have/4/aux deserted/0/root and/6/cc crossed/4/conj \
                    into/8/case Colombia/6/obl ./4/punct";
    assert!(!has(deserted, "crossed into"), "{}", shown(deserted));
    let troops = "Troops/2/nsubj crossed/0/root into/4/case Colombia/2/obl ./2/punct";
    assert!(has(troops, "crossed into"), "{}", shown(troops));
}

#[test]
fn a_groups_standing_allegiance_is_no_pledge() {
    let spec = "Two/2/nummod soldiers/4/nsubj:pass were/4/aux:pass killed/0/root in/6/case clashes/4/obl \
                with/10/case the/10/det Maute/10/compound group/6/nmod ,/14/punct which/14/nsubj has/14/aux \
                pledged/10/acl:relcl allegiance/14/obj to/17/case Islamic_State/15/nmod ./4/punct";
    assert!(!has(spec, "pledged") && has(spec, "clashes"), "{}", shown(spec));
}

#[test]
fn an_incident_noun_that_frames_another_act_is_no_record() {
    let frame = "In/4/case a/4/det separate/4/amod incident/7/obl ,/4/punct troops/7/nsubj killed/0/root \
                 17/9/nummod militants/7/obj in/13/case an/13/det air/13/compound strike/7/obl ./7/punct";
    assert!(!has(frame, "incident") && has(frame, "air strike"), "{}", shown(frame));
    // With no other act the frame carries the toll.
    let alone = "In/4/case a/4/det separate/4/amod incident/9/obl ,/4/punct two/7/nummod soldiers/9/nsubj:pass \
                 were/9/aux:pass killed/0/root ./9/punct";
    assert!(!events_of(alone, Some("2019-02-23")).is_empty(), "{}", shown(alone));
    let day = "Air/2/compound strikes/3/nsubj killed/0/root 558/5/nummod people/3/obj ,/3/punct in/10/case \
               the/10/det deadliest/10/amod day/3/obl of/12/case violence/10/nmod ./3/punct";
    assert!(!has(day, "violence") && has(day, "Air strikes"), "{}", shown(day));
    let apposition = "Warplanes/2/nsubj destroyed/0/root four/4/nummod tanks/2/obj ,/8/punct the/8/det \
                      first/8/amod strike/2/parataxis of/11/case the/11/det campaign/8/nmod ./2/punct";
    assert!(!has(apposition, "strike") && has(apposition, "destroyed"), "{}", shown(apposition));
}

#[test]
fn fire_traded_almost_daily_since_a_month_is_a_pattern() {
    let daily = "Hezbollah/3/nsubj has/3/aux traded/0/root fire/3/obj with/6/case Israel/3/obl almost/8/advmod \
                 daily/3/obl:unmarked since/10/case October/3/obl ./3/punct";
    assert!(!has(daily, "traded fire"), "{}", shown(daily));
    let once = "Hezbollah/2/nsubj traded/0/root fire/2/obj with/5/case Israel/2/obl on/7/case Monday/2/obl \
                ./2/punct";
    assert!(has(once, "traded fire"), "{}", shown(once));
}

#[test]
fn similar_attacks_are_a_kind_of_incident() {
    let kind = "The/2/det group/4/nsubj has/4/aux carried/0/root out/4/compound:prt similar/7/amod attacks/4/obj \
                on/9/case convoys/7/nmod ./4/punct";
    assert!(!has(kind, "attacks"), "{}", shown(kind));
}

#[test]
fn an_event_noun_in_a_clause_of_time_on_a_noun_is_an_anchor() {
    let spec = "Ortega/11/nsubj ,/5/punct in/5/case his/5/nmod:poss speech/1/nmod since/9/mark the/8/det \
                unrest/9/nsubj began/5/acl ,/5/punct offered/0/root talks/11/obj ./11/punct";
    assert!(!has(spec, "unrest"), "{}", shown(spec));
}
