//! Words of force used of no armed act: an event noun naming the kind of a person or thing ("a war
//! veteran", "a war correspondent"), force aimed at an ill or a commodity ("the fight against
//! diabetes", "fight corruption", "targeting fentanyl") and force done by a measure ("tariffs
//! targeting Canada"), and force of a field other than arms ("a trade war", "a legal battle", "relief
//! operations"), an attitude ("their hostility"), an accord struck ("struck an agreement") and a
//! fight for a cause by no armed force ("fighting for their freedom"). GUIDELINES
//! §2 and the brief of §12.8: such figurative language is no record.
use crate::events::triggers::trigger::{armed_subject, is_force};
use crate::events::view::View;
use crate::events::words;

/// The force trigger at `head` (a noun when `nominal`) names no armed act.
pub(crate) fn figurative(v: &View, head: usize, cameo: &str, nominal: bool) -> bool {
    if !is_force(cameo) {
        return false;
    }
    (nominal
        && (kind_of(v, head)
            || (cameo != "191" && of_a_field(v, head))
            || attitude(v, head)
            || super::work::line_of_work(v, head)))
        || aimed_at_an_ill(v, head)
        || done_by_a_measure(v, head)
        || struck_an_accord(v, head)
        || fought_for_a_cause(v, head)
}

/// "Ukrainians who are fighting for their freedom", "fighting for your rights": a fight for a cause
/// by no armed force is a struggle, not an armed act. Militants or troops fighting for it still fight.
fn fought_for_a_cause(v: &View, head: usize) -> bool {
    let listed = |list: &str, k: usize| words::get(list).contains(&v.lemmas[k].as_str());
    let for_a_cause = |k: usize| {
        matches!(v.base_rel(k), "obl" | "nmod") && v.case_of(k).as_deref() == Some("for") && listed("causes", k)
    };
    listed("struggle_verbs", head) && v.kids(head).iter().any(|&k| for_a_cause(k)) && !armed_subject(v, head)
}

/// "their hostility is directed at women", "Putin's hostility toward the West": a force noun that is
/// an act of arms only in the plural ("the hostilities resumed") names an attitude in the singular.
fn attitude(v: &View, head: usize) -> bool {
    words::get("plural_only_force").iter().any(|w| v.lower(head) == *w)
}

/// "struck an agreement", "strike a compromise", "strike a balance": "strike" with an accord or a
/// likeness as its object makes or finds it; it hits no one.
fn struck_an_accord(v: &View, head: usize) -> bool {
    v.lemmas[head] == "strike"
        && v.kids_with(head, &["obj"]).any(|o| words::get("struck_objects").contains(&v.lemmas[o].as_str()))
}

/// "a trade war", "the tit-for-tat tariff fight", "a long legal battle", "relief operations": a
/// modifier that names a field other than arms makes the force noun that field's contest or work.
/// Hyphenated modifiers count by their parts ("tariff-trade wars"). A blockade is one whatever
/// it stops ("an economic blockade", 191).
fn of_a_field(v: &View, head: usize) -> bool {
    let fields = words::get("unarmed_fields");
    v.kids_with(head, &["compound", "amod"]).any(|k| v.lemmas[k].split('-').any(|p| fields.contains(&p)))
}

/// "a Vietnam War veteran", "a war correspondent", "the Kremlin's war machine", "a bomb disposal
/// squad": the noun is a modifier that says what kind of person or thing its head is. A hyphenated
/// head counts by its first part ("a war veteran-turned-politician"). "The commander of rocket
/// operations", "the leader of the Taliban insurgency" name an office by the work it leads, as "an
/// operations chief" does.
fn kind_of(v: &View, head: usize) -> bool {
    let listed = |list: &str, h: usize| words::get(list).contains(&v.lemmas[h].split('-').next().unwrap_or_default());
    let modifier = v.base_rel(head) == "compound" && v.head(head).is_some_and(|h| listed("kind_heads", h));
    let office = v.base_rel(head) == "nmod"
        && v.case_of(head).as_deref() == Some("of")
        && listed("led_activities", head)
        && v.head(head).is_some_and(|h| h < head && listed("office_heads", h));
    modifier || office
}

/// "the fight against diabetes", "fight corruption", "targeted gaming addictions": what the force
/// is aimed at is an ill, a habit or a commodity, not a party.
fn aimed_at_an_ill(v: &View, head: usize) -> bool {
    // The head noun only: "crime gangs", "fentanyl traffickers" are parties though their modifier is
    // an ill.
    let ill = |k: usize| words::get("non_party_aims").contains(&v.lemmas[k].as_str());
    v.kids(head).iter().any(|&k| {
        let aimed = match v.base_rel(k) {
            "obj" => true,
            "obl" | "nmod" => v.case_of(k).is_some_and(|c| words::get("target_cases").contains(&c.as_str())),
            _ => false,
        };
        aimed && ill(k)
    })
}

/// "tariffs targeting Canada", "trade hit $1.1 billion", "was struck by Cyclone Chido", "the
/// mysteries surrounding the trial": a measure, an economic quantity, a natural hazard or an
/// abstraction that does the act.
fn done_by_a_measure(v: &View, head: usize) -> bool {
    let listed = |list: &str, k: usize| words::get(list).contains(&v.lemmas[k].as_str());
    let measure =
        |k: usize| listed("measure_agents", k) || listed("natural_hazards", k) || listed("abstract_agents", k);
    // Only an active participle ("tariffs targeting Canada") has the noun it modifies as its doer;
    // "a market struck by a missile" is the thing struck.
    let active = v.lower(head).ends_with("ing");
    let modified = active && v.base_rel(head) == "acl" && v.head(head).is_some_and(|h| h < head && measure(h));
    // The active subject exactly: "the market was shelled" (nsubj:pass) names what was hit.
    let doer = v.kids(head).iter().any(|&k| matches!(v.rel(k), "nsubj" | "obl:agent") && measure(k));
    modified || doer
}
