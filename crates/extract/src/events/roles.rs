//! [`Roles`]: the word heads of one trigger's arguments, written by the argument stage (`args/`) and
//! by the triggers that come with their own (accusations, appeals, threats), read by the parties
//! stage (`sides/`) and by factuality (`reality::voices`).

/// Token heads of the arguments of one trigger; each becomes a party or place after normalization.
#[derive(Debug, Default, Clone, PartialEq)]
pub struct Roles {
    pub actors: Vec<usize>,
    pub targets: Vec<usize>,
    /// Candidate place heads, nearest to the trigger first.
    pub places: Vec<usize>,
    /// "fired batteries at Russia": a prepositional aim, the target when the object names no party.
    pub aims: Vec<usize>,
    /// "accused each other", "clashes between A and B": one event each way between the actors.
    pub reciprocal: bool,
    /// "A clashed with B and C", "a battle with B": the actors one side, the targets the other; one
    /// event each way between the sides, none within a side.
    pub each_way: bool,
    /// "soldiers were killed in clashes with B": the actors are the fallen of the clash, one side
    /// only where they bear arms, and its victims only where B names no party.
    pub fallen: bool,
    /// "clashes between rival gangs": one plural party fights within itself, one event each way.
    pub within: bool,
    /// "A, together with B, launched …": the actors act together, never on each other.
    pub allied: bool,
    pub negated: bool,
    /// "The airstrikes hit targets in the city and damaged several houses": an event noun subject of
    /// coordinated predicates, each with objects of its own; one record per predicate.
    pub acts: Vec<Vec<usize>>,
    /// The targets are the subject of what a warning warns of ("warned that Moscow would respond"),
    /// which may be the warner's own side.
    pub warned: bool,
}
