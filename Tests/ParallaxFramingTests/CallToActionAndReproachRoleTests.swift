import ParallaxModel
import Testing

@testable import ParallaxFraming

/// Round 24: the writer's voice without a judging word — the polite imperative that urges the reader ("Rufen Sie
/// uns jetzt an"), the populist reproach that money is always there for others, the insinuation that someone
/// prefers to talk of something else, the docile press ("berichten brav") and the judging "Wer …" sentence —, and
/// the sentences that must stay reporting beside them (practical advice in the imperative, an interview's "Sehen
/// Sie, …", a question, a plain "lieber", an attributed reproach). Invented sentences written for these tests.
@Suite struct CallToActionAndReproachRoleTests {
    typealias RoleCase = SentenceRoleCase

    static let opinions: [RoleCase] = [
        RoleCase(
            rule: "polite imperative that urges: call now",
            blocks: ["Kanzlei Ostwald", "Viele Anleger warten noch auf ihr Geld.", "Rufen Sie uns noch heute an, die erste Beratung kostet nichts."],
            language: "de", role: .opinion, why: "appeal: polite imperative Rufen Sie"),
        RoleCase(
            rule: "polite imperative with 'jetzt'",
            blocks: ["Wasserfilter", "Das Leitungswasser in Brunnau ist hart.", "Bestellen Sie jetzt Ihre Probe für zu Hause."],
            language: "de", role: .opinion, why: "appeal: polite imperative Bestellen Sie"),
        RoleCase(
            rule: "polite imperative: do not wait",
            blocks: ["Mängel", "Die Frist läuft im Mai ab.", "Warten Sie damit nicht, bis die Unterlagen fehlen."],
            language: "de", role: .opinion, why: "appeal: polite imperative Warten Sie"),
        RoleCase(
            rule: "money always there for others",
            blocks: ["Schwimmbad", "Das Hallenbad in Lindau bleibt geschlossen.", "Für das neue Rathausfoyer ist immer Geld da."],
            language: "de", role: .opinion, why: "evaluation: ist immer Geld da"),
        RoleCase(
            rule: "prefers to talk of something else",
            blocks: ["Brücke", "Die Brücke bleibt gesperrt.", "Im Landratsamt spricht man lieber von der neuen Radroute."],
            language: "de", role: .opinion, why: "evaluation: spricht … lieber"),
        RoleCase(
            rule: "prefers to keep quiet",
            blocks: ["Brücke", "Die Brücke bleibt gesperrt.", "Die Gutachten will das Amt lieber verschweigen."],
            language: "de", role: .opinion, why: "evaluation: lieber verschweigen"),
        RoleCase(
            rule: "the docile press, though a verb of reporting names it",
            blocks: ["Brücke", "Die Brücke bleibt gesperrt.", "Die Lokalblätter melden brav die Zahlen des Amtes."],
            language: "de", role: .opinion, why: "scorn: melden brav"),
        RoleCase(
            rule: "who does this has no business there",
            blocks: ["Kita", "Die Kita in Ellrich schließt.", "Wer Kindern die Betreuung streicht, hat im Kreistag nichts verloren."],
            language: "de", role: .opinion, why: "moralising: Wer … nichts verloren"),
        RoleCase(
            rule: "who still warns has not understood",
            blocks: ["Deich", "Der Deich hielt knapp.", "Wer jetzt noch abwiegelt, hat den Ernst der Lage nicht verstanden."],
            language: "de", role: .opinion, why: "moralising: Wer … nicht verstanden"),
        RoleCase(
            rule: "English: always money for",
            blocks: ["Library", "The library in Fenwick will close.", "There is always money for the mayor's new car park."],
            language: "en", role: .opinion, why: "evaluation: always money for"),
        RoleCase(
            rule: "English: the docile press",
            blocks: ["Bridge", "The bridge stays closed.", "The local papers dutifully repeated the council's figures."],
            language: "en", role: .opinion, why: "scorn: dutifully repeated"),
    ]

    static let reports: [RoleCase] = [
        RoleCase(
            rule: "practical advice in the imperative stays reporting",
            blocks: ["Unwetter", "Der Wetterdienst warnt vor Sturm.", "Schließen Sie Fenster und Türen und bringen Sie Gartenmöbel ins Haus."],
            language: "de", role: .reporting, why: "reporting"),
        RoleCase(
            rule: "keeping receipts is advice, not a call",
            blocks: ["Reise", "Der Flug fiel aus.", "Bewahren Sie alle Belege und die Buchungsbestätigung auf."],
            language: "de", role: .reporting, why: "reporting"),
        RoleCase(
            rule: "a discourse marker in an interview answer",
            blocks: ["Interview", "Die Trainerin spricht über die Saison.", "Sehen Sie, jetzt war das eben ein schwieriges Jahr für uns."],
            language: "de", role: .reporting, why: "reporting"),
        RoleCase(
            rule: "lower-case 'sie' after a verb is no address",
            blocks: ["Rückkehr", "Die Fischer fuhren im Sturm hinaus.", "Kamen sie jetzt zurück, lag das Boot voller Wasser."],
            language: "de", role: .reporting, why: "reporting"),
        RoleCase(
            rule: "an attributed reproach is the speaker's",
            blocks: ["Schwimmbad", "Das Hallenbad bleibt zu.", "Laut der Elterninitiative ist immer Geld da, nur nicht für das Bad."],
            language: "de", role: .reporting, why: "attributed"),
        RoleCase(
            rule: "a plain 'lieber' without a verb of talking",
            blocks: ["Umfrage", "Die Umfrage ist veröffentlicht.", "Die meisten Befragten fahren lieber mit dem Rad zur Arbeit."],
            language: "de", role: .reporting, why: "reporting"),
        RoleCase(
            rule: "a 'Wer' sentence of service news stays reporting",
            blocks: ["Steuer", "Die Frist endet im Juli.", "Wer mehr als 20.000 Euro verdient, zahlt den höheren Satz."],
            language: "de", role: .reporting, why: "reporting"),
        RoleCase(
            rule: "a well-behaved dog is no docile press",
            blocks: ["Hundeschule", "Die Hundeschule zog um.", "Der Welpe saß brav neben der Trainerin."],
            language: "de", role: .reporting, why: "reporting"),
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
