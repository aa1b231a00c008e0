//! Word tokenization, EWT style.
use super::tests_props::check_all;
use super::words;

fn toks(text: &str) -> Vec<&str> {
    check_all(text);
    words(text, 0..text.len()).into_iter().map(|r| &text[r]).collect()
}

#[test]
fn punctuation_splits_off_abbreviations_keep_their_period() {
    assert_eq!(
        toks("On Feb. 13, U.S. and U.N. officials (Dr. Smith, Gen. Lee) met at 9 a.m. in St. Louis, etc."),
        [
            "On",
            "Feb.",
            "13",
            ",",
            "U.S.",
            "and",
            "U.N.",
            "officials",
            "(",
            "Dr.",
            "Smith",
            ",",
            "Gen.",
            "Lee",
            ")",
            "met",
            "at",
            "9",
            "a.m.",
            "in",
            "St.",
            "Louis",
            ",",
            "etc."
        ]
    );
    assert_eq!(toks("He said no. No. 10 is next."), ["He", "said", "no", ".", "No.", "10", "is", "next", "."]);
    assert_eq!(toks("John F. Kennedy posted on X."), ["John", "F.", "Kennedy", "posted", "on", "X", "."]);
    // A compass letter keeps its period inside a name, not at the end: "in S. Sudan", "Sector S.".
    assert_eq!(toks("in S. Sudan"), ["in", "S.", "Sudan"]);
    assert_eq!(toks("Rebels attacked Sector S."), ["Rebels", "attacked", "Sector", "S", "."]);
    assert_eq!(toks("It was in the U.S."), ["It", "was", "in", "the", "U.S."]);
}

#[test]
fn numbers_stay_whole() {
    assert_eq!(
        toks("6,500 dead, 3.5% growth, $4 million, 2/13/2024 at 9:00, 30 000 and 1,2 and €5.5."),
        [
            "6,500",
            "dead",
            ",",
            "3.5",
            "%",
            "growth",
            ",",
            "$",
            "4",
            "million",
            ",",
            "2/13/2024",
            "at",
            "9:00",
            ",",
            "30",
            "000",
            "and",
            "1",
            ",",
            "2",
            "and",
            "€",
            "5.5",
            "."
        ]
    );
}

#[test]
fn hyphenated_words_stay_whole() {
    assert_eq!(
        toks("cross-border ambassador-at-large Nagorno-Karabakh U.S.-backed Kenya-U.S. COVID-19 30-day"),
        ["cross-border", "ambassador-at-large", "Nagorno-Karabakh", "U.S.-backed", "Kenya-U.S.", "COVID-19", "30-day"]
    );
}

#[test]
fn clitics_split_like_ud() {
    assert_eq!(toks("Armenia's army"), ["Armenia", "'s", "army"]);
    assert_eq!(toks("Armenia’s army"), ["Armenia", "’s", "army"]);
    assert_eq!(toks("don't can't won't isn’t"), ["do", "n't", "ca", "n't", "wo", "n't", "is", "n’t"]);
    assert_eq!(toks("they're we’ve I'll she'd I'm"), ["they", "'re", "we", "’ve", "I", "'ll", "she", "'d", "I", "'m"]);
    assert_eq!(toks("Cannot the U.N.’s envoy"), ["Can", "not", "the", "U.N.", "’s", "envoy"]);
    // An apostrophe inside a name is not a clitic; a plural possessive splits the apostrophe.
    assert_eq!(toks("al-Rufay’i O'Brien officers' homes"), ["al-Rufay’i", "O'Brien", "officers", "'", "homes"]);
}

#[test]
fn quotes_brackets_and_dashes_are_tokens() {
    assert_eq!(
        toks("“restraint”, ‘deep concern’ [Feb. 12] (AFP) killed—and Armenia–Azerbaijan — ... …"),
        [
            "“",
            "restraint",
            "”",
            ",",
            "‘",
            "deep",
            "concern",
            "’",
            "[",
            "Feb.",
            "12",
            "]",
            "(",
            "AFP",
            ")",
            "killed",
            "—",
            "and",
            "Armenia",
            "–",
            "Azerbaijan",
            "—",
            "...",
            "…"
        ]
    );
    assert_eq!(toks("\"Why?!\" -- he said."), ["\"", "Why", "?!", "\"", "--", "he", "said", "."]);
    assert_eq!(toks(">> See also:"), [">>", "See", "also", ":"]);
}

#[test]
fn urls_emails_handles_and_tags_stay_whole() {
    assert_eq!(
        toks(
            "See https://www.voanews.com/a/x-y/8011115.html. Mail press@voanews.com, (www.rferl.org) @VOANews #Ukraine"
        ),
        [
            "See",
            "https://www.voanews.com/a/x-y/8011115.html",
            ".",
            "Mail",
            "press@voanews.com",
            ",",
            "(",
            "www.rferl.org",
            ")",
            "@VOANews",
            "#Ukraine"
        ]
    );
    assert_eq!(toks("voanews.com reported"), ["voanews.com", "reported"]);
    assert_eq!(toks("Read bbc.co.uk."), ["Read", "bbc.co.uk", "."]);
    assert_eq!(toks("He has a Ph.D. in law."), ["He", "has", "a", "Ph.D.", "in", "law", "."]);
}

#[test]
fn glued_sentence_period_splits() {
    assert_eq!(toks("reality”.The end.The"), ["reality", "”", ".", "The", "end", ".", "The"]);
}

#[test]
fn other_scripts_and_symbols() {
    assert_eq!(toks("crème\u{301} 👨‍👩‍👧 🇺🇦 👍🏽."), ["crème\u{301}", "👨‍👩‍👧", "🇺🇦", "👍🏽", "."]);
    assert_eq!(toks("مرحبا، عالم"), ["مرحبا", "،", "عالم"]);
    assert_eq!(toks("नमस्ते दुनिया।"), ["नमस्ते", "दुनिया", "।"]);
}

#[test]
fn words_of_a_sub_range() {
    let t = "Baku said so. Armenia’s army fired.";
    let r = super::sentences(t)[1].clone();
    let w: Vec<&str> = words(t, r).into_iter().map(|r| &t[r]).collect();
    assert_eq!(w, ["Armenia", "’s", "army", "fired", "."]);
}
