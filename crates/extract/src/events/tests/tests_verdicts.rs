//! Verdicts: a judgment said with an evaluative word and no verb of criticism (GUIDELINES §2,
//! §12.9: the speaker is the actor, the party whose act is judged the target).
use crate::events::testing::{briefs, Brief};

fn brief(spec: &str) -> Vec<Brief> {
    briefs(spec, None)
}

#[test]
fn an_epithet_on_a_partys_act_in_a_quote_is_the_speakers_criticism() {
    // "'The army's cruel raids must end,' the governor said": 111 governor → the army, beside the appeal.
    let spec = "\"/8/punct The/3/det army/6/nmod:poss 's/3/case cruel/6/amod raids/8/nsubj must/8/aux \
                end/13/ccomp ,/8/punct \"/8/punct the/12/det governor/13/nsubj said/0/root ./13/punct";
    let got = brief(spec);
    assert!(
        got.iter()
            .any(|g| g.0 == "111" && g.1.as_deref() == Some("the governor") && g.2.as_deref() == Some("The army")),
        "{got:?}"
    );
}

#[test]
fn a_verdict_said_as_a_predicate_is_a_criticism_or_a_denial() {
    // "The president said the bombings were acts of terrorism": 111 by the president, no target.
    let terror = "The/2/det president/3/nsubj said/0/root the/5/det bombings/7/nsubj were/7/cop acts/3/ccomp \
                  of/9/case terrorism/7/nmod ./3/punct";
    let got = brief(terror);
    assert!(got.iter().any(|g| g.0 == "111" && g.1.as_deref() == Some("The president") && g.2.is_none()), "{got:?}");
    // "The ministry said the allegations were baseless": a denial (016).
    let baseless = "The/2/det ministry/3/nsubj said/0/root the/5/det allegations/7/nsubj were/7/cop \
                    baseless/3/ccomp ./3/punct";
    let got = brief(baseless);
    assert!(got.iter().any(|g| g.0 == "016" && g.1.as_deref() == Some("The ministry")), "{got:?}");
}

#[test]
fn a_description_a_possibility_or_an_analysts_reading_is_no_verdict() {
    // Narration describes: "The terrorist attack killed five people."
    let narrated = "The/3/det terrorist/3/amod attack/4/nsubj killed/0/root five/6/nummod people/4/obj ./4/punct";
    assert!(brief(narrated).iter().all(|g| !g.0.starts_with("11")), "{:?}", brief(narrated));
    // "Police said the terrorist attack killed five people": "terrorist" judges only as a predicate.
    let said = "Police/2/nsubj said/0/root the/5/det terrorist/5/amod attack/6/nsubj killed/2/ccomp \
                five/8/nummod people/6/obj ./2/punct";
    assert!(brief(said).iter().all(|g| !g.0.starts_with("11")), "{:?}", brief(said));
    // What may be: "His lawyer said the arrest could be unfair."
    let could = "His/2/nmod:poss lawyer/3/nsubj said/0/root the/5/det arrest/8/nsubj could/8/aux be/8/cop \
                 unfair/3/ccomp ./3/punct";
    assert!(brief(could).iter().all(|g| !g.0.starts_with("11")), "{:?}", brief(could));
    // Not a predicate of its own: "Police said the men were in contact with terrorists."
    let contact = "Police/2/nsubj said/0/root the/4/det men/7/nsubj were/7/cop in/7/case contact/2/ccomp \
                   with/9/case terrorists/7/nmod ./2/punct";
    assert!(brief(contact).iter().all(|g| !g.0.starts_with("11")), "{:?}", brief(contact));
    // An analyst's reading: "Analysts said the policy was repressive."
    let analysts = "Analysts/2/nsubj said/0/root the/4/det policy/6/nsubj was/6/cop repressive/2/ccomp ./2/punct";
    assert!(brief(analysts).iter().all(|g| !g.0.starts_with("11")), "{:?}", brief(analysts));
}

#[test]
fn a_judgment_said_with_a_verb_is_not_said_twice() {
    // "The ministry rejected the baseless allegations": the rejection only.
    let spec = "The/2/det ministry/3/nsubj rejected/0/root the/6/det baseless/6/amod allegations/3/obj ./3/punct";
    let got = brief(spec);
    assert_eq!(got.len(), 1, "{got:?}");
}

#[test]
fn a_verdict_word_on_a_noun_of_no_act_or_group_describes() {
    // "Police said the man was a crime boss": a description, no criticism of the man.
    let boss = "Police/2/nsubj said/0/root the/4/det man/8/nsubj was/8/cop a/8/det crime/8/compound \
                boss/2/ccomp ./2/punct";
    assert!(brief(boss).iter().all(|g| !g.0.starts_with("11")), "{:?}", brief(boss));
    // "The spokesman said the men were illegal immigrants."
    let migrants = "The/2/det spokesman/3/nsubj said/0/root the/5/det men/8/nsubj were/8/cop illegal/8/amod \
                    immigrants/3/ccomp ./3/punct";
    assert!(brief(migrants).iter().all(|g| !g.0.starts_with("11")), "{:?}", brief(migrants));
    // On a group it judges: "The minister said the movement is a terrorist organization."
    let group = "The/2/det minister/3/nsubj said/0/root the/5/det movement/9/nsubj is/9/cop a/9/det \
                 terrorist/9/amod organization/3/ccomp ./3/punct";
    let got = brief(group);
    assert!(got.iter().any(|g| g.0 == "111" && g.1.as_deref() == Some("The minister")), "{got:?}");
}

#[test]
fn a_verdict_that_judges_no_party_has_no_target() {
    // "The ministry said the trial of the rebels was unjust": 111 by the ministry, not aimed at the rebels.
    let trial = "The/2/det ministry/3/nsubj said/0/root the/5/det trial/10/nsubj of/8/case the/8/det rebels/5/nmod \
                 was/10/cop unjust/3/ccomp ./3/punct";
    let got = brief(trial);
    assert!(got.iter().any(|g| g.0 == "111" && g.1.as_deref() == Some("The ministry")), "{got:?}");
    assert!(got.iter().all(|g| g.2.is_none()), "{got:?}");
    // "Police said the suspect was a terrorist": no target (the clause is none).
    let suspect = "Police/2/nsubj said/0/root the/4/det suspect/7/nsubj was/7/cop a/7/det terrorist/2/ccomp ./2/punct";
    assert!(brief(suspect).iter().all(|g| g.2.is_none()), "{:?}", brief(suspect));
}

#[test]
fn a_denial_word_said_of_the_charge_just_answered_is_a_denial() {
    // "'This is completely false,' the envoy told the council": 016 by the envoy.
    let spec = "\"/5/punct This/5/nsubj is/5/cop completely/5/advmod false/10/ccomp ,/5/punct \"/5/punct \
                the/9/det envoy/10/nsubj told/0/root the/12/det council/10/iobj ./10/punct";
    let got = brief(spec);
    assert!(got.iter().any(|g| g.0 == "016" && g.1.as_deref() == Some("the envoy")), "{got:?}");
    assert!(got.iter().all(|g| !g.0.starts_with("11")), "{got:?}");
}

#[test]
fn praise_said_as_a_predicate_is_praise_with_no_target() {
    // "'This is a very positive thing,' the senator said": 051 by the senator, no target.
    let thing = "\"/7/punct This/7/nsubj is/7/cop a/7/det very/6/advmod positive/7/amod thing/12/ccomp ,/7/punct \
                 \"/7/punct the/11/det senator/12/nsubj said/0/root ./12/punct";
    let got = brief(thing);
    assert!(
        got.iter().any(|g| g.0 == "051" && g.1.as_deref() == Some("the senator") && g.2.is_none() && g.3.is_none()),
        "{got:?}"
    );
    // "The minister said the talks were constructive": 051.
    let talks =
        "The/2/det minister/3/nsubj said/0/root the/5/det talks/7/nsubj were/7/cop constructive/3/ccomp ./3/punct";
    let got = brief(talks);
    assert!(got.iter().any(|g| g.0 == "051" && g.1.as_deref() == Some("The minister")), "{got:?}");
    // A praise word on a noun it does not judge as a predicate: "The soldier tested positive" is none.
    let tested = "The/2/det soldier/3/nsubj tested/0/root positive/3/xcomp ./3/punct";
    assert!(brief(tested).iter().all(|g| g.0 != "051"), "{:?}", brief(tested));
    // A state rated, no party or act praised: "Migrants say public sentiment is positive".
    let sentiment = "Migrants/2/nsubj say/0/root public/4/amod sentiment/6/nsubj is/6/cop positive/2/ccomp ./2/punct";
    assert!(brief(sentiment).iter().all(|g| g.0 != "051"), "{:?}", brief(sentiment));
}

#[test]
fn a_denial_word_on_a_noun_of_this_criticizes_the_noun() {
    // "'This is a baseless case,' the president said": 111 (the case is criticized), not a denial.
    let spec = "\"/6/punct This/6/nsubj is/6/cop a/6/det baseless/6/amod case/11/ccomp ,/6/punct \"/6/punct \
                the/10/det president/11/nsubj said/0/root ./11/punct";
    let got = brief(spec);
    assert!(got.iter().any(|g| g.0 == "111" && g.1.as_deref() == Some("the president")), "{got:?}");
    assert!(got.iter().all(|g| g.0 != "016"), "{got:?}");
}

#[test]
fn a_party_called_the_aggressor_is_accused_of_aggression() {
    // "'Russia is the aggressor,' the senator said": 1123 senator → Russia.
    let spec = "\"/5/punct Russia/5/nsubj is/5/cop the/5/det aggressor/10/ccomp ,/5/punct \"/5/punct the/9/det \
                senator/10/nsubj said/0/root ./10/punct";
    let got = brief(spec);
    assert!(
        got.iter().any(|g| g.0 == "1123" && g.1.as_deref() == Some("the senator") && g.2.as_deref() == Some("Russia")),
        "{got:?}"
    );
}

#[test]
fn a_party_said_to_be_responsible_is_blamed() {
    // "The minister says separatist militants are responsible": 112 minister → the militants.
    let militants = "The/2/det minister/3/nsubj says/0/root separatist/5/amod militants/7/nsubj are/7/cop \
                     responsible/3/ccomp ./3/punct";
    let got = brief(militants);
    assert!(
        got.iter().any(|g| g.0 == "112"
            && g.1.as_deref() == Some("The minister")
            && g.2.as_deref() == Some("separatist militants")),
        "{got:?}"
    );
    let police =
        "Her/2/nmod:poss family/3/nsubj said/0/root the/5/det police/7/nsubj were/7/cop responsible/3/ccomp ./3/punct";
    let got = brief(police);
    assert!(got.iter().any(|g| g.0 == "112" && g.2.as_deref() == Some("the police")), "{got:?}");
    // A duty is no blame; "it was responsible" may be the speaker's own claim.
    let duty = "The/2/det spokesman/3/nsubj said/0/root the/5/det ministry/7/nsubj is/7/cop responsible/3/ccomp \
                for/9/case security/7/obl ./3/punct";
    assert!(brief(duty).iter().all(|g| g.0 != "112"), "{:?}", brief(duty));
    let own = "The/2/det group/3/nsubj said/0/root it/6/nsubj was/6/cop responsible/3/ccomp ./3/punct";
    assert!(brief(own).iter().all(|g| g.0 != "112"), "{:?}", brief(own));
}
