use super::gazetteer::{sources, Gazetteer};
use super::*;

pub(super) fn n(span: &str) -> (Option<String>, Option<String>, Option<String>) {
    match normalize(span) {
        Some(p) => (p.name, p.country, p.role),
        None => (None, None, None),
    }
}

pub(super) fn t(name: &str, iso: &str, role: &str) -> (Option<String>, Option<String>, Option<String>) {
    let o = |s: &str| (s != "-").then(|| s.to_string());
    (o(name), o(iso), o(role))
}

#[test]
fn every_data_line_parses() {
    let (c, p, pl) = sources();
    let g = Gazetteer::parse(c, p, pl).unwrap();
    assert!(g.cues.iter().filter(|c| c.kind == gazetteer::Kind::CountryName).count() >= 195);
    assert!(Gazetteer::parse("XX\tFoo\t-\t-\t-", "", "").is_err());
    assert!(Gazetteer::parse("", "foo\t-\t-\tXYZ\trole", "").is_err());
    assert!(Gazetteer::parse("", "", "Foo\tFoo\tZZ9\t-").is_err());
}

#[test]
fn brief_examples() {
    let cases = [
        ("Armenia's defense ministry", t("Armenia", "ARM", "GOV")),
        ("Azerbaijani armed forces", t("Azerbaijan", "AZE", "MIL")),
        ("the Kremlin", t("Russia", "RUS", "GOV")),
        ("Kremlin spokesman Dmitry Peskov", t("Dmitry Peskov", "RUS", "GOV")),
        ("Armenian separatists of Nagorno-Karabakh", t("Nagorno-Karabakh separatists", "AZE", "SEP")),
        ("UN Secretary General Antonio Guterres", t("António Guterres", "-", "IGO")),
        ("Yerevan", t("Armenia", "ARM", "GOV")),
        ("Baku", t("Azerbaijan", "AZE", "GOV")),
        ("Washington", t("United States", "USA", "GOV")),
        ("the White House", t("United States", "USA", "GOV")),
        ("the Pentagon", t("United States", "USA", "MIL")),
        ("the Elysée", t("France", "FRA", "GOV")),
        ("Downing Street", t("United Kingdom", "GBR", "GOV")),
        ("Kiev", t("Ukraine", "UKR", "GOV")),
        ("Nikol Pashinian", t("Nikol Pashinyan", "ARM", "GOV")),
        ("Armenian Prime Minister Nikol Pashinyan", t("Nikol Pashinyan", "ARM", "GOV")),
        ("Azerbaijani President Ilham Aliev", t("Ilham Aliyev", "AZE", "GOV")),
        ("Armenia", t("Armenia", "ARM", "GOV")),
        ("the United States", t("United States", "USA", "GOV")),
        ("U.S. officials", t("United States", "USA", "GOV")),
        ("Britain", t("United Kingdom", "GBR", "GOV")),
        ("the European Union", t("European Union", "-", "IGO")),
        ("the CSTO", t("Collective Security Treaty Organization", "-", "IGO")),
        ("the International Criminal Court", t("International Criminal Court", "-", "IGO")),
        ("UN Security Council", t("United Nations Security Council", "-", "IGO")),
    ];
    for (span, want) in cases {
        assert_eq!(n(span), want, "{span}");
    }
}

#[test]
fn voa_phrasing() {
    let cases = [
        ("Somali forces", t("Somalia", "SOM", "MIL")),
        ("al-Shabab militants", t("al-Shabab", "SOM", "REB")),
        ("Gunmen", t("-", "-", "UAF")),
        // officials of an opposition party speak for the opposition, not the government
        ("MDC officials", t("Movement for Democratic Change", "ZWE", "OPP")),
        ("Iraqi Prime Minister Mohammed Shia al-Sudani", t("Mohammed Shia al-Sudani", "IRQ", "GOV")),
        ("Iraqi special forces", t("Iraq", "IRQ", "MIL")),
        ("U.S. Central Command", t("United States", "USA", "MIL")),
        // a coalition led by one state is that state's forces (GUIDELINES 12.2)
        ("a Saudi-led coalition", t("Saudi Arabia", "SAU", "MIL")),
        ("U.S.-led coalition forces", t("United States", "USA", "MIL")),
        // people counted by nationality: the state, no role; uncounted, the state's government
        ("at least 21 Palestinians", t("Palestine", "PSE", "-")),
        ("eight Israelis", t("Israel", "ISR", "-")),
        ("dozens of Afghans", t("Afghanistan", "AFG", "-")),
        ("Israelis", t("Israel", "ISR", "GOV")),
        ("two Israeli soldiers", t("Israel", "ISR", "MIL")),
        ("the Islamic State terror group", t("Islamic State", "-", "REB")),
        ("IS deputy caliph", t("Islamic State", "-", "REB")),
        ("Separatist militants from Baloch Liberation Army (BLA)", t("Baloch Liberation Army", "PAK", "SEP")),
        ("the BLA", t("Baloch Liberation Army", "PAK", "SEP")),
        ("Pakistani army spokesperson", t("Pakistan", "PAK", "MIL")),
        ("Afghan foreign ministry spokesperson Abdul Qahar Balkhi", t("Abdul Qahar Balkhi", "AFG", "GOV")),
        ("The Afghan Taliban", t("Taliban", "AFG", "GOV")),
        // the spelling of older VOA and BBC copy
        ("the Taleban", t("Taliban", "AFG", "GOV")),
        ("the U.S.-backed Syrian Democratic Forces (SDF)", t("Syrian Democratic Forces", "SYR", "REB")),
        ("Syria's transitional authorities", t("Syria", "SYR", "GOV")),
        ("3R rebels", t("3R", "CAF", "REB")),
        ("C.A.R. forces", t("Central African Republic", "CAF", "MIL")),
        ("the paramilitary Rapid Support Forces", t("Rapid Support Forces", "SDN", "REB")),
        ("the Sudanese Armed Forces", t("Sudan", "SDN", "MIL")),
        ("Haitian police", t("Haiti", "HTI", "COP")),
        ("Nigerian Defense Minister Mohammed Badaru Abubakar", t("Mohammed Badaru Abubakar", "NGA", "GOV")),
        ("ECOWAS", t("Economic Community of West African States", "-", "IGO")),
        // local government: district chiefs and commissioners (GUIDELINES §12.2); a police commissioner is police
        ("the district commissioner", t("-", "-", "GOV")),
        ("a village chief", t("-", "-", "GOV")),
        ("the regional police commissioner", t("-", "-", "COP")),
        ("the UN High Commissioner for Refugees", t("United Nations", "-", "IGO")),
        ("UNICEF and MSF", t("United Nations", "-", "IGO")),
        ("the U.N. refugee agency", t("United Nations", "-", "IGO")),
        ("the OSCE", t("Organization for Security and Co-operation in Europe", "-", "IGO")),
        ("the ICRC", t("International Committee of the Red Cross", "-", "NGO")),
        ("the Myanmar military", t("Myanmar", "MMR", "MIL")),
        ("anti-coup demonstrators", t("-", "-", "OPP")),
        // a politician's supporters are the opposition's people (GUIDELINES §12.2), not the office they name
        ("supporters of the jailed former president", t("-", "-", "OPP")),
        ("Hamas supporters", t("Hamas", "PSE", "REB")),
        ("Turkish Defense Minister Hulusi Akar", t("Hulusi Akar", "TUR", "GOV")),
        ("Ankara", t("Turkey", "TUR", "GOV")),
        ("Chinese Foreign Ministry spokesperson Mao Ning", t("Mao Ning", "CHN", "GOV")),
        ("North Korea", t("North Korea", "PRK", "GOV")),
        ("North Korean leader Kim Jong Un", t("Kim Jong Un", "PRK", "GOV")),
        ("G7 foreign ministers", t("G7", "-", "IGO")),
        ("NATO Secretary General Mark Rutte", t("Mark Rutte", "-", "IGO")),
        ("Ukrainian President Volodymyr Zelensky", t("Volodymyr Zelenskyy", "UKR", "GOV")),
        ("Kyiv's forces", t("Ukraine", "UKR", "MIL")),
        ("Russian peacekeepers in Azerbaijan", t("Russia", "RUS", "MIL")),
        ("Russian-backed separatists", t("-", "-", "SEP")),
        ("civilians in Gaza", t("Palestine", "PSE", "CVL")),
        ("Karabakh separatists", t("Nagorno-Karabakh separatists", "AZE", "SEP")),
        ("the separatist authorities of Nagorny Karabakh", t("Azerbaijan", "AZE", "SEP")),
        ("Azerbaijan's State Border Service", t("Azerbaijan", "AZE", "MIL")),
        ("Armenian border guards", t("Armenia", "ARM", "MIL")),
        ("the Congolese army", t("Democratic Republic of the Congo", "COD", "MIL")),
        ("Hamas fighters", t("Hamas", "PSE", "REB")),
        ("Houthi rebels", t("Houthis", "YEM", "REB")),
        ("M23 rebels", t("M23", "COD", "REB")),
        ("Wagner mercenaries", t("Wagner Group", "RUS", "UAF")),
        ("Israeli troops", t("Israel", "ISR", "MIL")),
        ("the IDF", t("Israel", "ISR", "MIL")),
        ("Palestinian residents", t("Palestine", "PSE", "CVL")),
        ("British Deputy U.N. Ambassador James Kariuki", t("United Kingdom", "GBR", "GOV")),
        ("Russian U.N. Ambassador Vassily Nebenzia", t("Vassily Nebenzia", "RUS", "GOV")),
        ("the U.N. envoy for Syria", t("United Nations", "-", "IGO")),
        ("U.S. Homeland Security Secretary Kristi Noem", t("Kristi Noem", "USA", "GOV")),
        ("Lieutenant General Ahmed Sharif Chaudhry", t("Ahmed Sharif Chaudhry", "PAK", "MIL")),
        ("Pakistan’s Prime Minister Shehbaz Sharif", t("Shehbaz Sharif", "PAK", "GOV")),
        ("Somali Military Command", t("Somalia", "SOM", "MIL")),
        ("Tehran", t("Iran", "IRN", "GOV")),
        ("Prosecutors", t("-", "-", "JUD")),
        ("artificial intelligence", t("-", "-", "-")),
    ];
    for (span, want) in cases {
        assert_eq!(n(span), want, "{span}");
    }
}

#[test]
fn case_and_boundaries() {
    // "us" and "is" are words, "US" and "IS" acronyms.
    assert_eq!(n("one of us"), t("-", "-", "-"));
    assert_eq!(n("he is"), t("-", "-", "-"));
    assert_eq!(n("a car bomb"), t("-", "-", "-"));
    assert_eq!(n("US troops"), t("United States", "USA", "MIL"));
    // A dotted initialism matches only dotted initials: the article of "A U.S. soldier" is no "A.U.".
    assert_eq!(n("A U.S. soldier"), t("United States", "USA", "MIL"));
    assert_eq!(n("A.U. troops"), t("African Union", "-", "IGO"));
    assert_eq!(n("troops of the U.S"), t("United States", "USA", "MIL"));
    assert_eq!(n("Armenia’s army"), t("Armenia", "ARM", "MIL"));
    assert_eq!(normalize("the weather"), None);
    // No partial-word matches: "Niger" is not in "Nigeria", "Oman" not in "woman".
    assert_eq!(n("Nigerian soldiers"), t("Nigeria", "NGA", "MIL"));
    assert_eq!(n("a woman"), t("-", "-", "CVL"));
    // GUIDELINES 12.2: private people and civilian places are CVL, refugees included; medics are HLH.
    assert_eq!(n("witnesses"), t("-", "-", "CVL"));
    assert_eq!(n("Shiite pilgrims"), t("-", "-", "CVL"));
    assert_eq!(n("several houses"), t("-", "-", "CVL"));
    // passenger transport and places of worship, trade and food are civilian places too
    assert_eq!(n("a cross-country passenger train"), t("-", "-", "CVL"));
    assert_eq!(n("a crowded bus"), t("-", "-", "CVL"));
    assert_eq!(n("a mosque"), t("-", "-", "CVL"));
    // armed people of no side the text gives (GUIDELINES 12.2 UAF); "bombers" alone are aircraft,
    // "the bomber" who blew himself up is a person
    assert_eq!(n("a female suicide bomber"), t("-", "-", "UAF"));
    assert_eq!(n("the bomber"), t("-", "-", "UAF"));
    // a count before a group is no place it is in: "at least", "over 30"
    assert_eq!(n("at least 20 members of the Shining Path movement"), t("Shining Path", "PER", "REB"));
    assert_eq!(n("over 30 Hezbollah fighters"), t("Hezbollah", "LBN", "REB"));
    // counts in words and vague amounts too; a place word before a plain name still places it
    assert_eq!(n("over thirty Hezbollah fighters"), t("Hezbollah", "LBN", "REB"));
    assert_eq!(n("at most a dozen Hezbollah fighters"), t("Hezbollah", "LBN", "REB"));
    assert_eq!(n("the attacker"), t("-", "-", "UAF"));
    assert_eq!(n("bombers"), t("-", "-", "MIL"));
    // a bomber named as an aircraft is the air force's, whatever the number
    assert_eq!(n("a B-52 bomber"), t("-", "-", "MIL"));
    assert_eq!(n("a Tu-22M3 bomber"), t("-", "-", "MIL"));
    assert_eq!(n("a long-range bomber"), t("-", "-", "MIL"));
    assert_eq!(n("the bomber jet"), t("-", "-", "MIL"));
    // a state's own building stays the state's ("building" is no role word)
    assert_eq!(n("government buildings"), t("-", "-", "GOV"));
    assert_eq!(n("Syrian refugees"), t("Syria", "SYR", "CVL"));
    assert_eq!(n("Palestinian medics"), t("Palestine", "PSE", "HLH"));
    assert_eq!(n("aid workers"), t("-", "-", "NGO"));
    // clergy and monks are REL (GUIDELINES, Roles)
    assert_eq!(n("Buddhist monks"), t("-", "-", "REL"));
    assert_eq!(n("a Catholic priest"), t("-", "-", "REL"));
    assert_eq!(n("a Shiite cleric"), t("-", "-", "REL"));
    // other roles win: the hostages are civilians, whoever is among them
    assert_eq!(n("several foreign hostages, including a Roman Catholic bishop").2.as_deref(), Some("CVL"));
    // people of another, unnamed state: no country, named by their description (GUIDELINES 12.3)
    assert_eq!(n("at least eight more foreign oil workers"), t("foreign oil workers", "-", "CVL"));
    assert_eq!(n("foreigners not working in the oil sector"), t("foreigners", "-", "CVL"));
    assert_eq!(n("two foreign workers from Britain"), t("United Kingdom", "GBR", "CVL"));
    assert_eq!(n("the foreign ministry"), t("-", "-", "GOV"));
    // either house of a parliament is the legislature
    assert_eq!(n("a member of the upper house"), t("-", "-", "LEG"));
    // railway tracks and stations are civilian infrastructure
    assert_eq!(n("tracks"), t("-", "-", "CVL"));
    assert_eq!(n("the railway line"), t("-", "-", "CVL"));
}

#[test]
fn places() {
    let p = |s: &str| lookup_place(s).map(|p| (p.name, p.country, p.known));
    let k = |name: &str, iso: Option<&str>| Some((name.to_string(), iso.map(str::to_string), true));
    assert_eq!(p("in Nagorny-Karabakh"), k("Nagorno-Karabakh", Some("AZE")));
    assert_eq!(p("the Tovuz district of Azerbaijan"), k("Tovuz", Some("AZE")));
    assert_eq!(p("near the border village of Nerkin Hand"), k("Nerkin Hand", Some("ARM")));
    assert_eq!(p("in Syunik province"), k("Syunik", Some("ARM")));
    assert_eq!(p("in Donetsk"), k("Donetsk", Some("UKR")));
    assert_eq!(p("in the Gaza Strip"), k("Gaza", Some("PSE")));
    assert_eq!(p("in Darfur"), k("Darfur", Some("SDN")));
    assert_eq!(p("in Kyiv"), k("Kyiv", Some("UKR")));
    assert_eq!(p("in Iraq's Anbar desert"), k("Anbar", Some("IRQ")));
    assert_eq!(p("in Pakistan's Balochistan province"), k("Balochistan", Some("PAK")));
    assert_eq!(p("near the village of Bazoum on Monday"), Some(("Bazoum".to_string(), None, false)));
    assert!(is_location("Khartoum") && is_location("Beledweyne") && !is_location("the market"));
    assert_eq!(country_name("ARM"), Some("Armenia"));
}

#[test]
fn a_known_person_is_named_in_full_by_more_than_the_surname() {
    assert!(super::names_person_in_full("Antonio Guterres"));
    assert!(!super::names_person_in_full("Guterres"));
    assert!(!super::names_person_in_full("Athar Abbas"));
}

#[test]
fn news_reports_are_media_and_security_officials_are_forces() {
    // A nationality on a news medium is the country of the medium, not its government.
    assert_eq!(n("Egyptian news reports"), t("Egypt", "EGY", "MED"));
    assert_eq!(n("a Kenyan radio station"), t("Kenya", "KEN", "MED"));
    assert_eq!(n("Lebanese security officials"), t("Lebanon", "LBN", "MIL"));
}

#[test]
fn people_and_groups_named_by_their_class() {
    // GUIDELINES 12.2: one activist is OPP like many; a lawyer acts in the courts (JUD); a diplomat
    // of either number is GOV; a state's paramilitary forces are MIL, paramilitary groups UAF.
    assert_eq!(n("an exiled Tibetan activist"), t("-", "-", "OPP"));
    assert_eq!(n("his defense lawyer"), t("-", "-", "JUD"));
    assert_eq!(n("Egypt's ambassadors"), t("Egypt", "EGY", "GOV"));
    assert_eq!(n("four paramilitary troops"), t("-", "-", "MIL"));
    assert_eq!(n("Kenyan paramilitary police"), t("Kenya", "KEN", "COP"));
    assert_eq!(n("pro-government paramilitary groups"), t("-", "-", "UAF"));
    // organized crime is crime (CRM), not the state of its nationality
    assert_eq!(n("an Albanian organized crime group"), t("Albania", "ALB", "CRM"));
    // a charity or aid group of one number or the other is an NGO; immigrants are private people
    assert_eq!(n("the aid group"), t("-", "-", "NGO"));
    assert_eq!(n("a local rights group"), t("-", "-", "NGO"));
    assert_eq!(n("Somali immigrants"), t("Somalia", "SOM", "CVL"));
    // the wire services' spelling of a demonym ("An Ecuadorean migrant" was taken for the story's state)
    assert_eq!(n("An Ecuadorean migrant"), t("Ecuador", "ECU", "CVL"));
    // "-ese" demonyms are their own plural: counted, they are people, not the state
    assert_eq!(n("tens of thousands of Lebanese"), t("Lebanon", "LBN", "-"));
    assert_eq!(n("the Lebanese"), t("Lebanon", "LBN", "GOV"));
}

#[test]
fn analysts_and_academics_serve_no_body() {
    // GUIDELINES 12.12: analysts, experts and observers have no role, and the country the text
    // gives them: where they work, the last place of the description, not a subject it names.
    assert_eq!(n("a political analyst in Nairobi"), t("-", "KEN", "-"));
    assert_eq!(n("a professor of Russian history at a university in France"), t("-", "FRA", "-"));
    assert_eq!(n("a Kenyan security analyst"), t("-", "KEN", "-"));
    assert_eq!(normalize("a media analyst"), None);
    // the secretary general of a body the words do not name is no general of an army
    assert_eq!(n("Secretary General Jane Doe"), t("-", "-", "-"));
    assert_eq!(n("UN Secretary-General Antonio Guterres"), t("António Guterres", "-", "IGO"));
    // a role word after the description still says whose the person is
    assert_eq!(n("a former analyst with the Nigerian army"), t("Nigeria", "NGA", "MIL"));
}

#[test]
fn a_state_in_a_description_says_where_from_not_whom() {
    assert!(says_whom("Ethiopia's") && says_whom("the Kenyan") && says_whom("the White House"));
    assert!(says_whom("a spokesman for the Kenyan government") && says_whom("a Somali journalist"));
    assert!(!says_whom("a 35-year-old beautician from Peru") && !says_whom("a Kenya dweller of 20 years"));
}

#[test]
fn a_group_word_makes_a_known_person_their_followers() {
    // the person's party or militia is a group of the person's country, in the group's role
    assert_eq!(n("the opposition party of jailed former Prime Minister Imran Khan"), t("-", "PAK", "OPP"));
    assert_eq!(n("thousands of Yoweri Museveni supporters"), t("-", "UGA", "OPP"));
    // an office of the person's own state keeps the person
    assert_eq!(n("Army chief Asim Munir"), t("Asim Munir", "PAK", "MIL"));
    // a group word before the name without "of" is the person's title
    assert_eq!(n("Rebel leader Ruben Vardanyan"), t("Ruben Vardanyan", "ARM", "SEP"));
    assert_eq!(n("Hamas militant leader Yahya Sinwar"), t("Yahya Sinwar", "PSE", "REB"));
}

#[test]
fn an_office_named_x_general_is_not_military() {
    // "Attorney General Maria Porras": the office noun decides, not "general".
    assert_eq!(n("Attorney General Maria Porras").2.as_deref(), Some("JUD"));
    assert_eq!(n("the inspector general").2.as_deref(), Some("GOV"));
    assert_eq!(n("army Gen. Ali Khan").2.as_deref(), Some("MIL"));
}

#[test]
fn a_neighbour_across_a_border_is_not_where_the_party_is() {
    // The state named across the border is the one the place is not in: the story says whose troops.
    assert_eq!(n("soldiers in a village near the border with Kenya"), t("-", "-", "MIL"));
    assert_eq!(n("Ugandan troops near the frontier with Kenya"), t("Uganda", "UGA", "MIL"));
    // A place given plainly still places the party; a border as the party keeps its state.
    assert_eq!(n("gunmen in Kenya"), t("Kenya", "KEN", "UAF"));
    assert_eq!(n("its border with Kenya"), t("Kenya", "KEN", "GOV"));
}

#[test]
fn foreigners_where_they_are_keep_no_state_of_the_place() {
    assert_eq!(n("three foreign workers in Kenya"), t("foreign workers", "-", "CVL"));
    assert_eq!(n("three workers in Kenya"), t("Kenya", "KEN", "CVL"));
    assert_eq!(n("three Chinese workers in Kenya"), t("China", "CHN", "CVL"));
}

#[test]
fn mutinous_and_renegade_forces_fight_their_state() {
    // Mutineers are REB (GUIDELINES 12.2); the adjective outranks the force noun it qualifies.
    assert_eq!(n("mutinous soldiers"), t("-", "-", "REB"));
    assert_eq!(n("the mutinous border guards"), t("-", "-", "REB"));
    assert_eq!(n("a renegade general"), t("-", "-", "REB"));
    assert_eq!(n("government soldiers"), t("-", "-", "MIL"));
}

#[test]
fn armed_groups_the_lexicon_lacks_are_not_a_states_army() {
    // A rebel word inside the name outranks "army" / "force"; state armies named alike have lines.
    assert_eq!(n("the Army of Islam"), t("-", "-", "REB"));
    assert_eq!(n("the Zomi Revolutionary Army"), t("-", "-", "REB"));
    // Northern Ireland's loyalist paramilitaries have a line of their own.
    assert_eq!(n("the Ulster Volunteer Force"), t("Ulster Volunteer Force", "GBR", "UAF"));
    assert_eq!(n("a Kashmiri liberation front").2.as_deref(), Some("REB"));
    assert_eq!(n("the Free Syrian Army"), t("Free Syrian Army", "SYR", "REB"));
    assert_eq!(n("the People's Liberation Army"), t("China", "CHN", "MIL"));
    assert_eq!(n("the Sudan People's Liberation Army"), t("SPLA", "SDN", "REB"));
    assert_eq!(n("the Salvation Army"), t("Salvation Army", "-", "NGO"));
    assert_eq!(n("the Syrian army"), t("Syria", "SYR", "MIL"));
}

#[test]
fn private_people_named_alone_are_civilians() {
    for span in ["a 12-year-old boy", "a shopkeeper", "a passer-by", "an American college student", "two traders"] {
        assert_eq!(n(span).2.as_deref(), Some("CVL"), "{span}");
    }
}

#[test]
fn a_movement_in_power_governs() {
    assert_eq!(n("the ruling National Liberation Front").2.as_deref(), Some("GOV"));
    assert_eq!(n("the governing Farabundo Marti National Liberation Front").2.as_deref(), Some("GOV"));
    assert_eq!(n("the National Liberation Front").2.as_deref(), Some("REB"));
}

#[test]
fn base_and_owner_compounds() {
    let cases = [
        // Where a party sits names no one: the story's own place fills the country later.
        ("the London-based activist", t("-", "-", "OPP")),
        ("a Kenya-based rights advocate", t("-", "-", "-")),
        ("a rights advocate based in Nairobi", t("-", "-", "-")),
        ("the Ankara-headquartered newspaper", t("-", "-", "MED")),
        // What a state's people own is their property, not the state acting.
        ("a Greek-owned tanker", t("Greece", "GRC", "CVL")),
        ("the French-run factory", t("France", "FRA", "CVL")),
        // Where no such participle follows, the state is still the party's.
        ("the London activist", t("United Kingdom", "GBR", "OPP")),
        // (a tanker is civilian infrastructure either way, GUIDELINES §12.9).
        ("a Greek tanker", t("Greece", "GRC", "CVL")),
        ("Somalia-based al-Shabab", t("al-Shabab", "SOM", "REB")),
        // An armed group's base is where it operates (GUIDELINES §12.3).
        ("Pakistan-based militants", t("Pakistan", "PAK", "REB")),
        ("militants based in Pakistan", t("Pakistan", "PAK", "REB")),
        ("Sudanese-run schools", t("Sudan", "SDN", "CVL")),
        ("Russian troops in Syria", t("Russia", "RUS", "MIL")),
    ];
    for (span, want) in cases {
        assert_eq!(n(span), want, "{span}");
    }
}

#[test]
fn members_of_a_us_party_in_congress_are_us_legislators() {
    let us = || t("United States", "USA", "LEG");
    let cases = [
        ("Republican lawmakers", us()),
        ("a Democratic senator", us()),
        ("Democratic Representative Jane Roe", us()),
        ("Republican Sen. John Doe", us()),
        ("House Republicans", us()),
        ("several GOP lawmakers", us()),
        // Other states' bodies that carry the same words keep their own reading.
        // A guard is a state force (MIL): the words name no state.
        ("the Republican Guard", t("-", "-", "MIL")),
        ("Syrian Democratic Forces", t("Syrian Democratic Forces", "SYR", "REB")),
        ("Republican People's Party lawmakers", t("-", "-", "LEG")),
        ("Democratic Republic of Congo troops", t("Democratic Republic of the Congo", "COD", "MIL")),
    ];
    for (span, want) in cases {
        assert_eq!(n(span), want, "{span}");
    }
    // Other states' parties' legislators are no U.S. members of Congress.
    for span in ["Social Democratic lawmakers", "Liberal Democratic lawmakers", "opposition Democratic lawmakers"] {
        assert_ne!(n(span).1.as_deref(), Some("USA"), "{span}");
    }
}

#[test]
fn a_us_party_member_keeps_the_congress_line_with_other_words() {
    let us = || t("United States", "USA", "LEG");
    let cases = [("Senate Democrats", us()), ("Democratic Rep. Jane Roe", us())];
    for (span, want) in cases {
        assert_eq!(n(span), want, "{span}");
    }
}

#[test]
fn a_country_name_that_ends_a_persons_name_is_no_state() {
    // a title or role word, a given name, then a surname that is a country's name
    assert_eq!(n("village chief Amadou Togo"), t("-", "-", "GOV"));
    assert_eq!(n("Councillor Ali Guinea"), t("-", "-", "GOV"));
    assert_eq!(n("Mr. Niger"), (None, None, None));
    assert_eq!(n("local resident Mahamat Chad"), t("-", "-", "CVL"));
    assert!(!is_location("village chief Amadou Togo"));
}

#[test]
fn a_country_named_beside_a_title_or_a_compass_word_is_still_the_state() {
    assert_eq!(n("Israel"), t("Israel", "ISR", "GOV"));
    assert_eq!(n("Chad's president"), t("Chad", "TCD", "GOV"));
    assert_eq!(n("President Idriss Deby of Chad"), t("Chad", "TCD", "GOV"));
    assert_eq!(n("the army of Niger"), t("Niger", "NER", "MIL"));
    assert_eq!(n("officials in northern Togo").1.as_deref(), Some("TGO"));
    assert_eq!(n("Equatorial Guinea").1.as_deref(), Some("GNQ"));
    assert_eq!(n("Papua New Guinea").1.as_deref(), Some("PNG"));
}

#[test]
fn people_of_communal_and_criminal_violence_have_their_role() {
    assert_eq!(n("Fulani herders"), t("-", "-", "CVL"));
    assert_eq!(n("armed herders"), t("-", "-", "UAF"));
    assert_eq!(n("some 2,000 armed youths"), t("-", "-", "UAF"));
    assert_eq!(n("angry tribesmen"), t("-", "-", "UAF"));
    assert_eq!(n("a mob"), t("-", "-", "UAF"));
    assert_eq!(n("The kidnappers"), t("-", "-", "CRM"));
    assert_eq!(n("cattle raiders"), t("-", "-", "CRM"));
    assert_eq!(n("14 suspects"), t("-", "-", "CRM"));
    assert_eq!(n("rioters"), t("-", "-", "OPP"));
    assert_eq!(n("12 organizers"), t("-", "-", "OPP"));
    assert_eq!(n("relatives"), t("-", "-", "CVL"));
    assert_eq!(n("tribal elders"), t("-", "-", "CVL"));
    assert_eq!(n("a private security contractor"), t("-", "-", "CVL"));
}

#[test]
fn a_stronger_word_says_whose_suspects_and_youths_they_are() {
    assert_eq!(n("rebel suspects"), t("-", "-", "REB"));
    assert_eq!(n("youth militia"), t("-", "-", "UAF"));
    assert_eq!(n("Nigerian herders").1.as_deref(), Some("NGA"));
}

#[test]
fn people_named_by_a_plural_demonym_are_civilians() {
    assert_eq!(n("crowds of Afghans"), t("Afghanistan", "AFG", "CVL"));
    assert_eq!(n("one of the Americans"), t("United States", "USA", "CVL"));
    assert_eq!(n("ethnic Macedonians").2.as_deref(), Some("CVL"));
    assert_eq!(n("several Pakistani posts"), t("Pakistan", "PAK", "MIL"));
}

#[test]
fn a_states_side_a_count_or_an_adjective_keeps_its_reading() {
    assert_eq!(n("The Ethiopians"), t("Ethiopia", "ETH", "GOV"));
    assert_eq!(n("21 Palestinians"), t("Palestine", "PSE", "-"));
    assert_eq!(n("Chinese"), t("China", "CHN", "GOV"));
    assert_eq!(n("Israelis"), t("Israel", "ISR", "GOV"));
    assert_eq!(n("Afghan officials"), t("Afghanistan", "AFG", "GOV"));
}

#[test]
fn a_pro_x_group_is_not_xs_party() {
    assert_eq!(n("Pro-Russian separatists"), t("-", "-", "SEP"));
    assert_eq!(n("Pro-Iranian militias"), t("-", "-", "UAF"));
    assert_eq!(n("Pro-government armed groups"), t("-", "-", "UAF"));
    assert_eq!(n("regime-backed fighters"), t("-", "-", "UAF"));
    // with nothing else to name the party, the backed side does (a rally is not lost), but people
    // on the state's side are not its organs: its militia, as "pro-government youth groups" below
    assert_eq!(n("Pro-government groups").2.as_deref(), Some("UAF"));
    // private people armed or sent by the state are its militia
    assert_eq!(n("pro-government youth groups"), t("-", "-", "UAF"));
    assert_eq!(n("government-backed youths"), t("-", "-", "UAF"));
    assert_eq!(n("youth groups"), t("-", "-", "CVL"));
}

#[test]
fn warlords_thugs_and_rangers_have_their_roles() {
    assert_eq!(n("the warlord formerly in control"), t("-", "-", "UAF"));
    assert_eq!(n("hired thugs"), t("-", "-", "UAF"));
    assert_eq!(n("U.S. Rangers"), t("United States", "USA", "MIL"));
    assert_eq!(n("Pakistani Rangers"), t("Pakistan", "PAK", "MIL"));
}

#[test]
fn a_group_against_the_state_or_named_by_its_own_state_keeps_it() {
    assert_eq!(n("anti-government rebels"), t("-", "-", "REB"));
    // the backed word that ends the span is the party's own ("government forces")
    assert_eq!(n("pro-government forces"), t("-", "-", "MIL"));
    assert_eq!(n("Russian troops"), t("Russia", "RUS", "MIL"));
    assert_eq!(n("Russian-backed separatists"), t("-", "-", "SEP"));
}

#[test]
fn police_units_crews_and_offices_have_their_own_role() {
    // "Serbian police units", "a police outpost": police, whatever military noun follows; sailors,
    // airmen and cadets are forces; a defence secretary is the government; the Syrian Observatory is
    // an NGO, not Syria; the Armed Islamic Group is Algeria's insurgents.
    let cases = [
        ("Serbian police units", t("Serbia", "SRB", "COP")),
        ("a police outpost", t("-", "-", "COP")),
        ("the police station", t("-", "-", "COP")),
        ("six sailors", t("-", "-", "MIL")),
        ("Indian airmen", t("India", "IND", "MIL")),
        ("Defense Secretary", t("-", "-", "GOV")),
        ("the Syrian Observatory for Human Rights", t("Syrian Observatory for Human Rights", "-", "NGO")),
        ("the Armed Islamic Group", t("Armed Islamic Group", "DZA", "REB")),
        ("GIA", t("Armed Islamic Group", "DZA", "REB")),
        // not police: the army's own units and posts stay military
        ("army units", t("-", "-", "MIL")),
        ("a military outpost", t("-", "-", "MIL")),
    ];
    for (span, want) in cases {
        assert_eq!(n(span), want, "{span}");
    }
}

#[test]
fn an_ethnic_demonym_names_a_people_not_its_namesake_state() {
    // "Ethnic Albanian rebels" in Kosovo or Macedonia are not Albania's; "ethnic Macedonians" alone
    // still name that people, and "Albanian troops" are Albania's.
    assert_eq!(n("Ethnic Albanian rebels"), t("-", "-", "REB"));
    assert_eq!(n("ethnic Serb villagers"), t("-", "-", "CVL"));
    assert_eq!(n("ethnic Macedonians").2.as_deref(), Some("CVL"));
    assert_eq!(n("Albanian troops"), t("Albania", "ALB", "MIL"));
}

#[test]
fn a_birthplace_or_a_patron_names_no_side_of_its_own() {
    assert_eq!(n("Jordanian-born militant"), t("-", "-", "REB"));
    assert_eq!(n("Jordanian militants").1.as_deref(), Some("JOR"));
    assert_eq!(n("The al-Qaida-linked group"), t("-", "-", "REB"));
    assert_eq!(n("an Islamic State-affiliated network"), t("-", "-", "REB"));
}

#[test]
fn armed_people_named_with_a_group_word_take_its_side() {
    let role = |s: &str| n(s).2;
    assert_eq!(
        [role("cartel gunmen"), role("rebel attackers"), role("unidentified gunmen")],
        [Some("CRM".into()), Some("REB".into()), Some("UAF".into())]
    );
    assert_eq!(role("Right-wing paramilitary fighters").as_deref(), Some("UAF"));
    assert_eq!(role("the paramilitary death squads").as_deref(), Some("UAF"));
    assert_eq!(role("a police commander").as_deref(), Some("COP"));
}

#[test]
fn protest_movements_and_their_leaders_are_the_opposition() {
    // "leaders" alone is a government's word; a protest's or a protest movement's leaders are OPP
    assert_eq!(n("Protest leaders"), t("-", "-", "OPP"));
    assert_eq!(n("Red Shirt leaders"), t("-", "-", "OPP"));
    assert_eq!(n("a rally leader"), t("-", "-", "OPP"));
    assert_eq!(n("thousands of Yellow Shirts"), t("-", "-", "OPP"));
}

#[test]
fn a_state_paramilitary_named_as_a_militia_is_its_forces() {
    // Iran's Basij is the state's paramilitary force (MIL), not a militia of no side (UAF)
    assert_eq!(n("the Basij"), t("Iran", "IRN", "MIL"));
    assert_eq!(n("Members of the Basij militia"), t("Iran", "IRN", "MIL"));
    assert_eq!(n("Basij forces"), t("Iran", "IRN", "MIL"));
}
