/// The patterns of written dates, times and zones, matched over ``DateToken``s.
///
/// Each matcher takes a token index and returns the value and the index after it, or `nil`.
package struct DateGrammar {
    private let tokens: [DateToken]
    private let vocabulary: DateVocabulary

    /// Zone abbreviations of RFC 822 and common European ones, in minutes east of UTC.
    private static let zones: [String: Int] = [
        "z": 0, "ut": 0, "utc": 0, "gmt": 0, "est": -300, "edt": -240, "cst": -360, "cdt": -300, "mst": -420,
        "mdt": -360, "pst": -480, "pdt": -420, "cet": 60, "cest": 120, "mez": 60, "mesz": 120,
    ]

    /// A grammar over `tokens`.
    package init(tokens: [DateToken], vocabulary: DateVocabulary) {
        self.tokens = tokens
        self.vocabulary = vocabulary
    }

    /// Whether `word` may stand in a dateline without being part of the date itself.
    package func isFiller(_ word: String) -> Bool {
        word == "t" || vocabulary.fillers.contains(word) || vocabulary.clockWords.contains(word)
            || vocabulary.morning.contains(word) || vocabulary.afternoon.contains(word) || Self.zones[word] != nil
    }

    /// A date starting at `index`: `y-m-d`, `d.m.y`, `d/m/y`, `d. Month y`, `Month d, y`.
    package func date(at index: Int) -> ((year: Int, month: Int, day: Int), Int)? {
        if case .number(let first, let firstDigits) = token(index) {
            // y-m-d or y/m/d
            if firstDigits == 4, let separator = mark(index + 1), separator == "-" || separator == "/",
                case .number(let month, _) = token(index + 2), mark(index + 3) == separator,
                case .number(let day, _) = token(index + 4)
            {
                return valid(year: first, month: month, day: day).map { ($0, index + 5) }
            }
            // d.m.y, d-m-y, d/m/y (m/d/y when the first number cannot be a day of a month ≤ 12)
            if firstDigits <= 2, let separator = mark(index + 1), ".-/".contains(separator),
                case .number(let second, let secondDigits) = token(index + 2), secondDigits <= 2,
                mark(index + 3) == separator, case .number(let year, let yearDigits) = token(index + 4),
                yearDigits == 2 || yearDigits == 4
            {
                let (day, month) = separator == "/" && second > 12 ? (second, first) : (first, second)
                return valid(year: Self.fullYear(year, digits: yearDigits), month: month, day: day).map { ($0, index + 5) }
            }
            // d. Month y, d Month y, d-Mon-y
            if firstDigits <= 2 {
                var cursor = index + 1
                cursor = skipMarks(from: cursor, allowed: ".-")
                if case .word(let name) = token(cursor), let month = monthNumber(name) {
                    cursor = skipMarks(from: cursor + 1, allowed: ".-,")
                    if case .number(let year, let yearDigits) = token(cursor), yearDigits == 4 || yearDigits == 2,
                        mark(cursor + 1) != ":"
                    {
                        return valid(year: Self.fullYear(year, digits: yearDigits), month: month, day: first)
                            .map { ($0, cursor + 1) }
                    }
                }
            }
        }
        // Month d, y
        if case .word(let name) = token(index), let month = monthNumber(name) {
            var cursor = skipMarks(from: index + 1, allowed: ".")
            if case .number(let day, let dayDigits) = token(cursor), dayDigits <= 2 {
                cursor = skipMarks(from: cursor + 1, allowed: ",.")
                if case .word(let suffix) = token(cursor), ["st", "nd", "rd", "th"].contains(suffix) {
                    cursor = skipMarks(from: cursor + 1, allowed: ",")
                }
                if case .number(let year, 4) = token(cursor) {
                    return valid(year: year, month: month, day: day).map { ($0, cursor + 1) }
                }
            }
        }
        return nil
    }

    /// A time starting at `index`: `05:37`, `05:37:00`, `05:37:00.123`, `5:37 pm`, `05.37 Uhr`.
    package func time(at index: Int) -> ((hour: Int, minute: Int, second: Int), Int)? {
        guard case .number(var hour, let hourDigits) = token(index), hourDigits <= 2,
            let separator = mark(index + 1), separator == ":" || separator == ".",
            case .number(let minute, 2) = token(index + 2)
        else { return nil }
        var cursor = index + 3
        var second = 0
        if separator == ":", mark(cursor) == ":", case .number(let value, 2) = token(cursor + 1) {
            second = value
            cursor += 2
            if mark(cursor) == ".", case .number = token(cursor + 1) { cursor += 2 }
        }
        var sawClockWord = false
        if case .word(let word) = token(cursor) {
            if vocabulary.afternoon.contains(word), (1...12).contains(hour) {
                hour = hour == 12 ? 12 : hour + 12
                cursor += 1
            } else if vocabulary.morning.contains(word), (1...12).contains(hour) {
                hour = hour == 12 ? 0 : hour
                cursor += 1
            } else if vocabulary.clockWords.contains(word) {
                sawClockWord = true
                cursor += 1
            }
        }
        // "05.37" is a time only when a clock word says so; otherwise it may be a date.
        if separator == ".", !sawClockWord { return nil }
        guard hour < 24, minute < 60, second < 61 else { return nil }
        return ((hour, minute, min(second, 59)), cursor)
    }

    /// A zone starting at `index`: `Z`, `GMT`, `+0200`, `-05:00`, `+02`.
    package func zone(at index: Int) -> (Int, Int)? {
        if case .word(let word) = token(index), let minutes = Self.zones[word] { return (minutes, index + 1) }
        guard let sign = mark(index), sign == "+" || sign == "-", case .number(let value, let digits) = token(index + 1)
        else { return nil }
        let factor = sign == "-" ? -1 : 1
        if digits == 4, value / 100 < 15, value % 100 < 60 { return (factor * ((value / 100) * 60 + value % 100), index + 2) }
        guard digits == 2, value < 15 else { return nil }
        if mark(index + 2) == ":", case .number(let minutes, 2) = token(index + 3), minutes < 60 {
            return (factor * (value * 60 + minutes), index + 4)
        }
        return (factor * value * 60, index + 2)
    }

    private func token(_ index: Int) -> DateToken? { index < tokens.count ? tokens[index] : nil }

    private func mark(_ index: Int) -> Character? {
        if case .mark(let character) = token(index) { return character }
        return nil
    }

    private func skipMarks(from index: Int, allowed: String) -> Int {
        var cursor = index
        while let character = mark(cursor), allowed.contains(character) { cursor += 1 }
        return cursor
    }

    private func monthNumber(_ word: String) -> Int? {
        vocabulary.months[word] ?? (word.hasSuffix(".") ? vocabulary.months[String(word.dropLast())] : nil)
    }

    private static func fullYear(_ year: Int, digits: Int) -> Int {
        guard digits == 2 else { return year }
        return year < 70 ? 2000 + year : 1900 + year
    }

    private func valid(year: Int, month: Int, day: Int) -> (year: Int, month: Int, day: Int)? {
        guard (1000...2999).contains(year), (1...12).contains(month), day >= 1 else { return nil }
        let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
        let lengths = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
        guard day <= lengths[month - 1] else { return nil }
        return (year, month, day)
    }
}
