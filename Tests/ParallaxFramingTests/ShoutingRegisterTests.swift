import ParallaxModel
import Testing

@testable import ParallaxFraming

/// The shouting register (round 21, `FramingAnalyzer+ShoutingRegister.swift`): vivid verbs of impact and morbid or
/// shabby compound heads after a hyphen (`@shouting` in `loaded-terms.txt`) are the writer's colour only in an article
/// whose writer exclaims at least twice in the own voice; police and sports copy write the same verbs plainly and do
/// not exclaim. Sentences written for these tests.
@Suite struct ShoutingRegisterTests {
    struct Case: Sendable, CustomTestStringConvertible {
        let blocks: [String]
        let expected: [String]
        var testDescription: String { blocks[1] }
    }

    /// Two exclamations in the writer's voice around the sentence under test.
    static func shouting(_ sentence: String) -> [String] {
        ["Drama am Stadtrand", "\(sentence) Zwei Menschen wurden verletzt!", "Wer zahlt jetzt dafür? Das darf nicht wahr sein!"]
    }

    /// The same sentence in calm copy: a headline, no exclamation.
    static func calm(_ sentence: String) -> [String] {
        ["Unfall am Stadtrand", "\(sentence) Zwei Menschen wurden verletzt.", "Die Polizei ermittelt."]
    }

    static let cases: [Case] = [
        Case(blocks: shouting("Am Morgen krachte ein Lastwagen in die Schaufenster der Bäckerei."), expected: ["krachte"]),
        Case(blocks: calm("Am Morgen krachte ein Lastwagen in die Schaufenster der Bäckerei."), expected: []),
        Case(blocks: shouting("Der Lieferwagen raste mit Tempo 90 durch die Fußgängerzone."), expected: ["raste"]),
        Case(blocks: calm("Der Lieferwagen raste mit Tempo 90 durch die Fußgängerzone."), expected: []),
        Case(blocks: shouting("Die Tiefgarage wurde für zwei Arbeiter zum Beton-Grab."), expected: ["Beton-Grab"]),
        Case(blocks: calm("Die Tiefgarage wurde für zwei Arbeiter zum Beton-Grab."), expected: []),
        Case(blocks: shouting("Die Polizei schloss drei Schrauber-Buden in der Altstadt."), expected: ["Schrauber-Buden"]),
        // The impersonal crash of a noise is no vivid verb of impact, shouting or not.
        Case(blocks: shouting("Gegen Mitternacht krachte es im Hinterhof."), expected: []),
        // The closed compound and the bare noun stay plain: "Massengrab" names a grave.
        Case(blocks: shouting("Die Ermittler fanden ein Massengrab am Waldrand."), expected: []),
        // Round 22: poisoned ground and the verb of driving on, in the tabloid's voice only; radiation is technical.
        Case(blocks: shouting("Der ganze Badesee ist verseucht."), expected: ["verseucht"]),
        Case(blocks: calm("Der ganze Badesee ist verseucht."), expected: []),
        Case(blocks: shouting("Die Firma jagte die Fahrer ohne Pause über die Autobahn."), expected: ["jagte"]),
        Case(blocks: calm("Die Firma jagte die Fahrer ohne Pause über die Autobahn."), expected: []),
        Case(blocks: shouting("Das Grundwasser ist radioaktiv verseucht."), expected: []),
    ]

    @Test(arguments: cases)
    func loadedTermsByRegister(_ example: Case) {
        let article = ArticleMaker.article(example.blocks)
        let analysed = FramingAnalyzer().analyze(article, claims: [])
        let story = Set(analysed.sentences.filter { $0.role != .heading }.map(\.id))
        let used = analysed.framing.loaded.filter { $0.usage == "used" && story.contains($0.sentence) }.map(\.text)
        #expect(used == example.expected)
    }

    /// The register needs two exclamations outside quotation marks in the body: one call to action, a quoted
    /// exclamation or an exclaiming headline is not enough.
    @Test(arguments: [
        (["Große Sorge!", "Der Bus raste über die Kreuzung.", "Kommt alle zur Versammlung!"], false),
        (["Unfall", "Der Bus raste über die Kreuzung.", "„Hilfe!“, rief eine Frau.", "„Schnell weg hier!“, rief ein Mann."], false),
        (["Unfall", "Der Bus raste über die Kreuzung!", "Niemand hat gewarnt!"], true),
    ])
    func shouts(_ blocks: [String], _ expected: Bool) throws {
        let lexicon = try #require(FramingLexicons.bundled.get().byLanguage["de"])
        let article = ArticleMaker.article(blocks)
        let evidences = article.sentences.map { SentenceEvidence(text: $0.text, lexicon: lexicon, claimAttribution: nil) }
        #expect(FramingAnalyzer.shouts(article.sentences, evidences: evidences, classifier: SentenceRoleClassifier()) == expected)
    }

    /// The capitals label of a shouting headline needs no list: any hyphenated compound in capitals that is no acronym
    /// and no part of the outlet's name; a calm article's capitals headline keeps none.
    @Test(arguments: [
        ("BETON-KERKER IN WALDAU! Niemand hörte die Schreie", true, ["BETON-KERKER"]),
        ("BETON-KERKER IN WALDAU! Niemand hörte die Schreie", false, []),
        ("ORF-NÖ UND IPS-LCD: Neue Geräte für die Redaktion", true, []),
        ("WALDAU-POST EXKLUSIV: Drei Arbeiter eingeschlossen", true, []),
    ])
    func capitalsLabelOfTheHeadline(_ headline: String, _ shouting: Bool, _ expected: [String]) {
        let ending = shouting ? "!" : "."
        let article = ArticleMaker.article(
            [headline, "Drei Arbeiter saßen stundenlang in der Baugrube fest\(ending)", "Die Firma hat wieder gespart\(ending)"],
            publisher: "Waldau-Post")
        let analysed = FramingAnalyzer().analyze(article, claims: [])
        let labels = analysed.framing.loaded.filter { $0.why.contains("capitals label") }.map(\.text)
        #expect(labels == expected)
    }

    /// The register is a German rule for now: no English pattern carries `@shouting` (round 20 found that dev11's tabloid does
    /// not count "careered").
    @Test func englishHasNoShoutingPatterns() throws {
        let lexicons = try FramingLexicons.bundled.get()
        let english = try #require(lexicons.byLanguage["en"])
        let german = try #require(lexicons.byLanguage["de"])
        #expect(!english.sentenceMatcher.patterns.contains { $0.context == LoadedTermDetector.shoutingRegister })
        #expect(german.sentenceMatcher.patterns.contains { $0.context == LoadedTermDetector.shoutingRegister })
    }
}
