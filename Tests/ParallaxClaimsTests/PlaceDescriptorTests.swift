import Foundation
import ParallaxModel
import Testing
@testable import ParallaxClaims

/// Round 14 (groups14): a place descriptor before a name introduces a place (`place-descriptors.txt`), decided by
/// structure — a descriptor that is also a counted noun (`-bezirk` counts districts) no longer hides the place it
/// names. Invented sentences (`Fixtures/place-descriptors.json`).
@Suite struct PlaceDescriptorTests {
    struct Case: Sendable, Codable, CustomTestStringConvertible {
        var language: String
        var sentence: String
        var place: String
        var testDescription: String { sentence }
    }

    static let cases: [Case] = JSONFixture.cases("place-descriptors")

    @Test func fixtureLoads() {
        #expect(Self.cases.count >= 8)
    }

    @Test(arguments: cases) func descriptorIntroducesAPlace(_ example: Case) {
        let pack = LanguagePack.pack(for: example.language, sample: example.sentence)
        let entities = EntityFinder(pack: pack).find(in: ClaimTokenizer.tokens(of: example.sentence))
        let place = entities.first { $0.name == example.place }
        #expect(place?.kind == "place", "\(entities.map { ($0.name, $0.kind) })")
    }

    /// The counted noun still counts (`Drei Bezirke`), and a polity with a government of its own (`das Land
    /// Burgenland hält 51 Prozent`) stays a party, not a place.
    @Test(arguments: [
        ("Drei Bezirke meldeten Schäden an Straßen.", "district", ""),
        ("Das Land Burgenland hält 51 Prozent der Anteile.", "", "burgenland"),
    ])
    func countsAndPolitiesStay(_ sentence: String, _ unit: String, _ notPlace: String) {
        let pack = LanguagePack.pack(for: "de", sample: sentence)
        let tokens = ClaimTokenizer.tokens(of: sentence)
        if !unit.isEmpty {
            #expect(QuantityFinder(pack: pack).find(in: tokens).contains { $0.quantity.unit == unit })
        }
        if !notPlace.isEmpty {
            let entities = EntityFinder(pack: pack).find(in: tokens)
            #expect(!entities.contains { $0.kind == "place" && $0.name == notPlace }, "\(entities.map { ($0.name, $0.kind) })")
        }
    }

    /// The statement of a sentence with a descriptor and a place takes the place as its object, not as its subject.
    @Test func thePlaceIsTheObject() {
        let article = FixtureArticle.make(
            paragraphs: [["Halvor"], ["Ostravien hat erstmals offiziell eingeräumt, dass eigene Truppen an den Kämpfen um den Grenzbezirk Halvor beteiligt waren."]],
            language: "de", published: "2026-03-02")
        let statements = ClaimExtractor().extract(from: article).filter { $0.kind == .statement }
        #expect(statements.contains { $0.statement?.predicate == "admitted" && $0.statement?.object == "halvor" },
            "\(statements.map { ($0.statement?.subject ?? "-", $0.statement?.predicate ?? "", $0.statement?.object ?? "-") })")
        #expect(!statements.contains { ($0.statement?.subject ?? "").contains("halvor") },
            "\(statements.map { ($0.statement?.subject ?? "-", $0.statement?.predicate ?? "", $0.statement?.object ?? "-") })")
    }
}

/// Round 14 (groups14): the acts of authorities and their doers are a language-neutral data file
/// (`Lexicons/authority-acts.txt`), read into the same table the code held before.
@Suite struct AuthorityActsLexiconTests {
    @Test func theFileHoldsTheRoundThirteenTable() {
        #expect(AuthorityActs.shared.acts == ["investigated", "arrested"])
        #expect(AuthorityActs.shared.doers == ["police", "prosecutors", "investigators", "authorities", "court", "officials"])
    }

    @Test(arguments: [
        ([["act", "investigated"], ["doer", "police"], ["note", "x"]], 1, 1),
        ([["act"], ["doer", "court"], ["doer", "police"]], 0, 2),
    ])
    func rowsAreRead(_ rows: [[String]], _ acts: Int, _ doers: Int) {
        let table = AuthorityActs(rows: rows)
        #expect(table.acts.count == acts)
        #expect(table.doers.count == doers)
    }
}
