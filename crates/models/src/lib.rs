//! casus-models
