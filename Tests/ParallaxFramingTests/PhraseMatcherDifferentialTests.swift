import ParallaxTesting
import Testing

@testable import ParallaxFraming

/// The trie-indexed matcher and the byte tokenizer against the obvious versions, on seeded random
/// sentences built from lexicon-like words.
@Suite struct PhraseMatcherDifferentialTests {
    static let endings = ["", "e", "en", "es", "s", "er"]
    static let sources = [
        "held*", "*regime", "heroisch", "sollte … verstanden werden", "laut", "*held", "^ wer … darf sich",
        "zeigt deutlich", "*gender*", "nach … angaben", "befreiung", "kim-regime", "don't",
        // Stems anywhere in a word, nested and repeated (the trie walked from every position).
        "*angst*", "*ang*",
        // Round 14: a compound head that needs a first part.
        "+held",
    ]
    static let vocabulary = [
        "Held", "Helden", "Heldentum", "Kim-Regimes", "Regime", "Terrorregime", "heroischen", "heroisch",
        "sollte", "als", "Weckruf", "verstanden", "werden", "Laut", "laut", "Feldherr", "Kriegsheld",
        "zeigt", "deutlich", "Gender-Debatten", "nach", "südkoreanischen", "Angaben", "Befreiung",
        "Wer", "spart", "darf", "sich", "nicht", "wundern", "don't", "Ärger", "ÜBER", "Straße", "1.000",
        "Helden-Nacht", "Befreiung-Show", "Regime-Nähe", "Anti-Heroisch",
        "Angstangst", "Zwangsangst", "Gangster", "Angst", "Panikmache", "Genderangst",
    ]

    /// The obvious matcher: every pattern tried at every word.
    func naiveMatches(_ patterns: [LexiconPattern], _ text: TokenizedText, endings: [String]) -> [String] {
        let endingBytes = [[]] + endings.filter { !$0.isEmpty }.map { Array($0.utf8) }
        var found: [String] = []
        for start in text.words.indices {
            for pattern in patterns where start == 0 || !pattern.anchored {
                var indices: [Int] = []
                var position = start
                var gap = 0
                var ok = true
                for element in pattern.elements {
                    guard case .word(let stem, let prefix, let head) = element else {
                        gap += LexiconPattern.maximumGap
                        continue
                    }
                    let limit = indices.isEmpty ? start : min(text.words.count - 1, position + gap)
                    var hit: Int?
                    if position <= limit {
                        for probe in position...limit where LexiconPattern.matches(
                            text.folded[text.words[probe].bytes], stem: stem, prefix: prefix, head: head,
                            endings: endingBytes)
                        {
                            hit = probe
                            break
                        }
                    }
                    guard let matched = hit else {
                        ok = false
                        break
                    }
                    indices.append(matched)
                    position = matched + 1
                    gap = 0
                }
                if !ok, pattern.elements.count == 1, case .word(let stem, let prefix, let head) = pattern.elements[0] {
                    // A single-word loaded term may be one part of a hyphenated compound.
                    let word = text.folded[text.words[start].bytes]
                    ok = word.split(separator: UInt8(ascii: "-")).count > 1
                        && word.split(separator: UInt8(ascii: "-")).contains {
                            LexiconPattern.matches($0, stem: stem, prefix: prefix, head: head, endings: endingBytes)
                        }
                    indices = [start]
                }
                if ok, pattern.compoundOnly, case .word(let stem, _, _) = pattern.elements[0] {
                    // The whole word is longer than the head and an ending, and ends with them.
                    let word = String(decoding: text.folded[text.words[start].bytes], as: UTF8.self)
                    let head = String(decoding: stem, as: UTF8.self)
                    ok = ([""] + endings).contains { word.hasSuffix(head + $0) && word.count > (head + $0).count }
                }
                if ok { found.append("\(pattern.source)@\(indices)") }
            }
        }
        return found.sorted()
    }

    @Test(arguments: [1, 2, 3, 4, 5, 6, 7, 8] as [UInt64])
    func matcherAgreesWithNaiveMatching(seed: UInt64) throws {
        var generator = SeededGenerator(seed: seed)
        let patterns = try Self.sources.enumerated().map { index, source in
            try LexiconPattern(label: "x", source: source, list: .loadedTerms, file: "test", line: index + 1)
        }
        let matcher = PhraseMatcher(patterns: patterns, endings: Self.endings)
        for _ in 0..<200 {
            let count = Int.random(in: 1...12, using: &generator)
            let sentence = (0..<count).map { _ in Self.vocabulary.randomElement(using: &generator)! }
                .joined(separator: Bool.random(using: &generator) ? " " : ", ")
            let text = WordTokenizer().tokenize(sentence)
            let fast = matcher.matches(in: text).map { "\($0.pattern.source)@\($0.wordIndices)" }.sorted()
            let naive = naiveMatches(patterns, text, endings: Self.endings)
            #expect(fast == naive, "seed \(seed): \(sentence)")
        }
    }

    /// The obvious tokenizer over characters: letters and digits, joined across - ' ’ between them.
    func referenceWords(_ text: String) -> [String] {
        let characters = Array(text)
        var words: [String] = []
        var current = ""
        for (index, character) in characters.enumerated() {
            if character.isLetter || character.isNumber {
                current.append(character)
            } else if !current.isEmpty, "-'’".contains(character), index + 1 < characters.count,
                characters[index + 1].isLetter || characters[index + 1].isNumber
            {
                current.append(character)
            } else if !current.isEmpty {
                words.append(current)
                current = ""
            }
        }
        if !current.isEmpty { words.append(current) }
        return words
    }

    @Test(arguments: [11, 12, 13, 14] as [UInt64])
    func tokenizerAgreesWithStringLowercasing(seed: UInt64) {
        var generator = SeededGenerator(seed: seed)
        let pieces = Self.vocabulary + ["„Zitat“", "(Klammer)", "–", "…", "ÄÖÜ-Straße", "İstanbul", "Ωmega", "naïve"]
        for _ in 0..<200 {
            let count = Int.random(in: 1...10, using: &generator)
            let sentence = (0..<count).map { _ in pieces.randomElement(using: &generator)! }.joined(separator: " ")
            let text = WordTokenizer().tokenize(sentence)
            for index in text.words.indices {
                #expect(text.foldedWord(index) == text.written(index).lowercased(), "seed \(seed): \(sentence)")
            }
            let written = text.words.indices.map { text.written($0) }
            #expect(written == referenceWords(sentence), "seed \(seed): \(sentence)")
        }
    }
}
