import ParallaxModel
import Testing

@testable import ParallaxFraming

/// Round 12b: precision of loaded terms on real German wire copy — unquoted speech (trailing attributions,
/// interview answers, speech before an attribution, the first person, Konjunktiv I without a source, a
/// label fronted before a verb of naming), articles about works, German wire idiom — on invented
/// sentences written for these tests, none taken from a corpus.
@Suite struct UnquotedSpeechPrecisionTests {
    typealias Term = LoadedTermTests.Term
    typealias Case = LoadedTermContextTests.Case

    static let terms: [Case] = [
        Case(
            "a trailing source attribution hands the words before it to the source",
            "Die Armee werde zu einer gnadenlosen Vergeltung schreiten, hieß es aus Pjöngjang.",
            [Term("gnadenlosen", "alarmist", "reported")]),
        Case(
            "a trailing source without Konjunktiv still attributes",
            "Die Armee wird zu einer gnadenlosen Vergeltung schreiten, hieß es.",
            [Term("gnadenlosen", "alarmist", "reported")]),
        Case(
            "the attributing so before an article",
            "Ein Netz aus mafiösen Firmen kaufte sich die Gunst der Beamten, so der Vorwurf der Anklage.",
            [Term("mafiösen", "demonising", "reported")]),
        Case(
            "the attributing so before a name",
            "Wer einen derart hetzerischen Wahlkampf führt, ist für das Amt ungeeignet, so Grün-Mandatar Berger.",
            [Term("hetzerischen", "demonising", "reported")]),
        Case(
            "so inside a parenthesis attributes nothing",
            "Die Sparte soll – so die Hoffnung – ein Vorzeigeprojekt werden und bald wachsen.",
            [Term("Vorzeigeprojekt", "glorifying", "used")]),
        Case(
            "a judgement someone holds",
            "Einen freien Zugang für alle hält die Ministerin für naiv.",
            [Term("naiv", "belittling", "reported")]),
        Case(
            "a label someone criticises with",
            "Der Verband hat die Entscheidung als beschämende Schande kritisiert.",
            // Round 17 lists "beschämend" (moralising adjectives): both words of the label are the association's.
            [Term("beschämende", "demonising", "reported"), Term("Schande", "demonising", "reported")]),
        Case(
            "a label fronted before a verb of naming with its subject after it",
            "Grotesk nannte der Abgeordnete den Auftritt des Ministers.",
            [Term("Grotesk", "belittling", "reported")]),
        Case(
            "a term that is the subject before a verb of naming stays the writer's",
            "Die Systempresse spricht brav von einem Zwischenfall.",
            [Term("Systempresse", "propaganda", "used")]),
        Case(
            "Konjunktiv I without a named source is someone's speech",
            "Mit solchen wahnwitzigen Plänen müsse endlich Schluss sein.",
            [Term("wahnwitzigen", "belittling", "reported")]),
        Case(
            "the concessive sei es is the writer's",
            "Sei es mit Warnungen oder mit reichlich bizarren Clips: Er unterhält sein Publikum.",
            [Term("bizarren", "belittling", "used")]),
        Case(
            "Konjunktiv I with a source hands contempt to the source",
            "Laut dem Rechnungshof sei das ein erbärmliches Ergebnis.",
            [Term("erbärmliches", "belittling", "reported")]),
        Case(
            "a stigmatising Problem- label",
            "Mehr Lehrer sollen an die Problemschulen der Stadt kommen.",
            [Term("Problemschulen", "demonising", "used")]),
        Case(
            "German wire idiom in a reporting sentence is no loaded term",
            "Der Skandal um verseuchtes Brunnenwasser weitet sich aus.", []),
        Case(
            "German wire idiom as a label before a colon is the writer's",
            "Der Skandal: Die Pumpe war seit Wochen abgeschaltet.",
            [Term("Skandal", "alarmist", "used")]),
        Case(
            "a ruler's wire title in a report",
            "Der seit zwanzig Jahren amtierende Machthaber kündigte seine Kandidatur an.", []),
        Case(
            "speech before a trailing attribution, in the first person",
            blocks: [
                "Radrennen",
                "Tausende Zuschauer empfingen den Sieger im Ziel. Für mich ist das jedes Jahr ein Wahnsinn. Hier ist mehr los als beim Fußball, sagte der Sieger.",
            ], "de", [Term("Wahnsinn", "alarmist", "reported")]),
        Case(
            "the writer's sentence before a quote keeps its term",
            blocks: [
                "Fußball", "Die Mannschaft verlor am Samstag.",
                "Die Spieler mussten das Debakel gegen den Nachbarn erst verarbeiten.",
                "Wir haben schlecht gespielt, sagte der Trainer.",
            ], "de", []),
        Case(
            "the writer's sentence before a quote keeps a term that is not idiom",
            blocks: [
                "Parteitag", "Die Partei tagte am Samstag.",
                "Die Delegierten wiederholten gebetsmühlenartig ihre Forderungen.",
                "Wir bleiben bei unserer Linie, sagte der Obmann.",
            ], "de", [Term("gebetsmühlenartig", "belittling", "used")]),
        Case(
            "first-person speech after a sentence of speech",
            blocks: [
                "Kuba", "Was dann folge, lasse ihn ein Szenario wie in Russland befürchten, sagt der Professor.",
                "Im Vergleich zu diesem Albtraum bereitet mir eine Imbisskette keine schlaflosen Nächte.",
            ], "de", [Term("Albtraum", "alarmist", "reported")]),
        Case(
            "interview answers are the interviewee's, the questions the outlet's",
            blocks: [
                "Interview", "STANDARD: Ist die Reform gescheitert?", "Huber: Das ist ein völliges Desaster.",
                "Die Regierung arbeitet planlos.", "STANDARD: Was folgt daraus?",
                "Die Koalition ist am Ende, ihre Politik ist absurd.",
                "STANDARD: Ist das nicht schlicht eine absurde Forderung?",
            ], "de",
            [
                Term("völliges Desaster", "alarmist", "reported"), Term("planlos", "belittling", "reported"),
                Term("absurd", "belittling", "reported"), Term("absurde", "belittling", "used"),
            ]),
        Case(
            "a review keeps no vivid word of its own",
            blocks: [
                "Kinostart", "Der neue Film von Regisseurin Maria Berg läuft ab Freitag im Kino.",
                "Die Heldin flieht aus einer Welt voller Horror und brutaler Gewalt.",
                "Die Darsteller spielen die grausame Geschichte mit großem Ernst.",
            ], "de", []),
        Case(
            "a review keeps a cheer of its own",
            blocks: [
                "Buchkritik", "Der neue Roman der Autorin erzählt von einer Familie.",
                "Die Erzählung ist klug gebaut, der Roman nie langweilig.", "Bravo!",
                "Die Lesung im Verlag war ausverkauft.",
            ], "de", [Term("Bravo", "glorifying", "used")]),
        Case(
            "a goalkeeper named Bravo is no cheer",
            blocks: [
                "Fußball", "Die Chilenen gewannen das Finale.", "Bravo parierte den Elfmeter von Banega.",
            ], "de", []),
    ]

    @Test(arguments: terms)
    func term(_ testCase: Case) {
        testCase.check()
    }

    @Test(arguments: [
        ("STANDARD: Ist das so?", "STANDARD"), ("Glawischnig: Natürlich nicht.", "Glawischnig"),
        ("Wien – Die Polizei sagt: nein.", nil),
    ] as [(String, String?)])
    func turnLabel(_ text: String, _ expected: String?) {
        #expect(FramingAnalyzer.turnLabel(text) == expected)
    }
}
