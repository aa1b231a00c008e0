use super::*;

/// Made-up records in the format of the Phoenix actor files, with their odd corners.
const SNIPPET: &str = "\
# header
AL-SHABAAB\t[SOMREB]
+AL_SHABAB
+HARAKAT_AL-SHABAAB_AL-MUJAHIDEEN # comment

JOHN_DOE_  # CountryInfo.txt
\t[AFGELI 19570101-011222]
\t[AFGGOV >011222]
  \t[AFGELI]
JANE_ROE_\t[USAGOV 010120-050120] [IGOUNOKID > 050501]# a comment glued to the code
+J._ROE
UN_ENVOY_\t[IGOUNO] [---]
OLD_ENVOY_
\t[GBRGOV <750101]
\t[--- 750102-760101]
NOBODY_
";

fn read(text: &str) -> ActorDictionary {
    ActorDictionary::parse(text, "actors.txt", Mode::Strict).unwrap()
}

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

fn codes_on(actor: &Actor, date: NaiveDate) -> Vec<&str> {
    actor.codes_on(date).iter().map(|c| c.code.as_str()).collect()
}

#[test]
fn records_with_synonyms_and_codes() {
    let d = read(SNIPPET);
    assert_eq!(d.actors.len(), 6);
    let a = &d.actors[0];
    assert_eq!((a.name(), a.line), ("Al-Shabaab".to_string(), 2));
    let phrases: Vec<String> = a.phrases().map(|p| p.join(" ")).collect();
    assert_eq!(phrases, ["al-shabaab", "al shabab", "harakat al-shabaab al-mujahideen"]);
    let code = a.codes[0].code.as_ref().unwrap();
    assert_eq!((code.country.as_deref(), code.role()), (Some("SOM"), Some("REB")));
    assert_eq!(d.actors[5].codes, [], "a record may have no code");
}

#[test]
fn dated_codes_hold_in_their_range_and_defaults_otherwise() {
    let d = read(SNIPPET);
    let doe = &d.actors[1];
    assert_eq!(doe.codes[0].dates, DateRange::Between(day(1957, 1, 1), day(2001, 12, 22)));
    assert_eq!(codes_on(doe, day(1990, 5, 5)), ["AFGELI"]);
    assert_eq!(codes_on(doe, day(2001, 12, 22)), ["AFGELI", "AFGGOV"], "limits are inclusive");
    assert_eq!(codes_on(doe, day(2010, 1, 1)), ["AFGGOV"]);
    assert_eq!(codes_on(doe, day(1900, 1, 1)), ["AFGELI"], "the default when no dated code holds");
    let roe = &d.actors[2];
    assert_eq!(roe.codes[1].dates, DateRange::From(day(2005, 5, 1)), "'> 050501' with a blank");
    assert_eq!(codes_on(roe, day(2003, 1, 1)), ["USAGOV"]);
    assert_eq!(codes_on(roe, day(2008, 1, 1)), ["IGOUNOKID"]);
    assert!(codes_on(roe, day(1990, 1, 1)).is_empty(), "no default");
    assert_eq!(codes_on(&d.actors[3], day(2020, 1, 1)), ["IGOUNO"], "the null code gives nothing");
    let old = &d.actors[4];
    assert_eq!(codes_on(old, day(1970, 1, 1)), ["GBRGOV"]);
    assert!(codes_on(old, day(1975, 6, 1)).is_empty(), "a dated null code: nobody then");
}

#[test]
fn dates_read_as_petrarch_reads_them() {
    assert_eq!(parse_date("011222"), Some(day(2001, 12, 22)));
    assert_eq!(parse_date("300101"), Some(day(2030, 1, 1)));
    assert_eq!(parse_date("310101"), Some(day(1931, 1, 1)));
    assert_eq!(parse_date("19270101"), Some(day(1927, 1, 1)));
    for bad in ["1920030320", "2004017", "20100931", "2010123a", ""] {
        assert_eq!(parse_date(bad), None, "{bad}");
    }
}

#[test]
fn malformed_lines_are_errors_naming_file_and_line() {
    let cases: &[(&str, Problem)] = &[
        ("X_\n\t[IRQOCC 1920030320-20060520]", Problem::BadDate("1920030320-20060520".into())),
        ("X_\n\t[EGYGOV 20121207-20120802]", Problem::BadDate("20121207-20120802".into())),
        ("X_\n\t[USAGOV 19820101]", Problem::BadDate("19820101".into())),
        ("X_\n+FAEROYENE]_", Problem::Unbalanced(']')),
        ("X_\t[MNCMED]\tNewspapers", Problem::Unexpected("Newspapers".into())),
        ("X_\t[MNC MED", Problem::Unbalanced('[')),
        ("X_\t[]", Problem::MissingCode),
        ("X_\t[US$]", Problem::BadCode("US$".into())),
        ("\t[USAGOV]", Problem::Outside("code line", "actor record")),
        ("+SYNONYM", Problem::Outside("synonym", "actor record")),
    ];
    for (text, problem) in cases {
        let err = ActorDictionary::parse(text, "actors.txt", Mode::Strict).unwrap_err();
        let Error::Line(e) = err else { panic!("{text}: {err}") };
        assert_eq!((&e.problem, e.line), (problem, text.lines().count()), "{text}");
    }
}

#[test]
fn lenient_mode_skips_the_lines_of_a_bad_record() {
    let text = "GOOD_ [AFG]\nBAD_ [AF$]\n+BAD_SYNONYM\n\t[AFGGOV]\nNEXT_\n\t[AFGGOV 1920030320-20060520]\n\t[AFGMIL]\n";
    let d = ActorDictionary::parse(text, "a.txt", Mode::Lenient).unwrap();
    assert_eq!(d.skipped.iter().map(|e| e.line).collect::<Vec<_>>(), [2, 3, 4, 6]);
    assert_eq!(d.actors.len(), 2);
    assert_eq!(d.actors[0].synonyms, [], "the bad record's synonym is not the good one's");
    assert_eq!(codes_on(&d.actors[1], day(2004, 1, 1)), ["AFGMIL"], "a bad date line alone is skipped");
}
