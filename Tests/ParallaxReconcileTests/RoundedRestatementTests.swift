import Foundation
import ParallaxModel
import Testing

@testable import ParallaxReconcile

/// A measurement restated in the other system of units is rounded ("a 1.2-mile (2-kilometre) radius"): converted
/// back, the figure allows whatever rounds to its stated number, so one radius given in miles by one outlet and in
/// kilometres by another is one figure, not a conflict. Figures stated in one unit keep the exact tolerance, and
/// durations (calendar arithmetic) are not widened. Invented sentences.
@Suite struct RoundedRestatementTests {
    struct RadiusCase: Sendable, CustomTestStringConvertible {
        var miles: Double
        var milesText: String
        var kilometres: Double
        var status: ClaimGroup.Status
        var testDescription: String { "\(milesText) beside \(kilometres) km → \(status.rawValue)" }
    }

    @Test(arguments: [
        RadiusCase(miles: 1.2, milesText: "1.2 miles", kilometres: 2, status: .agreed),  // 1.93 km; 1.15…1.25 mi reach 2 km
        RadiusCase(miles: 1.9, milesText: "1.9 miles", kilometres: 3, status: .agreed),  // 3.06 km
        RadiusCase(miles: 2, milesText: "two miles", kilometres: 3, status: .agreed),  // 1.5…2.5 mi: 2.4…4.0 km
        RadiusCase(miles: 1.5, milesText: "1.5 miles", kilometres: 3, status: .conflicting),  // 2.33…2.49 km
    ])
    func aRadiusInMilesAllowsWhatRoundsToIt(_ example: RadiusCase) {
        var story = StoryBuilder()
        let a = story.article(publisher: "Herald", language: "en")
        let b = story.article(publisher: "Landeszeitung", language: "de")
        story.sentence(a, "Residents within \(example.milesText) of the depot were told to leave.", [
            StoryBuilder.Figure(text: example.milesText, value: example.miles, unit: "mile", measure: "distance")
        ])
        let kilometres = example.kilometres == 2 ? "zwei" : "drei"
        story.sentence(b, "Anwohner im Umkreis von \(kilometres) Kilometern mussten ihre Häuser verlassen.", [
            StoryBuilder.Figure(text: "\(kilometres) Kilometern", value: example.kilometres, unit: "kilometre", measure: "distance")
        ])
        let result = reconcile(story)
        #expect(together("c1", "c2", in: result), "\(result.groups.map(\.claims))")
        #expect(group(of: "c1", in: result)?.status == example.status, "\(result.groups.map(\.explanation))")
    }

    /// Two figures both stated in miles are compared as written: 1.2 and 1.3 miles are two numbers.
    @Test func figuresInOneUnitKeepTheExactTolerance() {
        var story = StoryBuilder()
        let a = story.article(publisher: "Herald"), b = story.article(publisher: "Gazette")
        story.sentence(a, "The slick stretched 1.2 miles along the shore.", [
            StoryBuilder.Figure(text: "1.2 miles", value: 1.2, unit: "mile", measure: "size")
        ])
        story.sentence(b, "The oil covered 1.3 miles of the coastline.", [
            StoryBuilder.Figure(text: "1.3 miles", value: 1.3, unit: "mile", measure: "size")
        ])
        let facts = facts(of: story)
        #expect(StatusJudge.widenedForConversion(facts).map(\.interval) == facts.map(\.interval))
    }

    /// Minutes converted to hours are calendar arithmetic, not a rounded restatement: "45 Minuten" beside "one hour"
    /// keeps its interval.
    @Test func durationsAreNotWidened() {
        var story = StoryBuilder()
        let a = story.article(publisher: "Agentur", language: "de"), b = story.article(publisher: "Herald")
        story.sentence(a, "Die Sperrung dauerte 45 Minuten.", [
            StoryBuilder.Figure(text: "45 Minuten", value: 45, unit: "minute", measure: "duration")
        ])
        story.sentence(b, "The road was closed for one hour.", [
            StoryBuilder.Figure(text: "one hour", value: 1, unit: "hour", measure: "duration")
        ])
        let facts = facts(of: story)
        #expect(StatusJudge.widenedForConversion(facts).map(\.interval) == facts.map(\.interval))
    }

    /// A figure in miles beside one in kilometres is widened by half a unit of its last stated digit, converted.
    @Test func theWideningIsHalfTheLastDigit() throws {
        var story = StoryBuilder()
        let a = story.article(publisher: "Herald"), b = story.article(publisher: "Zeitung", language: "de")
        story.sentence(a, "A 1.2-mile exclusion zone was set up.", [
            StoryBuilder.Figure(text: "1.2-mile", value: 1.2, unit: "mile", measure: "size")
        ])
        story.sentence(b, "Eine Sperrzone von zwei Kilometern wurde eingerichtet.", [
            StoryBuilder.Figure(text: "zwei Kilometern", value: 2, unit: "kilometre", measure: "size")
        ])
        let widened = StatusJudge.widenedForConversion(facts(of: story))
        let miles = try #require(widened.first { $0.claim.id == "c1" }?.interval)
        #expect(abs(miles.high - 1.25 * 1.609344) < 0.01 && abs(miles.low - 1.15 * 1.609344) < 0.01, "\(miles)")
        let kilometres = try #require(widened.first { $0.claim.id == "c2" }?.interval)
        #expect(kilometres.high < 2.02, "\(kilometres)")
    }

    private func facts(of story: StoryBuilder) -> [ClaimFacts] {
        let articles = Dictionary(uniqueKeysWithValues: story.articles.map { ($0.id, $0) })
        return story.claims.map { ClaimFacts(claim: $0, article: articles[$0.article]!, lexicon: .forLanguage("en")) }
    }
}
