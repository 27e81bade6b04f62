import ParallaxModel
import Testing

@testable import ParallaxIngest

/// Dateline blocks with a byline under the date, a bare author name, or a date line that also carries a
/// reading time; donation appeals, follow invitations, advert pitches between the advert's signals, and
/// feed channel titles that add a section. Every fixture is invented.
@Suite struct DatelineBlockTests {
    struct Expected: Sendable, CustomTestStringConvertible {
        var fixture: String
        var publisher: String
        var day: String
        var authors: [String]
        var title: String
        var testDescription: String { fixture }
    }

    @Test(arguments: [
        Expected(
            fixture: "plain/dateline-byline-under-date.txt", publisher: "Musterhafener Tageszeitung",
            day: "2026-06-09", authors: ["Lena Beispiel"], title: "Stadtrat beschließt neue Fährverbindung zur Insel"),
        Expected(
            fixture: "plain/dateline-bare-name.txt", publisher: "Grenzland-Echo", day: "2026-03-02",
            authors: ["Petra Musterfrau"], title: "Wasserwerk warnt vor verunreinigtem Trinkwasser im Nordviertel"),
        Expected(
            fixture: "plain/dateline-reading-time.txt", publisher: "Beispielblatt Online", day: "2026-05-05",
            authors: ["Jonas Muster"], title: "Landtag stimmt für kostenloses Schulessen"),
    ])
    func datelineBlockIsMetadata(expected: Expected) throws {
        let document = try read(expected.fixture)
        #expect(document.publisher == expected.publisher)
        #expect(document.published?.hasPrefix(expected.day) == true, "\(document.published ?? "nil")")
        #expect(document.authors == expected.authors)
        #expect(document.title == expected.title)
        #expect(document.blocks.first?.text == expected.title)
        #expect(document.blocks.count == 3 || document.blocks.count == 2, "\(document.blocks)")
        #expect(document.removed.first?.why == BoilerplateVerdict.dateline.why)
    }

    @Test func donationAppealsAndFollowInvitationsAreFurniture() throws {
        let document = try read("plain/support-and-follow.txt")
        #expect(document.blocks.map(\.text).last == "Residents who lost shops in the floods welcomed the decision.")
        let whys = document.removed.map(\.why)
        #expect(whys.contains(BoilerplateVerdict.support.why), "\(document.removed)")
        #expect(whys.contains(BoilerplateVerdict.follow.why), "\(document.removed)")
    }

    @Test(arguments: [
        "Supporters of the plan say the council must now act on the quay.",
        "Die Partei will ihre Anhänger auf Telegram mobilisieren, sagte der Sprecher.",
        "Wer die Opfer unterstützen will, kann an das Rote Kreuz spenden.",
    ])
    func reportingAboutSupportOrNetworksStays(sentence: String) throws {
        let text = "Headline of a report\n\n\(sentence)\n\nA second paragraph of the report follows here.\n"
        let document = PlainTextReader().read(text: text, input: "inline")
        #expect(document.blocks.contains { $0.text == sentence }, "\(document.removed)")
    }

    @Test func advertPitchBetweenDateLineAndSpeakersIsPartOfTheAdvert() throws {
        let document = try read("plain/advert-pitch-between-signals.txt")
        #expect(document.blocks.count == 2, "\(document.blocks.map(\.text))")
        #expect(!document.blocks.contains { $0.text.contains("Warm durch den Winter") })
    }

    @Test func feedChannelTitleWithSectionGivesTheOutlet() throws {
        let document = try read("feeds/channel-with-section.rss")
        #expect(document.publisher == "Musterstädter Nachrichten")
    }

    private func read(_ fixture: String) throws -> CleanDocument {
        let documents = try InputReader().read(path: FixtureFiles.path(fixture))
        return try #require(documents.first)
    }
}
