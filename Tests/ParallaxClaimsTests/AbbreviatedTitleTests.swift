import Foundation
import Testing

@testable import ParallaxClaims

/// An abbreviated rank or office before a full name (`Gen.`, `Sen.`, `Capt.`; round 30) introduces the person, as the
/// spelled-out word does: the speaker is the name after it, not the abbreviation (`said Gen. Lucan Ferro` had the source
/// `gen`), and two of them (`said Lt. Col. Mark Dray`) keep the name within reach of the verb.
@Suite struct AbbreviatedTitleTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var sentence: String
        var expected: String?
        var testDescription: String { sentence }
    }

    @Test(arguments: [
        Case(sentence: "The storm destroyed 40 houses in Varnport on Monday, said Gen. Lucan Ferro.", expected: "lucan ferro"),
        Case(sentence: "The storm destroyed 40 houses in Varnport on Monday, said Sen. Tom Harlow.", expected: "tom harlow"),
        Case(sentence: "The storm destroyed 40 houses in Varnport on Monday, said Capt. Ella Moor.", expected: "ella moor"),
        Case(sentence: "The storm destroyed 40 houses in Varnport on Monday, said Col. Mark Dray.", expected: "mark dray"),
        Case(sentence: "The storm destroyed 40 houses in Varnport on Monday, said Insp. Ruth Galen.", expected: "ruth galen"),
        Case(sentence: "The storm destroyed 40 houses in Varnport on Monday, said Gov. Ada Krell.", expected: "ada krell"),
        // Two titles before the name (`AttributionFinder.pastTitles`).
        Case(sentence: "The storm destroyed 40 houses in Varnport on Monday, said Lt. Col. Mark Dray.", expected: "mark dray"),
        Case(sentence: "The storm destroyed 40 houses in Varnport on Monday, said Maj. Gen. Ida Sorn.", expected: "ida sorn"),
    ])
    func theNameAfterTheTitleSpeaks(_ example: Case) throws {
        #expect(try FixtureArticle.source(ofFigure: 40, in: example.sentence, language: "en") == example.expected)
    }
}
