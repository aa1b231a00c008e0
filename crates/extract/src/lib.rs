//! casus-extract: turns an annotated [`casus_core::Document`] into [`casus_core::Event`]s.
//!
//! Stages (each a module, each reading the sentence annotations the model stages left):
//!
//! 0. [`place_entities`]: place names the model tagged as persons or cut short, repaired from the
//!    offline gazetteer (the only stage that changes the annotations; the pipeline runs it first).
//! 1. [`numbers`]: cardinal numbers in digits and words ("6,500", "30 000", "forty-nine", "dozens").
//! 2. [`dates`]: date expressions resolved against the publication date.
//! 3. [`casualties`]: killed / injured counts with their qualifiers.
//! 4. [`lemma`] and [`lexicon`]: event triggers and their CAMEO codes, from `data/triggers.tsv`.
//! 5. [`parties`]: actor / target / source normalization from the gazetteers in `data/`.
//! 6. [`events`]: triggers linked to their arguments through the dependency parse.
//!
//! [`vocabulary`] adds run-time words (the PETRARCH2 / Phoenix dictionaries) to stages 4 and 5.
pub mod casualties;
pub mod dates;
pub mod events;
pub mod lemma;
pub mod lexicon;
pub mod numbers;
pub mod parties;
pub mod place_entities;
pub mod vocabulary;
