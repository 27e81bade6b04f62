import ParallaxModel
import Testing
@testable import ParallaxClaims

/// Capitalised words that open no name in a language that capitalises only names: currency codes,
/// qualifiers and determiners after a dateline (invented sentences).
@Suite struct EntityNameTests {
    @Test(arguments: [
        ("LINDVIK — About 1,200 dock workers walked out, the Harbour Union said.", "about"),
        ("The union wants at least EUR 320 a month more, Marta Lind said.", "eur"),
        ("ORVELLO — A magnitude 5.8 aftershock struck Tarvisa.", "a"),
        ("MARSTEN, May 3 (NPW) - Seven people died in Marsten, police said.", "seven"),
    ])
    func noName(_ sentence: String, _ word: String) {
        let pack = LanguagePack.pack(for: "en", sample: sentence)
        let tokens = ClaimTokenizer.tokens(of: sentence)
        let names = EntityFinder(pack: pack).find(in: tokens).map(\.name)
        #expect(!names.contains(word), "\(names)")
        #expect(!names.isEmpty)
    }

    /// Words of a figure and function words open no name in a language that capitalises every noun
    /// (invented sentences).
    @Test(arguments: [
        ("Die Plattform zählt 25 Millionen Verkäufer und 157 Millionen Käufer.", "millionen verkäufer"),
        ("Die Exporte erreichten rund 40 Milliarden Dollar, sagte Ministerin Petra Vollmann.", "milliarden dollar"),
        ("Für eine Arbeit mit Tieren meldeten sich 60 Freiwillige.", "eine arbeit"),
        ("Kerbach – Nach Angaben der staatlichen Agentur Velnor wurden 12 Menschen verletzt.", "nach angaben"),
    ])
    func figureWordsOpenNoName(_ sentence: String, _ name: String) {
        let pack = LanguagePack.pack(for: "de", sample: sentence)
        let names = EntityFinder(pack: pack).find(in: ClaimTokenizer.tokens(of: sentence)).map(\.name)
        #expect(!names.contains(name), "\(names)")
    }

    /// A name alone in brackets (an agency credit in a dateline) is no actor of the sentence's figures.
    @Test func bracketedCreditIsNoActor() throws {
        let article = FixtureArticle.make(
            paragraphs: [["Dam bursts"], ["MARSTEN, May 3 (NPW) - Seven people died in the Marsten valley, police said."]],
            language: "en", published: nil)
        let claims = ClaimExtractor().extract(from: article)
        let figure = try #require(claims.first { $0.quantity?.value == 7 })
        #expect(figure.subject != "npw", "\(figure)")
    }
}
