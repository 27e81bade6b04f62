/// Finds the patterns of one lexicon in a sentence's words.
///
/// Patterns are indexed by their first word in two byte tries, so that a word costs one walk down
/// its bytes, not a scan of the lexicon: a forward trie holds every exact stem with each inflection
/// ending, and prefix stems (`stem*`); a backward trie holds every compound head (`*stem`) with each
/// ending, reversed, walked once from the end of the word. The few `*stem*` patterns are checked one by
/// one.
package final class PhraseMatcher: Sendable {
    /// One pattern found in a sentence.
    package struct Match: Sendable, Equatable {
        /// The pattern that matched.
        package var pattern: LexiconPattern
        /// The pattern's position in the matcher's list: lower comes first in the lexicon files.
        package var order: Int
        /// Indices of the words that matched the pattern's word elements, in order.
        package var wordIndices: [Int]
    }

    package let patterns: [LexiconPattern]
    /// Inflection endings as UTF-8, the empty ending first.
    package let endings: [[UInt8]]
    private let forward: ByteTrie
    private let backward: ByteTrie
    /// The `*stem*` patterns, checked one by one: the pattern's index and its stem in ``stemBytes``.
    private let containing: [(pattern: Int, stem: Range<Int>)]
    /// Per pattern, what the match loop asks of every candidate, in one byte (``anchoredShape``,
    /// ``singleWordShape``, ``partShape``): reading these from the patterns themselves cost a cache miss
    /// per candidate (half of the loop's own time by profile, round 13).
    private let shapes: [UInt8]
    /// Every pattern's elements, pattern after pattern: pattern `p`'s run from the ``elementStartFact``
    /// to the ``elementEndFact`` of its facts in ``requiredWords``. Matching reads these plain values
    /// instead of the patterns' enum payloads (an array each, retained and released per comparison).
    private let elements: [FlatElement]
    /// The word elements' stems, one after another (``FlatElement/stem`` ranges into it).
    private let stemBytes: [UInt8]
    /// ``endings``, one after another, and each ending's range in it (the empty ending first).
    private let endingBytes: [UInt8]
    private let endingRanges: [Range<Int>]
    /// The pattern is anchored to the sentence's first word (`^`).
    private static let anchoredShape: UInt8 = 1
    /// The pattern is one word element.
    private static let singleWordShape: UInt8 = 2
    /// The pattern is one word of a loaded term or headline cue: it also matches one part of a
    /// hyphenated compound.
    private static let partShape: UInt8 = 4
    /// The pattern is a compound head that needs a first part (`+stem`, round 14).
    private static let compoundShape: UInt8 = 8
    /// Per pattern, the ``WordSignature`` bits of its word elements after the first whose stem opens a
    /// word (exact and prefix stems of two bytes or more), ``WordSignature/lanes`` cells each: a sentence
    /// whose signature lacks one of these bits cannot hold the pattern. Round 16: one run of the framing
    /// benchmark made 1.28 million candidates (1.20 million multi-word attempts) for 32,889 matches —
    /// every occurrence of a listed first word ("die", "nicht") walked the patterns' later words.
    /// The trie's hits carry the folded bits (``WordSignature/summary(_:at:)``), so most such candidates
    /// are never collected.
    ///
    /// Round 21: each pattern's ``factStride`` words hold, after its ``WordSignature/lanes`` cells, where
    /// its elements start and end in ``elements``, so that a multi-word candidate reads its signature bits
    /// and its elements' bounds from one place: the signature test and the bounds, read from two arrays,
    /// were two cache misses per candidate by profile (a sixth of the matcher's own time).
    private let requiredWords: [UInt64]
    /// The words of one pattern's facts in ``requiredWords``.
    private static let factStride = WordSignature.lanes + 2
    /// The offset of a pattern's first element in ``elements``, within its facts.
    private static let elementStartFact = WordSignature.lanes
    /// The offset just after its last element, within its facts.
    private static let elementEndFact = WordSignature.lanes + 1

    /// One element of a pattern as plain values: a word's stem as a range of ``stemBytes`` (empty for a
    /// gap: stems are never empty) and how it may be extended.
    private struct FlatElement {
        var stem: Range<Int>
        var prefix: Bool
        var head: Bool
        var isGap: Bool { stem.isEmpty }
    }

    /// Indexes `patterns`.
    /// - Parameter endings: the language's inflection endings; the empty ending is added if missing.
    package init(patterns: [LexiconPattern], endings: [String]) {
        self.patterns = patterns
        self.endings = [[]] + endings.filter { !$0.isEmpty }.map { Array($0.utf8) }
        var requiredWords = [UInt64](repeating: 0, count: patterns.count * Self.factStride)
        for (index, pattern) in patterns.enumerated() {
            for element in pattern.elements.dropFirst() {
                guard case .word(let stem, _, let head) = element, !head, stem.count >= 2 else { continue }
                let bit = WordSignature.bit(stem[0], stem[1])
                requiredWords[index * Self.factStride + (bit >> 6)] |= 1 << UInt64(bit & 63)
            }
        }
        var forward = ByteTrie()
        var backward = ByteTrie()
        var containing: [(pattern: Int, stem: Range<Int>)] = []
        var elements: [FlatElement] = []
        var elementStarts: [Int] = []
        var stemBytes: [UInt8] = []
        for (index, pattern) in patterns.enumerated() {
            elementStarts.append(elements.count)
            for element in pattern.elements {
                guard case .word(let stem, let prefix, let head) = element else {
                    elements.append(FlatElement(stem: 0..<0, prefix: false, head: false))
                    continue
                }
                let range = stemBytes.count..<(stemBytes.count + stem.count)
                elements.append(FlatElement(stem: range, prefix: prefix, head: head))
                stemBytes += stem
            }
            guard case .word(let stem, let prefix, let head) = pattern.elements[0] else { continue }
            let needs = WordSignature.summary(requiredWords, at: index * Self.factStride)
            switch (prefix, head) {
            case _ where pattern.bare: forward.insert(stem, pattern: index, kind: .bare, needs: needs)
            case (true, true): containing.append((index, elements[elementStarts[index]].stem))
            case (true, false): forward.insert(stem, pattern: index, kind: .prefix, needs: needs)
            case (false, true):
                for ending in self.endings {
                    backward.insert((stem + ending).reversed(), pattern: index, kind: .bare, needs: needs)
                }
            case (false, false):
                for ending in self.endings { forward.insert(stem + ending, pattern: index, kind: .bare, needs: needs) }
            }
        }
        elementStarts.append(elements.count)
        for index in patterns.indices {
            requiredWords[index * Self.factStride + Self.elementStartFact] = UInt64(elementStarts[index])
            requiredWords[index * Self.factStride + Self.elementEndFact] = UInt64(elementStarts[index + 1])
        }
        self.requiredWords = requiredWords
        forward.freeze()
        backward.freeze()
        self.forward = forward
        self.backward = backward
        self.containing = containing
        self.elements = elements
        self.stemBytes = stemBytes
        var endingBytes: [UInt8] = []
        var endingRanges: [Range<Int>] = []
        for ending in self.endings {
            endingRanges.append(endingBytes.count..<(endingBytes.count + ending.count))
            endingBytes += ending
        }
        self.endingBytes = endingBytes
        self.endingRanges = endingRanges
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
    ///
    /// Words are passed on as ranges of the folded buffer, not as slices (a slice retains and releases
    /// the buffer: a tenth of framing by profile, round 14).
    /// - Complexity: O(w · l) for w words of at most l bytes.
    package func matches(in text: TokenizedText) -> [Match] {
        var found: [Match] = []
        var candidates: [Int] = []
        var indices: [Int] = []
        var joined: [UInt8] = []
        let folded = text.folded
        let words = text.words
        let hyphen = UInt8(ascii: "-")
        let signature = WordSignature(folded, words)
        for start in words.indices {
            // Most words leave the list empty; emptying an empty array still cost a call of about 70 instructions a word
            // (round 28: 3 % of the framing stage by callgrind).
            if !candidates.isEmpty { candidates.removeAll(keepingCapacity: true) }
            let word = words[start].bytes
            collectCandidates(folded, word, into: &candidates, having: signature.summary)
            let wholeWordCount = candidates.count
            var hasHyphen = false
            for position in word where folded[position] == hyphen {
                hasHyphen = true
                break
            }
            if hasHyphen {
                // Each part between hyphens (never the whole word: it has a hyphen).
                var partStart = word.lowerBound
                for position in word.lowerBound...word.upperBound
                where position == word.upperBound || folded[position] == hyphen {
                    if position > partStart {
                        collectCandidates(folded, partStart..<position, into: &candidates, having: signature.summary)
                    }
                    partStart = position + 1
                }
                // Round 13: the compound written without its hyphens ("Klima-Apostel" as "klimaapostel"),
                // so that a listed closed compound or compound head also finds its hyphenated spelling.
                joined.removeAll(keepingCapacity: true)
                for position in word where folded[position] != hyphen { joined.append(folded[position]) }
                collectCandidates(joined, 0..<joined.count, into: &candidates, having: signature.summary)
            }
            if candidates.isEmpty { continue }
            for (position, candidate) in candidates.enumerated() {
                let shape = shapes[candidate]
                guard start == 0 || shape & Self.anchoredShape == 0, !candidates[..<position].contains(candidate)
                else { continue }
                if shape & Self.compoundShape != 0, !patterns[candidate].isCompound(folded[word], endings: endings) { continue }
                if position >= wholeWordCount {
                    if shape & Self.partShape != 0 {
                        found.append(Match(pattern: patterns[candidate], order: candidate, wordIndices: [start]))
                    }
                } else if shape & Self.singleWordShape != 0 {
                    found.append(Match(pattern: patterns[candidate], order: candidate, wordIndices: [start]))
                } else if signature.holds(requiredWords, at: candidate * Self.factStride),
                    match(candidate, folded: folded, words: words, from: start, into: &indices)
                {
                    found.append(Match(pattern: patterns[candidate], order: candidate, wordIndices: indices))
                }
            }
        }
        return found
    }

    /// Adds the patterns whose first word matches the word `bytes[word]`, less those whose later words
    /// the sentence cannot hold (by its signature's `summary`: they would fail to match).
    private func collectCandidates(
        _ bytes: [UInt8], _ word: Range<Int>, into result: inout [Int], having summary: UInt64
    ) {
        // Forward: prefix stems along the way, exact stems where the rest is an ending.
        var node = ByteTrie.root
        var position = word.lowerBound
        while position < word.upperBound {
            let child = forward.child(of: node, byte: bytes[position])
            if child == 0 { break }
            node = child
            position += 1
            let flags = forward.flags(at: node)
            if flags == 0 { continue }
            if flags & ByteTrie.prefixFlag != 0 { forward.appendPrefixHits(at: node, to: &result, having: summary) }
            if flags & ByteTrie.bareFlag != 0, position == word.upperBound {
                forward.appendBareHits(at: node, to: &result, having: summary)
            }
        }
        // Backward: compound heads; the trie holds every head with every ending, reversed.
        node = ByteTrie.root
        position = word.upperBound - 1
        while position >= word.lowerBound {
            let child = backward.child(of: node, byte: bytes[position])
            if child == 0 { break }
            node = child
            if backward.flags(at: node) != 0 { backward.appendBareHits(at: node, to: &result, having: summary) }
            position -= 1
        }
        for (index, stem) in containing where contains(bytes, word, stem: stem) {
            result.append(index)
        }
    }

    /// Whether pattern `pattern` matches with its first element at word `start` (which the caller has
    /// matched); `indices` receives the indices of the matching words (a buffer reused across calls, so
    /// that a failed match allocates nothing).
    private func match(
        _ pattern: Int, folded: [UInt8], words: [WordToken], from start: Int, into indices: inout [Int]
    ) -> Bool {
        indices.removeAll(keepingCapacity: true)
        indices.append(start)
        var position = start + 1
        let facts = pattern * Self.factStride
        var elementIndex = Int(requiredWords[facts + Self.elementStartFact]) + 1
        let end = Int(requiredWords[facts + Self.elementEndFact])
        while elementIndex < end {
            var allowedGap = 0
            while elementIndex < end, elements[elementIndex].isGap {
                allowedGap += LexiconPattern.maximumGap
                elementIndex += 1
            }
            guard elementIndex < end else { return false }
            let element = elements[elementIndex]
            var matched = -1
            var probe = position
            while probe < words.count, probe <= position + allowedGap {
                if matches(folded, words[probe].bytes, element) {
                    matched = probe
                    break
                }
                probe += 1
            }
            guard matched >= 0 else { return false }
            indices.append(matched)
            position = matched + 1
            elementIndex += 1
        }
        return true
    }

    /// Whether the folded word `bytes[word]` matches `element` — ``LexiconPattern/matches(_:stem:prefix:head:endings:)``
    /// on the flat stems and endings.
    private func matches(_ bytes: [UInt8], _ word: Range<Int>, _ element: FlatElement) -> Bool {
        let stem = element.stem
        switch (element.prefix, element.head) {
        case (true, true):
            return contains(bytes, word, stem: stem)
        case (true, false):
            return word.count >= stem.count && equal(bytes, word.lowerBound, stemBytes, stem)
        case (false, true):
            for ending in endingRanges {
                let total = stem.count + ending.count
                guard word.count >= total else { continue }
                let stemStart = word.upperBound - total
                if equal(bytes, stemStart, stemBytes, stem), equal(bytes, stemStart + stem.count, endingBytes, ending) {
                    return true
                }
            }
            return false
        case (false, false):
            guard word.count >= stem.count, equal(bytes, word.lowerBound, stemBytes, stem) else { return false }
            let rest = word.count - stem.count
            for ending in endingRanges where ending.count == rest {
                if equal(bytes, word.lowerBound + stem.count, endingBytes, ending) { return true }
            }
            return false
        }
    }

    /// Whether the word `bytes[word]` contains the stem `stemBytes[stem]` anywhere.
    private func contains(_ bytes: [UInt8], _ word: Range<Int>, stem: Range<Int>) -> Bool {
        guard word.count >= stem.count else { return false }
        var start = word.lowerBound
        while start + stem.count <= word.upperBound {
            if equal(bytes, start, stemBytes, stem) { return true }
            start += 1
        }
        return false
    }

    /// Whether `bytes` from `offset` holds the bytes `other[range]`.
    @inline(__always)
    private func equal(_ bytes: [UInt8], _ offset: Int, _ other: [UInt8], _ range: Range<Int>) -> Bool {
        var index = 0
        while index < range.count {
            if bytes[offset + index] != other[range.lowerBound + index] { return false }
            index += 1
        }
        return true
    }
}

/// Which two-byte word openings a sentence holds, as 256 bits: a necessary condition for a pattern's later
/// words, tested before the pattern is walked word by word (round 16).
struct WordSignature {
    /// The cells of a signature.
    static let lanes = 4
    private var cells: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)

    /// The bit of a word that opens with bytes `first`, `second`.
    @inline(__always)
    static func bit(_ first: UInt8, _ second: UInt8) -> Int {
        Int(((UInt32(first) << 8 | UInt32(second)) &* 2_654_435_761) >> 24)
    }

    /// The signature of `words`, ranges of `folded`; a word of one byte sets nothing.
    init(_ folded: [UInt8], _ words: [WordToken]) {
        for word in words where word.bytes.count >= 2 {
            let bit = Self.bit(folded[word.bytes.lowerBound], folded[word.bytes.lowerBound + 1])
            let mask: UInt64 = 1 << UInt64(bit & 63)
            switch bit >> 6 {
            case 0: cells.0 |= mask
            case 1: cells.1 |= mask
            case 2: cells.2 |= mask
            default: cells.3 |= mask
            }
        }
    }

    /// The signature's cells folded into one: bit `b & 63` for every bit `b`.
    var summary: UInt64 { cells.0 | cells.1 | cells.2 | cells.3 }

    /// The cells `required[offset..<offset + lanes]` folded into one, as ``summary`` folds a signature's:
    /// a text whose summary lacks one of its bits cannot have every bit of them.
    static func summary(_ required: [UInt64], at offset: Int) -> UInt64 {
        required[offset] | required[offset + 1] | required[offset + 2] | required[offset + 3]
    }

    /// Whether every bit of `required[offset..<offset + lanes]` is set in this signature.
    @inline(__always)
    func holds(_ required: [UInt64], at offset: Int) -> Bool {
        required[offset] & ~cells.0 == 0 && required[offset + 1] & ~cells.1 == 0
            && required[offset + 2] & ~cells.2 == 0 && required[offset + 3] & ~cells.3 == 0
    }
}
