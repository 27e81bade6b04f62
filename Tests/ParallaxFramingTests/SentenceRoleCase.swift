import ParallaxModel
import Testing

@testable import ParallaxFraming

/// One invented article (its blocks in order) and the role expected for its last sentence, with the start of the
/// reason the analyser gives: the case format of the sentence-role suites (``LoadedFamilyAndRoleContextTests``,
/// ``DistancingLabelAndScornTests``, ``QuotationTrackingTests`` and others).
struct SentenceRoleCase: Sendable, CustomTestStringConvertible {
    var rule: String
    var blocks: [String]
    var language: String
    var publisher: String?
    /// The role and the start of the reason of the last sentence.
    var role: Sentence.Role
    var why: String
    var testDescription: String { rule }
}

extension SentenceRoleCase {
    /// Analyses the case's blocks and checks the role and the start of the reason of the last sentence.
    func check() throws {
        let article = FramingAnalyzer().analyze(
            ArticleMaker.article(blocks, language: language, publisher: publisher), claims: [])
        let last = try #require(article.sentences.last)
        #expect(last.role == role)
        #expect(last.why?.hasPrefix(why) == true, "\(last.why ?? "nil")")
    }
}
