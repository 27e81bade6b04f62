import Testing
import ParallaxModel
@testable import ParallaxClaims

@Suite struct MentionExtractorTests {
    @Test func findsQuantitiesTimesAndEntitiesWithOffsets() throws {
        let text = "Laut Polizei kamen am Montag in Nordkorea etwa 1.500 Menschen zusammen."
        let mentions = MentionExtractor().mentions(in: text, language: "de", referenceDate: "2025-04-30")
        let units = Array(text.utf16)
        for mention in mentions {
            #expect(String(decoding: units[mention.start..<mention.end], as: UTF16.self) == mention.text)
        }
        let quantity = try #require(mentions.first { $0.kind == .quantity })
        #expect(quantity.text == "etwa 1.500 Menschen" && quantity.quantity?.value == 1500)
        let time = try #require(mentions.first { $0.kind == .time })
        #expect(time.time?.start == "2025-04-28")
        #expect(mentions.contains { $0.kind == .entity && $0.name == "north korea" && $0.entityKind == "country" })
        #expect(mentions.contains { $0.kind == .entity && $0.name == "police" })
    }

    @Test func picksTheLanguageOfUntaggedText() {
        let mentions = MentionExtractor().mentions(in: "The army said that 1.500 soldiers and the police were there.")
        #expect(mentions.first { $0.kind == .quantity }?.quantity?.value == 1.5)
    }

    @Test func encodesAsJSON() throws {
        let mention = Mention(kind: .time, text: "Mai 2025", start: 0, end: 8, time: TimeSpan(text: "Mai 2025", start: "2025-05-01", end: "2025-05-31"))
        let data = try JSONEncoder().encode(mention)
        #expect(try JSONDecoder().decode(Mention.self, from: data) == mention)
    }
}

import Foundation
