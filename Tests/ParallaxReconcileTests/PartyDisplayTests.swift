import Foundation
import ParallaxModel
import Testing

@testable import ParallaxReconcile

/// How a brief names a party (round 27): a generic body or group of people — every `generic` label of the claims
/// gazetteers — reads in the brief's language ("Quelle: Polizei", "according to the police"), not as its
/// capitalised English label ("Quelle: Police"); and every sentence of the brief opens with a capital letter.
@Suite struct PartyDisplayTests {
    /// The canonical labels the claims stage gives generic bodies, read from its gazetteers.
    static let genericLabels: [String] = {
        let sources = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Sources/ParallaxClaims/Lexicons")
        var labels: Set<String> = []
        for language in ["de", "en"] {
            let file = sources.appendingPathComponent(language).appendingPathComponent("gazetteer.txt")
            guard let text = try? String(contentsOf: file, encoding: .utf8) else { continue }
            for line in text.split(separator: "\n") where !line.hasPrefix("#") {
                let fields = line.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }
                if fields.count >= 3, fields[2] == "generic" { labels.insert(fields[1]) }
            }
        }
        return labels.sorted()
    }()

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
