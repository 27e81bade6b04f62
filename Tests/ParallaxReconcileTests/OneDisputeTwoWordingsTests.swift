import Foundation
import Testing
import ParallaxModel
@testable import ParallaxReconcile

/// Round 33 (groups33): one report that words a charge twice — the accusation ("accuses the company of negligence") and
/// the act it charges ("the company ignored three safety warnings"), read as two assertions — and denies one of them
/// still reports one dispute: the denying party's groups join with another report's, where the act and the denial
/// stand together. Only an article that gives a denial in both groups tells them apart. Parties and acts invented.
@Suite struct OneDisputeTwoWordingsTests {
    /// A charge worded in two ways by one report and one way by another, denied by one party in each.
    struct Case: Sendable, CustomTestStringConvertible {
        var language: String
        var party: String
        var charge: String
        var act: String
        var object: String
        var testDescription: String { "\(language): \(party) \(act) \(object)" }
    }

    static let cases: [Case] = [
        // "The dockers' union accuses Orvik Cranes of negligence: the company ignored three safety warnings. Orvik
        // rejected the accusation." / "The union says Orvik ignored safety warnings; Orvik denied it."
        Case(language: "en", party: "orvik cranes", charge: "negligence", act: "ignored", object: "safety warnings"),
        // "Der Mieterbund wirft der Wohnbau Kessel Wucher vor; sie habe die Mieten verdoppelt. Die Wohnbau Kessel weist
        // das zurück." / "Die Wohnbau Kessel soll die Mieten verdoppelt haben, was sie bestreitet."
        Case(language: "de", party: "wohnbau kessel", charge: "wucher", act: "doubled", object: "mieten"),
        // "Auditors accuse the Lindmark harbour board of fraud: it inflated pilotage invoices. The board disputes that." /
        // "The board inflated invoices, auditors say; the board denied it."
        Case(language: "en", party: "lindmark harbour board", charge: "fraud", act: "inflated", object: "pilotage invoices"),
        // "Die Gewerkschaft wirft der Klinik Nordheim Pfusch vor: Sie habe Instrumente nicht sterilisiert. Die Klinik
        // bestreitet das." / "The hospital failed to sterilise instruments, the union says; the hospital rejects that."
        Case(language: "de", party: "klinik nordheim", charge: "pfusch", act: "failed to sterilise", object: "instruments"),
        // "Residents accuse the Grauwand utility of a cover-up: it delayed the siren warning. The utility denies it." /
        // "Grauwand delayed the sirens, residents say, which the utility denies."
        Case(language: "en", party: "grauwand utility", charge: "cover-up", act: "delayed", object: "siren warning"),
    ]

    @Test(arguments: cases)
    func oneDisputeJoinsAcrossReports(_ dispute: Case) {
        var story = StoryBuilder()
        let a = story.article(publisher: "Wire", language: dispute.language)
        let b = story.article(publisher: "Daily", language: dispute.language)
        story.statement(a, subject: dispute.party, predicate: "accused", object: dispute.charge, source: "critics")
        story.statement(a, subject: dispute.party, predicate: dispute.act, object: dispute.object, source: "critics")
        story.statement(a, subject: dispute.party, predicate: "denies", object: "accused", deniedBy: dispute.party, denies: "c1")
        story.statement(b, subject: dispute.party, predicate: dispute.act, object: dispute.object, source: "critics")
        story.statement(b, subject: dispute.party, predicate: "denies", object: dispute.act, deniedBy: dispute.party, denies: "c4")
        let result = reconcile(story, language: dispute.language)
        #expect(SameDenierTests.group(of: "c1", in: result) == ["c1", "c2", "c3", "c4", "c5"])
    }

    /// A report that denies in both groups (two charges, each denied) keeps them apart, though another report's denial
    /// of one of them follows its own wording.
    @Test func aReportDenyingInBothKeepsThemApart() {
        var story = StoryBuilder()
        let a = story.article(publisher: "Wire"), b = story.article(publisher: "Daily")
        story.statement(a, subject: "orvik cranes", predicate: "accused", object: "negligence", source: "dockers union")
        story.statement(a, subject: "orvik cranes", predicate: "denies", object: "accused", deniedBy: "orvik cranes", denies: "c1")
        story.statement(a, subject: "orvik cranes", predicate: "underpaid", object: "crane drivers", source: "dockers union")
        story.statement(a, subject: "orvik cranes", predicate: "denies", object: "underpaid", deniedBy: "orvik cranes", denies: "c3")
        story.statement(b, subject: "orvik cranes", predicate: "underpaid", object: "crane drivers", source: "dockers union")
        story.statement(b, subject: "orvik cranes", predicate: "denies", object: "underpaid", deniedBy: "orvik cranes", denies: "c5")
        let result = reconcile(story)
        #expect(SameDenierTests.group(of: "c1", in: result) == ["c1", "c2"])
        #expect(SameDenierTests.group(of: "c3", in: result) == ["c3", "c4", "c5", "c6"])
    }
}
