/// A body named by its kind's noun after noun modifiers (round 31, source31): `the road authority`, `Vessaria's state forestry
/// agency`, `according to its water board`. The label is the modifiers and the noun as written, without an administrative
/// level (`state forestry agency` → forestry agency), as the writers of dev7, dev24 and dev25 label them (`industry ministry`,
/// `road authority`, `forestry agency`), and as round 25 labels a German `Landes-` or `Bundes-` compound by its function alone.
/// The possessive owner before it (`Vessaria's`) is no part of it: the body, not its country, speaks.
extension EntityFinder {
    /// The body named by the kind's noun at `index` and the lower-case modifiers right before it, when a determiner or a
    /// possessive opens them; nil when no modifier names a function, or a capitalised name follows (`the agency Frontex`:
    /// the descriptor rule reads that).
    /// - Complexity: at most four tokens read back; ``find(in:)`` calls it only for a kind's noun (one set look-up a word).
    func modifiedKindBody(_ tokens: [ClaimToken], headAt index: Int) -> EntityMention? {
        let table = pack.modifiedKindBodies
        guard index > 1, !tokens[index].isCapitalized else { return nil }
        if index + 1 < tokens.count, tokens[index + 1].kind == .word, tokens[index + 1].isCapitalized { return nil }
        var first = index
        var modifiers: [String] = []
        while first > 0, index - first < 4 {
            let word = tokens[first - 1]
            guard word.kind == .word, !word.isCapitalized, !table.openers.contains(word),
                !pack.possessivePronouns.contains(word),
                !Self.isPossessive(word.lower)
            else { break }
            // A word that is no noun of a function (`new`, `newly`, `created`), a number or a function word: no such name.
            if table.nonModifiers.contains(word) || pack.sourceStops.contains(word) || pack.unitGapStops.contains(word)
                || word.lower.hasSuffix("ly") || word.lower.hasSuffix("ed")
            {
                return nil
            }
            if !table.levels.contains(word) { modifiers.insert(word.lower, at: 0) }
            first -= 1
        }
        guard first < index, !modifiers.isEmpty, first > 0 else { return nil }
        let opener = tokens[first - 1]
        guard opener.kind == .word,
            table.openers.contains(opener) || pack.possessivePronouns.contains(opener)
                || Self.isPossessive(opener.lower)
        else { return nil }
        let head = tokens[index].lower
        return EntityMention(
            first: first, end: index + 1, name: (modifiers + [head]).joined(separator: " "), kind: "generic",
            country: nil,
            isAdjective: false, type: pack.descriptors.lookup(head) ?? head)
    }

    /// True for a word with a possessive ending (`vessaria's`, `city’s`).
    static func isPossessive(_ word: String) -> Bool {
        ClaimExtractor.possessiveEnds.mayEnd(word)
            && ClaimExtractor.possessiveEndings.contains { word.hasSuffix($0) && word.count > $0.count }
    }
}
