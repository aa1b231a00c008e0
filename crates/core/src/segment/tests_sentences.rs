//! Sentence splitting on real news sentences of each kind.
use super::sentences;
use super::tests_props::check_all;

fn split(text: &str) -> Vec<&str> {
    check_all(text);
    sentences(text).into_iter().map(|r| &text[r]).collect()
}

#[test]
fn abbreviations_do_not_end_sentences() {
    let t = "On Feb. 13, Armenia’s defense ministry said four soldiers were killed. U.S. officials and \
             U.N. member states said Gen. Smith, Dr. Jones, Lt. Col. Ahmed and Sen. Graham met Gov. Hochul \
             on Sept. 27 at No. 10 Downing St. in the U.S. Capitol vs. the U.N. Security Council, Apple Inc. \
             and Exxon Corp. included.";
    let s = split(t);
    assert_eq!(s.len(), 2, "{s:#?}");
    assert!(s[1].starts_with("U.S. officials"));
}

#[test]
fn us_at_a_real_sentence_end() {
    let t = "The strikes were carried out against the U.S. The Taliban denounced the delay. \
             Khalil has residency status in the U.S. But green card holders can lose it. \
             She met U.S. President Donald Trump and the U.S. State Department on Jan. 5.";
    assert_eq!(
        split(t),
        [
            "The strikes were carried out against the U.S.",
            "The Taliban denounced the delay.",
            "Khalil has residency status in the U.S.",
            "But green card holders can lose it.",
            "She met U.S. President Donald Trump and the U.S. State Department on Jan. 5.",
        ]
    );
}

#[test]
fn abbreviation_inside_a_closing_quote_ends_the_sentence() {
    let t = "“It is good for the businesses in the U.S.” Trump also attacked the newspaper. \
             He gave it as a “Christmas gift” to the U.S. \"What I would expect is a missile,\" he said.";
    assert_eq!(
        split(t),
        [
            "“It is good for the businesses in the U.S.”",
            "Trump also attacked the newspaper.",
            "He gave it as a “Christmas gift” to the U.S.",
            "\"What I would expect is a missile,\" he said.",
        ]
    );
}

#[test]
fn initials_and_the_letter_x() {
    let t = "John F. Kennedy and political analyst C. Raja Mohan spoke. Zelenskyy wrote in a post on X. \
             Militants then attacked. Balkhi said in his post on X. The Taliban refer to it.";
    let s = split(t);
    assert_eq!(s.len(), 5, "{s:#?}");
    assert_eq!(s[0], "John F. Kennedy and political analyst C. Raja Mohan spoke.");
    let t = "He teaches at the S. Rajaratnam School. IS deputy caliph Abdallah al-Rufay'i. Sudani confirmed it.";
    assert_eq!(split(t).len(), 3);
    // Compass letters of headline place names are no sentence ends, even after "in".
    let t = "20 Foreign Workers Kidnapped in S. Nigeria; 8 Said to Be Freed\n\nGunfire erupted in N. Darfur. The army said.";
    assert_eq!(
        split(t),
        [
            "20 Foreign Workers Kidnapped in S. Nigeria; 8 Said to Be Freed",
            "Gunfire erupted in N. Darfur.",
            "The army said."
        ]
    );
}

#[test]
fn decimals_times_and_numbers() {
    let t = "The economy grew 3.5% in 2023. Officials met at 9 a.m. on Friday and again at 5:30 p.m. \
             Sunday. About 6,500 people died in 2020. 30 000 fled.";
    assert_eq!(
        split(t),
        [
            "The economy grew 3.5% in 2023.",
            "Officials met at 9 a.m. on Friday and again at 5:30 p.m. Sunday.",
            "About 6,500 people died in 2020.",
            "30 000 fled.",
        ]
    );
}

#[test]
fn quotes_and_brackets_after_a_period() {
    let t = "Moscow urged “both parties to exercise restraint.” Baku said no. He called it a \"revenge \
             operation.\" Armenia denied it. Troops fired (at night.) Nobody was hurt. \
             Russia called it ‘a provocation.’ It was not.";
    assert_eq!(
        split(t),
        [
            "Moscow urged “both parties to exercise restraint.”",
            "Baku said no.",
            "He called it a \"revenge operation.\"",
            "Armenia denied it.",
            "Troops fired (at night.)",
            "Nobody was hurt.",
            "Russia called it ‘a provocation.’",
            "It was not.",
        ]
    );
}

#[test]
fn ellipses_inside_sentences() {
    let t = "\"The post from which these shots came (...) was completely destroyed\", the ministry said. \
             Units (…) opened fire. \"I have to take six ... medications every day,\" she said. \
             Resolve the situation...a call has been sent. We prioritize negotiations… However, \
             the talks failed. We will see whether we have a deal. ... It's an important topic. \
             He does not consider them legitimate. ... Bosnia needs calm.";
    assert_eq!(
        split(t),
        [
            "\"The post from which these shots came (...) was completely destroyed\", the ministry said.",
            "Units (…) opened fire.",
            "\"I have to take six ... medications every day,\" she said.",
            "Resolve the situation...a call has been sent.",
            "We prioritize negotiations…",
            "However, the talks failed.",
            "We will see whether we have a deal. ...",
            "It's an important topic.",
            "He does not consider them legitimate. ...",
            "Bosnia needs calm.",
        ]
    );
}

#[test]
fn questions_and_exclamations() {
    let t = "Who is Arnel Joseph? He led a gang! \"Why?\" he asked. \"What about neighboring \
             countries?\" Bugajski asked. Really?! Yes.";
    assert_eq!(
        split(t),
        [
            "Who is Arnel Joseph?",
            "He led a gang!",
            "\"Why?\" he asked.",
            "\"What about neighboring countries?\" Bugajski asked.",
            "Really?!",
            "Yes.",
        ]
    );
}

#[test]
fn headline_byline_dateline_and_caption_lines() {
    let t = "Clashes Erupt on Armenia–Azerbaijan Border, Putting Fraught Peace Talks at Risk\n\
             An Azerbaijani military helicopter flies near Terter, Azerbaijan, on Oct. 23, 2020. (Umit Bektas/Reuters)\n\
             Adam Morrow\n2/13/2024\nUpdated:\n2/14/2024\n0:00\n\n\
             Cross-border violence erupted again this week.";
    assert_eq!(
        split(t),
        [
            "Clashes Erupt on Armenia–Azerbaijan Border, Putting Fraught Peace Talks at Risk",
            "An Azerbaijani military helicopter flies near Terter, Azerbaijan, on Oct. 23, 2020.",
            "(Umit Bektas/Reuters)",
            "Adam Morrow",
            "2/13/2024",
            "Updated:",
            "2/14/2024",
            "0:00",
            "Cross-border violence erupted again this week.",
        ]
    );
}

#[test]
fn datelines_split_off() {
    let t = "ISLAMABAD/PENTAGON — A United States military plane crashed. MARANCHON, SPAIN — The air was cold.";
    assert_eq!(
        split(t),
        ["ISLAMABAD/PENTAGON —", "A United States military plane crashed.", "MARANCHON, SPAIN — The air was cold."]
    );
    assert_eq!(split("KYIV, Ukraine (AP) — Russia fired drones."), ["KYIV, Ukraine (AP) —", "Russia fired drones."]);
    assert_eq!(split("BAKU-- Azerbaijan said so."), ["BAKU--", "Azerbaijan said so."]);
    // Wire datelines with a date: "CITY, Month Day (Agency) -".
    assert_eq!(
        split("NAIROBI, June 9 (Reuters) - Rwanda's rebels said so."),
        ["NAIROBI, June 9 (Reuters) -", "Rwanda's rebels said so."]
    );
    assert_eq!(split("BAMAKO, Feb. 2, 2013 (AFP) - Militants attacked.").len(), 2);
    // A country of several words after the city.
    assert_eq!(split("COLOMBO, Sri Lanka (AP) — Troops attacked."), ["COLOMBO, Sri Lanka (AP) —", "Troops attacked."]);
    assert_eq!(split("GOMA, Democratic Republic of Congo, June 9 (Reuters) - Rebels attacked.").len(), 2);
    // Words that go on in lower case are a sentence, not a place name.
    assert_eq!(split("NATO, the alliance of Western states — met on Monday.").len(), 1);
    // A number inside an ordinary opening is no dateline.
    assert_eq!(split("UNICEF, 12 - the count rose.").len(), 1);
    // An em-dash inside a sentence is not a dateline.
    assert_eq!(split("NATO — the alliance — met.").len(), 1);
}

#[test]
fn a_headline_ending_in_a_particle_stops_at_the_dateline_line() {
    // "in", "on", "down" end many headlines and would carry a line on; a dateline opens the story.
    let t = "Rebel mortars kill 14 as Uribe sworn in\nBOGOTA, Colombia (Reuters) — Rebels fired mortars.";
    assert_eq!(
        split(t),
        ["Rebel mortars kill 14 as Uribe sworn in", "BOGOTA, Colombia (Reuters) —", "Rebels fired mortars."]
    );
    let t = "Police crack down on\nLAGOS — Police said so.";
    assert_eq!(split(t), ["Police crack down on", "LAGOS —", "Police said so."]);
    // A line that only goes on in capitals is still one sentence.
    assert_eq!(split("Troops moved in\nBOGOTA and Cali on Monday.").len(), 1);
}

#[test]
fn run_in_subheadings_of_collapsed_web_text() {
    let t = "Militants freed the passengers. Difficult terrain Although just 150 kilometers from Quetta, the \
             area is remote. He told The Associated Press that The Hague would rule. The pope met His \
             Holiness the Dalai Lama.";
    assert_eq!(
        split(t),
        [
            "Militants freed the passengers.",
            "Difficult terrain",
            "Although just 150 kilometers from Quetta, the area is remote.",
            "He told The Associated Press that The Hague would rule.",
            "The pope met His Holiness the Dalai Lama.",
        ]
    );
}

#[test]
fn quoted_run_in_subheadings() {
    let t = "The book was banned. 'Hostility is directed at women' Khoshbo believes her book was banned \
             for that. “Serious Blow” to Peace Prospects was the headline. \"We will fight\" Smith said on Monday.";
    assert_eq!(
        split(t),
        [
            "The book was banned.",
            "'Hostility is directed at women'",
            "Khoshbo believes her book was banned for that.",
            "“Serious Blow” to Peace Prospects was the headline.",
            "\"We will fight\" Smith said on Monday.",
        ]
    );
}

#[test]
fn a_period_at_a_line_end_ends_the_sentence() {
    // One paragraph a line: "U.S." at a line end is the sentence's end, "Gen." and "Feb." are not.
    let t = "Khalil lives in the U.S.\nPresident Trump disagreed.\nThe unit led by Gen.\nSmith withdrew on Feb.\n13 in all.";
    assert_eq!(
        split(t),
        [
            "Khalil lives in the U.S.",
            "President Trump disagreed.",
            "The unit led by Gen.\nSmith withdrew on Feb.\n13 in all."
        ]
    );
}

#[test]
fn list_lines_and_paragraphs() {
    let t =
        "The ministry listed its demands:\n- a ceasefire\n- the return of prisoners\n1. First item\n2) Second item\n\
             • Bullet\n>> See also: Armenia: the Azerbaijani threat\n\nA new paragraph. Two sentences.";
    assert_eq!(
        split(t),
        [
            "The ministry listed its demands:",
            "- a ceasefire",
            "- the return of prisoners",
            "1. First item",
            "2) Second item",
            "• Bullet",
            ">> See also: Armenia: the Azerbaijani threat",
            "A new paragraph.",
            "Two sentences.",
        ]
    );
}

#[test]
fn continued_and_hard_wrapped_lines() {
    // A line that clearly goes on: lowercase next line, trailing comma or function word.
    let t =
        "Armenian forces fired twice on Monday evening at\npositions near the village,\nofficials said.\nNext headline";
    assert_eq!(
        split(t),
        [
            "Armenian forces fired twice on Monday evening at\npositions near the village,\nofficials said.",
            "Next headline"
        ]
    );
    // A hard-wrapped paragraph: newlines inside it are spaces.
    let t = "Azerbaijan also wants to establish a transport corridor through Armenian\n\
             territory, linking Azerbaijan to its Nakhchivan exclave, which sits between\n\
             Iran and Turkey. Armenia insists on retaining complete control over all\n\
             transport links running through its territory.";
    assert_eq!(split(t).len(), 2);
    // Lines of similar length that are all capitalised are separate lines, not wrapped text.
    let t = "Russia and Ukraine agree to a new prisoner exchange deal in Istanbul\n\
             Azerbaijan holds snap presidential election as Aliyev seeks new term\n\
             Armenia joins the International Criminal Court despite Moscow protest";
    assert_eq!(split(t).len(), 3);
}

#[test]
fn crlf_line_ends_never_leak_into_sentences() {
    let t = "Precarious balance\r\n\r\nThe Azerbaijani president is suspected.\r\nWith AFP\r\n";
    let s = split(t);
    assert_eq!(s, ["Precarious balance", "The Azerbaijani president is suspected.", "With AFP"]);
    assert!(s.iter().all(|x| !x.contains('\r')));
}

#[test]
fn glued_sentences_and_em_dashes() {
    let t = "They said it did “not correspond to reality”.The Kremlin called for restraint.It was \
             killed—and several others injured—when the post came under fire. See www.voanews.com.Next.";
    assert_eq!(
        split(t),
        [
            "They said it did “not correspond to reality”.",
            "The Kremlin called for restraint.",
            "It was killed—and several others injured—when the post came under fire.",
            "See www.voanews.com.Next.",
        ]
    );
    assert_eq!(split("It was over.”The talks failed."), ["It was over.”", "The talks failed."]);
    // Dotted names and mixed case are not glued sentences.
    assert_eq!(split("He uses Node.js and ASP.NET at U.S.Steel daily.").len(), 1);
}

#[test]
fn lowercase_after_a_period_continues() {
    let t = "The ministry said in a statement. statement, adding there were no casualties.";
    assert_eq!(split(t).len(), 1);
}

#[test]
fn other_scripts() {
    assert_eq!(split("日本語の文です。次の文です。"), ["日本語の文です。", "次の文です。"]);
    assert_eq!(split("هذا نص؟ نعم. شكرا"), ["هذا نص؟", "نعم.", "شكرا"]);
    assert_eq!(split("Café crème\u{301}. Emoji 👍🏽! Done."), ["Café crème\u{301}.", "Emoji 👍🏽!", "Done."]);
}
