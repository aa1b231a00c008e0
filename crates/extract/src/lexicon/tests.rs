use super::*;

fn lemmas(s: &str) -> Vec<String> {
    // The same tokenization as casus_core::segment::words: alphanumeric runs and single punctuation.
    let mut out = Vec::new();
    let mut cur = String::new();
    for c in s.chars() {
        if c.is_alphanumeric() {
            cur.push(c);
        } else {
            if !cur.is_empty() {
                out.push(lemma(&cur));
                cur.clear();
            }
            if !c.is_whitespace() {
                out.push(c.to_string());
            }
        }
    }
    if !cur.is_empty() {
        out.push(lemma(&cur));
    }
    out
}

/// (matched text as lemmas, code with no arguments) of the first trigger in `s`.
fn first(s: &str) -> Option<(String, String)> {
    let l = lemmas(s);
    find_all(&l)
        .into_iter()
        .next()
        .map(|m| (l[m.tokens.clone()].join(" "), m.entry.code_for::<&str>(&[]).unwrap_or("req").to_string()))
}

#[test]
fn every_line_parses_and_codes_are_valid() {
    let rows = parse_triggers(TRIGGERS).unwrap();
    assert!(rows.iter().filter(|e| e.cameo.is_some()).count() >= 250, "{}", rows.len());
    assert_eq!(rows.len(), entries().len());
    assert!(parse_triggers("fire\tverb\t190").is_err());
    assert!(parse_triggers("fire\tadj\t190\t-").is_err());
    assert!(parse_triggers("fire\tverb\t990\t-").is_err());
    assert!(parse_triggers("fire\tverb\t190\tfoo").is_err());
    assert!(parse_triggers("* fire\tverb\t190\t-").is_err());
    // `@name` lists: defined above their first use, used by req= and reqobj=; an unknown one is an error.
    let named =
        parse_triggers("@people\tman|woman\nbeat\tverb\t182\treqobj=@people\nflog\tverb\t182\treq=@people").unwrap();
    assert_eq!(
        (named[0].object_requires.clone(), named[1].requires.clone()),
        (vec!["man".to_string(), "woman".into()], vec!["man".to_string(), "woman".into()])
    );
    assert!(parse_triggers("beat\tverb\t182\treqobj=@people").is_err());
    // A list and more words; a list defined twice, or with a third column, is an error.
    let more = parse_triggers("@people\tman\nnab\tverb\t173\treqobj=@people|rebel").unwrap();
    assert_eq!(more[0].object_requires, vec!["man".to_string(), "rebel".into()]);
    assert!(parse_triggers("@people\tman\n@people\twoman").is_err());
    assert!(parse_triggers("@people\tman\tnote").is_err());
    // A named list joined with words of its own.
    let joined = parse_triggers("@people\tman|woman\ncrush\tverb\t190\treqobj=@people|protest").unwrap();
    assert_eq!(joined[0].object_requires, ["man", "woman", "protest"]);
    // `as=` takes the argument lists of an entry above, and names it when there is none.
    let both = parse_triggers("call\tverb\t111\treq=crime|lie;lie=016\nbrand\tverb\t111\tobj;as=call").unwrap();
    assert_eq!(
        (both[1].requires.clone(), both[1].refine.clone(), both[1].object),
        (both[0].requires.clone(), both[0].refine.clone(), Some(true))
    );
    assert!(parse_triggers("brand\tverb\t111\tas=call").unwrap_err().contains("no entry"));
    let modals = modal::parse_modals(include_str!("../../data/modals.tsv")).unwrap();
    assert!(modals.len() >= 40);
    let codes = modal::parse_modal_codes(include_str!("../../data/modal_codes.tsv")).unwrap();
    assert!(codes.len() >= 60, "{}", codes.len());
    assert!(modal::parse_modal_codes("threat\t19\t138").is_ok());
    assert!(modal::parse_modal_codes("threaten\t19\t138").is_err());
    assert!(modal::parse_modal_codes("threat\t1x\t138").is_err());
    assert!(modal::parse_modal_codes("threat\t19\tsometimes").is_err());
}

#[test]
fn no_duplicate_phrase_and_pos() {
    let mut seen = std::collections::HashSet::new();
    for e in entries() {
        assert!(seen.insert((e.phrase.clone(), format!("{:?}", e.pos))), "duplicate {:?}", e.phrase);
    }
}

#[test]
fn longest_phrase_wins() {
    let cases = [
        ("Azerbaijani forces opened fire on Armenian positions", "open fire", "190"),
        ("The post came under fire from Azerbaijani forces", "come under fire", "190"),
        ("The EU called for restraint", "call for", "020"),
        ("Moscow called on both sides to stop", "call on", "020"),
        ("Putin spoke by phone with Pashinyan", "speak by phone", "041"),
        ("The leaders held a telephone conversation", "hold a telephone conversation", "041"),
        ("Russia carried out an air strike", "air strike", "195"),
        ("a drone strike killed two", "drone strike", "195"),
        ("They signed a peace deal", "sign", "req"),
        ("a cease-fire took effect", "cease - fire", "0871"),
        ("the ceasefire collapsed", "ceasefire", "0871"),
        ("accused of war crimes", "accuse", "112"),
        ("a prisoner exchange", "prisoner exchange", "0841"),
        ("Police fired tear gas at protesters", "fire tear gas", "175"),
        ("militants took hostages", "take hostage", "181"),
        ("the suicide bombing in Kabul", "suicide bomb", "1831"),
        ("Armenia rejected these accusations", "reject", "120"),
        ("clashes erupted on the border", "clash", "190"),
        ("Heavy shelling continued", "shell", "194"),
        ("The hostilities resumed", "hostility", "190"),
        ("Trump threatened tariffs", "threaten", "130"),
    ];
    for (s, text, code) in cases {
        assert_eq!(first(s), Some((text.to_string(), code.to_string())), "{s}");
    }
}

#[test]
fn blockers_and_non_triggers() {
    assert_eq!(first("a prisoner of war camp"), None);
    assert_eq!(first("investigators of war crimes"), None);
    assert_eq!(first("He met the demands of the union"), None);
    // "met little resistance", "met the conditions": no meeting either
    assert_eq!(first("The fighters met little resistance from the troops"), None);
    assert_eq!(first("The deal met the conditions of the donors"), None);
    assert_eq!(first("in advance of the vote"), None);
    // "riot police" are police: the riot is the rioters' act, not a kind of officer.
    assert_eq!(first("Riot police lined the avenue"), None);
    assert_eq!(first("officers in riot gear stood by"), None);
    assert_eq!(first("Hundreds of youths riot in the capital").map(|(_, c)| c).as_deref(), Some("145"));
    // Tear gas canisters exploding are riot control, not a bombing.
    assert_eq!(first("Residents heard tear gas canisters exploding").map(|(t, _)| t).as_deref(), Some("tear gas"));
    let l = lemmas("the war crimes tribunal heard the war");
    let all = find_all(&l);
    assert_eq!(all.len(), 1);
    assert_eq!(all[0].tokens, 6..7);
}

#[test]
fn pos_guess_from_context() {
    assert_eq!(first("the state media"), None);
    assert_eq!(first("a new report"), None);
    assert_eq!(first("Armenia's support"), None);
    assert_eq!(first("in talks"), Some(("talk".into(), "040".into())));
    assert_eq!(first("refused to state"), Some(("refuse".into(), "120".into())));
    let l = lemmas("he did not state");
    assert_eq!(lookup(&l, 3).map(|m| m.entry.cameo.clone()), Some(Some("010".into())));
    let l = lemmas("the village was shelled");
    assert_eq!(guess_pos(&l, 3), Some(Pos::Verb));
}

#[test]
fn pos_filter_and_heads() {
    let l = lemmas("He will state it");
    assert!(lookup_pos(&l, 2, Some(Pos::Noun)).is_none());
    assert!(lookup_pos(&l, 2, Some(Pos::Verb)).is_some());
    let l = lemmas("a drone strike hit");
    let m = lookup(&l, 1).unwrap();
    assert_eq!((m.tokens.clone(), m.head), (1..3, 2));
    let l = lemmas("they opened fire");
    let m = lookup(&l, 1).unwrap();
    assert_eq!(m.head, 1);
}

#[test]
fn argument_conditions() {
    let code = |s: &str, args: &[&str]| {
        let l = lemmas(s);
        find_all(&l)[0].entry.code_for(args).map(str::to_string)
    };
    assert_eq!(code("called for", &["restraint"]).as_deref(), Some("0256"));
    assert_eq!(code("urged", &["de", "-", "escalation"]).as_deref(), Some("0256"));
    assert_eq!(code("urged", &["talk"]).as_deref(), Some("026"));
    assert_eq!(code("rejected", &["accusation"]).as_deref(), Some("016"));
    assert_eq!(code("rejected", &["proposal"]).as_deref(), Some("127"));
    assert_eq!(code("signed", &["agreement"]).as_deref(), Some("057"));
    assert_eq!(code("signed", &["decree"]), None);
    assert_eq!(code("struck", &["drone"]).as_deref(), Some("195"));
    assert_eq!(code("attacked", &["artillery"]).as_deref(), Some("194"));
    assert_eq!(code("fired", &["sniper"]).as_deref(), Some("193"));
    assert_eq!(code("attacked", &["with", "bayonet"]).as_deref(), Some("182"));
    // Shot and stabbed is still shooting (190, GUIDELINES 12.4); a rifle names a small arm (193).
    assert_eq!(code("shot", &["with", "bayonet"]).as_deref(), Some("190"));
    assert_eq!(code("shot", &["rifle"]).as_deref(), Some("193"));
    assert_eq!(code("attacked", &["gun"]).as_deref(), Some("190"));
    assert_eq!(code("withdrew", &["troop"]).as_deref(), Some("0874"));
    assert_eq!(code("withdrew", &["treaty"]).as_deref(), Some("160"));
    assert_eq!(code("expelled", &["diplomat"]).as_deref(), Some("166"));
    assert_eq!(code("deployed", &["troop"]).as_deref(), Some("154"));
    assert_eq!(code("deployed", &["peacekeeper"]).as_deref(), Some("074"));
    assert_eq!(code("released", &["prisoner"]).as_deref(), Some("0841"));
    assert_eq!(code("released", &["statement"]), None);
    assert_eq!(code("demanded", &["withdrawal"]).as_deref(), Some("1056"));
    assert_eq!(code("agreed", &["ceasefire"]).as_deref(), Some("0871"));
    assert_eq!(code("imposed", &["sanction"]).as_deref(), Some("163"));
    assert_eq!(code("imposed", &["curfew"]).as_deref(), Some("1723"));
    assert_eq!(code("threatened", &["strike"]).as_deref(), Some("138"));
    assert_eq!(code("threatened", &["protest"]).as_deref(), Some("133"));
    assert_eq!(code("seized", &["village"]).as_deref(), Some("192"));
    assert_eq!(code("seized", &["tanker"]).as_deref(), Some("1711"));
    assert_eq!(code("violated", &["ceasefire"]).as_deref(), Some("196"));
    let l = lemmas("came under fire");
    let e = find_all(&l)[0].entry;
    assert!(e.passive && !e.mutual);
    let l = lemmas("clashes");
    assert!(find_all(&l)[0].entry.mutual);
    let l = lemmas("said");
    assert!(find_all(&l)[0].entry.report);
    let l = lemmas("killed");
    assert!(find_all(&l)[0].entry.outcome);
    let l = lemmas("ruled out");
    assert_eq!(find_all(&l)[0].entry.negated.as_deref(), Some("130"));
    let l = lemmas("warned");
    assert_eq!(find_all(&l)[0].entry.third.as_deref(), Some("012"));
}

#[test]
fn modality() {
    use ModalOutcome::*;
    let m = |g: &str, x: &str| modal_code(modal(g).unwrap(), x);
    assert_eq!(m("threaten", "190"), Recode("138".into()));
    assert_eq!(m("threaten", "163"), Recode("1312".into()));
    assert_eq!(m("vow", "190"), Recode("138".into()));
    assert_eq!(m("promise", "073"), Recode("033".into()));
    assert_eq!(m("pledge", "040"), Recode("036".into()));
    assert_eq!(m("agree", "0874"), Recode("0356".into()));
    assert_eq!(m("urge", "0871"), Recode("0256".into()));
    assert_eq!(m("ask", "040"), Recode("026".into()));
    // "called the attacks terrorism" names them; appeals are the lexicon's "call on" / "call for".
    assert_eq!(modal("call"), None);
    // "plan to deploy more troops" is intent (03x); "vowed to strike" stays a threat of force.
    assert_eq!(m("plan", "154"), Recode("033".into()));
    assert_eq!(m("demand", "0874"), Recode("1056".into()));
    assert_eq!(m("demand", "0841"), Recode("1053".into()));
    assert_eq!(m("refuse", "0874"), Recode("1246".into()));
    assert_eq!(m("refuse", "046"), Recode("125".into()));
    assert_eq!(m("refuse", "190"), Drop);
    assert_eq!(m("try", "186"), Recode("185".into()));
    assert_eq!(m("try", "192"), Keep);
    assert_eq!(m("deny", "190"), Recode("016".into()));
    assert_eq!(m("could", "190"), Drop);
    assert_eq!(m("fail", "0841"), Drop);
    assert_eq!(modal("shell"), None);
}

#[test]
fn negation() {
    let l = lemmas("Azerbaijan did not fire");
    assert!(negated(&l, 3));
    let l = lemmas("Azerbaijan didn't fire");
    assert!(negated(&l, l.len() - 1));
    let l = lemmas("There were no clashes");
    assert!(negated(&l, 3));
    let l = lemmas("No one was hurt, and troops fired");
    assert!(!negated(&l, l.len() - 1));
    let l = lemmas("troops never attacked");
    assert!(negated(&l, 2));
    assert!(is_support_verb("launch") && !is_support_verb("fire"));
}

#[test]
fn broad_coverage_of_conflict_verbs() {
    for s in [
        "shelled",
        "bombed",
        "struck",
        "attacked",
        "raided",
        "ambushed",
        "invaded",
        "stormed",
        "killed",
        "wounded",
        "massacred",
        "detained",
        "arrested",
        "abducted",
        "kidnapped",
        "besieged",
        "occupied",
        "blockaded",
        "seized",
        "captured",
        "accused",
        "blamed",
        "denounced",
        "condemned",
        "criticized",
        "denied",
        "rejected",
        "urged",
        "appealed",
        "threatened",
        "warned",
        "met",
        "talks",
        "discussed",
        "negotiated",
        "hosted",
        "visited",
        "summit",
        "signed",
        "agreed",
        "truce",
        "brokered",
        "mediated",
        "mobilized",
        "withdrew",
        "sanctions",
        "protested",
        "expelled",
        "deported",
        "hijacked",
        "assassinated",
        "offensive",
        "bombardment",
        "airstrikes",
        "skirmishes",
        "incursion",
        "violence",
        "fighting",
        "battles",
        "pledged",
        "vowed",
        "promised",
        "demanded",
        "welcomed",
        "praised",
        "released",
        "freed",
    ] {
        assert!(!find_all(&lemmas(s)).is_empty(), "{s}");
    }
}

#[test]
fn a_noun_phrase_trigger_is_tested_at_its_head_word() {
    // "a terrorist attack": "terrorist" is a modifier (not a noun by the parse), "attack" the noun.
    let l = lemmas("a military operation began");
    let pos_at = |j: usize| Some(if j == 2 { Pos::Noun } else { Pos::Verb });
    let m = lookup_with(&l, 1, &pos_at).expect("military operation");
    assert_eq!((m.tokens.clone(), m.head, m.entry.cameo.as_deref()), (1..3, 2, Some("190")));
    // ... and a verb entry at its first word.
    let l = lemmas("they opened fire");
    assert!(lookup_with(&l, 1, &|j| Some(if j == 1 { Pos::Verb } else { Pos::Noun })).is_some());
}

#[test]
fn speech_and_coercion_wordings() {
    let code = |s: &str, args: &[&str]| {
        let l = lemmas(s);
        find_all(&l).first().and_then(|m| m.entry.code_for(args).map(str::to_string))
    };
    // Accusations: "alleged that they violated the truce" is an accusation of aggression.
    assert_eq!(code("alleged", &["violate", "truce"]).as_deref(), Some("1123"));
    assert_eq!(code("pointed a finger", &["at", "taliban"]).as_deref(), Some("112"));
    assert_eq!(first("placed the blame"), Some(("place the blame".into(), "112".into())));
    // "called X Y": only with a charged word; "called a meeting" is no criticism.
    assert_eq!(code("called", &["attack", "terrorism"]).as_deref(), Some("111"));
    assert_eq!(code("called", &["assertion", "baseless"]).as_deref(), Some("016"));
    assert_eq!(code("called", &["meeting"]), None);
    // "concerned" is a comment only about something; "the talks concerned the border" is not.
    assert_eq!(code("He is concerned", &["about", "situation"]).as_deref(), Some("012"));
    assert_eq!(code("He is concerned", &["border"]), None);
    // Sentencing is an administrative sanction (172); a cyberattack needs a computer, a machete does not.
    assert_eq!(code("sentenced", &["death"]).as_deref(), Some("172"));
    assert_eq!(code("hacked", &["website"]).as_deref(), Some("176"));
    assert_eq!(code("hacked", &["officer", "knife"]), None);
    assert_eq!(first("hacked them to death"), Some(("hack them to death".into(), "1823".into())));
    assert_eq!(code("barred", &["him"]), None);
    assert_eq!(code("barred", &["him", "from", "country"]).as_deref(), Some("172"));
    // Criticism wordings and a disappointment about something; "findings" lemmatizes as "find".
    assert_eq!(first("lashed out at Washington"), Some(("lash out".into(), "111".into())));
    assert_eq!(code("castigated", &["government"]).as_deref(), Some("111"));
    assert_eq!(code("is disappointed", &["by", "decision"]).as_deref(), Some("110"));
    assert_eq!(code("dismissed", &["panel", "find"]).as_deref(), Some("016"));
    // Enforcing or extending a ban or curfew is the sanction; extending a truce is not coercion.
    assert_eq!(code("enforcing", &["ban", "on", "demonstration"]).as_deref(), Some("172"));
    assert_eq!(code("extended", &["curfew"]).as_deref(), Some("1723"));
    assert_eq!(code("extended", &["ceasefire"]), None);
    // A judgment in a quote is criticism: "This is unacceptable", "is a step backwards".
    assert_eq!(first("This is unacceptable"), Some(("unacceptable".into(), "111".into())));
    assert_eq!(first("It is a step backwards"), Some(("step backward".into(), "111".into())));
    // "vowed revenge", "vowed to retaliate": a threat of force; "vowed to pursue talks": intent.
    assert_eq!(code("vowed", &["revenge"]).as_deref(), Some("138"));
    assert_eq!(code("vowed", &["to", "retaliate"]).as_deref(), Some("138"));
    assert_eq!(code("vowed", &["to", "pursue", "talk"]).as_deref(), Some("036"));
    // An admission is 015 (GUIDELINES §2); the admitted act stays an event of its own.
    assert_eq!(first("The rebels acknowledged that"), Some(("acknowledge".into(), "015".into())));
    assert_eq!(first("Kampala has set a September deadline"), Some(("set a september deadline".into(), "139".into())));
}

#[test]
fn explosives_make_an_attack_a_bombing() {
    let code = |s: &str, args: &[&str]| find_all(&lemmas(s))[0].entry.code_for(args).map(str::to_string);
    // "a suicide bomb attack", "a roadside attack", "attacked with a car bomb" (GUIDELINES 12.4: 183x).
    assert_eq!(code("attack", &["suicide", "bomb"]).as_deref(), Some("1831"));
    assert_eq!(code("attack", &["roadside"]).as_deref(), Some("1833"));
    assert_eq!(code("was attacked", &["with", "car", "bomb"]).as_deref(), Some("183"));
    assert_eq!(code("were hit", &["with", "roadside", "bomb"]).as_deref(), Some("1833"));
    // An air weapon stays an air strike: "bombs dropped by aircraft".
    assert_eq!(code("attacked", &["with", "bomb", "from", "aircraft"]).as_deref(), Some("195"));
    // The dead of a killing are no instrument: "snipers killed the suicide bombers" is fighting.
    assert!(code("killed", &["suicide", "bomber"]).is_some_and(|c| c.starts_with("19")));
}

#[test]
fn a_signed_truce_is_a_ceasefire_and_a_ceasefire_agreement_an_agreement() {
    let code = |s: &str, args: &[&str]| find_all(&lemmas(s))[0].entry.code_for(args).map(str::to_string);
    assert_eq!(code("signed", &["truce"]).as_deref(), Some("0871"));
    assert_eq!(code("signed", &["cease", "-", "fire", "agreement"]).as_deref(), Some("057"));
}

#[test]
fn seized_workers_are_hostages_and_seized_suspects_arrested() {
    let code = |s: &str, args: &[&str]| find_all(&lemmas(s))[0].entry.code_for(args).map(str::to_string);
    // "seized eight workers during an attack on an oil vessel": the workers, not the vessel.
    assert_eq!(code("seized", &["eight", "worker", "during", "attack", "on", "vessel"]).as_deref(), Some("181"));
    assert_eq!(code("seized", &["suspect"]).as_deref(), Some("173"));
    assert_eq!(code("seized", &["vessel"]).as_deref(), Some("1711"));
}

/// (trigger lemmas, code) of the first trigger of `s` given argument lemmas `args`; `None` when
/// there is no trigger or a required argument is missing.
fn coded(s: &str, args: &[&str]) -> Option<(String, String)> {
    let l = lemmas(s);
    let m = find_all(&l).into_iter().next()?;
    Some((l[m.tokens.clone()].join(" "), m.entry.code_for(args)?.to_string()))
}

fn code_of(s: &str, args: &[&str]) -> Option<String> {
    coded(s, args).map(|(_, c)| c)
}

#[test]
fn news_wordings_of_protest_and_force_posture() {
    // Street marches and rallies; troops marching somewhere and rallying support are neither.
    assert_eq!(code_of("marched", &["through", "street", "of", "rangoon"]).as_deref(), Some("141"));
    assert_eq!(code_of("marched", &["to", "border"]), None);
    assert_eq!(code_of("marched", &["on", "capital"]), None);
    // (the noun "rally" is a protest with no condition; "to" makes this the verb)
    assert_eq!(code_of("to rally", &["outside", "parliament"]).as_deref(), Some("141"));
    assert_eq!(code_of("to rally", &["support"]), None);
    assert_eq!(first("protesters threw stones at police"), Some(("throw stone".into(), "145".into())));
    // A labour strike is no armed strike.
    assert_eq!(first("taxi drivers went on strike"), Some(("go on strike".into(), "143".into())));
    assert_eq!(first("troops patrolled the capital"), Some(("patrol".into(), "150".into())));
    assert_eq!(first("Security has been stepped up"), Some(("security have be step up".into(), "150".into())));
    assert_eq!(first("amid heightened security"), Some(("heighten security".into(), "150".into())));
    // security cooperation strengthened is diplomacy, not force posture
    assert_eq!(first("to strengthen security cooperation"), Some(("security cooperation".into(), "062".into())));
    assert_eq!(first("to boost security ties"), None);
    assert_eq!(first("to strengthen security at airports"), Some(("strengthen security".into(), "150".into())));
    assert_eq!(first("we went on heightened alert"), Some(("go on heighten alert".into(), "152".into())));
    assert_eq!(first("The two sides took up positions"), Some(("take up position".into(), "150".into())));
    assert_eq!(first("he took up his position as envoy"), None);
    assert_eq!(code_of("security forces were dispatched", &["force"]).as_deref(), Some("154"));
    assert_eq!(code_of("the dispatch", &["of", "peacekeeper"]).as_deref(), Some("074"));
    assert_eq!(code_of("dispatched", &["coffin"]), None);
    assert_eq!(code_of("is reinforcing", &["its", "border"]).as_deref(), Some("154"));
    assert_eq!(code_of("is moving", &["troop", "to", "border"]).as_deref(), Some("154"));
    assert_eq!(code_of("moved", &["to", "capital"]), None);
    assert_eq!(code_of("tested", &["missile"]).as_deref(), Some("150"));
    assert_eq!(code_of("tested", &["positive"]), None);
}

#[test]
fn news_wordings_of_coercion_and_assault() {
    assert_eq!(first("they were taken into custody"), Some(("take into custody".into(), "173".into())));
    assert_eq!(code_of("quelled", &["protest"]).as_deref(), Some("175"));
    assert_eq!(code_of("quelled", &["fear"]), None);
    assert_eq!(first("The market was burned down"), Some(("burn down".into(), "1712".into())));
    // "the burning of a bus" is arson; the noun needs property as the verb does.
    assert_eq!(code_of("the burning", &["of", "bus"]).as_deref(), Some("1712"));
    assert_eq!(code_of("the burning", &["of", "calorie"]), None);
    assert_eq!(coded("set the building on fire", &[]), Some(("set the build on fire".into(), "1712".into())));
    assert_eq!(code_of("set them on fire", &["body"]).as_deref(), Some("180"));
    assert_eq!(first("militias razed the village"), Some(("raze".into(), "1712".into())));
    assert_eq!(first("militants blew up the tracks"), Some(("blow up".into(), "183".into())));
    assert_eq!(code_of("blew himself up", &["himself"]).as_deref(), Some("1831"));
    assert_eq!(first("villagers gunned down by insurgents"), Some(("gun down".into(), "190".into())));
    assert_eq!(first("he was beaten to death"), Some(("beat to death".into(), "1823".into())));
    // The single-p spelling of kidnapping.
    assert_eq!(first("have begun kidnaping foreigners"), Some(("kidnap".into(), "181".into())));
    assert_eq!(first("the army seized power in a coup"), Some(("seize power".into(), "180".into())));
}

#[test]
fn news_wordings_of_fighting_and_mass_violence() {
    assert_eq!(first("Israeli warplanes pound Lebanon"), Some(("pound".into(), "190".into())));
    assert_eq!(code_of("pounded", &["with", "drone"]).as_deref(), Some("195"));
    assert_eq!(code_of("hammered", &["rebel", "position"]).as_deref(), Some("190"));
    assert_eq!(code_of("hammered", &["economy"]), None);
    assert!(find_all(&lemmas("they hammered out a deal")).iter().all(|m| m.entry.cameo.as_deref() != Some("190")));
    let gunbattle = lemmas("a gunbattle between factions");
    assert!(find_all(&gunbattle)[0].entry.mutual);
    for s in ["a low-level rebellion", "the separatist insurgency", "a two-day revolt", "the uprising", "a mutiny"] {
        assert_eq!(first(s).map(|(_, c)| c).as_deref(), Some("190"), "{s}");
    }
    assert_eq!(first("troops repelled the attack"), Some(("repel".into(), "190".into())));
    assert_eq!(first("it beat back an assault"), Some(("beat back".into(), "190".into())));
    assert_eq!(code_of("fended off", &["attack"]).as_deref(), Some("190"));
    assert_eq!(code_of("fended off", &["question"]), None);
    assert_eq!(code_of("drove the rebels out", &["rebel"]).as_deref(), Some("190"));
    assert_eq!(code_of("wiped out", &["village"]).as_deref(), Some("190"));
    assert_eq!(code_of("wiped out", &["crop"]), None);
    assert_eq!(code_of("flattened", &["home"]).as_deref(), Some("1712"));
    assert_eq!(code_of("flattened", &["curve"]), None);
    assert_eq!(code_of("pushed back", &["rebel"]).as_deref(), Some("190"));
    assert_eq!(code_of("pushed back", &["deadline"]), None);
    assert_eq!(first("forces bear down on the strongholds"), Some(("bear down on".into(), "190".into())));
    assert_eq!(first("Israel retaliated"), Some(("retaliate".into(), "190".into())));
    // Cordons and cut routes are 191; a sealed deal is none.
    assert_eq!(first("troops sealed off the town"), Some(("seal off".into(), "191".into())));
    assert_eq!(code_of("sealed", &["border"]).as_deref(), Some("191"));
    assert_eq!(code_of("sealed", &["deal"]), None);
    assert_eq!(code_of("cut off", &["supply", "route"]).as_deref(), Some("191"));
    assert_eq!(code_of("cut off", &["aid"]), None);
    assert_eq!(first("rebels conquered the town"), Some(("conquer".into(), "192".into())));
    assert_eq!(first("gunmen slaughtered villagers"), Some(("slaughter".into(), "202".into())));
    assert_eq!(first("a mass execution"), Some(("mass execution".into(), "202".into())));
    // Yielding: laying down weapons, disbanding a militia, a troop drawdown.
    assert_eq!(first("they laid down their weapons"), Some(("lay down their weapon".into(), "0873".into())));
    assert_eq!(code_of("disbanded", &["militia"]).as_deref(), Some("0873"));
    assert_eq!(code_of("disbanded", &["committee"]), None);
    assert_eq!(first("the troop drawdown"), Some(("drawdown".into(), "0874".into())));
}

#[test]
fn hostage_counts_thrown_explosives_rammed_vehicles_and_named_operations() {
    // A count and a noun may stand between the verb and "hostage", when the noun names people.
    let taken = "had taken more than 100 passengers hostage";
    assert_eq!(code_of(taken, &["more", "than", "100", "passenger"]).as_deref(), Some("181"));
    assert_eq!(code_of("took steps to free the hostages", &["step", "free", "hostage"]), None);
    // Beatings: of protesters or opposition supporters repression (175), of prisoners assault (182).
    assert_eq!(code_of("the beatings", &["of", "opposition", "supporter"]).as_deref(), Some("175"));
    assert_eq!(code_of("the beatings", &["of", "prisoner"]).as_deref(), Some("182"));
    assert_eq!(code_of("the beating", &["of", "drum"]), None);
    assert_eq!(first("threw two explosives at the station"), Some(("throw two explosive".into(), "183".into())));
    assert_eq!(first("hurled a grenade"), Some(("hurl a grenade".into(), "183".into())));
    assert_eq!(code_of("rammed", &["vehicle", "full", "of", "explosive"]).as_deref(), Some("1832"));
    assert_eq!(code_of("rammed", &["truck", "into", "crowd"]).as_deref(), Some("190"));
    assert_eq!(code_of("rammed", &["home", "point"]), None);
    assert_eq!(first("a clearance operation"), Some(("clearance operation".into(), "190".into())));
}

#[test]
fn peace_processes_and_days_of_mourning() {
    let codes = |s: &str| -> Vec<String> {
        let l = lemmas(s);
        find_all(&l).iter().filter_map(|m| m.entry.code_for::<&str>(&[]).map(str::to_string)).collect()
    };
    assert!(codes("since they began a peace process").contains(&"046".to_string()));
    assert!(!codes("since they began a process").contains(&"046".to_string()));
    assert!(codes("a three-day period of national mourning").contains(&"017".to_string()));
    assert!(codes("declared Tuesday a national day of mourning").contains(&"017".to_string()));
    assert!(codes("a day of rain").is_empty());
}

#[test]
fn security_steps_are_posture_only_when_security_is_what_is_stepped_up() {
    let codes = |s: &str| -> Vec<String> {
        find_all(&lemmas(s)).into_iter().filter_map(|m| m.entry.cameo.clone()).collect::<Vec<_>>()
    };
    assert!(codes("police stepped up security around parliament").contains(&"150".to_string()));
    assert!(codes("security has been stepped up").contains(&"150".to_string()));
    // the step-up of an attack on security forces is the attack, not a posture of security
    assert!(!codes("militants have stepped up attacks on security forces").contains(&"150".to_string()));
    assert!(!codes("security forces have stepped up their offensive").contains(&"150".to_string()));
}

#[test]
fn hyphenated_tokens_match_the_phrase_of_their_parts_as_a_whole() {
    // The parser keeps hyphenated words as one token; lemmatise whitespace-separated tokens.
    let found = |s: &str| -> Vec<(String, String)> {
        let l: Vec<String> = s.split_whitespace().map(lemma).collect();
        find_all(&l).into_iter().map(|m| (l[m.tokens.clone()].join(" "), m.entry.cameo.clone().unwrap())).collect()
    };
    let one = |text: &str, code: &str| vec![(text.to_string(), code.to_string())];
    // Parts, each lemmatised: "stepped-up" reads as "step up".
    assert_eq!(found("police stepped-up security around the embassy"), one("stepped-up security", "150"));
    assert_eq!(found("amid beefed-up security"), one("beefed-up security", "150"));
    assert_eq!(found("the cease-fires held overnight"), one("cease-fire", "0871"));
    // Parts joined: "cease-fire violation" is a "ceasefire violation", "re-took" is "retook".
    assert_eq!(found("a cease-fire violation near the line"), one("cease-fire violation", "196"));
    assert_eq!(found("rebels re-took the town"), one("re-take", "192"));
    // Only the whole token matches: a part alone is no trigger.
    assert!(found("the anti-war movement").is_empty());
    assert!(found("a U.S.-led coalition of so-called allies").is_empty());
    assert!(found("al-Qaida and pro-government militias").is_empty());
}

#[test]
fn listed_argument_words_match_their_inflected_forms() {
    // "burned dozens of buildings": the listed "building" and the sentence's "buildings" meet as lemmas.
    let burn = entries().iter().find(|e| e.phrase == ["burn"] && e.pos == Pos::Verb).unwrap();
    assert_eq!(burn.code_for(&[lemma("buildings")]), Some("1712"));
    assert_eq!(burn.code_for(&[lemma("building")]), Some("1712"));
    assert_eq!(burn.code_for(&[lemma("people")]), None);
}
