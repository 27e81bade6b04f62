import ParallaxTesting
import Testing

@testable import ParallaxClaims

/// ``BodyMemory/compoundBody(_:pack:)`` rejects most words by their tails (``BackReferenceLexicon/suffixTails``, round 20)
/// before the loop over the back-reference suffixes: it gives what the loop alone gave.
@Suite struct BackReferenceCompoundTests {
    /// Round 19's definition: the last-two-bytes filter, then every suffix, longest first.
    static func loopAlone(_ word: String, pack: LanguagePack) -> String? {
        let utf8 = word.utf8
        guard utf8.count > 4 else { return nil }
        let pair = Int(utf8.dropLast().last!) << 8 | Int(utf8.last!)
        guard pack.backReferences.lastBytePairs[pair] else { return nil }
        for suffix in pack.backReferences.suffixes where utf8.count > suffix.bytes.count + 3 - suffix.ending {
            if ByteSuffix.hasSuffix(word, suffix.bytes) {
                return suffix.ending == 0 ? word : String(decoding: utf8.dropLast(suffix.ending), as: UTF8.self)
            }
        }
        return nil
    }

    @Test(arguments: LexiconFile.languages)
    func givesWhatTheLoopGave(language: String) {
        let pack = LanguagePack.pack(for: language)
        var generator = SeededGenerator(seed: 2021)
        var words: [String] = ["gesundheitsamts", "landesbehörde", "bundesregierung", "haus", "agency", "the agency's"]
        for base in pack.backReferences.bases {
            let forms: [String] = [base, "gesundheits" + base, "landes" + base + "s", "stadt" + base + "es", "x" + base]
            words += forms
        }
        for _ in 0..<3_000 {
            let piece = ByteLookupTests.randomWord(&generator, maxPieces: 4).lowercased()
            let base = pack.backReferences.bases.randomElement(using: &generator) ?? ""
            let ending = (pack.genitiveEndings + [""]).randomElement(using: &generator)!
            words.append(Bool.random(using: &generator) ? piece + base + ending : piece)
        }
        for word in words {
            #expect(BodyMemory.compoundBody(word, pack: pack) == Self.loopAlone(word, pack: pack), "\(language): \(word)")
        }
    }
}
