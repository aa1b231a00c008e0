//! casus-extract
