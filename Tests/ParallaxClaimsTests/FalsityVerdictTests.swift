import Foundation
import Testing
import ParallaxModel
@testable import ParallaxClaims

/// Round 29 (statements29): a verdict of falsity on a reported claim told with a copula (`Berichte, wonach …, sind falsch`,
/// `Die Behauptung, …, ist schlicht unwahr`, `Reports that … are false`) is a denial and asserts nothing of the claim's own
/// clause; a verdict on anything else, a negated verdict and an attributive adjective are none. Its party is the speaker;
/// without one, the publisher of its own release, else the actor the article names most (no name in quotation marks).
/// Sentences and names written for these tests.
@Suite struct FalsityVerdictTests {
    /// (language, sentence, whether it is a denial)
    @Test(arguments: [
        ("de", "Berichte, wonach die Reederei Nordlicht die Warnungen ignoriert habe, sind falsch.", true),
        ("de", "Die Behauptung, die Fähre sei in Orvik überladen gewesen, ist schlicht unwahr.", true),
        ("de", "Diese Vorwürfe seien völlig unzutreffend, sagte der Bürgermeister von Orvik.", true),
        ("en", "Reports that the Orvik ferry had been overloaded are false , the harbour board said .", true),
        ("en", "The claim that the mayor of Orvik ignored the warnings is simply not true .", true),
        // A verdict on a policy, a negated verdict, an adjective before its noun, a claim noun that is no subject.
        ("de", "Die Maßnahmen der Regierung in Orvik seien falsch, sagte der Bürgermeister.", false),
        ("de", "Die Berichte über die Fähre in Orvik sind nicht falsch.", false),
        ("en", "Reports of smoke in Orvik were false alarms , the fire service said .", false),
        ("en", "The mayor of Orvik said the reports were false .", false),
    ])
    func aVerdictOfFalsityOnAClaimIsADenial(language: String, sentence: String, denial: Bool) {
        let claims = DenialLinkTests.statements([sentence], language: language)
        let predicates = claims.compactMap { $0.statement?.predicate }
        #expect(predicates.contains("denies") == denial, "predicates: \(predicates)")
        if denial { #expect(predicates == ["denies"], "the claim's own clause asserts nothing: \(predicates)") }
    }

    @Test func theClaimsOwnActIsNotAsserted() {
        let claims = DenialLinkTests.statements(["Die Behauptung, die Polizei habe das Tor in Orvik geschlossen, ist falsch."], language: "de")
        #expect(claims.map { $0.statement?.predicate } == ["denies"])
    }

    /// A verdict without a speaker in the publisher's own release is the publisher's.
    @Test func aReleaseDeniesForItsPublisher() throws {
        var release = FixtureArticle.make(
            paragraphs: [["Mitteilung"], ["Unsere Hotline beantwortet alle Fragen.", "Berichte, wonach der Fehler schon im Mai bekannt gewesen sei, sind falsch."]],
            language: "de", published: "2026-06-08")
        release.publisher = "Lottobund Orvik"
        release.removed = [RemovedBlock(kind: .metadata, text: "PRESSEMITTEILUNG\nLottobund Orvik\n08.06.2026")]
        let denial = try #require(ClaimExtractor().extract(from: release).first { $0.statement?.predicate == "denies" })
        #expect(denial.statement?.deniedBy == "lottobund orvik", "\(denial.attribution?.why ?? "")")
    }

    /// Without a speaker or a release, the actor the article names most up to the verdict; a quoted product name is none.
    @Test func aVerdictWithoutSpeakerIsByTheActorNamedMost() throws {
        let article = FixtureArticle.make(
            paragraphs: [
                ["Käse „Almtaler Gold“ zurückgerufen"],
                ["Die Molkerei Varnholt ruft den Käse „Almtaler Gold“ zurück.", "Der Käse „Almtaler Gold“ wird in Orvik hergestellt."],
                ["Die Molkerei Varnholt prüft jede Charge dreimal.", "Die Molkerei Varnholt erstattet den Kaufpreis.",
                 "Berichte, wonach die Kontrollen schon im Mai Keime gefunden hätten, sind falsch."],
            ], language: "de", published: "2026-06-08")
        let denial = try #require(ClaimExtractor().extract(from: article).first { $0.statement?.predicate == "denies" })
        #expect(denial.statement?.deniedBy?.contains("varnholt") == true, "denied by \(denial.statement?.deniedBy ?? "nil")")
    }
}
