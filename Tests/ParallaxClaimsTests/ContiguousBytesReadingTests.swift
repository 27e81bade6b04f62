import Foundation
import ParallaxTesting
import Testing

@testable import ParallaxClaims

/// Round 30's readings of a word's or sentence's contiguous UTF-8 bytes answer as the general forms they replaced:
/// ``WordHead/bytes(of:)`` as the packing of the first eight bytes through the `UTF8View`, and
/// ``TokenizedSentence/slice(of:fromUTF16:toUTF16:)``'s two walks as round 23's single walk — for small and large native
/// strings, bridged (`NSString`) ones, the empty string, random words and every pair of offsets, inside scalars too.
@Suite struct ContiguousBytesReadingTests {
    static let texts = [
        "", "a", "über", "abcdefgh", "abcdefghi", "präsidentin", "Bürgermeisterin", "łódź", "e\u{301}x", "🙂", "a🙂b",
        "Der Bundespräsident sagte am Montag, 1.500 Bürger hätten „Ja“ gesagt.", "🙂 Zürich 🙂x\u{A0}mit\u{2009}Leerzeichen",
    ]

    /// The first eight bytes packed by the `UTF8View`, the form before round 30.
    static func head(_ text: String) -> UInt64 {
        var bytes: UInt64 = 0
        for (count, byte) in text.utf8.prefix(8).enumerated() { bytes |= UInt64(byte) << UInt64(8 * count) }
        return bytes
    }

    @Test(arguments: texts)
    func headAnswersAsTheUTF8View(text: String) {
        #expect(WordHead.bytes(of: text) == Self.head(text), "\(text)")
        #expect(WordHead.bytes(of: NSString(string: text) as String) == Self.head(text), "\(text)")
    }

    @Test func headOfRandomWordsAnswersAsTheUTF8View() {
        let seed = SeededGenerator.testSeed
        var generator = SeededGenerator(seed: seed)
        for _ in 0..<2_000 {
            let word = ByteLookupTests.randomWord(&generator, maxPieces: 12)
            for text in [word, word.lowercased(), word + word] {
                #expect(WordHead.bytes(of: text) == Self.head(text), "seed \(seed): \(Array(text.utf8))")
            }
        }
    }

    /// Round 23's single walk: both offsets asked at every byte.
    static func singleWalk(_ text: String, fromUTF16 lower: Int, toUTF16 upper: Int) -> String? {
        let lower = max(0, lower)
        guard lower <= upper else { return nil }
        let bytes = Array(text.utf8)
        var utf16 = 0
        var position = 0
        var lowerByte: Int?
        while position < bytes.count {
            if utf16 == lower, lowerByte == nil { lowerByte = position }
            if utf16 >= upper { break }
            let lead = bytes[position]
            let length = lead < 0x80 ? 1 : lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2
            utf16 += length == 4 ? 2 : 1
            position += length
        }
        if utf16 == lower, lowerByte == nil { lowerByte = position }
        guard let lowerByte, utf16 == upper || (utf16 < upper && position == bytes.count) else { return nil }
        return String(decoding: bytes[lowerByte..<position], as: UTF8.self)
    }

    @Test(arguments: texts)
    func sliceAnswersAsTheSingleWalk(text: String) {
        let units = text.utf16.count
        for lower in -1...(units + 2) {
            for upper in -1...(units + 3) {
                #expect(
                    TokenizedSentence.slice(of: text, fromUTF16: lower, toUTF16: upper) == Self.singleWalk(text, fromUTF16: lower, toUTF16: upper),
                    "\(text) \(lower)..<\(upper)")
            }
        }
    }
}
