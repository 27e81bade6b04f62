import Testing

@testable import ParallaxClaims

/// ``SpacedWords/contains(_:in:)`` (round 28, claims speed) must answer as the split it replaced,
/// `text.split(separator: " ").contains { $0 == word }`: on invented labels, on words in decomposed form and other scripts,
/// and on seeded random labels.
@Suite struct SpacedWordsTests {
    static func reference(_ word: String, _ text: String) -> Bool {
        text.split(separator: " ").contains { $0 == word }
    }

    static let cases: [(word: String, text: String)] = [
        ("nordkai", "nordkai logistik"), ("logistik", "nordkai logistik"), ("nord", "nordkai logistik"),
        ("kai", "nordkai logistik"), ("", "nordkai logistik"), ("", ""), ("a", ""), ("regierung", "italienische  regierung "),
        ("straße", "amt für straße"), ("strasse", "amt für straße"), ("für", "amt für straße"), ("fu\u{308}r", "amt für straße"),
        ("für", "amt fu\u{308}r straße"), ("café", "das café am eck"), ("cafe\u{301}", "das café am eck"),
        ("ελλάδα", "bank ελλάδα"), ("bank", "bank ελλάδα"), ("x", " x"), ("x", "x "), ("x y", "x y"),
        ("ministry", "justice ministry"), ("justice", "justice\u{A0}ministry"),
    ]

    @Test(arguments: cases.indices)
    func sameAsSplit(_ position: Int) {
        let (word, text) = Self.cases[position]
        #expect(SpacedWords.contains(word, in: text) == Self.reference(word, text), "\(word) in \(text)")
    }

    /// Seeded random labels of words with spaces (single, doubled, at the ends) and words asked of them.
    @Test func randomLabels() {
        let pool = ["amt", "für", "fu\u{308}r", "straße", "a", "ab", "abc", "é", "e\u{301}", "Ω", "ünd", "x-y", "'s", "\u{A0}", ""]
        var state: UInt64 = 2028
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
        var found = 0
        for _ in 0..<3000 {
            let text = (0..<(next(5))).map { _ in pool[next(pool.count)] }.joined(separator: next(4) == 0 ? "  " : " ")
            let word = pool[next(pool.count)]
            let answer = SpacedWords.contains(word, in: text)
            #expect(answer == Self.reference(word, text), "\(word) in \(text)")
            if answer { found += 1 }
        }
        #expect(found > 0)
    }
}
