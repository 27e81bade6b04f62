import ParallaxModel
import Testing

@testable import ParallaxIngest

/// A press release closes with a note about its sender (`Über den Verband: …`, `About the Alliance: …`): it describes the
/// body that sent it, not the news, and is furniture; the release's own reporting stays, and so does a line of reporting
/// that opens with `über`/`about` in the middle of a text. Releases written for these tests.
@Suite struct PressReleaseAboutNoteTests {
    @Test(arguments: [
        "Über den Verband: Der Verband vertritt 240 Bauunternehmen mit rund 9.000 Beschäftigten.",
        "Über uns: Die Initiative Sauberer See e.V. ist ein Umweltverband mit rund 1.200 Mitgliedern.",
        "Über die Stiftung Lindau: Die Stiftung fördert seit 1987 Projekte im ländlichen Raum.",
        "About the Alliance: The Alliance represents 310 builders employing some 8,000 people.",
        "About us: Clean Lakes is a charity with 2,500 members.",
    ])
    func dropsTheSendersNote(note: String) {
        let blocks = PlainTextReader().read(text: pressRelease(closingWith: note), input: "release.txt").blocks.map(\.text)
        #expect(!blocks.contains { $0.contains(note.prefix(20)) }, "\(blocks)")
        #expect(blocks.contains { $0.contains("Sofortprogramm") })
    }

    @Test(arguments: [
        // A figure after `about` is a count, not a label.
        "About 60 residents: that is how many the shelter can take, the mayor said.",
        // `über` opening reporting in the middle of a text, far from its end.
        "Über die Zukunft des Werks: Darüber beraten Betriebsrat und Vorstand am Montag.",
    ])
    func keepsReporting(line: String) {
        let text = """
            Überschrift einer Meldung

            \(line)

            Ein weiterer Satz der Meldung folgt hier.

            Noch ein Absatz der Meldung mit mehr Text.

            Der dritte Absatz schließt die Meldung ab.

            Ein letzter Satz der Meldung steht hier.
            """
        let blocks = PlainTextReader().read(text: text, input: "line.txt").blocks.map(\.text)
        #expect(blocks.contains(line), "\(blocks)")
    }

    @Test(arguments: [
        ("über den verband: der verband vertritt 240 unternehmen.", true),
        ("über uns: wir sind ein verein.", true),
        ("about acme: acme makes tools.", true),
        ("about 60 residents: that is all.", false),
        ("über: nichts.", false),
        ("der verband: über 240 unternehmen.", false),
    ])
    func readsTheLabel(key: String, isNote: Bool) {
        #expect(PlainTextBoilerplateClassifier().isAboutNote(key) == isNote)
    }
}
