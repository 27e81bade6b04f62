import Foundation
import ParallaxTesting
import Testing

@testable import ParallaxClaims

/// `ByteSuffix.contains(_:byte:)` and `ByteSuffix.isASCIICapitals(_:)` (round 29, in place of the generic
/// `word.utf8.contains` and `word.utf8.allSatisfy` on the hot paths) answer as the obvious `UTF8View` tests: for small
/// and large native strings, bridged (`NSString`) ones without contiguous UTF-8, the empty string, and random words.
@Suite struct ByteSuffixScanTests {
    static let words = [
        "", "-", ".", "a", "A", "GSN", "NATO", "NATO-Gipfel", "Mitte-Juni", "28.04.2025", "2025", "Bürgermeister", "ÄRZTE",
        "Straße", "łódź", "e\u{301}", "ein sehr langer Satz über Kiew mit Bindestrich-Wort.", "ABCDEFGHIJKLMNOPQRSTUVWXYZ",
        "ABCDEFGHIJKLMNOPQRSTUVWXYz", "@[`{",
    ]

    @Test(arguments: words)
    func answersAsTheUTF8View(word: String) {
        let bridged = NSString(string: word) as String
        for byte in [UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "A"), 0xC3] {
            #expect(ByteSuffix.contains(word, byte: byte) == word.utf8.contains(byte), "\(word) \(byte)")
            #expect(ByteSuffix.contains(bridged, byte: byte) == word.utf8.contains(byte), "\(word) \(byte)")
        }
        let capitals = word.utf8.allSatisfy { $0 >= UInt8(ascii: "A") && $0 <= UInt8(ascii: "Z") }
        #expect(ByteSuffix.isASCIICapitals(word) == capitals, "\(word)")
        #expect(ByteSuffix.isASCIICapitals(bridged) == capitals, "\(word)")
    }

    @Test func randomWordsAnswerAsTheUTF8View() {
        var generator = SeededGenerator(seed: 2929)
        for _ in 0..<1_000 {
            let word = ByteLookupTests.randomWord(&generator, maxPieces: 8)
            let upper = word.uppercased()
            for candidate in [word, upper] {
                #expect(ByteSuffix.contains(candidate, byte: UInt8(ascii: "-")) == candidate.utf8.contains(UInt8(ascii: "-")), "\(candidate)")
                let capitals = candidate.utf8.allSatisfy { $0 >= UInt8(ascii: "A") && $0 <= UInt8(ascii: "Z") }
                #expect(ByteSuffix.isASCIICapitals(candidate) == capitals, "\(candidate)")
            }
        }
    }

    /// `EntityFinder.isAcronym` keeps its reading: two to six capital letters.
    @Test(arguments: [("GSN", true), ("NATO", true), ("A", false), ("ABCDEFG", false), ("Nato", false), ("ÄÖÜ", false), ("G7", false)])
    func acronym(text: String, expected: Bool) {
        #expect(EntityFinder.isAcronym(ClaimToken(text: text, kind: .word, start: 0, end: 0, spaceBefore: true)) == expected)
    }
}
