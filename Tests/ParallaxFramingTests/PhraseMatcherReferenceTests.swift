import Foundation
import ParallaxTesting
import Testing

@testable import ParallaxFraming

/// Round 14's matcher (one run of cells per trie node, words passed as ranges, patterns' elements
/// flat) against round 13's, kept below verbatim as ``ReferencePhraseMatcher``: the same matches in the
/// same order, with the same pattern order and word indices, for every list of the bundled lexicons, on
/// seeded random sentences made of the lexicons' own stems (with endings, prefixes, hyphenated and
/// closed compounds) and on the fixture sentences.
@Suite struct PhraseMatcherReferenceTests {
    /// Random words built from the patterns' stems, so that every pattern is hit often.
    static func vocabulary(_ patterns: [LexiconPattern], endings: [[UInt8]], generator: inout SeededGenerator) -> [String] {
        var stems: [String] = []
        for pattern in patterns {
            for element in pattern.elements {
                if case .word(let stem, _, _) = element { stems.append(String(decoding: stem, as: UTF8.self)) }
            }
        }
        if stems.isEmpty { return ["leer"] }
        let extras = ["", "Groß", "klein", "über", "Anti", "Schein", "ung", "chen", "los", "heit", "ÄÖÜ", "straße", "x"]
        var words: [String] = []
        for _ in 0..<4_000 {
            let stem = stems.randomElement(using: &generator)!
            let ending = String(decoding: endings.randomElement(using: &generator) ?? [], as: UTF8.self)
            let extra = extras.randomElement(using: &generator)!
            var word: String
            switch Int.random(in: 0..<8, using: &generator) {
            case 0: word = stem + ending
            case 1: word = extra + stem + ending
            case 2: word = stem + extra
            case 3: word = extra + "-" + stem + ending
            case 4: word = stem + "-" + stems.randomElement(using: &generator)! + ending
            case 5: word = String(stem.prefix(max(1, stem.count - 1))) + ending
            case 6: word = stem.capitalized + ending
            default: word = extra + stem + stems.randomElement(using: &generator)! + ending
            }
            words.append(word)
        }
        return words + [",", "„", "“", "–", ":", "?", "1.000", "10."]
    }

    static func sentences(language: String) -> [String] {
        var result: [String] = []
        for name in ["neutral-sentences", "proceedings-and-naming-roles", "hyphen-negation-neutral-terms"] {
            guard let url = Bundle.module.url(forResource: "Fixtures/\(name)", withExtension: "txt"),
                let text = try? String(contentsOf: url, encoding: .utf8)
            else { continue }
            for line in text.split(separator: "\n") where !line.hasPrefix("#") {
                let fields = line.split(separator: "\t")
                if let text = fields.last { result.append(String(text)) }
            }
        }
        return result
    }

    @Test(arguments: ["de", "en"])
    func matchesEqualRound13Matcher(language: String) throws {
        let seed = SeededGenerator.testSeed
        var generator = SeededGenerator(seed: seed)
        let lexicon = try #require(try FramingLexicons.bundled.get().byLanguage[language])
        let endings = lexicon.sentenceMatcher.endings.map { String(decoding: $0, as: UTF8.self) }
        let matchers: [(String, PhraseMatcher)] = [
            ("sentence", lexicon.sentenceMatcher), ("on-demand", lexicon.onDemandMatcher),
            ("first person", lexicon.firstPersonMatcher), ("attribution mark", lexicon.attributionMarkMatcher),
            ("function words", lexicon.functionWords),
        ]
        for (name, matcher) in matchers {
            let reference = ReferencePhraseMatcher(
                patterns: matcher.patterns,
                endings: name == "function words" ? [] : endings)
            #expect(reference.endings == matcher.endings, "\(name)")
            let words = Self.vocabulary(matcher.patterns, endings: matcher.endings, generator: &generator)
            var texts = Self.sentences(language: language)
            for _ in 0..<400 {
                let count = Int.random(in: 1...30, using: &generator)
                texts.append((0..<count).map { _ in words.randomElement(using: &generator)! }.joined(separator: " "))
            }
            for text in texts {
                let tokens = WordTokenizer().tokenize(text)
                let fast = matcher.matches(in: tokens)
                let old = reference.matches(in: tokens)
                #expect(fast == old, "seed \(seed), \(language) \(name): \(text)")
                #expect(fast.map(\.order) == old.map(\.order), "seed \(seed), \(language) \(name): \(text)")
            }
        }
    }

    /// Tries of every shape: empty, one pattern, stems sharing long prefixes and heads, a node with more
    /// children than a short list holds (a row of 256 slots below the root).
    @Test(arguments: [21, 22, 23] as [UInt64])
    func smallMatchersEqualRound13Matcher(seed: UInt64) throws {
        var generator = SeededGenerator(seed: seed)
        let letters = Array("abcdefghijklmnoprstuvwzäöüß-")
        let endings = ["", "e", "en", "er", "es", "s", "n"]
        for _ in 0..<40 {
            var sources: [String] = []
            for _ in 0..<Int.random(in: 0...60, using: &generator) {
                let stem = String((0..<Int.random(in: 1...5, using: &generator)).map { _ in letters[Int.random(in: 0..<letters.count - 1, using: &generator)] })
                let shape = Int.random(in: 0..<6, using: &generator)
                switch shape {
                case 0: sources.append(stem + "*")
                case 1: sources.append("*" + stem)
                case 2: sources.append("*" + stem + "*")
                case 3: sources.append("^ " + stem)
                case 4: sources.append(stem + " … " + String(stem.reversed()))
                default: sources.append(stem)
                }
            }
            let patterns = try sources.enumerated().map { index, source in
                try LexiconPattern(
                    label: "x", source: source, list: index % 2 == 0 ? .loadedTerms : .opinionCues, file: "test", line: index + 1)
            }
            let matcher = PhraseMatcher(patterns: patterns, endings: endings)
            let reference = ReferencePhraseMatcher(patterns: patterns, endings: endings)
            for _ in 0..<50 {
                let text = (0..<Int.random(in: 1...12, using: &generator)).map { _ in
                    String((0..<Int.random(in: 1...9, using: &generator)).map { _ in letters.randomElement(using: &generator)! })
                }.joined(separator: " ")
                let tokens = WordTokenizer().tokenize(text)
                #expect(matcher.matches(in: tokens) == reference.matches(in: tokens), "seed \(seed): \(sources) in \(text)")
                #expect(
                    matcher.matches(in: tokens).map(\.order) == reference.matches(in: tokens).map(\.order),
                    "seed \(seed): \(sources) in \(text)")
            }
        }
    }
}

// MARK: - Round 13's matcher, verbatim but for names and access (the reference of the tests above)

/// Finds the patterns of one lexicon in a sentence's words.
///
/// Patterns are indexed by their first word in two byte tries, so that a word costs one walk down
/// its bytes, not a scan of the lexicon: a forward trie holds every exact stem with each inflection
/// ending, and prefix stems (`stem*`); a backward trie holds every compound head (`*stem`) with each
/// ending, reversed, walked once from the end of the word. The few `*stem*` patterns are checked one by
/// one.
final class ReferencePhraseMatcher {
    typealias Match = PhraseMatcher.Match

    let patterns: [LexiconPattern]
    /// Inflection endings as UTF-8, the empty ending first.
    let endings: [[UInt8]]
    private let forward: ReferenceByteTrie
    private let backward: ReferenceByteTrie
    private let containing: [Int]
    /// Per pattern, what the match loop asks of every candidate, in one byte (``anchoredShape``,
    /// ``singleWordShape``, ``partShape``): reading these from the patterns themselves cost a cache miss
    /// per candidate (half of the loop's own time by profile, round 13).
    private let shapes: [UInt8]
    /// The pattern is anchored to the sentence's first word (`^`).
    private static let anchoredShape: UInt8 = 1
    /// The pattern is one word element.
    private static let singleWordShape: UInt8 = 2
    /// The pattern is one word of a loaded term or headline cue: it also matches one part of a
    /// hyphenated compound.
    private static let partShape: UInt8 = 4
    /// The pattern is a compound head that needs a first part (`+stem`; framing14's rule, added to the reference at
    /// the merge so that both matchers implement the same lexicon semantics).
    private static let compoundShape: UInt8 = 8

    /// Indexes `patterns`.
    /// - Parameter endings: the language's inflection endings; the empty ending is added if missing.
    init(patterns: [LexiconPattern], endings: [String]) {
        self.patterns = patterns
        self.endings = [[]] + endings.filter { !$0.isEmpty }.map { Array($0.utf8) }
        var forward = ReferenceByteTrie()
        var backward = ReferenceByteTrie()
        var containing: [Int] = []
        for (index, pattern) in patterns.enumerated() {
            guard case .word(let stem, let prefix, let head) = pattern.elements[0] else { continue }
            switch (prefix, head) {
            case _ where pattern.bare: forward.insert(stem, pattern: index, kind: .bare)
            case (true, true): containing.append(index)
            case (true, false): forward.insert(stem, pattern: index, kind: .prefix)
            case (false, true):
                for ending in self.endings { backward.insert((stem + ending).reversed(), pattern: index, kind: .bare) }
            case (false, false):
                for ending in self.endings { forward.insert(stem + ending, pattern: index, kind: .bare) }
            }
        }
        forward.freeze()
        backward.freeze()
        self.forward = forward
        self.backward = backward
        self.containing = containing
        self.shapes = patterns.map { pattern in
            let single = pattern.elements.count == 1
            return (pattern.anchored ? Self.anchoredShape : 0) | (single ? Self.singleWordShape : 0)
                | (single && (pattern.list == .loadedTerms || pattern.list == .headlineCues) ? Self.partShape : 0)
                | (pattern.compoundOnly ? Self.compoundShape : 0)
        }
    }

    /// Every match in `text`, in order of the first word; overlapping matches of different patterns
    /// are all returned.
    ///
    /// A single-word loaded term or headline cue also matches as a part of a hyphenated compound
    /// ("Flammen-Hölle", "Chaos-Wahl", "Schock-Urteil"): the whole compound is then the match. So does one
    /// that matches the compound with its hyphens left out ("Klima-Apostel" for `klimaapostel`).
    /// - Complexity: O(w · l) for w words of at most l bytes.
    func matches(in text: TokenizedText) -> [Match] {
        var found: [Match] = []
        var candidates: [Int] = []
        var indices: [Int] = []
        for start in text.words.indices {
            candidates.removeAll(keepingCapacity: true)
            let word = text.folded[text.words[start].bytes]
            collectCandidates(word, into: &candidates)
            let wholeWordCount = candidates.count
            if word.contains(UInt8(ascii: "-")) {
                for part in word.split(separator: UInt8(ascii: "-")) where part.count < word.count {
                    collectCandidates(part, into: &candidates)
                }
                // Round 13: the compound written without its hyphens ("Klima-Apostel" as "klimaapostel"),
                // so that a listed closed compound or compound head also finds its hyphenated spelling.
                collectCandidates(ArraySlice(word.filter { $0 != UInt8(ascii: "-") }), into: &candidates)
            }
            if candidates.isEmpty { continue }
            for (position, candidate) in candidates.enumerated() {
                let shape = shapes[candidate]
                guard start == 0 || shape & Self.anchoredShape == 0, !candidates[..<position].contains(candidate)
                else { continue }
                if shape & Self.compoundShape != 0, !patterns[candidate].isCompound(word, endings: endings) { continue }
                if position >= wholeWordCount {
                    if shape & Self.partShape != 0 {
                        found.append(Match(pattern: patterns[candidate], order: candidate, wordIndices: [start]))
                    }
                } else if shape & Self.singleWordShape != 0 {
                    found.append(Match(pattern: patterns[candidate], order: candidate, wordIndices: [start]))
                } else if match(patterns[candidate].elements, in: text, from: start, into: &indices) {
                    found.append(Match(pattern: patterns[candidate], order: candidate, wordIndices: indices))
                }
            }
        }
        return found
    }

    /// Adds the patterns whose first word matches `word`.
    private func collectCandidates(_ word: ArraySlice<UInt8>, into result: inout [Int]) {
        // Forward: prefix stems along the way, exact stems where the rest is an ending.
        var node = 0
        var position = word.startIndex
        while position < word.endIndex, let child = forward.child(of: node, byte: word[position]) {
            node = child
            position += 1
            let flags = forward.flags[node]
            if flags == 0 { continue }
            if flags & 2 != 0 { result += forward.prefixHits[node] }
            if flags & 4 != 0, position == word.endIndex { result += forward.bareHits[node] }
        }
        // Backward: compound heads; the trie holds every head with every ending, reversed.
        node = 0
        position = word.endIndex - 1
        while position >= word.startIndex, let child = backward.child(of: node, byte: word[position]) {
            node = child
            if backward.flags[node] != 0 { result += backward.bareHits[node] }
            position -= 1
        }
        for index in containing {
            if case .word(let stem, _, _) = patterns[index].elements[0],
                LexiconPattern.matches(word, stem: stem, prefix: true, head: true, endings: endings)
            {
                result.append(index)
            }
        }
    }

    /// Whether `elements` match with the first element at `start`; `indices` receives the indices of
    /// the matching words (a buffer reused across calls, so that a failed match allocates nothing).
    private func match(
        _ elements: [LexiconPattern.Element], in text: TokenizedText, from start: Int, into indices: inout [Int]
    ) -> Bool {
        indices.removeAll(keepingCapacity: true)
        indices.append(start)
        var position = start + 1
        var elementIndex = 1
        while elementIndex < elements.count {
            var allowedGap = 0
            while elementIndex < elements.count, case .gap = elements[elementIndex] {
                allowedGap += LexiconPattern.maximumGap
                elementIndex += 1
            }
            guard elementIndex < elements.count,
                case .word(let stem, let prefix, let head) = elements[elementIndex]
            else { return false }
            var matched: Int?
            var probe = position
            while probe < text.words.count, probe <= position + allowedGap {
                if LexiconPattern.matches(
                    text.folded[text.words[probe].bytes], stem: stem, prefix: prefix, head: head, endings: endings)
                {
                    matched = probe
                    break
                }
                probe += 1
            }
            guard let next = matched else { return false }
            indices.append(next)
            position = next + 1
            elementIndex += 1
        }
        return true
    }
}

/// A trie over bytes whose nodes list the patterns that end there.
///
/// Stored as parallel arrays, so that walking it reads a flag byte per node and touches the hit
/// lists only where a pattern ends. Nodes with many children (the root and the first letters, where
/// every word passes) get a row of 256 child slots; the others keep a short list scanned linearly.
/// Once built (``freeze()``), the short lists of all nodes stand in two flat arrays, node after node:
/// a list of its own per node cost a cache miss on every step of a walk (about a third of the
/// matcher's own time by profile, round 13).
struct ReferenceByteTrie {
    enum Kind { case prefix, bare }

    /// Children of each node as (byte, node index), few per node, while the trie is built.
    private var children: [[(UInt8, Int)]] = [[]]
    /// Per node: bit 1 prefix hits, bit 2 whole-word hits.
    var flags: [UInt8] = [0]
    var prefixHits: [[Int]] = [[]]
    var bareHits: [[Int]] = [[]]
    /// Per node, the start of its row in `denseChildren`, or -1 when it has no row.
    private var denseRow: [Int32] = [0]
    /// Rows of 256 child slots (0 = none); the root's row comes first.
    private var denseChildren = [Int32](repeating: 0, count: 256)
    /// After ``freeze()``: node `n`'s short list is `sparseKeys[sparseStart[n]..<sparseStart[n + 1]]`
    /// with the children at the same positions of `sparseChildren`; empty before.
    private var sparseStart: [Int32] = []
    private var sparseKeys: [UInt8] = []
    private var sparseChildren: [Int32] = []

    /// How many children make a node worth a row of 256 slots.
    private static let denseThreshold = 6

    /// The child of `node` along `byte`, in a frozen trie (see ``freeze()``); kept small so that the
    /// walks inline it.
    @inline(__always)
    func child(of node: Int, byte: UInt8) -> Int? {
        let row = denseRow[node]
        if row >= 0 {
            let child = denseChildren[Int(row) + Int(byte)]
            return child == 0 ? nil : Int(child)
        }
        var position = Int(sparseStart[node])
        let end = Int(sparseStart[node + 1])
        while position < end {
            if sparseKeys[position] == byte { return Int(sparseChildren[position]) }
            position += 1
        }
        return nil
    }

    /// The child of `node` along `byte` while the trie is built.
    private func builtChild(of node: Int, byte: UInt8) -> Int? {
        let row = denseRow[node]
        if row >= 0 {
            let child = denseChildren[Int(row) + Int(byte)]
            return child == 0 ? nil : Int(child)
        }
        for (key, child) in children[node] where key == byte { return child }
        return nil
    }

    /// Lays the short child lists out flat, for walking; no ``insert(_:pattern:kind:)`` may follow.
    mutating func freeze() {
        sparseStart = [Int32](repeating: 0, count: children.count + 1)
        sparseKeys = []
        sparseChildren = []
        for (node, list) in children.enumerated() {
            sparseStart[node] = Int32(sparseKeys.count)
            if denseRow[node] < 0 {
                for (key, child) in list {
                    sparseKeys.append(key)
                    sparseChildren.append(Int32(child))
                }
            }
        }
        sparseStart[children.count] = Int32(sparseKeys.count)
        children = []
    }

    mutating func insert<Bytes: Sequence<UInt8>>(_ bytes: Bytes, pattern: Int, kind: Kind) {
        precondition(sparseStart.isEmpty, "ReferenceByteTrie.insert after freeze()")
        var node = 0
        for byte in bytes {
            if let next = builtChild(of: node, byte: byte) {
                node = next
                continue
            }
            children.append([])
            flags.append(0)
            prefixHits.append([])
            bareHits.append([])
            denseRow.append(-1)
            let created = children.count - 1
            children[node].append((byte, created))
            if denseRow[node] >= 0 {
                denseChildren[Int(denseRow[node]) + Int(byte)] = Int32(created)
            } else if children[node].count > Self.denseThreshold {
                denseRow[node] = Int32(denseChildren.count)
                denseChildren += [Int32](repeating: 0, count: 256)
                for (key, child) in children[node] { denseChildren[Int(denseRow[node]) + Int(key)] = Int32(child) }
            }
            node = created
        }
        switch kind {
        case .prefix:
            prefixHits[node].append(pattern)
            flags[node] |= 2
        case .bare:
            bareHits[node].append(pattern)
            flags[node] |= 4
        }
    }
}
