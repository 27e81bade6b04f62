/// One pattern of a lexicon: a sequence of word stems and gaps, with a label.
///
/// Written in lexicon files as words separated by spaces. A word is a lower-case stem with optional
/// stars: `stem` matches the stem followed by one of the language's inflection endings, `stem*` any
/// word that begins with the stem, `*stem` also a compound whose last part is the stem (plus an
/// ending), `*stem*` any word that contains it. `…` (or `...`) lets up to ``LexiconPattern/maximumGap``
/// words stand between its neighbours. A leading `^` ties the pattern to the first word of the sentence.
package struct LexiconPattern: Sendable, Equatable {
    /// One element of a pattern.
    package enum Element: Sendable, Equatable {
        /// A word stem and how it may be extended.
        case word(stem: String, prefix: Bool, head: Bool)
        /// Up to ``LexiconPattern/maximumGap`` arbitrary words.
        case gap
    }

    /// The most words a `…` may skip.
    package static let maximumGap = 6

    /// The label the lexicon file gives the pattern: a category or a cue kind.
    package var label: String
    /// The pattern as written in the file, for explanations.
    package var source: String
    /// The elements; the first and last are always words.
    package var elements: [Element]
    /// Whether the pattern must start at the sentence's first word.
    package var anchored: Bool

    /// Parses a pattern.
    /// - Throws: ``FramingLexiconError/badPattern(file:line:text:)`` when the pattern has no word or
    ///   begins or ends with a gap.
    package init(label: String, source: String, file: String, line: Int) throws(FramingLexiconError) {
        self.label = label
        self.source = source
        var elements: [Element] = []
        var parts = source.split(separator: " ", omittingEmptySubsequences: true)
        self.anchored = parts.first == "^"
        if anchored { parts.removeFirst() }
        for part in parts {
            if part == "…" || part == "..." {
                elements.append(.gap)
                continue
            }
            var stem = Substring(part.lowercased())
            let head = stem.hasPrefix("*")
            if head { stem = stem.dropFirst() }
            let prefix = stem.hasSuffix("*")
            if prefix { stem = stem.dropLast() }
            guard !stem.isEmpty else { throw .badPattern(file: file, line: line, text: source) }
            elements.append(.word(stem: String(stem), prefix: prefix, head: head))
        }
        guard let first = elements.first, let last = elements.last, first != .gap, last != .gap else {
            throw .badPattern(file: file, line: line, text: source)
        }
        self.elements = elements
    }

    /// Whether `word` (folded) matches a word element.
    package static func matches(
        _ word: String, stem: String, prefix: Bool, head: Bool, endings: [String]
    ) -> Bool {
        switch (prefix, head) {
        case (true, true): return word.contains(stem)
        case (true, false): return word.hasPrefix(stem)
        case (false, true): return endings.contains { word.hasSuffix(stem + $0) }
        case (false, false):
            guard word.hasPrefix(stem) else { return false }
            let ending = word.dropFirst(stem.count)
            return endings.contains { $0 == ending }
        }
    }
}
