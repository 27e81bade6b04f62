import Testing
import ParallaxModel
@testable import ParallaxClaims

/// English casualty counts written without a noun (`Six killed`, `Two hurt`, `One dead`), the English `one` that counts a
/// casualty, and shares written as so many in so many (`one in five`) (round 24, quantity24:
/// `QuantityFinder+CasualtyOne.swift`, `units.txt`, `function-words.txt` `counting-one`, `fractions.txt`). Sentences
/// written for these tests.
@Suite struct CasualtyCountTests {
    static func quantities(_ text: String, _ language: String = "en") -> [Quantity] {
        QuantityFinder(pack: LanguagePack.pack(for: language)).find(in: ClaimTokenizer.tokens(of: text)).map(\.quantity)
    }

    @Test(arguments: [
        ("Nine killed as bus plunges into ravine", 9.0, "person"),
        ("Three hurt as scaffolding collapses in Fenwick", 3.0, "person"),
        ("Twelve wounded in market attack", 12.0, "person"),
        ("One dead after flash flood in hill village", 1.0, "person"),
        ("Gas leak at school: one missing, four hurt", 1.0, "person"),
        ("A landslide buried the road, killing one driver and injuring six.", 1.0, "person"),
        ("One firefighter was injured while fighting the blaze.", 1.0, "firefighter"),
        ("Police said one soldier had been killed in the ambush.", 1.0, "soldier"),
    ])
    func countsTheCasualty(_ text: String, _ value: Double, _ unit: String) {
        #expect(Self.quantities(text).contains { $0.value == value && $0.unit == unit }, "\(Self.quantities(text))")
    }

    @Test(arguments: [
        "One of the firefighters was injured.",
        "One day later the dam was repaired.",
        "She was one of the first doctors on the scene.",
        "No one was hurt in the fire.",
        "One thing is clear: the bridge was unsafe.",
    ])
    func noCountOfOne(_ text: String) {
        #expect(!Self.quantities(text).contains { $0.value == 1 }, "\(Self.quantities(text))")
    }

    @Test(arguments: [
        ("Depot fire: three workers killed", "worker"),
        ("Bus crash leaves two miners injured", "worker"),
        ("Three bank employees were questioned.", "worker"),
    ])
    func harmAfterTheNounKeepsTheNoun(_ text: String, _ unit: String) {
        #expect(Self.quantities(text).first?.unit == unit, "\(Self.quantities(text))")
    }

    @Test(arguments: [
        "Ein Arbeiter hat den Unfall am Morgen gemeldet.",
        "Bei einem Unfall auf der Landstraße wurden zwei Menschen verletzt.",
        "Die Stadt ist zu einer Todesfalle für Radfahrer geworden.",
    ])
    func germanArticleStaysAnArticle(_ text: String) {
        #expect(!Self.quantities(text, "de").contains { $0.value == 1 }, "\(Self.quantities(text, "de"))")
    }

    @Test(arguments: [
        ("Nearly one in four households has no car.", 25.0, "about"),
        ("Three out of four voters backed the plan.", 75.0, "exact"),
        ("About one in ten trains ran late.", 10.0, "about"),
    ])
    func shareOfSoManyInSoMany(_ text: String, _ value: Double, _ qualifier: String) {
        let found = Self.quantities(text)
        #expect(found.contains { $0.value == value && $0.unit == "percent" && $0.qualifier.rawValue == qualifier }, "\(found)")
        #expect(!found.contains { $0.unit != "percent" }, "\(found)")
    }
}
