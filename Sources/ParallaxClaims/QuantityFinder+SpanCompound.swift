/// Adjectives compounded of a number and a unit of time (round 14): `zweitägigen Herbsttreffen`, `dreitägige Staatstrauer`,
/// `fast 60-jährigen Bestehens`, `a seven-hour siege`, `a 10-year plan` state a duration. Real German news (`real`,
/// `real2`, `real3`) and two invented writers (dev6, dev8) use them; before, they were no figure at all.
extension QuantityFinder {
    /// The duration a number-and-unit adjective at `index` names, read as a span (its measure `duration`), or nil.
    ///
    /// The number is spelled inside the word (`zweitägigen`, `seven-hour`, `twenty-four-hour`) or written in digits
    /// before a hyphen (`60-jährigen`, `10-hour`); the stem (`span-compounds.txt`) follows, then an adjective ending
    /// where the language inflects adjectives. A word must follow (the noun the span belongs to; not `old`: `a
    /// 45-year-old` is an age), and a stem marked `heads` (German `jährig`) counts only before a noun of spans, plans and
    /// periods (`Hilfsprogramm`, `Bestehens`), never before a person (`der 45-jährige Lenker`).
    /// - Complexity: O(s) in the number of stems, once per word or figure that may start a number.
    func spanCompound(_ tokens: [ClaimToken], at index: Int) -> Reading? {
        guard !pack.spanCompounds.isEmpty else { return nil }
        let token = tokens[index]
        var value: Double
        var rest: Substring
        var end: Int
        // A capitalised compound is a noun or a name where nouns are capitalised (`der 27-Jährige`, `der Dreißigjährige Krieg`).
        if token.kind == .number {
            guard token.isPlainInteger, index + 2 < tokens.count, tokens[index + 1].text == "-", !tokens[index + 1].spaceBefore,
                !tokens[index + 2].spaceBefore, tokens[index + 2].kind == .word, let digits = Double(token.text),
                !(pack.capitalizesNouns && tokens[index + 2].isCapitalized)
            else { return nil }
            value = digits
            rest = Substring(tokens[index + 2].lower)
            end = index + 3
        } else if token.kind == .word {
            guard !(pack.capitalizesNouns && token.isCapitalized) else { return nil }
            let word = token.lower
            // Every span compound ends in a stem and an adjective ending; most words do not, and are left at once.
            // The pack's filter first: it rejects most words in a few look-ups (round 21).
            guard endsLikeSpanCompound(word), let split = splitNumberPrefix(word)
            else { return nil }
            (value, rest) = split
            end = index + 1
        } else {
            return nil
        }
        // `their steepest one-day fall`: a span of one is a reference, no duration of its own (dev9).
        guard value >= 2, value < 1000,
            let stem = pack.spanCompounds.first(where: { rest.hasPrefix($0.stem) && isAdjectiveEnding(rest.dropFirst($0.stem.count)) }),
            end < tokens.count, tokens[end].kind == .word, tokens[end].lower != "old", !tokens[end].lower.hasPrefix("old-")
        else { return nil }
        if stem.needsHead {
            guard let noun = nounAfterAdjectives(tokens, from: end),
                pack.spanCompoundHeads.contains(where: { tokens[noun].lower.hasSuffix($0) })
            else { return nil }
        }
        return Reading(
            value: value, end: end, qualifier: nil, unit: stem.unit, multiplied: true, grouped: false, plain: false, span: true)
    }

    /// True when `word` ends in one of the pack's span-compound ends (a stem, then nothing or an adjective ending): the
    /// filter and the ends compared on the word's bytes, read once (round 24: each end was compared through
    /// `ByteSuffix.hasSuffix(String, _)`, which looked up the string's storage again — 313,052 calls, 0.8 % of the claims stage by
    /// callgrind, for the English words of fewer than four bytes and the German ones past the filter).
    /// - Complexity: O(e) byte comparisons for e ends, for a word the filter lets through; O(1) otherwise.
    private func endsLikeSpanCompound(_ word: String) -> Bool {
        let test = { (bytes: UnsafeBufferPointer<UInt8>) -> Bool in
            guard pack.spanCompoundEndFilter.mayEnd(bytes) else { return false }
            for end in pack.spanCompoundEnds where ByteSuffix.hasSuffix(bytes, end) { return true }
            return false
        }
        if let result = word.utf8.withContiguousStorageIfAvailable(test) { return result }
        return Array(word.utf8).withUnsafeBufferPointer(test)
    }

    /// A number spelled at the start of a word and the rest of the word: `zweitägigen` → (2, `tägigen`), `seven-hour` →
    /// (7, `hour`), `twenty-four-hour` → (24, `hour`). The longest prefix that parses as a number word wins.
    private func splitNumberPrefix(_ word: String) -> (Double, Substring)? {
        if let hyphen = word.lastIndex(of: "-") {
            let parts = word[..<hyphen].split(separator: "-").map(String.init)
            guard let value = parser.parseWords(parts) else { return nil }
            return (value, word[word.index(after: hyphen)...])
        }
        // German writes the compound as one word: try the prefixes before each stem's first occurrence.
        var cut = word.index(after: word.startIndex)
        while cut < word.endIndex {
            let rest = word[cut...]
            if pack.spanCompounds.contains(where: { rest.hasPrefix($0.stem) }), let value = parser.parseWords([String(word[..<cut])]) {
                return (value, rest)
            }
            cut = word.index(after: cut)
        }
        return nil
    }

    /// True for nothing or an adjective ending of the language (`en`, `e`, `es`) after a stem.
    private func isAdjectiveEnding(_ rest: Substring) -> Bool {
        rest.isEmpty || pack.capitalizesNouns && pack.inflectedAdjectiveEndings.contains(String(rest))
    }

    /// The index of the noun after `index`, skipping up to two inflected adjectives (`zweijähriges internationales
    /// Hilfsprogramm`); a noun is capitalised where the language capitalises nouns.
    private func nounAfterAdjectives(_ tokens: [ClaimToken], from index: Int) -> Int? {
        var scan = index
        while scan < tokens.count, scan - index <= 2 {
            guard tokens[scan].kind == .word else { return nil }
            if !pack.capitalizesNouns || tokens[scan].isCapitalized { return scan }
            // An article opens another phrase (`der 27-jährige einen Vertrag`).
            guard pack.hasInflectedAdjectiveEnding(tokens[scan].lower), !pack.determiners.contains(tokens[scan]),
                !pack.halfArticles.contains(tokens[scan])
            else { return nil }
            scan += 1
        }
        return nil
    }
}
