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
    }

    /// The vocabulary of the target's lexicons, loaded once.
    package static let shared = DateVocabulary(table: LexiconTable(named: "dates"))
}
