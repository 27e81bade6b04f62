public import Foundation

/// Word lists of the stories stage: stop words, scale words and the bilingual news vocabulary.
///
/// Lexicon files live in `Lexicons/` (see its README): `<lang>/stopwords.txt`, `<lang>/scales.tsv`, `<lang>/numbers.tsv`,
/// `<lang>/noun-endings.txt`, `<lang>/credit-cues.txt`
/// and `<lang>-en.tsv`, which maps words of a language to an English pivot concept (an optional third
/// column names the concept when it differs from the English word). English words
/// of the pivot side map to themselves, so a German and an English article about the same event
/// share concept keys. Adding a language means adding its files; the code names no language.
public struct StoryLexicon: Sendable {
    /// Stop words per language, lower-cased.
    public var stopWords: [String: Set<String>]
    /// Concept per language and lower-cased stem (or multi-word phrase of stems, space-separated).
    public var concepts: [String: [String: String]]
    /// Concepts that name entities (countries, organisations, places); written capitalised in the file.
    public var entityConcepts: Set<String>
    /// Scale words ("million", "Mio.") with their factor, all languages together.
    public var scales: [String: Double]
    /// Number words ("zwölf", "twelve") with their value, all languages together.
    public var numberWords: [String: Double] = [:]
    /// Per language that forms closed compounds, the linking elements between their parts.
    public var compoundLinks: [String: [String]] = [:]
    /// Per language that capitalises all nouns (German), the endings of common nouns.
    public var nounEndings: [String: [String]] = [:]
    /// Per language that forms undeclined adjectives of place names ("Karbenfelder"), their endings.
    public var placeAdjectiveEndings: [String: [String]] = [:]
    /// Per language, the cues of credit lines that name the agency or outlet whose copy an article used
    /// ("quelle:", "mit material von"), lower case; a cue ending in a colon needs the colon.
    public var creditCues: [String: [String]] = [:]
    /// The longest phrase, in words, any concept entry has.
    public var longestPhrase: Int
    /// First words (stems) of multi-word concept phrases, per language.
    public var phraseStarts: [String: Set<String>]

    /// Creates a lexicon from its parts.
    public init(
        stopWords: [String: Set<String>], concepts: [String: [String: String]], entityConcepts: Set<String>,
        scales: [String: Double]
    ) {
        self.stopWords = stopWords
        self.concepts = concepts
        self.entityConcepts = entityConcepts
        self.scales = scales
        longestPhrase = concepts.values.flatMap(\.keys).map { $0.split(separator: " ").count }.max() ?? 1
        phraseStarts = concepts.mapValues { entries in
            Set(entries.keys.filter { $0.contains(" ") }.map { String($0.prefix { $0 != " " }) })
        }
    }

    /// The lexicon shipped with the target, stemmed with `tokenizer`.
    public static func bundled(tokenizer: any StoryTokenizing = SimpleStoryTokenizer()) -> StoryLexicon {
        guard let root = Bundle.module.url(forResource: "Lexicons", withExtension: nil) else {
            return StoryLexicon(stopWords: [:], concepts: [:], entityConcepts: [], scales: [:])
        }
        return load(from: root, tokenizer: tokenizer)
    }

    /// Loads every lexicon file under `root`; unreadable files are skipped.
    public static func load(from root: URL, tokenizer: any StoryTokenizing) -> StoryLexicon {
        let manager = FileManager.default
        var stopWords: [String: Set<String>] = [:]
        var concepts: [String: [String: String]] = [:]
        var entityConcepts: Set<String> = []
        var scales: [String: Double] = [:]
        var nounEndings: [String: [String]] = [:]
        var numberWords: [String: Double] = [:]
        var compoundLinks: [String: [String]] = [:]
        var placeAdjectiveEndings: [String: [String]] = [:]
        var creditCues: [String: [String]] = [:]
        let entries = (try? manager.contentsOfDirectory(atPath: root.path)) ?? []
        for entry in entries.sorted() {
            let url = root.appendingPathComponent(entry)
            if entry.hasSuffix("-en.tsv") {
                let language = String(entry.dropLast("-en.tsv".count))
                for fields in rows(of: url) where fields.count >= 2 {
                    let pivot = fields.count >= 3 ? fields[2] : fields[1]
                    let concept = pivot.lowercased()
                    if pivot.first?.isUppercase == true { entityConcepts.insert(concept) }
                    let foreign = phraseKey(fields[0], language: language, tokenizer: tokenizer)
                    concepts[language, default: [:]][foreign] = concept
                    let english = phraseKey(fields[1], language: "en", tokenizer: tokenizer)
                    concepts["en", default: [:]][english] = concept
                }
                continue
            }
            var isDirectory: ObjCBool = false
            guard manager.fileExists(atPath: url.path, isDirectory: &isDirectory), isDirectory.boolValue else {
                continue
            }
            let language = entry
            for fields in rows(of: url.appendingPathComponent("stopwords.txt")) {
                stopWords[language, default: []].insert(fields[0].lowercased())
            }
            for fields in rows(of: url.appendingPathComponent("numbers.tsv")) where fields.count >= 2 {
                if let value = Double(fields[1]) { numberWords[fields[0].lowercased()] = value }
            }
            let links = rows(of: url.appendingPathComponent("compound-links.txt")).map { $0[0].lowercased() }
            if !links.isEmpty { compoundLinks[language] = [""] + links }
            let endings = rows(of: url.appendingPathComponent("noun-endings.txt")).map { $0[0].lowercased() }
            if !endings.isEmpty { nounEndings[language] = endings.sorted { $0.count > $1.count } }
            let adjectives = rows(of: url.appendingPathComponent("place-adjective-endings.txt")).map { $0[0].lowercased() }
            if !adjectives.isEmpty { placeAdjectiveEndings[language] = adjectives }
            let cues = rows(of: url.appendingPathComponent("credit-cues.txt")).map { $0[0].lowercased() }
            if !cues.isEmpty { creditCues[language] = cues.sorted { $0.count > $1.count } }
            for fields in rows(of: url.appendingPathComponent("scales.tsv")) where fields.count >= 2 {
                if let factor = Double(fields[1]) { scales[fields[0].lowercased()] = factor }
            }
        }
        var lexicon = StoryLexicon(
            stopWords: stopWords, concepts: concepts, entityConcepts: entityConcepts, scales: scales)
        lexicon.nounEndings = nounEndings
        lexicon.numberWords = numberWords
        lexicon.compoundLinks = compoundLinks
        lexicon.placeAdjectiveEndings = placeAdjectiveEndings
        lexicon.creditCues = creditCues
        return lexicon
    }

    /// True when `word` (as written, one capitalised word) may be a name in `language`: always in
    /// languages that capitalise only names; in languages that capitalise nouns, when it is an
    /// acronym or does not end like a common noun.
    public func mayBeName(_ word: Substring, language: String) -> Bool {
        guard let endings = nounEndings[language] else { return true }
        if word.count >= 2 && word.allSatisfy({ $0.isUppercase || $0.isNumber }) { return true }
        let lowered = word.lowercased()
        return !endings.contains { lowered.hasSuffix($0) }
    }

    /// True when `word` (as written, the first of a run of capitalised words) has the form of an undeclined
    /// adjective of a place name in `language` ("Karbenfelder" before "Sparkasse").
    public func isPlaceAdjective(_ word: Substring, language: String) -> Bool {
        guard let endings = placeAdjectiveEndings[language], word.count >= 6 else { return false }
        let lowered = word.lowercased()
        return endings.contains { lowered.hasSuffix($0) }
    }

    /// The lookup key of a phrase: its words lower-cased and stemmed, joined by spaces.
    public static func phraseKey(_ phrase: String, language: String, tokenizer: any StoryTokenizing) -> String {
        tokenizer.tokens(in: phrase).map { tokenizer.stem($0.text.lowercased(), language: language) }
            .joined(separator: " ")
    }

    /// Non-comment lines of a tab-separated file, split into trimmed fields.
    private static func rows(of url: URL) -> [[String]] {
        guard let text = try? String(contentsOf: url, encoding: .utf8) else { return [] }
        return text.split(whereSeparator: \.isNewline).compactMap { line in
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            guard !trimmed.isEmpty, !trimmed.hasPrefix("#") else { return nil }
            return trimmed.split(separator: "\t").map { $0.trimmingCharacters(in: .whitespaces) }
        }
    }
}
