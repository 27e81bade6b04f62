import Foundation
import ParallaxModel
import Testing

@testable import ParallaxClaims

/// Findings as the object of a prepositional cue (``AttributionFinder/finding(_:cueEnd:)``, `findings.txt`, round 35): a
/// result, a tally or a set of figures names its author only by a link after it; with none the cue names no party, and a
/// verb of saying in the sentence still does. Sentences written for this test.
@Suite struct FindingAuthorTests {
    static func sources(_ sentences: [String], language: String, headline: String = "Meldung") -> [String: String?] {
        CoordinatedSpeakerTests.sources(sentences, language: language, headline: headline)
    }

    static func source(of figure: String, in found: [String: String?]) -> String?? {
        CoordinatedSpeakerTests.source(of: figure, in: found)
    }

    /// A finding with no author after it names no party: the name after it is the clause's subject.
    @Test(arguments: [
        ("en", "According to the provisional result, Mayor Anna Berg won 12,300 votes.", "12,300"),
        ("en", "According to the final count, Tom Lindqvist got 8,450 votes.", "8,450"),
        ("en", "According to preliminary results, the Greens won 14 seats.", "14 seats"),
        ("de", "Nach dem vorläufigen Ergebnis hatte Bürgermeisterin Anna Berg 12.300 Stimmen erhalten.", "12.300"),
        ("de", "Nach ersten Schätzungen hatte Landrat Tom Lindqvist 400 Helfer im Einsatz.", "400"),
    ])
    func authorlessFindingNamesNoParty(language: String, sentence: String, figure: String) {
        let found = Self.sources([sentence], language: language)
        #expect(Self.source(of: figure, in: found) == .some(nil), "\(found)")
    }

    /// A verb of saying later in the sentence names the source the finding does not.
    @Test(arguments: [
        ("en", "According to preliminary results, the Greens won 14 seats, the electoral commission said.", "14 seats"),
        ("de", "Nach dem vorläufigen Endergebnis kam die SPD auf 30 Prozent, teilte die Wahlkommission mit.", "30 Prozent"),
    ])
    func verbOfSayingStillSpeaks(language: String, sentence: String, figure: String) {
        let found = Self.sources([sentence], language: language)
        #expect(Self.source(of: figure, in: found) == .some("electoral commission"), "\(found)")
    }

    /// The author after a link is the source, in English also after a participle (`figures released by`).
    @Test(arguments: [
        ("en", "According to the provisional results of the electoral commission, Anna Berg won 12,300 votes.", "12,300", "electoral commission"),
        ("en", "According to figures released by the health ministry, 84 people fell ill.", "84", "health ministry"),
        ("de", "Nach dem vorläufigen Ergebnis der Wahlkommission erhielt Anna Berg 12.300 Stimmen.", "12.300", "electoral commission"),
    ])
    func linkedAuthorIsTheSource(language: String, sentence: String, figure: String, source: String) {
        let found = Self.sources([sentence], language: language)
        #expect(Self.source(of: figure, in: found) == .some(source), "\(found)")
    }

    /// A word after the noun that may go on with a name keeps the cue's reading (`the statistics office`, `Statistik Austria`).
    @Test(arguments: [
        ("en", "The region exported wine worth about €310 million, according to the statistics office.", "€310 million", "statistics office"),
        ("de", "Im Jahr 2040 wuchs die Wirtschaft laut Statistik Austria um 1,2 Prozent.", "1,2 Prozent", "statistik austria"),
    ])
    func nounGoingOnWithANameKeepsTheName(language: String, sentence: String, figure: String, source: String) {
        let found = Self.sources([sentence], language: language)
        #expect(Self.source(of: figure, in: found) == .some(source), "\(found)")
    }
}

/// The story's place for bodies named after it (``StoryPlace``, round 35): a possessive day or month after `in` names a time,
/// not the place, a place's possessive goes by the place, and `city of` / `Stadt` open a town's name. Sentences written for
/// this test.
@Suite struct StoryPlaceOpenerTests {
    @Test(arguments: [
        ("en", "Turnout doubled", "Turnout rose sharply in Sunday's run-off in Harlow.", "Harlow took 61 percent of seats, the electoral commission said.", "61 percent", "harlow electoral commission"),
        ("en", "Boats lost", "A storm hit boats in Velmar's harbour.", "At least 12 boats sank, the coast guard said.", "12 boats", "velmar coast guard"),
        ("en", "Recount ordered", "The electoral commission of the city of Velmar ordered a recount.", "The mayor won 18,406 votes, the electoral commission said.", "18,406", "velmar electoral commission"),
        ("de", "Neuauszählung angeordnet", "Die Wahlkommission der Stadt Velmar ordnete eine Neuauszählung an.", "Die Bürgermeisterin erhielt 18.406 Stimmen, teilte die Wahlkommission mit.", "18.406", "velmar electoral commission"),
    ])
    func placeAfterTheOpener(language: String, headline: String, first: String, second: String, figure: String, source: String) {
        let found = FindingAuthorTests.sources([first, second], language: language, headline: headline)
        #expect(FindingAuthorTests.source(of: figure, in: found) == .some(source), "\(found)")
    }
}

/// A fixed cue opening with a party's word (`officials said`) belongs to the longer listed party that ends in it (round 35).
/// Sentences written for this test.
@Suite struct FixedCueLongerPartyTests {
    @Test(arguments: [
        ("E. coli was found in the supply, and 84 have fallen ill, health officials said on Friday.", "84", "health officials"),
        ("About 40 people were hurt, hospital officials said.", "40", "hospital"),
    ])
    func longerPartyIsTheSource(sentence: String, figure: String, source: String) {
        let found = FindingAuthorTests.sources([sentence], language: "en")
        #expect(FindingAuthorTests.source(of: figure, in: found) == .some(source), "\(found)")
    }

    /// The cue alone still names its fixed party.
    @Test func cueAloneKeepsItsParty() {
        let found = FindingAuthorTests.sources(["About 40 people were hurt, officials said."], language: "en")
        #expect(FindingAuthorTests.source(of: "40", in: found) == .some("officials"), "\(found)")
    }
}
