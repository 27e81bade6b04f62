import ParallaxModel

/// Hand-built reports for the report writers' tests: an invented story told by three invented outlets.
///
/// Every part of the report is filled so that each section of the Markdown and HTML output appears:
/// events and a rewrite pair, a cited brief, one claim group per status, omissions, loaded terms in the
/// writer's voice and inside a quote, opinion, quote and heading sentences, and outlet profiles.
enum ReportFixture {
    /// The fixed sample report whose Markdown and HTML are recorded under `Fixtures/`.
    static var sample: Report { report(filling: nil) }

    /// The sample report with `payload` placed in every piece of text that comes from an article or from
    /// the pipeline's own wording: titles, outlets, authors, sentences, loaded terms, claims, group topics
    /// and explanations, the brief, the story label and the input path.
    static func hostile(_ payload: String) -> Report { report(filling: payload) }

    private static func report(filling payload: String?) -> Report {
        /// `text`, with the payload appended when there is one.
        func t(_ text: String) -> String { payload.map { "\(text) \($0)" } ?? text }
        let articles = [
            article(
                id: "a1", input: t("inputs/tidewater-ledger.html"), title: t("Floodwater breaches the Veldran dike"),
                publisher: t("Tidewater Ledger"), authors: [t("Mira Oskaar")], published: t("2031-04-02"),
                sentences: [
                    (t("Floodwater breaches the Veldran dike"), .heading, 0, nil),
                    (t("About 1,200 residents left Harnby overnight, the county said."), .reporting, 1, nil),
                    (t("The river reached 6.4 metres at the Harnby gauge."), .reporting, 1, nil),
                    (t("“We lost the lower fields,” a farmer said."), .quote, 2, nil),
                ],
                loaded: [], opinionShare: 0, attributedShare: 0.5, omits: []),
            article(
                id: "a2", input: t("inputs/veldran-courier.txt"), title: t("Catastrophe in Harnby as dike fails"),
                publisher: t("Veldran Courier"), authors: [], published: "2031-04-02",
                sentences: [
                    (t("Some 1,500 people fled Harnby, according to the fire brigade."), .reporting, 0, nil),
                    (t("The catastrophe was entirely predictable."), .opinion, 0, t("evaluative adjective")),
                    (t("The river reached 6.4 metres."), .reporting, 1, nil),
                ],
                loaded: [(payload ?? "catastrophe", "a2.s2", t("alarmist: catastrophe"), "used")],
                opinionShare: 0.33, attributedShare: 1, omits: ["g3"], sensational: t("alarmist word in headline")),
            article(
                id: "a3", input: t("inputs/harnby-post.txt"), title: t("Dike repairs start in Harnby"),
                publisher: t("Harnby Post"), authors: [t("J. Tern"), t("L. Vask")], published: nil,
                sentences: [
                    (t("The mayor denied that the dike had been neglected."), .reporting, 0, nil),
                    (t("“This is sabotage,” one resident shouted."), .quote, 0, nil),
                    (t("Repairs began on Tuesday."), .reporting, 1, nil),
                ],
                loaded: [(payload ?? "sabotage", "a3.s2", t("demonising: sabotage"), "reported")],
                opinionShare: 0, attributedShare: 0.5, omits: ["g1"]),
        ]
        let claims = [
            Claim(id: "c1", article: "a1", sentence: "a1.s2", text: t("About 1,200 residents"), kind: .quantity),
            Claim(id: "c2", article: "a2", sentence: "a2.s1", text: t("Some 1,500 people"), kind: .quantity),
            Claim(id: "c3", article: "a1", sentence: "a1.s3", text: t("6.4 metres"), kind: .quantity),
            Claim(id: "c4", article: "a2", sentence: "a2.s3", text: t("6.4 metres"), kind: .quantity),
            Claim(id: "c5", article: "a3", sentence: "a3.s1", text: t("denied that the dike had been neglected"), kind: .statement),
            Claim(id: "c6", article: "a3", sentence: "a3.s3", text: t("Repairs began on Tuesday"), kind: .statement),
            Claim(id: "c7", article: "a1", sentence: "a1.s2", text: t("left Harnby overnight"), kind: .statement),
            Claim(id: "c8", article: "a2", sentence: "a2.s1", text: t("fled Harnby"), kind: .statement),
        ]
        let groups = [
            ClaimGroup(
                id: "g1", story: "s1", topic: t("people evacuated (harnby)"), claims: ["c1", "c2"], status: .conflicting,
                explanation: t("a1 says about 1,200 (county), a2 says some 1,500 (fire brigade).")),
            ClaimGroup(
                id: "g2", story: "s1", topic: t("river level (harnby gauge)"), claims: ["c3", "c4"], status: .agreed,
                explanation: t("a1 and a2 both give 6.4 metres.")),
            ClaimGroup(
                id: "g3", story: "s1", topic: t("dike neglected"), claims: ["c5"], status: .disputed,
                explanation: t("The mayor denies that the dike was neglected.")),
            ClaimGroup(
                id: "g4", story: "s1", topic: t("repairs started"), claims: ["c6"], status: .singleSource,
                explanation: t("Only a3 reports it.")),
            ClaimGroup(
                id: "g5", story: "s1", topic: t("residents left"), claims: ["c7", "c8"], status: .compatible,
                explanation: t("Leaving overnight and fleeing describe the same departure.")),
        ]
        let story = Story(
            id: "s1", label: t("Veldran dike breach at Harnby"), articles: ["a1", "a2", "a3"],
            events: [
                Story.Event(id: "s1.e1", label: t("dike breach"), articles: ["a1", "a2"], start: "2031-04-01", end: "2031-04-02"),
                Story.Event(id: "s1.e2", label: t("repairs"), articles: ["a3"], start: "2031-04-04"),
            ],
            rewrites: [Story.Rewrite(articles: ["a1", "a2"], score: 0.62, evidence: t("shared figure 6.4 metres, same order of names"))])
        let brief = [
            BriefSentence(story: "s1", text: t("The Veldran dike failed at Harnby."), cites: ["a1", "a2"]),
            BriefSentence(story: "s1", text: t("Reports of the number evacuated differ: 1,200 or 1,500."), cites: ["a1", "a2"], group: "g1"),
            BriefSentence(story: "s1", text: t("Repairs began on Tuesday."), cites: ["a3"], group: "g4"),
        ]
        let outlets = articles.map { article in
            OutletProfile(
                publisher: article.publisher ?? "", articles: [article.id], opinionShare: article.framing.opinionShare,
                attributedShare: article.framing.attributedShare, loadedPerThousandWords: article.framing.loaded.isEmpty ? 0 : 41.67,
                loadedCount: article.framing.loaded.count, sensationalHeadlines: article.framing.sensationalHeadline ? 1 : 0,
                unattributedAssertions: 0, words: 24)
        }
        return Report(articles: articles, stories: [story], claims: claims, groups: groups, brief: brief, outlets: outlets)
    }

    /// An article whose body is its sentences, joined paragraph by paragraph.
    private static func article(
        id: String, input: String, title: String, publisher: String, authors: [String], published: String?,
        sentences: [(text: String, role: Sentence.Role, paragraph: Int, why: String?)],
        loaded: [(text: String, sentence: String, why: String, usage: String)], opinionShare: Double,
        attributedShare: Double, omits: [String], sensational: String? = nil
    ) -> Article {
        var built: [Sentence] = []
        var body = ""
        var paragraph = 0
        for (index, sentence) in sentences.enumerated() {
            if !body.isEmpty { body += sentence.paragraph == paragraph ? " " : "\n\n" }
            paragraph = sentence.paragraph
            let start = body.utf16.count
            body += sentence.text
            built.append(
                Sentence(
                    id: "\(id).s\(index + 1)", text: sentence.text, role: sentence.role, start: start,
                    end: body.utf16.count, paragraph: sentence.paragraph, why: sentence.why))
        }
        let framing = Framing(
            loaded: loaded.map { Framing.LoadedTerm(text: $0.text, sentence: $0.sentence, why: $0.why, usage: $0.usage) },
            opinionShare: opinionShare, attributedShare: attributedShare, sensationalHeadline: sensational != nil,
            omits: omits, headlineWhy: sensational)
        return Article(
            id: id, input: input, title: title, publisher: publisher, authors: authors, published: published,
            language: "en", body: body, sentences: built, framing: framing)
    }
}
