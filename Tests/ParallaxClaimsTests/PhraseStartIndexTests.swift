import ParallaxTesting
import Testing

@testable import ParallaxClaims

/// Round 18's look-ups of `PhraseTable.match` — phrases filed under their whole first word (`PhraseGroups`) and the
/// pack's per-token marks of the tables a token may start (`PhraseStartIndex`) — answer as the unmarked look-up does:
/// for the pack's own tables on sentences written for this test and on random words (ASCII, Latin-1, decomposed umlauts,
/// letters outside Latin-1), for a table the pack did not register, and for another pack's tables.
@Suite struct PhraseStartIndexTests {
    static let sentences: [String: [String]] = [
        "de": [
            "Nach Angaben der Polizei wurden am Montag rund 300 Menschen verletzt, sagte ein Sprecher des Innenministeriums.",
            "Der Bürgermeister von Wien kündigte an, die Gebühren im kommenden Jahr um fünf Prozent zu erhöhen.",
            "Laut Schätzungen der Vereinten Nationen sind mehr als zwei Millionen Menschen auf der Flucht.",
            "Die Regierung in Berlin entsandte zusätzlich 1.200 Soldaten, berichtete die Nachrichtenagentur dpa.",
            "Im Februar stiegen die Preise für Heizöl um knapp ein Drittel, so das Statistische Bundesamt.",
            "Der Präsident der Ukraine, Wolodymyr Selenskyj, sprach von einem schweren Angriff auf Kiew.",
        ],
        "en": [
            "According to police, about 300 people were injured on Monday, a spokesman for the interior ministry said.",
            "The mayor of New York announced that fees would rise by five percent next year.",
            "More than two million people have fled, United Nations estimates show.",
            "The government in Washington sent an additional 1,200 troops, the Associated Press reported.",
            "In February heating oil prices rose by almost a third, the statistics office said.",
            "President Zelensky of Ukraine spoke of a heavy attack on Kyiv, officials said on Tuesday.",
        ],
    ]

    /// The sentences of `language` and random ones, each as tokens `pack` marked and as unmarked tokens.
    static func tokenPairs(_ language: String, marking pack: LanguagePack, seed: UInt64) -> [(marked: [ClaimToken], plain: [ClaimToken])] {
        var generator = SeededGenerator(seed: seed)
        var texts = sentences[language]!
        for _ in 0..<300 {
            texts.append(
                (0..<Int.random(in: 1...10, using: &generator)).map { _ in ByteLookupTests.randomWord(&generator, maxPieces: 6) }
                    .joined(separator: " "))
        }
        return texts.map { text in
            let plain = ClaimTokenizer.tokens(of: text)
            var marked = plain
            pack.phraseStarts.mark(&marked)
            return (marked, plain)
        }
    }

    static func expectSameAnswers<Value>(
        _ table: PhraseTable<Value>, _ name: String, _ pairs: [(marked: [ClaimToken], plain: [ClaimToken])]
    ) {
        for (marked, plain) in pairs {
            for index in plain.indices {
                let fast = table.match(marked, at: index)
                let slow = table.match(plain, at: index)
                #expect(fast?.length == slow?.length, "\(name): \(plain.map(\.text)) at \(index)")
                #expect(fast.map { "\($0.value)" } == slow.map { "\($0.value)" }, "\(name): \(plain.map(\.text)) at \(index)")
            }
        }
    }

    static func expectPackTablesAnswerAsUnmarked(_ pack: LanguagePack, _ pairs: [(marked: [ClaimToken], plain: [ClaimToken])]) {
        expectSameAnswers(pack.roles, "roles", pairs)
        expectSameAnswers(pack.gazetteer, "gazetteer", pairs)
        expectSameAnswers(pack.measures, "measures", pairs)
        expectSameAnswers(pack.units, "units", pairs)
        expectSameAnswers(pack.cues, "cues", pairs)
        expectSameAnswers(pack.qualifiers, "qualifiers", pairs)
        expectSameAnswers(pack.adjectives, "adjectives", pairs)
        expectSameAnswers(pack.bodies, "bodies", pairs)
        expectSameAnswers(pack.months, "months", pairs)
        expectSameAnswers(pack.multipliers, "multipliers", pairs)
        expectSameAnswers(pack.currencies, "currencies", pairs)
        expectSameAnswers(pack.hedges, "hedges", pairs)
        expectSameAnswers(pack.predicates, "predicates", pairs)
        expectSameAnswers(pack.placeOpeners, "placeOpeners", pairs)
    }

    @Test(arguments: ["de", "en"])
    func packTablesAnswerMarkedTokensAsUnmarked(language: String) {
        let pack = LanguagePack.pack(for: language)
        Self.expectPackTablesAnswerAsUnmarked(pack, Self.tokenPairs(language, marking: pack, seed: 1801))
    }

    @Test func anotherPacksMarksChangeNothing() {
        let german = LanguagePack.pack(for: "de")
        let english = LanguagePack.pack(for: "en")
        Self.expectPackTablesAnswerAsUnmarked(english, Self.tokenPairs("de", marking: german, seed: 1802))
        Self.expectPackTablesAnswerAsUnmarked(german, Self.tokenPairs("en", marking: english, seed: 1803))
    }

    @Test func unregisteredTableAnswersMarkedTokensAsUnmarked() {
        let pack = LanguagePack.pack(for: "de")
        let table = PhraseTable<Int>([
            ("nach Angaben", 1), ("nach*", 2), ("Polizei", 3), ("laut", 4), ("über den", 5), ("İx", 6), ("wurden am", 7),
        ])
        Self.expectSameAnswers(table, "unregistered", Self.tokenPairs("de", marking: pack, seed: 1804))
    }

    /// A word that starts no phrase of any table is marked with none of their bits.
    @Test func wordStartingNothingIsMarkedForNoTable() {
        let pack = LanguagePack.pack(for: "de")
        var tokens = ClaimTokenizer.tokens(of: "Xylophonwerkstatt")
        pack.phraseStarts.mark(&tokens)
        #expect(tokens[0].phraseMarker != 0)
        #expect(tokens[0].phraseStarts == 0)
    }
}
