import Foundation
import ParallaxModel
import Testing
@testable import ParallaxClaims

/// A party that neither confirms nor denies an account denies nothing (round 28): a negated verb of confirming or denying
/// (`weder bestätigt noch dementiert`, `has not confirmed`, `did not deny`) leaves the account open, where a verb of denial
/// that is not negated still denies. Sentences written for these tests.
@Suite struct OpenVerdictTests {
    static func denials(_ sentences: [String], language: String) -> [Claim] {
        let article = FixtureArticle.make(paragraphs: [["Lieferung nach Varnholm"], sentences], language: language, published: "2031-05-06")
        return ClaimExtractor().extract(from: article).filter { $0.statement?.isDenial ?? false }
    }

    @Test(arguments: [
        ("de", "Die Lieferung kam überraschend, da Varnholm und Kestrien die Vereinbarung zuvor weder offiziell bestätigt noch dementiert hatten."),
        ("de", "Das Verteidigungsministerium hat die Berichte über die Lieferung bisher nicht bestätigt, sagte ein Sprecher."),
        ("en", "The shipment came as a surprise, as Varnholm had neither confirmed nor denied the agreement."),
        ("en", "The defence ministry has not confirmed the reports of the shipment, a spokesman said."),
    ])
    func leavingAnAccountOpenDeniesNothing(language: String, sentence: String) {
        let found = Self.denials(["Varnholm hat die Lieferung von Ersatzteilen angekündigt.", sentence], language: language)
        #expect(found.isEmpty, "denials: \(found.compactMap(\.statement))")
    }

    /// The control: a verb of denial that is not negated still denies.
    @Test(arguments: [
        ("de", "Kestrien bestreitet die Vereinbarung."),
        ("en", "Kestria denied the agreement."),
    ])
    func aPlainDenialStillDenies(language: String, sentence: String) {
        let found = Self.denials(["Varnholm hat die Lieferung von Ersatzteilen angekündigt.", sentence], language: language)
        #expect(!found.isEmpty)
    }
}
