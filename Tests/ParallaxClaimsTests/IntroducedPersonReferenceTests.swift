import Foundation
import Testing
import ParallaxModel
@testable import ParallaxClaims

/// Round 15 (sources by discourse structure): persons introduced by a role and a full name no gazetteer lists, and the
/// later references to them — a last name after `so` or after a verb of saying, the role alone, a pronoun after a last
/// name — and bodies named by one word of a longer name (`Fixtures/introduced-person-references.json`, invented
/// sentences; the accusation and company-role cases are negative).
@Suite struct IntroducedPersonReferenceTests {
    static let cases = FigureCase.load("introduced-person-references")

    @Test func fixtureLoads() {
        #expect(Self.cases.count >= 11)
    }

    @Test(arguments: cases) func extracts(_ expected: FigureCase) throws {
        try expected.check()
    }

    /// A role word and its declined forms share one key, so an introduction and a later reference meet.
    @Test(arguments: [
        ("sachverständigen", "sachverständig"), ("sachverständiger", "sachverständig"), ("sachverständige", "sachverständig"),
        ("staatssekretärs", "staatssekretär"), ("bürgermeister", "bürgermeist"), ("chef", "chef"), ("touristikchefs", "touristikchef"),
    ])
    func roleKey(_ word: String, _ key: String) {
        #expect(SpeakerContext.roleKey(word) == key)
    }

    /// One word of a longer body name stands for the body; a word two bodies share, or a body's own one-word label,
    /// does not.
    @Test(arguments: [
        ("beobachtungsstelle", "syrian observatory for human rights"), ("northline", "northline grid"),
        ("stadtwerke", "stadtwerke lenzhafen"), ("lenzhafen", nil), ("police", nil),
    ] as [(String, String?)])
    func shortBodyName(_ word: String, _ expected: String?) {
        var memory = BodyMemory()
        memory.record(
            [
                NamedBody(index: 0, label: "syrian observatory for human rights", type: nil, words: "syrische beobachtungsstelle für menschenrechte"),
                NamedBody(index: 4, label: "northline grid", type: nil, words: "northline grid"),
                NamedBody(index: 8, label: "stadtwerke lenzhafen", type: nil, words: "stadtwerke lenzhafen"),
                NamedBody(index: 12, label: "hafen lenzhafen", type: nil, words: "hafen lenzhafen"),
                NamedBody(index: 16, label: "police", type: "police", words: "polizei"),
            ], source: nil, isPerson: false)
        #expect(memory.fullLabel(shortenedAs: word, current: []) == expected)
    }
}
