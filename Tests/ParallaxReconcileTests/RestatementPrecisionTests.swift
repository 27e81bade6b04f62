import Foundation
import ParallaxModel
import Testing

@testable import ParallaxReconcile

/// A measurement restated in the other system of units carries the precision of its own number (round 33): a whole
/// number ending in zeros is rounded at its last non-zero digit ("a 300-foot tower" for one of 90 metres, 295 feet),
/// up to the "about" tolerance, and a bound restated so ("up to 30 feet" beside "bis zu neun Meter", "more than 43 mph"
/// beside "mehr als 70 km/h") is the same bound, not a looser one. Numbers written to their last digit keep that
/// digit's half unit (1.2 and 1.3 miles stay apart). Invented sentences, German and English.
@Suite struct RestatementPrecisionTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var english: String
        var value: Double
        var unit: String
        var german: String
        var germanValue: Double
        var germanUnit: String
        var qualifier: Quantity.Qualifier
        var measure: String?
        var status: ClaimGroup.Status
        var testDescription: String { "\(english) beside \(german) → \(status.rawValue)" }
    }

    @Test(arguments: [
        // Whole numbers ending in zeros: rounded at their last non-zero digit.
        Case(
            english: "300-foot", value: 300, unit: "foot", german: "90 Meter", germanValue: 90, germanUnit: "metre",
            qualifier: .exact, measure: "size", status: .agreed),  // 91.4 m
        Case(
            english: "500-acre", value: 500, unit: "acre", german: "200 Hektar", germanValue: 200,
            germanUnit: "hectare",
            qualifier: .exact, measure: "size", status: .agreed),  // 202 ha
        Case(
            english: "20 miles", value: 20, unit: "mile", german: "30 Kilometer", germanValue: 30,
            germanUnit: "kilometre",
            qualifier: .exact, measure: "distance", status: .agreed),  // 32.2 km
        // Bounds restated: the same bound.
        Case(
            english: "up to 30 feet", value: 30, unit: "foot", german: "bis zu neun Meter", germanValue: 9,
            germanUnit: "metre", qualifier: .upTo, measure: "size", status: .agreed),  // 9.14 m
        Case(
            english: "more than 43 mph", value: 43, unit: "mile per hour", german: "mehr als 70 Kilometern pro Stunde",
            germanValue: 70, germanUnit: "kilometre per hour", qualifier: .moreThan, measure: nil, status: .agreed),
        Case(
            english: "up to 60 mph", value: 60, unit: "mile per hour", german: "bis zu 100 Kilometern pro Stunde",
            germanValue: 100, germanUnit: "kilometre per hour", qualifier: .upTo, measure: nil, status: .agreed),
        // Controls: other numbers stay apart.
        Case(
            english: "250-foot", value: 250, unit: "foot", german: "60 Meter", germanValue: 60, germanUnit: "metre",
            qualifier: .exact, measure: "size", status: .conflicting),  // 245…255 ft: 74.7…77.7 m
        Case(
            english: "200-foot", value: 200, unit: "foot", german: "80 Meter", germanValue: 80, germanUnit: "metre",
            qualifier: .exact, measure: "size", status: .conflicting),  // 180…220 ft: 54.9…67.1 m
        Case(
            english: "up to 45 mph", value: 45, unit: "mile per hour", german: "bis zu 100 Kilometern pro Stunde",
            germanValue: 100, germanUnit: "kilometre per hour", qualifier: .upTo, measure: nil, status: .compatible),
    ])
    func aRestatedMeasurement(_ example: Case) {
        var story = StoryBuilder()
        let a = story.article(publisher: "Herald"), b = story.article(publisher: "Landeszeitung", language: "de")
        let c = story.article(publisher: "Rundschau", language: "de")
        story.sentence(
            a, "The figure given was \(example.english) on Tuesday.",
            [
                StoryBuilder.Figure(
                    text: example.english, value: example.value, qualifier: example.qualifier, unit: example.unit,
                    measure: example.measure)
            ])
        for article in [b, c] {
            story.sentence(
                article, "Die Angabe lautete \(example.german) am Dienstag.",
                [
                    StoryBuilder.Figure(
                        text: example.german, value: example.germanValue, qualifier: example.qualifier,
                        unit: example.germanUnit, measure: example.measure)
                ])
        }
        let result = reconcile(story)
        if example.status == .agreed {
            #expect(together("c1", "c2", in: result), "\(result.groups.map(\.claims))")
            #expect(group(of: "c1", in: result)?.status == .agreed, "\(result.groups.map(\.explanation))")
        } else if together("c1", "c2", in: result) {
            // A control: another number, apart or judged as the status says, never agreed.
            #expect(group(of: "c1", in: result)?.status == example.status, "\(result.groups.map(\.explanation))")
        }
    }

    @Test(arguments: [
        (1.2, 0.05), (43.0, 0.5), (2.0, 0.5), (200.0, 20.0), (20.0, 2.0), (250.0, 5.0), (29_650.0, 5.0), (0.75, 0.005),
    ])
    func theRoundingOfANumber(_ number: Double, _ rounding: Double) {
        #expect(abs(StatusJudge.restatementRounding(of: number) - rounding) < 1e-6)
    }
}
