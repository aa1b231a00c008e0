//! Verbs whose code turns on the kind of what they act on (GUIDELINES §12.4): "seized two engineers",
//! "captured Ingrid Betancourt", "45 attackers were captured", "several of its soldiers had been
//! captured" take persons (173 here; an armed group's or a gang's is abduction, 181, once the parties
//! are known: `document::recode::captors`), "seized the port", "the airport of Goma" a place (192),
//! "seized an armored vehicle" goods (1711, by the entry's own list); "released a nurse", "freed the
//! missionary" free persons (0841), "released a statement" frees no one. Only the object (of a
//! passive: its subject) tells the kind, never an adjunct ("according to local officials", "from
//! troops"). The lexicon's lists name common captives; a person's name or any noun of a person
//! (`person_nouns`) is one as well.
use crate::events::view::View;
use crate::events::words;
use crate::lexicon::TriggerEntry;

/// What a seizing or releasing verb acts on, by kind, with the code it gives.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Taken {
    /// People: 173 for a seizing verb, 0841 for a releasing one.
    People(&'static str),
    /// A place a seizing verb takes: 192.
    Place,
    /// Goods the entry's own refinements name for the object: "seized an armored vehicle" (1711).
    Goods(&'static str),
}

/// The kind of what the seizing or releasing verb at `head` acts on (`seizing_verbs`,
/// `releasing_verbs`), or None when it is neither or its object is of no kind told here.
pub(super) fn taken(v: &View, head: usize, entry: &'static TriggerEntry) -> Option<Taken> {
    let lemma = v.lemmas[head].as_str();
    let code = if words::get("seizing_verbs").contains(&lemma) {
        "173"
    } else if words::get("releasing_verbs").contains(&lemma) {
        "0841"
    } else {
        return None;
    };
    let taken = acted_on(v, head);
    if taken.iter().any(|&x| is_person(v, x)) {
        return Some(Taken::People(code));
    }
    if code != "173" {
        return None;
    }
    // "M23 rebels captured Goma", "seized the airport": a place seized is taken territory, whatever
    // else the model or an adjunct says.
    if taken.iter().any(|&x| is_place(v, x) || is_site(v, x)) {
        return Some(Taken::Place);
    }
    let goods = |x: &usize| entry.refined_by(&v.lemmas[*x].to_lowercase()).filter(|c| c.starts_with("171"));
    taken.iter().find_map(goods).map(Taken::Goods)
}

/// A noun of a place or a site a force holds: "the town", "the border area", "the airport".
fn is_site(v: &View, x: usize) -> bool {
    let lemma = v.lemmas[x].as_str();
    ["place_generic", "place_nouns", "held_sites"].iter().any(|l| words::get(l).contains(&lemma))
}

/// A place name, or a name the model took for a person that its apposition calls a place ("Goma,
/// the main city in eastern Congo") or that is a large place's own name ("Phnom Penh").
fn is_place(v: &View, x: usize) -> bool {
    let generic = |a: usize| words::get("place_generic").contains(&v.lemmas[a].as_str());
    v.is_place_name(x) || v.kids_with(x, &["appos"]).any(generic) || large_place(v.text(v.phrase(x)))
}

/// A city of 100,000 people or more, a province or a state, by its own name in the gazetteer.
fn large_place(name: &str) -> bool {
    use casus_geo::{names::key, resolve::FAR_CITY_POPULATION, Kind};
    casus_geo::geocode(name, &[]).is_some_and(|p| {
        key(&p.name) == key(name)
            && (matches!(p.kind, Kind::Country | Kind::Admin1) || p.population >= FAR_CITY_POPULATION)
    })
}

/// "released a video of the hostages", "released figures on detainees": a releasing verb whose
/// object is a thing frees no one, whatever the thing is about; the object's head (of "20 of the
/// hostages", the of-phrase's) must be a person or a captive the entry lists.
pub(super) fn frees_no_one(v: &View, head: usize, entry: &TriggerEntry) -> bool {
    let objects: Vec<usize> = v.kids_with(head, &["obj"]).flat_map(|o| v.conjuncts(o)).collect();
    let freed = |x: usize| is_person(v, x) || entry.code_for(&[v.lemmas[x].as_str()]).is_some();
    let of = |x: usize| v.kids_with(x, &["nmod"]).filter(move |&n| v.case_of(n).as_deref() == Some("of"));
    let counted = |x: usize| is_quantity(v, x) && of(x).any(freed);
    words::get("releasing_verbs").contains(&v.lemmas[head].as_str())
        && !objects.is_empty()
        && !objects.iter().any(|&o| freed(o) || counted(o))
}

/// A number or quantity heading a phrase ("20 of the hostages", "dozens of prisoners", "all of them").
fn is_quantity(v: &View, x: usize) -> bool {
    let lemma = v.lemmas[x].as_str();
    lemma.chars().all(|c| c.is_ascii_digit() || c == ',')
        || words::get("quantity_words").contains(&lemma)
        || words::get("number_heads").contains(&lemma)
}

/// The object's conjuncts; of a passive verb, its subject's ("two engineers were seized"); of a count,
/// its of-phrase too ("several of its soldiers had been captured").
fn acted_on(v: &View, head: usize) -> Vec<usize> {
    let mut out: Vec<usize> = v.kids_with(head, &["obj"]).collect();
    if out.is_empty() && v.is_passive(head) {
        out.extend(v.kids_with(head, &["nsubj:pass"]));
    }
    let conjuncts: Vec<usize> = out.into_iter().flat_map(|o| v.conjuncts(o)).collect();
    let of = |x: usize| v.kids_with(x, &["nmod"]).filter(move |&n| v.case_of(n).as_deref() == Some("of"));
    let counted: Vec<usize> = conjuncts.iter().filter(|&&x| is_quantity(v, x)).flat_map(|&x| of(x)).collect();
    conjuncts.into_iter().chain(counted).collect()
}

/// A person's name, or a noun or pronoun of people ("a nurse", "two Chinese engineers", "a son of
/// El Chapo", "him").
fn is_person(v: &View, x: usize) -> bool {
    let lemma = v.lemmas[x].as_str();
    let pronoun = words::get("object_person_pronouns").contains(&lemma) || matches!(lemma, "they" | "them");
    (v.is_person(x) && !is_place(v, x)) || words::get("person_nouns").contains(&lemma) || pronoun
}
