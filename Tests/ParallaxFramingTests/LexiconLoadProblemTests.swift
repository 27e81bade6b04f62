import Testing

@testable import ParallaxFraming

/// A framing lexicon that does not load must not pass silently: the analyzer then runs without cues and loaded terms,
/// and the pipeline reports the problem (``FramingAnalyzer/lexiconProblem``) so the CLI exits with status 1 after
/// writing the report.
@Suite struct LexiconLoadProblemTests {
    @Test func theBundledLexiconsLoadWithoutAProblem() {
        #expect(FramingAnalyzer.lexiconProblem == nil)
    }

    @Test(arguments: [
        (FramingLexiconError.badPattern(file: "de/loaded-terms.txt", line: 812, text: "{a,b}{c,d}"), "de/loaded-terms.txt has a malformed entry on line 812"),
        (FramingLexiconError.unreadable(file: "en/opinion-cues.txt"), "en/opinion-cues.txt could not be read"),
        (FramingLexiconError.missingLexicons, "missing from the installation"),
    ])
    func aFailedLoadNamesTheFileAndWhatWasLost(error: FramingLexiconError, names: String) throws {
        let problem = try #require(FramingAnalyzer.problem(of: .failure(error)))
        #expect(problem.contains(names))
        #expect(problem.contains("without the lexicons"))
    }
}
