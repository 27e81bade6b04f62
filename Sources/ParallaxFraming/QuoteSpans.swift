/// The stretches of a text that stand inside quotation marks, as UTF-8 byte ranges.
///
/// Recognises German „…“ and ‚…‘, English “…” and ‘…’, straight "…" and '…', and guillemets »…« and
/// «…» (and ›…‹). The closing mark depends on the opening one, so German „…“ and English “…” do not get
/// confused. Single marks open only after a space and before a letter — or before a space and a word, as
/// in tokenised text (`calls ' insane '`) — and close only before a non-letter, so apostrophes ("don't",
/// "Kim's") are not taken for quotation marks. A single mark opens only when a mark that can close it
/// follows in the text, and never as the apostrophe of an elision: a clitic (tokenised `It 's`,
/// `they 're`) or a decade (`' 90s`, `'90s`); a spaced straight mark after a word ending in "s" and
/// before a word closes nothing (`the Democrats ' lawsuit`: a plural possessive). An English opening
/// ‘ may be closed by a straight mark (`‘ damages '`). An unclosed double quotation runs to the end of
/// the text (a quote continued in the next paragraph).
package struct QuoteSpans: Sendable, Equatable {
    /// The inner ranges, without the marks, in UTF-8 offsets.
    package var ranges: [Range<Int>]
    /// Of each range, whether its last character before the closing mark is sentence punctuation or a
    /// comma, or a comma follows the mark ("…,“ sagte er"; "…!“"; „…“, sagte er): speech rather than a
    /// quoted phrase.
    package var endsInPunctuation: [Bool]

    /// Of each range, whether it runs over a sentence boundary: it continues a quotation opened in an
    /// earlier sentence, or it is still open at the end of the text. Such a quotation is speech, never
    /// scare quotes, however few of its words stand in this sentence.
    package var crossesSentence: [Bool]

    /// Whether a double quotation is still open at the end of the text: the next sentence of the
    /// paragraph starts inside it.
    package var endsOpen: Bool

    /// Finds the quotations in `text`.
    /// - Parameter startsInside: whether the text continues a quotation opened in an earlier sentence;
    ///   then it is quoted up to the first closing mark.
    /// - Complexity: O(n) in the UTF-8 length of `text`.
    package init(in text: String, startsInside: Bool = false) {
        var text = text
        text.makeContiguousUTF8()
        let (found, open) =
            text.utf8.withContiguousStorageIfAvailable { Self.scan($0, startsInside: startsInside) } ?? ([], false)
        self.ranges = found.map(\.0)
        self.endsInPunctuation = found.map(\.1)
        let length = text.utf8.count
        self.crossesSentence = found.map { (startsInside && $0.0.lowerBound == 0) || (open && $0.0.upperBound == length) }
        self.endsOpen = open
    }

    /// Every double closing mark, for a quotation continued from an earlier sentence.
    private static let anyDoubleCloser: [UInt32] = [0x201C, 0x201D, 0x22, 0xAB, 0xBB]

    private static func scan(_ bytes: UnsafeBufferPointer<UInt8>, startsInside: Bool) -> ([(Range<Int>, Bool)], Bool) {
        // Most sentences hold no byte that can start a quotation mark.
        if !startsInside, !bytes.contains(where: { $0 == 0x22 || $0 == 0x27 || $0 == 0xC2 || $0 == 0xE2 }) {
            return ([], false)
        }
        var found: [(Range<Int>, Bool)] = []
        // Offsets of the single marks that can close a quotation, ascending: a single mark opens only
        // when one of them follows. Found on the first single mark that could open (most sentences have none).
        var closings: (all: [Int], strict: [Int])?
        var nextClosing = 0
        var nextStrictClosing = 0
        var closers: [UInt32] = startsInside ? anyDoubleCloser : []
        var single = false
        var innerStart = startsInside ? 0 : -1
        var offset = 0
        var previous: UInt8 = 0x20
        var lastNonSpace: UInt32 = 0
        while offset < bytes.count {
            let lead = bytes[offset]
            var length = 1
            var mark: UInt32 = 0
            if lead == 0x22 || lead == 0x27 {
                mark = UInt32(lead)
            } else if lead == 0xC2 || lead == 0xE2, offset + 1 < bytes.count {
                length = lead == 0xC2 ? 2 : 3
                if offset + length <= bytes.count {
                    mark = lead == 0xC2
                        ? UInt32(bytes[offset + 1]) & 0x3F | 0x80
                        : (UInt32(bytes[offset + 1]) & 0x3F) << 6 | UInt32(bytes[offset + 2]) & 0x3F | 0x2000
                } else {
                    length = 1
                }
            } else if lead >= 0xC0 {
                length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2
            }
            let next = offset + length < bytes.count ? bytes[offset + length] : 0x20
            let nextIsLetter = isLetterLead(next)
            if mark != 0 {
                if innerStart >= 0 {
                    if closers.contains(mark), !single || !nextIsLetter {
                        // „…“, sagte sie: German puts the comma after the closing mark.
                        let speech = isClosingPunctuation(lastNonSpace) || next == 0x2C
                        found.append((innerStart..<offset, speech))
                        innerStart = -1
                    }
                } else if let expected = doubleClosers(mark) {
                    innerStart = offset + length
                    closers = expected
                    single = false
                } else if let expected = singleClosers(mark),
                    previous == 0x20 || previous == 0x0A || previous == 0x09 || previous == 0x28,
                    opensWord(bytes, after: offset + length), !isElision(bytes, after: offset + length)
                {
                    let (singleClosings, strictClosings) = closings ?? singleClosingOffsets(bytes)
                    closings = (singleClosings, strictClosings)
                    while nextClosing < singleClosings.count, singleClosings[nextClosing] <= offset { nextClosing += 1 }
                    while nextStrictClosing < strictClosings.count, strictClosings[nextStrictClosing] <= offset {
                        nextStrictClosing += 1
                    }
                    // A straight mark may close a plural possessive's apostrophe only after a typographic ‘.
                    let closable = mark == 0x27 ? nextStrictClosing < strictClosings.count : nextClosing < singleClosings.count
                    if closable {
                        innerStart = offset + length
                        closers = expected
                        single = true
                    }
                }
            }
            if lead != 0x20 && lead != 0x0A && lead != 0x09 {
                lastNonSpace = mark != 0 ? mark : UInt32(lead)
            }
            previous = bytes[offset + length - 1]
            offset += length
        }
        // A mark with nothing but space after it closes rather than opens (a closing mark split off
        // into a sentence of its own).
        let open = innerStart >= 0 && !single
            && (startsInside && innerStart == 0 || bytes[innerStart...].contains { $0 != 0x20 && $0 != 0x0A && $0 != 0x09 })
        if open, innerStart < bytes.count {
            found.append((innerStart..<bytes.count, isClosingPunctuation(lastNonSpace)))
        }
        return (found.filter { !$0.0.isEmpty }, open)
    }

    /// Whether a word follows `offset`: directly ("'insane'") or after one space, as in tokenised
    /// text ("' insane '").
    private static func opensWord(_ bytes: UnsafeBufferPointer<UInt8>, after offset: Int) -> Bool {
        guard offset < bytes.count else { return false }
        if isLetterLead(bytes[offset]) { return true }
        return bytes[offset] == 0x20 && offset + 1 < bytes.count && isLetterLead(bytes[offset + 1])
    }

    /// The clitics an apostrophe stands before in English ("'s", "'re", "'ve", "'ll", "'d", "'m").
    private static let clitics: Set<[UInt8]> = ["s", "re", "ve", "ll", "d", "m", "S", "RE", "VE", "LL", "D", "M"].map {
        Array($0.utf8)
    }.reduce(into: []) { $0.insert($1) }

    /// Whether the single mark before `offset` is the apostrophe of an elision: a clitic directly
    /// after it (tokenised "It 's", "they 're") or a decade or year after it, directly or after a
    /// space ("'90s", "' 90s", "class of '89").
    private static func isElision(_ bytes: UnsafeBufferPointer<UInt8>, after offset: Int) -> Bool {
        func wordEnd(_ start: Int) -> Int {
            var end = start
            while end < bytes.count, isLetterLead(bytes[end]) { end += 1 }
            return end
        }
        let end = wordEnd(offset)
        if end > offset, end - offset <= 2, clitics.contains(Array(bytes[offset..<end])) { return true }
        let start = offset < bytes.count && bytes[offset] == 0x20 ? offset + 1 : offset
        let wordEnding = wordEnd(start)
        let digits = bytes[start..<wordEnding].prefix { $0 >= 0x30 && $0 <= 0x39 }.count
        guard digits == 2 else { return false }
        return wordEnding == start + 2 || (wordEnding == start + 3 && bytes[start + 2] == UInt8(ascii: "s"))
    }

    /// The offsets of the single marks (' ’ ‘ ‹ ›) that can close a quotation — before a non-letter —
    /// and of those among them that are no spaced straight mark between a word ending in "s" and a word
    /// (a plural possessive in tokenised text: "the Democrats ' lawsuit"), both ascending.
    private static func singleClosingOffsets(_ bytes: UnsafeBufferPointer<UInt8>) -> (all: [Int], strict: [Int]) {
        var result: [Int] = []
        var strict: [Int] = []
        var offset = 0
        while offset < bytes.count {
            let lead = bytes[offset]
            var length = 1
            var isMark = lead == 0x27
            if lead == 0xE2, offset + 2 < bytes.count {
                length = 3
                let scalar = (UInt32(bytes[offset + 1]) & 0x3F) << 6 | UInt32(bytes[offset + 2]) & 0x3F | 0x2000
                isMark = scalar == 0x2018 || scalar == 0x2019 || scalar == 0x2039 || scalar == 0x203A
            } else if lead >= 0xC0 {
                length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2
            }
            if isMark {
                let next = offset + length < bytes.count ? bytes[offset + length] : 0x20
                if !isLetterLead(next) {
                    result.append(offset)
                    let possessive =
                        lead == 0x27 && next == 0x20 && offset >= 2 && bytes[offset - 1] == 0x20
                        && (bytes[offset - 2] == UInt8(ascii: "s") || bytes[offset - 2] == UInt8(ascii: "S"))
                        && offset + length + 1 < bytes.count && isLetterLead(bytes[offset + length + 1])
                    if !possessive { strict.append(offset) }
                }
            }
            offset += length
        }
        return (result, strict)
    }

    /// Whether a byte starts a letter or digit (ASCII alphanumerics and any multi-byte lead).
    private static func isLetterLead(_ byte: UInt8) -> Bool {
        (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A) || byte >= 0xC3
    }

    private static func isClosingPunctuation(_ scalar: UInt32) -> Bool {
        switch scalar {
        case 0x2E, 0x2C, 0x21, 0x3F, 0x3A, 0x3B, 0x2026: true
        default: false
        }
    }

    /// The marks that close a double quotation opened by `mark`, or `nil` when it opens none.
    private static func doubleClosers(_ mark: UInt32) -> [UInt32]? {
        switch mark {
        case 0x201E: [0x201C, 0x201D]  // „ … “ (German), „ … ” (Polish)
        case 0x201C: [0x201D, 0x201C]  // “ … ”
        case 0x22: [0x22]  // " … "
        case 0xBB: [0xAB]  // » … «
        case 0xAB: [0xBB]  // « … »
        default: nil
        }
    }

    /// The marks that close a single quotation opened by `mark`, or `nil` when it opens none.
    private static func singleClosers(_ mark: UInt32) -> [UInt32]? {
        switch mark {
        case 0x201A: [0x2018]  // ‚ … ‘
        case 0x2018: [0x2019, 0x27]  // ‘ … ’, and ‘ … ' in mixed typography
        case 0x27: [0x27]  // ' … '
        case 0x203A: [0x2039]  // › … ‹
        case 0x2039: [0x203A]  // ‹ … ›
        default: nil
        }
    }

    /// The index of the quotation that contains `range`, if any.
    package func enclosing(_ range: Range<Int>) -> Int? {
        ranges.firstIndex { $0.lowerBound <= range.lowerBound && range.upperBound <= $0.upperBound }
    }

    /// Share of `words` that stand inside quotation marks, 0…1.
    package func quotedShare(of words: [WordToken]) -> Double {
        guard !words.isEmpty, !ranges.isEmpty else { return 0 }
        let quoted = words.filter { enclosing($0.source) != nil }.count
        return Double(quoted) / Double(words.count)
    }
}
