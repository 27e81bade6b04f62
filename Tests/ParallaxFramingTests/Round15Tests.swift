import Foundation
import ParallaxModel
import Testing

@testable import ParallaxFraming

/// Round 15: metaphor domains (war, natural disasters, disease and decay, theatre, crime, religion,
/// collapse) and devices (intensified and superlative hyperbole, dehumanising predication, evaluative
/// derivations, characterising verbs of saying) as complete families, each beside its literal neighbour;
/// from `Fixtures/round15-terms.txt`.
@Suite struct Round15Tests {
    typealias TermLine = Round13Tests.TermLine
    typealias Term = LoadedTermTests.Term

    static let terms: [TermLine] = Round13Tests.termLines("round15-terms")

    @Test func fixturesAreThere() {
        #expect(Self.terms.count >= 35)
    }

    @Test(arguments: terms)
    func loadedTerms(_ line: TermLine) {
        #expect(Round13Tests.found(in: line) == line.expected)
    }
}
