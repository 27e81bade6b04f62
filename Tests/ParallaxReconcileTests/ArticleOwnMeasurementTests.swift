import Foundation
import ParallaxModel
import Testing

@testable import ParallaxReconcile

/// Two different values one article gives for one measure at one time in a unit of measurement (years and months,
/// litres, tonnes, areas, speeds) are two things, as shares, lengths and hours were (`FigureComparison.swift`,
/// `FigureClusters+Measurements.swift`): a sentence and the term the prosecution demanded, the water a head uses and
/// the ration allowed. Two wordings of one measurement whose qualifiers meet ("nearly 14,000 acres", "about 13,800
/// acres") stay one figure. Invented sentences.
@Suite struct ArticleOwnMeasurementTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var language: String
        var first: String
        var firstFigure: String
        var firstValue: Double
        var firstQualifier: Quantity.Qualifier = .exact
        var second: String
        var secondFigure: String
        var secondValue: Double
        var secondQualifier: Quantity.Qualifier = .exact
        var unit: String
        var measure: String
        var apart: Bool
        var testDescription: String { "«\(firstFigure)» beside «\(secondFigure)» → \(apart ? "apart" : "one figure")" }
    }

    static let cases: [Case] = [
        Case(
            language: "de", first: "Das Gericht verurteilte den Gründer zu sechseinhalb Jahren Haft.", firstFigure: "sechseinhalb Jahren",
            firstValue: 6.5, second: "Die Anklage hatte acht Jahre gefordert.", secondFigure: "acht Jahre", secondValue: 8, unit: "year",
            measure: "duration", apart: true),
        Case(
            language: "en", first: "The court jailed the founder for six and a half years.", firstFigure: "six and a half years",
            firstValue: 6.5, second: "Prosecutors had asked for eight years.", secondFigure: "eight years", secondValue: 8, unit: "year",
            measure: "duration", apart: true),
        Case(
            language: "en", first: "Each resident uses an average of 140 litres a day.", firstFigure: "140 litres", firstValue: 140,
            second: "The ban limits use to no more than 110 litres.", secondFigure: "no more than 110 litres", secondValue: 110,
            secondQualifier: .upTo, unit: "litre", measure: "used", apart: true),
        Case(
            language: "de", first: "Jeder Einwohner verbraucht im Schnitt 140 Liter am Tag.", firstFigure: "140 Liter", firstValue: 140,
            second: "Erlaubt sind künftig höchstens 110 Liter.", secondFigure: "höchstens 110 Liter", secondValue: 110,
            secondQualifier: .upTo, unit: "litre", measure: "used", apart: true),
        Case(
            language: "en", first: "The fire has burnt nearly 12,000 acres.", firstFigure: "nearly 12,000 acres", firstValue: 12000,
            firstQualifier: .lessThan, second: "Crews said about 11,800 acres had burnt.", secondFigure: "about 11,800 acres",
            secondValue: 11800, secondQualifier: .about, unit: "acre", measure: "destroyed", apart: false),
    ]

    @Test(arguments: cases)
    func anArticlesOwnMeasurementsOfOneMeasure(_ example: Case) {
        var story = StoryBuilder()
        let a = story.article(publisher: "Wire", language: example.language)
        let b = story.article(publisher: "Paper", language: example.language)
        for article in [a, b] {
            story.sentence(article, example.first, [
                StoryBuilder.Figure(
                    text: example.firstFigure, value: example.firstValue, qualifier: example.firstQualifier, unit: example.unit,
                    measure: example.measure)
            ])
            story.sentence(article, example.second, [
                StoryBuilder.Figure(
                    text: example.secondFigure, value: example.secondValue, qualifier: example.secondQualifier, unit: example.unit,
                    measure: example.measure)
            ])
        }
        let result = reconcile(story)
        #expect(together("c1", "c3", in: result), "\(result.groups.map(\.claims))")
        #expect(together("c2", "c4", in: result), "\(result.groups.map(\.claims))")
        #expect(together("c1", "c2", in: result) == !example.apart, "\(result.groups.map(\.claims))")
    }

    @Test(arguments: ["litre", "tonne", "square kilometre", "acre", "kilometre per hour", "year"])
    func unitsOfMeasurementAreMeasurements(unit: String) {
        #expect(FigureClusters.isMeasurement(unit))
    }

    @Test(arguments: ["person", "passenger", "eur", "-"])
    func countsAndMoneyAreNot(unit: String) {
        #expect(!FigureClusters.isMeasurement(unit))
    }
}
