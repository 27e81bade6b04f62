import Testing
import ParallaxModel
@testable import ParallaxClaims

/// Round 30 (status30): prior knowledge — that a party knew of a fault before it came out — is the statement `knew of`
/// where the article reports it denied or charged; a negated verb of knowledge asserts nothing; knowledge yields to
/// another act of its sentence; a party named by its kind holds it. Sentences and names written for these tests.
@Suite struct PriorKnowledgeTests {
    /// (language, the charge, its denial): the charge is a statement `knew of`, and the denial contests it.
    @Test(arguments: [
        (
            "de", "Laut dem Elternverband wussten die Stadtwerke Orvik seit Monaten von dem Leck.",
            "Die Stadtwerke Orvik weisen das zurück."
        ),
        (
            "de", "Laut dem Mieterbund kannte die Wohnbau Orvik den Schimmel seit dem Frühjahr.",
            "Die Wohnbau Orvik bestreitet das."
        ),
        (
            "de",
            "Bürgermeister Jens Lorup erhebt schwere Vorwürfe: Das Amt kenne die Mängel seit einer Prüfung im Jahr 2024.",
            "Das Amt widerspricht."
        ),
        ("en", "Residents said Orvik Water had known about the leak for months .", "Orvik Water denied this ."),
        (
            "en", "According to the union, Orvik Water was aware of the cracks since May .",
            "Orvik Water rejected that ."
        ),
    ])
    func deniedKnowledgeIsAStatement(language: String, charge: String, denial: String) throws {
        let claims = DenialLinkTests.statements([charge, denial], language: language)
        let knowledge = try #require(
            claims.first { $0.statement?.predicate == "knew of" }, "\(claims.map { $0.statement?.predicate })")
        let denying = try #require(claims.first { $0.statement?.predicate == "denies" })
        #expect(denying.statement?.denies == knowledge.id)
    }

    /// Knowledge told in passing, with no denial in the article, is left out.
    @Test(arguments: [
        ("de", "Die Stadtwerke Orvik wussten seit Montag von dem Rohrbruch in der Hafenstraße."),
        ("en", "Orvik Water knew the pipe in Harbour Street had burst on Monday ."),
    ])
    func unansweredKnowledgeIsLeftOut(language: String, sentence: String) {
        let predicates = DenialLinkTests.statements([sentence], language: language).compactMap {
            $0.statement?.predicate
        }
        #expect(!predicates.contains("knew of"), "predicates: \(predicates)")
    }

    /// A verb of knowledge negated after it in its own clause asserts no knowledge (and so nothing a denial contests).
    @Test(arguments: [
        ("de", "Die Wohnbau Orvik wusste nichts von dem Schimmel.", "Der Mieterbund bestreitet das."),
        ("de", "Die Wohnbau Orvik kannte das Gutachten nicht.", "Der Mieterbund bestreitet das."),
        ("en", "Orvik Water knew nothing of the leak .", "The residents' group rejected that ."),
    ])
    func negatedKnowledgeAssertsNothing(language: String, sentence: String, denial: String) {
        let predicates = DenialLinkTests.statements([sentence, denial], language: language).compactMap {
            $0.statement?.predicate
        }
        #expect(!predicates.contains("knew of"), "predicates: \(predicates)")
    }

    /// A negation in a later joined clause leaves the knowledge standing (`kannten die Mängel und taten nichts`).
    @Test func aNegationOfALaterClauseLeavesKnowledge() {
        let claims = DenialLinkTests.statements(
            [
                "Laut dem Mieterbund kannte die Wohnbau Orvik die Mängel und tat nichts.",
                "Die Wohnbau Orvik bestreitet das.",
            ],
            language: "de")
        #expect(claims.contains { $0.statement?.predicate == "knew of" }, "\(claims.map { $0.statement?.predicate })")
    }

    /// Another act of the sentence is its statement; the knowledge leads up to it.
    @Test(arguments: [
        ("de", "Laut dem Mieterbund hat die Wohnbau Orvik von dem Schimmel gewusst und die Warnungen ignoriert."),
        ("en", "According to the union, Orvik Water had known about the leak and ignored warnings ."),
    ])
    func knowledgeYieldsToAnotherAct(language: String, sentence: String) {
        let predicates = DenialLinkTests.statements([sentence], language: language).compactMap {
            $0.statement?.predicate
        }
        #expect(predicates.first == "ignored", "predicates: \(predicates)")
    }

    /// An accusation of knowing is a charge of knowledge, kept without a denial.
    @Test(arguments: [
        ("en", "The Orvik mayor accused the water board of knowing about the leak since May ."),
        ("de", "Der Elternverband wirft der Wohnbau Orvik vor, von dem Schimmel gewusst zu haben."),
    ])
    func anAccusationOfKnowingIsACharge(language: String, sentence: String) {
        let predicates = DenialLinkTests.statements([sentence], language: language).compactMap {
            $0.statement?.predicate
        }
        #expect(predicates.first == "knew of", "predicates: \(predicates)")
    }

    /// The pass that keeps knowledge keeps every other claim and knowledge a claim of the article denies.
    @Test func theKeepingPassDropsOnlyUnansweredKnowledge() {
        func statement(_ id: String, _ predicate: String, denies: String? = nil) -> Claim {
            Claim(
                id: id, article: "a1", sentence: "s", text: "t", kind: .statement, subject: nil, attribution: nil,
                time: nil,
                statement: Claim.Statement(subject: nil, predicate: predicate, object: nil, denies: denies), start: 0,
                end: 1)
        }
        let claims = [
            statement("c1", "knew of"), statement("c2", "knew of"), statement("c3", "denies", denies: "c2"),
            statement("c4", "said"),
        ]
        #expect(ClaimExtractor.keepingAnsweredKnowledge(claims).map(\.id) == ["c2", "c3", "c4"])
    }
}
