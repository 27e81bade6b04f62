import ParallaxModel
import Testing

@testable import ParallaxFraming

@Suite struct LoadedTermTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var rule: String
        var sentence: String
        var language: String
        /// Expected terms as (text, category, usage).
        var expected: [Term]
        var testDescription: String { rule }
    }

    struct Term: Sendable, Equatable, CustomStringConvertible {
        var text: String
        var category: String
        var usage: String
        init(_ text: String, _ category: String, _ usage: String) {
            self.text = text
            self.category = category
            self.usage = usage
        }
        var description: String { "\(text)/\(category)/\(usage)" }
    }

    static let cases: [Case] = [
        Case(rule: "lemma", sentence: "Der Despot ließ die Grenze schließen.", language: "de",
             expected: [Term("Despot", "demonising", "used")]),
        Case(rule: "inflection", sentence: "Die heroischen Taten der Feuerwehrleute wurden gewürdigt.", language: "de",
             expected: [Term("heroischen", "glorifying", "used")]),
        Case(rule: "prefix stem", sentence: "Der heldenhafte Einsatz dauerte die ganze Nacht.", language: "de",
             expected: [Term("heldenhafte", "glorifying", "used")]),
        Case(rule: "compound head", sentence: "Die Bereitschaft des Kim-Regimes ist ungebrochen.", language: "de",
             expected: [Term("Kim-Regimes", "demonising", "used")]),
        Case(rule: "compound", sentence: "Nordkoreanische Elitetruppen erreichten die Stadt.", language: "de",
             expected: [Term("Elitetruppen", "glorifying", "used")]),
        Case(rule: "hyphenated compound part", sentence: "Die Straße wurde zur Flammen-Hölle.", language: "de",
             expected: [Term("Flammen-Hölle", "alarmist", "used")]),
        Case(rule: "quoted and attributed", sentence: "Der General lobt den \"Mut\" und das \"Heldentum\" der Kämpfer.", language: "de",
             expected: [Term("Heldentum", "glorifying", "reported")]),
        Case(rule: "inside long quotation", sentence: "„Unsere Helden haben die Stadt verteidigt, und wir danken ihnen“, sagte er.", language: "de",
             expected: [Term("Helden", "glorifying", "reported")]),
        Case(rule: "scare quotes", sentence: "Die Armee meldete die Einnahme der \"heldenhaften\" Stellung am Fluss.", language: "de",
             expected: [Term("heldenhaften", "glorifying", "reported")]),
        Case(rule: "scare quotes without a source", sentence: "Die \"heldenhaften\" Verteidiger zogen sich am Abend zurück.", language: "de",
             expected: [Term("heldenhaften", "glorifying", "distancing")]),
        Case(rule: "propaganda framing unquoted", sentence: "Die Truppen befreien die Grenzregion.", language: "de",
             expected: [Term("befreien", "propaganda", "used")]),
        Case(rule: "propaganda framing noun", sentence: "Die finale Befreiung erfolgte mit der Einnahme des Dorfes.", language: "de",
             expected: [Term("Befreiung", "propaganda", "used")]),
        Case(rule: "propaganda framing quoted", sentence: "Die Agentur meldet, die „Operationen zur Befreiung der Region“ seien beendet und die Truppen auf dem Rückweg.", language: "de",
             expected: [Term("Befreiung", "propaganda", "reported")]),
        Case(rule: "indirect speech", sentence: "Alle Kämpfer seien Helden, verkündete der Staatschef.", language: "de",
             expected: [Term("Helden", "glorifying", "reported")]),
        Case(rule: "epithet stays the writer's in indirect speech", sentence: "Der Despot erklärte, die Kämpfer seien tapfer gewesen.", language: "de",
             expected: [Term("Despot", "demonising", "used"), Term("tapfer", "glorifying", "reported")]),
        Case(rule: "english phrase", sentence: "The so-called special military operation entered its third year.", language: "en",
             expected: [Term("so-called", "belittling", "used"), Term("special military operation", "euphemism", "used")]),
        Case(rule: "english regime", sentence: "The regime sent more troops.", language: "en",
             expected: [Term("regime", "demonising", "used")]),
        Case(rule: "no loaded term", sentence: "Die Fähre legte am Montag in Kiel ab.", language: "de", expected: []),
        // Round 3 families: persecution framing, corruption metaphors, the heavy-handed state, collapse.
        Case(rule: "show trial", sentence: "Der Schauprozess gegen den Hafenmeister beginnt am Montag.", language: "de",
             expected: [Term("Schauprozess", "propaganda", "used")]),
        Case(rule: "hunt", sentence: "Was die Opposition betreibt, ist eine Hexenjagd.", language: "de",
             expected: [Term("Hexenjagd", "demonising", "used")]),
        Case(rule: "swamp compound", sentence: "Der Filzsumpf im Hafenamt wächst.", language: "de",
             expected: [Term("Filzsumpf", "demonising", "used")]),
        Case(rule: "crude-force metaphor", sentence: "Das Amt setzt die Regeln mit der Brechstange durch.", language: "de",
             expected: [Term("mit der Brechstange", "demonising", "used")]),
        Case(rule: "bureaucracy epithet", sentence: "Die Gesundheitsbürokratie schweigt.", language: "de",
             expected: [Term("Gesundheitsbürokratie", "demonising", "used")]),
        Case(rule: "sinking", sentence: "Die Altstadt versinkt im Chaos.", language: "de",
             expected: [Term("versinkt im Chaos", "alarmist", "used")]),
        Case(rule: "blame noun", sentence: "Wer zahlt für dieses Versagen?", language: "de",
             expected: [Term("dieses Versagen", "demonising", "used")]),
        Case(rule: "organ failure is a diagnosis", sentence: "Der Patient starb an Nierenversagen.", language: "de", expected: []),
        Case(rule: "devastating quake is literal", sentence: "Nach dem verheerenden Erdbeben fehlt Trinkwasser.", language: "de", expected: []),
        Case(rule: "english smear", sentence: "The council ran a smear campaign against the harbour master.", language: "en",
             expected: [Term("smear campaign", "demonising", "used")]),
        Case(rule: "english heavy hand", sentence: "The heavy-handed council closed the market.", language: "en",
             expected: [Term("heavy-handed", "demonising", "used")]),
        Case(rule: "english devastating storm is literal", sentence: "The devastating storm cut power to the coast.", language: "en", expected: []),
        Case(rule: "partisan label", sentence: "Das Postengeschacher im Rathaus geht weiter.", language: "de",
             expected: [Term("Postengeschacher", "demonising", "used")]),
        Case(rule: "accusation names someone else's label", sentence: "Die Opposition erhob den Vorwurf der Klientelpolitik.", language: "de",
             expected: [Term("Klientelpolitik", "demonising", "reported")]),
        Case(rule: "arguing reports speech", sentence: "Prosecutors asked for a prison term, arguing that he pocketed the fees.", language: "en",
             expected: [Term("pocketed", "demonising", "reported")]),
    ]

    @Test(arguments: cases)
    func loadedTerms(_ testCase: Case) {
        let article = FramingAnalyzer().analyze(ArticleMaker.single(testCase.sentence, language: testCase.language), claims: [])
        let found = article.framing.loaded.map { Term($0.text, $0.category ?? "", $0.usage ?? "") }
        #expect(found == testCase.expected)
        for term in article.framing.loaded {
            #expect(term.sentence == "a1.s2")
            #expect(term.why.hasPrefix(term.category ?? "?"))
        }
    }

    @Test func onlyUsedTermsCountPerThousandWords() throws {
        let article = FramingAnalyzer().analyze(
            ArticleMaker.single("Der Despot lobt den \"Mut\" und das \"Heldentum\" der Truppen."), claims: [])
        // 11 words in the body ("Bericht" + 10), one used term.
        #expect(article.framing.loaded.count == 2)
        let rate = try #require(article.framing.loadedPerThousandWords)
        #expect(abs(rate - 1000.0 / 11.0) < 1e-9)
    }
}
