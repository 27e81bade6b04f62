import ParallaxModel
import Testing

@testable import ParallaxReconcile

/// Grouping within one measure: an article's different shares are different things; counts beside
/// counts are parts of one figure; unit families join firefighters with people. Invented figures.
@Suite struct ShareGroupingTests {
    private func groupIDs(_ result: Reconciliation, _ claims: [String]) -> [String?] {
        claims.map { claim in result.groups.first { $0.claims.contains(claim) }?.id }
    }

    @Test func sharesOfOneArticleSplitAndOtherArticlesJoinTheClosest() {
        var story = StoryBuilder()
        let a = story.article(publisher: "Wire"), b = story.article(publisher: "Daily")
        story.quantity(a, 41.2, unit: "percent", measure: "won", subject: nil)  // c1
        story.quantity(a, 33.8, unit: "percent", measure: "won", subject: nil)  // c2
        story.quantity(b, 34, .about, unit: "percent", measure: "won", subject: nil)  // c3
        story.quantity(b, 41, .moreThan, unit: "percent", measure: "won", subject: nil)  // c4
        let result = reconcile(story)
        let ids = groupIDs(result, ["c1", "c2", "c3", "c4"])
        #expect(ids[0] != ids[1], "two shares of one article are two things")
        #expect(ids[0] == ids[3] && ids[1] == ids[2], "\(result.groups.map(\.claims))")
        #expect(result.groups.allSatisfy { $0.status == .agreed }, "\(result.groups.map(\.explanation))")
    }

    @Test func sharesFromTwoSourcesInOneArticleStayOneContestedFigure() {
        var story = StoryBuilder()
        let a = story.article(publisher: "Wire")
        story.quantity(a, 61.4, unit: "percent", measure: "turnout", subject: nil, source: "electoral commission")
        story.quantity(a, 55, .upTo, unit: "percent", measure: "turnout", subject: nil, source: "opposition")
        let result = reconcile(story)
        #expect(result.groups.count == 1, "one contested figure, not two things")
        #expect(result.groups.first?.claims == ["c1", "c2"])
    }

    @Test func countsOfOneArticleStayTogetherAsPartAndTotal() {
        var story = StoryBuilder()
        let a = story.article(publisher: "Wire"), b = story.article(publisher: "Daily")
        story.quantity(a, 97, unit: "person", measure: "killed")
        story.quantity(a, 38, unit: "person", measure: "killed")
        story.quantity(b, 97, unit: "person", measure: "killed")
        let result = reconcile(story)
        #expect(result.groups.count == 1, "\(result.groups.map(\.claims))")
    }

    @Test func firefightersAndPeopleOfOneMeasureAreOneFigure() {
        var story = StoryBuilder()
        let a = story.article(publisher: "Wire"), b = story.article(publisher: "Daily")
        story.quantity(a, 120, .moreThan, unit: "person", measure: "deployed")
        story.quantity(b, 130, .about, unit: "firefighter", measure: "deployed")
        let result = reconcile(story)
        #expect(result.groups.count == 1, "\(result.groups.map(\.claims))")
    }
}

/// A part and its whole ("68 of the 150 seats") never make one figure.
@Suite struct PartAndWholeGroupingTests {
    @Test func aMeasurelessPartStaysOutOfItsWholesGroup() {
        var story = StoryBuilder()
        let a = story.article(publisher: "Wire"), b = story.article(publisher: "Daily")
        story.quantity(a, 68, unit: "seat", measure: nil, subject: nil)
        story.quantity(a, 150, unit: "seat", measure: "size", subject: nil)
        story.quantity(b, 150, unit: "seat", measure: "size", subject: nil)
        let result = Reconciler(configuration: .init(briefLanguage: "en"))
            .reconcile(articles: story.articles, stories: [story.story], claims: story.claims)
        let whole = result.groups.first { $0.claims.contains("c2") }
        #expect(whole?.claims == ["c2", "c3"] && whole?.status == .agreed, "\(result.groups.map(\.claims))")
    }
}

/// Looser figures: a bound or vague amount far from the precise figure is compatible, a near one agrees.
@Suite struct LooserFigureTests {
    @Test(arguments: [
        (Quantity.Qualifier.atLeast, 200.0, ClaimGroup.Status.compatible),
        (.moreThan, 50, .compatible),
        (.moreThan, 240, .agreed),
        (.atLeast, 250, .agreed),
    ])
    func boundBesideAPreciseFigure(qualifier: Quantity.Qualifier, bound: Double, status: ClaimGroup.Status) {
        var story = StoryBuilder()
        let a = story.article(publisher: "Wire"), b = story.article(publisher: "Daily")
        story.quantity(a, 250, .about, unit: "person", measure: "evacuated")
        story.quantity(b, bound, qualifier, unit: "person", measure: "evacuated")
        let result = Reconciler(configuration: .init(briefLanguage: "en"))
            .reconcile(articles: story.articles, stories: [story.story], claims: story.claims)
        #expect(result.groups.map(\.status) == [status], "\(result.groups.map(\.explanation))")
        if status == .compatible { #expect(result.groups.first?.explanation.contains("looser figure") == true) }
    }
}

/// A denial that names nothing contests the story's accusation.
@Suite struct UnlinkedDenialTests {
    @Test func joinsTheAccusationGroup() {
        var story = StoryBuilder()
        let a = story.article(publisher: "Wire"), b = story.article(publisher: "Daily")
        story.statement(a, subject: nil, predicate: "accused", object: nil)
        story.statement(b, subject: nil, predicate: "accused", object: nil)
        story.statement(b, subject: "commission", predicate: "denies", object: nil, deniedBy: "commission")
        let result = Reconciler(configuration: .init(briefLanguage: "en"))
            .reconcile(articles: story.articles, stories: [story.story], claims: story.claims)
        #expect(result.groups.count == 1, "\(result.groups.map(\.claims))")
        #expect(result.groups.first?.status == .disputed)
    }
}

/// The brief never prints a number that no cited claim gives.
@Suite struct BriefPromiseTests {
    @Test func sentencesWithUnsupportedNumbersAreLeftOut() {
        var story = StoryBuilder()
        let a = story.article(publisher: "Wire")
        story.quantity(a, 120, unit: "person", measure: "evacuated")
        let sentences = [
            BriefSentence(story: "s1", text: "Wire reports 120 evacuated.", cites: [a], group: "g1", language: "en"),
            BriefSentence(story: "s1", text: "Wire reports 130 evacuated.", cites: [a], group: "g1", language: "en"),
        ]
        let claimsByArticle = Dictionary(grouping: story.claims, by: \.article)
        #expect(BriefAudit.supported(sentences, claimsByArticle: claimsByArticle).map(\.text) == ["Wire reports 120 evacuated."])
    }
}

/// How the brief names who gives a value: named sources first, an unsourced report after them, and a
/// reason that two facts share said once (invented figures).
@Suite struct BriefSourceWordingTests {
    @Test(arguments: [
        ("en", "5 people (according to the police; also with no source named)"),
        ("de", "5 Personen (Quelle: Polizei; auch ohne Quellenangabe)"),
    ])
    func namedSourcesComeFirst(language: String, expected: String) {
        var story = StoryBuilder()
        let a = story.article(publisher: "Wire", language: language), b = story.article(publisher: "Daily", language: language)
        let c = story.article(publisher: "Post", language: language)
        story.quantity(a, 5, unit: "person", measure: "killed", subject: nil)
        story.quantity(b, 5, unit: "person", measure: "killed", subject: nil, source: "police")
        story.quantity(c, 9, unit: "person", measure: "killed", subject: nil, source: "fire brigade")
        let result = Reconciler(configuration: .init(briefLanguage: language))
            .reconcile(articles: story.articles, stories: [story.story], claims: story.claims)
        let text = result.brief.map(\.text).joined(separator: "\n")
        #expect(text.contains(expected), "\(text)")
    }

    @Test func everyMeasureAndUnitHasAGermanWord() {
        var story = StoryBuilder()
        let a = story.article(publisher: "Wire", language: "de"), b = story.article(publisher: "Daily", language: "de")
        story.quantity(a, 48, unit: "hospital", measure: "size", subject: nil)
        story.quantity(b, 48, unit: "hospital", measure: "size", subject: nil)
        let result = Reconciler(configuration: .init(briefLanguage: "de"))
            .reconcile(articles: story.articles, stories: [story.story], claims: story.claims)
        let text = result.brief.map(\.text).joined(separator: "\n")
        #expect(text.contains("die Größe: 48 Krankenhäuser"), "\(text)")
    }
}
