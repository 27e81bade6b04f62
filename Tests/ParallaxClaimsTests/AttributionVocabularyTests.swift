import Testing
@testable import ParallaxClaims

/// The attribution vocabulary written out by category (round 17, sourcevocab17): the forms of the verbs of saying,
/// reporting and reckoning (`mitgeteilt`, `bekanntgaben`, `stellte … fest`), compounds of `-angaben` and `-berichten` that
/// name their source (`nach Armeeangaben`, `Medienberichten zufolge`, hearsay), hearsay phrases and passives (`dem Vernehmen
/// nach`, `is reported to`) and the generic sources of news with their canonical labels (`Kriminalpolizei` → police,
/// `fire department` → fire service, `rights groups`); and the words left out because they name no speaker (`verzeichnete`,
/// the noun `states`). Invented sentences, `Fixtures/attribution-vocabulary.json`.
@Suite struct AttributionVocabularyTests {
    static let cases = FigureCase.load("attribution-vocabulary")

    @Test func fixtureLoads() {
        #expect(Self.cases.count == 17)
    }

    @Test(arguments: cases) func attributes(_ expected: FigureCase) throws {
        try expected.check()
    }
}
