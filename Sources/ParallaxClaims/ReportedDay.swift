import ParallaxModel

/// The day an article that dates nothing near its start reports on (round 23): its publication day — or, for a report
/// published in the early morning, the day before. A morning edition or an early web story tells what happened the day and
/// night before it went out (`Was für eine Horror-Nacht!`, `Seven hours of terror`) without naming the day; eight study
/// writers (dev, dev3, dev5, dev6, dev7, dev9, dev12, dev15) dated such stories' figures the day before publication.
/// Only the fallback moves: relative times (`am Montag`, `gestern`) still count from the publication day.
enum ReportedDay {
    /// Reports published before this hour of their own local time cover the day before.
    static let morningEditionEndHour = 9

    /// The reported day of a publication date or date-time (`2026-05-15T06:00:00+02:00` → 2026-05-14), as a one-day span
    /// whose text is the ISO day; the publication day when no time of day is given or the hour is
    /// ``morningEditionEndHour`` or later; nil when there is no date.
    /// - Complexity: O(1), once per article.
    static func of(published: String?) -> TimeSpan? {
        guard let published, var day = CalendarDay(iso: published) else { return nil }
        if let hour = hour(of: published), hour < morningEditionEndHour { day = day.adding(days: -1) }
        return TimeSpan(text: day.iso, start: day.iso, end: day.iso)
    }

    /// The hour of an ISO 8601 date-time as written (its own offset, not converted), or nil for a bare date.
    static func hour(of published: String) -> Int? {
        let characters = Array(published.utf8)
        guard characters.count >= 13, characters[10] == UInt8(ascii: "T"),
            let tens = digit(characters[11]), let ones = digit(characters[12])
        else { return nil }
        return tens * 10 + ones
    }

    private static func digit(_ byte: UInt8) -> Int? {
        (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) ? Int(byte - UInt8(ascii: "0")) : nil
    }
}
