import ParallaxModel
import Testing

@testable import ParallaxFraming

/// Round 26: a sentence that trails off in an ellipsis outside quotation marks leaves the reader to finish the
/// thought — the writer's innuendo. With one term of contempt in the writer's voice it is a judgement (opinion), as two
/// such terms are; the ellipsis alone (cut quotations, interview answers, teasers), the term alone (tabloid reporting)
/// and the term in reported speech stay reporting. Invented sentences written for these tests.
@Suite struct TrailingInnuendoRoleTests {
    typealias RoleCase = SentenceRoleCase

    static let opinions: [RoleCase] = [
        RoleCase(
            rule: "belittling term and the ellipsis character",
            blocks: ["Amt", "Die Brücke in Welling bleibt gesperrt.", "Und die Sesselkleber im Bauamt haben wieder nur Akten sortiert…"],
            language: "de", role: .opinion, why: "judgement: innuendo with Sesselkleber"),
        RoleCase(
            rule: "demonising term and three typed full stops",
            blocks: ["Stadtwerke", "Der Strompreis in Welling steigt.", "Die Bonzen der Stadtwerke fahren derweil in den Skiurlaub ..."],
            language: "de", role: .opinion, why: "judgement: innuendo with Bonzen"),
        RoleCase(
            rule: "English: demonising term and a spaced ellipsis",
            blocks: ["Council", "The bridge at Welling stays closed.", "Meanwhile the fat cats at the town hall are off on their summer break …"],
            language: "en", role: .opinion, why: "judgement: innuendo with fat cats"),
    ]

    static let reports: [RoleCase] = [
        RoleCase(
            rule: "the term without the ellipsis stays reporting",
            blocks: ["Amt", "Die Brücke in Welling bleibt gesperrt.", "Die Sesselkleber im Bauamt haben wieder nur Akten sortiert."],
            language: "de", role: .reporting, why: "reporting"),
        RoleCase(
            rule: "the ellipsis without a term stays reporting",
            blocks: ["Amt", "Die Brücke in Welling bleibt gesperrt.", "Die Prüfer im Bauamt haben wieder nur Akten sortiert…"],
            language: "de", role: .reporting, why: "reporting"),
        RoleCase(
            rule: "the term in reported speech is the speaker's",
            blocks: ["Amt", "Die Brücke in Welling bleibt gesperrt.", "Der Bürgermeister sagte, die Sesselkleber im Bauamt hätten nur Akten sortiert…"],
            language: "de", role: .reporting, why: "attributed"),
        RoleCase(
            rule: "English: the ellipsis without a term stays reporting",
            blocks: ["Council", "The bridge at Welling stays closed.", "The clerks at the town hall are off on their summer break …"],
            language: "en", role: .reporting, why: "reporting"),
    ]

    @Test(arguments: opinions)
    func opinion(_ testCase: RoleCase) throws {
        try testCase.check()
    }

    @Test(arguments: reports)
    func staysReporting(_ testCase: RoleCase) throws {
        try testCase.check()
    }
}
