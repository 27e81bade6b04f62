import Foundation
import Testing

import ParallaxText

/// The byte search the grouping passes use in place of Foundation's `range(of:)` must find what Foundation finds on
/// NFC text: the same first range, or none.
@Suite struct ByteSearchTests {
    static let cases: [(text: String, needle: String)] = [
        ("Rund 120 Häuser wurden zerstört.", "120 Häuser"),
        ("Über 1.000 Menschen – darunter Kinder – flohen.", "– darunter"),
        (" damals waren es 40 ", " damals "),
        ("no match in here", "Soldaten"),
        ("short", "a longer needle than the text"),
        ("Grüße aus Köln, Köln und Bonn", "Köln"),
        ("ab ab ab abc", "abc"),
        ("Ende", "Ende"),
        ("Emoji 🚒 im Satz 🚒", "🚒 im"),
    ]

    @Test(arguments: cases)
    func findsTheRangeFoundationFinds(text: String, needle: String) {
        #expect(text.firstRange(ofBytes: needle) == text.range(of: needle))
        #expect(text.containsBytes(needle) == text.contains(needle))
    }

    @Test func anEmptyNeedleIsNeverFound() {
        #expect("text".firstRange(ofBytes: "") == nil)
        #expect(!"".containsBytes(""))
    }

    @Test func aSubstringOfTheTextIsFoundWhereItStands() {
        let text = "Die Polizei zählte 3.400 Teilnehmer, die Veranstalter 12.000."
        let range = text.firstRange(ofBytes: "12.000")
        #expect(range.map { String(text[$0]) } == "12.000")
        #expect(range.map { text[..<$0.lowerBound].hasSuffix("Veranstalter ") } == true)
    }
}
