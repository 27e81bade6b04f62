import ParallaxModel
import Testing

@testable import ParallaxReconcile

/// Claims about the same thing that the extractor labels differently still meet: one figure under two
/// measures, units converted, further batches beside their totals, denials without a stated assertion.
/// Invented figures.
@Suite struct GroupRecallTests {
    struct SameNumberCase: Sendable, CustomTestStringConvertible {
        var value: Double
        var unit: String
        var measures: (String?, String?)
        var joins: Bool
        var testDescription: String { "\(value) \(unit) \(measures.0 ?? "-")/\(measures.1 ?? "-") → \(joins)" }
    }

    @Test(arguments: [
        SameNumberCase(value: 600_000_000, unit: "eur", measures: ("cut", "decrease"), joins: true),
        SameNumberCase(value: 84.5, unit: "percent", measures: ("vaccinated", "affected"), joins: true),
        SameNumberCase(value: 1840, unit: "-", measures: ("cut", "affected"), joins: true),
        SameNumberCase(value: 2, unit: "drone", measures: ("affected", nil), joins: true),
        SameNumberCase(value: 12, unit: "person", measures: ("wounded", "missing"), joins: false),
        SameNumberCase(value: 3, unit: "-", measures: ("closed", "cut"), joins: false),
    ])
    func oneNumberUnderTwoMeasuresIsOneFigure(_ example: SameNumberCase) {
        var story = StoryBuilder()
        let a = story.article(publisher: "Wire"), b = story.article(publisher: "Daily")
        story.quantity(a, example.value, unit: example.unit, measure: example.measures.0)
        story.quantity(b, example.value, unit: example.unit, measure: example.measures.1)
        let result = reconcile(story)
        #expect((group(of: "c1", in: result)?.id == group(of: "c2", in: result)?.id) == example.joins, "\(result.groups.map(\.claims))")
    }

    @Test func anArticleGivingTwoNumbersKeepsTheMeasuresApart() {
        var story = StoryBuilder()
        let a = story.article(publisher: "Wire"), b = story.article(publisher: "Daily")
        story.quantity(a, 600_000_000, unit: "eur", measure: "cut")
        story.quantity(a, 400_000_000, unit: "eur", measure: "decrease")
        story.quantity(b, 600_000_000, unit: "eur", measure: "decrease")
        let result = reconcile(story)
        #expect(group(of: "c1", in: result)?.id != group(of: "c3", in: result)?.id, "\(result.groups.map(\.claims))")
    }

    struct ConversionCase: Sendable, CustomTestStringConvertible {
        var left: (Double, Quantity.Qualifier, String)
        var right: (Double, Quantity.Qualifier, String)
        var measure: String
        var status: ClaimGroup.Status
        /// Named sources of the two figures: rival lengths of one span come from two parties (a duration
        /// a quarter or more apart from an unnamed source is another span, see PartsAndWholesTests).
        var sources: (String, String)? = nil
        var testDescription: String { "\(left.0) \(left.2) vs \(right.0) \(right.2) → \(status)" }
    }

    @Test(arguments: [
        ConversionCase(left: (300, .about, "acre"), right: (120, .about, "hectare"), measure: "burned", status: .agreed),
        ConversionCase(left: (48, .exact, "hour"), right: (2, .exact, "day"), measure: "duration", status: .agreed),
        ConversionCase(
            left: (6, .exact, "hour"), right: (90, .exact, "minute"), measure: "duration", status: .conflicting,
            sources: ("residents", "interior ministry")),
        ConversionCase(left: (2, .exact, "week"), right: (14, .exact, "day"), measure: "duration", status: .agreed),
    ])
    func convertedUnitsMeet(_ example: ConversionCase) {
        var story = StoryBuilder()
        let a = story.article(publisher: "Wire"), b = story.article(publisher: "Daily")
        story.quantity(a, example.left.0, example.left.1, unit: example.left.2, measure: example.measure, source: example.sources?.0)
        story.quantity(b, example.right.0, example.right.1, unit: example.right.2, measure: example.measure, source: example.sources?.1)
        let result = reconcile(story)
        #expect(result.groups.count == 1, "\(result.groups.map(\.claims))")
        #expect(result.groups.first?.status == example.status, "\(result.groups.map(\.explanation))")
        // Explanations name the figures as written, not converted.
        #expect(result.groups.first?.explanation.contains(example.left.2) == true)
    }

    @Test func twoDurationsOfOneArticleAreTwoThings() {
        var story = StoryBuilder()
        let a = story.article(publisher: "Wire"), b = story.article(publisher: "Daily")
        story.quantity(a, 24, unit: "hour", measure: "duration")
        story.quantity(a, 4, unit: "week", measure: "duration")
        story.quantity(b, 24, unit: "hour", measure: "duration")
        let result = reconcile(story)
        #expect(group(of: "c1", in: result)?.claims == ["c1", "c3"])
        #expect(group(of: "c1", in: result)?.status == .agreed)
    }

    @Test func furtherBatchBesideAnotherMeasureCountsOthers() {
        var story = StoryBuilder()
        let a = story.article(publisher: "Wire"), b = story.article(publisher: "Daily")
        story.quantity(a, 3, unit: "person", measure: "killed")
        story.quantity(a, 12, unit: "person", measure: "missing", lead: "weitere ")
        story.quantity(b, 12, unit: "person", measure: "missing")
        let result = reconcile(story)
        #expect(group(of: "c2", in: result)?.claims == ["c2", "c3"])
        #expect(group(of: "c2", in: result)?.status == .agreed, "\(result.groups.map(\.explanation))")
    }

    @Test func restatedFurtherFigureIsTheSameFigure() {
        var story = StoryBuilder()
        let a = story.article(publisher: "Wire"), b = story.article(publisher: "Daily")
        story.quantity(a, 12, unit: "person", measure: "missing")
        story.quantity(a, 12, unit: "person", measure: "missing", lead: "weitere ")
        story.quantity(b, 12, unit: "person", measure: "missing")
        let result = reconcile(story)
        #expect(result.groups.map(\.status) == [.agreed], "\(result.groups.map(\.explanation))")
    }

    @Test(arguments: [("15 more people", true), ("more than 15 people", false), ("3 others", true)])
    func wordsRightAfterTheNumberMarkAFurtherBatch(_ text: String, _ further: Bool) {
        let lexicon = ReconcileLexicon.forLanguage("en")
        let word = ClaimFacts.wordAfterNumber(in: text)
        #expect(lexicon.additionalAfterNumber.contains(word) == further)
    }

    @Test func twoFiguresOfOneArticleAddUpToAnothersTotal() {
        var story = StoryBuilder()
        let a = story.article(publisher: "Wire"), b = story.article(publisher: "Blog")
        story.quantity(a, 3400, .about, unit: "worker", measure: "employed")
        story.quantity(b, 2100, unit: "worker", measure: "employed")
        story.quantity(b, 1300, unit: "worker", measure: "employed")
        let result = reconcile(story)
        #expect(result.groups.count == 1)
        #expect(result.groups.first?.status == .compatible, "\(result.groups.map(\.explanation))")
    }

    @Test func denialWithoutAssertionJoinsTheFigureOfItsSentence() {
        var story = StoryBuilder()
        let a = story.article(publisher: "Wire"), b = story.article(publisher: "Daily")
        story.quantity(a, 6, unit: "hour", measure: "duration", source: "residents")
        story.quantity(a, 90, unit: "minute", measure: "duration", source: "residents")
        story.statement(a, subject: nil, predicate: "denies", object: nil)
        story.shareSentence("c3", with: "c2")
        story.quantity(b, 6, unit: "hour", measure: "duration")
        let result = reconcile(story)
        #expect(result.groups.map(\.claims) == [["c1", "c2", "c4", "c3"]], "\(result.groups.map(\.claims))")
        #expect(result.groups.first?.status == .disputed)
    }

    @Test func denialsOfUnstatedAssertionsInSeveralArticlesAreOneDispute() {
        var story = StoryBuilder()
        let a = story.article(publisher: "Wire"), b = story.article(publisher: "Daily"), c = story.article(publisher: "Post")
        story.statement(a, subject: "gmm", predicate: "denies", object: nil, source: "gmm")
        story.statement(b, subject: nil, predicate: "denies", object: nil)
        story.statement(b, subject: "owner", predicate: "denies", object: nil, source: "owner")
        story.statement(c, subject: "gmm", predicate: "denies", object: nil, source: "gmm")
        let result = reconcile(story)
        let first = group(of: "c1", in: result)
        #expect(first?.status == .disputed)
        #expect(first?.claims.contains("c4") == true, "\(result.groups.map(\.claims))")
        #expect(group(of: "c2", in: result)?.id != group(of: "c3", in: result)?.id, "one article's two denials are two disputes")
    }

    @Test func vagueBoundsHaveIntervals() {
        var story = StoryBuilder()
        let a = story.article(publisher: "Wire"), b = story.article(publisher: "Daily")
        story.quantity(a, nil, .atLeast, low: 2000, unit: "person", measure: "evacuated")
        story.quantity(b, 1000, .upTo, unit: "person", measure: "evacuated")
        let result = reconcile(story)
        #expect(result.groups.map(\.status) == [.conflicting], "\(result.groups.map(\.explanation))")
    }

    @Test func boundsJoinTheFigureTheyStateNotEveryLargerOne() {
        var story = StoryBuilder()
        let a = story.article(publisher: "Wire"), b = story.article(publisher: "Daily")
        story.quantity(a, 1_200_000_000, .moreThan, unit: "eur", measure: nil)
        story.quantity(a, 150_000_000, .moreThan, unit: "eur", measure: nil)
        story.quantity(b, 150_000_000, unit: "eur", measure: nil)
        story.quantity(b, 1_200_000_000, unit: "eur", measure: nil)
        let result = reconcile(story)
        #expect(group(of: "c1", in: result)?.claims == ["c1", "c4"], "\(result.groups.map(\.claims))")
        #expect(group(of: "c2", in: result)?.claims == ["c2", "c3"])
    }

    struct UpdateCase: Sendable, CustomTestStringConvertible {
        var firstDay: String
        var laterDay: String
        var later: Double
        var status: ClaimGroup.Status
        var testDescription: String { "\(firstDay) → \(laterDay): \(later) \(status)" }
    }

    @Test(arguments: [
        UpdateCase(firstDay: "2026-06-20", laterDay: "2026-06-22", later: 6000, status: .compatible),
        UpdateCase(firstDay: "2026-06-20", laterDay: "2026-06-21", later: 6000, status: .conflicting),
        UpdateCase(firstDay: "2026-06-20", laterDay: "2028-12-31", later: 4500, status: .agreed),
    ])
    func laterCountsUpdateEarlierOnes(_ example: UpdateCase) {
        var story = StoryBuilder()
        let a = story.article(publisher: "Wire", published: example.firstDay)
        let b = story.article(publisher: "Daily", published: example.laterDay)
        story.quantity(a, 4500, .about, unit: "person", measure: "evacuated")
        story.quantity(b, example.later, .moreThan, unit: "person", measure: "evacuated")
        let result = reconcile(story)
        #expect(result.groups.map(\.status) == [example.status], "\(result.groups.map(\.explanation))")
    }
}
