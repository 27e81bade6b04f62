/// Finds the patterns of one lexicon in a sentence's words.
///
/// Patterns are indexed by their first word so that a sentence costs a few dictionary look-ups per
/// word, not a scan of the lexicon: an exact stem is looked up after removing each inflection ending,
/// a prefix stem by the word's prefixes of the lengths the lexicon uses, a compound head by the word's
/// suffixes of those lengths.
package struct PhraseMatcher: Sendable {
    /// One pattern found in a sentence.
    package struct Match: Sendable, Equatable {
        /// The pattern that matched.
        package var pattern: LexiconPattern
        /// Indices of the words that matched the pattern's word elements, in order.
        package var wordIndices: [Int]
    }

    package let patterns: [LexiconPattern]
    package let endings: [String]
    private var exact: [String: [Int]] = [:]
    private var prefixes: [String: [Int]] = [:]
    private var heads: [String: [Int]] = [:]
    private var containing: [Int] = []
    private var prefixLengths: [Int] = []
    private var headLengths: [Int] = []

    /// Indexes `patterns`.
    /// - Parameter endings: the language's inflection endings, the empty ending included.
    package init(patterns: [LexiconPattern], endings: [String]) {
        self.patterns = patterns
        self.endings = endings.contains("") ? endings : [""] + endings
        var prefixLengths = Set<Int>()
        var headLengths = Set<Int>()
        for (index, pattern) in patterns.enumerated() {
            guard case .word(let stem, let prefix, let head) = pattern.elements[0] else { continue }
            switch (prefix, head) {
            case (true, true): containing.append(index)
            case (true, false):
                prefixes[stem, default: []].append(index)
                prefixLengths.insert(stem.count)
            case (false, true):
                heads[stem, default: []].append(index)
                headLengths.insert(stem.count)
            case (false, false): exact[stem, default: []].append(index)
            }
        }
        self.prefixLengths = prefixLengths.sorted()
        self.headLengths = headLengths.sorted()
    }

    /// Every match in `words`, in order of the first word; overlapping matches of different patterns
    /// are all returned.
    /// - Complexity: O(w · (e + p + h)) look-ups for w words, e endings, p prefix and h head lengths.
    package func matches(in words: [WordToken]) -> [Match] {
        var found: [Match] = []
        for start in words.indices {
            for candidate in candidates(for: words[start].folded) where start == 0 || !patterns[candidate].anchored {
                if let indices = match(patterns[candidate].elements, in: words, from: start) {
                    found.append(Match(pattern: patterns[candidate], wordIndices: indices))
                }
            }
        }
        return found
    }

    /// Indices of patterns whose first word matches `word`.
    private func candidates(for word: String) -> [Int] {
        var result: [Int] = []
        let characters = Array(word)
        for ending in endings where word.hasSuffix(ending) {
            let baseLength = characters.count - ending.count
            guard baseLength > 0 else { continue }
            if let hits = exact[String(characters[..<baseLength])] { result += hits }
            for length in headLengths where length <= baseLength {
                if let hits = heads[String(characters[(baseLength - length)..<baseLength])] {
                    result += hits
                }
            }
        }
        for length in prefixLengths where length <= characters.count {
            if let hits = prefixes[String(characters[..<length])] { result += hits }
        }
        for index in containing {
            if case .word(let stem, _, _) = patterns[index].elements[0], word.contains(stem) {
                result.append(index)
            }
        }
        if result.count > 1 {
            var seen = Set<Int>()
            result = result.filter { seen.insert($0).inserted }
        }
        return result
    }

    /// The word indices matching `elements` with the first element at `start`, or `nil`.
    private func match(_ elements: [LexiconPattern.Element], in words: [WordToken], from start: Int) -> [Int]? {
        var indices = [start]
        var position = start + 1
        var elementIndex = 1
        while elementIndex < elements.count {
            var allowedGap = 0
            while elementIndex < elements.count, elements[elementIndex] == .gap {
                allowedGap += LexiconPattern.maximumGap
                elementIndex += 1
            }
            guard elementIndex < elements.count,
                case .word(let stem, let prefix, let head) = elements[elementIndex]
            else { return nil }
            var matched: Int?
            var probe = position
            while probe < words.count, probe <= position + allowedGap {
                if LexiconPattern.matches(
                    words[probe].folded, stem: stem, prefix: prefix, head: head, endings: endings)
                {
                    matched = probe
                    break
                }
                probe += 1
            }
            guard let next = matched else { return nil }
            indices.append(next)
            position = next + 1
            elementIndex += 1
        }
        return indices
    }
}
