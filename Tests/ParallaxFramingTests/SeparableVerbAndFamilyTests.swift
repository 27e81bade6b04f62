import Testing

@testable import ParallaxFraming

/// Loaded separable verbs in all their forms (round 35, ``SeparableVerbRule``): split forms only where the particle
/// ends its clause, joined forms of a subordinate clause, participles; and the closed families the round completed
/// (docs/framing.md, "Round 35 (loaded35)"), each with its plain neighbour
/// (`Fixtures/separable-verb-and-family-terms.txt`).
@Suite struct SeparableVerbAndFamilyTests {
    typealias TermLine = LoadedTermFixture.TermLine

    static let lines: [TermLine] = LoadedTermFixture.termLines("separable-verb-and-family-terms")

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

    static let ruleLines: [(Int, String)] = [
        (1, "minimum\t3"), (2, "particle\tab"), (3, "particle\tschön"), (4, "infinitive\ten"), (5, "infinitive\tn"),
        (6, "finite\tt"), (7, "finite\ten"), (8, "joined\tt"), (9, "joined\tte"), (10, "participle\tge"),
        (11, "participle-ending\tt"), (12, "no-infix\tier"), (13, "zu\tzu"), (14, "participle\tge"),
        (15, "exclude\tabspeisen"), (16, "exclude-category\teuphemism"), (17, "joined\tet"), (18, "participle-ending\tet"),
    ]

    /// A listed infinitive derives its joined forms, participle, infinitive with "zu" and split forms with its
    /// category and topic; a hand-written split form derives the rest of its family and is tied to the clause's end;
    /// excluded words and categories, infinitives with "zu" and forms a listed pattern reaches derive nothing.
    @Test func derivation() throws {
        let rule = try SeparableVerbRule(lines: Self.ruleLines, file: "test")
        #expect(rule.verb(ofInfinitive: "abzocken") == .init(particle: "ab", stem: "zock"))
        #expect(rule.verb(ofInfinitive: "abkanzeln") == .init(particle: "ab", stem: "kanzel"))
        #expect(rule.verb(ofInfinitive: "abzuzocken") == nil)
        #expect(rule.verb(ofInfinitive: "abspeisen") == nil)
        #expect(rule.verb(ofFinite: "kanzelte", particle: "ab") == .init(particle: "ab", stem: "kanzel"))
        #expect(rule.joinedForms(of: .init(particle: "ab", stem: "kassier")).contains("abkassiert"))
        #expect(!rule.joinedForms(of: .init(particle: "ab", stem: "kassier")).contains("abgekassiert"))
        let applied = try rule.applied(to: [
            pattern("demonising", "abzocken", "work"), pattern("demonising", "abgezockt"),
            pattern("belittling", "kanzelt … ab"), pattern("euphemism", "abwickeln"),
        ])
        let sources = applied.map(\.source)
        #expect(sources.prefix(4) == ["abzocken", "abgezockt", "kanzelt … ab", "abwickeln"])
        #expect(applied[2].closesClause && !applied[0].closesClause)
        #expect(sources.contains("abzockt") && sources.contains("abzuzocken") && sources.contains("zocken … ab"))
        #expect(sources.filter { $0 == "abgezockt" }.count == 1)
        #expect(sources.contains("abgekanzelt") && sources.contains("kanzelen … ab"))
        #expect(!sources.dropFirst(4).contains { $0.contains("wickel") })
        let split = try #require(applied.first { $0.source == "zockt … ab" })
        #expect(split.closesClause && split.label == "demonising" && split.context == "work")
        #expect(try SeparableVerbRule().applied(to: [pattern("demonising", "abzocken")]).map(\.source) == ["abzocken"])
    }

    /// The particle must be the whole word and end its clause: the last word or punctuation after it.
    @Test(arguments: [
        ("Sie zocken die Kunden ab", true), ("Sie zocken die Kunden ab, sagt er", true),
        ("Sie zocken ab und zu", false), ("Sie zocken ab morgen", false), ("Sie zocken abends", false),
    ])
    func clauseEnd(_ sentence: String, _ closes: Bool) throws {
        let tokens = WordTokenizer().tokenize(sentence)
        let index = try #require(tokens.words.indices.first { tokens.foldedWord($0).hasPrefix("ab") })
        #expect(tokens.closesClause(at: index, particle: Array("ab".utf8)) == closes)
    }

    @Test(arguments: ["maximum\t4", "particle", "minimum\t-1"])
    func rejectsBadLine(_ line: String) {
        #expect(throws: FramingLexiconError.badPattern(file: "test", line: 1, text: line)) {
            try SeparableVerbRule(lines: [(1, line)], file: "test")
        }
    }
}
