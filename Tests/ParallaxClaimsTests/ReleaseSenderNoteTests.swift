import Foundation
import Testing
import ParallaxModel
@testable import ParallaxClaims

/// A press release whose dateline gives no company form names its sender in its closing note (round 30): `Über die XYZ: …`,
/// `About Norvik`. When no block of the release writes an association's mark (`e. V.`), a sentence with no cue has that
/// sender as source, as for a firm's release whose dateline names it (round 22). Sentences written for these tests.
@Suite struct ReleaseSenderNoteTests {
    private func release(
        publisher: String?, label: String, note: String, language: String, sentence: String
    ) -> Article {
        var article = FixtureArticle.make(paragraphs: [["Mitteilung"], [sentence]], language: language, published: "2026-06-08")
        article.publisher = publisher
        article.removed = [
            RemovedBlock(kind: .metadata, text: label + "\n" + (publisher.map { $0 + "\n" } ?? "") + "Kelsdorf, 08.06.2026"),
            RemovedBlock(kind: .metadata, text: note),
        ]
        return article
    }

    @Test(arguments: [
        // No publisher in the dateline: the note names the sender, with or without an article, with or without a colon.
        (nil, "PRESSEMITTEILUNG", "Über die KWB: Die Kelsdorfer Wasserbetriebe versorgen die Stadt seit 1910.", "de",
         "Der Ausfall betrifft rund 40 Straßen.", "kwb"),
        (nil, "PRESSEMITTEILUNG", "Über Brolmann: Die Brauerei beschäftigt 120 Menschen.", "de",
         "Der Rückruf umfasst 40 Paletten.", "brolmann"),
        (nil, "PRESS RELEASE", "About Norvik Ferries\nNorvik Ferries has run the crossing since 1921.", "en",
         "The outage lasted 40 minutes.", "norvik ferries"),
        // A publisher without a company form whose note names it.
        ("Tarvo", "PRESSEMITTEILUNG", "Über Tarvo\nTarvo betreibt seit 1970 die Fähren der Region.", "de",
         "Die Hotline hat 40 Anrufe beantwortet.", "tarvo"),
    ] as [(String?, String, String, String, String, String)])
    func theNoteNamesTheSender(
        publisher: String?, label: String, note: String, language: String, sentence: String, source: String
    ) throws {
        let article = release(publisher: publisher, label: label, note: note, language: language, sentence: sentence)
        let claim = try #require(ClaimExtractor().extract(from: article).first { $0.quantity?.value == 40 })
        #expect(claim.attribution?.source == source, "\(claim.attribution?.why ?? "")")
    }

    @Test(arguments: [
        // An association's release (`e. V.` anywhere in its removed blocks): its background facts are nobody's.
        ("Über den Flussbund: Der Flussbund Elsing e. V. zählt 900 Mitglieder.", "PRESSEMITTEILUNG"),
        // A note about `uns` names no one.
        ("Über uns: Wir beraten Mieter seit 1990.", "PRESSEMITTEILUNG"),
        // An advert.
        ("Über Brolmann: Die Brauerei beschäftigt 120 Menschen.", "ANZEIGE"),
    ])
    func otherNotesNameNoSender(note: String, label: String) throws {
        let article = release(publisher: nil, label: label, note: note, language: "de", sentence: "Derzeit sind 40 Gäste erkrankt.")
        let claim = try #require(ClaimExtractor().extract(from: article).first { $0.quantity?.value == 40 })
        #expect(claim.attribution?.source == nil, "\(claim.attribution?.why ?? "")")
    }

    @Test(arguments: [
        ("Über die KWB: Die Kelsdorfer …", "kwb"),
        ("Über Brolmann Bräu: Die Brauerei …", "brolmann bräu"),
        ("About the Alliance: The Alliance …", "alliance"),
        ("Über uns: Wir …", nil),
        ("Über die Hälfte der Fälle ist geklärt.", nil),
        ("About 60 residents: none", nil),
    ] as [(String, String?)])
    func aNoteLabelGivesTheName(line: String, name: String?) {
        #expect(ClaimExtractor.aboutNoteSender(line) == name)
    }
}
