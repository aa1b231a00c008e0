//! The batch runner: documents in, events out, in input order whatever the thread count.
use crate::input::{InputError, InputItem, RawDoc};
use crate::manifest::Manifest;
use casus_core::{parse_pub_date, Document, Event, Sentence};
use chrono::NaiveDate;
use rayon::prelude::*;

/// A model stage: fills the entities and parse of sentences, one batch at a time.
/// Implementations must be usable from several threads at once.
pub trait Annotator: Send + Sync {
    fn annotate(&self, batch: &mut [&mut Sentence]) -> Result<(), String>;
    /// [`Annotator::annotate`] with, per sentence, the words the model is to read instead of its tokens'
    /// text (title-case headlines in sentence case, [`crate::casing`]; see [`model_words`]); the
    /// sentences' own tokens stay as written. The default ignores `views`.
    fn annotate_as(&self, batch: &mut [&mut Sentence], views: &[Option<&[String]>]) -> Result<(), String> {
        let _ = views;
        self.annotate(batch)
    }
    fn name(&self) -> String;
}

/// The words a model reads for sentence `s`: `view` when it has one word per token, else the tokens' text.
pub fn model_words<'a>(s: &'a Sentence, view: Option<&'a [String]>) -> Vec<&'a str> {
    match view.filter(|v| v.len() == s.tokens.len()) {
        Some(view) => view.iter().map(String::as_str).collect(),
        None => s.tokens.iter().map(|t| t.text.as_str()).collect(),
    }
}

/// What became of one input document.
#[derive(Debug)]
pub enum Outcome {
    /// `published`: the publication day the document was read with (for `casus extract --incidents`);
    /// `left_out`: records under the pipeline's `min_confidence`, not in `events`.
    Done {
        id: String,
        sentences: usize,
        published: Option<NaiveDate>,
        events: Vec<Event>,
        left_out: usize,
    },
    Failed(InputError),
}

/// Publication dates: per-document sources win over the run-wide default.
#[derive(Debug, Default, Clone)]
pub struct DateSources {
    pub manifest: Manifest,
    pub default: Option<String>,
}

pub struct Pipeline {
    annotator: Option<Box<dyn Annotator>>,
    dates: DateSources,
    /// Sentences per model call.
    pub model_batch: usize,
    /// How the events stage runs (where triggers come from).
    pub events: casus_extract::events::Options,
    /// The learned record scorer (`casus-confidence`): every record gets its `confidence`, and those
    /// under `min_confidence` are left out (their event ids stay unused, so ids do not depend on it).
    scorer: casus_confidence::Scorer,
    min_confidence: f64,
}

impl Pipeline {
    pub fn new(annotator: Option<Box<dyn Annotator>>, dates: DateSources) -> Pipeline {
        let scorer = casus_confidence::Scorer::builtin();
        let min_confidence = scorer.threshold;
        Pipeline { annotator, dates, model_batch: 32, events: Default::default(), scorer, min_confidence }
    }

    /// Scores records with `scorer` and cuts at its threshold.
    pub fn set_scorer(&mut self, scorer: casus_confidence::Scorer) {
        self.min_confidence = scorer.threshold;
        self.scorer = scorer;
    }

    /// Leaves out records under `cut` (0 keeps every record).
    pub fn set_min_confidence(&mut self, cut: f64) -> Result<(), casus_confidence::ScorerError> {
        self.min_confidence = casus_confidence::check_cut(cut)?;
        Ok(())
    }

    pub fn min_confidence(&self) -> f64 {
        self.min_confidence
    }

    pub fn annotator_name(&self) -> Option<String> {
        self.annotator.as_ref().map(|a| a.name())
    }

    /// Processes one batch of inputs; the outcomes are in input order.
    pub fn process(&self, batch: Vec<InputItem>) -> Vec<Outcome> {
        let mut docs: Vec<Result<Document, InputError>> =
            batch.into_par_iter().map(|item| item.and_then(|raw| self.document(raw))).collect();
        if let Some(annotator) = &self.annotator {
            self.annotate_batch(annotator.as_ref(), &mut docs);
        }
        docs.into_par_iter()
            .map(|doc| match doc {
                Ok(mut doc) => {
                    casus_extract::place_entities::repair(&mut doc);
                    let mut events = casus_extract::events::extract_with(&doc, &self.events);
                    if let Err(e) = casus_incidents::places::geocode_locations(&mut events) {
                        return Outcome::Failed(InputError { doc: doc.id, reason: format!("cannot geocode: {e}") });
                    }
                    casus_confidence::score_document(&mut events, &self.scorer);
                    let scored = events.len();
                    events.retain(|e| casus_confidence::keeps(e, self.min_confidence));
                    Outcome::Done {
                        id: doc.id.clone(),
                        sentences: doc.sentences.len(),
                        published: doc.published,
                        left_out: scored - events.len(),
                        events,
                    }
                }
                Err(e) => Outcome::Failed(e),
            })
            .collect()
    }

    /// One document through segmentation and the model stage, without extraction.
    pub fn annotate(&self, raw: RawDoc) -> Result<Document, InputError> {
        let mut docs = vec![self.document(raw)];
        if let Some(annotator) = &self.annotator {
            self.annotate_batch(annotator.as_ref(), &mut docs);
        }
        docs.pop().expect("one document in, one out")
    }

    fn document(&self, raw: RawDoc) -> Result<Document, InputError> {
        let fail = |reason: String| InputError { doc: raw.id.clone(), reason };
        let date_text = self
            .dates
            .manifest
            .get(&raw.id)
            .map(str::to_string)
            .or(raw.published.clone())
            .or(self.dates.default.clone());
        let published: Option<NaiveDate> = match date_text {
            Some(d) => Some(parse_pub_date(&d).map_err(|e| fail(e.to_string()))?),
            None => None,
        };
        Document::new(raw.id.clone(), raw.text, published, raw.title).map_err(|e| fail(e.to_string()))
    }

    /// Runs the model over every sentence of the batch's documents: sentences are sorted by length
    /// so each model call pads little, and calls run in parallel on the rayon pool.
    fn annotate_batch(&self, annotator: &dyn Annotator, docs: &mut [Result<Document, InputError>]) {
        // Per document (a headline's view needs the document's body), before the batches mix documents.
        let views: Vec<Vec<Option<Vec<String>>>> =
            docs.par_iter().map(|d| d.as_ref().map(crate::casing::model_words).unwrap_or_default()).collect();
        let mut sentences: Vec<(usize, &mut Sentence, Option<&[String]>)> = docs
            .iter_mut()
            .enumerate()
            .filter_map(|(i, d)| d.as_mut().ok().map(|d| (i, d)))
            .flat_map(|(i, d)| {
                let views = &views[i];
                d.sentences.iter_mut().enumerate().map(move |(k, s)| (i, s, views.get(k).and_then(|v| v.as_deref())))
            })
            .collect();
        sentences.sort_by_key(|(_, s, _)| s.tokens.len());
        let failures: Vec<(usize, String)> = sentences
            .par_chunks_mut(self.model_batch.max(1))
            .flat_map_iter(|chunk| {
                let owners: Vec<usize> = chunk.iter().map(|(i, _, _)| *i).collect();
                let views: Vec<Option<&[String]>> = chunk.iter().map(|(_, _, v)| *v).collect();
                let mut refs: Vec<&mut Sentence> = chunk.iter_mut().map(|(_, s, _)| &mut **s).collect();
                match annotator.annotate_as(&mut refs, &views) {
                    Ok(()) => Vec::new(),
                    Err(e) => owners.into_iter().map(|i| (i, e.clone())).collect(),
                }
            })
            .collect();
        for (i, reason) in failures {
            if let Ok(doc) = &docs[i] {
                let id = doc.id.clone();
                docs[i] = Err(InputError { doc: id, reason: format!("model {} failed: {reason}", annotator.name()) });
            }
        }
        docs.par_iter_mut().zip(&views).for_each(|(doc, views)| {
            if let Ok(doc) = doc {
                reread_title_verbs(annotator, doc, views);
            }
        });
    }
}

/// A second model pass over the title-case lines where the model read the headline's verb as a noun
/// ([`crate::casing::noun_read_verb`]): the line again with that verb in the past, whose reading is
/// kept when it makes the word a verb with a subject. The tokens stay as written.
fn reread_title_verbs(annotator: &dyn Annotator, doc: &mut Document, views: &[Option<Vec<String>>]) {
    for (s, view) in doc.sentences.iter_mut().zip(views) {
        let Some((verb, reread)) = view.as_deref().and_then(|v| crate::casing::noun_read_verb(s, v)) else {
            continue;
        };
        let mut again = s.clone();
        let read = annotator.annotate_as(&mut [&mut again], &[Some(&reread)]);
        if read.is_ok() && crate::casing::reads_as_verb(&again, verb) {
            *s = again;
        }
    }
}
