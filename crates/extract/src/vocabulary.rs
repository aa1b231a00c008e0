//! Vocabulary added at run time (`casus extract --dictionaries DIR`: the PETRARCH2 / Phoenix
//! dictionaries read by casus-dictionaries), beside the project's own data files.
//!
//! The trigger lexicon and the party gazetteer are built once per process; [`install`] must come
//! before the first extraction, and the added words extend both: verb phrases become triggers with
//! their CAMEO code, agent nouns become role words, actors become named parties with their state
//! and role. The project's own lexicon wins: a run-time verb phrase is taken only at a word where
//! the project's lexicon starts no trigger and over no word where it does (a dictionary's longer
//! "fight * for" does not recode the project's "fight").
use std::sync::OnceLock;

/// A trigger phrase (lemmas, `*` for a gap of a few words) and its CAMEO code.
#[derive(Debug, Clone, PartialEq)]
pub struct ExtraTrigger {
    pub words: Vec<String>,
    pub cameo: String,
}

/// A party phrase: a role word (`name` and `country` `None`) or a named actor.
#[derive(Debug, Clone, PartialEq)]
pub struct ExtraParty {
    pub phrase: String,
    pub name: Option<String>,
    pub country: Option<String>,
    pub role: Option<String>,
}

/// Everything [`install`] adds.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Vocabulary {
    pub triggers: Vec<ExtraTrigger>,
    pub roles: Vec<ExtraParty>,
    pub actors: Vec<ExtraParty>,
}

/// Why [`install`] refused.
#[derive(Debug, thiserror::Error, PartialEq)]
pub enum InstallError {
    #[error("extra vocabulary can be installed once per process, before the first extraction")]
    TooLate,
}

static EXTRA: OnceLock<Vocabulary> = OnceLock::new();

/// Adds `vocabulary` to the lexicon and the gazetteer of this process. Fails when vocabulary was
/// installed already or an extraction has run: building the lexicon or the gazetteer reads
/// [`installed`], which fixes the vocabulary (empty when nothing was installed), so neither needs to
/// be asked whether it was built.
pub fn install(vocabulary: Vocabulary) -> Result<(), InstallError> {
    EXTRA.set(vocabulary).map_err(|_| InstallError::TooLate)
}

/// What was installed (empty when nothing was). The first call fixes it: nothing can be installed after.
pub(crate) fn installed() -> &'static Vocabulary {
    EXTRA.get_or_init(Vocabulary::default)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn vocabulary_cannot_be_installed_once_the_lexicon_is_built() {
        assert!(!crate::lexicon::entries().is_empty());
        let late = Vocabulary {
            triggers: vec![ExtraTrigger { words: vec!["torch".into()], cameo: "180".into() }],
            ..Vocabulary::default()
        };
        assert_eq!(install(late), Err(InstallError::TooLate));
        assert!(installed().triggers.is_empty());
    }
}
