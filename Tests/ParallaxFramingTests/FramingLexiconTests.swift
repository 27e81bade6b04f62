import Foundation
import Testing

@testable import ParallaxFraming

@Suite struct FramingLexiconTests {
    @Test func bundledLexiconsLoadForEveryLanguage() throws {
        let lexicons = try FramingLexicons.bundled.get()
        #expect(Set(lexicons.byLanguage.keys) == ["de", "en"])
        for lexicon in lexicons.byLanguage.values {
            #expect(lexicon.sentenceMatcher.patterns.count > 100)
            for list in LexiconList.allCases where list != .functionWords && list != .reportedSpeech {
                #expect(lexicon.sentenceMatcher.patterns.contains { $0.list == list }, "\(lexicon.language): \(list)")
            }
        }
    }

    @Test func undeclaredLanguageIsGuessedFromFunctionWords() throws {
        let lexicons = try FramingLexicons.bundled.get()
        let english = WordTokenizer().tokenize("The fire spread to the harbour and the warehouse was lost.")
        let german = WordTokenizer().tokenize("Das Feuer griff auf den Hafen über und die Halle ist verloren.")
        #expect(lexicons.lexicon(for: "und", sample: english).language == "en")
        #expect(lexicons.lexicon(for: "und", sample: german).language == "de")
    }

    @Test(arguments: [
        ("appeal\t… sollte", "The framing lexicon de/opinion-cues.txt has a malformed entry on line 3."),
        ("appeal sollte", "The framing lexicon de/opinion-cues.txt has a malformed entry on line 3."),
        ("appeal\tsollte\t@military", "The framing lexicon de/opinion-cues.txt has a malformed entry on line 3."),
    ])
    func malformedEntriesAreReported(_ line: String, _ message: String) throws {
        let folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("framing-lexicon-\(UUID().uuidString)/de")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder.deletingLastPathComponent()) }
        for list in LexiconList.allCases {
            try "# test\n".write(to: folder.appendingPathComponent(list.rawValue), atomically: true, encoding: .utf8)
        }
        try "# test\n".write(to: folder.appendingPathComponent("inflections.txt"), atomically: true, encoding: .utf8)
        try "# test\n# line 2\n\(line)\n".write(
            to: folder.appendingPathComponent("opinion-cues.txt"), atomically: true, encoding: .utf8)
        #expect(throws: FramingLexiconError.self) { try FramingLexicon.load(from: folder, language: "de") }
        do {
            _ = try FramingLexicon.load(from: folder, language: "de")
        } catch {
            #expect(error.description == message)
        }
    }

    @Test func topicTagsAreReadFromLoadedTerms() throws {
        let lexicons = try FramingLexicons.bundled.get()
        for lexicon in lexicons.byLanguage.values {
            let tagged = lexicon.sentenceMatcher.patterns.filter { $0.context != nil }
            #expect(!tagged.isEmpty, "\(lexicon.language)")
            #expect(tagged.allSatisfy {
                $0.list == .loadedTerms
                    && ($0.context == "military" || $0.context == LoadedTermDetector.absentTopicMark + "military"
                        || $0.context == LoadedTermDetector.opinionOnlyContext
                        || $0.context == LoadedTermDetector.reviewContext
                        || $0.context == LoadedTermDetector.namedContext
                        || $0.context == LoadedTermDetector.remoteContext
                        || $0.context == LoadedTermDetector.shoutingRegister
                        || $0.context == LoadedTermDetector.registerContext)
            })
        }
    }

    @Test func lexiconsAreBroad() throws {
        let lexicons = try FramingLexicons.bundled.get()
        for lexicon in lexicons.byLanguage.values {
            let loaded = lexicon.sentenceMatcher.patterns.filter { $0.list == .loadedTerms }
            #expect(loaded.count >= 500, "\(lexicon.language): \(loaded.count) loaded terms")
            let categories = Set(loaded.map(\.label))
            #expect(categories == ["glorifying", "demonising", "alarmist", "belittling", "euphemism", "propaganda"])
        }
    }

    @Test func missingFileIsReported() {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("framing-missing-\(UUID().uuidString)/de")
        do {
            _ = try FramingLexicon.load(from: folder, language: "de")
            Issue.record("loading an absent folder succeeded")
        } catch {
            #expect(error.description == "The framing lexicon de/inflections.txt could not be read; reinstall Parallax.")
        }
    }
}
