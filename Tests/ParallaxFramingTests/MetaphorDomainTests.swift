import Foundation
import ParallaxModel
import Testing

@testable import ParallaxFraming

/// Round 15: metaphor domains (war, natural disasters, disease and decay, theatre, crime, religion,
/// collapse) and devices (intensified and superlative hyperbole, dehumanising predication, evaluative
/// derivations, characterising verbs of saying) as complete families, each beside its literal neighbour;
/// from `Fixtures/metaphor-domain-terms.txt`.
@Suite struct MetaphorDomainTests {
    typealias TermLine = LoadedTermFixture.TermLine
    typealias Term = LoadedTermTests.Term

    static let terms: [TermLine] = LoadedTermFixture.termLines("metaphor-domain-terms")

    @Test func fixturesAreThere() {
        #expect(Self.terms.count >= 35)
    }

    @Test(arguments: terms)
    func loadedTerms(_ line: TermLine) {
        #expect(LoadedTermFixture.found(in: line) == line.expected)
    }
}
