import Foundation
import ParallaxModel
import Testing

@testable import ParallaxIngest

@Suite struct EncodingTests {
    private static let article = "Überschrift „Grün“\n\nDer Bürgermeister sagte: „Wir öffnen die Straße.“ Das kostet 5 €."

    private func body(_ bytes: [UInt8]) throws -> [String] {
        let documents = try InputReader().read(data: Data(bytes), input: "bytes")
        return try #require(documents.first).blocks.map(\.text)
    }

    private static let expected = ["Überschrift „Grün“", "Der Bürgermeister sagte: „Wir öffnen die Straße.“ Das kostet 5 €."]

    @Test func utf8WithoutByteOrderMark() throws {
        #expect(try body(Array(Self.article.utf8)) == Self.expected)
    }

    @Test func utf8WithByteOrderMark() throws {
        #expect(try body([0xEF, 0xBB, 0xBF] + Array(Self.article.utf8)) == Self.expected)
    }

    @Test func utf16LittleEndianWithByteOrderMark() throws {
        let bytes: [UInt8] = [0xFF, 0xFE] + Self.article.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        #expect(try body(bytes) == Self.expected)
    }

    @Test func utf16BigEndianWithByteOrderMark() throws {
        let bytes: [UInt8] = [0xFE, 0xFF] + Self.article.utf16.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }
        #expect(try body(bytes) == Self.expected)
    }

    @Test func windows1252FromInvalidUTF8() throws {
        // "Grüße – 5 €" in Windows-1252: ü FC, ß DF, en dash 96, euro 80.
        let bytes: [UInt8] = Array("Gr".utf8) + [0xFC, 0xDF] + Array("e ".utf8) + [0x96] + Array(" 5 ".utf8) + [0x80]
        #expect(TextDecoder().decode(Data(bytes)) == "Grüße – 5 €")
    }

    @Test(arguments: [
        "<meta charset=\"windows-1252\">", "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=ISO-8859-1\">",
        "<?xml version=\"1.0\" encoding=\"iso-8859-1\"?>",
    ])
    func declaredLatinCharsetSelectsWindows1252(declaration: String) {
        // Bytes C3 A4 are "ä" in UTF-8 but "Ã¤" in a declared Latin charset.
        let bytes = Array(declaration.utf8) + [0xC3, 0xA4]
        #expect(TextDecoder().decode(Data(bytes)) == declaration + "Ã¤")
    }

    @Test func latin1FeedIsDecodedFromItsXMLDeclaration() throws {
        let documents = try InputReader().read(path: FixtureFiles.path("feeds/latin1.xml"))
        #expect(documents.map(\.blocks) == [[TextBlock(kind: .heading, text: "Grüne Welle"), TextBlock(kind: .paragraph, text: "Die Ampeln schalten künftig grün.")]])
    }

    @Test(arguments: [
        ("Stra\u{00AD}ßen\u{200B}bau", "Straßenbau"),
        ("10\u{00A0}km und 5\u{202F}%", "10 km und 5 %"),
        ("Cafe\u{0301}", "Café"),
        ("Fish &amp; Chips &#8211; &#x20AC;5 &auml; &nbsp;x &bogus;", "Fish & Chips – €5 ä  x &bogus;"),
        ("„Zitat“ und ‚Wort‘ und \"plain\"", "„Zitat“ und ‚Wort‘ und \"plain\""),
        ("a\r\nb\rc", "a\nb\nc"),
        ("\u{FEFF}text\u{2060}", "text"),
    ])
    func normalizerCleansText(raw: String, expected: String) {
        #expect(TextNormalizer().normalize(raw) == expected)
    }

    @Test func normalizerReturnsNFC() {
        let decomposed = "U\u{0308}ber"
        let normalized = TextNormalizer().normalize(decomposed)
        #expect(Array(normalized.unicodeScalars) == Array("\u{00DC}ber".unicodeScalars))
    }
}
