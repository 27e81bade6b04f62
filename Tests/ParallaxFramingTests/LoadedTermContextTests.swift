import ParallaxModel
import Testing

@testable import ParallaxFraming

/// Invented sentences for the rules that decide whether a lexicon match is a loaded term and whose
/// voice it is in: neutral uses, negations, topics, naming verbs, reported clauses, and one sentence
/// per category and language of the broad lexicons.
@Suite struct LoadedTermContextTests {
    typealias Term = LoadedTermTests.Term

    struct Case: Sendable, CustomTestStringConvertible {
        var rule: String
        var blocks: [String]
        var language: String
        var expected: [Term]
        var testDescription: String { rule }

        init(_ rule: String, _ sentence: String, _ language: String, _ expected: [Term]) {
            self.rule = rule
            self.blocks = ["Bericht", sentence]
            self.language = language
            self.expected = expected
        }

        init(_ rule: String, _ sentence: String, _ expected: [Term]) {
            self.init(rule, sentence, "de", expected)
        }

        init(_ rule: String, blocks: [String], _ language: String, _ expected: [Term]) {
            self.rule = rule
            self.blocks = blocks
            self.language = language
            self.expected = expected
        }

        init(_ rule: String, blocks: [String], _ expected: [Term]) {
            self.init(rule, blocks: blocks, "de", expected)
        }
    }

    static let neutralUses: [Case] = [
        Case("official civil-protection term", "Der Landrat rief am Abend den Katastrophenfall aus.", []),
        Case("civil protection compound", "Die Einheiten des Katastrophenschutzes rückten aus.", []),
        Case("rules, not a government", "Die EU verschärfte das Sanktionsregime gegen die Reederei.", []),
        Case("english rules, not a government", "The sanctions regime was tightened on Monday.", "en", []),
        Case("medical shock", "Der Fahrer erlitt einen Schock und wurde versorgt.", []),
        Case("english medical shock", "Two passengers were treated for shock.", "en", []),
        Case("terror as a police term", "Police arrested a terror suspect in Leeds.", "en", []),
        Case("literal slam", "The van slammed into a lamppost.", "en", []),
        Case("film genre", "Im Kino läuft ein neuer Horrorfilm.", []),
        Case("official name", "Am 8. Mai wird der Tag der Befreiung begangen.", []),
        Case("negation", "Am Bahnhof herrschte kein Chaos.", []),
        Case("negation two words before", "Es war keine echte Katastrophe.", []),
        Case("english negation", "There was no chaos at the station.", "en", []),
        Case("additive negation word", "Das war nicht nur ein Desaster.", [Term("Desaster", "alarmist", "used")]),
        Case("english additive negation word", "It was not just a fiasco.", "en", [Term("fiasco", "alarmist", "used")]),
        Case("negation after the term does not count", "Das Chaos hielt nicht lange an.", [Term("Chaos", "alarmist", "used")]),
    ]

    static let topics: [Case] = [
        Case("rescue from a wreck", "Die Feuerwehr befreite den Fahrer aus dem Wrack.", []),
        Case("freeing a phone is no offensive", "Der Trick soll das Telefon von der Netzsperre befreien.", []),
        Case("offensive in an article about fighting",
             blocks: ["Bericht", "Die Truppen rückten in der Nacht vor.", "Sie befreien nun die Grenzregion."],
             [Term("befreien", "propaganda", "used")]),
        Case("english offensive", blocks: ["Report", "Troops advanced overnight.", "They liberated the border district."], "en",
             [Term("liberated", "propaganda", "used")]),
        Case("english without fighting", "The update liberated users from the old menu.", "en", []),
    ]

    static let voices: [Case] = [
        Case("label a named source gives", "Die Gewerkschaft sprach von einem Kahlschlag.", [Term("Kahlschlag", "alarmist", "reported")]),
        Case("english label a named source gives", "Union leaders called it a bloodbath.", "en", [Term("bloodbath", "alarmist", "reported")]),
        Case("epithet in the reported clause", "Der Minister sagte, das Regime habe versagt.", [Term("Regime", "demonising", "reported")]),
        Case("attribution after the clause", "Das Regime habe versagt, sagte der Minister.", [Term("Regime", "demonising", "reported")]),
        Case("writer's epithet for the speaker", "Das Regime erklärte am Montag seinen Rückzug.", [Term("Regime", "demonising", "used")]),
    ]

    static let categories: [Case] = [
        Case("german alarmist", "Die Flammenhölle wütete die ganze Nacht.", [Term("Flammenhölle", "alarmist", "used")]),
        Case("german phrase wins over its word", "Das Viertel ist eine tickende Zeitbombe.", [Term("tickende Zeitbombe", "alarmist", "used")]),
        Case("german demonising", "Die Abzocker in den Vorständen kassieren weiter.", [Term("Abzocker", "demonising", "used"), Term("kassieren", "demonising", "used")]),
        Case("german belittling", "Die Gutmenschen am Stammtisch jubelten.", [Term("Gutmenschen", "belittling", "used")]),
        Case("german euphemism", "Rund 300 Beschäftigte wurden freigesetzt.", [Term("freigesetzt", "euphemism", "used")]),
        Case("german propaganda", "Die Lügenpresse verschweigt das.", [Term("Lügenpresse", "propaganda", "used")]),
        Case("german glorifying", "Die unerschrockenen Helfer arbeiteten bis zum Morgen.", [Term("unerschrockenen", "glorifying", "used")]),
        Case("german migration", "Die Zeitung warnte am Titel vor einer Asylflut.", [Term("Asylflut", "alarmist", "reported")]),
        Case("english alarmist", "The storm left carnage along the coast.", "en", [Term("carnage", "alarmist", "used")]),
        Case("english demonising", "The president's cronies divided the contracts.", "en", [Term("cronies", "demonising", "used")]),
        Case("english belittling", "Snowflakes complained about the menu.", "en", [Term("Snowflakes", "belittling", "used")]),
        Case("english euphemism", "The company announced a rightsizing of its plants.", "en", [Term("rightsizing", "euphemism", "used")]),
        Case("english propaganda", "The deep state is blocking the reform.", "en", [Term("deep state", "propaganda", "used")]),
        Case("english glorifying", "The heroic crew kept the ferry afloat.", "en", [Term("heroic", "glorifying", "used")]),
        Case("english economy", "Shareholders pocketed the savings while fat cats cheered.", "en",
             [Term("pocketed", "demonising", "used"), Term("fat cats", "demonising", "used")]),
    ]

    @Test(arguments: neutralUses + topics + voices + categories)
    func loadedTerms(_ testCase: Case) {
        testCase.check()
    }
}

extension LoadedTermContextTests {
    static let clauses: [Case] = [
        Case("attribution after a dash", "Das Regime habe versagt – so der Minister am Abend, sagte sein Sprecher.",
             [Term("Regime", "demonising", "reported")]),
        Case("english attribution after the clause", "The regime has failed, the minister said.", "en",
             [Term("regime", "demonising", "reported")]),
        Case("english writer's epithet for the speaker", "The regime said on Monday that it would withdraw.", "en",
             [Term("regime", "demonising", "used")]),
    ]

    @Test(arguments: clauses)
    func clauseOfSpeech(_ testCase: Case) {
        testCase.check()
    }
}

extension LoadedTermContextTests.Case {
    /// Analyses the case's article and expects exactly its loaded terms (text, category, usage), in order.
    func check() {
        let article = FramingAnalyzer().analyze(ArticleMaker.article(blocks, language: language), claims: [])
        let found = article.framing.loaded.map { LoadedTermTests.Term($0.text, $0.category ?? "", $0.usage ?? "") }
        #expect(found == expected)
    }
}
