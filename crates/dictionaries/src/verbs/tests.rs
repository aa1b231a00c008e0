use super::*;
use crate::codes::EventCode;

/// A made-up dictionary in the format of CAMEO.2.0.txt, with the file's odd corners.
const SNIPPET: &str = "\
# comment
####### SYNONYM SETS #######
&WEAPON
+GUN
+ROCKET_
+MACHINE_GUN

&AUXVERB_
+WAS
+WERE

&FIGHT
+WAR

####### VERB PATTERNS #######
---  ACCUSE   [---]  ---
ACCUSE [112]
CHARGE  # a comment
SPEED {SPEEDING SPEEDS SPED }
+ASK_FOR {+ASKED_FOR , +ASKS_FOR} [020]
- * (OF {RIGHTS ABUSES})                [1122]        # ACCUSE
- $ * ^ &WEAPON TO +                    [042:043]
- &FIGHT_GAMES *_LAWS                   [:173]
- *SCEPTICAL                            [---]

---  DISGRACE   [110]---  ---
SHAME ;legacy comment

######## TRANSFORMATIONS ##########
~ a (a b ATTACK) SAY = a b 015
";

fn read(text: &str) -> VerbDictionary {
    VerbDictionary::parse(text, "test.txt", Mode::Strict).unwrap()
}

fn code(text: &str) -> EventCode {
    EventCode::parse(text).unwrap()
}

#[test]
fn synsets_with_plural_rules() {
    let d = read(SNIPPET);
    assert_eq!(d.synsets.iter().map(|s| s.name.as_str()).collect::<Vec<_>>(), ["weapon", "auxverb", "fight"]);
    let weapon = d.synset("&WEAPON").unwrap();
    let forms: Vec<Vec<Vec<String>>> = weapon.members.iter().map(SynsetMember::forms).collect();
    assert_eq!(forms[0], [vec!["gun"], vec!["guns"]]);
    assert_eq!(forms[1], [vec!["rocket"]], "a member ending in '_' has no plural");
    assert_eq!(forms[2], [vec!["machine", "gun"], vec!["machine", "guns"]]);
    assert!(!d.synset("auxverb_").unwrap().plurals, "a label ending in '_' turns plurals off");
    assert_eq!(d.synset("AUXVERB").unwrap().members[1].forms(), [vec!["were"]]);
}

#[test]
fn blocks_verbs_and_codes() {
    let d = read(SNIPPET);
    assert_eq!(d.blocks.len(), 2);
    let b = &d.blocks[0];
    assert_eq!((b.name.as_str(), b.code.is_null(), b.line), ("ACCUSE", true, 16));
    let verbs: Vec<(&[String], Option<String>)> =
        b.verbs.iter().map(|v| (v.words.as_slice(), v.code.as_ref().map(|c| c.to_string()))).collect();
    assert_eq!(verbs[0], (&["accuse".to_string()][..], Some("112".to_string())));
    assert_eq!(verbs[1].1, None, "CHARGE takes the block's code");
    let ask = &b.verbs[3];
    assert_eq!((ask.words.clone(), ask.head), (vec!["ask".to_string(), "for".to_string()], 0));
    assert_eq!(ask.inflections(), [vec!["asked", "for"], vec!["asks", "for"]], "listed forms, commas dropped");
    assert_eq!(b.verbs[2].inflections(), [vec!["speeding"], vec!["speeds"], vec!["sped"]]);
    assert_eq!(b.verbs[1].inflections(), [vec!["charges"], vec!["charged"], vec!["charging"]]);
    // "[110]---": the closing dashes glued to the code; ';' starts a legacy comment.
    assert_eq!(d.blocks[1].code, code("110"));
    assert_eq!(d.blocks[1].verbs[0].words, ["shame"]);
    assert_eq!(d.transformations[0].result, ["a", "b", "015"]);
}

#[test]
fn patterns_keep_words_tokens_and_codes() {
    let d = read(SNIPPET);
    let p = &d.blocks[0].patterns;
    assert_eq!(p.len(), 4);
    assert_eq!(p[0].words, ["*", "of", "rights", "abuses"]);
    assert_eq!(p[0].code, code("1122"));
    let kinds: Vec<&Element> = p[0].tokens.iter().map(|t| &t.element).collect();
    assert_eq!(kinds[1], &Element::PrepStart);
    assert_eq!(kinds[3], &Element::NounStart);
    assert_eq!(p[1].words, ["$", "*", "^", "&weapon", "to", "+"]);
    assert_eq!(p[1].code, code("042:043"));
    // "&FIGHT_GAMES": the synset FIGHT, then "games" joined to it; "*_LAWS": "laws" right after the verb.
    assert_eq!(p[2].words, ["&fight", "games", "*", "laws"]);
    assert!(p[2].tokens[1].joined && p[2].tokens[3].joined && !p[2].tokens[2].joined);
    assert_eq!(p[2].code, code(":173"));
    assert_eq!(p[3].words, ["*", "sceptical"], "a word glued to '*' is its own word");
}

#[test]
fn regular_verb_forms() {
    let forms = |w: &str| regular_forms(w).to_vec();
    assert_eq!(forms("attack"), ["attacks", "attacked", "attacking"]);
    assert_eq!(forms("deploy"), ["deploys", "deployed", "deploying"]);
    assert_eq!(forms("deny"), ["denies", "denied", "denying"]);
    assert_eq!(forms("seize"), ["seizes", "seized", "seizing"]);
    assert_eq!(forms("agree"), ["agrees", "agreed", "agreeing"]);
    assert_eq!(forms("push"), ["pushes", "pushed", "pushing"]);
}

#[test]
fn malformed_lines_are_errors_naming_file_and_line() {
    let cases: &[(&str, Problem)] = &[
        ("- * AID [070]", Problem::Outside("pattern", "verb block")),
        ("--- X [---] ---\n- * DOWN (FROM) [080!]", Problem::BadCode("080!".into())),
        ("--- X [---] ---\n- * AID", Problem::MissingCode),
        ("--- X [---] ---\n- * VENTURE (WITH VISIT) VISIT)[042]", Problem::Unbalanced(')')),
        ("--- X [---] ---\n- * (IN {BIG) TALKS} [042]", Problem::Unbalanced(')')),
        ("--- X [---] ---\n- * (IN &WEATHER) [145]", Problem::UndefinedSynset("WEATHER".into())),
        ("--- X [---] ---\n- TALKS [042]", Problem::VerbMarker),
        ("--- X [---] ---\n- * (*) [042]", Problem::VerbMarker),
        ("--- X [---] ---\nCLEAR_UP", Problem::VerbHead),
        ("--- X [---] ---\nHURRY {HURRIES", Problem::Unbalanced('{')),
        ("--- X [---] ---\nHURRY NOW", Problem::Unexpected("HURRY NOW".into())),
        ("--- X [0a] ---", Problem::BadCode("0a".into())),
        ("&BAD NAME", Problem::Unexpected("&BAD NAME".into())),
        ("&SET\n+{GUN}", Problem::Unexpected("{".into())),
        ("+GUN", Problem::Outside("'+' line", "synset or verb block")),
        ("~ a b", Problem::Unexpected("no '='".into())),
    ];
    for (text, problem) in cases {
        let err = VerbDictionary::parse(text, "v.txt", Mode::Strict).unwrap_err();
        let Error::Line(e) = err else { panic!("{text}: {err}") };
        assert_eq!(&e.problem, problem, "{text}");
        assert_eq!((e.file.as_str(), e.line), ("v.txt", text.lines().count()), "{text}");
    }
}

#[test]
fn lenient_mode_skips_a_bad_block_with_its_lines() {
    let text = "--- X [0a] ---\nHURRY\n- * AID [070]\n--- Y [010] ---\nSAY\n- * (TO) [012]\n";
    let d = VerbDictionary::parse(text, "v.txt", Mode::Lenient).unwrap();
    assert_eq!(d.skipped.iter().map(|e| e.line).collect::<Vec<_>>(), [1, 2, 3]);
    assert_eq!(d.blocks.len(), 1);
    assert_eq!((d.blocks[0].verbs.len(), d.blocks[0].patterns.len()), (1, 1));
}
