import ParallaxTesting
import Testing

@testable import ParallaxClaims

/// ``SpeakerRoleEndings/formTails``, the entity finder's first test for a spokesperson role (round 20): it may let any word
/// through, but never rejects one that ends in a spokesperson role as written or before a genitive ending — the obvious
/// `String` version (``EntityFinder/withoutGenitive(_:endings:)`` and `hasSuffix`).
@Suite struct SpeakerRoleFormTests {
    static func endsInRole(_ word: String, pack: LanguagePack) -> Bool {
        EntityFinder.withoutGenitive(word, endings: pack.genitiveEndings).contains { form in
            pack.speakerRoles.contains { form.hasSuffix($0) }
        }
    }

    @Test(arguments: LexiconFile.languages)
    func neverRejectsAWordEndingInARole(language: String) {
        let pack = LanguagePack.pack(for: language)
        var generator = SeededGenerator(seed: 2020)
        var words: [String] = ["polizeisprechers", "sprecherinnen", "spokesman's", "haus", "hauses", "regierung", "präsidenten"]
        for role in pack.speakerRoles {
            let forms: [String] = [role, "polizei" + role, "polizei" + role + "s", "regierungs" + role + "in", "party " + role]
            words += forms
        }
        for _ in 0..<2_000 {
            let piece = ByteLookupTests.randomWord(&generator, maxPieces: 4).lowercased()
            let role = pack.speakerRoles.randomElement(using: &generator) ?? ""
            let ending = (pack.genitiveEndings + [""]).randomElement(using: &generator)!
            words.append(Bool.random(using: &generator) ? piece + role + ending : piece)
        }
        guard let tails = pack.speakerRoleEndings.formTails else { return }
        for word in words where Self.endsInRole(word, pack: pack) {
            #expect(tails.mayEnd(word), "\(language): \(word)")
        }
    }

    @Test func rejectsWordsEndingInNoForm() throws {
        let endings = SpeakerRoleEndings(roleBytes: [Array("sprecher".utf8)], genitiveEndings: ["s"])
        let tails = try #require(endings.formTails)
        #expect(tails.mayEnd("polizeisprechers"))
        #expect(tails.mayEnd("polizeisprecher"))
        #expect(!tails.mayEnd("bundesregierung"))
        #expect(!tails.mayEnd("hauses"))
    }

    @Test func aShortFormTurnsTheTestOff() {
        #expect(SpeakerRoleEndings(roleBytes: [Array("rat".utf8)], genitiveEndings: ["s"]).formTails == nil)
    }
}
