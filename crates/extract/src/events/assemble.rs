//! Builds events from the triggers of one sentence (in progress).
use super::view::View;
use casus_core::Event;
use chrono::NaiveDate;

/// What carries over from sentence to sentence: the date anchor and the parties last named.
pub struct Context {
    pub anchor: Option<NaiveDate>,
}

impl Context {
    pub fn new(published: Option<NaiveDate>) -> Context {
        Context { anchor: published }
    }
}

pub fn sentence(_v: &View, _ctx: &mut Context, _out: &mut Vec<Event>) {}
