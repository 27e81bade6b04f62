import ParallaxTesting
import Testing

@testable import ParallaxFraming

/// Round 14's shortcuts in framing's cue plumbing answer as the code they replace: the byte test before
/// ``FramingAnalyzer/turnLabel(_:)`` and the `attributor`/`article` matcher of
/// ``SentenceEvidence/trailingAttributionMark()`` — on seeded random sentences with colons, dashes,
/// commas, combining marks beside spaces, and the bundled lexicons' attributing words.
@Suite struct FramingCueShortcutEquivalenceTests {
    /// Round 13's `turnLabel`, verbatim.
    static func referenceTurnLabel(_ text: String) -> String? {
        guard let colon = text.utf8.firstIndex(of: UInt8(ascii: ":")) else { return nil }
        let label = text[..<colon]
        let words = label.split(separator: " ")
        guard !words.isEmpty, words.count <= FramingAnalyzer.turnLabelWords, label.first?.isLetter == true,
            words.allSatisfy({ word in word.contains { $0.isUppercase } }),
            !label.contains(where: { $0.isNumber })
        else { return nil }
        return String(label)
    }

    @Test func turnLabelAgreesWithRound13() {
        let seed = SeededGenerator.testSeed
        var generator = SeededGenerator(seed: seed)
        let pieces = [
            "STANDARD", "Glawischnig", "Frage", "und", "die", "Regierung", "2", "x", ":", ": ", " ", "  ", "\u{301}",
            " \u{301}", "\u{301} ", "ä", "É", "\u{600}", "–", "?", "Ich", "sagte", "\t", "\u{a0}",
        ]
        for _ in 0..<5_000 {
            let text = (0..<Int.random(in: 0...8, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }
                .joined(separator: Bool.random(using: &generator) ? " " : "")
            #expect(FramingAnalyzer.turnLabel(text) == Self.referenceTurnLabel(text), "seed \(seed): \(Array(text.unicodeScalars))")
        }
    }

    /// Round 13's `trailingAttributionMark`, verbatim but for access (through `onDemandCues`, the full
    /// on-demand pass).
    static func referenceMark(_ evidence: SentenceEvidence) -> Int? {
        let bytes = Array(evidence.text.utf8)
        let words = evidence.words
        func isDash(at offset: Int) -> Bool {
            bytes[offset] == 0xE2 && offset + 2 < bytes.count && bytes[offset + 1] == 0x80
                && (bytes[offset + 2] == 0x93 || bytes[offset + 2] == 0x94)
        }
        let cueStarts = Set(evidence.attributionCues.filter { $0.pattern.label != "distancing" }.compactMap(\.wordIndices.first))
        var attributors: [PhraseMatcher.Match]?
        for (offset, byte) in bytes.enumerated() {
            guard byte == UInt8(ascii: ",") || isDash(at: offset), let next = words.firstIndex(where: { $0.source.lowerBound > offset })
            else { continue }
            if cueStarts.contains(next) { return offset }
            if attributors == nil { attributors = evidence.onDemandCues("attributor") }
            if next + 1 < words.count, attributors?.contains(where: { $0.wordIndices == [next] }) == true {
                let following = evidence.tokens.written(next + 1)
                let closes = !bytes[(offset + 1)...].contains(UInt8(ascii: ","))
                    && !((offset + 1)..<bytes.count).contains(where: isDash(at:))
                if closes,
                    following.first?.isUppercase == true
                        || evidence.onDemandCues("article").contains(where: { $0.wordIndices == [next + 1] })
                {
                    return offset
                }
            }
        }
        return nil
    }

    static let words: [String: [String]] = [
        "de": [
            "so", "So", "der", "die", "das", "ein", "eine", "Sprecher", "Vorwurf", "Staatsanwaltschaft", "sagt",
            "sagte", "Frey", "hieß", "es", "kritisiert", "Verband", "laut", "Polizei", "Hoffnung", "künftig",
            "auch", "Grün-Abgeordneter", "Lambert", "ich", "wir", ",", ",", "–", "—", ".", "„", "“", "nicht",
        ],
        "en": [
            "so", "the", "a", "an", "spokesman", "said", "says", "according", "to", "police", "hope", "he",
            "she", "Smith", ",", ",", "–", "—", ".", "\"", "not", "we",
        ],
    ]

    @Test(arguments: ["de", "en"])
    func trailingAttributionMarkAgreesWithRound13(language: String) throws {
        let seed = SeededGenerator.testSeed
        var generator = SeededGenerator(seed: seed)
        let lexicon = try #require(try FramingLexicons.bundled.get().byLanguage[language])
        let vocabulary = Self.words[language] ?? []
        for _ in 0..<1_500 {
            let text = (0..<Int.random(in: 1...18, using: &generator)).map { _ in vocabulary.randomElement(using: &generator)! }
                .joined(separator: " ")
            // Asked first (the cache empty: the two-kind matcher) and after the cache is filled.
            let fresh = SentenceEvidence(text: text, lexicon: lexicon, claimAttribution: nil)
            let expected = Self.referenceMark(SentenceEvidence(text: text, lexicon: lexicon, claimAttribution: nil))
            #expect(fresh.trailingAttributionMark() == expected, "seed \(seed): \(text)")
            _ = fresh.allOnDemandCues
            #expect(fresh.trailingAttributionMark() == expected, "seed \(seed): \(text)")
        }
    }
}
