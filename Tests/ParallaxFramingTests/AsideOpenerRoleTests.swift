import ParallaxModel
import Testing

@testable import ParallaxFraming

/// Round 32: a sentence that opens with the discourse marker of an aside (`Übrigens: …`, `Übrigens, …`; English `By the
/// way`, `Incidentally`) leaves the story in the writer's voice — a digression, opinion. Inside a sentence the German
/// marker only flags a factual aside and stays reporting. Invented sentences written for these tests.
@Suite struct AsideOpenerRoleTests {
    typealias RoleCase = SentenceRoleCase

    static let digressions: [RoleCase] = [
        RoleCase(
            rule: "Übrigens with a colon before a figure of another matter",
            blocks: ["Hafen", "Der Sturm hat im Hafen von Welling drei Boote beschädigt.", "Übrigens: Das neue Rathaus kostete die Stadt 90 Millionen Euro."],
            language: "de", role: .opinion, why: "digression: Übrigens"),
        RoleCase(
            rule: "Übrigens with a comma",
            blocks: ["Hafen", "Der Sturm hat im Hafen von Welling drei Boote beschädigt.", "Übrigens, für die Schulen im Kreis ist angeblich kein Geld da."],
            language: "de", role: .opinion, why: "digression: Übrigens"),
        RoleCase(
            rule: "Übrigens before the verb",
            blocks: ["Hafen", "Der Sturm hat im Hafen von Welling drei Boote beschädigt.", "Übrigens sitzt derselbe Stadtrat auch im Aufsichtsrat der Werft."],
            language: "de", role: .opinion, why: "digression: Übrigens"),
        RoleCase(
            rule: "English: By the way",
            blocks: ["Harbour", "The storm damaged three boats in Welling harbour.", "By the way, the same council found £90 million for a new town hall."],
            language: "en", role: .opinion, why: "digression"),
        RoleCase(
            rule: "English: Incidentally",
            blocks: ["Harbour", "The storm damaged three boats in Welling harbour.", "Incidentally, the mayor sits on the shipyard's board as well."],
            language: "en", role: .opinion, why: "digression"),
    ]

    static let asides: [RoleCase] = [
        RoleCase(
            rule: "übrigens inside a sentence is a factual aside",
            blocks: ["Hafen", "Der Sturm hat im Hafen von Welling drei Boote beschädigt.", "Die Mole war übrigens erst 2019 erneuert worden."],
            language: "de", role: .reporting, why: "reporting"),
        RoleCase(
            rule: "übrigens after the subject stays reporting",
            blocks: ["Hafen", "Der Sturm hat im Hafen von Welling drei Boote beschädigt.", "Die Feuerwehr war übrigens schon zum dritten Mal in diesem Monat vor Ort."],
            language: "de", role: .reporting, why: "reporting"),
    ]

    @Test(arguments: digressions) func anAsideOpenerIsADigression(_ testCase: RoleCase) throws { try testCase.check() }

    @Test(arguments: asides) func theMarkerInsideASentenceIsNoCue(_ testCase: RoleCase) throws { try testCase.check() }
}
