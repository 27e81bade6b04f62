import Testing

@testable import ParallaxStories

/// Figures normalise across locales.
@Suite("Figure scanner")
struct FigureScannerTests {
    @Test(
        "numbers read the same in German and English",
        arguments: [
            ("14.000", 14_000.0), ("14,000", 14_000), ("1.234.567", 1_234_567), ("3,5", 3.5), ("3.5", 3.5),
            ("1.234,5", 1_234.5), ("530", 530),
        ])
    func value(text: String, expected: Double) {
        #expect(FigureScanner.value(of: Substring(text)) == expected)
    }

    @Test("malformed numbers are not figures", arguments: ["1.2.3", "12,34,56"])
    func malformed(text: String) {
        #expect(FigureScanner.value(of: Substring(text)) == nil)
    }

    @Test(
        "figures in text: scale words, years and small numbers",
        arguments: [
            ("etwa 14.000 Soldaten", ["14000"]), ("about 14,000 soldiers", ["14000"]),
            ("4,5 Millionen Euro", ["4500000"]), ("4.5 million euros", ["4500000"]), ("im Jahr 2024", []),
            ("drei oder 7 Tage", []),
        ])
    func figures(text: String, expected: [String]) {
        let scanner = FigureScanner(scales: StoryLexicon.bundled().scales)
        #expect(scanner.figures(in: SimpleStoryTokenizer().tokens(in: text)) == expected)
    }

    @Test("German and English articles about one event share figure keys")
    func crossLocaleKeys() {
        let extractor = FeatureExtractor()
        let german = extractor.features(id: "de", title: nil, body: "Rund 1.200 Tonnen verbrannten.", language: "de", published: nil)
        let english = extractor.features(id: "en", title: nil, body: "About 1,200 tonnes burned.", language: "en", published: nil)
        let figure = ArticleFeatures.key("1200", kind: .figure)
        #expect(german.terms.contains { $0.key == figure })
        #expect(english.terms.contains { $0.key == figure })
    }
}
