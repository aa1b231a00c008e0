//! The day and the past a sentence hands on to the next (`assemble::carry`): the date of its main
//! event, not a date of an aside (a relative or adverbial clause, a noun's modifier) nor a bound.
use crate::events::testing::{date_of, doc_events};

#[test]
fn an_incident_told_after_a_recalled_one_goes_on_with_the_main_clause_day() {
    // "Israel bombed the airport on Thursday, escalating a crisis that began when guerrillas captured
    // two soldiers on Wednesday. Two civilians were killed in Nahariya."
    let ev = doc_events(
        &[
            "Israel/2/nsubj bombed/0/root the/4/det airport/2/obj on/6/case Thursday/2/obl ,/8/punct \
             escalating/2/advcl a/10/det crisis/8/obj that/12/nsubj began/10/acl:relcl when/15/advmod \
             guerrillas/15/nsubj captured/12/advcl two/17/nummod soldiers/15/obj on/19/case Wednesday/15/obl ./2/punct",
            "Two/2/nummod civilians/4/nsubj:pass were/4/aux:pass killed/0/root in/6/case Nahariya/4/obl ./4/punct",
        ],
        "2006-07-14",
    );
    assert_eq!(date_of(&ev, "captured"), Some("2006-07-12"), "{ev:#?}");
    assert_eq!(date_of(&ev, "killed"), Some("2006-07-13"), "{ev:#?}");
}

#[test]
fn a_past_date_in_a_relative_clause_opens_no_narrative() {
    // "Warplanes struck a camp early Tuesday in retaliation for a bombing that killed 40 police on
    // Feb. 14. Troops exchanged fire through the night.": the night of the strike, not of Feb. 14.
    let ev = doc_events(
        &[
            "Warplanes/2/nsubj struck/0/root a/4/det camp/2/obj early/6/amod Tuesday/2/obl:unmarked ,/9/punct \
             in/9/case retaliation/2/obl for/12/case a/12/det bombing/9/nmod that/14/nsubj killed/12/acl:relcl \
             40/16/nummod police/14/obj on/19/case Feb./19/compound 14/14/obl ./2/punct",
            "Troops/2/nsubj exchanged/0/root fire/2/obj through/6/case the/6/det night/2/obl ./2/punct",
        ],
        "2019-02-26",
    );
    assert_eq!(date_of(&ev, "bombing"), Some("2019-02-14"), "{ev:#?}");
    assert_eq!(date_of(&ev, "exchanged fire"), Some("2019-02-26"), "{ev:#?}");
}

#[test]
fn a_bound_is_no_day_an_incident_goes_on_with() {
    // "Rebels seized the airport on Tuesday. Seventeen people have been killed since Thursday.
    // Protesters attacked embassies in Kinshasa."
    let ev = doc_events(
        &[
            "Rebels/2/nsubj seized/0/root the/4/det airport/2/obj on/6/case Tuesday/2/obl ./2/punct",
            "Seventeen/2/nummod people/5/nsubj:pass have/5/aux been/5/aux:pass killed/0/root since/7/case \
             Thursday/5/obl ./5/punct",
            "Protesters/2/nsubj attacked/0/root embassies/2/obj in/5/case Kinshasa/2/obl ./2/punct",
        ],
        "2025-01-28",
    );
    assert_eq!(date_of(&ev, "attacked"), Some("2025-01-28"), "{ev:#?}");
}

#[test]
fn a_report_day_of_the_main_clause_does_not_displace_the_incident_day() {
    // "Rebels who overran the city on Wednesday abducted four missionaries, aid workers said Friday.
    // Peacekeepers killed scores of rebels.": the day of the incident told, not of its report.
    let ev = doc_events(
        &[
            "Rebels/8/nsubj who/3/nsubj overran/1/acl:relcl the/5/det city/3/obj on/7/case Wednesday/3/obl \
             abducted/0/root four/10/nummod missionaries/8/obj ,/14/punct aid/13/compound workers/14/nsubj \
             said/8/parataxis Friday/14/obl:unmarked ./8/punct",
            "Peacekeepers/2/nsubj killed/0/root scores/2/obj of/5/case rebels/3/nmod ./2/punct",
        ],
        "1999-01-08",
    );
    assert_eq!(date_of(&ev, "killed"), Some("1999-01-06"), "{ev:#?}");
}

#[test]
fn a_count_from_the_story_dates_an_incident_from_the_last_incident_not_a_reaction() {
    // "Gunmen ambushed troops on Saturday. The council condemned the attack on Sunday. Helicopters
    // fired on militant positions hours later.": hours after the ambush, not after the condemnation.
    let ev = doc_events(
        &[
            "Gunmen/2/nsubj ambushed/0/root troops/2/obj on/5/case Saturday/2/obl ./2/punct",
            "The/2/det council/3/nsubj condemned/0/root the/5/det attack/3/obj on/7/case Sunday/3/obl ./3/punct",
            "Helicopters/2/nsubj fired/0/root on/5/case militant/5/amod positions/2/obl hours/7/obl:npmod \
             later/2/advmod ./2/punct",
        ],
        "2019-03-13",
    );
    assert_eq!(date_of(&ev, "ambushed"), Some("2019-03-09"), "{ev:#?}");
    assert_eq!(date_of(&ev, "condemned"), Some("2019-03-10"), "{ev:#?}");
    assert_eq!(date_of(&ev, "fired"), Some("2019-03-09"), "{ev:#?}");
}

#[test]
fn a_past_perfect_progressive_past_the_lead_is_background() {
    // "Rebels bombed a church on Thursday. The army sent troops on Friday. The guerrillas had been
    // battling paramilitaries for control of the river.": going on before, on no day of the story.
    let ev = doc_events(
        &[
            "Rebels/2/nsubj bombed/0/root a/4/det church/2/obj on/6/case Thursday/2/obl ./2/punct",
            "The/2/det army/3/nsubj sent/0/root troops/3/obj on/6/case Friday/3/obl ./3/punct",
            "The/2/det guerrillas/5/nsubj had/5/aux been/5/aux battling/0/root paramilitaries/5/obj \
             for/8/case control/5/obl of/11/case the/11/det river/8/nmod ./5/punct",
        ],
        "2002-05-04",
    );
    assert_eq!(date_of(&ev, "bombed"), Some("2002-05-02"), "{ev:#?}");
    assert_eq!(date_of(&ev, "battling"), None, "{ev:#?}");
}
