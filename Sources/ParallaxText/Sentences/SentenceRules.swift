/// The language data sentence splitting relies on, read from the lexicons.
///
/// - `abbreviations.txt`: abbreviations whose period does not end a sentence; `final` marks those
///   that may (`usw.`, `etc.`).
/// - `months.txt`: month names; a number with a period before one is an ordinal date (`3. Oktober`).
/// - `ordinal-cues.txt`: words after which `number.` is an ordinal (`der 2. Weltkrieg`).
/// - `stopwords.txt`: a capitalised stop word after a `final` abbreviation starts a new sentence.
package struct SentenceRules: Sendable {
    /// Abbreviation with its periods and without spaces (`z.B.`) → whether it may end a sentence.
    package var abbreviations: [String: Bool]
    /// Month names, as written.
    package var months: Set<String>
    /// Lower-case words that make a following `number.` an ordinal.
    package var ordinalCues: Set<String>
    /// Lower-case stop words.
    package var stopWords: Set<String>

    package init(
        abbreviations: [String: Bool] = [:], months: Set<String> = [], ordinalCues: Set<String> = [],
        stopWords: Set<String> = []
    ) {
        self.abbreviations = abbreviations
        self.months = months
        self.ordinalCues = ordinalCues
        self.stopWords = stopWords
    }

    /// The rules of one language from its lexicon files (empty rules for a language without files).
    package static func load(language: String) -> SentenceRules {
        var abbreviations: [String: Bool] = [:]
        for entry in TextLexicon.entries("abbreviations", language: language) {
            var text = entry
            var mayEnd = false
            if text.hasSuffix(" final") {
                text.removeLast(" final".count)
                mayEnd = true
            }
            abbreviations[text.filter { !$0.isWhitespace }] = mayEnd
        }
        return SentenceRules(
            abbreviations: abbreviations,
            months: Set(TextLexicon.entries("months", language: language)),
            ordinalCues: Set(TextLexicon.entries("ordinal-cues", language: language).map { $0.lowercased() }),
            stopWords: Set(TextLexicon.entries("stopwords", language: language).map { $0.lowercased() }))
    }

    /// The rules of every language merged: used when the language is unknown.
    package func merging(_ other: SentenceRules) -> SentenceRules {
        SentenceRules(
            abbreviations: abbreviations.merging(other.abbreviations) { $0 || $1 },
            months: months.union(other.months), ordinalCues: ordinalCues.union(other.ordinalCues),
            stopWords: stopWords.union(other.stopWords))
    }

    /// Rules per language, loaded once.
    static let byLanguage: [String: SentenceRules] = {
        var table: [String: SentenceRules] = [:]
        for language in TextLexicon.languages { table[language] = load(language: language) }
        return table
    }()

    /// Rules for languages without their own: abbreviations, months and cues of all languages.
    static let fallback: SentenceRules = {
        var merged = SentenceRules()
        for language in byLanguage.keys.sorted() {
            guard let rules = byLanguage[language], !rules.abbreviations.isEmpty else { continue }
            merged = merged.merging(rules)
        }
        return merged
    }()

    /// The rules for an ISO 639-1 code; the merged fallback for a language without abbreviations.
    package static func forLanguage(_ code: String) -> SentenceRules {
        if let rules = byLanguage[code], !rules.abbreviations.isEmpty { return rules }
        return fallback
    }
}
