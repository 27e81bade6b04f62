import Testing
import ParallaxModel
@testable import ParallaxClaims

/// A death toll that a rise brings to its level (round 34): a running total, dated from the day a span after the event in
/// the article's headings or lead counts back to (`Drei Tage nach dem Busunglück`, `a week after the ferry sank`) to the
/// toll's own day. The dead of one day, the dead no verb of rising reaches, counts of the ill, a span after the event further
/// down and a day named only for an earlier figure leave the day as it was. Invented sentences, published Tuesday 2026-04-14.
@Suite struct RunningTollTimeTests {
    static let cases: [(String, [String], Double, String?, String?)] = [
        ("de", ["Drei Tage nach dem Busunglück ist die Zahl der Toten auf fünf gestiegen."], 5, "2026-04-11", "2026-04-14"),
        ("en", ["Three days after the bus crash, the death toll has risen to five."], 5, "2026-04-11", "2026-04-14"),
        ("en", ["Divers recovered two more bodies on Monday, bringing the death toll to nine, a week after the ferry sank."],
         9, "2026-04-07", "2026-04-13"),
        ("de", ["Eine Woche nach dem Fährunglück stieg die Zahl der Toten am Montag auf insgesamt neun."],
         9, "2026-04-07", "2026-04-13"),
        // The dead of one day keep it.
        ("en", ["Divers recovered two more bodies on Monday, bringing the death toll to nine, a week after the ferry sank."],
         2, "2026-04-13", "2026-04-13"),
        ("de", ["Drei Tage nach dem Busunglück sind fünf Menschen gestorben."], 5, "2026-04-14", "2026-04-14"),
        // A count of the ill is no death toll.
        ("de", ["Drei Tage nach dem Festessen ist die Zahl der Erkrankten auf 40 gestiegen."], 40, "2026-04-14", "2026-04-14"),
        // A span after an event below the lead dates that sentence's own event.
        ("en", ["A bus crashed near Hallstadt.", "Rescuers worked through the night.", "The driver was questioned.",
                "Three days after the crash, the death toll has risen to five."], 5, "2026-04-14", "2026-04-14"),
        // A day named for an earlier figure is no start of the toll.
        ("de", ["Bei dem Busunglück am Samstag starben drei Menschen.", "Am Montag ist die Zahl der Todesopfer auf fünf gestiegen."],
         5, "2026-04-13", "2026-04-13"),
    ]

    @Test(arguments: 0..<cases.count) func dates(_ index: Int) throws {
        let (language, sentences, value, start, end) = Self.cases[index]
        try ClaimTimeExpectation.expect(language, sentences: sentences, value: value, start: start, end: end)
    }
}
