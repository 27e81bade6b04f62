import ParallaxModel
import Testing

@testable import ParallaxFraming

/// Round 32: a genre label before a colon at the start of a sentence (`Kommentar: …`, `Meinung: …`, `Opinion: …`) opens
/// a section in the writer's voice, as a heading of the genre does: the sentence and the plain sentences after it are
/// opinion. A speaker before a colon names a source and stays reporting. Invented sentences written for these tests.
@Suite struct InlineSectionLabelRoleTests {
    typealias RoleCase = SentenceRoleCase

    static let commentary: [RoleCase] = [
        RoleCase(
            rule: "the labelled sentence itself",
            blocks: ["Elmar", "Die Frachtschiffe auf der Elmar stehen seit Montag still.", "Kommentar: Die Stadt hat den Fluss zu lange vernachlässigt."],
            language: "de", role: .opinion, why: "section label: Kommentar"),
        RoleCase(
            rule: "a plain sentence after the label",
            blocks: ["Elmar", "Die Frachtschiffe auf der Elmar stehen seit Montag still.", "Meinung: Die Stadt hat den Fluss vernachlässigt. Ohne neue Rinne bleibt jeder Sommer ein Risiko."],
            language: "de", role: .opinion, why: "section headed by section: Meinung"),
        RoleCase(
            rule: "English: Opinion",
            blocks: ["Elmar", "Cargo ships on the Elmar have been idle since Monday.", "Opinion: The council has neglected the river for a decade."],
            language: "en", role: .opinion, why: "section label: Opinion"),
        RoleCase(
            rule: "English: a two-word label",
            blocks: ["Elmar", "Cargo ships on the Elmar have been idle since Monday.", "Our view: The council has neglected the river for a decade."],
            language: "en", role: .opinion, why: "section label: Our view"),
    ]

    static let reports: [RoleCase] = [
        RoleCase(
            rule: "a speaker before the colon",
            blocks: ["Elmar", "Die Frachtschiffe auf der Elmar stehen seit Montag still.", "Der Minister meint: Die Lage an der Elmar ist ernst."],
            language: "de", role: .reporting, why: "attributed"),
        RoleCase(
            rule: "English: a speaker before the colon",
            blocks: ["Elmar", "Cargo ships on the Elmar have been idle since Monday.", "The shippers' union says: the locks need more staff."],
            language: "en", role: .reporting, why: "attributed"),
        RoleCase(
            rule: "the genre word inside a sentence",
            blocks: ["Elmar", "Die Frachtschiffe auf der Elmar stehen seit Montag still.", "Das Amt wollte den Bericht am Montag nicht kommentieren."],
            language: "de", role: .reporting, why: "reporting"),
    ]

    @Test(arguments: commentary) func aGenreLabelOpensCommentary(_ testCase: RoleCase) throws { try testCase.check() }

    @Test(arguments: reports) func aSpeakerBeforeAColonIsASource(_ testCase: RoleCase) throws { try testCase.check() }
}
