import Foundation
import ParallaxModel
import Testing

@testable import ParallaxStories

/// Credit lines name the source of rewritten copy ("Quelle: NPA", "Mit Material von dpa", "Brunnstadt
/// (npa) –"); items of one outlet are not copy spreading between outlets.
@Suite("Rewrite credits")
struct RewriteCreditTests {
    static let extractor = FeatureExtractor()

    /// Features of an article with the given publisher, body and removed blocks.
    static func features(
        _ id: String, publisher: String?, body: String, removed: [String] = [], language: String = "de"
    ) -> ArticleFeatures {
        let article = Article(
            id: id, input: id, title: nil, publisher: publisher, language: language, body: body,
            removed: removed.map { RemovedBlock(kind: .metadata, text: $0) })
        return extractor.features(of: article)
    }

    @Test(
        "credit lines and datelines name the credited agency",
        arguments: [
            ("de", "Die Feuerwehr löschte den Brand.\n\nQuelle: NPA", [String](), ["npa"]),
            ("de", "Die Feuerwehr löschte den Brand.", ["Von Jana Wendt, mit Material von dpa und AFP"], ["dpa", "afp"]),
            ("de", "Unter Verwendung von Material der Norder Presseagentur.\n\nDer Brand ist gelöscht.", [], ["norder presseagentur"]),
            ("de", "Brunnstadt (npa) – Ein Brand hat in der Nacht eine Halle zerstört.", [], ["npa"]),
            ("en", "LONDON (Reuters) — A fire destroyed a warehouse overnight.", [], ["reuters"]),
            ("en", "A fire destroyed a warehouse overnight.\n\nSource: Lumen Agency", [], ["lumen agency"]),
            ("en", "A fire destroyed a warehouse.", ["With material from AP/AFP"], ["ap", "afp"]),
            // A source in running text, a cue word without its colon, and a long line are no credits.
            ("de", "Eine Quelle aus dem Ministerium bestätigte den Bericht am Abend.", [], []),
            ("en", "A source close to the company said the plant would reopen.", [], []),
            (
                "de",
                "Die Halle war aus Material von einem Zulieferer gebaut worden, der inzwischen insolvent ist und dessen Geschäftsführer nach Angaben der Staatsanwaltschaft seit Wochen nicht erreichbar ist.",
                [], []
            ),
            ("de", "Im Jahr 2024 (damals noch mit 40 Beschäftigten) brannte die Halle schon einmal.", [], []),
        ])
    func credits(_ language: String, _ body: String, _ removed: [String], _ expected: [String]) {
        let found = Self.features("a1", publisher: nil, body: body, removed: removed, language: language)
        #expect(found.credits == expected)
    }

    @Test(
        "an outlet goes by its name, its acronyms and its initials",
        arguments: [
            ("NPA Norder Presseagentur", ["npa norder presseagentur", "npa"]),
            ("Continental Press Wire", ["continental press wire", "cpw"]),
            ("Radio Wendmar", ["radio wendmar", "rw"]),
            ("die tageszeitung", ["die tageszeitung"]),
        ])
    func publisherNames(_ publisher: String, _ expected: [String]) {
        #expect(FeatureExtractor.publisherNames(publisher) == expected)
    }

    /// A wire, a paper's rewrite crediting it and an aggregator's short version crediting it too.
    static let wire = features(
        "wire", publisher: "NPA Norder Presseagentur",
        body: """
            Brunnstadt (npa) – Bei einem Brand in einer Lagerhalle der Firma Kessler Logistik in Brunnstadt \
            sind in der Nacht 14 Menschen verletzt worden. Feuerwehrchef Tobias Renner sprach von 2.300 \
            Quadratmetern Schaden. Die Polizei schätzt den Schaden auf 4,5 Millionen Euro. Bürgermeisterin \
            Helga Sommer besuchte am Morgen den Ort. Rund 120 Einsatzkräfte waren vor Ort.
            """)
    static let paper = features(
        "paper", publisher: "Brunnstädter Tagblatt",
        body: """
            In Brunnstadt hat ein Feuer die Lagerhalle von Kessler Logistik zerstört. 14 Menschen wurden \
            verletzt, wie Feuerwehrchef Tobias Renner mitteilte. Die Polizei nennt 4,5 Millionen Euro Schaden. \
            Helga Sommer, die Bürgermeisterin, kam am Morgen.
            """, removed: ["Von Lena Brix, mit Material von NPA"])
    static let aggregator = features(
        "aggregator", publisher: "Kurzmeldungen 24",
        body: """
            In Brunnstadt sind bei einem Brand in einer Halle von Kessler Logistik 14 Menschen verletzt worden.

            Quelle: NPA
            """)

    @Test("a rewrite that credits the source's outlet pairs with it, and rewrites crediting one agency pair too")
    func creditedClique() {
        let found = RewriteDetector().rewrites(among: [Self.wire, Self.paper, Self.aggregator])
        #expect(
            Set(found.map { Set($0.articles) })
                == [["wire", "paper"], ["wire", "aggregator"], ["paper", "aggregator"]])
        let toWire = found.first { Set($0.articles) == ["wire", "aggregator"] }
        #expect(toWire?.evidence.hasSuffix("aggregator credits npa (publisher of wire)") == true)
        let siblings = found.first { Set($0.articles) == ["paper", "aggregator"] }
        #expect(siblings?.evidence.hasSuffix("both credit npa") == true)
    }

    @Test("without the credit the aggregator's short version shares too little")
    func uncreditedShortVersion() {
        var aggregator = Self.aggregator
        aggregator.credits = []
        let found = RewriteDetector().rewrites(among: [Self.wire, aggregator])
        #expect(found.isEmpty)
    }

    @Test("two items of one outlet are no rewrite on facts, however many they share")
    func sameOutlet() {
        var update = Self.wire
        update.id = "update"
        update.sketch = MinHashSketch(shingles: [1, 2, 3])
        var original = Self.wire
        original.sketch = MinHashSketch(shingles: [4, 5, 6])
        #expect(RewriteDetector().rewrites(among: [original, update]).isEmpty)
        original.publisherNames = ["brunnstädter tagblatt"]
        #expect(RewriteDetector().rewrites(among: [original, update]).count == 1)
    }
}
