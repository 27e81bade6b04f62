import ParallaxModel
import Testing
@testable import ParallaxIngest

/// Furniture that two new writers' pages carried and the earlier cues missed: a newsletter box written
/// as a sentence or two, a subscription offer without a call to action, a broadcast transcript's
/// disclaimer, a pointer to the outlet's programme that ends with a full stop, a press contact block
/// opened by its label, and an imprint line with a postal address as the last line.
@Suite struct NewsletterAndImprintFurnitureTests {
    private func texts(_ name: String) throws -> [String] {
        let documents = try InputReader().read(path: FixtureFiles.path(name))
        return try #require(documents.first).blocks.map(\.text)
    }

    @Test func germanReleaseKeepsItsReportingAndDropsContactBlockAndOffers() throws {
        let texts = try texts("plain/press-contact-block.txt")
        #expect(texts.last == "„Wir arbeiten am Limit“, sagte Einsatzleiterin Petra Holm.", "\(texts)")
        for furniture in ["Mehr dazu", "Newsletter", "0,99 €", "Pressekontakt", "Landesleitung", "Talstraße"] {
            #expect(!texts.contains { $0.contains(furniture) }, "\(furniture) in \(texts)")
        }
        #expect(texts.contains { $0.contains("214 Mal") })
    }

    @Test func englishPageDropsTranscriptNoteBriefingBoxAndOffer() throws {
        let texts = try texts("plain/newsletter-and-transcript.txt")
        #expect(texts.count == 3, "\(texts)")  // the headline, then two paragraphs
        #expect(texts.dropFirst().first?.hasPrefix("The night ferry") == true)
        #expect(texts.last == "About 900 islanders had relied on a single daytime crossing during the dispute.")
    }

    @Test(arguments: [
        // Reporting that names a newsletter, an inbox or a contact, or states a price, stays text.
        "The insurer said customers would find a warning letter in their inbox within days.",
        "Eltern können ihre Kinder ab Montag für die Ferienbetreuung anmelden, teilte die Stadt mit.",
        "Der Verein verschickt seinen Newsletter seit 2019 an rund 4.000 Mitglieder.",
        "Die Monatskarte kostet künftig 49 € pro Monat, teilte der Verkehrsverbund mit.",
        "Mehr als 300 Menschen kamen zur Kundgebung.",
    ])
    func reportingLinesStay(line: String) {
        let text = "Überschrift einer Meldung\n\n\(line)\n\nEin weiterer Satz der Meldung folgt hier."
        let texts = PlainTextReader().read(text: text, input: "line.txt").blocks.map(\.text)
        #expect(texts.contains(line), "\(texts)")
    }

    @Test(arguments: [
        ("Polizisten im Einsatz: 1.200", true), ("Verletzte: über 80", true), ("Injured: 23", true),
        ("Die Lage am Pass", false), ("Interview: Was nun, Herr Minister", false), ("Nr. 12", false),
        ("Stand: 14:30", false),
    ])
    func aFactBoxEntryIsNoHeading(line: String, isFact: Bool) {
        #expect(LineShape(line).isFactLine == isFact)
        if isFact { #expect(!LineShape(line).couldBeHeading) }
    }
}
