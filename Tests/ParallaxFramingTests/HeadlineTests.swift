import ParallaxModel
import Testing

@testable import ParallaxFraming

@Suite struct HeadlineTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var headline: String
        var language: String
        var sensational: Bool
        /// A part the reason must contain.
        var reason: String
        var testDescription: String { headline }
    }

    static let cases: [Case] = [
        Case(headline: "Erfolg im Kampf um den Hafen!", language: "de", sensational: true, reason: "exclamation mark"),
        Case(headline: "Triumph für die Stadtwerke: Neues Netz läuft", language: "de", sensational: true, reason: "triumph word: Triumph"),
        Case(headline: "Katastrophe im Hafen: Albtraum für die Fischer", language: "de", sensational: true, reason: "catastrophe word: Katastrophe"),
        // A devastating flood is a plain description of the damage.
        Case(headline: "Verheerende Flut zerstört den Kai", language: "de", sensational: false, reason: "no sensational cue"),
        Case(headline: "Die Katastrophe von Erlbach war vorhersehbar", language: "de", sensational: false, reason: "only one weak cue"),
        Case(headline: "Horror-Nacht in der Altstadt", language: "de", sensational: true, reason: "hyperbole word"),
        Case(headline: "Schock in der Kabine nach dem Abstieg", language: "de", sensational: true, reason: "hyperbole word: Schock"),
        Case(headline: "Senator slams harbour plan", language: "en", sensational: true, reason: "hyperbole word: slams"),
        Case(headline: "Budget chaos in the city council", language: "en", sensational: true, reason: "hyperbole word: chaos"),
        Case(headline: "Heldenhafte Elitetruppen erobern die Stadt", language: "de", sensational: true, reason: "loaded term: Elitetruppen"),
        // Partisan words (belittling, propaganda) in a calm form are not sensational; one demonising word
        // is one weak cue (round 33), so it alone leaves the headline calm …
        Case(headline: "Elitetruppen befreien die Stadt", language: "de", sensational: false, reason: "only one weak cue"),
        Case(headline: "Regime schickt Truppen an die Grenze", language: "de", sensational: false, reason: "only one weak cue: loaded term: Regime (demonising)"),
        // … and with a second cue in another word it makes the headline sensational.
        Case(headline: "Katastrophe am Kai: Die Abzocker vom Hafenamt", language: "de", sensational: true, reason: "loaded term: Abzocker (demonising)"),
        Case(headline: "Harbour disaster: the crooks who ran the port", language: "en", sensational: true, reason: "loaded term: crooks (demonising)"),
        Case(headline: "Zwangsschließung im Rathaus: Die Panikmache der Bürokraten", language: "de", sensational: false, reason: "only one weak cue"),
        Case(headline: "Witch hunt against the harbour master", language: "en", sensational: false, reason: "no sensational cue"),
        // Capitals of a masthead name before a dash or parenthesis are not shouting.
        Case(headline: "HAFENBLATT SÜDSTADT – unabhängig und kritisch", language: "de", sensational: false, reason: "no sensational cue"),
        Case(headline: "KÜSTENAGENTUR (kag) meldet neue Fähre", language: "de", sensational: false, reason: "no sensational cue"),
        Case(headline: "WAHNSINN beim Stadtmarathon", language: "de", sensational: true, reason: "capitals: WAHNSINN"),
        Case(headline: "Sie werden nicht glauben, was im Rathaus geschah", language: "de", sensational: true, reason: "clickbait"),
        Case(headline: "Teure Brücke: Das steckt dahinter", language: "de", sensational: true, reason: "clickbait"),
        Case(headline: "You won't believe what the mayor said", language: "en", sensational: true, reason: "clickbait"),
        Case(headline: "Ist das das Ende des Hafens?", language: "de", sensational: true, reason: "question-bait"),
        Case(headline: "NATO und EU beraten über Hafen in Kiel", language: "de", sensational: false, reason: "no sensational cue"),
        Case(headline: "Council approves harbour budget", language: "en", sensational: false, reason: "no sensational cue"),
        // Round 4: a cue as the head of a compound names a thing (an oil-price shock, an election win): weak.
        Case(headline: "Was der Zins-Schock für Sparer bedeutet", language: "de", sensational: false, reason: "only one weak cue"),
        Case(headline: "Klarer Wahlsieg für die Hafenpartei", language: "de", sensational: false, reason: "only one weak cue"),
        Case(headline: "Schock-Urteil gegen den Hafenmeister", language: "de", sensational: true, reason: "hyperbole word: Schock-Urteil"),
    ]

    @Test(arguments: cases)
    func headline(_ testCase: Case) {
        let article = FramingAnalyzer().analyze(
            ArticleMaker.article([testCase.headline, testCase.language == "en" ? "The council met on Monday." : "Der Rat tagte am Montag."], language: testCase.language), claims: [])
        #expect(article.framing.sensationalHeadline == testCase.sensational)
        #expect(article.framing.headlineWhy?.contains(testCase.reason) == true, "why: \(article.framing.headlineWhy ?? "nil")")
    }

    @Test func datelineLineIsNotTheHeadline() {
        let article = FramingAnalyzer().analyze(
            ArticleMaker.article(["Küstenagentur | Montag, 4. Mai 2026 | 09:15", "# WAHNSINN beim Stadtmarathon", "Der Rat tagte am Montag."]),
            claims: [])
        #expect(article.framing.sensationalHeadline == true)
        #expect(article.framing.headlineWhy?.contains("capitals: WAHNSINN") == true)
        #expect(HeadlineAssessor.isDateline("Stand: 12.05.2026, 7:00 Uhr"))
        #expect(HeadlineAssessor.isDateline("KÜSTENAGENTUR (kag) | Montag | Hafen"))
        #expect(!HeadlineAssessor.isDateline("Streik legt den Hafen lahm"))
        #expect(!HeadlineAssessor.isDateline("Streik legt den Hafen lahm | Hafenkurier"))
    }

    /// Round 4: a masthead in capitals above the headline, or a line naming the publisher, is not the
    /// headline; a kicker that shouts is.
    @Test(arguments: [
        (["THE HARBOUR GAZETTE", "# Council approves harbour budget", "The council met on Monday."], false),
        (["Hafenkurier", "# Rat beschließt den Haushalt", "Der Rat tagte am Montag."], false),
        (["SKANDAL!", "# Rat beschließt den Haushalt", "Der Rat tagte am Montag."], true),
    ])
    func mastheadIsNotTheHeadline(_ blocks: [String], _ sensational: Bool) {
        let language = blocks[2].hasPrefix("The") ? "en" : "de"
        let article = FramingAnalyzer().analyze(
            ArticleMaker.article(blocks, language: language, publisher: "Hafenkurier"), claims: [])
        #expect(article.framing.sensationalHeadline == sensational, "why: \(article.framing.headlineWhy ?? "nil")")
        #expect(HeadlineAssessor.isMasthead("THE HARBOUR GAZETTE", publisher: nil, beforeHeading: true))
        #expect(!HeadlineAssessor.isMasthead("THE HARBOUR GAZETTE", publisher: nil, beforeHeading: false))
        #expect(!HeadlineAssessor.isMasthead("INFERNO!", publisher: nil, beforeHeading: true))
    }

    @Test func noHeadline() {
        let article = Article(id: "a1", input: "x", language: "de", body: "Ein Satz.",
                              sentences: [Sentence(id: "a1.s1", text: "Ein Satz.", role: .reporting)])
        let analysed = FramingAnalyzer().analyze(article, claims: [])
        #expect(analysed.framing.sensationalHeadline == false)
        #expect(analysed.framing.headlineWhy == "no headline")
    }
}
