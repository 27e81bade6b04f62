import ParallaxModel
import Testing

@testable import ParallaxFraming

/// Round 4: whole families of loaded vocabulary and the usage rules that decide whose voice they are
/// in, on invented sentences (written for these tests, in the style of neither development split).
@Suite struct LoadedTermFamilyTests {
    typealias Term = LoadedTermTests.Term
    typealias Case = LoadedTermContextTests.Case

    static let families: [Case] = [
        Case("burial metaphor", "Mit diesem Gesetz wird die Pressefreiheit zu Grabe getragen.",
             [Term("zu Grabe getragen", "alarmist", "used")]),
        Case("gravedigger compound", "Die Koalition ist der Totengräber des Sozialstaats.",
             [Term("Totengräber", "alarmist", "used")]),
        Case("english burial metaphor", "The ruling is the final nail in the coffin for the harbour plan.", "en",
             [Term("nail in the coffin", "alarmist", "used")]),
        Case("english wasteland", "The storm left the bay a wasteland.", "en",
             [Term("wasteland", "alarmist", "used")]),
        Case("defenceless victims", "Die Bande überfiel wehrlose Rentner im Park.",
             [Term("wehrlose", "alarmist", "used")]),
        Case("english terrified", "Terrified passengers waited on the pier.", "en",
             [Term("Terrified", "alarmist", "used")]),
        Case("devouring fire", "Die Flammen verschlangen drei Scheunen.",
             [Term("verschlangen", "alarmist", "used")]),
        Case("english devouring fire", "The flames devoured the old mill.", "en",
             [Term("devoured", "alarmist", "used")]),
        Case("murder as first part", "Die Mörderkommandos des Generals ziehen durch die Dörfer.",
             [Term("Mörderkommandos", "demonising", "used")]),
        Case("murderer alone is crime reporting", "Der Mörder wurde zu lebenslanger Haft verurteilt.", []),
        Case("cowardly attack", "Ein feiger Bombenanschlag erschütterte die Hafenstadt.",
             [Term("feiger Bombenanschlag", "demonising", "used")]),
        Case("adjective stem takes the strong ending", "Ein feiger Rückzug, mehr nicht.",
             [Term("feiger", "demonising", "used")]),
        Case("old story", "Der Bürgermeister erzählt die alte Leier von leeren Kassen.",
             [Term("alte Leier", "belittling", "used")]),
        Case("english old story", "The union returned with its familiar tale of hardship.", "en",
             [Term("familiar tale", "belittling", "used")]),
        Case("english sweep to victory", "The mayor swept to a historic victory on Sunday.", "en",
             [Term("swept to a historic victory", "glorifying", "used")]),
        Case("english country freed", "Since 2019 the party has freed the country from its old masters.", "en",
             [Term("freed the country from", "propaganda", "used")]),
        Case("economic wave", "Die nächste Teuerungswelle rollt auf die Mieter zu.",
             [Term("Teuerungswelle", "alarmist", "used")]),
        Case("naval topic frames liberation",
             blocks: ["Bericht", "Die Fregatte begleitet die Frachter.", "Die Flotte soll die Meerenge befreien."],
             [Term("befreien", "propaganda", "used")]),
        Case("Marine Le Pen is no navy",
             blocks: ["Bericht", "Marine Le Pen sprach in Lyon.", "Sie will das Land von Steuern befreien."], []),
    ]

    static let voices: [Case] = [
        Case("scare quotes after a distancing word", "Die sogenannte „Regierung“ in der Hauptstadt schweigt.",
             [Term("sogenannte „Regierung", "belittling", "distancing")]),
        Case("scenting names someone else's label", "Die Opposition wittert Wahlbetrug.",
             [Term("Wahlbetrug", "propaganda", "reported")]),
        Case("english paraphrase after a verb of saying", "Rangers say the fire has devoured 3,000 acres.", "en",
             [Term("devoured", "alarmist", "used")]),
        Case("paraphrase with Konjunktiv I stays the speaker's", "Der Förster sagte, das Feuer habe ganze Hänge verschlungen.",
             [Term("verschlungen", "alarmist", "reported")]),
        Case("speech attributed after the clause stays the speaker's", "The fire has devoured the valley, the ranger said.", "en",
             [Term("devoured", "alarmist", "reported")]),
        Case("a colon opens unquoted direct speech", "Der Förster sagte: Das Feuer hat alles verschlungen.",
             [Term("verschlungen", "alarmist", "reported")]),
        Case("a demonising label after a verb of saying stays the speaker's", "The minister said the regime had failed.", "en",
             [Term("regime", "demonising", "reported")]),
    ]

    @Test(arguments: families + voices)
    func loadedTerms(_ testCase: Case) {
        testCase.check()
    }
}
