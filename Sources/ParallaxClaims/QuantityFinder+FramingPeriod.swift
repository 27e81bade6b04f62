/// A span of time after a qualifier of a deadline that frames the figure right after it (round 27).
///
/// `binnen`, `innerhalb (von)`, `within` (`frame-qualifiers.txt`) bound a span: `habe binnen 40 Minuten ein Boot
/// geschickt`, `notified emergency services within 40 minutes` state how long something took, at most, and are `up-to`
/// durations. When another figure follows the span in the same clause (`binnen 36 Stunden 110 Liter Regen`, `verlor binnen
/// zwei Tagen mehr als 90 Prozent`, `innerhalb von 24 Stunden mehr als 580 Menschen geborgen`, `Within 24 hours, 580
/// people were rescued`), the span is the period over which that amount was measured — the frame of another figure, like
/// `in den vergangenen sieben Tagen` (`time-frames.txt`), which the writers do not count as a bound length of time.
extension QuantityFinder {
    /// True when the span of time from `start` to `end` opens with a frame qualifier (`binnen`, `innerhalb`, `within`) and a
    /// figure follows it at once — after a comma and a qualifier at most — that is no year (`innerhalb von fünf Jahren 2015
    /// …` is no amount).
    /// - Complexity: O(1): called only for spans of time; one word-set test, then at most one qualifier look-up and one
    ///   number reading at the span's end.
    func isFramingPeriod(_ tokens: [ClaimToken], start: Int, end: Int) -> Bool {
        guard start < end, pack.frameQualifiers.contains(tokens[start]) else { return false }
        var next = end
        if next < tokens.count, tokens[next].text == "," { next += 1 }
        if next < tokens.count, let qualifier = pack.qualifiers.match(tokens, at: next) { next += qualifier.length }
        guard next < tokens.count, let figure = read(tokens, at: next), !isExcluded(tokens, at: next, reading: figure) else {
            return false
        }
        return !(tokens[next].isFourDigitInteger && (1900...2100).contains(figure.value))
    }
}
