import ParallaxModel

/// A day of the proleptic Gregorian calendar, with the arithmetic time expressions need.
///
/// Conversions use the days-from-civil algorithm, so no `Calendar` or time zone is involved: a
/// publication date is a day, and so is every resolved time.
struct CalendarDay: Sendable, Equatable, Comparable, Hashable {
    var year: Int
    var month: Int
    var day: Int

    init(year: Int, month: Int, day: Int) {
        self.year = year
        self.month = month
        self.day = day
    }

    /// The day of an ISO 8601 date or date-time (`2025-04-28`, `2025-04-28T05:37:00+02:00`), or `nil`.
    init?(iso text: String) {
        // The common shape `dddd-dd-dd` read from its bytes (round 33, cspeed33: the split into substrings and their
        // parsing cost about 3,400 instructions a date, three dates an article): the same numbers as the split gives, for
        // ten ASCII bytes that are the first ten characters (nothing after them, or an ASCII byte, which joins no
        // character with the digit before it). Any other text takes the general reading.
        if let digits = Self.isoDigits(text) {
            guard CalendarDay.isValid(year: digits.year, month: digits.month, day: digits.day) else { return nil }
            self.init(year: digits.year, month: digits.month, day: digits.day)
            return
        }
        let parts = text.prefix(10).split(separator: "-")
        guard parts.count == 3, let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]),
            CalendarDay.isValid(year: year, month: month, day: day)
        else { return nil }
        self.init(year: year, month: month, day: day)
    }

    /// Year, month and day of text that opens with `dddd-dd-dd` in ASCII followed by nothing or by an ASCII byte; nil
    /// for any other text.
    private static func isoDigits(_ text: String) -> (year: Int, month: Int, day: Int)? {
        let read = text.utf8.withContiguousStorageIfAvailable { bytes -> (year: Int, month: Int, day: Int)? in
            guard bytes.count >= 10, bytes.count == 10 || bytes[10] < 0x80, bytes[4] == 0x2D, bytes[7] == 0x2D else { return nil }
            var value = 0
            for position in [0, 1, 2, 3, 5, 6, 8, 9] {
                let digit = bytes[position] &- 0x30
                guard digit < 10 else { return nil }
                value = value * 10 + Int(digit)
            }
            return (value / 10_000, value / 100 % 100, value % 100)
        }
        return read ?? nil
    }

    /// True when the date exists.
    static func isValid(year: Int, month: Int, day: Int) -> Bool {
        (1...12).contains(month) && day >= 1 && day <= daysIn(month: month, year: year)
    }

    /// Number of days of a month.
    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// Days since 1970-01-01.
    var daysSinceEpoch: Int { CivilDays.days(year: year, month: month, day: day) }

    /// The day `days` after 1970-01-01.
    init(daysSinceEpoch days: Int) {
        let (year, month, day) = CivilDays.date(days: days)
        self.init(year: year, month: month, day: day)
    }

    /// ISO weekday: Monday 1 … Sunday 7.
    var weekday: Int {
        let value = (daysSinceEpoch + 3) % 7
        return (value < 0 ? value + 7 : value) + 1
    }

    /// The day `count` days later (earlier when negative).
    func adding(days count: Int) -> CalendarDay {
        CalendarDay(daysSinceEpoch: daysSinceEpoch + count)
    }

    /// The last day of this day's month.
    var endOfMonth: CalendarDay {
        CalendarDay(year: year, month: month, day: CalendarDay.daysIn(month: month, year: year))
    }

    /// `YYYY-MM-DD`.
    ///
    /// Round 23: written as ten ASCII bytes when the year has four digits and month and day two (every day a text can
    /// name); string interpolation with padding was about 1 % of the claims stage (callgrind). Other values keep the
    /// padded decimal form.
    var iso: String {
        guard (0...9999).contains(year), (0...99).contains(month), (0...99).contains(day) else { return paddedISO }
        return String(unsafeUninitializedCapacity: 10) { buffer in
            func write(_ value: Int, digits: Int, at offset: Int) {
                var value = value
                for position in stride(from: offset + digits - 1, through: offset, by: -1) {
                    buffer[position] = UInt8(ascii: "0") + UInt8(value % 10)
                    value /= 10
                }
            }
            write(year, digits: 4, at: 0)
            buffer[4] = UInt8(ascii: "-")
            write(month, digits: 2, at: 5)
            buffer[7] = UInt8(ascii: "-")
            write(day, digits: 2, at: 8)
            return 10
        }
    }

    /// `YYYY-MM-DD` by padded decimal strings, for any values (the general form of ``iso``).
    var paddedISO: String {
        func pad(_ value: Int, _ width: Int) -> String {
            let text = String(value)
            return String(repeating: "0", count: max(0, width - text.count)) + text
        }
        return "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))"
    }

    static func < (left: CalendarDay, right: CalendarDay) -> Bool {
        (left.year, left.month, left.day) < (right.year, right.month, right.day)
    }
}
