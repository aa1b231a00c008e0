use super::testing::parsed;
use super::view::View;
use super::{args, attribution};

fn view_of(doc: &casus_core::Document) -> View<'_> {
    let s = &doc.sentences[0];
    View::new(doc, s, s.parse.as_ref().unwrap())
}

const FIRED: &str = "Azerbaijani/3/amod armed/3/amod forces/4/nsubj fired/0/root on/8/case Armenian/8/amod combat/8/compound positions/4/obl near/11/case Nerkin/11/compound Hand/8/nmod ./4/punct";

#[test]
fn active_subject_and_prepositional_target() {
    let doc = parsed(FIRED);
    let v = view_of(&doc);
    let r = args::verbal(&v, 3, false);
    assert_eq!(r.actors, vec![2]);
    assert_eq!(r.targets, vec![7]);
    assert_eq!(v.text(v.phrase(2)), "Azerbaijani armed forces");
    assert_eq!(v.text(v.phrase(7)), "Armenian combat positions near Nerkin Hand");
    assert!(r.places.contains(&10));
}

#[test]
fn passive_by_agent_is_the_actor() {
    let doc = parsed("Four/2/nummod soldiers/4/nsubj:pass were/4/aux:pass killed/0/root by/7/case Azerbaijani/7/amod forces/4/obl:agent ./4/punct");
    let v = view_of(&doc);
    let r = args::verbal(&v, 3, false);
    assert_eq!((r.actors, r.targets), (vec![6], vec![1]));
}

#[test]
fn come_under_fire_puts_the_subject_on_the_receiving_end() {
    let doc = parsed("their/3/nmod:poss border/3/compound post/4/nsubj came/0/root under/6/case fire/4/obl by/9/case Azerbaijani/9/amod forces/4/obl ./4/punct");
    let v = view_of(&doc);
    let r = args::verbal(&v, 3, true);
    assert_eq!((r.actors, r.targets), (vec![8], vec![2]));
}

#[test]
fn each_other_is_reciprocal_with_coordinated_actors() {
    let doc = parsed("Armenia/4/nsubj and/3/cc Azerbaijan/1/conj accused/0/root each/6/det other/4/obj ./4/punct");
    let v = view_of(&doc);
    let r = args::verbal(&v, 3, false);
    assert!(r.reciprocal);
    assert_eq!(r.actors, vec![0, 2]);
    assert!(r.targets.is_empty());
}

#[test]
fn clashes_between_two_parties() {
    let doc = parsed("Clashes/0/root between/4/case Armenian/4/amod forces/1/nmod and/6/cc Azerbaijan/4/conj");
    let v = view_of(&doc);
    let r = args::nominal(&v, 0);
    assert!(r.reciprocal);
    assert_eq!(r.actors, vec![3, 5]);
}

#[test]
fn negation_and_inherited_subjects() {
    let doc = parsed("Azerbaijani/2/amod troops/3/nsubj tried/0/root to/5/mark advance/3/xcomp but/9/cc did/9/aux not/9/advmod fire/3/conj ./3/punct");
    let v = view_of(&doc);
    let adv = args::verbal(&v, 4, false);
    assert_eq!(adv.actors, vec![1]);
    let fire = args::verbal(&v, 8, false);
    assert!(fire.negated);
    assert_eq!(fire.actors, vec![1]);
}

#[test]
fn source_from_said_parataxis_and_ccomp() {
    let doc = parsed("Armenian/2/amod forces/3/nsubj fired/0/root ,/7/punct the/6/det ministry/7/nsubj said/3/parataxis ./3/punct");
    let v = view_of(&doc);
    assert_eq!(attribution::source(&v, 2), Some(5));
    let doc = parsed("The/2/det ministry/3/nsubj said/0/root Armenian/5/amod forces/6/nsubj fired/3/ccomp ./3/punct");
    let v = view_of(&doc);
    assert_eq!(attribution::source(&v, 5), Some(1));
}

#[test]
fn source_from_according_to() {
    let doc = parsed("According/3/case to/1/fixed Baku/7/obl ,/7/punct Armenian/6/amod forces/7/nsubj opened/0/root fire/7/obj ./7/punct");
    let v = view_of(&doc);
    assert_eq!(attribution::source(&v, 6), Some(2));
}
