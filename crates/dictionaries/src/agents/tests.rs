use super::*;
use crate::codes::Placement;

/// Made-up lines in the format of Phoenix.agents.txt, with the file's odd corners.
const SNIPPET: &str = "\
# ======== SUBSTITUTION SETS ========
!PERSON! = MAN, MEN, WOMAN
!MINIST! = MINISTER, MINISTRY

POLICE {} [~COP]
RIOT_POLICE {} [~COP] # comment
THIEF {THIEVES} [~CRM]
SOLDIER [~MIL]
MILITARY_ATTORNEY [~MILJUD]
HUSBAND!PERSON![~AGR]
!MINIST! FOR_ YOUTH [~GOV]
PEACEKEEPING_TROOPS {} [IGO~]
";

fn read(text: &str) -> AgentDictionary {
    AgentDictionary::parse(text, "agents.txt", Mode::Strict).unwrap()
}

fn forms(agent: &Agent) -> Vec<String> {
    agent.forms().iter().map(|f| f.join(" ")).collect()
}

#[test]
fn agents_with_plurals_and_codes() {
    let d = read(SNIPPET);
    assert_eq!(d.substitutions.len(), 2);
    assert_eq!(d.substitutions[0].items, ["MAN", "MEN", "WOMAN"]);
    let by_line = |n: usize| d.agents.iter().filter(|a| a.line == n).collect::<Vec<_>>();
    assert_eq!(forms(by_line(5)[0]), ["police"], "{{}}: no plural");
    assert_eq!(by_line(5)[0].code.role(), Some("COP"));
    assert_eq!(forms(by_line(6)[0]), ["riot police"]);
    assert_eq!(forms(by_line(7)[0]), ["thief", "thieves"]);
    assert_eq!(forms(by_line(8)[0]), ["soldier", "soldiers"]);
    assert_eq!(forms(by_line(9)[0]), ["military attorney", "military attorneys"]);
    assert_eq!(by_line(9)[0].code.parts, ["MIL", "JUD"]);
    let peacekeepers = by_line(12)[0];
    assert_eq!((peacekeepers.code.placement, peacekeepers.code.role()), (Placement::BeforeActor, Some("IGO")));
}

#[test]
fn substitution_markers_expand_without_plurals() {
    let d = read(SNIPPET);
    let husbandry: Vec<Vec<String>> = d.agents.iter().filter(|a| a.line == 10).flat_map(Agent::forms).collect();
    assert_eq!(husbandry, [vec!["husbandman"], vec!["husbandmen"], vec!["husbandwoman"]]);
    let ministers: Vec<String> = d.agents.iter().filter(|a| a.line == 11).flat_map(forms).collect();
    assert_eq!(ministers, ["minister for youth", "ministry for youth"]);
}

#[test]
fn malformed_lines_are_errors_naming_file_and_line() {
    let cases: &[(&str, Problem)] = &[
        ("ISLAMIC_EXTREMIST", Problem::MissingCode),
        ("DEPARMENT_OF_ENVIRONMENT [~ENV}", Problem::Unbalanced('[')),
        ("POLICE [COP]", Problem::BadCode("COP".into())),
        ("POLICE [~COP] X", Problem::Unexpected("X".into())),
        ("THIEF {THIEVES [~CRM]", Problem::Unbalanced('{')),
        ("THIEF } [~CRM]", Problem::Unbalanced('}')),
        ("{} [~CRM]", Problem::EmptyPhrase),
        ("CONGRESS!PERSON! [~LEG]", Problem::UndefinedMarker("PERSON".into())),
        ("!A! = X, !A!", Problem::Unexpected("!A! = X, !A!".into())),
        ("!A = X", Problem::Unbalanced('!')),
    ];
    for (text, problem) in cases {
        let text = format!("# header\n{text}");
        let err = AgentDictionary::parse(&text, "agents.txt", Mode::Strict).unwrap_err();
        let Error::Line(e) = err else { panic!("{text}: {err}") };
        assert_eq!((&e.problem, e.file.as_str(), e.line), (problem, "agents.txt", 2), "{text}");
    }
}

#[test]
fn lenient_mode_lists_what_it_skips() {
    let d = AgentDictionary::parse("ISLAMIC_EXTREMIST\nPOLICE {} [~COP]\n", "a.txt", Mode::Lenient).unwrap();
    assert_eq!(d.agents.len(), 1);
    assert_eq!(d.skipped.len(), 1);
    assert_eq!(d.skipped[0].to_string(), "a.txt:1: no code in [...]: \"ISLAMIC_EXTREMIST\"");
}
