import ParallaxModel

/// Calendar arithmetic on ISO 8601 days, without Foundation's time zones (``CivilDays``), as the story index keeps
/// them: 32-bit day numbers.
package enum StoryDate {
    /// Days since 1970-01-01 of the date that `text` starts with (`2025-04-28`, `2025-04-28T05:37…`).
    package static func day(_ text: String?) -> Int32? {
        CivilDays.days(iso: text).map { Int32($0) }
    }

    /// Minutes since 1970-01-01 00:00 of the clock time an ISO 8601 time of publication gives
    /// (`2025-04-28T05:37:00+02:00` → 05:37 of 28 April; the offset is left aside, as reports of one
    /// event are dated on one region's clock and pages often give none), or `nil` when `text` gives a
    /// day without an hour and minute.
    package static func minute(_ text: String?) -> Int64? {
        guard let text, let day = day(text) else { return nil }
        let bytes = Array(text.utf8.prefix(16))
        func number(_ start: Int) -> Int? {
            let (high, low) = (bytes[start], bytes[start + 1])
            guard (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(high),
                (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(low)
            else { return nil }
            return Int(high - UInt8(ascii: "0")) * 10 + Int(low - UInt8(ascii: "0"))
        }
        guard bytes.count == 16, bytes[10] == UInt8(ascii: "T") || bytes[10] == UInt8(ascii: " "),
            bytes[13] == UInt8(ascii: ":"), let hour = number(11), let minute = number(14), hour < 24, minute < 60
        else { return nil }
        return Int64(day) * 1440 + Int64(hour * 60 + minute)
    }

    /// The ISO 8601 day of a day number.
    package static func iso(_ day: Int32) -> String {
        CivilDays.iso(days: Int(day))
    }
}
