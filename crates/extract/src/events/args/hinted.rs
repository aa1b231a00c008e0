//! The model's argument head joined to the parse rules' roles: for a trigger, from the lexicon or the
//! model, the argument words the event heads give its head word (`Sentence::argument_hints`,
//! models/FORMAT.md "Event heads") fill the roles the parse leaves empty.
//!
//! Measured on the news train and dev splits and the seeds with `models/news-events`
//! (MODEL_CARD.md, "Argument head in the extractor"): the model's best target where the parse finds
//! none, and its places ahead of the parse's, gain; its actors where the parse finds none lose event
//! and triple F1 (a light verb's or a reporting clause's subject the parse rules already weigh), so
//! actors stay with the rules.
use crate::events::args::Roles;
use crate::events::view::View;
use casus_core::ArgumentHint;
use std::ops::Range;

/// The argument head's reading of one trigger: word indices per role, surest first.
#[derive(Debug, Default)]
struct Hinted {
    targets: Vec<usize>,
    places: Vec<usize>,
}

/// The hints of the trigger's head word, else of the first of its words that has any; words of the
/// trigger itself are not its arguments.
fn hinted(v: &View, head: usize, tokens: &Range<usize>) -> Option<Hinted> {
    let hints = &v.sent.argument_hints;
    let of = |i: usize| hints.get(i).filter(|h| !h.is_empty());
    let found = of(head).or_else(|| tokens.clone().find_map(of))?;
    let role = |name: &str| -> Vec<usize> {
        let mut xs: Vec<&ArgumentHint> =
            found.iter().filter(|a| a.role == name && !tokens.contains(&a.token)).collect();
        xs.sort_by(|a, b| b.score.total_cmp(&a.score));
        xs.into_iter().map(|a| a.token).collect()
    };
    Some(Hinted { targets: role("target"), places: role("place") })
}

/// Fills `roles` from the argument head: its surest target when the parse gives none (one: the
/// parse's conjunct expansion has already run, and a second hint is most often the same party's
/// apposition or a place), and its places ahead of the parse's.
pub(crate) fn refine(v: &View, head: usize, tokens: &Range<usize>, roles: &mut Roles) {
    let Some(h) = hinted(v, head, tokens) else { return };
    if roles.targets.is_empty() && !roles.reciprocal {
        roles.targets.extend(h.targets.into_iter().filter(|t| !roles.actors.contains(t)).take(1));
    }
    let parsed = std::mem::replace(&mut roles.places, h.places);
    for p in parsed {
        if !roles.places.contains(&p) {
            roles.places.push(p);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::events::testing::parsed;
    use casus_core::ArgumentHint;

    // "Gunmen attacked in Kano on Sunday": the parse gives no object; the argument head reads Kano as
    // the place, and (in a second reading) a village as the target.
    const ATTACK: &str = "Gunmen/2/nsubj attacked/0/root in/4/case Kano/2/obl on/6/case Sunday/2/obl";

    fn hint(token: usize, role: &str, score: f32) -> ArgumentHint {
        ArgumentHint { token, role: role.into(), score }
    }

    fn refined(hints: Vec<ArgumentHint>, head: usize, roles: &mut Roles) {
        let mut doc = parsed(ATTACK);
        doc.sentences[0].argument_hints = vec![Vec::new(); 6];
        doc.sentences[0].argument_hints[head] = hints;
        let s = &doc.sentences[0];
        let v = View::new(&doc, s, s.parse.as_ref().unwrap());
        refine(&v, 1, &(1..2), roles);
    }

    #[test]
    fn fills_an_empty_target_with_the_surest_hint_only() {
        let mut r = Roles { actors: vec![0], ..Roles::default() };
        refined(vec![hint(5, "target", 0.5), hint(3, "target", 0.9), hint(0, "actor", 0.9)], 1, &mut r);
        assert_eq!(r.targets, vec![3]);
        assert_eq!(r.actors, vec![0], "actors stay with the parse rules");
    }

    #[test]
    fn keeps_the_parse_target_and_puts_model_places_first() {
        let mut r = Roles { actors: vec![0], targets: vec![5], places: vec![5, 3], ..Roles::default() };
        refined(vec![hint(3, "target", 0.9), hint(3, "place", 0.8)], 1, &mut r);
        assert_eq!(r.targets, vec![5]);
        assert_eq!(r.places, vec![3, 5]);
    }

    #[test]
    fn a_target_already_an_actor_or_a_trigger_word_is_not_taken() {
        let mut r = Roles { actors: vec![0], ..Roles::default() };
        refined(vec![hint(0, "target", 0.9), hint(1, "target", 0.9)], 1, &mut r);
        assert!(r.targets.is_empty());
    }

    #[test]
    fn without_hints_the_roles_are_untouched() {
        let mut r = Roles { actors: vec![0], places: vec![3], ..Roles::default() };
        let before = r.clone();
        refined(Vec::new(), 1, &mut r);
        assert_eq!(r, before);
    }
}
