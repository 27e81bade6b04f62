import Testing

@testable import ParallaxFraming

/// Where the label slot of a verb of naming ends (`LoadedTermDetector+NamingSlot.swift`: a quoted label beside the
/// word, a dash after the quoted label) and the main clause of a belief reported in Konjunktiv I
/// (`LoadedTermDetector+ReportedBelief.swift`), each with the neighbour that stays `reported`
/// (`Fixtures/naming-slot-and-belief-terms.txt`).
@Suite struct NamingSlotAndReportedBeliefTests {
    typealias TermLine = LoadedTermFixture.TermLine

    static let lines: [TermLine] = LoadedTermFixture.termLines("naming-slot-and-belief-terms")

    @Test func fixturesAreThere() {
        #expect(Self.lines.count >= 8)
        #expect(Self.lines.contains { $0.expected.contains { $0.usage == "reported" } })
        #expect(Set(Self.lines.map(\.language)) == ["de", "en"])
    }

    @Test(arguments: lines)
    func loadedTerms(_ line: TermLine) {
        #expect(LoadedTermFixture.found(in: line) == line.expected)
    }
}
