import ParallaxTesting
import Testing

@testable import ParallaxClaims

/// ``RoleWords``, the first tests of the role introductions: they may say "may be a role" of any word, but never "is no
/// role" of a word that the roles table (`PhraseTable.value(of:)`) finds as written, without a case ending, or by a head of
/// four characters or more — the obvious `String` version the role introductions asked before (round 20).
@Suite struct RoleWordsTests {
    /// The heads ``AttributionFinder/roleIntroduction(_:at:)`` asks about: the word without its first one, two, …
    /// characters, while four or more are left.
    static func heads(of word: String) -> [String] {
        var heads: [String] = []
        var head = Substring(word)
        while head.count > 4 {
            head = head.dropFirst()
            heads.append(String(head))
        }
        return heads
    }

    static func token(_ word: String) -> ClaimToken {
        ClaimTokenizer.tokens(of: word).first ?? ClaimToken(text: "x", kind: .word, start: 0, end: 0, spaceBefore: true)
    }

    @Test(arguments: LexiconFile.languages)
    func neverRejectsARoleOfTheLexicon(language: String) {
        let pack = LanguagePack.pack(for: language)
        let rows = LexiconFile.rows("roles.txt", in: LexiconFile.folder(language: language)).map { $0[0] }
        let words = RoleWords(phrases: rows, endings: SpeakerContext.roleEndings.map(\.ending))
        // Written words: roles as they are, declined, in compounds and in genitive compounds, and words that are none.
        var written: [String] = ["Haus", "Regierung", "Bundesregierung", "Kommandant", "Staatssekretär", "Sachverständigen", "Wirtschaftsminister"]
        for role in rows {
            let forms: [String] = [role, role + "n", role + "en", role + "s", "Stadt" + role, "Landes" + role + "s", "EU-" + role.prefix(1).uppercased() + role.dropFirst()]
            written += forms
        }
        for word in written {
            let token = Self.token(word)
            if pack.roles.value(of: token.lower) != nil || pack.roles.value(of: SpeakerContext.roleKey(token.lower)) != nil {
                #expect(words.mayBeRole(token), "\(language): \(word)")
            }
            if Self.heads(of: token.lower).contains(where: { pack.roles.value(of: $0) != nil }) {
                #expect(words.mayEndInRole(token), "\(language): \(word)")
            }
        }
    }

    @Test(arguments: [2011, 2012, 2013] as [UInt64])
    func randomTablesAgreeWithTheirLookUps(seed: UInt64) {
        var generator = SeededGenerator(seed: seed)
        let phrases = (0..<120).map { _ in ByteLookupTests.randomWord(&generator, maxPieces: 3) }
            + ["polizeichef", "sprecher", "general direktor"]
        let table = PhraseTable(phrases.map { ($0, true) })
        let words = RoleWords(phrases: phrases, endings: SpeakerContext.roleEndings.map(\.ending))
        for _ in 0..<3_000 {
            let piece = ByteLookupTests.randomWord(&generator, maxPieces: 4)
            let phrase: String = phrases.randomElement(using: &generator)!
            let ending: String = ["", "s", "en"].randomElement(using: &generator)!
            let word: String = Bool.random(using: &generator) ? piece + phrase + ending : piece
            let token = Self.token(word)
            if table.value(of: token.lower) != nil || table.value(of: SpeakerContext.roleKey(token.lower)) != nil {
                #expect(words.mayBeRole(token), "seed \(seed): \(word)")
            }
            if Self.heads(of: token.lower).contains(where: { table.value(of: $0) != nil }) {
                #expect(words.mayEndInRole(token), "seed \(seed): \(word)")
            }
        }
    }

    @Test(arguments: [
        (["chef*"], "Polizeichefin"), (["łowczy"], "Oberłowczy"),
    ])
    func prefixOrOtherPhrasesTurnTheTestsOff(phrases: [String], word: String) {
        let words = RoleWords(phrases: phrases, endings: [])
        #expect(words.mayBeRole(Self.token("Haus")))
        #expect(words.mayEndInRole(Self.token(word)))
        #expect(words.mayEndInRole(Self.token("Haustür")))
    }

    @Test(arguments: [("Bürgermeister", true, true), ("Bürgermeisters", true, false), ("Vizebürgermeister", false, true),
                      ("Haus", false, false), ("Regierung", false, false)])
    func writtenGermanWords(word: String, mayBeRole: Bool, mayEndInRole: Bool) {
        let words = RoleWords(phrases: ["bürgermeister", "minister"], endings: SpeakerContext.roleEndings.map(\.ending))
        #expect(words.mayBeRole(Self.token(word)) == mayBeRole)
        #expect(words.mayEndInRole(Self.token(word)) == mayEndInRole)
    }
}
