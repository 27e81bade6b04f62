import ParallaxTesting
import Testing

@testable import ParallaxClaims

/// Round 23: a sentence's slices are cut by walking its UTF-8 bytes, and a day's ISO form is written as bytes. Both must
/// answer as their general forms do: ``TokenizedSentence/utf16Slice(from:to:)`` and ``CalendarDay/paddedISO``.
@Suite struct ByteSliceAndISOTests {
    @Test(arguments: [
        "Der Bundespräsident sagte am Montag, 1.500 Bürger hätten „Ja“ gesagt.", "ASCII only, 19:00 Uhr.", "🙂 Zürich 🙂x",
        "Łódź – ein Test\u{A0}mit\u{2009}Leerzeichen", "e\u{301}x",
    ])
    func everyTokenRangeSlicesAsTheUTF16Version(text: String) {
        let sentence = TokenizedSentence(text: text, base: 40)
        for first in sentence.tokens.indices {
            for end in (first + 1)...sentence.tokens.count {
                let start = sentence.tokens[first].start, stop = sentence.tokens[end - 1].end
                #expect(sentence.slice(from: start, to: stop) == sentence.utf16Slice(from: start, to: stop), "\(text) \(start)..<\(stop)")
                #expect(
                    sentence.slice(from: start, to: stop + 1_000) == sentence.utf16Slice(from: start, to: stop + 1_000),
                    "\(text) \(start)..<end")
                #expect(sentence.slice(from: 0, to: stop) == sentence.utf16Slice(from: 0, to: stop), "\(text) 0..<\(stop)")
            }
        }
    }

    /// Offsets inside a surrogate pair are left to the UTF-16 version.
    @Test func offsetsInsideAScalarAreNotCutByBytes() {
        #expect(TokenizedSentence.slice(of: "a🙂b", fromUTF16: 2, toUTF16: 4) == nil)
        #expect(TokenizedSentence.slice(of: "a🙂b", fromUTF16: 0, toUTF16: 2) == nil)
        #expect(TokenizedSentence.slice(of: "a🙂b", fromUTF16: 1, toUTF16: 3) == "🙂")
        #expect(TokenizedSentence.slice(of: "a🙂b", fromUTF16: 3, toUTF16: 9) == "b")
        #expect(TokenizedSentence.slice(of: "ab", fromUTF16: 2, toUTF16: 1) == nil)
    }

    @Test func isoAgreesWithThePaddedForm() {
        let seed = SeededGenerator.testSeed
        var generator = SeededGenerator(seed: seed)
        var days = [CalendarDay(year: 2025, month: 4, day: 28), CalendarDay(year: 7, month: 1, day: 1),
                    CalendarDay(year: 0, month: 0, day: 0), CalendarDay(year: 9999, month: 12, day: 31),
                    CalendarDay(year: 10_000, month: 1, day: 1), CalendarDay(year: -5, month: 3, day: 4),
                    CalendarDay(year: 2025, month: 100, day: -1)]
        for _ in 0..<2_000 {
            days.append(
                CalendarDay(
                    year: Int.random(in: -20...12_000, using: &generator), month: Int.random(in: -2...120, using: &generator),
                    day: Int.random(in: -2...120, using: &generator)))
        }
        for day in days { #expect(day.iso == day.paddedISO, "seed \(seed): \(day)") }
        #expect(CalendarDay(year: 2025, month: 4, day: 8).iso == "2025-04-08")
    }
}
