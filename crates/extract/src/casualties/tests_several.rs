//! Casualties without a number of their own: {null, several}.
use super::tests::cas;
use super::CasualtyKind::{self, *};
use casus_core::Qualifier::{self, *};

fn one(k: CasualtyKind, t: &str) -> (CasualtyKind, Option<u64>, Qualifier, String) {
    (k, None, Several, t.to_string())
}

#[test]
fn casualties_count_both_kinds() {
    assert_eq!(
        cas("The blast caused 50 casualties."),
        vec![one(Killed, "50 casualties"), one(Injured, "50 casualties")],
        "a figure of casualties does not say which"
    );
    assert_eq!(
        cas("The Taliban intensified attacks, inflicting heavy casualties on government forces."),
        vec![one(Killed, "heavy casualties"), one(Injured, "heavy casualties")]
    );
    assert_eq!(cas("prevent further combat casualties"), vec![]);
}

#[test]
fn casualties_uncounted_amounts() {
    assert_eq!(cas("The rebel army has suffered heavy losses."), vec![one(Killed, "heavy losses")]);
    assert_eq!(
        cas("the latest strike that left mass civilian casualties"),
        vec![one(Killed, "mass civilian casualties"), one(Injured, "mass civilian casualties")]
    );
    assert_eq!(cas("heavy fighting caused deaths"), vec![]);
}

#[test]
fn casualties_bare_plural_objects() {
    assert_eq!(
        cas("Witnesses said the rebels massacred civilians in a church."),
        vec![one(Killed, "massacred civilians")]
    );
    assert_eq!(cas("They shot and killed people on the train."), vec![one(Killed, "killed people")]);
    for s in ["The army killed the rebels.", "Whoever stayed, they killed them.", "The rebels lost positions."] {
        assert_eq!(cas(s), vec![], "{s}");
    }
}

#[test]
fn casualties_bare_plural_subjects() {
    assert_eq!(
        cas("She acknowledged that some Gaza civilians have been killed by Israeli warplanes."),
        vec![one(Killed, "some Gaza civilians have been killed")]
    );
    assert_eq!(
        cas("Witnesses say several soldiers and civilians were killed Saturday."),
        vec![one(Killed, "several soldiers and civilians were killed")]
    );
    for s in ["Civilians are being killed for their views.", "The officers were killed as they fled."] {
        assert_eq!(cas(s), vec![], "{s}");
    }
}

#[test]
fn casualties_coordinated_bare_plurals_keep_their_groups() {
    let text = "Witnesses say several soldiers and civilians were killed Saturday.";
    let toks = &crate::numbers::words::test_tokens::all(text)[0];
    let m = super::find_casualties(toks).into_iter().next().expect("a mention");
    let quote = |r: &std::ops::Range<usize>| &text[toks[r.start].bytes.start..toks[r.end - 1].bytes.end];
    let parts: Vec<_> = m.parts.iter().map(|p| (p.count, quote(&p.tokens))).collect();
    assert_eq!(parts, [(None, "several soldiers"), (None, "civilians were killed")]);
}

#[test]
fn casualties_plural_subjects_of_a_headline() {
    assert_eq!(
        cas("Somali Civilians, Government Troops Reported Killed in Mogadishu"),
        vec![one(Killed, "Somali Civilians, Government Troops Reported Killed")]
    );
    assert_eq!(cas("Rebels are reported killed daily"), vec![], "not in a headline, no past plural auxiliary");
}

/// The subject of a reporting clause after a comma is the speaker, not one more victim: the count
/// stays the victims' own ("killing 12 soldiers, a military spokesman said" is 12, not 13).
#[test]
fn casualties_speaker_after_the_victims_is_no_victim() {
    for (text, n, quoted) in [
        ("Rebels attacked a base, killing 12 soldiers, a military spokesman said.", 12, "killing 12 soldiers"),
        (
            "Gunmen ambushed a convoy, killing seven officers, a provincial spokesman told reporters.",
            7,
            "killing seven officers",
        ),
        ("The rebels attacked, killing 12 soldiers, a spokesman for the rebels said.", 12, "killing 12 soldiers"),
        ("The blast killed 20 people, two police officials said.", 20, "killed 20 people"),
    ] {
        assert_eq!(cas(text), vec![(Killed, Some(n), Exact, quoted.to_string())], "{text}");
    }
    // a list of victims still adds up
    assert_eq!(
        cas("The attack killed nine civilians, a policeman and two soldiers, officials said."),
        vec![(Killed, Some(12), Exact, "killed nine civilians, a policeman and two soldiers".to_string())]
    );
}

/// Killings by execution, beheading, slaughter or lynching count as killed; a plan or an order
/// executed counts nobody.
#[test]
fn casualties_executions_and_beheadings_are_killings() {
    for (text, n, quoted) in [
        ("Soldiers executed at least 82 civilians in the village.", 82, "executed at least 82 civilians"),
        ("Militants beheaded two hostages.", 2, "beheaded two hostages"),
        ("Three men were executed on Tuesday.", 3, "Three men were executed"),
    ] {
        let got = cas(text);
        assert_eq!(got.len(), 1, "{text}: {got:?}");
        assert_eq!((got[0].0, got[0].1, got[0].3.as_str()), (Killed, Some(n), quoted), "{text}");
    }
    let of = cas("The execution of 12 prisoners drew condemnation.");
    assert_eq!(of.iter().map(|c| (c.0, c.1)).collect::<Vec<_>>(), vec![(Killed, Some(12))]);
    assert_eq!(cas("The army executed a plan to retake the town."), vec![]);
}
