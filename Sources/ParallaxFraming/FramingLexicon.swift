package import Foundation

/// The framing lexicons of one language: opinion cues, attribution cues, loaded terms, headline cues.
///
/// Each is a file of `label<TAB>pattern` lines under `Lexicons/<language>/` (see the README there);
/// the code knows only the labels' meaning, never the words, so a language is added by adding files.
package struct FramingLexicon: Sendable {
    /// ISO 639-1 code.
    package var language: String
    /// Inflection endings, the empty ending first.
    package var endings: [String]
    /// Frequent function words, used to guess the language when the article does not say.
    package var functionWords: PhraseMatcher
    /// Cues of the writer's own voice, labelled by kind (`evaluation`, `appeal`, …).
    package var opinionCues: PhraseMatcher
    /// Cues that a statement comes from someone else, labelled `source` or `speech`.
    package var attributionCues: PhraseMatcher
    /// Loaded terms, labelled by category (`glorifying`, `demonising`, …).
    package var loadedTerms: PhraseMatcher
    /// Headline cues, labelled `triumph`, `catastrophe` or `clickbait`.
    package var headlineCues: PhraseMatcher
    /// Words that mark indirect speech (German Konjunktiv I: `seien`, `habe`).
    package var reportedSpeechMarkers: PhraseMatcher

    /// An empty lexicon: only the language-independent rules (quotation marks, questions, capitals) work.
    package static func empty(language: String) -> FramingLexicon {
        FramingLexicon(
            language: language, endings: [""], functionWords: PhraseMatcher(patterns: [], endings: [""]),
            opinionCues: PhraseMatcher(patterns: [], endings: [""]),
            attributionCues: PhraseMatcher(patterns: [], endings: [""]),
            loadedTerms: PhraseMatcher(patterns: [], endings: [""]),
            headlineCues: PhraseMatcher(patterns: [], endings: [""]),
            reportedSpeechMarkers: PhraseMatcher(patterns: [], endings: [""]))
    }

    /// Loads the lexicon files of the language in `folder`.
    /// - Throws: ``FramingLexiconError`` when a file is unreadable or malformed.
    package static func load(from folder: URL, language: String) throws(FramingLexiconError) -> FramingLexicon {
        let endings = [""] + (try words(in: folder, file: "inflections.txt")).filter { !$0.isEmpty }
        func matcher(_ file: String) throws(FramingLexiconError) -> PhraseMatcher {
            PhraseMatcher(patterns: try patterns(in: folder, file: file), endings: endings)
        }
        return FramingLexicon(
            language: language, endings: endings,
            functionWords: try wordMatcher(folder, "function-words.txt"),
            opinionCues: try matcher("opinion-cues.txt"), attributionCues: try matcher("attribution-cues.txt"),
            loadedTerms: try matcher("loaded-terms.txt"), headlineCues: try matcher("headline-cues.txt"),
            reportedSpeechMarkers: try wordMatcher(folder, "reported-speech.txt"))
    }

    /// Every language folder under `root`, loaded.
    /// - Throws: ``FramingLexiconError`` when a file is unreadable or malformed.
    package static func loadAll(from root: URL) throws(FramingLexiconError) -> [String: FramingLexicon] {
        guard let entries = try? FileManager.default.contentsOfDirectory(atPath: root.path) else {
            throw .missingLexicons
        }
        var result: [String: FramingLexicon] = [:]
        for entry in entries.sorted() where entry.count == 2 {
            result[entry] = try load(from: root.appendingPathComponent(entry), language: entry)
        }
        return result
    }

    /// Non-comment lines of a file, trimmed.
    private static func lines(in folder: URL, file: String) throws(FramingLexiconError) -> [(Int, String)] {
        let url = folder.appendingPathComponent(file)
        guard let text = try? String(contentsOf: url, encoding: .utf8) else {
            throw .unreadable(file: "\(folder.lastPathComponent)/\(file)")
        }
        var result: [(Int, String)] = []
        for (number, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = raw.trimmingCharacters(in: .whitespaces)
            if line.isEmpty || line.hasPrefix("#") { continue }
            result.append((number + 1, line))
        }
        return result
    }

    /// A matcher for a plain word list: each word exactly, without endings.
    private static func wordMatcher(_ folder: URL, _ file: String) throws(FramingLexiconError) -> PhraseMatcher {
        let name = "\(folder.lastPathComponent)/\(file)"
        var patterns: [LexiconPattern] = []
        for (number, word) in try lines(in: folder, file: file) {
            patterns.append(try LexiconPattern(label: "word", source: word.lowercased(), file: name, line: number))
        }
        return PhraseMatcher(patterns: patterns, endings: [""])
    }

    private static func words(in folder: URL, file: String) throws(FramingLexiconError) -> [String] {
        try lines(in: folder, file: file).map { $0.1.lowercased() }
    }

    private static func patterns(in folder: URL, file: String) throws(FramingLexiconError) -> [LexiconPattern] {
        let name = "\(folder.lastPathComponent)/\(file)"
        var result: [LexiconPattern] = []
        for (number, line) in try lines(in: folder, file: file) {
            let fields = line.split(separator: "\t", omittingEmptySubsequences: true)
            guard fields.count == 2 else { throw .badPattern(file: name, line: number, text: line) }
            let label = fields[0].trimmingCharacters(in: .whitespaces)
            let source = fields[1].trimmingCharacters(in: .whitespaces)
            result.append(try LexiconPattern(label: label, source: source, file: name, line: number))
        }
        return result
    }
}
