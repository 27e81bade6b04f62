import Testing
import ParallaxModel
@testable import ParallaxClaims

/// Round 30 (measure30): a count that a verb of working governs, with a task in hand after the verb and the count (`daran`, `an
/// der Reparatur`, `rund um die Uhr`, `working to restore`, `in shifts`), is `deployed`; a workforce (`arbeiten in dem Werk`, `work
/// at the plant`) stays `employed`, and a count inside the task is not who works at it (`task-work.txt`). Sentences written for
/// these tests from general knowledge of both languages.
@Suite struct TaskWorkMeasureTests {
    static let atTask: [ClaimCase] = [
        .init(language: "de", sentence: "Seit Montag arbeiten etwa 40 Beschäftigte daran, die Systeme wieder hochzufahren.", value: 40,
              unit: "worker", measure: "deployed"),
        .init(language: "de", sentence: "Mehr als 300 Techniker, darunter Trupps aus dem Ausland, arbeiten an der Reparatur.",
              value: 300, unit: "worker", measure: "deployed"),
        .init(language: "de", sentence: "Rund 80 Helfer arbeiten rund um die Uhr.", value: 80, unit: "person", measure: "deployed"),
        .init(language: "en", sentence: "About 300 engineers, including crews from abroad, are working in shifts to restore supply.",
              value: 300, unit: "worker", measure: "deployed"),
        .init(language: "en", sentence: "About 40 staff worked through the night.", value: 40, unit: "worker", measure: "deployed"),
    ]

    /// Workforces and counts a task is for keep what they had.
    static let notAtTask: [ClaimCase] = [
        .init(language: "de", sentence: "In dem Werk arbeiten 2.000 Menschen.", value: 2000, unit: "worker", measure: "employed"),
        .init(language: "de", sentence: "An der Universität arbeiten rund 500 Forscher.", value: 500, unit: "worker",
              measure: "employed"),
        .init(language: "de", sentence: "Die Stadt arbeitet daran, für die 120 Familien neue Wohnungen zu finden.", value: 120,
              unit: "household", measure: nil),
        .init(language: "en", sentence: "Some 2,000 people work at the plant.", value: 2000, unit: "worker", measure: "employed"),
        .init(language: "en", sentence: "Nearly 900 people work to the north of the river.", value: 900, unit: "worker",
              measure: "employed"),
    ]

    @Test(arguments: atTask + notAtTask) func taskWork(_ expected: ClaimCase) throws {
        let claim = try expected.claim(headline: expected.language == "de" ? "Meldung" : "Report")
        #expect(claim.measure == expected.measure)
        #expect(claim.quantity?.unit == expected.unit)
    }
}
