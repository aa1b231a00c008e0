pub(super) mod attackers;
pub(super) mod demonyms;
pub mod identity;
pub(super) mod incidents;
pub(super) mod meta;
pub mod recode;
pub(super) mod subgroups;
