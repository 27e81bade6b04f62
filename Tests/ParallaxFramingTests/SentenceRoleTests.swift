import ParallaxModel
import Testing

@testable import ParallaxFraming

@Suite struct SentenceRoleTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var text: String
        var language: String
        var role: Sentence.Role
        /// Start of the expected `why`.
        var why: String
        var testDescription: String { text }
    }

    static let cases: [Case] = [
        // Direct speech, with and without a speech verb, in each style of quotation marks.
        Case(text: "„Wir bleiben hier, bis alles geklärt ist“, sagte die Bürgermeisterin.", language: "de", role: .quote, why: "quote"),
        Case(text: "\"Das Feuer ist unter Kontrolle und niemand wurde verletzt.\"", language: "de", role: .quote, why: "quote"),
        Case(text: "»Wir haben alles versucht, aber es war zu spät«, erklärte er.", language: "de", role: .quote, why: "quote"),
        Case(text: "“We will rebuild the harbour within a year,” the mayor said.", language: "en", role: .quote, why: "quote"),
        // Evaluation in the writer's voice.
        Case(text: "Diese Entscheidung zeigt deutlich die Schwäche der Regierung.", language: "de", role: .opinion, why: "evaluation: zeigt deutlich"),
        Case(text: "Das ist eine besorgniserregende Entwicklung für die Region.", language: "de", role: .opinion, why: "evaluation: besorgniserregende"),
        Case(text: "The decision clearly shows how weak the council has become.", language: "en", role: .opinion, why: "evaluation: clearly shows"),
        // Appeal and recommendation.
        Case(text: "Diese Entwicklung sollte als Weckruf verstanden werden.", language: "de", role: .opinion, why: "appeal: sollte … verstanden werden"),
        Case(text: "Es ist höchste Zeit, die Brücke zu sanieren.", language: "de", role: .opinion, why: "appeal: Es ist höchste Zeit"),
        Case(text: "We must act before the next storm arrives.", language: "en", role: .opinion, why: "appeal: We must"),
        // Prediction without a source.
        Case(text: "Der Streik könnte weitreichende Folgen für die Wirtschaft haben.", language: "de", role: .opinion, why: "prediction"),
        // Moralising generality.
        Case(text: "Diese Entwicklung sollte uns mahnen, wachsam zu bleiben.", language: "de", role: .opinion, why: "moralising"),
        // Digression.
        Case(text: "Während man sich hierzulande mit Gender-Debatten beschäftigt, handeln andere.", language: "de", role: .opinion, why: "digression"),
        Case(text: "Derweil streitet das Land über Klimaprotesten und Tempolimits.", language: "de", role: .opinion, why: "digression: Klimaprotesten"),
        // The writer's first-person stance, moralising about desert, reproach by contrast, asides.
        Case(text: "Wir meinen: Offenheit ist keine Kür, sondern Pflicht.", language: "de", role: .opinion, why: "stance: Wir meinen"),
        Case(text: "In our view, the harbour board has lost its way.", language: "en", role: .opinion, why: "stance: In our view"),
        Case(text: "Die Fischer haben etwas Besseres verdient als leere Versprechen.", language: "de", role: .opinion, why: "moralising"),
        Case(text: "Ein sicherer Radweg ist kein Luxus, sondern eine Notwendigkeit.", language: "de", role: .opinion, why: "moralising: kein Luxus"),
        Case(text: "Clean water is not a luxury.", language: "en", role: .opinion, why: "moralising: not a luxury"),
        Case(text: "Statt die Anwohner anzuhören und einzubinden, entscheidet das Amt allein.", language: "de", role: .opinion, why: "evaluation: Statt"),
        Case(text: "Dass der Hafenbetrieb gleichzeitig die Gebühren erhöht, passt ins Bild.", language: "de", role: .opinion, why: "evaluation: passt ins Bild"),
        Case(text: "Und ganz nebenbei: Der Rat streitet lieber über Parkplätze.", language: "de", role: .opinion, why: "digression: ganz nebenbei"),
        // Exclamations: opinion without an amount, tabloid reporting with one.
        Case(text: "Was für ein Abend in Kiel!", language: "de", role: .opinion, why: "exclamation"),
        Case(text: "Hunderte Fähren stehen still, Tausende warten am Kai!", language: "de", role: .reporting, why: "reporting"),
        Case(text: "Drei Tage Stillstand – für 6,5 Prozent mehr Lohn!", language: "de", role: .reporting, why: "reporting"),
        Case(text: "Dozens of ferries are stuck in port!", language: "en", role: .reporting, why: "reporting"),
        Case(text: "Alle am 10. Mai zum Hafenfest!", language: "de", role: .opinion, why: "exclamation"),
        // A service line and a minimum amount are not opinion.
        Case(text: "Wer helfen möchte, kann über die bekannten Hilfswerke spenden.", language: "de", role: .reporting, why: "reporting"),
        Case(text: "Die Gewerkschaft fordert wenigstens 200 Euro mehr im Monat.", language: "de", role: .reporting, why: "attributed: fordert"),
        // Rhetorical question.
        Case(text: "Wer soll das alles bezahlen?", language: "de", role: .opinion, why: "rhetorical question"),
        // Attributed statements stay reporting, also with numbers, strong verbs or an evaluative word.
        Case(text: "Laut Polizei wurden bei dem Brand 14 Menschen verletzt.", language: "de", role: .reporting, why: "attributed: Laut"),
        Case(text: "Nach Angaben der Feuerwehr ist die Lage besorgniserregend.", language: "de", role: .reporting, why: "attributed: Nach Angaben"),
        Case(text: "Anwohner berichten von über 200 zerstörten Häusern.", language: "de", role: .reporting, why: "attributed: berichten"),
        Case(text: "According to the coastguard, the damage is alarming.", language: "en", role: .reporting, why: "attributed: According to"),
        Case(text: "Die Fähre legte am Montag um 9 Uhr in Kiel ab.", language: "de", role: .reporting, why: "reporting: no opinion cue"),
        // Round 4: emphasis, condescension, counterfactual judgement, presumption, the today–tomorrow figure,
        // a squandered chance, a digression after a leading conjunction; "verfehlt" as a verb is reporting.
        Case(text: "The verdict of the harbour workers could not be clearer.", language: "en", role: .opinion, why: "evaluation: could not be clearer"),
        Case(text: "Der Stadtrat hat sich nicht einmal zu einer Antwort herabgelassen.", language: "de", role: .opinion, why: "evaluation: herabgelassen"),
        Case(text: "Für den Hafen wäre eine neue Fähre nach all den Jahren des Wartens ein großer Gewinn.", language: "de", role: .opinion, why: "evaluation: wäre … Gewinn"),
        Case(text: "Die Bürgermeisterin bleibt wohl bis zum Herbst im Amt.", language: "de", role: .opinion, why: "prediction: bleibt wohl"),
        Case(text: "Was heute noch eine kleine Baustelle am alten Kai ist, ist morgen ein Verkehrsproblem.", language: "de", role: .opinion, why: "prediction"),
        Case(text: "Der Verband sollte diese Gelegenheit nicht leichtfertig verspielen.", language: "de", role: .opinion, why: "appeal"),
        Case(text: "The council would do well to listen.", language: "en", role: .opinion, why: "appeal: would do well to"),
        Case(text: "Und während man im Rathaus über die Farbe der Bänke streitet, verfällt der Kai.", language: "de", role: .opinion, why: "digression"),
        Case(text: "Die Partei kommt auf 40 von 90 Sitzen und verfehlt die Mehrheit.", language: "de", role: .reporting, why: "reporting: no opinion cue"),
    ]

    @Test(arguments: cases)
    func role(_ testCase: Case) {
        let article = FramingAnalyzer().analyze(ArticleMaker.single(testCase.text, language: testCase.language), claims: [])
        let sentence = article.sentences[1]
        #expect(sentence.role == testCase.role)
        #expect(sentence.why?.hasPrefix(testCase.why) == true, "why: \(sentence.why ?? "nil")")
    }

    @Test func claimAttributionMakesReporting() {
        let base = ArticleMaker.single("Die Verluste sind besorgniserregend hoch.")
        let claim = Claim(
            id: "c1", article: "a1", sentence: base.sentences[1].id, text: "Verluste", kind: .statement,
            attribution: Attribution(text: "nach Angaben des Ministeriums", source: "ministry", hedged: false))
        let analysed = FramingAnalyzer().analyze(base, claims: [claim])
        #expect(analysed.sentences[1].role == .reporting)
        #expect(analysed.framing.attributedShare == 1)
        let unattributed = FramingAnalyzer().analyze(base, claims: [])
        #expect(unattributed.sentences[1].role == .opinion)
    }

    @Test func headingsKeepTheirRole() {
        let article = FramingAnalyzer().analyze(ArticleMaker.article(["Titel", "# Zwischentitel", "Ein Satz."]), claims: [])
        #expect(article.sentences.map(\.role) == [.heading, .heading, .reporting])
        #expect(article.sentences[0].why == nil)
    }
}

@Suite struct QuoteDetectionTests {
    @Test(arguments: [
        ("„Wir bleiben hier“, sagte die Bürgermeisterin am Dienstag.", Sentence.Role.quote),
        ("„Wir bleiben“, sagte die Bürgermeisterin am Dienstagabend vor den versammelten Anwohnern.", .reporting),
        ("Der Sprecher nannte die „Operation zur Sicherung der Grenze“ einen Erfolg.", .reporting),
        ("Sie sagte: \"Wir haben keine Angst.\"", .quote),
        ("Kim's troops don't retreat, the agency wrote in a long statement on Monday evening.", .reporting),
        ("'We will stay here until the last house is safe,' the fire chief told reporters on Monday.", .quote),
    ])
    func quoteRole(_ text: String, _ role: Sentence.Role) {
        let article = FramingAnalyzer().analyze(ArticleMaker.single(text), claims: [])
        #expect(article.sentences[1].role == role, "\(article.sentences[1].why ?? "")")
    }

    @Test func quotationContinuesIntoTheNextSentenceOfTheParagraph() {
        let article = Article(
            id: "a1", input: "x", language: "de", body: "",
            sentences: [
                Sentence(id: "a1.s1", text: "Titel", role: .heading, paragraph: 0),
                Sentence(id: "a1.s2", text: "„Wir haben alles verloren.", role: .reporting, paragraph: 1),
                Sentence(id: "a1.s3", text: "Das ist eine Katastrophe für uns alle“, sagte die Wirtin.", role: .reporting, paragraph: 1),
                Sentence(id: "a1.s4", text: "Das Chaos traf das Dorf am Montag.", role: .reporting, paragraph: 2),
            ])
        let analysed = FramingAnalyzer().analyze(article, claims: [])
        #expect(analysed.sentences.map(\.role) == [.heading, .quote, .quote, .reporting])
        #expect(analysed.framing.loaded.map(\.usage) == ["reported", "used"])
    }

    @Test func quoteSpansAreByteRanges() {
        let text = "Er sprach von „Mut“."
        let spans = QuoteSpans(in: text)
        #expect(spans.ranges.count == 1)
        #expect(TokenizedText(text: text, folded: [], words: []).slice(spans.ranges[0]) == "Mut")
        #expect(spans.endsOpen == false)
        #expect(QuoteSpans(in: "„Wir gehen.").endsOpen)
    }
}
