/// Round 14: the writer's definite description inside a paraphrase.
///
/// In reported speech without quotation marks or a marker of indirect speech, what the speaker says
/// (the predicate: "called the conduct absurd", "praised Trump for his bravery", "lobte das Abkommen als
/// Meisterstück") is the speaker's, but how an entity is referred to is the reporter's choice: a definite
/// noun phrase picks out the thing for the reader, in the writer's words ("Netanyahu claimed Iran is not
/// complying with the vaunted nuclear deal", "Dorvania's army chief says the killer drones came from
/// Kestria", "where the regime had allegedly hid its archive"). So a demonising, belittling or glorifying
/// term right after a definite article (on-demand kind `article`) in such a paraphrase stays `used`, as
/// alarmist words already did (round 11). Possessives ("his bravery", "sein Wundermittel"), predicates and
/// labels after "als" keep the speaker's voice. So does a bare demonising label ("The minister said the
/// regime had failed"): round 8 handed such a label to the speaker, since it is what speakers call their
/// opponents; a demonising term of two or more words ("the killer drones") is a modifier the reporter added.
extension LoadedTermDetector {
    /// The categories whose terms in a definite description of a paraphrase are the writer's.
    package static let descriptionCategories: Set<String> = ["belittling", "glorifying"]
    /// The category whose terms count so only when they span two or more words (a modifier and its noun).
    package static let modifiedDescriptionCategory = "demonising"

    /// Whether the term, whose words are `indices`, opens a definite description: the word before it is a
    /// definite article.
    func isWritersDescription(_ category: String, indices: [Int], in evidence: SentenceEvidence) -> Bool {
        guard let first = indices.first, first > 0,
            Self.descriptionCategories.contains(category)
                || (category == Self.modifiedDescriptionCategory && indices.count >= 2)
        else { return false }
        return evidence.onDemandCues("article").contains { $0.wordIndices == [first - 1] }
    }
}
