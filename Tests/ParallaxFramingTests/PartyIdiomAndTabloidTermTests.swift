import Foundation
import ParallaxModel
import Testing

@testable import ParallaxFraming

/// Round 16: loaded words the lexicon knows, lost by context. News idiom (`@opinion`) counts in every sentence of a
/// party's own text (a section of its view inside the body); tabloid compound modifiers and disparaging nouns for texts
/// and demonstrators as complete families, from `Fixtures/tabloid-and-disparaging-terms.txt`.
@Suite struct PartyIdiomAndTabloidTermTests {
    typealias TermLine = LoadedTermFixture.TermLine

    static let terms: [TermLine] = LoadedTermFixture.termLines("tabloid-and-disparaging-terms")

    @Test func fixturesAreThere() {
        #expect(Self.terms.count >= 12)
    }

    @Test(arguments: terms)
    func loadedTerms(_ line: TermLine) {
        #expect(LoadedTermFixture.found(in: line) == line.expected)
    }

    /// An article: a headline, a news lede with the idiom, a heading, and a sentence after it.
    struct PartyCase: Sendable, CustomTestStringConvertible {
        var heading: String
        var lede: String
        var expected: [String]
        var testDescription: String { "\(heading) / \(lede)" }
    }

    static let partyCases: [PartyCase] = [
        // A law firm's letter: its own view in a section of the body.
        PartyCase(
            heading: "Unsere Einschätzung", lede: "Der Betrugsskandal um die Firma weitet sich aus.",
            expected: ["Betrugsskandal"]),
        PartyCase(
            heading: "Kommentar", lede: "Der Lebensmittelskandal von Neustadt weitet sich aus.",
            expected: ["Lebensmittelskandal"]),
        // A news report with a plain subheading keeps wire idiom out.
        PartyCase(
            heading: "Die Ermittlungen", lede: "Der Betrugsskandal um die Firma weitet sich aus.", expected: []),
        PartyCase(
            heading: "Hintergrund", lede: "Der Skandal um die Firma weitet sich aus.", expected: []),
    ]

    @Test(arguments: partyCases)
    func newsIdiomInPartyText(_ line: PartyCase) {
        let article = FramingAnalyzer().analyze(
            ArticleMaker.article([
                "Ansprüche jetzt prüfen", line.lede, "Am Dienstag durchsuchten Ermittler die Zentrale.",
                "# " + line.heading, "Die Chancen auf Schadenersatz stehen gut.",
            ]),
            claims: [])
        let used = article.framing.loaded.filter { $0.usage == "used" }.map(\.text)
        #expect(used == line.expected)
    }

    /// The headline is not a section: "Gewerkschaft fordert …" over a news report.
    @Test func headlineIsNoSection() {
        let article = FramingAnalyzer().analyze(
            ArticleMaker.article([
                "Gewerkschaft fordert Aufklärung", "Der Betrugsskandal um die Firma weitet sich aus.",
                "Am Dienstag durchsuchten Ermittler die Zentrale.",
            ]),
            claims: [])
        #expect(article.framing.loaded.filter { $0.usage == "used" }.isEmpty)
    }
}
