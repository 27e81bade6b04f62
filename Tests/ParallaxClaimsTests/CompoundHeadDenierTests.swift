import Foundation
import ParallaxModel
import Testing

@testable import ParallaxClaims

/// A German compound names a kind of what its last part names (`Klinikverbund` is a `Verbund`), so a denier named by that
/// last part alone (`Der Verbund widerspricht`, `Das Bündnis weist den Vorwurf zurück`) is the one body named before whose
/// name holds such a compound (``BodyMemory/compoundHolder(headedBy:current:)``, round 32); with two such bodies, or none,
/// the denier keeps its word. Sentences written for this test.
@Suite struct CompoundHeadDenierTests {
    static func deniers(_ sentences: [String], language: String = "de") -> [String?] {
        let article = FixtureArticle.make(
            paragraphs: [["Meldung"], sentences], language: language, published: "2027-05-04")
        return ClaimExtractor().extract(from: article).compactMap(\.statement).filter { $0.predicate == "denies" }.map(
            \.deniedBy)
    }

    struct Case: Sendable, CustomTestStringConvertible {
        var name: String
        var sentences: [String]
        var denier: String
        var testDescription: String { "\(name) → \(denier)" }
    }

    @Test(arguments: [
        Case(
            name: "das Bündnis nach dem Mieterbündnis",
            sentences: [
                "Das Mieterbündnis Kornhafen sprach von 3.000 Teilnehmern.",
                "Die Polizei wirft den Veranstaltern vor, Flaschen geworfen zu haben.",
                "Das Bündnis weist den Vorwurf zurück.",
            ], denier: "mieterbündnis kornhafen"),
        Case(
            name: "der Verbund nach dem Klinikverbund",
            sentences: [
                "Nach Angaben des Klinikverbunds Südheide fielen 40 Operationen aus.",
                "Die Gewerkschaft Pflege Nord wirft dem Verbund vor, Dienstpläne gefälscht zu haben.",
                "Der Verbund widerspricht.",
            ], denier: "klinikverbund südheide"),
        Case(
            name: "zwei Verbünde: keiner ist gemeint",
            sentences: [
                "Nach Angaben des Verkehrsverbunds Oberland fielen 40 Busse aus.",
                "Der Klinikverbund Südheide teilte mit, 12 Operationen seien verschoben worden.",
                "Die Gewerkschaft wirft beiden vor, Löhne zurückgehalten zu haben.",
                "Der Verbund widerspricht.",
            ], denier: "verbund"),
    ])
    func compoundHeadDenier(_ example: Case) {
        let found = Self.deniers(example.sentences)
        #expect(found == [example.denier], "\(found)")
    }

    /// The compound must be longer than its head by three letters and stand before the name's last word: the name itself
    /// (`Kornhafen`) is no compound of a kind.
    @Test func aHeadNeedsAWordBeforeItAndANameAfterIt() {
        var memory = BodyMemory()
        memory.record(
            [NamedBody(index: 0, label: "mieterbündnis kornhafen", type: nil, words: "mieterbündnis kornhafen")],
            source: nil,
            isPerson: false)
        #expect(memory.compoundHolder(headedBy: "bündnis", current: []) == "mieterbündnis kornhafen")
        #expect(memory.compoundHolder(headedBy: "mieterbündnis", current: []) == nil)
        #expect(memory.compoundHolder(headedBy: "kornhafen", current: []) == nil)
        #expect(memory.compoundHolder(headedBy: "hafen", current: []) == nil)
    }
}
