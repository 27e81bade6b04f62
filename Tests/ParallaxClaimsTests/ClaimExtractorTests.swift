import Testing
import ParallaxModel
@testable import ParallaxClaims

@Suite struct ClaimExtractorTests {
    static func quantities(_ claims: [Claim]) -> [Double: Claim] {
        Dictionary(claims.filter { $0.kind == .quantity }.map { ($0.quantity?.value ?? $0.quantity?.low ?? -1, $0) }) { first, _ in first }
    }

    @Test func extractsGermanArticle() throws {
        let article = try FixtureArticle.load("bridge-de.txt", language: "de", published: "2025-04-30T09:00:00+02:00")
        let claims = ClaimExtractor().extract(from: article)
        let byValue = Self.quantities(claims)
        #expect(claims.map(\.id) == (1...claims.count).map { "c\($0)" })

        let headline = try #require(byValue[24])
        #expect(headline.quantity?.qualifier == .atLeast && headline.quantity?.value == nil)
        #expect(headline.measure == "wounded" && headline.quantity?.unit == "person")

        let killed = try #require(byValue[14])
        #expect(killed.quantity?.qualifier == .atLeast)
        #expect(killed.measure == "killed")
        // An indicative sentence naming its source is not hedged (docs/VOCABULARY.md, "Hedging").
        #expect(killed.attribution?.source == "police" && killed.attribution?.hedged == false)
        #expect(killed.time?.start == "2025-04-28" && killed.time?.end == "2025-04-28")
        #expect(killed.text == "mindestens 14 Menschen")

        let injured = try #require(byValue[40])
        #expect(injured.measure == "wounded")
        #expect(injured.attribution?.source == "police", "Konjunktiv I carries the attribution")
        #expect(injured.attribution?.why?.contains("carried from a1.s2") == true)

        let aid = try #require(byValue[2_500_000])
        #expect(aid.quantity?.unit == "eur" && aid.measure == "pledged")
        #expect(aid.attribution == nil, "the indicative sentence after reported speech is the writer's own")

        let evacuated = try #require(byValue[300])
        #expect(evacuated.quantity?.qualifier == .about && evacuated.measure == "evacuated")
        #expect(evacuated.attribution?.source == "district office" && evacuated.attribution?.hedged == true)

        let helpers = try #require(byValue[120])
        #expect(helpers.measure == "deployed" && helpers.attribution == nil)
    }

    @Test func extractsEnglishArticle() throws {
        let article = try FixtureArticle.load("flood-en.txt", language: "en", published: "2025-04-30")
        let claims = ClaimExtractor().extract(from: article).filter { $0.sentence != "a1.s1" }
        let byValue = Self.quantities(claims)

        let evacuated = try #require(byValue[2000])
        #expect(evacuated.quantity?.qualifier == .about && evacuated.measure == "evacuated")
        #expect(evacuated.attribution?.source == "fire service" && evacuated.attribution?.hedged == false)
        #expect(evacuated.time?.start == "2025-04-29")

        let dead = try #require(byValue[3])
        #expect(dead.quantity?.qualifier == .atLeast && dead.measure == "killed")
        #expect(dead.attribution?.hedged == true)

        let aid = try #require(byValue[1_500_000])
        #expect(aid.quantity?.unit == "gbp" && aid.measure == "pledged")
        // "according to a statement" names no party and does not distance the writer.
        #expect(aid.attribution?.hedged != true && aid.attribution?.source == nil)

        let area = try #require(byValue[12])
        #expect(area.quantity?.unit == "square mile" && area.quantity?.qualifier == .about)
        #expect(area.quantity?.normalized?.unit == "square kilometre")
        #expect(area.attribution?.source == "officials")
    }

    @Test func recognisesStatesKnownOnlyFromTheArticle() {
        let article = FixtureArticle.make(
            paragraphs: [
                ["Truppen aus Norvanien"],
                [
                    "Nach Angaben des belskischen Geheimdienstes soll Norvanien etwa 2.000 Soldaten nach Belskien entsandt haben.",
                    "Die norvanische Regierung bestreitet das.",
                ],
            ], language: "de", published: nil)
        let claims = ClaimExtractor().extract(from: article)
        let troops = claims.first { $0.quantity?.value == 2000 }
        #expect(troops?.subject == "norvania")
        #expect(troops?.attribution?.source == "belskia intelligence")
        let denial = claims.first { $0.statement?.predicate == "denies" }
        #expect(denial?.statement?.deniedBy == "norvania")
        #expect(denial?.statement?.denies == claims.first { $0.statement?.predicate == "deployed" }?.id)
    }

    @Test func takesCountedNounFromEarlierInClauseAndContinuesSource() {
        let article = FixtureArticle.make(
            paragraphs: [
                ["Bilanz"],
                ["Laut Polizei ist die Zahl der Todesopfer auf fünf gestiegen."],
                ["Demnach wurden 30 Menschen verletzt."],
            ], language: "de", published: "2025-04-30")
        let claims = ClaimExtractor().extract(from: article)
        let deaths = claims.first { $0.quantity?.value == 5 }
        #expect(deaths?.quantity?.unit == "person" && deaths?.measure == "killed")
        let injured = claims.first { $0.quantity?.value == 30 }
        #expect(injured?.attribution?.source == "police", "“demnach” carries the source into the next paragraph")
    }

    @Test(arguments: [
        ("de", "Polizeisprecher Jens Möller sagte, 14 Menschen seien verletzt worden.", "police"),
        ("en", "Police spokesman John Reed said 14 people were injured.", "police"),
        ("de", "Nach Angaben der Reederei Nordlicht wurden 14 Seeleute gerettet.", "nordlicht"),
        ("de", "Die Küstenwache teilte mit, 14 Seeleute seien gerettet worden.", "coast guard"),
    ])
    func namesTheBodyBehindASpeaker(language: String, sentence: String, source: String) {
        let article = FixtureArticle.make(paragraphs: [["Titel"], [sentence]], language: language, published: nil)
        let claim = ClaimExtractor().extract(from: article).first { $0.quantity?.value == 14 }
        #expect(claim?.attribution?.source == source)
    }

    @Test func findsDirectQuoteWithSpeaker() {
        let article = FixtureArticle.make(
            paragraphs: [["Rede"], ["„Wir werden den Wiederaufbau schnell beginnen“, sagte Bürgermeisterin Anna Berger am Abend."]],
            language: "de", published: nil)
        let quote = ClaimExtractor().extract(from: article).first { $0.statement?.predicate == "said" }
        #expect(quote?.attribution?.source == "anna berger")
        #expect(quote?.text == "„Wir werden den Wiederaufbau schnell beginnen“")
    }
}
