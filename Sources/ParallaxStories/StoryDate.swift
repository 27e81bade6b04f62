import ParallaxModel

/// Calendar arithmetic on ISO 8601 days, without Foundation's time zones (``CivilDays``), as the story index keeps
/// them: 32-bit day numbers.
package enum StoryDate {
    /// Days since 1970-01-01 of the date that `text` starts with (`2025-04-28`, `2025-04-28T05:37…`).
    package static func day(_ text: String?) -> Int32? {
        CivilDays.days(iso: text).map { Int32($0) }
    }

    /// The ISO 8601 day of a day number.
    package static func iso(_ day: Int32) -> String {
        CivilDays.iso(days: Int(day))
    }
}
