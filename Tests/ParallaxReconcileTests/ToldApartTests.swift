import Foundation
import ParallaxModel
import Testing

@testable import ParallaxReconcile

/// Another article that states a figure's number and gives a group a figure of another number tells the two apart: a
/// figure without a measure of that number does not join the group (`FigureClusters+ToldApart.swift`). Invented
/// figures: one outlet's deposits of €2.4 billion beside the state's pledge of €1.5 billion.
@Suite struct ToldApartTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var name: String
        /// The first article's figures: the pledge (in the group asked about) and its other figure, if any.
        var otherFigure: (value: Double, unit: String)?
        /// A second article's figure in the pledge's group, if any.
        var secondReport: Double?
        /// The unlabelled figure that asks to join the pledge's group.
        var value: Double
        var toldApart: Bool
        var testDescription: String { name }
    }

    static let cases: [Case] = [
        Case(
            name: "an outlet gives €2.4 billion beside the €1.5 billion pledge", otherFigure: (2_400_000_000, "eur"),
            secondReport: nil, value: 2_400_000_000, toldApart: true),
        Case(
            name: "no outlet states the figure's number", otherFigure: nil, secondReport: nil, value: 2_400_000_000,
            toldApart: false),
        Case(
            name: "another report in the group states the figure's number", otherFigure: (2_400_000_000, "eur"),
            secondReport: 2_400_000_000, value: 2_400_000_000, toldApart: false),
        Case(
            name: "the outlet states the number in another unit", otherFigure: (2_400_000_000, "usd"),
            secondReport: nil,
            value: 2_400_000_000, toldApart: false),
        Case(
            name: "a number below twenty counts too many things", otherFigure: (12, "eur"), secondReport: nil,
            value: 12,
            toldApart: false),
    ]

    @Test(arguments: cases)
    func anotherOutletsTwoFigures(_ example: Case) {
        var facts = [
            Self.facts(
                article: "a1", id: "c1", value: example.value == 12 ? 9 : 1_500_000_000, unit: "eur", measure: "pledged"
            )
        ]
        if let other = example.otherFigure {
            facts.append(Self.facts(article: "a1", id: "c2", value: other.value, unit: other.unit, measure: "insured"))
        }
        if let second = example.secondReport {
            facts.append(Self.facts(article: "a2", id: "c3", value: second, unit: "eur", measure: "pledged"))
        }
        let clusters = FigureClusters(facts)
        let pledge = clusters.groups.firstIndex { $0.contains { $0.claim.id == "c1" } }!
        let figure = Self.facts(article: "a3", id: "c9", value: example.value, unit: "eur", measure: nil)
        #expect(clusters.anotherArticleTellsApart(figure, pledge) == example.toldApart)
    }

    static func facts(article id: String, id claim: String, value: Double, unit: String, measure: String?) -> ClaimFacts
    {
        let article = Article(id: id, input: "\(id).txt", publisher: id, language: "en")
        let claim = Claim(
            id: claim, article: id, sentence: "\(id).\(claim)", text: "\(value) \(unit)", kind: .quantity,
            quantity: Quantity(value: value, qualifier: .about, unit: unit), measure: measure)
        return ClaimFacts(claim: claim, article: article, lexicon: .forLanguage("en"))
    }
}
