//! International bodies named bare ("the Security Council") and a state's bodies of the same name.
use super::normalize;

fn n(span: &str) -> (Option<String>, Option<String>, Option<String>) {
    match normalize(span) {
        Some(p) => (p.name, p.country, p.role),
        None => (None, None, None),
    }
}

#[test]
fn a_bare_security_council_is_the_un_s() {
    let un = (Some("United Nations Security Council".to_string()), None, Some("IGO".to_string()));
    assert_eq!(n("The Security Council"), un);
    assert_eq!(n("Security Council"), un);
    assert_eq!(n("Armenia's Security Council").1.as_deref(), Some("ARM"));
    assert_eq!(n("Iran's Supreme National Security Council").1.as_deref(), Some("IRN"));
}
