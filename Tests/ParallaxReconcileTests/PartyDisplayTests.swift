import Foundation
import ParallaxModel
import Testing

@testable import ParallaxReconcile

/// How a brief names a party and a statement (round 27): a generic body or group of people — every `generic` label
/// of the claims gazetteers — reads in the brief's language ("Quelle: Polizei", "according to the police"), not as
/// its capitalised English label ("Quelle: Police"); every canonical predicate has a German participle, with its
/// own auxiliary where it is not `habe` ("sei … eingestürzt"); every sentence of the brief opens with a capital.
@Suite struct PartyDisplayTests {
    /// The canonical labels the claims stage gives generic bodies, read from its gazetteers.
    static let genericLabels = claimsLexiconLabels(file: "gazetteer.txt") { $0.count >= 3 && $0[2] == "generic" }
    /// The canonical predicates the claims stage gives statements.
    static let predicates = claimsLexiconLabels(file: "predicates.txt") { $0.count >= 2 }

    /// The second field of the rows of a claims lexicon (both languages) that `keep` accepts.
    static func claimsLexiconLabels(file name: String, keep: ([String]) -> Bool) -> [String] {
        let sources = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Sources/ParallaxClaims/Lexicons")
        var labels: Set<String> = []
        for language in ["de", "en"] {
            let file = sources.appendingPathComponent(language).appendingPathComponent(name)
            guard let text = try? String(contentsOf: file, encoding: .utf8) else { continue }
            for line in text.split(separator: "\n") where !line.hasPrefix("#") {
                let fields = line.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }
                if keep(fields) { labels.insert(fields[1]) }
            }
        }
        return labels.sorted()
    }

    @Test func theGazetteersHaveGenericLabels() {
        #expect(Self.genericLabels.count > 50)
    }

    /// Every generic label has a display name in each brief language.
    @Test(arguments: ["de", "en"])
    func everyGenericLabelHasADisplayName(language: String) {
        let lexicon = ReconcileLexicon.forLanguage(language)
        let missing = Self.genericLabels.filter { lexicon.display["party"]?[$0] == nil }
        #expect(missing.isEmpty, "no \(language) display name for: \(missing.joined(separator: ", "))")
    }

    @Test func everyPredicateHasAGermanParticiple() {
        #expect(Self.predicates.count > 50)
        let lexicon = ReconcileLexicon.forLanguage("de")
        let missing = Self.predicates.filter { lexicon.display["predicate"]?[$0] == nil }
        #expect(missing.isEmpty, "no German participle for: \(missing.joined(separator: ", "))")
    }

    struct StatementCase: Sendable, CustomTestStringConvertible {
        var predicate: String
        var expected: String
        var testDescription: String { predicate }
    }

    /// A statement one article makes reads in German reported speech with the predicate's auxiliary.
    @Test(arguments: [
        StatementCase(predicate: "collapsed", expected: "Nur Wire meldet, Hallendach sei in Messehalle eingestürzt."),
        StatementCase(predicate: "ignored", expected: "Nur Wire meldet, Veranstalter hätten Messehalle ignoriert."),
    ])
    func germanStatementTakesItsAuxiliary(_ example: StatementCase) {
        var story = StoryBuilder()
        let a = story.article(publisher: "Wire", language: "de")
        let subject = example.predicate == "collapsed" ? "hallendach" : "organisers"
        story.statement(a, subject: subject, predicate: example.predicate, object: "messehalle")
        let result = Reconciler(configuration: .init(briefLanguage: "de"))
            .reconcile(articles: story.articles, stories: [story.story], claims: story.claims)
        let text = result.brief.map(\.text).joined(separator: "\n")
        #expect(text.contains(example.expected), "\(text)")
    }

    /// A denial whose party opens the sentence ("the police dispute …") is written with a capital letter.
    @Test func aSentenceOpeningWithAPartyIsCapitalised() {
        var story = StoryBuilder()
        let a = story.article(publisher: "Wire"), b = story.article(publisher: "Daily")
        story.statement(a, subject: "organisers", predicate: "ignored", object: "the warning")
        story.statement(b, subject: "organisers", predicate: "ignored", object: "the warning", deniedBy: "organisers", denies: "c1")
        let result = reconcile(story)
        #expect(!result.brief.isEmpty)
        for sentence in result.brief {
            #expect(sentence.text.first?.isUppercase == true, "\(sentence.text)")
        }
    }
}
