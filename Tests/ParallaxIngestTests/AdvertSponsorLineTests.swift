import Foundation
import ParallaxModel
import Testing

@testable import ParallaxIngest

/// An advert's genre label with its sponsor line above the headline (round 29): the two lines are metadata, the
/// sponsor is the publisher, the next line the title. Before, the capitals kicker rule joined them into the title
/// (`ANZEIGE Ein Angebot der …`). The fixture and phrases are invented.
@Suite struct AdvertSponsorLineTests {
    @Test func labelAndSponsorAboveTheHeadline() throws {
        let text = try String(contentsOfFile: FixtureFiles.path("plain/advert-sponsor-line.txt"), encoding: .utf8)
        let document = PlainTextReader().read(text: text, input: "advert-sponsor-line.txt")
        #expect(document.title == "Nach dem Sturm über Wendhagen: Hält Ihr Dach den nächsten Winter aus?")
        #expect(document.publisher == "Kleeberg Dachtechnik GmbH")
        #expect(!document.blocks.contains { $0.text.contains("ANZEIGE") || $0.text.contains("Ein Angebot") })
    }

    @Test(arguments: [
        ("Ein Angebot der Kleeberg Dachtechnik GmbH", "Kleeberg Dachtechnik GmbH"),
        ("Präsentiert von Wendhagener Stadtwerke", "Wendhagener Stadtwerke"),
        ("Presented by Harlow & Finch", "Harlow & Finch"),
        ("Sponsored by Ashgrove Insurance Ltd.", "Ashgrove Insurance Ltd."),
    ])
    func sponsorLine(line: String, sponsor: String) {
        #expect(PlainTextReader.sponsor(in: LineShape(line), openers: BoilerplateCues.shared.sponsorOpeners) == sponsor)
    }

    @Test(arguments: [
        "Ein Angebot der Woche: Dachrinnen reinigen lassen",
        "präsentiert von einem Verein, der sich für Dächer einsetzt und seit Jahren in Wendhagen aktiv ist und wirbt",
        "Presented by whom?",
        "Der Sturm hat Dächer abgedeckt",
    ])
    func noSponsorLine(line: String) {
        #expect(PlainTextReader.sponsor(in: LineShape(line), openers: BoilerplateCues.shared.sponsorOpeners) == nil)
    }
}
