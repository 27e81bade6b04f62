import ParallaxTesting
import Testing

@testable import ParallaxClaims

/// The word-key pre-tests of round 24b stand in front of string-keyed look-ups and never hide a word the look-up holds:
/// ``WordKeyFilter`` (the name-word test's number and common words), ``PersonKeyFilter`` (the last names of
/// ``SpeakerContext``) and ``ArticleNames/country(forName:)``'s key test — on written words and on seeded random words of
/// ASCII, Latin-1, decomposed umlauts, combining marks and letters outside Latin-1.
@Suite struct WordKeyFilterTests {
    static func token(_ word: String) -> ClaimToken {
        ClaimTokenizer.tokens(of: word).first ?? ClaimToken(text: "x", kind: .word, start: 0, end: 0, spaceBefore: true)
    }

    @Test func writtenWords() {
        let filter = WordKeyFilter(["zwölf", "drei", "heute", "über"])
        for word in ["Zwölf", "drei", "Heute", "über", "Über"] {
            #expect(filter.mayContain(Self.token(word)), "\(word)")
        }
        #expect(!filter.mayContain(Self.token("Vierzehn")))
        #expect(!filter.mayContain(Self.token("Morgen")))
        let decomposed = ClaimToken(text: "u\u{308}ber", kind: .word, start: 0, end: 5, spaceBefore: true)
        #expect(filter.mayContain(decomposed), "a decomposed umlaut is let through")
        #expect(WordKeyFilter(["łódź", "drei"]).mayContain(Self.token("Morgen")), "a list outside Latin-1 lets every word through")
    }

    @Test func randomWordsNeverHideAMember() {
        let seed = SeededGenerator.testSeed
        var generator = SeededGenerator(seed: seed)
        for size in [0, 1, 5, 40, 400] {
            for latinOnly in [true, false] {
                let words = Set((0..<size).map { _ in ByteLookupTests.randomWord(&generator).lowercased() }
                    .filter { !latinOnly || ClaimToken.isLatin1($0) })
                let filter = WordKeyFilter(words)
                var persons = PersonKeyFilter()
                for word in words { persons.insert(word) }
                let members = Array(words)
                for _ in 0..<1_000 {
                    let word = !members.isEmpty && Bool.random(using: &generator)
                        ? members.randomElement(using: &generator)! : ByteLookupTests.randomWord(&generator)
                    let token = Self.token(word)
                    if words.contains(token.lower) {
                        let scalars = token.lower.unicodeScalars.map(\.value)
                        #expect(filter.mayContain(token), "seed \(seed): \(scalars)")
                        #expect(persons.mayContain(token), "seed \(seed): \(scalars)")
                    }
                }
            }
        }
    }

    /// The filter of ``SpeakerContext`` grows as persons are filed, and a name outside Latin-1 turns it off for good.
    @Test func personFilterAfterEachInsertion() {
        var filter = PersonKeyFilter()
        #expect(!filter.mayContain(Self.token("Brenner")))
        filter.insert("brenner")
        #expect(filter.mayContain(Self.token("Brenner")))
        filter.insert("mølgaard")
        #expect(filter.mayContain(Self.token("Mølgaard")))
        filter.insert("dvořák")
        #expect(filter.mayContain(Self.token("Irgendwer")))
    }

    @Test(arguments: [("karsenien", true), ("sachsen", true), ("österreich", false), ("a\u{308}rger", false), ("", true)])
    func asciiKey(word: String, isASCII: Bool) {
        #expect(WordKeyFilter.asciiKey(word) == (isASCII ? ClaimToken.wordKey(of: word) : nil))
    }

    /// A string's test answers an ASCII word as the token's test does, and leaves any other word to the look-up.
    @Test func asciiWordsAnsweredByTheKeys() {
        let filter = WordKeyFilter(["karsenien", "ostravia", "übrigen"])
        #expect(filter.mayContain(ascii: "karsenien") == true)
        #expect(filter.mayContain(ascii: "sachsen") == false)
        #expect(filter.mayContain(ascii: "übrigen") == nil, "not ASCII: the look-up decides")
        #expect(WordKeyFilter(["łódź"]).mayContain(ascii: "sachsen") == nil, "a list outside Latin-1 answers nothing")
    }

    /// An article's derived country names answer every word as the folded dictionary look-up does.
    @Test func countryForNameAnswersAsTheFoldedLookUp() throws {
        let pack = LanguagePack.pack(for: "de")
        let text = "Die karsenische Regierung tagte. In Karsenien und in Übrigen wurde gewählt."
        let names = ArticleNames(sentences: [ClaimTokenizer.tokens(of: text)], pack: pack)
        let country = try #require(names.country(forName: "karsenien"))
        let seed = SeededGenerator.testSeed
        var generator = SeededGenerator(seed: seed)
        var words = ["karsenien", "kärsenien", "karse\u{308}nien", "karsenia", "regierung", "übrigen", "ubrigen"]
        for _ in 0..<2_000 { words.append(ByteLookupTests.randomWord(&generator).lowercased()) }
        for word in words {
            let expected = ArticleNames.fold(word) == "karsenien" ? country : nil
            #expect(names.country(forName: word) == expected, "seed \(seed): \(word.unicodeScalars.map(\.value))")
        }
    }
}
