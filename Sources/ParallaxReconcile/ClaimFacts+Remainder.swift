import ParallaxModel
import ParallaxText

extension ClaimFacts {
    /// Whether the figure's own clause counts what remains — a continuing state that may fall as time passes ("vier
    /// werden noch vermisst", "zwei liegen weiterhin im Krankenhaus", "five of them are still being treated",
    /// "Nineteen people remain missing") — by a cue of `remaining.tsv`: the continuative particles and the verbs of
    /// remaining, a closed class of each language. A toll (the dead, the rescued) only grows; a remainder may be
    /// smaller a day later without contradicting the larger count before it.
    /// - Complexity: O(n) in the length of the claim's sentence; only for quantities, once per claim.
    static func countsRemainder(_ claim: Claim, sentence: String, lexicon: ReconcileLexicon) -> Bool {
        guard !lexicon.remainderCues.isEmpty || !lexicon.remainderCuesAfterNumber.isEmpty,
            let range = sentence.firstRange(ofBytes: claim.text)
        else { return false }
        func isBoundary(_ character: Character) -> Bool {
            character == "," || character == ";" || character == ":" || character == "." || character == "!"
                || character == "?"
        }
        let before = sentence[..<range.lowerBound]
        let clauseStart = before.lastIndex(where: isBoundary).map { sentence.index(after: $0) } ?? sentence.startIndex
        let after = sentence[range.upperBound...]
        let clauseEnd = after.firstIndex(where: isBoundary) ?? sentence.endIndex
        func words(_ text: Substring) -> [Substring] {
            text.lowercased().split(whereSeparator: { !$0.isLetterFast }).map { Substring($0) }
        }
        let wordsBefore = words(sentence[clauseStart..<range.lowerBound])
        let wordsAfter = words(sentence[range.upperBound..<clauseEnd])
        let breakers = lexicon.remainderCueBreakers
        func holds(_ words: [Substring], _ cue: [Substring]) -> Bool {
            guard let first = cue.first, words.count >= cue.count else { return false }
            for start in 0...(words.count - cue.count) where words[start] == first {
                guard zip(words[start...], cue).allSatisfy({ $0 == $1 }) else { continue }
                let next = start + cue.count
                if cue.count == 1, next < words.count, breakers.contains(words[next]) { continue }
                return true
            }
            return false
        }
        let claimWords = words(Substring(claim.text))
        let clause = wordsBefore + claimWords + wordsAfter
        // The claim's own words count as after its number: a claim's text starts at its number or its qualifier.
        let fromNumber = claimWords + wordsAfter
        return lexicon.remainderCues.contains { holds(clause, $0) }
            || lexicon.remainderCuesAfterNumber.contains { holds(fromNumber, $0) }
    }
}
