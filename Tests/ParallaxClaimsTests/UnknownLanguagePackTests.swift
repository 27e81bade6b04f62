import Testing

@testable import ParallaxClaims

/// A language without a pack of its own gets the pack whose common words its text shares most, and always the same
/// one for the same text: on a tie the code that sorts first, never the order of a dictionary (which changes from
/// process to process and made French pages come out with different quantities from run to run).
@Suite("The pack of a language without one")
struct UnknownLanguagePackTests {
    @Test("a tie goes to the code that sorts first")
    func tieGoesToTheFirstCode() {
        #expect(LanguagePack.pack(for: "fr", sample: "").language == "de")
    }

    @Test("a sample in one of the packed languages gets that pack", arguments: [
        ("und die der nicht mit", "de"), ("the and of with not", "en"),
    ])
    func sampleDecides(sample: String, expected: String) {
        #expect(LanguagePack.pack(for: "xx", sample: sample).language == expected)
    }
}
