import Testing

@testable import ParallaxIngest

/// A subscription's trial term for a price (`4 Wochen für 0,99 € lesen`, `3 months for £1`) is an advert even without a
/// call to action; reporting that names a period and a price in a sentence stays. Lines written for these tests.
@Suite struct TrialOfferTests {
    @Test(arguments: [
        "Beispielblatt Premium: 4 Wochen für 1 € testen",
        "BOTE+ 6 Wochen für 0,99 € lesen",
        "Digital-Abo: 3 Monate für 2,99 €",
        "Example Times: 3 months for £1",
        "Try 4 weeks for $1",
    ])
    func findsTheOffer(line: String) {
        #expect(PromotionDetector().verdict(LineShape(line))?.why == "advert or event invitation")
    }

    @Test(arguments: [
        "Die Mieter zahlten drei Monate für 900 € im Monat.",
        "Workers were paid 4 weeks for £200 in total.",
        "Nach 4 Wochen stieg der Preis auf 1,20 €",
    ])
    func keepsReporting(line: String) {
        #expect(PromotionDetector().verdict(LineShape(line)) == nil)
    }
}
