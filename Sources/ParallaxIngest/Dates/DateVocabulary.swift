/// The words of written dates, read from the `dates` lexicon of every language.
package struct DateVocabulary: Sendable {
    /// Month number per lower-cased name or abbreviation.
    package let months: [String: Int]
    /// Markers of the morning hours of a 12-hour clock (`am`).
    package let morning: Set<String>
    /// Markers of the afternoon hours of a 12-hour clock (`pm`).
    package let afternoon: Set<String>
    /// Words that may follow a time (`Uhr`).
    package let clockWords: Set<String>
    /// Weekday names and filler words a dateline may hold.
    package let fillers: Set<String>
    /// Zone abbreviations (`GMT`, `BST`, `MESZ`), lower-cased, in minutes east of UTC.
    package let zones: [String: Int]

    /// The vocabulary of `table`.
    package init(table: LexiconTable) {
        var months: [String: Int] = [:]
        for month in 1...12 {
            for name in table["\(month)"] where months[name] == nil { months[name] = month }
        }
        self.months = months
        morning = Set(table["am"])
        afternoon = Set(table["pm"])
        clockWords = Set(table["clock"])
        fillers = Set(table["day"])
        var zones: [String: Int] = [:]
        for entry in table["zone"] {
            let parts = entry.split(separator: " ")
            guard parts.count == 2, zones[String(parts[0])] == nil, let minutes = Self.offsetMinutes(parts[1])
            else { continue }
            zones[String(parts[0])] = minutes
        }
        self.zones = zones
    }

    /// Minutes east of UTC of an offset written `+HH:MM` or `-HH:MM`.
    private static func offsetMinutes(_ text: Substring) -> Int? {
        guard let sign = text.first, sign == "+" || sign == "-" else { return nil }
        let parts = text.dropFirst().split(separator: ":")
        guard parts.count == 2, let hours = Int(parts[0]), let minutes = Int(parts[1]) else { return nil }
        return (sign == "-" ? -1 : 1) * (hours * 60 + minutes)
    }

    /// The vocabulary of the target's lexicons, loaded once.
    package static let shared = DateVocabulary(table: LexiconTable(named: "dates"))
}
