import Foundation
import ParallaxModel
import Testing

@testable import ParallaxReconcile

/// A measurement restated in the other system of units is one figure with its original even when the two reports read
/// it under two measures (a network's length as `size` and `distance`, rain as `size` and none): the grouper compares
/// the restated number at its own precision (round 34) — a whole number ending in zeros is rounded at its last non-zero
/// digit ("all 190 miles" for 310 km, 192.6 miles), up to the "about" tolerance, as the status judge already compares it
/// (round 33) — and a restated bound reaches as far as its rounding ("more than two inches", 51 mm, for 62 l/m²).
/// Other numbers stay apart. Invented sentences, German and English.
@Suite struct RestatedUnderAnotherMeasureTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var german: String
        var germanFigure: String
        var germanValue: Double
        var germanUnit: String
        var english: String
        var englishFigure: String
        var englishValue: Double
        var englishUnit: String
        var englishQualifier: Quantity.Qualifier = .exact
        var together: Bool
        var testDescription: String { "\(germanFigure) beside \(englishFigure) → \(together ? "one group" : "apart")" }
    }

    @Test(arguments: [
        Case(
            german: "Das Leitungsnetz der Stadtwerke ist 310 Kilometer lang.", germanFigure: "310 Kilometer",
            germanValue: 310, germanUnit: "kilometre",
            english: "Crews flushed all 190 miles of the water mains.", englishFigure: "190 miles",
            englishValue: 190, englishUnit: "mile", together: true),  // 192.6 miles
        Case(
            german: "Der neue Stausee bedeckt 40 Hektar.", germanFigure: "40 Hektar", germanValue: 40,
            germanUnit: "hectare",
            english: "The 100-acre reservoir was filled in spring.", englishFigure: "100-acre", englishValue: 100,
            englishUnit: "acre", together: true),  // 98.8 acres
        Case(
            german: "Die Aschesäule stieg 3.000 Meter hoch.", germanFigure: "3.000 Meter", germanValue: 3000,
            germanUnit: "metre",
            english: "Pilots were warned of ash at 10,000 feet.", englishFigure: "10,000 feet", englishValue: 10000,
            englishUnit: "foot", together: true),  // 9,843 feet
        Case(
            german: "In der Nacht fielen 62 Millimeter Regen.", germanFigure: "62 Millimeter", germanValue: 62,
            germanUnit: "millimetre",
            english: "More than two inches of rain fell overnight.", englishFigure: "More than two inches",
            englishValue: 2, englishUnit: "inch", englishQualifier: .moreThan, together: true),  // 2.44 inches
        // Controls: other numbers of the same units.
        Case(
            german: "Das Leitungsnetz der Stadtwerke ist 310 Kilometer lang.", germanFigure: "310 Kilometer",
            germanValue: 310, germanUnit: "kilometre",
            english: "Crews flushed 150 miles of the water mains.", englishFigure: "150 miles", englishValue: 150,
            englishUnit: "mile", together: false),  // 241 km
        Case(
            german: "Das Leitungsnetz der Stadtwerke ist 130 Kilometer lang.", germanFigure: "130 Kilometer",
            germanValue: 130, germanUnit: "kilometre",
            english: "Crews flushed all 90 miles of the water mains.", englishFigure: "90 miles", englishValue: 90,
            englishUnit: "mile", together: false),  // 145 km; 90 rounded at the tens reaches 137 km
        Case(
            german: "In der Nacht fielen 80 Millimeter Regen.", germanFigure: "80 Millimeter", germanValue: 80,
            germanUnit: "millimetre",
            english: "More than two inches of rain fell overnight.", englishFigure: "More than two inches",
            englishValue: 2, englishUnit: "inch", englishQualifier: .moreThan, together: false),  // 3.1 inches
    ])
    func aRestatedMeasurementUnderAnotherMeasure(_ example: Case) {
        var story = StoryBuilder()
        let a = story.article(publisher: "Landeszeitung", language: "de"), b = story.article(publisher: "Herald")
        story.sentence(
            a, example.german,
            [
                StoryBuilder.Figure(
                    text: example.germanFigure, value: example.germanValue, unit: example.germanUnit, measure: "size")
            ])
        story.sentence(
            b, example.english,
            [
                StoryBuilder.Figure(
                    text: example.englishFigure, value: example.englishValue, qualifier: example.englishQualifier,
                    unit: example.englishUnit, measure: "distance")
            ])
        let result = reconcile(story)
        #expect(together("c1", "c2", in: result) == example.together, "\(result.groups.map(\.claims))")
        if example.together {
            let status: ClaimGroup.Status = example.englishQualifier == .exact ? .agreed : .compatible
            #expect(group(of: "c1", in: result)?.status == status, "\(result.groups.map(\.explanation))")
        }
    }
}
