import ParallaxModel
import Testing

@testable import ParallaxFraming

/// Round 32: a sentence whose subject is a clause about anyone at all and whose main clause recommends or passes a
/// verdict of desert ("Doch wer …, sollte …", "Wer …, hat … verdient", "Whoever … should …") is the writer's moralising
/// generality. The same frame with an open question, a rule of fact, an obligation or a reported speaker stays
/// reporting. Invented sentences written for these tests.
@Suite struct GeneralisingRelativeRoleTests {
    typealias RoleCase = SentenceRoleCase

    static let verdicts: [RoleCase] = [
        RoleCase(
            rule: "a verb of deserving in the main clause",
            blocks: ["Kran", "Ein Kran ist in Welling auf ein Bürohaus gestürzt.", "Wer Steine auf Rettungskräfte wirft, hat keine Nachsicht verdient."],
            language: "de", role: .opinion, why: "moralising: Wer … verdient"),
        RoleCase(
            rule: "after a coordinating conjunction, a recommending modal",
            blocks: ["Kran", "Ein Kran ist in Welling auf ein Bürohaus gestürzt.", "Doch wer Arbeiter unter einen wackeligen Ausleger stellt, sollte die Baustelle schließen."],
            language: "de", role: .opinion, why: "moralising: wer … sollte"),
        RoleCase(
            rule: "a verb of saying inside the subject clause is no attribution",
            blocks: ["Kran", "Ein Kran ist in Welling auf ein Bürohaus gestürzt.", "Aber wer jetzt von Pech spricht, verdient keinen Glauben."],
            language: "de", role: .opinion, why: "moralising: wer … verdient"),
        RoleCase(
            rule: "English: whoever … should, without a comma",
            blocks: ["Crane", "A crane toppled onto an office block in Welling.", "Whoever signed off on that crane should be out of a job by Friday."],
            language: "en", role: .opinion, why: "moralising: Whoever … should"),
        RoleCase(
            rule: "English: after but, a verb of deserving",
            blocks: ["Crane", "A crane toppled onto an office block in Welling.", "But whoever cut the inspection budget deserves the blame as well."],
            language: "en", role: .opinion, why: "moralising: whoever … deserves"),
    ]

    static let reports: [RoleCase] = [
        RoleCase(
            rule: "an open question as the subject",
            blocks: ["Kran", "Ein Kran ist in Welling auf ein Bürohaus gestürzt.", "Wer den Kran zuletzt geprüft hat, ist noch unklar."],
            language: "de", role: .reporting, why: "reporting"),
        RoleCase(
            rule: "a rule of fact with an obligation",
            blocks: ["Steuer", "Die Stadt Welling hebt die Gewerbesteuer an.", "Wer mehr als 30.000 Euro einnimmt, muss eine Erklärung abgeben."],
            language: "de", role: .reporting, why: "reporting"),
        RoleCase(
            rule: "a speaker after the main clause",
            blocks: ["Kran", "Ein Kran ist in Welling auf ein Bürohaus gestürzt.", "Wer den Unfall beobachtet hat, sollte sich bei der Polizei melden, sagte ein Sprecher."],
            language: "de", role: .reporting, why: "attributed"),
        RoleCase(
            rule: "a source named after the verdict",
            blocks: ["Kran", "Ein Kran ist in Welling auf ein Bürohaus gestürzt.", "Wer den Kran zuletzt geprüft hat, verdient laut Gutachten eine Rüge, teilte die Kammer mit."],
            language: "de", role: .reporting, why: "attributed"),
        RoleCase(
            rule: "English: an open question as the subject",
            blocks: ["Crane", "A crane toppled onto an office block in Welling.", "Whoever checked the crane last is still unclear."],
            language: "en", role: .reporting, why: "reporting"),
        RoleCase(
            rule: "English: a forecast",
            blocks: ["Crane", "A crane toppled onto an office block in Welling.", "Whoever wins the contract will start work in May."],
            language: "en", role: .reporting, why: "reporting"),
    ]

    @Test(arguments: verdicts) func aVerdictOnAnyoneIsMoralising(_ testCase: RoleCase) throws { try testCase.check() }

    @Test(arguments: reports) func otherMainClausesStayReporting(_ testCase: RoleCase) throws { try testCase.check() }
}
