import Foundation
import Testing
import ParallaxModel
@testable import ParallaxClaims

/// The party a kind's noun introduces by name, and the party a postposed cue or a back-reference names (round 32,
/// docs/VOCABULARY.md "Conventions added by the claims stage, round 32"): English noun adjuncts before the kind
/// (`airport operator X`, `the dockworkers' union X`) name no party of their own; a descriptor of two words introduces the
/// name after it (`rail operator X`), so that a later `the company` refers back to it; German `zufolge` follows a party no
/// lexicon lists (`Dem Mieterverein zufolge`) but not a document (`Der Einigung zufolge`); a genitive in `-nisses` is read
/// back to `-nis`; a back-reference noun right before the verb is its subject, not the party the verb accuses. Sentences
/// written for these tests.
@Suite struct NamedBodyAfterKindTests {
    @Test(arguments: [
        ("Some 40 flights were cancelled, according to airport operator Skyhaven.", "skyhaven"),
        ("According to the dockworkers' union Kaiwerk, 40 ships are waiting.", "kaiwerk"),
        ("According to the grid operator Voltaris, 40 pylons fell.", "voltaris"),
        ("According to the bus company Linea, 40 drivers are off sick.", "linea"),
    ])
    func nounAdjunctsBeforeTheKindNameNoParty(sentence: String, expected: String) throws {
        #expect(try FixtureArticle.source(ofFigure: 40, in: sentence, language: "en") == expected)
    }

    @Test(arguments: [
        ("Dem Mieterverein zufolge stiegen die Mieten um 40 Prozent.", "association"),
        ("Der Gewerkschaft Hafenwerk zufolge warten 40 Schiffe.", "hafenwerk"),
        ("Nach Angaben des Bündnisses stiegen die Mieten um 40 Prozent.", "bündnis"),
        ("Nach Schätzung des Zolls wurden 40 Kilogramm Kokain geschmuggelt.", "customs"),
    ])
    func aPartyBeforeZufolgeAndInTheGenitive(sentence: String, expected: String) throws {
        #expect(try FixtureArticle.source(ofFigure: 40, in: sentence, language: "de") == expected)
    }

    @Test func aDocumentBeforeZufolgeIsNoParty() throws {
        #expect(try FixtureArticle.source(ofFigure: 40, in: "Der Einigung zufolge erhalten 40 Kunden eine Gutschrift.") == nil)
    }

    @Test(arguments: [
        (
            "Thieves cut cables, forcing rail operator Westbahn to cancel trains.",
            "Some 40 trains were affected, according to the company.", "westbahn"
        ),
        ("The state lottery Glueckslos showed wrong numbers.", "The company said 40 players were affected.", "glueckslos"),
        (
            "The Harbour Tenants Alliance organised the march.", "The alliance accused police of holding 40 marchers.",
            "harbour tenants alliance"
        ),
    ])
    func aLaterBackReferenceFindsTheNamedBody(first: String, second: String, expected: String) throws {
        let article = FixtureArticle.make(
            paragraphs: [["Meldung"], [first, second]], language: "en", published: "2026-06-08")
        let claim = try #require(ClaimExtractor().extract(from: article).first { $0.quantity?.value == 40 })
        #expect(claim.attribution?.source == expected)
    }
}
