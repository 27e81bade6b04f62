import Foundation
import ParallaxTesting
import Testing

@testable import ParallaxClaims

/// `ByteSuffix.lastByte(of:)` (round 22, in place of `word.utf8.last` on the hot paths) answers as `utf8.last`: for small
/// and large native strings, bridged (`NSString`) ones without contiguous UTF-8, the empty string, and random words.
@Suite struct ByteSuffixLastByteTests {
    @Test(arguments: ["", "a", "Bürgermeister", "Polizeisprechers", "Straße", "łódź", "e\u{301}", "ein sehr langer Satz über Kiew"])
    func answersAsUTF8Last(word: String) {
        #expect(ByteSuffix.lastByte(of: word) == word.utf8.last)
        let bridged = NSString(string: word) as String
        #expect(ByteSuffix.lastByte(of: bridged) == word.utf8.last)
    }

    @Test func randomWordsAnswerAsUTF8Last() {
        var generator = SeededGenerator(seed: 2203)
        for _ in 0..<500 {
            let word = ByteLookupTests.randomWord(&generator, maxPieces: 8)
            #expect(ByteSuffix.lastByte(of: word) == word.utf8.last, "\(word)")
        }
    }
}
