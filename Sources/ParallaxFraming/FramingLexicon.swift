package import Foundation

/// The framing lexicons of one language: opinion cues, attribution cues, loaded terms, headline cues.
///
/// Each is a file of `label<TAB>pattern` lines under `Lexicons/<language>/` (see the README there);
/// the code knows only the labels' meaning, never the words, so a language is added by adding files.
/// All lists a sentence is checked against share one ``PhraseMatcher``, so a sentence's words are
/// looked up once; each match says which list it came from.
package final class FramingLexicon: Sendable {
    /// ISO 639-1 code.
    package let language: String
    /// Opinion cues, attribution cues, loaded terms, headline cues and reported-speech markers.
    package let sentenceMatcher: PhraseMatcher
    /// Frequent function words, used to guess the language when the article does not say.
    package let functionWords: PhraseMatcher
    /// Opinion cues a rule asks for only in a few sentences (``onDemandKinds``: judging words after an
    /// intensifier, address words in a pivot question, relative pronouns after a term before a verb of
    /// saying, "unsere"/"our" beside a loaded word, an article before a sender's name), kept out of ``sentenceMatcher`` because they are
    /// frequent ("sie", "ihr", every "-los" word) and would cost a match in every sentence.
    package let onDemandMatcher: PhraseMatcher
    /// The on-demand patterns of kind `firstperson` alone: whether a writer's sentence speaks in the
    /// first person is asked of nearly every one (unquoted speech), and a trie of these few words answers
    /// it in a fraction of a pass of ``onDemandMatcher``.
    package let firstPersonMatcher: PhraseMatcher
    /// The on-demand patterns of kinds `attributor` and `article` alone: whether a sentence opens with
    /// speech attributed after a comma ("…, so der Sprecher") is asked of the sentence after nearly every
    /// writer's sentence, and a trie of these few words answers it without a pass of ``onDemandMatcher``.
    package let attributionMarkMatcher: PhraseMatcher

    /// Opinion-cue kinds matched only on demand.
    package static let onDemandKinds: Set<String> = ["judgement", "address", "relative", "community", "article", "indefinite", "attributor", "firstperson", "pronoun", "determiner", "copula", "place", "belief", "imperative", "call", "verdict", "desert"]

    /// A lexicon from its matchers.
    package init(
        language: String, sentenceMatcher: PhraseMatcher, functionWords: PhraseMatcher,
        onDemandMatcher: PhraseMatcher = PhraseMatcher(patterns: [], endings: [])
    ) {
        self.language = language
        self.sentenceMatcher = sentenceMatcher
        self.functionWords = functionWords
        self.onDemandMatcher = onDemandMatcher
        let endings = onDemandMatcher.endings.map { String(decoding: $0, as: UTF8.self) }
        self.firstPersonMatcher = PhraseMatcher(
            patterns: onDemandMatcher.patterns.filter { $0.label == "firstperson" }, endings: endings)
        self.attributionMarkMatcher = PhraseMatcher(
            patterns: onDemandMatcher.patterns.filter { $0.label == "attributor" || $0.label == "article" },
            endings: endings)
    }

    /// An empty lexicon: only the language-independent rules (quotation marks, questions, capitals) work.
    package static func empty(language: String) -> FramingLexicon {
        FramingLexicon(
            language: language, sentenceMatcher: PhraseMatcher(patterns: [], endings: []),
            functionWords: PhraseMatcher(patterns: [], endings: []))
    }

    /// Loads the lexicon files of the language in `folder`.
    /// - Throws: ``FramingLexiconError`` when a file is unreadable or malformed.
    package static func load(from folder: URL, language: String) throws(FramingLexiconError) -> FramingLexicon {
        let endings = try lines(in: folder, file: "inflections.txt").map { $0.1.lowercased() }
        var sentencePatterns: [LexiconPattern] = []
        var onDemandPatterns: [LexiconPattern] = []
        let separableVerbs = try separableVerbRule(in: folder)
        for list in LexiconList.allCases where list != .functionWords {
            let listed = try patterns(in: folder, list: list)
            // Round 35: a listed separable verb in all its forms, split ones tied to the clause's end.
            let applied = list == .loadedTerms ? try separableVerbs.applied(to: listed) : listed
            for pattern in applied {
                if list == .opinionCues, onDemandKinds.contains(pattern.label) {
                    onDemandPatterns.append(pattern)
                } else {
                    sentencePatterns.append(pattern)
                }
            }
            // Round 14: loaded nouns as the heads of compounds, after the listed patterns.
            if list == .loadedTerms {
                sentencePatterns += try compoundHeadRule(in: folder).derivedHeads(from: listed)
                // Round 19: loaded nouns as the first part of a hyphenated compound, after the listed
                // patterns (a listed compound family such as `chaos-funktionär*` keeps its category).
                sentencePatterns += try compoundFirstPartRule(in: folder).derivedFirstParts(from: listed)
                // Round 20: the other word classes of a listed word's family ("schamlos" → "Schamlosigkeit",
                // "reckless" → "recklessness"), after the listed patterns.
                sentencePatterns += try wordClassDerivationRule(in: folder).derivedPatterns(from: listed)
                // Round 27: the register-dependent lexicon, last: words loaded only in a heightened register.
                sentencePatterns += try registerPatterns(in: folder)
            }
        }
        return FramingLexicon(
            language: language, sentenceMatcher: PhraseMatcher(patterns: sentencePatterns, endings: endings),
            functionWords: PhraseMatcher(patterns: try patterns(in: folder, list: .functionWords), endings: []),
            onDemandMatcher: PhraseMatcher(patterns: onDemandPatterns, endings: endings))
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

    /// The language's ``CompoundHeadRule`` from `compound-heads.txt`; a rule that derives nothing when the
    /// file is missing.
    private static func compoundHeadRule(in folder: URL) throws(FramingLexiconError) -> CompoundHeadRule {
        let file = "compound-heads.txt"
        guard FileManager.default.fileExists(atPath: folder.appendingPathComponent(file).path) else {
            return CompoundHeadRule()
        }
        return try CompoundHeadRule(lines: lines(in: folder, file: file), file: "\(folder.lastPathComponent)/\(file)")
    }

    /// The language's ``CompoundFirstPartRule`` from `compound-first-parts.txt`; a rule that derives nothing
    /// when the file is missing.
    private static func compoundFirstPartRule(in folder: URL) throws(FramingLexiconError) -> CompoundFirstPartRule {
        let file = "compound-first-parts.txt"
        guard FileManager.default.fileExists(atPath: folder.appendingPathComponent(file).path) else {
            return CompoundFirstPartRule()
        }
        return try CompoundFirstPartRule(
            lines: lines(in: folder, file: file), file: "\(folder.lastPathComponent)/\(file)")
    }

    /// The language's ``WordClassDerivationRule`` from `derivations.txt`; a rule that derives nothing when the
    /// file is missing.
    private static func wordClassDerivationRule(in folder: URL) throws(FramingLexiconError) -> WordClassDerivationRule {
        let file = "derivations.txt"
        guard FileManager.default.fileExists(atPath: folder.appendingPathComponent(file).path) else {
            return WordClassDerivationRule()
        }
        return try WordClassDerivationRule(
            lines: lines(in: folder, file: file), file: "\(folder.lastPathComponent)/\(file)")
    }

    /// The language's ``SeparableVerbRule`` from `separable-verbs.txt`; a rule that derives nothing when the file is
    /// missing.
    private static func separableVerbRule(in folder: URL) throws(FramingLexiconError) -> SeparableVerbRule {
        let file = "separable-verbs.txt"
        guard FileManager.default.fileExists(atPath: folder.appendingPathComponent(file).path) else {
            return SeparableVerbRule()
        }
        return try SeparableVerbRule(lines: lines(in: folder, file: file), file: "\(folder.lastPathComponent)/\(file)")
    }

    /// The file of register-dependent loaded terms (round 27).
    package static let registerFile = "register-terms.txt"

    /// The language's register-dependent loaded terms from ``registerFile`` (`category<TAB>pattern` lines, the
    /// form of `loaded-terms.txt` without a context field), each of context
    /// ``LoadedTermDetector/registerContext``; none when the file is missing.
    /// - Throws: ``FramingLexiconError`` when the file is unreadable or a line is malformed.
    private static func registerPatterns(in folder: URL) throws(FramingLexiconError) -> [LexiconPattern] {
        let file = registerFile
        guard FileManager.default.fileExists(atPath: folder.appendingPathComponent(file).path) else { return [] }
        let name = "\(folder.lastPathComponent)/\(file)"
        var result: [LexiconPattern] = []
        for (number, line) in try lines(in: folder, file: file) {
            let fields = line.split(separator: "\t", omittingEmptySubsequences: true)
            guard fields.count == 2,
                let sources = LexiconPattern.expandingAlternatives(fields[1].trimmingCharacters(in: .whitespaces))
            else { throw .badPattern(file: name, line: number, text: line) }
            let label = fields[0].trimmingCharacters(in: .whitespaces)
            for source in sources {
                result.append(
                    try LexiconPattern(
                        label: label, source: source, list: .loadedTerms, file: name, line: number,
                        context: LoadedTermDetector.registerContext))
            }
        }
        return result
    }

    /// Non-comment lines of a file with their numbers, trimmed.
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

    /// The patterns of one list: `label<TAB>pattern` lines, or one bare word a line for word lists.
    private static func patterns(in folder: URL, list: LexiconList) throws(FramingLexiconError) -> [LexiconPattern] {
        let name = "\(folder.lastPathComponent)/\(list.rawValue)"
        var result: [LexiconPattern] = []
        for (number, line) in try lines(in: folder, file: list.rawValue) {
            if list.isWordList {
                result.append(
                    try LexiconPattern(label: "word", source: line.lowercased(), list: list, file: name, line: number))
                continue
            }
            // LABEL<TAB>PATTERN, and for loaded terms optionally <TAB>@context.
            let fields = line.split(separator: "\t", omittingEmptySubsequences: true)
            var context: String?
            if fields.count == 3, list == .loadedTerms, fields[2].hasPrefix("@"), fields[2].count > 1 {
                context = String(fields[2].dropFirst()).trimmingCharacters(in: .whitespaces)
            } else if fields.count != 2 {
                throw .badPattern(file: name, line: number, text: line)
            }
            let label = fields[0].trimmingCharacters(in: .whitespaces)
            // Round 14: `{a,b}` groups write a word-formation family once; each spelling is a pattern.
            guard let sources = LexiconPattern.expandingAlternatives(fields[1].trimmingCharacters(in: .whitespaces))
            else { throw .badPattern(file: name, line: number, text: line) }
            for source in sources {
                result.append(
                    try LexiconPattern(
                        label: label, source: source, list: list, file: name, line: number, context: context))
            }
        }
        return result
    }
}
