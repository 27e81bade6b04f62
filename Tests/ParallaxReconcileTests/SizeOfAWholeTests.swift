import Foundation
import ParallaxModel
import Testing

@testable import ParallaxReconcile

/// The size of a whole — how many places a stadium, a prison, a chain or a ward has — counts its places whatever noun
/// a report names them by (round 34): "the 42,000-seat arena" and "fasst 42.000 Zuschauer", "built for 450 inmates" and
/// "built for 450 prisoners" (read as two units), "620 stores" and "620 Filialen". A distinctive size in one count unit
/// is one figure with that number in another count unit from another article, given as a size or without a measure.
/// A figure of another measure, another number, or a small number (a "12-seat minibus" beside "12 Fahrgäste") stays
/// apart. Invented sentences, German and English.
@Suite struct SizeOfAWholeTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var english: String
        var englishFigure: String
        var englishValue: Double
        var englishUnit: String
        var german: String
        var germanFigure: String
        var germanValue: Double
        var germanUnit: String
        var germanMeasure: String?
        var together: Bool
        var testDescription: String { "\(englishFigure) beside \(germanFigure) → \(together ? "one group" : "apart")" }
    }

    @Test(arguments: [
        Case(
            english: "The 42,000-seat arena was sold out.", englishFigure: "42,000-seat", englishValue: 42000,
            englishUnit: "seat",
            german: "Die Arena fasst 42.000 Zuschauer.", germanFigure: "42.000 Zuschauer", germanValue: 42000,
            germanUnit: "person", germanMeasure: nil, together: true),
        Case(
            english: "The chain runs 620 stores.", englishFigure: "620 stores", englishValue: 620, englishUnit: "store",
            german: "Die Kette betreibt 620 Filialen.", germanFigure: "620 Filialen", germanValue: 620,
            germanUnit: "branch", germanMeasure: "size", together: true),
        Case(
            english: "The clinic has 380 beds.", englishFigure: "380 beds", englishValue: 380, englishUnit: "bed",
            german: "In der Klinik finden 380 Patienten Platz.", germanFigure: "380 Patienten", germanValue: 380,
            germanUnit: "patient", germanMeasure: "size", together: true),
        // Controls: another number, another measure, a small number.
        Case(
            english: "The 42,000-seat arena was sold out.", englishFigure: "42,000-seat", englishValue: 42000,
            englishUnit: "seat",
            german: "Die Arena fasst 40.000 Zuschauer.", germanFigure: "40.000 Zuschauer", germanValue: 40000,
            germanUnit: "person", germanMeasure: nil, together: false),
        Case(
            english: "The 42,000-seat arena was sold out.", englishFigure: "42,000-seat", englishValue: 42000,
            englishUnit: "seat",
            german: "42.000 Menschen wurden evakuiert.", germanFigure: "42.000 Menschen", germanValue: 42000,
            germanUnit: "person", germanMeasure: "evacuated", together: false),
        Case(
            english: "A 12-seat minibus overturned.", englishFigure: "12-seat", englishValue: 12, englishUnit: "seat",
            german: "Im Bus saßen 12 Fahrgäste.", germanFigure: "12 Fahrgäste", germanValue: 12,
            germanUnit: "passenger", germanMeasure: nil, together: false),
    ])
    func aSizeInTwoNouns(_ example: Case) {
        var story = StoryBuilder()
        let a = story.article(publisher: "Herald"), b = story.article(publisher: "Landeszeitung", language: "de")
        story.sentence(
            a, example.english,
            [
                StoryBuilder.Figure(
                    text: example.englishFigure, value: example.englishValue, unit: example.englishUnit,
                    measure: "size")
            ])
        story.sentence(
            b, example.german,
            [
                StoryBuilder.Figure(
                    text: example.germanFigure, value: example.germanValue, unit: example.germanUnit,
                    measure: example.germanMeasure)
            ])
        let result = reconcile(story)
        #expect(together("c1", "c2", in: result) == example.together, "\(result.groups.map(\.claims))")
        if example.together {
            #expect(group(of: "c1", in: result)?.status == .agreed, "\(result.groups.map(\.explanation))")
        }
    }
}
