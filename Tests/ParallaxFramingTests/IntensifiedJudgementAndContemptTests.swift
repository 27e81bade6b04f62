import ParallaxModel
import Testing

@testable import ParallaxFraming

/// Round 9: mechanisms that find loaded words no lexicon lists (an intensifier before a word of negative
/// judgement), families of loaded vocabulary an unseen writer used (the genitive of horror, vessels run
/// down or made into coffins, food as fodder, poison as a wave, ironic honorifics), and the role rules
/// for offences named by the law, the writer's own organisation as a source, pivot questions answered
/// with contempt, and headings that announce demands — on invented sentences written for these tests.
@Suite struct IntensifiedJudgementAndContemptTests {
    typealias Term = LoadedTermTests.Term
    typealias Case = LoadedTermContextTests.Case
    typealias RoleCase = SentenceRoleCase

    static let intensified: [Case] = [
        Case(
            "an intensifier before an unlisted -los adjective",
            "Die Stadtverwaltung wirkt völlig orientierungslos.",
            [Term("völlig orientierungslos", "belittling", "used")]),
        Case(
            "an intensifier before an über- participle", "Das Ordnungsamt ist total überfordert.",
            [Term("total überfordert", "belittling", "used")]),
        Case(
            "an intensifier before a judging adjective", "Der Plan des Senats ist absolut unbrauchbar.",
            [Term("absolut unbrauchbar", "belittling", "used")]),
        Case("a -los word that does not judge", "Der Eintritt ist völlig kostenlos.", []),
        Case("an über- word that does not judge", "Die Entscheidung kam völlig überraschend.", []),
        Case("a plain intensifier before a neutral adjective", "Das Stadion ist komplett neu.", []),
        Case("a noun after the intensifier", "Die Wahl brachte eine völlige Überraschung.", []),
        Case("an attributed judgement is the source's", "Laut dem Landrat ist die Stadt völlig überfordert.", []),
        Case(
            "indirect speech keeps the judgement with the speaker",
            "Die Behörde sei völlig überfordert, heißt es.", []),
        Case("a negated judgement", "Die Feuerwehr ist nicht völlig überfordert.", []),
        Case(
            "english intensified judgement", "The council is utterly misguided.", "en",
            [Term("utterly misguided", "belittling", "used")]),
        Case(
            "english -less judgement", "The ministry looks completely rudderless.", "en",
            [Term("completely rudderless", "belittling", "used")]),
        Case("english -less word that does not judge", "The new network is completely wireless.", "en", []),
    ]

    @Test(arguments: intensified)
    func intensifiedJudgement(_ testCase: Case) {
        let article = FramingAnalyzer().analyze(
            ArticleMaker.article(testCase.blocks, language: testCase.language), claims: [])
        let found = article.framing.loaded.map { Term($0.text, $0.category ?? "", $0.usage ?? "") }
        #expect(found == testCase.expected)
    }

    static let families: [Case] = [
        Case(
            "the genitive of horror", "Die Nacht des Schreckens ist vorbei.",
            [Term("des Schreckens", "alarmist", "used")]),
        Case(
            "an old tub", "Die Reederei schickte einen alten Kahn auf die Route.",
            [Term("alten Kahn", "belittling", "used")]),
        Case(
            "floating coffins", "Auf diesen schwimmenden Särgen reist niemand sicher.",
            [Term("schwimmenden Särgen", "alarmist", "used")]),
        Case("food as fodder", "Die Kantine liefert billigen Fraß.", [Term("billigen Fraß", "belittling", "used")]),
        Case("poison as a wave", "Die Giftbrühe erreicht den Hafen.", [Term("Giftbrühe", "alarmist", "used")]),
        Case(
            "an ironic honorific", "Die Herren Funktionäre schweigen.",
            [Term("Herren Funktionäre", "belittling", "used")]),
        Case(
            "english floating coffins", "These floating coffins must be banned.", "en",
            [Term("floating coffins", "alarmist", "used")]),
        Case(
            "english toxic tide", "A toxic tide is rolling towards the coast.", "en",
            [Term("toxic tide", "alarmist", "used")]),
    ]

    @Test(arguments: families)
    func loadedTerms(_ testCase: Case) {
        let article = FramingAnalyzer().analyze(
            ArticleMaker.article(testCase.blocks, language: testCase.language), claims: [])
        let found = article.framing.loaded.map { Term($0.text, $0.category ?? "", $0.usage ?? "") }
        #expect(found == testCase.expected)
    }

    @Test func topicBeforeColonIsTheWritersWord() throws {
        let article = FramingAnalyzer().analyze(
            ArticleMaker.article([
                "Bericht", "Es geschah am Morgen.", "Giftbrühe im Kanal: Der Verband fordert eine Sperrung.",
            ]),
            claims: [])
        let term = try #require(article.framing.loaded.first)
        #expect(term.text == "Giftbrühe")
        #expect(term.usage == "used")
    }

    @Test func wordsBeforeTrailingAttributionAreTheSpeakers() throws {
        let article = FramingAnalyzer().analyze(
            ArticleMaker.article([
                "Bericht", "Es geschah am Morgen.", "Das ist eine Giftbrühe, sagte der Fischer.",
            ]),
            claims: [])
        let term = try #require(article.framing.loaded.first)
        #expect(term.usage == "reported")
    }

    static let roles: [RoleCase] = [
        RoleCase(
            rule: "an offence named by the law is no evaluation",
            blocks: [
                "Unglück", "Der Bus kam von der Straße ab.",
                "Gegen den Fahrer wird wegen fahrlässiger Tötung ermittelt.",
            ], language: "de", role: .reporting, why: "reporting: no opinion cue"),
        RoleCase(
            rule: "negligence in the writer's voice stays an evaluation",
            blocks: [
                "Unglück", "Der Bus kam von der Straße ab.", "Das Verhalten des Betreibers war fahrlässig.",
            ], language: "de", role: .opinion, why: "evaluation"),
        RoleCase(
            rule: "english offence named by the law",
            blocks: [
                "Crash", "The bus left the road.", "The driver is under investigation for negligent homicide.",
            ], language: "en", role: .reporting, why: "reporting: no opinion cue"),
        RoleCase(
            rule: "the writer's own estimate is no outside source",
            blocks: [
                "Verschmutzung", "Das Öl floss in den See.", "# Unsere Forderungen",
                "Übernahme aller Kosten durch den Betreiber, nach unserer Schätzung bis zu zehn Millionen Euro.",
            ], language: "de", role: .opinion, why: "section headed by"),
        RoleCase(
            rule: "an outside estimate stays attribution",
            blocks: [
                "Verschmutzung", "Das Öl floss in den See.", "# Unsere Forderungen",
                "Die Kosten liegen nach Schätzung der Behörde bei zehn Millionen Euro.",
            ], language: "de", role: .reporting, why: "attributed"),
        RoleCase(
            rule: "a pivot question answered with contempt",
            blocks: [
                "Fähre", "Die Fähre sank.", "Und der Betreiber?", "Duckt sich weg.",
            ], language: "de", role: .opinion, why: "answer with contempt"),
        RoleCase(
            rule: "a pivot question answered with a plain statement",
            blocks: [
                "Fähre", "Die Fähre sank.", "Und der Betreiber?", "Er verweigerte jede Auskunft.",
            ], language: "de", role: .reporting, why: "reporting: no opinion cue"),
        RoleCase(
            rule: "an interviewer's question addresses someone",
            blocks: [
                "Interview", "Die Fähre sank.", "Und was machen Sie jetzt?", "Ich schäme mich für die Schlamperei.",
            ], language: "de", role: .reporting, why: "reporting"),
        RoleCase(
            rule: "a heading that announces what must happen",
            blocks: [
                "Schulessen", "Die Kinder erkrankten.", "# Was jetzt passieren muss", "Frisches Essen aus der Region.",
            ], language: "de", role: .opinion, why: "section headed by appeal"),
        RoleCase(
            rule: "the outlet's assessment as a section",
            blocks: [
                "Schulessen", "Die Kinder erkrankten.", "# Unsere Einschätzung", "Die Kontrollen reichen nicht aus.",
            ], language: "de", role: .opinion, why: "section headed by section"),
        RoleCase(
            rule: "english disbelief in the writer's voice",
            blocks: [
                "River", "The fish died.", "The company says it raised the alarm at once.", "Pull the other one.",
            ], language: "en", role: .opinion, why: "evaluation"),
        RoleCase(
            rule: "english reproach by contrast with ordinary families",
            blocks: [
                "River", "The fish died.", "Bosses collect their bonuses while ordinary families pay the bill.",
            ], language: "en", role: .opinion, why: "evaluation"),
    ]

    @Test(arguments: roles)
    func role(_ testCase: RoleCase) throws {
        try testCase.check()
    }
}
