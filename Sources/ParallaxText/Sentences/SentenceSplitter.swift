/// Splits a paragraph into sentences.
///
/// A sentence ends at `.`, `!`, `?`, `…` or `...`, together with any closing quotation marks or
/// brackets right after it (`„Wir gehen.“`), when white space and then something other than a
/// lower-case letter follows. A single period does not end a sentence when it belongs to
///
/// - a number or date written without spaces (`14.000`, `3.5`, `23.04.2025`: no space follows);
/// - an ordinal: up to three digits before a month name (`am 28. April`) or after a cue word from
///   the lexicon (`der 2. Weltkrieg`), a number that starts a sentence or list item (`52. Minute`),
///   or a day before a month number (`16. 5. 2016`);
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
        let t = UTF8Text(text)
        var counter = UTF16Counter()
        let n = t.count
        var spans: [SentenceSpan] = []
        var sentenceStart = 0
        var quotes = StraightQuoteCounter()
        var i = 0
        while i < n {
            guard Self.isTerminator(t, at: i) else {
                i += 1  // terminators are ASCII or start with a lead byte, so stepping bytes is safe
                continue
            }
            var j = i
            while j < n && Self.isTerminator(t, at: j) { j = t.after(j) }
            var k = j
            while k < n && ScalarClass.isCloser(t.scalar(at: k)) { k = t.after(k) }
            quotes.count(in: t, upTo: i)
            k = Self.afterSpacedClosingQuote(t, from: k, quotesOpen: quotes.isOdd)
            if isBoundary(t, terminators: i..<j, end: k) {
                append(t, sentenceStart..<k, baseOffset: baseOffset, counter: &counter, to: &spans)
                sentenceStart = k
            }
            i = k
        }
        append(t, sentenceStart..<n, baseOffset: baseOffset, counter: &counter, to: &spans)
        return spans
    }

    /// Byte `k` moved past a straight double quote set off by spaces after a sentence's end
    /// (`… North Korea ! " he tweeted`, the style of tokenised text) when it closes an open quotation
    /// (`quotesOpen`: an odd number of straight quotes in the paragraph so far); otherwise `k` itself.
    static func afterSpacedClosingQuote(_ t: UTF8Text, from k: Int, quotesOpen: Bool) -> Int {
        let n = t.count
        guard quotesOpen, k + 1 < n, t.bytes[k] == UInt8(ascii: " "), t.bytes[k + 1] == UInt8(ascii: "\""),
            k + 2 == n || t.bytes[k + 2] == UInt8(ascii: " ")
        else { return k }
        return k + 2
    }

    /// Whether a sentence-final mark (`.`, `!`, `?`, `…`) starts at byte `i`.
    @inline(__always)
    static func isTerminator(_ t: UTF8Text, at i: Int) -> Bool {
        let b = t.bytes[i]
        if b == UInt8(ascii: ".") || b == UInt8(ascii: "!") || b == UInt8(ascii: "?") { return true }
        return b == 0xE2 && i + 2 < t.count && t.bytes[i + 1] == 0x80 && t.bytes[i + 2] == 0xA6
    }

    /// Adds the trimmed sentence in byte `range`, if it is not empty.
    func append(
        _ t: UTF8Text, _ range: Range<Int>, baseOffset: Int, counter: inout UTF16Counter, to spans: inout [SentenceSpan]
    ) {
        var lower = range.lowerBound
        var upper = range.upperBound
        while lower < upper && ScalarClass.isWhitespace(t.scalar(at: lower)) { lower = t.after(lower) }
        while upper > lower, let last = t.scalar(before: upper), ScalarClass.isWhitespace(last) { upper = t.before(upper) }
        guard lower < upper else { return }
        let start = counter.offset(ofByte: lower, in: t)
        let end = counter.offset(ofByte: upper, in: t)
        spans.append(SentenceSpan(text: t.string(lower..<upper), start: baseOffset + start, end: baseOffset + end))
    }

    /// Whether the terminators at byte range `terminators`, with closers up to `end`, end a sentence.
    func isBoundary(_ t: UTF8Text, terminators: Range<Int>, end: Int) -> Bool {
        let n = t.count
        guard end < n else { return true }
        guard ScalarClass.isWhitespace(t.scalar(at: end)) else { return false }
        var next = end
        while next < n && ScalarClass.isWhitespace(t.scalar(at: next)) { next = t.after(next) }
        guard next < n else { return true }
        let first = t.scalar(at: next)
        if ScalarClass.isLowercase(first) { return false }
        switch first {
        case ",", ";", ":", ")", "]": return false
        default: break
        }
        let isSinglePeriod = terminators.count == 1 && t.bytes[terminators.lowerBound] == UInt8(ascii: ".")
        guard isSinglePeriod else { return true }
        return periodEndsSentence(t, at: terminators.lowerBound, next: next)
    }

    /// Whether the single period at byte `period` ends a sentence; `next` starts the following word.
    func periodEndsSentence(_ t: UTF8Text, at period: Int, next: Int) -> Bool {
        // The word before the period: letters and digits, with inner periods (U.S, 23.04, z.B).
        var wordStart = period
        var scalarCount = 0
        var onlyDigitsAndPeriods = true
        while wordStart > 0 {
            let p = t.before(wordStart)
            let previous = t.scalar(at: p)
            if ScalarClass.isAlphanumeric(previous) {
                if !ScalarClass.isDigit(previous) { onlyDigitsAndPeriods = false }
            } else if previous == ".", p > 0, let beforeIt = t.scalar(before: p), ScalarClass.isAlphanumeric(beforeIt) {
                // an inner period
            } else {
                break
            }
            wordStart = p
            scalarCount += 1
        }
        guard wordStart < period else { return true }
        if onlyDigitsAndPeriods { return numberEndsSentence(t, word: wordStart..<period, next: next) }
        if scalarCount == 1 { return false }  // an initial (F. Etienne) or a one-letter abbreviation (z. B.)

        // Abbreviations, possibly of several pieces separated by single spaces (z. B., n. Chr.).
        var candidate = t.string(wordStart..<period) + "."
        var pieceStart = wordStart
        for _ in 0..<3 {
            if let mayEnd = abbreviation(candidate) {
                return mayEnd && startsWithCapitalisedStopWord(t, at: next)
            }
            guard pieceStart >= 3, t.bytes[pieceStart - 1] == UInt8(ascii: " "),
                t.bytes[pieceStart - 2] == UInt8(ascii: ".")
            else { break }
            var start = pieceStart - 2
            var letters = 0
            while start > 0 && letters < 4 {
                let p = t.before(start)
                guard ScalarClass.isLetter(t.scalar(at: p)) else { break }
                start = p
                letters += 1
            }
            guard letters > 0, t.scalar(before: start).map({ !ScalarClass.isLetter($0) }) ?? true else { break }
            candidate = t.string(start..<(pieceStart - 1)) + candidate
            pieceStart = start
        }
        return true
    }

    /// Whether a period after the number at byte range `word` ends a sentence: not for ordinals and dates.
    func numberEndsSentence(_ t: UTF8Text, word: Range<Int>, next: Int) -> Bool {
        let digits = t.bytes[word]
        if digits.contains(UInt8(ascii: ".")) {
            // A date without year (23.04.) reads like an ordinal; a grouped number (14.000) ends.
            let groups = digits.split(separator: UInt8(ascii: "."))
            guard groups.count == 2, groups.allSatisfy({ $0.count <= 2 }) else { return true }
            if ScalarClass.isDigit(t.scalar(at: next)) { return false }  // 12.2. 2016
        } else if digits.count > 3 {
            return true
        } else if digits.count <= 2 && (Self.startsDayOrMonth(t, at: next) || Self.followsDay(t, before: word.lowerBound)) {
            return false  // a date written with spaces: 16. 5. 2016
        }
        if rules.months.contains(wordText(t, at: next)) { return false }
        var before = word.lowerBound
        while before > 0, let previous = t.scalar(before: before), ScalarClass.isWhitespace(previous) {
            before = t.before(before)
        }
        // A number that itself starts a sentence or list item (`… handeln. 52. Minute: …`, `– 2. Latvala`)
        // is an ordinal.
        guard let previous = t.scalar(before: before) else { return false }
        switch previous {
        case "." where followsAbbreviation(t, period: t.before(before)):
            return true  // `No. 4.` ends a sentence like any number
        case ".", "!", "?", "\u{2026}", "\u{2013}", "\u{2014}", "-", "(", "[", "\"", "\u{201C}", "\u{201D}", "\u{201E}",
            "\u{00BB}", "\u{00AB}":
            return false
        default: break
        }
        var cueStart = before
        while cueStart > 0, let previous = t.scalar(before: cueStart), ScalarClass.isLetter(previous) {
            cueStart = t.before(cueStart)
        }
        guard cueStart < before else { return true }
        return !rules.ordinalCues.contains(t.string(cueStart..<before).lowercased())
    }

    /// Whether one or two digits and a period start at byte `index` (the month of `16. 5. 2016`).
    static func startsDayOrMonth(_ t: UTF8Text, at index: Int) -> Bool {
        var end = index
        while end < t.count && end - index < 3 && ScalarClass.isDigit(t.scalar(at: end)) { end += 1 }
        return end > index && end - index <= 2 && end < t.count && t.bytes[end] == UInt8(ascii: ".")
    }

    /// Whether the period at byte `period` closes an abbreviation from the lexicon (`No.`, `z. B.`).
    func followsAbbreviation(_ t: UTF8Text, period: Int) -> Bool {
        var start = period
        while start > 0, let previous = t.scalar(before: start), ScalarClass.isLetter(previous) || previous == "." {
            start = t.before(start)
        }
        return start < period && abbreviation(t.string(start..<period) + ".") != nil
    }

    /// Whether one or two digits and a period, then white space, stand right before byte `index`
    /// (the day of `16. 5. 2016`).
    static func followsDay(_ t: UTF8Text, before index: Int) -> Bool {
        var i = index
        while i > 0 && t.bytes[i - 1] == UInt8(ascii: " ") { i -= 1 }
        guard i < index, i > 1, t.bytes[i - 1] == UInt8(ascii: ".") else { return false }
        var start = i - 1
        while start > 0 && i - 1 - start < 3 && ScalarClass.isDigit(Unicode.Scalar(t.bytes[start - 1])) { start -= 1 }
        let length = i - 1 - start
        guard length >= 1 && length <= 2 else { return false }
        return start == 0 || !ScalarClass.isAlphanumeric(t.scalar(at: t.before(start)))
    }

    /// The abbreviation entry for `candidate`: exact, or with its first letter lower-cased.
    func abbreviation(_ candidate: String) -> Bool? {
        if let mayEnd = rules.abbreviations[candidate] { return mayEnd }
        guard let first = candidate.unicodeScalars.first, ScalarClass.isUppercase(first) else { return nil }
        var lowered = String.UnicodeScalarView()
        lowered.append(ScalarClass.lowercased(first))
        lowered.append(contentsOf: candidate.unicodeScalars.dropFirst())
        if let mayEnd = rules.abbreviations[String(lowered)] { return mayEnd }
        // An abbreviation in capitals, as datelines write them (`ST. ANNA`, `DR. WEISS`): its title-case form.
        let letters = candidate.unicodeScalars.filter { ScalarClass.isLetter($0) }
        guard letters.count >= 2, letters.allSatisfy(ScalarClass.isUppercase) else { return nil }
        var titleCase = String.UnicodeScalarView()
        titleCase.append(first)
        titleCase.append(contentsOf: candidate.unicodeScalars.dropFirst().map(ScalarClass.lowercased))
        return rules.abbreviations[String(titleCase)]
    }

    /// The word (letters, with a trailing period kept for abbreviated months) starting at byte
    /// `index`, after at most two opening quotation marks or brackets.
    func wordText(_ t: UTF8Text, at index: Int) -> String {
        var start = index
        var skipped = 0
        while start < t.count && skipped < 2 && !ScalarClass.isAlphanumeric(t.scalar(at: start)) {
            start = t.after(start)
            skipped += 1
        }
        var end = start
        while end < t.count && ScalarClass.isLetter(t.scalar(at: end)) { end = t.after(end) }
        let word = t.string(start..<end)
        if end < t.count && t.bytes[end] == UInt8(ascii: ".") && !rules.months.contains(word) { return word + "." }
        return word
    }

    /// Whether the word at byte `index` is capitalised and, lower-cased, a stop word.
    func startsWithCapitalisedStopWord(_ t: UTF8Text, at index: Int) -> Bool {
        var word = wordText(t, at: index)
        if word.hasSuffix(".") { word.removeLast() }
        guard let first = word.unicodeScalars.first, ScalarClass.isUppercase(first) else { return false }
        return rules.stopWords.contains(word.lowercased())
    }
}

extension SentenceSplitter {
    /// A whole block as one sentence, white space trimmed (for headings); empty for a blank block.
    public func wholeBlock(_ text: String, baseOffset: Int = 0) -> [SentenceSpan] {
        let t = UTF8Text(text)
        var counter = UTF16Counter()
        var spans: [SentenceSpan] = []
        append(t, 0..<t.count, baseOffset: baseOffset, counter: &counter, to: &spans)
        return spans
    }
}

/// The straight double quotes of a paragraph up to a byte, counted once over the text.
struct StraightQuoteCounter {
    private var counted = 0
    private var quotes = 0

    /// Whether an odd number of straight quotes was counted: a quotation is open.
    var isOdd: Bool { quotes % 2 == 1 }

    /// Counts the quotes between the last position and byte `end`.
    mutating func count(in t: UTF8Text, upTo end: Int) {
        while counted < end {
            if t.bytes[counted] == UInt8(ascii: "\"") { quotes += 1 }
            counted += 1
        }
    }
}
