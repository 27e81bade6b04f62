/// Parses the dates pages, feeds and datelines give into ISO 8601.
///
/// Understands ISO 8601 with or without time and zone (`2025-04-28`, `2025-04-28T05:37:00+02:00`),
/// numeric day-month-year (`28.04.2025`, `28.4.25`), day-month-name-year (`28. April 2025`,
/// `28 Apr 2025`), month-name-day-year (`April 28, 2025`), RFC 822 (`Mon, 28 Apr 2025 05:37:00 +0200`),
/// each with an optional time (`05:37 Uhr`, `5:37 pm`) and zone. Month names, clock words and
/// weekdays come from the `dates` lexicon of every language, so adding a language adds its names.
///
/// The result is `yyyy-MM-dd`, `yyyy-MM-ddTHH:mm:ss` when a time is given, plus `Z` or `±HH:MM`
/// when a zone is given. Two-digit years below 70 are read as 20xx, others as 19xx.
public struct PublicationDateParser: Sendable {
    private let vocabulary: DateVocabulary

    public init() {
        vocabulary = .shared
    }

    /// A parser over an explicit vocabulary, for tests.
    package init(vocabulary: DateVocabulary) {
        self.vocabulary = vocabulary
    }

    /// The ISO 8601 date or date-time `text` states, or `nil` when it holds no complete, valid date.
    /// - Complexity: O(n) in the length of `text`.
    public func parse(_ text: String) -> String? {
        guard let reading = read(text), let date = reading.date else { return nil }
        return Self.format(date: date, time: reading.time, zoneMinutes: reading.zoneMinutes)
    }

    /// Whether `line` is only a date and/or a time (with weekday or clock words), as in a dateline.
    package func isDateOrTime(_ line: String) -> Bool {
        guard line.count <= 60, let reading = read(line) else { return false }
        return (reading.date != nil || reading.time != nil) && reading.unknownWords == 0
    }

    /// What a text holds: the date, time and zone found, and how many words were not understood.
    package struct Reading: Equatable, Sendable {
        package var date: (year: Int, month: Int, day: Int)?
        package var time: (hour: Int, minute: Int, second: Int)?
        package var zoneMinutes: Int?
        package var unknownWords = 0

        package static func == (lhs: Reading, rhs: Reading) -> Bool {
            lhs.date.map { [$0.year, $0.month, $0.day] } == rhs.date.map { [$0.year, $0.month, $0.day] }
                && lhs.time.map { [$0.hour, $0.minute, $0.second] } == rhs.time.map { [$0.hour, $0.minute, $0.second] }
                && lhs.zoneMinutes == rhs.zoneMinutes && lhs.unknownWords == rhs.unknownWords
        }
    }

    /// Reads the first date, the first time and its zone in `text`.
    package func read(_ text: String) -> Reading? {
        let tokens = DateToken.tokenize(text)
        guard !tokens.isEmpty else { return nil }
        var grammar = DateGrammar(tokens: tokens, vocabulary: vocabulary)
        var reading = Reading()
        var index = 0
        while index < tokens.count {
            if reading.date == nil, let (date, next) = grammar.date(at: index) {
                reading.date = date
                index = next
            } else if reading.time == nil, let (time, next) = grammar.time(at: index) {
                reading.time = time
                index = next
                if let (zone, afterZone) = grammar.zone(at: index) {
                    reading.zoneMinutes = zone
                    index = afterZone
                }
            } else {
                if case .word(let word) = tokens[index], !grammar.isFiller(word) { reading.unknownWords += 1 }
                if case .number = tokens[index] { reading.unknownWords += 1 }
                index += 1
            }
        }
        return reading
    }

    /// `yyyy-MM-dd[THH:mm:ss[Z|±HH:MM]]`.
    package static func format(
        date: (year: Int, month: Int, day: Int), time: (hour: Int, minute: Int, second: Int)?, zoneMinutes: Int?
    ) -> String {
        var result = pad(date.year, 4) + "-" + pad(date.month, 2) + "-" + pad(date.day, 2)
        guard let time else { return result }
        result += "T" + pad(time.hour, 2) + ":" + pad(time.minute, 2) + ":" + pad(time.second, 2)
        guard let zoneMinutes else { return result }
        if zoneMinutes == 0 { return result + "Z" }
        let magnitude = abs(zoneMinutes)
        return result + (zoneMinutes < 0 ? "-" : "+") + pad(magnitude / 60, 2) + ":" + pad(magnitude % 60, 2)
    }

    private static func pad(_ value: Int, _ width: Int) -> String {
        let digits = String(value)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }
}
