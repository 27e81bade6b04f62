internal import ParallaxModel

/// A death toll that a rise brings to its level is a running total: it counts the dead from the event's first day to the day
/// it is reported (round 34).
///
/// `Zwei Tage nach dem Dammbruch ist die Zahl der Todesopfer auf fünf gestiegen`, `The death toll from Cyclone Imara has risen
/// to 38, a week after the storm struck`, `…, bringing the death toll to seven`: ten tuning writers (dev … dev10) date such a
/// toll from the event's day to the report's, one (dev26) by the day of the last death alone. The figure keeps the day the
/// code gave it as the span's end; the span starts on the day a span after the event in the article's headings or lead counts
/// back to from the publication day (``eventDays``), within the month before. Any earlier day the article names, or the day of
/// its earlier tolls, was tried as the start and left: it caught days of other events (round 34).
/// A toll without a verb of rising (`Sieben Tote`, `Die Zahl der Todesopfer liegt bei vier`) and the dead of one day
/// (`weitere 15 Menschen getötet`) keep their day.
extension ClaimBuilder {
    /// How far back a running toll's first day may lie: one event's days, not an earlier disaster the article recalls.
    static let runningTollDays = 31

    /// The time of a figure widened to a running toll's span, or the time unchanged.
    /// - Complexity: O(n + d) in the sentence's tokens and the article's event days.
    func runningTollSpan(_ time: TimeSpan?, mention: QuantityMention, measure: String?, tokens: [ClaimToken]) -> TimeSpan? {
        guard let time, measure == "killed", time.start == time.end, let day = time.start.flatMap(CalendarDay.init(iso:)),
            isReachedTotal(mention, tokens: tokens),
            let first = eventDays.filter({ $0 < day && $0 >= day.adding(days: -Self.runningTollDays) }).min()
        else { return time }
        return TimeSpan(text: time.text, start: first.iso, end: time.end)
    }

    /// True when a preposition of the level reached (`auf`, `to`) stands right before the figure, past up to two words of its
    /// qualifier (`auf insgesamt 112`, `to at least 40`), and a verb that brings a count to a total (`toll-totals.txt`) in the
    /// sentence, before it (`rose to`, `bringing the death toll to`) or after it (`auf fünf gestiegen`).
    private func isReachedTotal(_ mention: QuantityMention, tokens: [ClaimToken]) -> Bool {
        guard !pack.tollTotals.isEmpty else { return false }
        var preposition: Int?
        for index in stride(from: mention.number - 1, through: max(0, mention.number - 3), by: -1) {
            if tokens[index].kind == .punctuation { break }
            if pack.targetPrepositions.contains(tokens[index]) {
                preposition = index
                break
            }
        }
        guard let preposition else { return false }
        return tokens.indices.contains { $0 != preposition && pack.tollTotals.match(tokens, at: $0) != nil }
    }
}
