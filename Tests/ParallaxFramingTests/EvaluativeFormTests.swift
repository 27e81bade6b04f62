import Foundation
import ParallaxModel
import Testing

@testable import ParallaxFraming

/// Round 14: loaded language recognised by its form — evaluative compound heads after any first part
/// (`+stem`), families written once with `{a,b}` groups, people as a flood, evaluative first parts, the
/// intensified judgement as a family — with their literal neighbours, and the perfect tense of verbs of
/// saying; from `Fixtures/evaluative-form-terms.txt`.
@Suite struct EvaluativeFormTests {
    typealias TermLine = LoadedTermFixture.TermLine
    typealias Term = LoadedTermTests.Term

    static let terms: [TermLine] = LoadedTermFixture.termLines("evaluative-form-terms")

    @Test func fixturesAreThere() {
        #expect(Self.terms.count >= 25)
    }

    @Test(arguments: terms)
    func loadedTerms(_ line: TermLine) {
        #expect(LoadedTermFixture.found(in: line) == line.expected)
    }

    struct Expansion: Sendable, CustomTestStringConvertible {
        var source: String
        var expanded: [String]?
        var testDescription: String { source }
    }

    static let expansions: [Expansion] = [
        Expansion(source: "*regime", expanded: ["*regime"]),
        Expansion(
            source: "*{asyl,migranten}{flut,schwemme}",
            expanded: [
                "*asylflut", "*asylschwemme", "*migrantenflut", "*migrantenschwemme",
            ]),
        Expansion(
            source: "{flood,swarm} of {migrant*,refugee*}",
            expanded: [
                "flood of migrant*", "flood of refugee*", "swarm of migrant*", "swarm of refugee*",
            ]),
        Expansion(source: "arch{-,}villain*", expanded: ["arch-villain*", "archvillain*"]),
        Expansion(source: "pseudo{,-}", expanded: ["pseudo", "pseudo-"]),
        Expansion(source: "{a,b", expanded: nil),
        Expansion(source: "a}b", expanded: nil),
        Expansion(source: "{a,{b}}", expanded: nil),
    ]

    @Test(arguments: expansions)
    func alternativesExpand(_ expansion: Expansion) {
        #expect(LexiconPattern.expandingAlternatives(expansion.source) == expansion.expanded)
    }

    @Test func tooManyAlternativesFail() {
        let group = "{" + (0..<30).map(String.init).joined(separator: ",") + "}"
        #expect(LexiconPattern.expandingAlternatives(group + group) == nil)
    }

    struct CompoundCase: Sendable, CustomTestStringConvertible {
        var word: String
        var matches: Bool
        var testDescription: String { word }
    }

    static let compoundCases: [CompoundCase] = [
        CompoundCase(word: "Pflegemafia", matches: true),
        CompoundCase(word: "Pflege-Mafia", matches: true),
        CompoundCase(word: "Asylmafias", matches: true),
        CompoundCase(word: "Mafia", matches: false),
        CompoundCase(word: "Mafias", matches: false),
        CompoundCase(word: "Mafia-Boss", matches: false),
    ]

    /// A `+stem` head matches a compound with a first part, never the head alone or as a first part.
    @Test(arguments: compoundCases)
    func compoundOnlyHead(_ testCase: CompoundCase) throws {
        let pattern = try LexiconPattern(
            label: "demonising", source: "+mafia", list: .loadedTerms, file: "test", line: 1)
        #expect(pattern.compoundOnly)
        let matcher = PhraseMatcher(patterns: [pattern], endings: ["s", "en"])
        let found = matcher.matches(in: WordTokenizer().tokenize("Die \(testCase.word) kassiert."))
        #expect(!found.isEmpty == testCase.matches)
    }

    struct DerivedHead: Sendable, CustomTestStringConvertible {
        var entry: String
        var category: String
        var derived: Bool
        var testDescription: String { entry }
    }

    static let derivedHeads: [DerivedHead] = [
        DerivedHead(entry: "blamage", category: "belittling", derived: true),
        DerivedHead(entry: "heuchler", category: "demonising", derived: true),
        DerivedHead(entry: "panisch", category: "alarmist", derived: false),  // an adjective ending
        DerivedHead(entry: "lügen", category: "demonising", derived: false),  // too short
        DerivedHead(entry: "freisetzung", category: "euphemism", derived: false),  // excluded category
        DerivedHead(entry: "*debakel", category: "alarmist", derived: false),  // already a head
        DerivedHead(entry: "schwarze* peter*", category: "demonising", derived: false),  // a phrase
    ]

    /// German loaded nouns become compound-only heads; adjectives, short stems, euphemisms, heads and
    /// phrases do not (`compound-heads.txt`).
    @Test(arguments: derivedHeads)
    func compoundHeadRule(_ testCase: DerivedHead) throws {
        let rule = try CompoundHeadRule(
            lines: [
                (1, "minimum\t7"), (2, "exclude-category\teuphemism"), (3, "exclude-ending\tisch"),
            ], file: "test")
        let pattern = try LexiconPattern(
            label: testCase.category, source: testCase.entry, list: .loadedTerms, file: "test", line: 1)
        let derived = try rule.derivedHeads(from: [pattern])
        #expect(derived.map(\.source) == (testCase.derived ? ["+" + testCase.entry] : []))
        #expect(derived.allSatisfy { $0.compoundOnly && $0.label == testCase.category })
    }

    @Test func compoundHeadRuleRejectsUnknownLabels() {
        #expect(throws: FramingLexiconError.badPattern(file: "test", line: 1, text: "longest\t7")) {
            try CompoundHeadRule(lines: [(1, "longest\t7")], file: "test")
        }
    }

    /// The bundled German lexicon derives heads from its nouns; the English one derives none.
    @Test func bundledRules() throws {
        let lexicons = try FramingLexicons.bundled.get()
        let german = try #require(lexicons.byLanguage["de"])
        let english = try #require(lexicons.byLanguage["en"])
        #expect(german.sentenceMatcher.patterns.contains { $0.source == "+blamage" && $0.compoundOnly })
        #expect(!english.sentenceMatcher.patterns.contains { $0.source == "+shambles" })
    }
}
