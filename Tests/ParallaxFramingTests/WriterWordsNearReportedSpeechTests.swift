import ParallaxModel
import Testing

@testable import ParallaxFraming

/// Round 11: real US news (NewsWCL50) — spaced hyphens of tokenised text, news idiom that counts only
/// where the writer evaluates, the writer's words around reported speech (a loaded verb of saying, the
/// narration after a quotation's attribution, a title before a name), and the sneer classes — on
/// invented sentences written for these tests.
@Suite struct WriterWordsNearReportedSpeechTests {
    typealias Term = LoadedTermTests.Term
    typealias Case = LoadedTermContextTests.Case

    static let cases: [Case] = [
        Case(
            "a spaced hyphen joins a word in tokenised text",
            "The mayor , a self - confessed fan of the club , opened the stadium .", "en",
            [Term("self - confessed", "belittling", "used")]),
        Case("news idiom in a reporting sentence", "The scandal forced the chairwoman to step down .", "en", []),
        Case("drama as news idiom", "The vote ended months of drama over the budget .", "en", []),
        Case(
            "news idiom among the writer's loaded words",
            "The so-called special military operation entered its third year.", "en",
            [Term("so-called", "belittling", "used"), Term("special military operation", "euphemism", "used")]),
        Case(
            "news idiom in the headline counts",
            blocks: ["Scandal at City Hall", "The mayor resigned on Monday ."], "en",
            [Term("Scandal", "alarmist", "used")]),
        Case(
            "so-called before a plain name", "The two sides met in the so - called truce village .", "en", []),
        Case(
            "a manner adverb after the attribution of a quotation",
            "\" I like him a lot , \" the senator said sheepishly after the vote .", "en",
            [Term("sheepishly", "belittling", "used")]),
        Case(
            "the writer's loaded verb of saying",
            "He said the plan was fine , complaining that nobody had read it .", "en",
            [Term("complaining", "belittling", "used")]),
        Case(
            "a title before a name in a clause of speech",
            "In a statement , North Korean dictator Kim Jong Un promised to stop the tests .", "en",
            [Term("dictator", "demonising", "used")]),
        Case(
            "anti-immigrant of a policy", "The governor defended his anti - immigrant policies .", "en",
            [Term("anti - immigrant policies", "demonising", "used")]),
        Case("anti-immigrant of people describes them", "There were no anti - immigrant protesters .", "en", []),
        Case(
            "a fury the writer mocks", "The president whipped himself into a fury .", "en",
            [Term("into a fury", "demonising", "used")]),
        Case("bragging about a plan", "The minister bragged about the tiny surplus .", "en", [Term("bragged", "belittling", "used")]),
        Case(
            "irony markers", "The council apparently without irony praised its own record .", "en",
            [Term("without irony", "belittling", "used")]),
        Case("a paltry sum", "The firm offered a paltry sum .", "en", [Term("paltry", "belittling", "used")]),
    ]

    @Test(arguments: cases)
    func loadedTerms(_ testCase: Case) {
        testCase.check()
    }

    @Test(arguments: [
        ("Kim Jong - un met Moon Jae - in .", ["kim", "jong-un", "met", "moon", "jae-in"]),
        ("Wien - Die Polizei ermittelt", ["wien", "die", "polizei", "ermittelt"]),
        ("A long - range missile , officials said .", ["a", "long-range", "missile", "officials", "said"]),
    ])
    func spacedHyphens(_ text: String, _ words: [String]) {
        let tokens = WordTokenizer().tokenize(text)
        #expect(tokens.words.indices.map(tokens.foldedWord) == words)
    }
}
