/// Splits a paragraph into sentences.
///
/// A sentence ends at `.`, `!`, `?`, `…` or `...`, together with any closing quotation marks or
/// brackets right after it (`„Wir gehen.“`), when white space and then something other than a
/// lower-case letter follows. A single period does not end a sentence when it belongs to
///
/// - a number or date written without spaces (`14.000`, `3.5`, `23.04.2025`: no space follows);
/// - an ordinal: up to three digits before a month name (`am 28. April`) or after a cue word from
///   the lexicon (`der 2. Weltkrieg`);
/// - an initial: one capital letter (`Carissa F. Etienne`), or one lower-case letter (`z.`);
/// - an abbreviation from the lexicon (`Dr.`, `z. B.`, `U.S.`), unless the abbreviation is marked
///   as one that may end a sentence and a capitalised stop word follows (`… usw. Die …`).
///
/// The rules are language-neutral; the abbreviations, months and cues come from the language's
/// lexicon files.
public struct SentenceSplitter: Sendable {
    let rules: SentenceRules

    /// A splitter for an ISO 639-1 language; languages without lexicon data use all languages' data.
    public init(language: String) {
        self.rules = SentenceRules.forLanguage(language)
    }

    /// A splitter with explicit rules.
    package init(rules: SentenceRules) {
        self.rules = rules
    }

    /// The sentences of `text`, in order, white space trimmed.
    /// - Parameters:
    ///   - text: one paragraph.
    ///   - baseOffset: added to every offset, e.g. the paragraph's start in the article body.
    /// - Complexity: O(*n*) in the length of `text`.
    public func split(_ text: String, baseOffset: Int = 0) -> [SentenceSpan] {
        let t = ScalarText(text)
        let s = t.scalars
        let n = s.count
        var spans: [SentenceSpan] = []
        var sentenceStart = 0
        var i = 0
        while i < n {
            guard ScalarClass.isTerminator(s[i]) else {
                i += 1
                continue
            }
            var j = i
            while j < n && ScalarClass.isTerminator(s[j]) { j += 1 }
            var k = j
            while k < n && ScalarClass.isCloser(s[k]) { k += 1 }
            if isBoundary(t, terminators: i..<j, end: k) {
                append(t, sentenceStart..<k, baseOffset: baseOffset, to: &spans)
                sentenceStart = k
            }
            i = k
        }
        append(t, sentenceStart..<n, baseOffset: baseOffset, to: &spans)
        return spans
    }

    /// Adds the trimmed sentence in `range`, if it is not empty.
    func append(_ t: ScalarText, _ range: Range<Int>, baseOffset: Int, to spans: inout [SentenceSpan]) {
        var lower = range.lowerBound
        var upper = range.upperBound
        while lower < upper && ScalarClass.isWhitespace(t.scalars[lower]) { lower += 1 }
        while upper > lower && ScalarClass.isWhitespace(t.scalars[upper - 1]) { upper -= 1 }
        guard lower < upper else { return }
        spans.append(
            SentenceSpan(
                text: t.string(lower..<upper), start: baseOffset + t.utf16[lower], end: baseOffset + t.utf16[upper]))
    }

    /// Whether the terminators at `terminators`, with closers up to `end`, end a sentence.
    func isBoundary(_ t: ScalarText, terminators: Range<Int>, end: Int) -> Bool {
        let s = t.scalars
        let n = s.count
        guard end < n else { return true }
        guard ScalarClass.isWhitespace(s[end]) else { return false }
        var next = end
        while next < n && ScalarClass.isWhitespace(s[next]) { next += 1 }
        guard next < n else { return true }
        if ScalarClass.isLowercase(s[next]) { return false }
        switch s[next] {
        case ",", ";", ":", ")", "]": return false
        default: break
        }
        let isSinglePeriod = terminators.count == 1 && s[terminators.lowerBound] == "."
        guard isSinglePeriod else { return true }
        return periodEndsSentence(t, at: terminators.lowerBound, next: next)
    }

    /// Whether the single period at `period` ends a sentence; `next` is the first scalar after the space.
    func periodEndsSentence(_ t: ScalarText, at period: Int, next: Int) -> Bool {
        let s = t.scalars
        // The word before the period: letters and digits, with inner periods (U.S, 23.04, z.B).
        var wordStart = period
        while wordStart > 0 {
            let previous = s[wordStart - 1]
            if ScalarClass.isAlphanumeric(previous) {
                wordStart -= 1
            } else if previous == "." && wordStart >= 2 && ScalarClass.isAlphanumeric(s[wordStart - 2]) {
                wordStart -= 1
            } else {
                break
            }
        }
        guard wordStart < period else { return true }
        let word = s[wordStart..<period]

        if word.allSatisfy({ ScalarClass.isDigit($0) || $0 == "." }) {
            return numberEndsSentence(t, word: wordStart..<period, next: next)
        }
        if word.count == 1 { return false }  // an initial (F. Etienne) or a one-letter abbreviation (z. B.)

        // Abbreviations, possibly of several pieces separated by single spaces (z. B., n. Chr.).
        var candidate = String(String.UnicodeScalarView(word)) + "."
        var pieceStart = wordStart
        for _ in 0..<3 {
            if let mayEnd = abbreviation(candidate) {
                return mayEnd && startsWithCapitalisedStopWord(t, at: next)
            }
            // Extend by one more piece "x. " before the current one.
            guard pieceStart >= 3, s[pieceStart - 1] == " ", s[pieceStart - 2] == "." else { break }
            var start = pieceStart - 2
            while start > 0 && ScalarClass.isLetter(s[start - 1]) && pieceStart - 2 - start < 4 { start -= 1 }
            guard start < pieceStart - 2, start == 0 || !ScalarClass.isLetter(s[start - 1]) else { break }
            candidate = String(String.UnicodeScalarView(s[start..<(pieceStart - 1)])) + candidate
            pieceStart = start
        }
        return true
    }

    /// Whether a period after the number `word` ends a sentence: not for ordinals and dates.
    func numberEndsSentence(_ t: ScalarText, word: Range<Int>, next: Int) -> Bool {
        let s = t.scalars
        let digits = s[word]
        let hasSeparator = digits.contains(".")
        if hasSeparator {
            // A date without year (23.04.) reads like an ordinal; a grouped number (14.000) ends.
            let groups = digits.split(separator: ".")
            guard groups.count == 2, groups.allSatisfy({ $0.count <= 2 }) else { return true }
        } else if digits.count > 3 {
            return true
        }
        if rules.months.contains(wordText(t, at: next)) { return false }
        var before = word.lowerBound
        while before > 0 && ScalarClass.isWhitespace(s[before - 1]) { before -= 1 }
        var cueStart = before
        while cueStart > 0 && ScalarClass.isLetter(s[cueStart - 1]) { cueStart -= 1 }
        guard cueStart < before else { return true }
        let cue = String(String.UnicodeScalarView(s[cueStart..<before].map(ScalarClass.lowercased)))
        return !rules.ordinalCues.contains(cue)
    }

    /// The abbreviation entry for `candidate`: exact, or with its first letter lower-cased.
    func abbreviation(_ candidate: String) -> Bool? {
        if let mayEnd = rules.abbreviations[candidate] { return mayEnd }
        guard let first = candidate.unicodeScalars.first, ScalarClass.isUppercase(first) else { return nil }
        var lowered = String.UnicodeScalarView()
        lowered.append(ScalarClass.lowercased(first))
        lowered.append(contentsOf: candidate.unicodeScalars.dropFirst())
        return rules.abbreviations[String(lowered)]
    }

    /// The word (letters, with a trailing period kept for abbreviated months) starting at `index`,
    /// after any opening quotation marks.
    func wordText(_ t: ScalarText, at index: Int) -> String {
        let s = t.scalars
        var start = index
        while start < s.count && !ScalarClass.isAlphanumeric(s[start]) && start - index < 2 { start += 1 }
        var end = start
        while end < s.count && ScalarClass.isLetter(s[end]) { end += 1 }
        if end < s.count && s[end] == "." && !rules.months.contains(t.string(start..<end)) { end += 1 }
        return t.string(start..<end)
    }

    /// Whether the word at `index` is capitalised and, lower-cased, a stop word.
    func startsWithCapitalisedStopWord(_ t: ScalarText, at index: Int) -> Bool {
        let word = wordText(t, at: index)
        guard let first = word.unicodeScalars.first, ScalarClass.isUppercase(first) else { return false }
        return rules.stopWords.contains(word.lowercased())
    }
}

extension SentenceSplitter {
    /// A whole block as one sentence, white space trimmed (for headings); empty for a blank block.
    public func wholeBlock(_ text: String, baseOffset: Int = 0) -> [SentenceSpan] {
        let t = ScalarText(text)
        var spans: [SentenceSpan] = []
        append(t, 0..<t.count, baseOffset: baseOffset, to: &spans)
        return spans
    }
}
