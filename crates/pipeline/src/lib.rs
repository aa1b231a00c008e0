//! casus-pipeline
