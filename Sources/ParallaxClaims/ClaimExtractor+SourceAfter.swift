import ParallaxModel

extension ClaimExtractor {
    /// Gives the source a sentence names after the facts (`… Rund 70 Fahrgäste wurden verletzt. Das teilte die Polizei
    /// mit.`, `Das alles schilderte Polizeisprecher …`) to the sentences of its paragraph before it that name none, back to
    /// the first that has a source of its own (round 13).
    ///
    /// The sentence must open with a demonstrative of `summary-openers.txt` followed by a lower-case word — a verb or
    /// `alles` (`Das teilte …`), not a noun (`Das Ministerium teilte mit, …` names its own facts) — and state a source
    /// whose cue begins within its first three words.
    /// - Complexity: O(s) over the sentences, with one look-back per such sentence.
    static func attributingBackwards(_ analyses: [SentenceAnalysis], pack: LanguagePack) -> [SentenceAnalysis] {
        var analyses = analyses
        for index in analyses.indices {
            let tokens = analyses[index].tokenized.tokens
            // The cue follows the demonstrative at once (`Das teilte die Polizei … mit`, `Dies bestätigte …`) or after
            // `alles` (`Das alles schilderte …`): `Das alles ist beunruhigend, sagt Trummer` says something of its own.
            guard let stated = analyses[index].attribution.stated, stated.source != nil, tokens.count > 2,
                pack.summaryOpeners.contains(tokens[0]), tokens[1].kind == .word, !tokens[1].isCapitalized,
                let cue = analyses[index].attribution.sourceRange, cue.lowerBound <= 2
            else { continue }
            let paragraph = analyses[index].sentence.paragraph
            var before = index - 1
            while before >= 0, analyses[before].sentence.paragraph == paragraph, analyses[before].sentence.role != .heading,
                analyses[before].effective == nil
            {
                var carried = stated
                carried.why = "named after the facts in \(analyses[index].sentence.id): “\(stated.text)”"
                analyses[before].effective = carried
                before -= 1
            }
        }
        return analyses
    }
}
