import ParallaxModel
import Testing

@testable import ParallaxIngest

/// A press release's note about its sender whose label stands on a line of its own (`Über den Bauverband:` / `Der Verband
/// vertritt …`, `About Brightwater Homes` / `Brightwater Homes builds …`) or names the sender right after `über`
/// (`Über Lindtal: …`): the label and the note are furniture; a heading of the story is not (round 25, quantity25).
/// Releases written for these tests.
@Suite struct AboutLabelOnOwnLineTests {
    static func blocks(_ text: String) -> [String] {
        PlainTextReader().read(text: text, input: "release.txt").blocks.map(\.text)
    }

    @Test(arguments: [
        ("Über den Bauverband:\nDer Verband vertritt 240 Bauunternehmen mit rund 9.000 Beschäftigten.", "240 Bauunternehmen"),
        ("About Brightwater Homes\nBrightwater Homes builds 1,400 homes a year and employs 600 people.", "1,400 homes"),
        ("Über Lindtal: Die Lindtal Werke AG beschäftigt rund 4.100 Menschen an zwölf Standorten.", "4.100 Menschen"),
    ])
    func dropsTheNote(note: String, figure: String) {
        let blocks = Self.blocks(pressRelease(closingWith: note, contactAfterBlankLine: true))
        #expect(!blocks.contains { $0.contains(figure) }, "\(blocks)")
        #expect(blocks.contains { $0.contains("Sofortprogramm") })
    }

    @Test func keepsAHeadingWhoseNextLineNamesAnotherThing() {
        let release = pressRelease(
            closingWith: "Über Lindau hinaus\nAuch im Nachbarkreis stehen 300 Keller unter Wasser.", contactAfterBlankLine: true)
        let blocks = Self.blocks(release)
        #expect(blocks.contains { $0.contains("300 Keller") }, "\(blocks)")
    }
}
