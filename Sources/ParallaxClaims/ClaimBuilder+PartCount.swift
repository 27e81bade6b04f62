internal import ParallaxModel

/// A part of a count named right before (`Die Zahl der Toten stieg auf 31, darunter mindestens acht Kinder`, `Unter ihnen waren
/// auch 31 Kinder`, `31 people are dead, among them eight children`) undergoes what the count underwent, whatever noun it counts:
/// the children are among the dead. The measure carry of ``ClaimBuilder`` otherwise needs the same unit. Seen in dev5 (three
/// articles, both languages) and `real2` (`Unter ihnen waren auch 31 Kinder` → killed); dev, dev4, dev6 and dev8 annotate the
/// same (round 17). The openers are `part-openers.txt`.
extension ClaimBuilder {
    /// True when a part opener ends at most two words before the figure, with no punctuation between (`darunter mindestens
    /// acht`, `Unter ihnen waren auch 31`).
    static func opensPart(_ mention: QuantityMention, tokens: [ClaimToken], language: String) -> Bool {
        let openers = PartOpeners.of(language)
        guard !openers.isEmpty else { return false }
        var end = mention.first
        for _ in 0..<3 {
            guard end > 0 else { return false }
            for start in max(0, end - 2)..<end where openers.contains(tokens[start..<end].map(\.lower).joined(separator: " ")) {
                return true
            }
            guard tokens[end - 1].kind == .word else { return false }
            end -= 1
        }
        return false
    }
}

/// The part openers of each language (`part-openers.txt`), read once.
enum PartOpeners {
    static let all = LexiconFile.perLanguage("part-openers.txt") { rows in Set(rows.compactMap { $0.first?.lowercased() }) }

    /// The openers of `language`; none when it has no file.
    static func of(_ language: String) -> Set<String> { all[language] ?? [] }
}
