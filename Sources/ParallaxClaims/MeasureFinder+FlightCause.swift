internal import ParallaxModel

/// Flight from war is displacement (round 19).
///
/// The flight verbs of `measures.txt` name an evacuation (`Hunderte Anwohner flüchteten auf die Straße`, `thousands fled their
/// homes` from a fire or a flood). When their complement names armed conflict or persecution (`flüchteten vor der Gewalt`,
/// `haben sich vor den Kämpfen geflüchtet`, `fled the fighting`; `flight-causes.txt`), the people were driven from their homes
/// by war: `displaced`, as the annotators of real Austrian news label refugees of the Syrian war. The complement stands right
/// after the verb (German and English main clauses) or, where the verb closes its clause, between the figure and the verb.
extension MeasureFinder {
    /// True when a noun of `flight-causes.txt` stands within four words after the flight verb at `verb`, or between the figure
    /// and a verb after it, inside `clause`.
    /// - Complexity: O(k) look-ups over at most the words between figure and verb plus four.
    func fleesConflict(
        _ verb: (index: Int, length: Int, measure: LanguagePack.Measure), mention: QuantityMention, clause: Range<Int>,
        tokens: [ClaimToken]
    ) -> Bool {
        let causes = FlightCauses.of(pack.language)
        guard !causes.isEmpty else { return false }
        let after = verb.index + verb.length
        let window = (verb.index >= mention.end ? mention.end : after)..<min(clause.upperBound, after + 4)
        return window.contains { position in
            let token = tokens[position]
            guard token.kind == .word, position != verb.index else { return false }
            if position + 1 < tokens.count, causes.contains(token.lower + " " + tokens[position + 1].lower) { return true }
            if causes.contains(token.lower) { return true }
            // A German compound names what its last part names (`Bürgerkrieg`, `Luftangriffen`).
            return pack.capitalizesNouns && token.isCapitalized && causes.contains { token.lower.hasSuffix($0) && token.lower.count > $0.count + 2 }
        }
    }
}

/// The rows of one language's `flight-causes.txt`: nouns of armed conflict and persecution.
enum FlightCauses {
    /// Every language's rows, read once.
    static let all = LexiconFile.perLanguage("flight-causes.txt") { rows in Set(rows.compactMap(\.first)) }

    /// The rows of `language`; none when it has no file.
    static func of(_ language: String) -> Set<String> {
        all[language] ?? []
    }
}
