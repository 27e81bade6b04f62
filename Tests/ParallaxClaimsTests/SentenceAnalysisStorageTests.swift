import ParallaxModel
import Testing

@testable import ParallaxClaims

/// ``SentenceAnalysis`` keeps its fields in a shared box (round 21): copies share it until one is written, and a write
/// changes only the value written — as a struct with its fields inline behaves.
@Suite struct SentenceAnalysisStorageTests {
    static func analysis() -> SentenceAnalysis {
        let text = "Laut Polizei wurden 12 Menschen verletzt."
        let sentence = Sentence(id: "s1", text: text, role: .reporting, start: 0, end: text.utf16.count, paragraph: 0)
        return SentenceAnalysis(
            sentence: sentence, tokenized: TokenizedSentence(text: text, base: 0), entities: [], times: [], quantities: [],
            attribution: SentenceAttribution(stated: nil, hedged: false, hedgeCue: nil, sourceRange: nil), effective: nil)
    }

    @Test func aWrittenCopyLeavesTheOriginal() {
        let original = Self.analysis()
        var copy = original
        copy.effective = Attribution(text: "laut Polizei", source: "police", hedged: false, why: "test")
        copy.tokenized.tokens.removeLast()
        copy.attribution.hedged = true
        #expect(original.effective == nil)
        #expect(original.tokenized.tokens.count == copy.tokenized.tokens.count + 1)
        #expect(!original.attribution.hedged)
        #expect(copy.effective?.source == "police")
        #expect(copy.attribution.hedged)
    }

    @Test func anArrayElementIsWrittenInPlace() {
        var analyses = [Self.analysis(), Self.analysis()]
        let kept = analyses
        analyses[1].effective = Attribution(text: "x", source: "y", hedged: true, why: "z")
        #expect(analyses[1].effective?.source == "y")
        #expect(analyses[0].effective == nil)
        #expect(kept[1].effective == nil)
    }
}
