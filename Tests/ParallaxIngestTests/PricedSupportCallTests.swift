import Testing
@testable import ParallaxIngest

/// An outlet's call for support that names its price in a line of its own is furniture (round 30): a support verb ending the
/// call (German) or opening it (English), a dash, and an amount of money with the terms of a price. Headlines of aid given by
/// others, and sentences of reporting, stay. Lines written for these tests.
@Suite struct PricedSupportCallTests {
    @Test(arguments: [
        "Beispielblatt unterstützen – ab 4 Euro im Monat",
        "Die Kiezpost unterstützen – schon ab 5 €",
        "Nordlicht abonnieren – 6 Euro pro Monat",
        "Support the Example Ledger – from £3 a month",
        "Donate to Harbour Notes – $5 per month",
    ])
    func aPricedCallForSupportIsFurniture(line: String) {
        let isCall = PlainTextBoilerplateClassifier().isPricedSupportCall(LineShape(line))
        #expect(isCall)
    }

    @Test(arguments: [
        // Aid given by others: a longer first part, a sum without a price's terms, or a full stop.
        "Land will Bauern unterstützen – 300 Euro pro Kind",
        "Stadt will die Vereine künftig unterstützen – ab 2026 mehr Geld",
        "Bund soll Kommunen unterstützen – 3 Millionen Euro",
        "Vereine unterstützen – ab 4 Euro im Monat.",
        "Support for farmers – €3 million in aid",
        "Support grows for the new dam plan – from €2 a month",
        // A price without a call for support.
        "Tickets – ab 4 Euro im Monat",
    ])
    func otherLinesStay(line: String) {
        let isCall = PlainTextBoilerplateClassifier().isPricedSupportCall(LineShape(line))
        #expect(!isCall)
    }
}
