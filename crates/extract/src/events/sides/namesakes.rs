//! Namesakes: a story's own people before the gazetteer's. A known person is listed by surname
//! ("Abbas" for Mahmoud Abbas), but a story that names another person of that surname in full
//! ("army spokesman Major General Athar Abbas") means its own person by the full name and by the
//! surname alone after it ("Abbas said"): story-internal coreference wins over world knowledge.
use super::context::Context;
use crate::events::view::View;
use crate::parties;
use casus_core::Party;

/// The story's own person that phrase `text` (headed by `head`) names, when the gazetteer would
/// take it for a known person of the same surname but other given names.
pub(crate) fn story_person(v: &View, ctx: &Context, head: usize, text: &str) -> Option<Party> {
    let phrase = v.phrase(head);
    // The name the phrase is headed by or ends in ("Army spokesman Major General Athar Abbas").
    let ent = v.sent.entities.iter().find(|e| {
        e.label == "PER" && (e.tokens.contains(&head) || (e.tokens.start > phrase.start && e.tokens.end == phrase.end))
    })?;
    let known = parties::person(text)?.name?;
    let name = v.text(ent.tokens.clone());
    let full = if name.split_whitespace().count() >= 2 { name } else { ctx.full_name(name)? };
    if !namesake(full, &known) || parties::names_person_in_full(full) {
        return None;
    }
    let text = text.to_string();
    if let Some(p) = ctx.person(full).or_else(|| ctx.office(full)).filter(|p| p.name.as_deref() == Some(full)) {
        return Some(Party { text, ..p.clone() });
    }
    // The words before the name say the office ("Army spokesman Major General").
    let start = phrase.start;
    let title = (start < ent.tokens.start).then(|| parties::normalize(v.text(start..ent.tokens.start))).flatten();
    let (country, role) = title.map(|t| (t.country, t.role)).unwrap_or_default();
    Some(Party { text, name: Some(full.to_string()), country, role })
}

/// Whether `full` ("Athar Abbas") is another person than `known` ("Mahmoud Abbas"): one of the same
/// surname whose given names are none of the known person's. Abbreviated titles ("Gen.", "Mr.")
/// are no given names.
fn namesake(full: &str, known: &str) -> bool {
    let words: Vec<&str> = full.split_whitespace().collect();
    let Some((last, given)) = words.split_last() else { return false };
    let known: Vec<&str> = known.split_whitespace().collect();
    let given: Vec<&&str> = given.iter().filter(|w| !w.ends_with('.')).collect();
    known.last() == Some(last) && !given.is_empty() && given.iter().all(|w| !known.contains(w))
}

#[cfg(test)]
mod tests {
    use super::namesake;

    #[test]
    fn another_given_name_is_another_person() {
        assert!(namesake("Athar Abbas", "Mahmoud Abbas"));
        assert!(!namesake("Mahmoud Abbas", "Mahmoud Abbas"));
        assert!(!namesake("Mr. Abbas", "Mahmoud Abbas"));
        assert!(!namesake("Athar Khan", "Mahmoud Abbas"));
    }
}
