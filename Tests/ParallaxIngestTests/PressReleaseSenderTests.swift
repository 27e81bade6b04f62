import ParallaxModel
import Testing

@testable import ParallaxIngest

/// A press release or an advert names its kind above or beside its sender (round 20): the publisher is the sender, not
/// `Pressemitteilung` or `Anzeige`, and a date line that names the release's place (`Elsing, 8. Juni 2026`) is still read.
/// Every text is invented.
@Suite struct PressReleaseSenderTests {
    @Test(arguments: [
        ("PRESSEMITTEILUNG\nVerband Elsinger Reeder e. V.\nElsing, 8. Juni 2026\n\nReeder warnen vor Engpässen am Kanal\n\nDer Verband Elsinger Reeder warnt vor langen Wartezeiten an der Schleuse. Derzeit warten 40 Schiffe.\n",
         "Verband Elsinger Reeder e. V.", "2026-06-08"),
        ("Pressemitteilung\nFlussbund Elsing e.V.\n08.06.2026\n\nFlussbund fordert Messprogramm\n\nDer Flussbund Elsing fordert ein unabhängiges Messprogramm für den Fluss.\n",
         "Flussbund Elsing e.V.", "2026-06-08"),
        ("Flussbund Elsing e.V. – Pressemitteilung\nElsing, 8. Juni 2026\n\nFlussbund fordert Messprogramm\n\nDer Flussbund Elsing fordert ein unabhängiges Messprogramm für den Fluss.\n",
         "Flussbund Elsing e.V.", "2026-06-08"),
        ("ANZEIGE\nKanzlei Kessler & Born\n08.06.2026\n\nHolen Sie sich Ihr Geld zurück\n\nWir vertreten bereits mehr als 40 Geschädigte aus Elsing.\n",
         "Kanzlei Kessler & Born", "2026-06-08"),
        ("PRESS RELEASE\nMinistry of Rivers of the Republic of Elsing\nElsing, 8 June 2026\n\nMinistry opens canal locks\n\nThe ministry opened the locks on Monday morning.\n",
         "Ministry of Rivers of the Republic of Elsing", "2026-06-08"),
    ])
    func senderIsPublisher(text: String, publisher: String, day: String) throws {
        let document = PlainTextReader().read(text: text, input: "release.txt")
        #expect(document.publisher == publisher)
        #expect(document.published?.hasPrefix(day) == true, "\(document.published ?? "nil")")
    }

    /// A genre label alone names no publisher; a sender line keeps its dash when what follows is no label.
    @Test func senderAmongLines() {
        #expect(PlainTextReader.sender(among: ["PRESSEMITTEILUNG"]) == nil)
        #expect(PlainTextReader.sender(among: ["Pressemitteilung", "Flussbund Elsing e.V."]) == "Flussbund Elsing e.V.")
        #expect(PlainTextReader.sender(among: ["Radio Elsing – Nachrichten"]) == "Radio Elsing – Nachrichten")
    }
}
