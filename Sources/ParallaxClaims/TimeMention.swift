/// A time expression found in a sentence, resolved to days when it can be.
struct TimeMention: Sendable, Equatable {
    /// Index of the first token.
    var first: Int
    /// Index one past the last token.
    var end: Int
    var start: CalendarDay?
    var last: CalendarDay?
    /// True when the time is the baseline of a record (`the worst flood since 1987`): it dates no figure of its
    /// sentence but those of the baseline's own clause (`…, when four people died`).
    var baseline = false
    /// True when the year is when a thing was built, founded, opened or closed (`the dam, built in 1971`, `die 1978 gebaute
    /// Leitung`, `aus dem Jahr 1961`): it dates the thing's origin, no figure and no paragraph (round 24).
    var origin = false
    /// The relative clause a whole year stands in (`The charity, which raised €23 million in 2026, …`): the year dates only
    /// that clause's figures, and no paragraph (round 29).
    var relativeClause: Range<Int>?
    /// True when the time runs from one named day up to the reference day (`seit Freitagabend`, `since Oct. 21`): what it
    /// dates began that day, the day of the event that set it off (round 33).
    var sinceDay = false
    /// True when the time is a news dateline's date (`ERLENBACH, June 20 (CNW) -`): it dates the report, no figure and no
    /// paragraph (round 33).
    var dateline = false

    /// True when the time may date the figures of its sentence and paragraph: it is neither a record's baseline nor an origin.
    var datesEvents: Bool { !baseline && !origin && !dateline }

    /// True when the time may date the paragraph's other sentences: it dates events and stands in no relative clause.
    var datesParagraph: Bool { datesEvents && relativeClause == nil }
}

/// How precisely a time expression names its period; parts of a period depend on it.
enum TimeGranularity: Sendable {
    case day
    case week
    case month
    case season
    case year
}

extension CalendarDay {
    /// The first and last day of a part (`early`, `mid`, `late`) of a period: of a month the first,
    /// middle and last ten days; of a year the first two, middle two and last two months.
    static func part(
        _ part: String, of period: (CalendarDay, CalendarDay), granularity: TimeGranularity
    ) -> (CalendarDay, CalendarDay) {
        let (first, last) = period
        switch granularity {
        case .month:
            switch part {
            case "early": return (first, CalendarDay(year: first.year, month: first.month, day: 10))
            case "mid": return (
                CalendarDay(year: first.year, month: first.month, day: 11),
                CalendarDay(year: first.year, month: first.month, day: 20))
            default: return (CalendarDay(year: first.year, month: first.month, day: 21), last)
            }
        case .year:
            switch part {
            case "early": return (first, CalendarDay.month(2, year: first.year).1)
            case "mid": return (CalendarDay(year: first.year, month: 6, day: 1), CalendarDay(year: first.year, month: 7, day: 31))
            default: return (CalendarDay(year: first.year, month: 11, day: 1), last)
            }
        default:
            return period
        }
    }

    /// The whole month.
    static func month(_ month: Int, year: Int) -> (CalendarDay, CalendarDay) {
        let first = CalendarDay(year: year, month: month, day: 1)
        return (first, first.endOfMonth)
    }

    /// The whole year.
    static func year(_ year: Int) -> (CalendarDay, CalendarDay) {
        (CalendarDay(year: year, month: 1, day: 1), CalendarDay(year: year, month: 12, day: 31))
    }
}
