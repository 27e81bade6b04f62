import ParallaxModel

extension ClaimBuilder {
    /// True when a span of time is the length of its action from the day on: an adjective compounded with its number
    /// (`48-hour strike`, `48-stündigen Streiks`) or after a preposition of `duration-lead-words.txt` (`für 48 Stunden`,
    /// `for 48 hours`); not after `nach`, `binnen`, `within`, `after`, which count back from the day or frame it.
    /// - Complexity: O(1): two token tests and one phrase lookup.
    func spansFromItsDay(_ mention: QuantityMention, tokens: [ClaimToken]) -> Bool {
        let number = mention.number
        if tokens[number].text.contains("-") { return true }
        if number + 1 < tokens.count, !tokens[number + 1].spaceBefore { return true }
        return number > 0 && pack.durationLeadWords.match(tokens, at: number - 1) != nil
    }

    /// A span of hours dated by the day it starts (`a 48-hour strike on Tuesday`, `der 24-stündige Streik am Dienstag`)
    /// runs from that day to the day it ends: 48 hours from Tuesday end on Thursday. Only whole days of hours (24, 48,
    /// 72 …) up to two weeks; other times stay as they are.
    /// - Complexity: O(1).
    ///
    /// A span of whole days counts its first day (round 24): a two-day strike from Monday runs Monday and Tuesday
    /// (`a two-day strike on Monday`, `zweitägigen Streiks … am Montag`, `für zwei Tage` from Thursday), as dev13, dev15 and
    /// dev16 date it; up to two weeks.
    static func durationSpan(_ span: TimeSpan, quantity: Quantity) -> TimeSpan {
        if quantity.unit == "day", let days = quantity.value, days >= 2, days <= 14, days.rounded() == days,
            let day = span.start, span.end == day, let start = CalendarDay(iso: day)
        {
            return TimeSpan(text: span.text, start: day, end: start.adding(days: Int(days) - 1).iso)
        }
        guard quantity.unit == "hour", let hours = quantity.value, hours >= 24, hours <= 336,
            hours.truncatingRemainder(dividingBy: 24) == 0,
            let day = span.start, span.end == day, let start = CalendarDay(iso: day)
        else { return span }
        return TimeSpan(text: span.text, start: day, end: start.adding(days: Int(hours / 24)).iso)
    }
}
