import Testing

@testable import ParallaxFraming

/// Loaded words in the other word classes of their family (round 20, ``WordClassDerivationRule``), a plain
/// collective noun tied to a name or a seat of power (``LoadedTermDetector/namedGroup(_:in:)``), the families by
/// device and the label of a naming verb in the perfect or passive (docs/framing.md, "Round 20 (loaded20)"), each
/// with its plain neighbour (`Fixtures/derivation-and-named-group-terms.txt`).
@Suite struct WordClassDerivationAndNamedGroupTests {
    typealias TermLine = LoadedTermFixture.TermLine

    static let lines: [TermLine] = LoadedTermFixture.termLines("derivation-and-named-group-terms")

    @Test func fixturesAreThere() {
        #expect(Self.lines.count >= 20)
        #expect(Self.lines.contains { $0.expected.isEmpty })
        #expect(Set(Self.lines.map(\.language)) == ["de", "en"])
    }

    @Test(arguments: lines)
    func loadedTerms(_ line: TermLine) {
        #expect(LoadedTermFixture.found(in: line) == line.expected)
    }

    private func pattern(_ label: String, _ source: String, _ context: String? = nil) throws -> LexiconPattern {
        try LoadedTermFixture.pattern(label, source, context)
    }

    /// The longest fitting `from` decides; the derived stem keeps category and topic; listed stems, prefix stems
    /// that reach it, excluded endings, excluded stems and excluded categories derive nothing.
    @Test func derivation() throws {
        let rule = try WordClassDerivationRule(
            lines: [
                (1, "minimum\t6"), (2, "suffix\tisch>ismus"), (3, "suffix\tistisch>ismus"), (4, "suffix\tlos>losigkeit"),
                (5, "exclude-ending\tschaft"), (6, "exclude\tplanlosigkeit"), (7, "exclude-category\teuphemism"),
                (8, "suffix\ty>ily"), (9, "suffix\ty>iness"),
            ], file: "test")
        #expect(rule.derivedStems(of: "populistisch") == ["populismus"])
        #expect(rule.derivedStems(of: "greedy") == ["greedily", "greediness"])
        #expect(rule.derivedStems(of: "los").isEmpty)
        let derived = try rule.derivedPatterns(from: [
            pattern("demonising", "schamlos"), pattern("alarmist", "zynisch", "military"),
            pattern("demonising", "herzlos"), pattern("demonising", "herzlosigkeit"),
            pattern("belittling", "kopflos"), pattern("belittling", "kopflosigkeit*"),
            pattern("belittling", "planlos"), pattern("euphemism", "harmlos"),
            pattern("demonising", "vetternwirtschaft"), pattern("demonising", "gnadenlos*"),
        ])
        #expect(derived.map(\.source) == ["schamlosigkeit", "zynismus"])
        #expect(derived.map(\.label) == ["demonising", "alarmist"])
        #expect(derived.map(\.context) == [nil, "military"])
        #expect(try WordClassDerivationRule().derivedPatterns(from: [pattern("demonising", "schamlos")]).isEmpty)
    }

    @Test(arguments: ["maximum\t4", "suffix\tlos", "suffix\tlos>", "minimum\t-1"])
    func rejectsBadLine(_ line: String) {
        #expect(throws: FramingLexiconError.badPattern(file: "test", line: 1, text: line)) {
            try WordClassDerivationRule(lines: [(1, line)], file: "test")
        }
    }
}
