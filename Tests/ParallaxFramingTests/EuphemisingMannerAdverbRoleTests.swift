import ParallaxModel
import Testing

@testable import ParallaxFraming

/// Round 26: the writer's manner adverb on a verb of naming that calls the named words a glossing-over ("Die Firma
/// spricht beschönigend von einer Panne", "euphemistically called it a hiccup") is scorn — opinion whoever is named,
/// since the adverb is the writer's judgement of the speech —, and the sentences that stay reporting beside it (the
/// plain naming verb, the adjective on a noun, the adverb without a verb of naming). Invented sentences written for
/// these tests.
@Suite struct EuphemisingMannerAdverbRoleTests {
    typealias RoleCase = SentenceRoleCase

    static let opinions: [RoleCase] = [
        RoleCase(
            rule: "adverb right after the verb of naming",
            blocks: ["Leck", "Aus dem Tank in Ormsdorf lief Öl in den Bach.", "Die Betreiberin spricht beschönigend von einer kleinen Undichtigkeit."],
            language: "de", role: .opinion, why: "scorn: spricht beschönigend"),
        RoleCase(
            rule: "adverb before 'von' after an inverted subject",
            blocks: ["Leck", "Aus dem Tank in Ormsdorf lief Öl in den Bach.", "Im Rathaus sprach man verharmlosend von einem „Zwischenfall“."],
            language: "de", role: .opinion, why: "scorn: verharmlosend von"),
        RoleCase(
            rule: "adverb before 'als' after a verb of naming with its object",
            blocks: ["Entlassungen", "Das Werk in Kessel baut 300 Stellen ab.", "Der Vorstand bezeichnete den Abbau schönfärberisch als Neuaufstellung."],
            language: "de", role: .opinion, why: "scorn: schönfärberisch als"),
        RoleCase(
            rule: "past tense with a plural subject",
            blocks: ["Rückruf", "Der Hersteller ruft 40.000 Heizlüfter zurück.", "Die Manager nannten verniedlichend die Brände eine Kinderkrankheit."],
            language: "de", role: .opinion, why: "scorn: nannten verniedlichend"),
        RoleCase(
            rule: "English: euphemistically before the verb",
            blocks: ["Spill", "Diesel ran into the river at Harwick.", "The operator euphemistically called the spill a minor release."],
            language: "en", role: .opinion, why: "scorn: euphemistically called"),
        RoleCase(
            rule: "English: euphemistically after 'it'",
            blocks: ["Layoffs", "The plant at Brockley cut 300 jobs.", "The board describes it euphemistically as a realignment."],
            language: "en", role: .opinion, why: "scorn: describes it euphemistically"),
    ]

    static let reports: [RoleCase] = [
        RoleCase(
            rule: "a plain verb of naming stays reporting",
            blocks: ["Leck", "Aus dem Tank in Ormsdorf lief Öl in den Bach.", "Die Betreiberin spricht von einer kleinen Undichtigkeit."],
            language: "de", role: .reporting, why: "attributed"),
        RoleCase(
            rule: "the adjective on a noun is no manner of speaking",
            blocks: ["Bericht", "Der Prüfbericht liegt vor.", "Umweltverbände kritisierten die verharmlosende Darstellung der Betreiberin."],
            language: "de", role: .reporting, why: "attributed"),
        RoleCase(
            rule: "an adverb without a verb of naming",
            blocks: ["Bericht", "Der Prüfbericht liegt vor.", "Der Bericht wurde verharmlosend formuliert, sagte der Gutachter."],
            language: "de", role: .reporting, why: "attributed"),
        RoleCase(
            rule: "English: a plain verb of naming stays reporting",
            blocks: ["Spill", "Diesel ran into the river at Harwick.", "The operator called the spill a minor release."],
            language: "en", role: .reporting, why: "attributed"),
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
