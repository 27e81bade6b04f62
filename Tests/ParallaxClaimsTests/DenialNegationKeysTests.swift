import Foundation
import Testing
@testable import ParallaxClaims

/// ``DenialNegations/first(in:)`` passes over Latin-1 tokens by their word keys (round 27, claims speed); its answer must
/// be the one of the plain string comparisons (every token's lower-cased text against each phrase, word by word). Invented
/// sentences in both languages, the phrases themselves in other letters' forms, and seeded random word sequences.
@Suite struct DenialNegationKeysTests {
    /// The plain form the look-up replaced: the first token range whose words equal a phrase's.
    static func reference(_ negations: DenialNegations, _ tokens: [ClaimToken]) -> Range<Int>? {
        for index in tokens.indices where tokens[index].kind == .word && negations.firstWords.contains(tokens[index].lower) {
            for phrase in negations.phrases where index + phrase.count <= tokens.count {
                if phrase.indices.allSatisfy({ tokens[index + $0].kind == .word && tokens[index + $0].lower == phrase[$0] }) {
                    return index..<(index + phrase.count)
                }
            }
        }
        return nil
    }

    static let sentences: [(language: String, text: String)] = [
        ("de", "Der Sprecher sagte, man habe zu keinem Zeitpunkt von dem Plan gewusst."),
        ("de", "Zu keiner Zeit sei das Tor offen gewesen, erklärte die Betreiberin."),
        ("de", "Die Firma habe in keinster Weise gegen Auflagen verstoßen, hieß es."),
        ("de", "Im Zeitraum zu Beginn des Jahres kamen in Köln zu viele Gäste an."),
        ("de", "In keiner, Weise getrennt: hier darf kein Satzzeichen dazwischen stehen."),
        ("de", "Zu keinem zeitpunktlosen Treffen kam es in der Weise nicht."),
        ("de", "Die Überprüfung ergab zu kéinem Zeitpunkt Mängel in Straße und Brücke."),
        ("de", "Er habe \u{201E}zu keinem Zeitpunkt\u{201C} gelogen, sagte der Anwalt."),
        ("de", "Ζu keinem Zeitpunkt (mit griechischem Zeta) ist kein Treffer."),
        ("en", "The operator said the gate had at no point been closed."),
        ("en", "At no time did the minister meet the contractor, a spokeswoman said."),
        ("en", "The club said it had in no way misled its supporters."),
        ("en", "At the point of no return, in a way, nothing happened at noon."),
        ("en", "At no, point: punctuation breaks the phrase."),
        ("en", "The caf\u{E9} said at n\u{F6} time; the cafe\u{301} said in no way."),
    ]

    @Test(arguments: sentences.indices)
    func sameAsStringComparison(_ position: Int) throws {
        let (language, text) = Self.sentences[position]
        let negations = try #require(DenialNegations.byLanguage[language])
        let tokens = ClaimTokenizer.tokens(of: text)
        #expect(negations.first(in: tokens) == Self.reference(negations, tokens))
    }

    /// Each phrase of both lexicons is found where it stands, capitalised or not, and a phrase with a word changed by one
    /// letter or given in decomposed form (`e` and a combining accent) is compared as the strings compare.
    @Test(arguments: ["de", "en"])
    func everyPhraseAndItsVariants(_ language: String) throws {
        let negations = try #require(DenialNegations.byLanguage[language])
        #expect(!negations.phrases.isEmpty)
        for phrase in negations.phrases {
            let joined = phrase.joined(separator: " ")
            let variants = [
                "Sie sagte, \(joined) sei das geschehen.", "\(joined.prefix(1).uppercased())\(joined.dropFirst()) war es so.",
                "Er sagte \(joined)x dazu.", "Er sagte \(joined.replacingOccurrences(of: "e", with: "e\u{301}")) dazu.",
                "Er sagte \(joined.replacingOccurrences(of: "o", with: "ö")) dazu.",
            ]
            for text in variants {
                let tokens = ClaimTokenizer.tokens(of: text)
                #expect(negations.first(in: tokens) == Self.reference(negations, tokens), "\(text)")
            }
            let tokens = ClaimTokenizer.tokens(of: variants[0])
            #expect(negations.first(in: tokens) != nil, "\(joined)")
        }
    }

    /// Seeded random sequences of the phrases' words, their neighbours and other words: the same answer every time.
    @Test(arguments: ["de", "en"])
    func randomSequences(_ language: String) throws {
        let negations = try #require(DenialNegations.byLanguage[language])
        var pool = negations.phrases.flatMap { $0 } + ["Zu", "IN", "At", "no", "kein", "weise", "zeit", "punkt", ",", "ünd", "çà", "e\u{301}"]
        pool += ["Zeitpunkt", "keinem", "keinster", "time", "way", "point", "nö", "ät", "the", "der", "Straße", "Ελλάδα"]
        var state: UInt64 = 2027
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
        var found = 0
        for _ in 0..<2000 {
            let words = (0..<(3 + next(8))).map { _ in pool[next(pool.count)] }
            let tokens = ClaimTokenizer.tokens(of: words.joined(separator: " "))
            let answer = negations.first(in: tokens)
            #expect(answer == Self.reference(negations, tokens), "\(words)")
            if answer != nil { found += 1 }
        }
        #expect(found > 0)
    }
}
