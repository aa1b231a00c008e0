//! casus-eval: scores casus event output against hand-labelled gold, gates CI on the scores, and
//! checks the gold itself.
//!
//! Principal types and how they cooperate:
//!
//! 1. [`read_events`] reads gold and predicted JSONL into [`casus_core::Event`]s; a bad line is an
//!    [`EvalError`] naming the file and line.
//! 2. [`evaluate`] groups events by document and pairs predicted with gold events one-to-one
//!    ([`matching`]: candidates need overlapping evidence spans; the assignment maximizing agreeing
//!    slots is found exactly by the Hungarian algorithm; parties compare by [`PartyKey`]).
//! 3. Counts become [`Prf`] scores ([`metrics`]: empty cases defined, never NaN) collected in an
//!    [`EvalReport`]: event, triple, casualty and per-slot scores, a per-document table, a CAMEO root
//!    [`Confusion`] table with its per-root scores ([`RootRow`]) and the worst misses.
//!    [`EvalReport::to_text`] renders it for people, [`EvalReport::to_json`] for machines; its
//!    `headline` map is what the CI gate reads.
//! 4. [`tables`]: a corpus's per-document tables ([`DocTable`]: `docs.tsv`, `split.tsv`) pick a split
//!    ([`restrict`]) and group documents (by region); [`breakdown`] scores each group on its own
//!    ([`GroupRow`]), so `casus eval --split dev` prints per-region rows beside the headline.
//! 5. [`load_floor`] reads `eval/floor.json` into a [`Floor`], one section per evaluation set
//!    ([`Floor::section`]); [`check_floor`] returns the [`Failure`]s (metrics below their minimum)
//!    that make `casus eval` exit non-zero.
//! 6. [`petrarch`]: [`load_petrarch`] reads the PETRARCH-2 validation sentences as
//!    [`PetrarchCase`]s; after the CLI extracts events from them, [`score_petrarch`] reports
//!    agreement on (source country, CAMEO root, target country) as a [`PetrarchReport`].
//! 7. [`incidents`]: with `corpus/incidents.tsv` ([`IncidentLabels`]), [`score_incidents`] groups the
//!    predictions with `casus-incidents` and reports B-cubed P/R/F1 of the event-to-incident
//!    assignment and the accuracy of each incident's best casualty figure ([`IncidentScore`]).
//! 8. [`validate_record`] checks one JSON record against `crates/core/event.schema.json`
//!    ([`EVENT_SCHEMA_JSON`]) and what the schema cannot say; [`check_gold`] runs it and the
//!    offset checks over the whole gold corpus ([`GoldPaths`]).
//!
//! Metric definitions (the details live on the types named):
//!
//! * **event**: a prediction is correct when it is paired with a gold event of the same CAMEO
//!   root; P over all predictions, R over all gold events.
//! * **triple**: (actor, CAMEO root, target) compared as multisets per document, independent of
//!   the pairing; parties by [`PartyKey`] (country + role, else name, else text; an absent party
//!   equals only an absent party).
//! * **casualty**: (kind, count) facts, kind killed / injured, correct when a paired prediction
//!   states the same kind with the same count.
//! * **slots** ([`SLOTS`]): correct = paired, non-null on both sides, equal; `overall` P = correct
//!   / predictions with the slot non-null, R = correct / gold events with it non-null (`matched`:
//!   the same over paired events only). Headline slot F1s are the `overall` ones.
//! * Empty cases ([`Prf::new`]): nothing predicted and nothing to find scores 1.0; one side empty
//!   scores 0.0; never NaN.
pub mod floor;
pub mod gold;
pub mod incidents;
pub mod io;
pub mod matching;
pub mod metrics;
pub mod petrarch;
pub mod report;
pub mod schema;
pub mod score;
pub mod tables;

pub use floor::{check_floor, load_floor, Failure, Floor};
pub use gold::{check_gold, GoldPaths};
pub use incidents::{score_incidents, BCubed, IncidentLabels, IncidentScore};
pub use io::{parse_events, read_events, EvalError};
pub use matching::{match_events, PartyKey, SLOTS};
pub use metrics::Prf;
pub use petrarch::{load_petrarch, parse_petrarch, score_petrarch, PetrarchCase, PetrarchReport, PetrarchTriple};
pub use report::{Confusion, DocumentRow, EvalReport, GroupRow, Miss, RootRow, SlotScore, Totals};
pub use schema::{schema_errors, validate_record, EVENT_SCHEMA_JSON};
pub use score::{breakdown, evaluate, EvalOptions};
pub use tables::{restrict, tables_beside, DocTable};

/// Reads both files and evaluates: the whole of `casus eval --gold G --pred P`.
pub fn evaluate_files(
    gold: &std::path::Path,
    pred: &std::path::Path,
    opts: &EvalOptions,
) -> Result<EvalReport, EvalError> {
    Ok(evaluate(&read_events(gold)?, &read_events(pred)?, opts))
}
