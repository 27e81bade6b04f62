import Testing

@testable import ParallaxFraming

/// Loaded nouns as the first part of a hyphenated compound (round 19, ``CompoundFirstPartRule``) and the round's
/// vocabulary by category (docs/framing.md, "Round 19 (framing19)"): a loaded noun before a hyphen labels its head
/// ("Skandal-Caterer", "Katastrophen-Ministerin"), even where the bare noun is news idiom, while the affair named in a
/// report, closed official compounds and the names of things ("Terror-Miliz") stay plain; greed imputed as a motive,
/// the rich as barons, strikes as extortion, claims as fairy tales, natural force as a steamroller, the tabloid "X of
/// fear" — each with its plain neighbour (`Fixtures/hyphen-first-part-and-motive-terms.txt`).
@Suite struct HyphenFirstPartAndMotiveTests {
    typealias TermLine = LoadedTermFixture.TermLine

    static let lines: [TermLine] = LoadedTermFixture.termLines("hyphen-first-part-and-motive-terms")

    @Test func fixturesAreThere() {
        #expect(Self.lines.count >= 20)
        #expect(Self.lines.contains { $0.expected.isEmpty })
        #expect(Set(Self.lines.map(\.language)) == ["de", "en"])
    }

    @Test(arguments: lines)
    func loadedTerms(_ line: TermLine) {
        #expect(LoadedTermFixture.found(in: line) == line.expected)
    }

    /// The rule derives one hyphenated prefix per linking element from a single-word news-idiom noun, without its
    /// context, and nothing from other nouns (they match as parts already), excluded stems, adjective endings,
    /// excluded categories or prefix patterns.
    @Test func derivation() throws {
        let rule = try CompoundFirstPartRule(
            lines: [
                (1, "minimum\t4"), (2, "linking\ten"), (3, "exclude\tterror"), (4, "exclude-ending\tlich"),
                (5, "exclude-category\teuphemism"),
            ], file: "test")
        func pattern(_ label: String, _ source: String, _ context: String? = nil) throws -> LexiconPattern {
            try LexiconPattern(
                label: label, source: source, list: .loadedTerms, file: "test", line: 1, context: context)
        }
        let derived = try rule.derivedFirstParts(from: [
            pattern("alarmist", "skandal", "opinion"), pattern("alarmist", "terror", "opinion"),
            pattern("demonising", "peinlich", "opinion"), pattern("euphemism", "freisetzung", "opinion"),
            pattern("alarmist", "horror*", "opinion"), pattern("demonising", "gier"),
            pattern("alarmist", "debakel", "opinion"),
        ])
        #expect(derived.map(\.source) == ["skandal-*", "skandalen-*", "debakel-*", "debakelen-*"])
        #expect(derived.allSatisfy { $0.context == nil && $0.isHyphenatedCompound })
        let idiom = try pattern("alarmist", "skandal", "opinion")
        #expect(try CompoundFirstPartRule().derivedFirstParts(from: [idiom]).isEmpty)
    }

    @Test func rejectsUnknownLabel() {
        #expect(throws: FramingLexiconError.self) {
            try CompoundFirstPartRule(lines: [(1, "maximum\t4")], file: "test")
        }
    }
}
