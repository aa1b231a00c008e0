use super::*;
use crate::numbers::words::test_tokens::{all, ud};
use std::ops::Range;
use CasualtyKind::*;
use Qualifier::*;

/// (kind, count, qualifier, quoted text) of every casualty mention of `text`, the same under
/// every tokenizer.
pub(super) fn cas(text: &str) -> Vec<(CasualtyKind, Option<u64>, Qualifier, String)> {
    let run = |toks: &[Token]| -> Vec<_> {
        find_casualties(toks)
            .into_iter()
            .map(|m| {
                let quoted = text[toks[m.tokens.start].bytes.start..toks[m.tokens.end - 1].bytes.end].to_string();
                (m.kind, m.count, m.qualifier, quoted)
            })
            .collect()
    };
    let [a, b, c] = all(text).map(|t| run(&t));
    assert_eq!(a, b, "core and UD tokenizers disagree on {text:?}");
    assert_eq!(a, c, "core and plain tokenizers disagree on {text:?}");
    a
}

/// (kind, count, qualifier) only.
pub(super) fn counts(text: &str) -> Vec<(CasualtyKind, Option<u64>, Qualifier)> {
    cas(text).into_iter().map(|(k, c, q, _)| (k, c, q)).collect()
}

fn one(k: CasualtyKind, c: Option<u64>, q: Qualifier, t: &str) -> (CasualtyKind, Option<u64>, Qualifier, String) {
    (k, c, q, t.to_string())
}

#[test]
fn casualties_passive_subject_with_partitive() {
    assert_eq!(
        cas("On Feb. 13, Armenia's defense ministry said four of its soldiers were killed—and several others injured—when their border post came under fire."),
        vec![one(Killed, Some(4), Exact, "four of its soldiers were killed"), one(Injured, None, Several, "several others injured")]
    );
}

#[test]
fn casualties_passive_subjects() {
    assert_eq!(
        counts("Azerbaijan reported on Tuesday evening that 50 Azerbaijani soldiers were killed in clashes."),
        vec![(Killed, Some(50), Exact)]
    );
    assert_eq!(
        counts("Pashinian reported in the morning that 49 Armenian soldiers were killed."),
        vec![(Killed, Some(49), Exact)]
    );
    assert_eq!(counts("Five Frontier Corps personnel were also killed in the attack."), vec![(Killed, Some(5), Exact)]);
    assert_eq!(
        counts("Sadat told VOA five people had likely been killed in the crash."),
        vec![(Killed, Some(5), Exact)]
    );
    assert_eq!(counts("Two civilians were reported killed."), vec![(Killed, Some(2), Exact)]);
}

#[test]
fn casualties_reduced_passives() {
    assert_eq!(
        counts("A previous report given by Yerevan reported two soldiers killed in this border clash."),
        vec![(Killed, Some(2), Exact)]
    );
    assert_eq!(counts("5 killed, 12 injured in clashes"), vec![(Killed, Some(5), Exact), (Injured, Some(12), Exact)]);
}

#[test]
fn casualties_vague_subjects() {
    assert_eq!(
        counts("Since 2009, hundreds of people have been killed in suicide attacks."),
        vec![(Killed, None, Several)]
    );
    assert_eq!(counts("Dozens were injured in the blast."), vec![(Injured, None, Several)]);
    assert_eq!(counts("the security forces killed dozens of al-Shabab members"), vec![(Killed, None, Several)]);
}

#[test]
fn casualties_dead_and_died() {
    assert_eq!(
        counts("A VOA reporter in the town said at least six people have been confirmed dead."),
        vec![(Killed, Some(6), AtLeast)]
    );
    assert_eq!(counts("However, he said 21 passengers died in the initial attack."), vec![(Killed, Some(21), Exact)]);
    assert_eq!(counts("an estimated 3,000 people have died"), vec![(Killed, Some(3000), Approx)]);
    assert_eq!(
        counts("31 people, including 23 security personnel, lost their lives in the hijacking"),
        vec![(Killed, Some(31), Exact)]
    );
}

#[test]
fn casualties_missing() {
    assert_eq!(
        counts("He said rescuers were still looking for three people who went missing Tuesday."),
        vec![(Missing, Some(3), Exact)]
    );
    assert_eq!(counts("Two soldiers are missing after the ambush."), vec![(Missing, Some(2), Exact)]);
}

#[test]
fn casualties_two_verbs_two_counts() {
    assert_eq!(
        cas("The attack killed at least seven people and wounded 30 others."),
        vec![
            one(Killed, Some(7), AtLeast, "killed at least seven people"),
            one(Injured, Some(30), Exact, "wounded 30 others")
        ]
    );
    assert_eq!(
        counts("killing at least one security worker and injuring four others."),
        vec![(Killed, Some(1), AtLeast), (Injured, Some(4), Exact)]
    );
    assert_eq!(
        counts("The blast killed 3 and wounded 12."),
        vec![(Killed, Some(3), Exact), (Injured, Some(12), Exact)]
    );
}

#[test]
fn casualties_verb_objects() {
    assert_eq!(
        cas("Troops opened fire, killing 12 civilians."),
        vec![one(Killed, Some(12), Exact, "killing 12 civilians")]
    );
    assert_eq!(
        counts("fears of a large-scale war, like the one that killed more than 6,500 in 2020."),
        vec![(Killed, Some(6500), MoreThan)]
    );
    assert_eq!(
        counts("A new conflict broke out in the fall of 2020, killing 6,500 people in six weeks."),
        vec![(Killed, Some(6500), Exact)]
    );
    assert_eq!(
        counts("BLA insurgents ambushed a bus and killed 18 of those on board."),
        vec![(Killed, Some(18), Exact)]
    );
    assert_eq!(
        counts("Security forces say they killed all six attackers who laid siege to a hotel."),
        vec![(Killed, Some(6), Exact)]
    );
}

#[test]
fn casualties_lost_people() {
    assert_eq!(counts("Azerbaijan lost 2,908 soldiers in the 44-day war."), vec![(Killed, Some(2908), Exact)]);
    assert_eq!(counts("The party lost 20 seats in the election."), vec![]);
}

#[test]
fn casualties_shot_dead() {
    assert_eq!(counts("our brave soldiers shot dead two militants"), vec![(Killed, Some(2), Exact)]);
}

#[test]
fn casualties_a_person_counts_one() {
    assert_eq!(
        counts("cross-border fire by Armenian forces that injured an Azerbaijani soldier."),
        vec![(Injured, Some(1), Exact)]
    );
    assert_eq!(counts("The shelling killed a civilian."), vec![(Killed, Some(1), Exact)]);
    assert_eq!(counts("The decision killed a plan for talks."), vec![], "a plan is not a person");
}

#[test]
fn casualties_adjectives() {
    assert_eq!(
        cas("fire left four dead in combat and one injured on the Armenian side"),
        vec![one(Killed, Some(4), Exact, "four dead"), one(Injured, Some(1), Exact, "one injured")]
    );
    assert_eq!(counts("Nearly 100 dead in clashes"), vec![(Killed, Some(100), Approx)]);
    assert_eq!(
        counts("fighting between the two countries left 286 dead on both sides"),
        vec![(Killed, Some(286), Exact)]
    );
    assert_eq!(counts("a conflict that has left hundreds dead."), vec![(Killed, None, Several)]);
    assert_eq!(
        counts("an incident which left at least four Armenian soldiers dead according to Yerevan"),
        vec![(Killed, Some(4), AtLeast)]
    );
    assert_eq!(
        counts("It had caused more than 6 500 dead and ended in a ceasefire"),
        vec![(Killed, Some(6500), MoreThan)]
    );
}

#[test]
fn casualties_adjective_before_its_noun() {
    assert_eq!(
        counts("At least 37 injured people are in hospitals for treatment."),
        vec![(Injured, Some(37), AtLeast)]
    );
    assert_eq!(counts("while 17 injured people were shifted to a hospital."), vec![(Injured, Some(17), Exact)]);
}

#[test]
fn casualties_nouns() {
    assert_eq!(
        cas("After a first war which made more than 30 000 deaths in the early 1990s"),
        vec![one(Killed, Some(30000), MoreThan, "more than 30 000 deaths")]
    );
    assert_eq!(counts("A first war had then caused more than 30,000 deaths."), vec![(Killed, Some(30000), MoreThan)]);
    assert_eq!(counts("leading to hundreds of deaths, including many civilians."), vec![(Killed, None, Several)]);
    assert_eq!(
        counts("there were 25 deaths as a result of the mutiny, including six prisoners"),
        vec![(Killed, Some(25), Exact)]
    );
    assert_eq!(counts("Local media reports say up to 10 fatalities."), vec![(Killed, Some(10), AtMost)]);
    assert_eq!(
        counts("More than 150 people had sustained injuries and doctors were struggling."),
        vec![(Injured, Some(150), MoreThan)]
    );
}

#[test]
fn casualties_of_objects() {
    assert_eq!(
        cas("a first war in the 1990s which caused the death of 30,000 people"),
        vec![one(Killed, Some(30000), Exact, "the death of 30,000 people")]
    );
    assert_eq!(counts("The military claimed the killing of 33 terrorists."), vec![(Killed, Some(33), Exact)]);
    assert_eq!(
        counts("an operation which resulted in the deaths of 16 al-Shabab militants"),
        vec![(Killed, Some(16), Exact)]
    );
}

#[test]
fn casualties_tolls() {
    assert_eq!(cas("officials gave a death toll of 42."), vec![one(Killed, Some(42), Exact, "a death toll of 42")]);
    assert_eq!(counts("By evening the toll rose to 15."), vec![(Killed, Some(15), Exact)]);
    assert_eq!(
        counts("the death toll had risen to at least 63 from Saturday's multiple blasts"),
        vec![(Killed, Some(63), AtLeast)]
    );
    assert_eq!(counts("officials in Kabul raised the death toll to more than 60"), vec![(Killed, Some(60), MoreThan)]);
}

#[test]
fn casualties_headline_tolls_in_the_present() {
    assert_eq!(counts("Troops battle militants; death toll tops 170"), vec![(Killed, Some(170), MoreThan)]);
    assert_eq!(counts("Quake-hit city's death toll climbs to 40"), vec![(Killed, Some(40), Exact)]);
    assert_eq!(counts("Death toll in Kano attacks rises to 185"), vec![(Killed, Some(185), Exact)]);
}

#[test]
fn casualties_toll_changes_give_the_new_figure() {
    assert_eq!(counts("The toll rose from 10 to 15."), vec![(Killed, Some(15), Exact)]);
    // the figure replaced, told in a "from" phrase with no new one, is no toll
    assert_eq!(counts("officials said, raising the toll from an earlier figure of eight."), vec![]);
}

#[test]
fn casualties_toll_set_at_a_figure_after_its_from_phrase() {
    // the "from" phrase names the incident; the figure after "at" is the toll
    assert_eq!(counts("Officials put the death toll from the bombing at 45."), vec![(Killed, Some(45), Exact)]);
    assert_eq!(counts("Police put the toll from the attacks at more than 30."), vec![(Killed, Some(30), MoreThan)]);
}

#[test]
fn casualties_number_of_dead_is_a_toll() {
    assert_eq!(
        cas("The number of people killed rose to 20 on Monday."),
        vec![one(Killed, Some(20), Exact, "The number of people killed rose to 20")]
    );
    assert_eq!(counts("the number of refugees rose to 2 million"), vec![]);
}

#[test]
fn casualties_zero_nouns() {
    assert_eq!(
        cas("adding that there were \"no casualties\"."),
        vec![one(Killed, Some(0), Exact, "no casualties"), one(Injured, Some(0), Exact, "no casualties")],
        "casualties are the killed and the injured"
    );
    assert_eq!(
        cas("accused the Armenian forces of having fired on the positions of Baku, without reporting any losses either."),
        vec![]
    );
    assert_eq!(
        counts("No deaths were recorded, but collapsing buildings injured 15 people."),
        vec![(Killed, Some(0), Exact), (Injured, Some(15), Exact)]
    );
    assert_eq!(counts("Tropical Cyclone Jude slammed into Malawi, causing no deaths."), vec![(Killed, Some(0), Exact)]);
}

#[test]
fn casualties_zero_subjects() {
    assert_eq!(
        counts("The spokesperson said no passengers were killed during the operation."),
        vec![(Killed, Some(0), Exact)]
    );
    // none hurt is none killed either: no casualties (GUIDELINES §8)
    assert_eq!(counts("No one was hurt."), vec![(Killed, Some(0), Exact), (Injured, Some(0), Exact)]);
    assert_eq!(counts("None of the soldiers were injured."), vec![(Injured, Some(0), Exact)]);
}

#[test]
fn casualties_ranges_give_the_lower_bound() {
    let m = find_casualties(&ud("Between 11 and 17 people were killed in the raid."));
    assert_eq!((m[0].kind, m[0].count, m[0].upper, m[0].qualifier), (Killed, Some(11), Some(17), AtLeast));
    assert_eq!(counts("The strikes killed between 11 and 17 people."), vec![(Killed, Some(11), AtLeast)]);
}

#[test]
fn casualties_coordinated_counts_add_up() {
    assert_eq!(
        counts("the bombing that killed an American soil scientist and nine French soldiers."),
        vec![(Killed, Some(10), Exact)]
    );
    assert_eq!(
        counts("He said 18 off-duty military and paramilitary Frontier Corps personnel, three railway staff and five civilian passengers were among those killed in the initial attack."),
        vec![(Killed, Some(26), Exact)]
    );
    assert_eq!(
        counts("At least 21 passengers and four paramilitary troops died in the attack."),
        vec![(Killed, Some(25), AtLeast)]
    );
    assert_eq!(
        counts("The strike killed 12 civilians, 5 of them children."),
        vec![(Killed, Some(12), Exact)],
        "a part is not added"
    );
}

#[test]
fn casualties_including_is_part_of_the_count() {
    assert_eq!(
        counts("At least five people including two well-respected elders were killed, and five others were injured."),
        vec![(Killed, Some(5), AtLeast), (Injured, Some(5), Exact)]
    );
    assert_eq!(counts("Seven other people, including government security officials and two prominent traditional elders, were killed."), vec![(Killed, Some(7), Exact)]);
}

#[test]
fn casualties_including_without_closing_comma() {
    assert_eq!(
        counts("At least 70 people, including soldiers and civilians have been killed in landmine attacks."),
        vec![(Killed, Some(70), AtLeast)]
    );
    assert_eq!(
        counts("more than 70 people, including 50 militants were killed by the fighting"),
        vec![(Killed, Some(70), MoreThan)]
    );
    assert_eq!(
        counts("At least 70 people including soldiers and civilians have been killed."),
        vec![(Killed, Some(70), AtLeast)]
    );
    assert_eq!(
        counts("Warplanes struck buildings, including a house where the medics say at least 11 civilians were killed."),
        vec![(Killed, Some(11), AtLeast)],
        "an including before the subject's clause"
    );
}

/// (count, quoted text) of each coordinated group of the first mention of `text`.
fn parts(text: &str) -> Vec<(Option<u64>, String)> {
    let toks = &all(text)[0];
    let m = find_casualties(toks).into_iter().next().expect("a mention");
    let quote = |r: &Range<usize>| text[toks[r.start].bytes.start..toks[r.end - 1].bytes.end].to_string();
    m.parts.iter().map(|p| (p.count, quote(&p.tokens))).collect()
}

#[test]
fn casualties_coordinated_subjects_keep_their_groups() {
    assert_eq!(
        parts("The government says 22 soldiers and 225 rebels were killed in fighting."),
        vec![(Some(22), "22 soldiers".to_string()), (Some(225), "225 rebels were killed".to_string())]
    );
    assert_eq!(
        parts("18 personnel, three railway staff and five passengers were among those killed."),
        vec![
            (Some(18), "18 personnel".to_string()),
            (Some(3), "three railway staff".to_string()),
            (Some(5), "five passengers were among those killed".to_string())
        ]
    );
    assert_eq!(parts("Five Frontier Corps personnel were also killed."), vec![]);
}

#[test]
fn casualties_singular_victim_without_auxiliary() {
    assert_eq!(
        cas("Britain said a British soldier died Sunday after being attacked in Basra."),
        vec![one(Killed, Some(1), Exact, "a British soldier died")]
    );
    assert_eq!(
        cas("UN Soldier Killed in Clash with Haitian Ex-Soldiers"),
        vec![one(Killed, Some(1), Exact, "UN Soldier Killed")]
    );
    for s in [
        "the soldier died Sunday",
        "a soldier killed two civilians",
        "a gunman killed villagers",
        "Soldiers died in the attack.",
        "a police officer's son died",
    ] {
        assert!(counts(s).iter().all(|c| c.1 != Some(1)), "{s}");
    }
}

#[test]
fn casualties_one_of_the_wounded_died() {
    assert_eq!(
        cas("One of the wounded later died."),
        vec![one(Killed, Some(1), Exact, "One of the wounded later died")]
    );
    assert_eq!(
        counts("Two of the wounded died in hospital on Sunday."),
        vec![(Killed, Some(2), Exact)],
        "not two injured"
    );
    assert_eq!(counts("Two of the dead were children."), vec![(Killed, Some(2), Exact)]);
}

#[test]
fn casualties_singular_relative_clause() {
    assert_eq!(
        cas("Hayat did not confirm the death of the train driver who sustained injuries during the attack."),
        vec![one(Injured, Some(1), Exact, "the train driver who sustained injuries")]
    );
    assert_eq!(counts("The soldiers who died were buried."), vec![]);
    assert_eq!(counts("a soldier who killed two civilians was arrested"), vec![(Killed, Some(2), Exact)]);
}

#[test]
fn casualties_one_named_person_as_object() {
    assert_eq!(
        cas("a suicide attack that killed the country's president in 1993"),
        vec![one(Killed, Some(1), Exact, "killed the country's president")]
    );
    assert_eq!(
        counts("a suicide bomb attack has critically injured the country's army chief and killed eight other people"),
        vec![(Injured, Some(1), Exact), (Killed, Some(8), Exact)]
    );
    for s in ["the strike killed the soldiers", "the raid killed the 12 guards' commander two days later"] {
        assert!(counts(s).iter().all(|c| c.1 != Some(1)), "{s}");
    }
}

#[test]
fn casualties_injuries_to() {
    assert_eq!(
        cas("the convoy came under attack, resulting in injuries to eight security personnel."),
        vec![one(Injured, Some(8), Exact, "injuries to eight security personnel")]
    );
}

#[test]
fn casualties_relative_clause_count() {
    assert_eq!(
        counts("Chaudhry said 354 passengers were freed, 37 of whom were injured."),
        vec![(Injured, Some(37), Exact)]
    );
}

#[test]
fn casualties_singular_victims_count_one() {
    assert_eq!(
        cas("said al-Rufay'i was killed Thursday in an airstrike"),
        vec![one(Killed, Some(1), Exact, "al-Rufay'i was killed")]
    );
    assert_eq!(
        counts("Injured in the initial attack, the driver of the train has died."),
        vec![(Killed, Some(1), Exact)]
    );
    assert_eq!(counts("A policeman was wounded in the exchange of fire."), vec![(Injured, Some(1), Exact)]);
    assert_eq!(counts("The deputy caliph has been killed, officials said."), vec![(Killed, Some(1), Exact)]);
    assert_eq!(counts("The group's leader has killed before."), vec![], "active: the subject is the killer");
    assert_eq!(
        counts("the family of journalist Daphne Caruana Galizia, who was killed in Malta in 2017."),
        vec![(Killed, Some(1), Exact)]
    );
    assert_eq!(
        cas("Pressed on how sure he was that it was the gang leader who was killed, Exantus said"),
        vec![one(Killed, Some(1), Exact, "the gang leader who was killed")]
    );
}

#[test]
fn casualties_number_range_points_inside_the_phrase() {
    let toks = ud("Azerbaijan said 50 Azerbaijani soldiers were killed.");
    let m = &find_casualties(&toks)[0];
    assert_eq!((m.tokens.clone(), m.number.clone()), (2..7, 2..3));
}

#[test]
fn casualties_to_the_schema_object() {
    let doc =
        casus_core::Document::new("d", "Azerbaijan said 50 Azerbaijani soldiers were killed.", None, None).unwrap();
    let s = &doc.sentences[0];
    let c = find_casualties(&s.tokens)[0].to_casualty(&doc, s);
    assert_eq!((c.count, c.qualifier, c.text.as_str()), (Some(50), Exact, "50 Azerbaijani soldiers were killed"));
}

#[test]
fn casualties_beyond_a_billion_have_no_count_but_keep_their_text() {
    let found = cas("Militants killed 20,000,000,000 billion people");
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!((found[0].1, found[0].2), (None, Exact), "{found:?}");
    assert!(found[0].3.contains("20,000,000,000 billion"), "{found:?}");
    assert_eq!(counts("The attack killed 2 billion people"), vec![(Killed, None, Exact)]);
    assert_eq!(counts("The attack killed 900,000,000 soldiers and 900,000,000 civilians"), vec![(Killed, None, Exact)]);
    assert_eq!(counts("The attack killed 1,000,000,000 people"), vec![(Killed, Some(1_000_000_000), Exact)]);
}

#[test]
fn casualties_killing_verbs_in_every_form() {
    assert_eq!(
        cas("Witnesses said gunmen hacked to death five villagers."),
        vec![one(Killed, Some(5), Exact, "hacked to death five villagers")]
    );
    // the participle of the same verbs, after a comma: the act's result
    assert_eq!(
        cas("Rebels attacked the camp, hacking to death at least 190 people."),
        vec![one(Killed, Some(190), AtLeast, "hacking to death at least 190 people")]
    );
    assert_eq!(counts("Gunmen raided the village, shooting dead 12 men."), vec![(Killed, Some(12), Exact)]);
    assert_eq!(
        cas("The group is accused of massacring dozens of civilians."),
        vec![one(Killed, None, Several, "massacring dozens of civilians")]
    );
    assert_eq!(
        cas("Rebels assassinated the country's defense minister last year."),
        vec![one(Killed, Some(1), Exact, "assassinated the country's defense minister")]
    );
    assert_eq!(counts("He tried to assassinate the president."), vec![]);
}

#[test]
fn casualties_a_group_along_with_the_subject_adds_up() {
    // "along with about 20 rebels" is a second victim group of the same clause.
    assert_eq!(
        cas("The army said seven soldiers were killed in fighting Friday, along with about 20 rebels."),
        vec![one(
            Killed,
            Some(27),
            Approx,
            "seven soldiers were killed in fighting Friday, along with about 20 rebels"
        )]
    );
    // a group joined to another clause is not
    assert_eq!(
        counts("Seven soldiers were killed and the army said it acted along with 20 allies."),
        vec![(Killed, Some(7), Exact)]
    );
}

#[test]
fn casualties_the_kind_of_wounds_keeps_the_subject_count() {
    assert_eq!(
        cas("Three policemen suffered minor injuries in the blast."),
        vec![one(Injured, Some(3), Exact, "Three policemen suffered minor injuries")]
    );
    assert_eq!(
        cas("A soldier suffered gunshot wounds."),
        vec![one(Injured, Some(1), Exact, "A soldier suffered gunshot wounds")]
    );
    // a relative clause set off by commas still names its one victim
    assert_eq!(
        cas("The general, who sustained serious injuries, has undergone surgery."),
        vec![one(Injured, Some(1), Exact, "The general, who sustained serious injuries")]
    );
}
