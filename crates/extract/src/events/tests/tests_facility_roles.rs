//! A struck facility takes the role of its users (GUIDELINES §12.9; `parties.tsv` role lines): a base
//! or barracks is the army's, a pipeline, bridge, power station or tanker is civilian infrastructure; the
//! state named on it says whose it is, not that its government was struck.
use crate::events::testing::{doc_events, target_keys};

#[test]
fn bombed_air_bases_are_the_armys() {
    // "Russian warplanes bombed two Georgian air bases on Friday."
    let ev = doc_events(
        &["Russian/2/amod warplanes/3/nsubj bombed/0/root two/7/nummod Georgian/7/amod air/7/compound \
           bases/3/obj on/9/case Friday/3/obl ./3/punct"],
        "2025-03-12",
    );
    assert_eq!(target_keys(&ev), [("195", Some("GEO"), Some("MIL"))], "{ev:#?}");
}

#[test]
fn a_struck_pipeline_or_tanker_is_civilian() {
    let ev = doc_events(
        &[
            // "Drones struck a Saudi oil pipeline on Tuesday."
            "Drones/2/nsubj struck/0/root a/6/det Saudi/6/amod oil/6/compound pipeline/2/obj on/8/case \
             Tuesday/2/obl ./2/punct",
            // "Gunmen attacked an Italian oil tanker on Tuesday."
            "Gunmen/2/nsubj attacked/0/root an/6/det Italian/6/amod oil/6/compound tanker/2/obj on/8/case \
             Tuesday/2/obl ./2/punct",
        ],
        "2025-03-12",
    );
    let keys = target_keys(&ev);
    assert!(keys.iter().any(|k| k.1 == Some("SAU") && k.2 == Some("CVL")), "{keys:?}");
    assert!(keys.iter().any(|k| k.1 == Some("ITA") && k.2 == Some("CVL")), "{keys:?}");
}

#[test]
fn a_group_base_and_a_state_named_bare_keep_their_roles() {
    let ev = doc_events(
        &[
            // "Warplanes bombed a rebel air base on Friday": the group's, not the army's.
            "Warplanes/2/nsubj bombed/0/root a/6/det rebel/6/compound air/6/compound base/2/obj on/8/case \
             Friday/2/obl ./2/punct",
            // "Drones struck Saudi Arabia on Tuesday": the state itself.
            "Drones/2/nsubj struck/0/root Saudi/4/compound Arabia/2/obj on/6/case Tuesday/2/obl ./2/punct",
        ],
        "2025-03-12",
    );
    let keys = target_keys(&ev);
    assert!(keys.iter().any(|k| k.0 == "195" && k.2 == Some("REB")), "{keys:?}");
    assert!(keys.iter().any(|k| k.1 == Some("SAU") && k.2 == Some("GOV")), "{keys:?}");
    assert!(keys.iter().all(|k| k.2 != Some("MIL") && k.2 != Some("CVL")), "{keys:?}");
}
