import Testing
@testable import ParallaxClaims

/// Capitalised words that open no name in a language that capitalises only names: currency codes,
/// qualifiers and determiners after a dateline (invented sentences).
@Suite struct EntityNameTests {
    @Test(arguments: [
        ("LINDVIK — About 1,200 dock workers walked out, the Harbour Union said.", "about"),
        ("The union wants at least EUR 320 a month more, Marta Lind said.", "eur"),
        ("ORVELLO — A magnitude 5.8 aftershock struck Tarvisa.", "a"),
    ])
    func noName(_ sentence: String, _ word: String) {
        let pack = LanguagePack.pack(for: "en", sample: sentence)
        let tokens = ClaimTokenizer.tokens(of: sentence)
        let names = EntityFinder(pack: pack).find(in: tokens).map(\.name)
        #expect(!names.contains(word), "\(names)")
        #expect(!names.isEmpty)
    }
}
