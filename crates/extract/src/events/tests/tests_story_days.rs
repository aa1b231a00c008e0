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
