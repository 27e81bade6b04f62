/// One pattern of a lexicon: a sequence of word stems and gaps, with a label.
///
/// Written in lexicon files as words separated by spaces. A word is a lower-case stem with optional
/// stars: `stem` matches the stem followed by one of the language's inflection endings, `stem*` any
/// word that begins with the stem, `*stem` also a compound whose last part is the stem (plus an
/// ending), `*stem*` any word that contains it. `…` (or `...`) lets up to ``LexiconPattern/maximumGap``
/// words stand between its neighbours. A leading `^` (a word of its own) ties the pattern to the first word of the sentence.
package final class LexiconPattern: Sendable, Equatable {
    /// One element of a pattern.
    package enum Element: Sendable, Equatable {
        /// A word stem and how it may be extended.
        case word(stem: [UInt8], prefix: Bool, head: Bool)
        /// Up to ``LexiconPattern/maximumGap`` arbitrary words.
        case gap
    }

    /// The most words a `…` may skip.
    package static let maximumGap = 6

    /// The label the lexicon file gives the pattern: a category or a cue kind.
    package let label: String
    /// The pattern as written in the file, for explanations.
    package let source: String
    /// The elements; the first and last are always words.
    package let elements: [Element]
    /// Whether the pattern must start at the sentence's first word.
    package let anchored: Bool
    /// The file the pattern comes from.
    package let list: LexiconList
    /// Whether the (single) word must match exactly, without an inflection ending.
    package let bare: Bool
    /// The topic (a label of `contexts.txt`) the article must touch for the pattern to count, if any.
    package let context: String?
    /// Whether the pattern is one compound head written `+stem` (round 14): it matches only a compound
    /// with a first part ("Koalitions-Getöse", "Pflegemafia"), never the head alone, whose plain sense is
    /// literal ("Getöse" of a storm, "die Mafia" in a crime report). See ``isCompound(_:endings:)``.
    package let compoundOnly: Bool
    /// Whether the pattern's last word is a separable particle that must be the whole word and end its clause
    /// (round 35, ``SeparableVerbRule``): "zockt … ab" in "zockt die Kunden ab.", not "knickt … ein" in "knickte
    /// um wie ein Streichholz". ``SentenceEvidence`` drops a match that fails the test.
    package let closesClause: Bool

    /// Parses a pattern.
    /// - Throws: ``FramingLexiconError/badPattern(file:line:text:)`` when the pattern has no word or
    ///   begins or ends with a gap.
    /// - Parameter context: the topic the article must touch for the pattern to count.
    package init(
        label: String, source: String, list: LexiconList, file: String, line: Int, context: String? = nil
    ) throws(FramingLexiconError) {
        self.label = label
        self.source = source
        self.list = list
        self.context = context
        self.bare = list.isWordList
        var elements: [Element] = []
        var compoundOnly = false
        var parts = source.split(separator: " ", omittingEmptySubsequences: true)
        let anchored = parts.first == "^"
        self.anchored = anchored
        if anchored { parts.removeFirst() }
        for part in parts {
            if part == "…" || part == "..." {
                elements.append(.gap)
                continue
            }
            var stem = Substring(part.lowercased())
            // Round 14: `+stem` is a compound head that needs a first part ("Pflege-Mafia", not "Mafia").
            let compound = stem.hasPrefix("+") && stem.count > 1
            if compound { compoundOnly = true }
            let head = stem.hasPrefix("*") || compound
            if head { stem = stem.dropFirst() }
            let prefix = stem.hasSuffix("*")
            if prefix { stem = stem.dropLast() }
            guard !stem.isEmpty else { throw .badPattern(file: file, line: line, text: source) }
            elements.append(.word(stem: Array(stem.utf8), prefix: prefix, head: head))
        }
        guard let first = elements.first, let last = elements.last, first != .gap, last != .gap else {
            throw .badPattern(file: file, line: line, text: source)
        }
        self.elements = elements
        self.compoundOnly = compoundOnly && elements.count == 1
        self.closesClause = false
    }

    private init(copying other: LexiconPattern, closesClause: Bool) {
        label = other.label
        source = other.source
        elements = other.elements
        anchored = other.anchored
        list = other.list
        bare = other.bare
        context = other.context
        compoundOnly = other.compoundOnly
        self.closesClause = closesClause
    }

    /// The same pattern with its last word tied to the end of its clause (``closesClause``).
    package func closingClause() -> LexiconPattern {
        LexiconPattern(copying: self, closesClause: true)
    }

    /// Whether the pattern is one word written with a hyphen and counting everywhere (round 19): a tabloid
    /// compound label (`skandal-*`, `wut-*`, `*-bande`), which outranks news idiom (`skandal*` `@opinion`)
    /// on the same word in ``LoadedTermDetector``.
    package var isHyphenatedCompound: Bool {
        guard elements.count == 1, context != LoadedTermDetector.opinionOnlyContext,
            case .word(let stem, _, _) = elements[0]
        else { return false }
        return stem.contains(UInt8(ascii: "-"))
    }

    /// Patterns are the same when they are the same entry of a lexicon.
    package static func == (lhs: LexiconPattern, rhs: LexiconPattern) -> Bool {
        lhs === rhs
    }

    /// Whether the folded word `word` holds more than this pattern's compound head and an ending: the
    /// test a `+stem` pattern adds to its compound-head match.
    package func isCompound(_ word: ArraySlice<UInt8>, endings: [[UInt8]]) -> Bool {
        guard case .word(let stem, _, _) = elements[0] else { return false }
        return endings.contains { ending in
            let total = stem.count + ending.count
            guard word.count > total else { return false }
            let stemStart = word.endIndex - total
            return word[stemStart..<(stemStart + stem.count)].elementsEqual(stem)
                && word[(stemStart + stem.count)...].elementsEqual(ending)
        }
    }

    /// Whether the folded word `word` matches a word element with `stem`.
    /// - Parameter endings: the language's inflection endings, the empty one included.
    package static func matches(
        _ word: ArraySlice<UInt8>, stem: [UInt8], prefix: Bool, head: Bool, endings: [[UInt8]]
    ) -> Bool {
        switch (prefix, head) {
        case (true, true):
            guard word.count >= stem.count else { return false }
            var start = word.startIndex
            while start + stem.count <= word.endIndex {
                if word[start..<(start + stem.count)].elementsEqual(stem) { return true }
                start += 1
            }
            return false
        case (true, false):
            return word.starts(with: stem)
        case (false, true):
            return endings.contains { ending in
                let total = stem.count + ending.count
                guard word.count >= total else { return false }
                let stemStart = word.endIndex - total
                return word[stemStart..<(stemStart + stem.count)].elementsEqual(stem)
                    && word[(stemStart + stem.count)...].elementsEqual(ending)
            }
        case (false, false):
            guard word.starts(with: stem) else { return false }
            let rest = word[(word.startIndex + stem.count)...]
            return endings.contains { rest.elementsEqual($0) }
        }
    }
}
