import Testing

@testable import ParallaxFraming

/// ``SentenceEvidence`` keeps its fields in one shared storage (``SentenceEvidence/Storage``) and copies it
/// only when a copy is changed: a change to one copy never shows in another, and a copy that is not changed
/// shares the storage (the reason for it: copies of evidence retained a dozen references each).
@Suite struct SentenceEvidenceCopyOnWriteTests {
    static let sentences: [(language: String, text: String)] = [
        ("de", "Die Regierung sprach von einem völlig planlosen Chaos, sagte der Sprecher."),
        ("de", "Lichtblick Kinderhilfe nannte die Entscheidung eine Katastrophe."),
        ("en", "The minister called the plan an utter disaster, officials said."),
        ("en", "Our community is clueless about the chaos, according to police."),
    ]

    @Test(arguments: sentences)
    func changedCopiesDoNotShareTheirChanges(language: String, text: String) throws {
        let lexicon = try #require(try FramingLexicons.bundled.get().byLanguage[language])
        let original = SentenceEvidence(text: text, lexicon: lexicon, claimAttribution: nil)
        var copy = original
        #expect(copy.storage === original.storage)
        copy.claimAttribution = "indirect speech continued"
        copy.opinionCues = []
        #expect(copy.storage !== original.storage)
        #expect(original.claimAttribution == nil)
        #expect(copy.claimAttribution == "indirect speech continued")
        #expect(copy.opinionCues.isEmpty)
        // The original still holds what a fresh evidence of the same sentence holds.
        let fresh = SentenceEvidence(text: text, lexicon: lexicon, claimAttribution: nil)
        #expect(original.opinionCues.map(\.order) == fresh.opinionCues.map(\.order))
        #expect(original.attributionCues.map(\.order) == fresh.attributionCues.map(\.order))
        #expect(original.loadedTerms.map(\.order) == fresh.loadedTerms.map(\.order))
        #expect(original.words == fresh.words)
        // Unchanged fields read the same through either copy.
        #expect(copy.loadedTerms.map(\.order) == original.loadedTerms.map(\.order))
        #expect(copy.text == original.text)
    }

    @Test(arguments: sentences)
    func droppingCuesLeavesTheOriginal(language: String, text: String) throws {
        let lexicon = try #require(try FramingLexicons.bundled.get().byLanguage[language])
        let original = SentenceEvidence(text: text, lexicon: lexicon, claimAttribution: nil)
        let before = original.opinionCues.map(\.order)
        let names = original.cueWordsUsedAsNames.union(original.opinionCues.map { original.tokens.foldedWord($0.wordIndices[0]) })
        _ = original.droppingCues(usedAsNames: names)
        #expect(original.opinionCues.map(\.order) == before)
    }
}
