import Foundation
import Testing
import ParallaxModel
@testable import ParallaxClaims

/// A head of a firm (an `organisation` row of `roles.txt`: `chief executive`, `Geschäftsführer`) speaks for a company the
/// sentence names; a weekday or a month, also in the possessive (`Monday's check`), is never that company (round 33): the
/// person stays the party. Sentences written for these tests.
@Suite struct DayIsNoFirmTests {
    static func deniers(_ sentences: [String], language: String) -> [String?] {
        let article = FixtureArticle.make(paragraphs: [["Meldung"], sentences], language: language, published: "2027-05-04")
        return ClaimExtractor().extract(from: article).compactMap(\.statement).filter { $0.predicate == "denies" }.map(\.deniedBy)
    }

    @Test(arguments: [
        "Chief executive Anna Lorenz rejected the claim, saying the inspection was passed during Monday's visit.",
        "Chief executive Anna Lorenz denied that, saying the fault was found only in March's audit.",
    ])
    func aDayInTheSentenceIsNoFirm(denial: String) {
        let found = Self.deniers(
            ["Kessel Paper closed its mill.", "The union said managers had ignored a fire inspection.", denial], language: "en")
        #expect(found == ["anna lorenz"], "\(found)")
    }
}
