internal import ParallaxModel

/// The days an article's headings and lead date its event by, where a running toll starts (round 34,
/// `ClaimBuilder+RunningToll.swift`): the day a span of days or weeks after the event counts back to from the publication day
/// (`elapsed-openers.txt`: `Zwei Tage nach dem Dammbruch` in an article of 22 June is 20 June, `a week after the storm
/// struck` on 21 June is 14 June).
extension ClaimExtractor {
    /// The units of a span after an event, in days.
    static let elapsedUnitDays: [String: Int] = ["day": 1, "week": 7]

    /// The article's event days, in order.
    /// - Complexity: O(n) in the article's times and figures.
    static func eventDays(_ analyses: [SentenceAnalysis], published: String?, pack: LanguagePack) -> [CalendarDay] {
        var days: [CalendarDay] = []
        let reference = published.flatMap(CalendarDay.init(iso:))
        // Only the headings and the lead (the first three sentences that are no heading), where the article's event day is
        // read too: a span after an event further down dates that sentence's own event (`Elf Tage nach dem Erdbeben hat ein
        // Nachbeben … erschüttert`).
        var notHeadings = 0
        for position in analyses.indices {
            if analyses[position].sentence.role != .heading {
                if notHeadings == 3 { break }
                notHeadings += 1
            }
            guard let reference, !pack.elapsedOpeners.isEmpty else { continue }
            let tokens = analyses[position].tokenized.tokens
            for index in tokens.indices.dropFirst(2) where pack.elapsedOpeners.match(tokens, at: index) != nil {
                if let span = elapsedDays(tokens, unitAt: index - 1, pack: pack) { days.append(reference.adding(days: -span)) }
            }
        }
        return days
    }

    /// The days of a span of days or weeks whose unit word stands at `index` after its count (`Drei Tage`, `Eine Woche`, `a
    /// week`, `seven days`), up to two months; nil for any other word.
    /// - Complexity: O(1): two look-ups.
    static func elapsedDays(_ tokens: [ClaimToken], unitAt index: Int, pack: LanguagePack) -> Int? {
        guard index >= 1, tokens[index].kind == .word, let unit = pack.unit(for: tokens[index].lower)?.unit,
            let unitDays = elapsedUnitDays[unit]
        else { return nil }
        let count = tokens[index - 1]
        let value = count.kind == .number ? Double(count.text) : pack.numberWords[count.lower]
        guard let value, value >= 1, value <= 60, value == value.rounded() else { return nil }
        let days = Int(value) * unitDays
        return days <= 62 ? days : nil
    }
}
