import Foundation

/// The shapes in which a verb of denial denies nothing (`Lexicons/<lang>/denial-shapes.txt`, round 15): a noun after a
/// determiner (`procedures … to resolve the disputes`), an aim after the infinitive marker (`a blatant effort to deny
/// justice`; not `continues to deny`), a person dismissed in a relative clause's passive (`Comey, who was abruptly
/// dismissed by Trump`).
struct DenialShapes: Sendable {
    var determiners: Set<String> = []
    var infinitiveMarkers: Set<String> = []
    var continuations: Set<String> = []
    var relatives: Set<String> = []
    var passiveAuxiliaries: Set<String> = []

    /// The shapes of every language with a lexicon folder, read once.
    static let byLanguage: [String: DenialShapes] = {
        var result: [String: DenialShapes] = [:]
        for language in LexiconFile.languages {
            let folder = LexiconFile.folder(language: language)
            var shapes = DenialShapes()
            for row in LexiconFile.rows("denial-shapes.txt", in: folder) where row.count >= 2 {
                switch row[0] {
                case "determiner": shapes.determiners.insert(row[1].lowercased())
                case "infinitive": shapes.infinitiveMarkers.insert(row[1].lowercased())
                case "continuation": shapes.continuations.insert(row[1].lowercased())
                case "relative": shapes.relatives.insert(row[1].lowercased())
                default: continue
                }
            }
            for row in LexiconFile.rows("passive-auxiliaries.txt", in: folder) where row.count >= 2 && row[0] == "before" {
                shapes.passiveAuxiliaries.insert(row[1].lowercased())
            }
            result[language] = shapes
        }
        return result
    }()

    /// Whether the verb of denial at `index` denies nothing by its shape.
    func deniesNothing(_ tokens: [ClaimToken], at index: Int) -> Bool {
        guard index > 0 else { return false }
        let before = tokens[index - 1].lower
        if determiners.contains(before) { return true }
        if infinitiveMarkers.contains(before) {
            return !(index >= 2 && continuations.contains(tokens[index - 2].lower))
        }
        // `who was (abruptly) dismissed`: a relative pronoun, a passive auxiliary, at most one adverb.
        var cursor = index - 1
        if cursor > 0, !passiveAuxiliaries.contains(tokens[cursor].lower), tokens[cursor].kind == .word { cursor -= 1 }
        guard passiveAuxiliaries.contains(tokens[cursor].lower) else { return false }
        return tokens[max(0, cursor - 2)..<cursor].contains { relatives.contains($0.lower) }
    }
}

extension StatementFinder {
    /// Whether a match of the predicate table is a verb of denial that denies nothing by its shape or its sense
    /// (``DenialSenses``, round 20).
    /// A verb of prior knowledge negated in its own clause (``knowledgeIsNegatedAfter(_:verbAt:)``) is shaped away too.
    func isShapedAway(_ label: String, _ tokens: [ClaimToken], at index: Int) -> Bool {
        if label == Self.priorKnowledge { return knowledgeIsNegatedAfter(tokens, verbAt: index) }
        return label == "denies"
            && ((DenialShapes.byLanguage[pack.language]?.deniesNothing(tokens, at: index) ?? false)
                || (DenialSenses.byLanguage[pack.language]?.isOtherSense(tokens, verbAt: index) ?? false))
    }
}
