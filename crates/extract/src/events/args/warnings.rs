//! Whom a warning is about: "warned that the Somali government's actions would divide the country",
//! "warning that terrorists will not be spared", "warned that unless Sri Lanka's government can
//! reconcile …, history could repeat itself". A warning with no object is aimed at the party its
//! clause is about: the subject of the condition it hangs on, else the subject of what is warned of
//! (active or passive: what will be done to it is the warning's point).
use crate::events::view::View;
use crate::events::words;

/// The heads a warning verb `t` is aimed at through its complement clause; none for another verb,
/// a subject that names no one ("it", "there", "everyone") or one that is the warner itself.
pub(crate) fn warned(v: &View, t: usize) -> Vec<usize> {
    if !words::get("warning_verbs").contains(&v.lemmas[t].as_str()) {
        return Vec::new();
    }
    let own: Vec<usize> = v.kids_with(t, &["nsubj"]).collect();
    let about = |s: &usize| {
        let lemma = v.lemmas[*s].as_str();
        !words::get("not_addressees").contains(&lemma) && !own.iter().any(|&o| v.lemmas[o] == lemma) && !v.is_dated(*s)
    };
    for clause in v.kids_with(t, &["ccomp"]) {
        let party = |s: &usize| about(s) && party_or_its_deed(v, *s);
        let subject = v.kids_with(clause, &["nsubj", "nsubj:pass"]).find(party);
        // "unless Sri Lanka's government can reconcile, history could repeat itself", "if Israel
        // invades Rafah, Iran would respond": the party of the condition is the one warned; the
        // clause's subject only says who suffers or answers.
        let condition = || {
            v.kids_with(clause, &["advcl"])
                .filter(|&c| crate::events::tense::conditional(v, c))
                .flat_map(|c| v.kids_with(c, &["nsubj", "nsubj:pass"]).collect::<Vec<_>>())
                .find(party)
        };
        if let Some(s) = condition().or(subject) {
            return v.conjuncts(s);
        }
    }
    Vec::new()
}

/// Whether subject `s` is a party or a party's deed: its head word is one ("terrorists", "the
/// government", a name), or a noun a party owns ("the government's actions"). "Russian and Chinese
/// opinions" are no one, whatever their modifiers name.
fn party_or_its_deed(v: &View, s: usize) -> bool {
    let owned = v.kids_with(s, &["nmod:poss"]).any(|k| !words::get("possessives").contains(&v.lower(k).as_str()));
    let named = v.sent.entities.iter().any(|e| e.tokens.contains(&s));
    let pronoun = words::get("third_person_pronouns").contains(&v.lemmas[s].as_str());
    owned || named || pronoun || crate::parties::normalize(v.word(s)).is_some()
}

/// "Putin warned that Moscow would respond", "Ukraine warned that Ukrainian forces would strike
/// back": what the warner's own state or its organs will do is a threat, not a warning at them.
pub(crate) fn own_side(warner: &casus_core::Party, warned: &casus_core::Party) -> bool {
    let organ = |p: &casus_core::Party| words::get("state_roles").contains(&p.role.as_deref().unwrap_or(""));
    let same_state = warner.country.is_some() && warner.country == warned.country;
    same_state && (warner.role == warned.role || (organ(warner) && organ(warned)))
}
