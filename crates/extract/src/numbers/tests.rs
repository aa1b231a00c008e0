use super::words::test_tokens::all;
use super::*;
use Qualifier::*;

/// The first number of `text`, as (value, upper, qualifier, text of its tokens), checked to be
/// the same under every tokenizer.
fn first(text: &str) -> Option<(Option<u64>, Option<u64>, Qualifier, String)> {
    let run = |toks: &[Token]| {
        find_numbers(toks).into_iter().next().map(|m| {
            let (a, b) = (&toks[m.tokens.start], &toks[m.tokens.end - 1]);
            (m.value, m.upper, m.qualifier, text[a.bytes.start..b.bytes.end].to_string())
        })
    };
    let [a, b, c] = all(text).map(|t| run(&t));
    assert_eq!(a, b, "core and UD tokenizers disagree on {text:?}");
    assert_eq!(a, c, "core and plain tokenizers disagree on {text:?}");
    a
}

fn num(text: &str) -> (Option<u64>, Qualifier) {
    let (v, _, q, _) = first(text).unwrap_or_else(|| panic!("no number in {text:?}"));
    (v, q)
}

#[test]
fn numbers_digits_with_comma_separators() {
    assert_eq!(num("killed more than 6,500 in 2020"), (Some(6500), MoreThan));
    assert_eq!(num("killed 100,000 people"), (Some(100000), Exact));
    assert_eq!(num("1,250 terrorists"), (Some(1250), Exact));
    assert_eq!(num("registered 121,177 deaths"), (Some(121177), Exact));
}

#[test]
fn numbers_digits_with_space_separators() {
    // "30 000": two tokens, the second exactly three digits, one space between
    assert_eq!(num("made more than 30 000 deaths"), (Some(30000), MoreThan));
    assert_eq!(num("caused more than 6 500 dead"), (Some(6500), MoreThan));
    assert_eq!(num("some 1 500 000 refugees"), (Some(1_500_000), Approx));
    assert_eq!(first("in 2023 388 died").map(|f| f.0), Some(Some(2023)), "a four-digit group is not a thousands group");
}

#[test]
fn numbers_decimals_need_a_scale_word() {
    assert_eq!(num("about 1.5 million refugees"), (Some(1_500_000), Approx));
    assert_eq!(num("5 thousand troops"), (Some(5000), Exact));
    assert_eq!(num("2.3 billion dollars"), (Some(2_300_000_000), Exact));
    assert_eq!(first("a 3.5 rating"), None);
}

#[test]
fn numbers_words_units_and_tens() {
    assert_eq!(num("four of its soldiers"), (Some(4), Exact));
    assert_eq!(num("Seven other people"), (Some(7), Exact));
    assert_eq!(num("nineteen civilians"), (Some(19), Exact));
    assert_eq!(num("forty-nine soldiers"), (Some(49), Exact));
    assert_eq!(num("twenty two civilians"), (Some(22), Exact));
}

#[test]
fn numbers_words_into_the_thousands() {
    assert_eq!(num("one hundred and twenty people"), (Some(120), Exact));
    assert_eq!(num("three thousand troops"), (Some(3000), Exact));
    assert_eq!(num("a thousand soldiers"), (Some(1000), Exact));
    assert_eq!(num("a hundred people"), (Some(100), Exact));
    assert_eq!(num("two million people"), (Some(2_000_000), Exact));
    assert_eq!(num("three thousand five hundred and forty-nine"), (Some(3549), Exact));
}

#[test]
fn numbers_dozens_counted_and_vague() {
    assert_eq!(num("a dozen soldiers"), (Some(12), Exact));
    assert_eq!(num("two dozen"), (Some(24), Exact));
    assert_eq!(num("about a dozen"), (Some(12), Approx));
    assert_eq!(num("dozens were injured"), (None, Several));
}

#[test]
fn numbers_qualifiers_lower_bounds() {
    assert_eq!(num("killed at least seven people"), (Some(7), AtLeast));
    assert_eq!(num("over 500 attacks"), (Some(500), MoreThan));
    assert_eq!(num("more than 150 people"), (Some(150), MoreThan));
    assert_eq!(num("100 or more people"), (Some(100), AtLeast));
    assert_eq!(num("50-plus fighters"), (Some(50), AtLeast));
}

#[test]
fn numbers_qualifiers_approximate() {
    assert_eq!(num("nearly 100 dead"), (Some(100), Approx));
    assert_eq!(num("some 300 people"), (Some(300), Approx));
    assert_eq!(num("roughly 250 miles"), (Some(250), Approx));
    assert_eq!(num("an estimated 3,000 people"), (Some(3000), Approx));
    assert_eq!(num("almost 400 people"), (Some(400), Approx));
}

#[test]
fn numbers_qualifiers_upper_bounds() {
    assert_eq!(num("up to 10 fatalities"), (Some(10), AtMost));
    assert_eq!(num("no more than 20 soldiers"), (Some(20), AtMost));
    assert_eq!(num("as many as 40 people"), (Some(40), AtMost));
    assert_eq!(num("fewer than 10 people"), (Some(10), AtMost));
    // a qualifier without a number is nothing
    assert_eq!(first("came under fire over the weekend"), None);
}

#[test]
fn numbers_vague_amounts() {
    for s in [
        "hundreds dead",
        "tens of thousands of people",
        "scores of civilians",
        "several others injured",
        "a few soldiers",
        "many civilians",
        "hundreds of thousands of refugees",
        "several hundred troops",
    ] {
        assert_eq!(num(s), (None, Several), "{s}");
    }
    assert_eq!(first("tens of thousands of people").unwrap().3, "tens of thousands");
    assert_eq!(first("several hundred troops").unwrap().3, "several hundred");
    assert_eq!(first("at least dozens of civilians").map(|f| f.2), Some(Several));
    assert_eq!(first("it is unclear how many people died"), None);
    // An amount the report does not know is vague, not the article's one.
    for s in ["an unknown number of rebels", "an undisclosed number of soldiers", "a large number of civilians"] {
        assert_eq!(num(s), (None, Several), "{s}");
    }
}

#[test]
fn numbers_ranges_keep_both_ends() {
    assert_eq!(first("between 11 and 17 people"), Some((Some(11), Some(17), AtLeast, "between 11 and 17".into())));
    assert_eq!(first("two or three soldiers"), Some((Some(2), Some(3), AtLeast, "two or three".into())));
    assert_eq!(first("11-17 people"), Some((Some(11), Some(17), AtLeast, "11-17".into())));
    assert_eq!(first("about 10 to 15 people").map(|f| (f.0, f.1, f.2)), Some((Some(10), Some(15), Approx)));
}

#[test]
fn numbers_from_to_is_a_change_not_a_range() {
    assert_eq!(first("rose from 10 to 15").map(|f| (f.0, f.1)), Some((Some(10), None)));
    let all_numbers: Vec<_> = find_numbers(&super::words::test_tokens::ud("surged from 88 in 2023 to 388 in 2024"))
        .into_iter()
        .map(|m| m.value)
        .collect();
    assert_eq!(all_numbers, vec![Some(88), Some(2023), Some(388), Some(2024)]);
}

#[test]
fn numbers_zero() {
    assert_eq!(num("no casualties"), (Some(0), Exact));
    assert_eq!(first("No one is dead").unwrap().3, "No one");
    assert_eq!(num("zero deaths"), (Some(0), Exact));
    assert_eq!(num("none of the soldiers"), (Some(0), Exact));
    assert_eq!(first("no longer"), None);
    assert_eq!(first("No, he said"), None);
}

#[test]
fn numbers_not_cardinals() {
    for s in ["a 24-hour truce", "a 620-mile border", "on November 7th", "the 1990s", "the 18-year-old", "at 0:00"] {
        assert_eq!(first(s), None, "{s}");
    }
}

#[test]
fn numbers_parse_number_at_a_token() {
    let toks = super::words::test_tokens::ud("officials said at least 63 died");
    let m = parse_number(&toks, 2).unwrap();
    assert_eq!((m.value, m.qualifier, m.tokens, m.vague), (Some(63), AtLeast, 2..5, false));
    assert_eq!(parse_number(&toks, 4).map(|m| m.qualifier), Some(Exact));
    assert_eq!(parse_number(&toks, 0), None);
}

#[test]
fn numbers_too_large_for_u64_have_no_value_but_keep_their_text() {
    // 2 × 10^19 overflowed to 1553255926290448384 before the arithmetic was checked.
    assert_eq!(
        first("Militants killed 20,000,000,000 billion people"),
        Some((None, None, Exact, "20,000,000,000 billion".to_string()))
    );
    assert_eq!(
        first("some 99999999999999999999999 people"),
        Some((None, None, Approx, "some 99999999999999999999999".to_string()))
    );
    assert_eq!(num("2.3 billion dollars"), (Some(2_300_000_000), Exact), "large but representable");
}
