import Foundation
import ParallaxModel
import Testing

@testable import ParallaxClaims

/// Who denies when the denier is named by an office (``StatementFinder/roleHolderBody(beforeVerbAt:in:)``,
/// ``StatementFinder/possessedRoleParty(beforeVerbAt:in:)``, ``StatementFinder/subjectEnd(beforeVerbAt:in:)``): a role of a
/// named body speaks for the body, a role that names no body leaves the person, a lawyer named by whose he is goes by the
/// client's last name, and the denier is read past an intensifier or an aside. Sentences written for this test.
@Suite struct DenierOfficeTests {
    static func denials(_ sentences: [String], language: String) -> [String?] {
        let article = FixtureArticle.make(paragraphs: [["Meldung"], sentences], language: language, published: "2027-03-02")
        return ClaimExtractor().extract(from: article).compactMap(\.statement).filter { $0.predicate == "denies" }.map(\.deniedBy)
    }

    /// A person introduced by a role of a body the article named speaks for that body.
    @Test(arguments: [
        ("de", "Der Bund der Mühlenbetriebe (BMB) wirft der Stadt vor, die Gebühren verdoppelt zu haben. Die Stadt sagt, die Verwaltung der Mühlen sei teuer.",
         "BMB-Vorsitzende Karla Wendt wies das zurück.", "bmb"),
        ("de", "Die Reederei Sturmfels wurde beschuldigt, Warnungen ignoriert zu haben.", "Eine Sturmfels-Sprecherin wies das zurück.", "sturmfels"),
        ("en", "The Mill Owners' League (MOL) accused the city of doubling fees.", "MOL chief executive Karla Wendt denied that.", "mol"),
        ("en", "Critics accused the city of doubling fees, which MOL leader Karla Wendt flatly denies.", "Nothing else happened.", "mol"),
    ])
    func roleOfANamedBodyGivesTheBody(language: String, first: String, second: String, body: String) {
        let found = Self.denials([first, second], language: language)
        #expect(found.contains(body), "\(found)")
    }

    /// A role that names no body (an office, a place's mayor) leaves the person as the denier.
    @Test(arguments: [
        ("en", "The union accused the ministry of cutting wages.", "Justice Minister Karla Wendt denied that.", "justice ministry"),
        ("en", "The union accused the region of cutting wages.", "Regional governor Karla Wendt denied that.", "regional government"),
    ])
    func roleWithoutABodyKeepsThePerson(language: String, first: String, second: String, wrong: String) {
        let found = Self.denials([first, second], language: language)
        #expect(!found.contains(wrong), "\(found)")
    }

    /// A lawyer named only by whose he is goes by the client's last name.
    @Test(arguments: [
        ("de", "Die Staatsanwaltschaft wirft dem früheren Bürgermeister Udo Brenner vor, Gelder veruntreut zu haben.", "Brenners Anwalt bestreitet die Vorwürfe.", "brenner's lawyer"),
        ("de", "Die Staatsanwaltschaft wirft dem früheren Bürgermeister Udo Brenner vor, Gelder veruntreut zu haben.", "Sein Verteidiger bestreitet die Vorwürfe.", "brenner's lawyer"),
        ("en", "Prosecutors accused former mayor Udo Brenner of fraud.", "His lawyer has denied any wrongdoing.", "brenner's lawyer"),
    ])
    func possessedLawyerGoesByTheClient(language: String, first: String, second: String, party: String) {
        let found = Self.denials([first, second], language: language)
        #expect(found == [party], "\(found)")
    }

    /// The denier stands before an intensifier or an aside between commas.
    @Test(arguments: [
        ("de", "Die Staatsanwaltschaft wirft dem früheren Bürgermeister Udo Brenner vor, Gelder veruntreut zu haben.", "Brenner selbst bestreitet jede Schuld.", "udo brenner"),
        ("en", "Prosecutors accused former mayor Udo Brenner of fraud.", "Brenner, of course, denies everything.", "udo brenner"),
    ])
    func denierBeforeAnAside(language: String, first: String, second: String, party: String) {
        let found = Self.denials([first, second], language: language)
        #expect(found == [party], "\(found)")
    }
}
