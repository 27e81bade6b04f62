import Foundation
import ParallaxModel
import Testing

@testable import ParallaxReconcile

/// Speeds convert by exact factors (`Lexicons/unit-conversions.tsv`: miles per hour and knots to kilometres per hour):
/// a speed a writer restates in brackets ("about 80 km/h (50 mph)") is that speed, and one speed given by outlets of
/// two languages in two units is one figure. Invented sentences.
@Suite struct SpeedConversionTests {
    @Test func aSpeedRestatedInBracketsStandsBesideIt() {
        var story = StoryBuilder()
        let a = story.article(publisher: "Broadcaster", language: "en")
        let b = story.article(publisher: "Agentur", language: "de")
        story.sentence(a, "The train was travelling at about 80 km/h (50 mph) when it left the rails.", [
            StoryBuilder.Figure(text: "about 80 km/h", value: 80, qualifier: .about, unit: "kilometre per hour"),
            StoryBuilder.Figure(text: "50 mph", value: 50, unit: "mile per hour"),
        ])
        story.sentence(b, "Der Zug fuhr mit etwa 80 Kilometern pro Stunde, als er entgleiste.", [
            StoryBuilder.Figure(text: "etwa 80 Kilometern pro Stunde", value: 80, qualifier: .about, unit: "kilometre per hour")
        ])
        let result = reconcile(story)
        #expect(together("c1", "c2", in: result), "\(result.groups.map(\.claims))")
        #expect(together("c1", "c3", in: result), "\(result.groups.map(\.claims))")
    }

    @Test(arguments: [
        ("mile per hour", 80.0, true),  // 128.7 km/h beside "bis zu 130 Kilometern pro Stunde"
        ("knot", 70.0, true),  // 129.6 km/h
        ("mile per hour", 50.0, false),  // 80.5 km/h: another speed
    ])
    func oneSpeedInTwoUnitsIsOneFigure(unit: String, value: Double, together expected: Bool) {
        var story = StoryBuilder()
        let a = story.article(publisher: "Agentur", language: "de")
        let b = story.article(publisher: "Herald", language: "en")
        story.sentence(a, "Der Sturm brachte Böen von bis zu 130 Kilometern pro Stunde.", [
            StoryBuilder.Figure(text: "bis zu 130 Kilometern pro Stunde", value: 130, qualifier: .upTo, unit: "kilometre per hour")
        ])
        story.sentence(b, "The storm brought gusts of up to \(Int(value)) \(unit == "knot" ? "knots" : "mph").", [
            StoryBuilder.Figure(text: "up to \(Int(value))", value: value, qualifier: .upTo, unit: unit)
        ])
        let result = reconcile(story)
        #expect(together("c1", "c2", in: result) == expected, "\(result.groups.map(\.claims))")
    }

    @Test func speedsAreMeasurementsNotCounts() {
        #expect(!FigureClusters.isCountUnit("kilometre per hour"))
        #expect(!FigureClusters.isCountUnit("mile per hour"))
        #expect(ReconcileLexicon.unitConversions["mile per hour"]?.base == "kilometre per hour")
    }
}
