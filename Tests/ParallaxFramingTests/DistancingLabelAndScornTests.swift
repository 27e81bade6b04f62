import ParallaxModel
import Testing

@testable import ParallaxFraming

/// Round 8: families of loaded vocabulary an unseen writer used (border regimes as killers, evading
/// blame, courage, moral outrage, escalation, weapons as killers, chaos as an epithet), the label a
/// distancing word puts in scare quotes, and the role rules for quoted labels, scornful verbs of saying,
/// corrections that rename an event, section labels and lists of demands, and a hyphenated outlet name —
/// on invented sentences written for these tests.
@Suite struct DistancingLabelAndScornTests {
    typealias Term = LoadedTermTests.Term
    typealias Case = LoadedTermContextTests.Case
    typealias RoleCase = SentenceRoleCase

    static let families: [Case] = [
        Case("fortress europe", "Die Festung Europa schottet sich weiter ab.",
             [Term("Festung Europa", "demonising", "used")]),
        Case("death by inaction", "Was an der Grenze geschieht, ist Mord durch Unterlassen.",
             [Term("Mord durch Unterlassen", "demonising", "used")]),
        Case("letting die as a noun", "Das Sterbenlassen im Mittelmeer geht weiter.",
             [Term("Sterbenlassen", "demonising", "used")]),
        Case("ducking away", "Die Verantwortlichen im Ministerium ducken sich weg.",
             [Term("ducken sich weg", "belittling", "used")]),
        Case("ducking away with the subject after the verb", "Wieder duckt sich die Behörde weg.",
             [Term("duckt sich die Behörde weg", "belittling", "used")]),
        Case("courage praised", "Das beherzte Eingreifen der Nachbarn verhinderte Schlimmeres.",
             [Term("beherzte", "glorifying", "used")]),
        Case("moral outrage", "Die Kampagne gegen die Helfer ist infam.", [Term("infam", "demonising", "used")]),
        Case("perfidy", "Mit perfiden Mitteln wird Stimmung gemacht.", [Term("perfiden", "demonising", "used")]),
        Case("escalation", "Der Anschlag ist erst der Anfang.", [Term("erst der Anfang", "alarmist", "used")]),
        Case("weapons as bombs that fly", "Fliegende Bomben bedrohen die Raffinerien.",
             [Term("Fliegende Bomben", "alarmist", "used")]),
        Case("chaos as the epithet of those responsible", "Die Chaos-Funktionäre schweigen.",
             [Term("Chaos-Funktionäre", "demonising", "used")]),
        Case("chaos of a thing stays alarmist", "Das Verkehrs-Chaos hält an.",
             [Term("Verkehrs-Chaos", "alarmist", "used")]),
        Case("a so-called alliance", "Ein sogenanntes Bürgerbündnis stellt Forderungen.",
             [Term("sogenanntes Bürgerbündnis", "belittling", "used")]),
        Case("english fortress", "Fortress Europe has closed its doors.", "en",
             [Term("Fortress Europe", "demonising", "used")]),
        Case("english deadly policy", "We demand an end to the deadly policy of deterrence.", "en",
             [Term("deadly policy", "demonising", "used")]),
        Case("english passing the buck", "The ministers are passing the buck again.", "en",
             [Term("passing the buck", "belittling", "used")]),
        Case("english sky assassins", "SKY ASSASSINS strike again.", "en",
             [Term("SKY ASSASSINS", "demonising", "used")]),
        Case("english flying bombs", "These flying bombs must be stopped.", "en",
             [Term("flying bombs", "alarmist", "used")]),
        Case("english escalation", "This attack is only the beginning.", "en",
             [Term("only the beginning", "alarmist", "used")]),
        Case("so-called before scare quotes marks the label", "It is time to end the so-called 'peace talks' now.",
             "en", [Term("peace talks", "belittling", "distancing")]),
        Case("so-called without quotes stays a sneer", "The so-called experts were wrong.", "en",
             [Term("so-called experts", "belittling", "used")]),
    ]

    @Test(arguments: families)
    func loadedTerms(_ testCase: Case) {
        let article = FramingAnalyzer().analyze(
            ArticleMaker.article(testCase.blocks, language: testCase.language), claims: [])
        let found = article.framing.loaded.map { Term($0.text, $0.category ?? "", $0.usage ?? "") }
        #expect(found == testCase.expected)
    }

    static let roles: [RoleCase] = [
        RoleCase(rule: "a quoted label after a distancing phrase is no speech", blocks: [
            "Boat capsizes", "The boat sank at night.",
            "The minister blamed what he called “a wave of smugglers coming by sea every single night”.",
        ], language: "en", role: .reporting, why: "attributed"),
        RoleCase(rule: "a quotation after a plain naming verb can still be speech", blocks: [
            "Nachbeben", "Die Erde bebte erneut.",
            "Der Präsident sprach von einer „Prüfung, wie sie unsere Generation noch nicht erlebt hat“.",
        ], language: "de", role: .quote, why: "quote"),
        RoleCase(rule: "a scornful verb of saying", blocks: [
            "Grenze", "Das Boot sank.", "Der Minister faselt derweil von mehr Grenzschutz.",
        ], language: "de", role: .opinion, why: "scorn: faselt"),
        RoleCase(rule: "english scornful verb of saying", blocks: [
            "Border", "The boat sank.", "The minister rambled on about border security.",
        ], language: "en", role: .opinion, why: "scorn: rambled on"),
        RoleCase(rule: "a correction that renames the event", blocks: [
            "Grenze", "Das Boot sank.", "Das war kein Zufall, das war eine politische Entscheidung.",
        ], language: "de", role: .opinion, why: "evaluation"),
        RoleCase(rule: "english correction that renames the event", blocks: [
            "Border", "The boat sank.", "This was not a tragedy, it was a decision.",
        ], language: "en", role: .opinion, why: "evaluation"),
        RoleCase(rule: "the section under a comment label", blocks: [
            "Stadion", "Das Tor war verschlossen.", "# Ein Kommentar", "Zwölf Minuten.",
        ], language: "de", role: .opinion, why: "section headed by section: Kommentar"),
        RoleCase(rule: "a long news subheading with fordert opens no section", blocks: [
            "Stadion", "Das Tor war verschlossen.", "# Gewerkschaft fordert mehr Personal für Stadien",
            "Die Zahl der Ordner soll steigen.",
        ], language: "de", role: .reporting, why: "reporting: no opinion cue"),
        RoleCase(rule: "list items after a sentence announcing demands", blocks: [
            "Stadion", "Das Tor war verschlossen.", "Der Verband fordert:", "mehr Ordner an jedem Tor,",
            "bessere Funk­geräte für alle Ordner.",
        ], language: "de", role: .opinion, why: "section headed by list announced by section: fordert"),
        RoleCase(rule: "a list ends with its last item", blocks: [
            "Stadion", "Das Tor war verschlossen.", "Der Verband fordert:", "mehr Ordner an jedem Tor.",
            "Das Spiel wurde angepfiffen.",
        ], language: "de", role: .reporting, why: "reporting: no opinion cue"),
        RoleCase(rule: "a call to join an action without an exclamation mark", blocks: [
            "Mahnwache", "Das Boot sank.", "Kommt am Sonntag um 18 Uhr zur Mahnwache am Hafen.",
        ], language: "de", role: .opinion, why: "appeal: Kommt am"),
        RoleCase(rule: "someone coming on a day is reporting", blocks: [
            "Besuch", "Das Boot sank.", "Der Minister kommt am Sonntag an den Hafen.",
        ], language: "de", role: .reporting, why: "reporting: no opinion cue"),
        RoleCase(rule: "english call to join an action", blocks: [
            "Vigil", "The boat sank.", "Join us at the harbour on Sunday at 6 pm.",
        ], language: "en", role: .opinion, why: "appeal: Join us"),
        RoleCase(rule: "a hyphenated outlet name speaks by its first part", blocks: [
            "Stadion", "Das Tor war verschlossen.", "KRACHER fordert: Der Verbandschef muss zurücktreten!",
        ], language: "de", publisher: "KRACHER-POST", role: .opinion, why: "stance: the outlet speaks"),
    ]

    @Test(arguments: roles)
    func role(_ testCase: RoleCase) throws {
        try testCase.check()
    }
}
