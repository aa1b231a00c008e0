//! casus-eval
