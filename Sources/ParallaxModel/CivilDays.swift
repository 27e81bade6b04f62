/// Days since 1970-01-01 for dates of the proleptic Gregorian calendar, without Foundation's calendars or time
/// zones: a publication date is a day, and so is every resolved time. The one conversion the claims, stories and
/// reconcile stages share, after H. Hinnant's days-from-civil derivation.
package enum CivilDays {
    /// Days since 1970-01-01 of a civil date (no validation: callers check the date first).
    /// - Complexity: O(1).
    package static func days(year: Int, month: Int, day: Int) -> Int {
        let shiftedYear = month <= 2 ? year - 1 : year
        let era = (shiftedYear >= 0 ? shiftedYear : shiftedYear - 399) / 400
        let yearOfEra = shiftedYear - era * 400
        let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    /// The civil date `days` after 1970-01-01, the inverse of ``days(year:month:day:)``.
    /// - Complexity: O(1).
    package static func date(days: Int) -> (year: Int, month: Int, day: Int) {
        let shifted = days + 719_468
        let era = (shifted >= 0 ? shifted : shifted - 146_096) / 146_097
        let dayOfEra = shifted - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1_460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let monthIndex = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * monthIndex + 2) / 5 + 1
        let month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9
        return (era * 400 + yearOfEra + (month <= 2 ? 1 : 0), month, day)
    }

    /// Days since 1970-01-01 of the date `text` starts with (`2025-04-28`, `2025-04-28T05:37:00+02:00`), or `nil`
    /// when it starts with no year, month of 1–12 and day of 1–31 joined by hyphens.
    package static func days(iso text: String?) -> Int? {
        guard let text else { return nil }
        let parts = text.prefix(10).split(separator: "-")
        guard parts.count == 3, let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]),
            (1...12).contains(month), (1...31).contains(day)
        else { return nil }
        return Self.days(year: year, month: month, day: day)
    }

    /// The ISO 8601 date (`2027-06-09`) of a day counted from 1970-01-01.
    package static func iso(days: Int) -> String {
        let (year, month, day) = date(days: days)
        func padded(_ value: Int, _ width: Int) -> String {
            let digits = String(value)
            return String(repeating: "0", count: max(0, width - digits.count)) + digits
        }
        return "\(padded(year, 4))-\(padded(month, 2))-\(padded(day, 2))"
    }
}
