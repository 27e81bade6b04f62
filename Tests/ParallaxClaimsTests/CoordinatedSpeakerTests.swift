import Foundation
import ParallaxModel
import Testing

@testable import ParallaxClaims

/// The speaker of a verb of saying coordinated with the main clause's verb
/// (``AttributionFinder/coordinatedSpeaker(of:at:tokens:entities:speakers:)``, round 34): a finite verb cue right after `and`,
/// `but` or `und` shares the subject that opens the sentence, and speaks for the figures after it only. Sentences written for
/// this test.
@Suite struct CoordinatedSpeakerTests {
    /// The sources of the quantity claims of an article of one paragraph under `headline`, by claim text (also used by the
    /// round-35 suites of `FindingAuthorTests.swift`).
    static func sources(_ sentences: [String], language: String, headline: String = "Meldung") -> [String: String?] {
        let article = FixtureArticle.make(paragraphs: [[headline], sentences], language: language, published: "2027-03-02")
        var found: [String: String?] = [:]
        for claim in ClaimExtractor().extract(from: article) where claim.kind == .quantity { found[claim.text] = claim.attribution?.source }
        return found
    }

    static func source(of figure: String, in found: [String: String?]) -> String?? {
        found.first { $0.key.contains(figure) }?.value
    }

    /// The subject opening the sentence speaks the figures after the coordinated verb of saying or reckoning.
    @Test(arguments: [
        ("en", "A storm tore a rotor blade off a turbine on Sunday.", "Operator Velmark shut down all 12 turbines at the site and put the damage at about €2 million.", "€2 million", "velmark"),
        ("en", "A laboratory found syrup in jars of honey from the Lindholm cooperative.", "Lindholm rejected the findings and said 30 samples it had tested contained no syrup.", "30", "lindholm"),
        ("en", "A water main burst under the city centre on Monday.", "The operator, Kessel Metro, closed 2 km of line 4 and said it could stay shut for up to two weeks.", "two weeks", "kessel metro"),
        ("en", "Hackers stole data from the insurer Marwick Insurance.", "Marwick confirmed the attack but said only 4,000 customers were affected.", "4,000", "marwick insurance"),
        ("de", "Ein Sturm riss am Sonntag ein Rotorblatt von einer Anlage.", "Der Betreiber Velmark schaltete alle Anlagen ab und bezifferte den Schaden auf rund zwei Millionen Euro.", "zwei Millionen Euro", "velmark"),
    ])
    func coordinatedVerbTakesTheOpeningSubject(language: String, first: String, second: String, figure: String, source: String) {
        let found = Self.sources([first, second], language: language)
        #expect(Self.source(of: figure, in: found) == .some(source), "\(found)")
    }

    /// The figures of the first predicate are the writer's: the coordinated cue does not speak for them.
    @Test(arguments: [
        ("en", "Operator Velmark shut down all 12 turbines at the site and put the damage at about €2 million.", "12"),
        ("en", "The operator, Kessel Metro, closed 2 km of line 4 and said it could stay shut for up to two weeks.", "2 km"),
        ("de", "Der Betreiber Velmark schaltete alle 12 Anlagen ab und bezifferte den Schaden auf rund zwei Millionen Euro.", "12"),
    ])
    func firstPredicateKeepsNoSource(language: String, sentence: String, figure: String) {
        let found = Self.sources([language == "de" ? "Ein Sturm traf die Küste." : "A storm hit the coast.", sentence], language: language)
        #expect(Self.source(of: figure, in: found) == .some(nil), "\(found)")
    }

    /// A verb with a subject of its own after the conjunction (`and police said`) keeps its own reading.
    @Test func ownSubjectAfterTheConjunctionKeepsItsReading() {
        let found = Self.sources(["Twelve people were injured in the crash and police said three of them were in hospital."], language: "en")
        #expect(Self.source(of: "Twelve", in: found) == .some("police"), "\(found)")
    }
}

/// A spokesperson named with the word for a town's administration (`a city spokeswoman`, `ein Stadtsprecher`,
/// `ein Rathaussprecher`) speaks for `city authorities`, as `a spokeswoman for the city` does (round 34). Sentences written for
/// this test.
@Suite struct MunicipalCompoundSpokespersonTests {
    @Test(arguments: [
        ("en", "The money would be refunded within six weeks, a city spokeswoman said.", "six weeks"),
        ("en", "The road will stay shut for up to four weeks, a town spokesman said.", "four weeks"),
        ("en", "A city spokeswoman blamed a software error and said the money would be refunded within six weeks.", "six weeks"),
        ("de", "Das Geld werde binnen sechs Wochen erstattet, sagte ein Stadtsprecher.", "sechs Wochen"),
        ("de", "Die Straße bleibe bis zu vier Wochen gesperrt, sagte ein Rathaussprecher.", "vier Wochen"),
    ])
    func municipalSpokespersonIsCityAuthorities(language: String, sentence: String, figure: String) {
        let found = CoordinatedSpeakerTests.sources([sentence], language: language)
        #expect(CoordinatedSpeakerTests.source(of: figure, in: found) == .some("city authorities"), "\(found)")
    }
}

/// `the chain` refers back to the retail chain named before (`back-references.txt`, round 34). Sentences written for this test.
@Suite struct ChainBackReferenceTests {
    @Test(arguments: [
        ("The supermarket chain Kellco will close 12 stores.", "The chain said about 900 jobs would go.", "900", "kellco"),
        ("Shoppers at the supermarket chain Marktfeld paid more at the till than the shelf price.", "The chain said it would give affected customers a €5 voucher.", "€5", "marktfeld"),
    ])
    func chainIsTheChainNamedBefore(first: String, second: String, figure: String, source: String) {
        let found = CoordinatedSpeakerTests.sources([first, second], language: "en")
        #expect(CoordinatedSpeakerTests.source(of: figure, in: found) == .some(source), "\(found)")
    }
}
