import ParallaxModel
import Testing

@testable import ParallaxIngest

/// A reader-funded outlet's appeal that names its price is furniture even as a full sentence, and so is a free trial
/// after a product name marked with a plus or `PLUS:` (round 24, quantity24: eight writers' bodies kept such lines and
/// their prices became quantities). Lines written for these tests.
@Suite struct PricedAppealAndFreeTrialTests {
    @Test(arguments: [
        "ZEITUNG+ jetzt 6 Wochen für 49 Cent",
        "BLATT PLUS: 2 Wochen gratis testen",
        "MORGEN+ jetzt 14 Tage kostenlos lesen",
        "ECHO+ now 30 days free trial",
    ])
    func freeTrialIsAnAdvert(line: String) {
        #expect(PromotionDetector().verdict(LineShape(line))?.why == "advert or event invitation")
    }

    @Test(arguments: [
        "Die Bibliothek verleiht 30 Tage lang gratis Bücher.",
        "Die Schüler lesen gratis, zwei Wochen lang",
        "Der Test dauert 14 Tage",
    ])
    func reportingOfFreeThingsStays(line: String) {
        #expect(PromotionDetector().verdict(LineShape(line)) == nil)
    }

    @Test(arguments: [
        "Der Landbote ist werbefrei – unterstütze uns mit 4 € im Monat.",
        "Nordlicht lebt von euch: Jetzt Fördermitglied werden ab 6 € im Monat.",
        "Support independent Fenwick journalism: become a Patron from £4 a month",
    ])
    func pricedAppealIsFurniture(line: String) {
        let text = "Headline of a report\n\nThe first paragraph of the report tells what happened.\n\n\(line)\n"
        let document = PlainTextReader().read(text: text, input: "inline")
        #expect(!document.blocks.contains { $0.text.contains(line.prefix(20)) }, "\(document.blocks.map(\.text))")
    }

    @Test(arguments: [
        "Die Stiftung unterstützt die Tafel mit 5.000 Euro im Jahr.",
        "Der Verein sagt, er lebe von Spenden und brauche 20.000 Euro.",
    ])
    func reportedSupportStays(sentence: String) {
        let text = "Headline of a report\n\n\(sentence)\n\nA second paragraph of the report follows here.\n"
        let document = PlainTextReader().read(text: text, input: "inline")
        #expect(document.blocks.contains { $0.text == sentence }, "\(document.removed)")
    }
}
