/// Ranges of two figures (`zwischen 10 und 12`, `from £48 million to £31 million`, `10–12.000`): the opener before the
/// first figure, the joiner before the second, the bounds scaled to one magnitude, and the `from … to` pairs that name
/// the two levels of a change rather than a range (round 12d).
extension QuantityFinder {
    /// The bounds of a range; a short first number takes the second's magnitude (`10–12.000`).
    func scaled(_ first: Reading, _ second: Reading) -> (Double, Double) {
        var low = first.value
        if !first.multiplied && second.multiplied && !first.grouped && first.value < 1000, let factor = magnitude(second) {
            low *= factor
        }
        if first.plain && second.grouped && !second.multiplied {
            while low * 1000 <= second.value && low < second.value / 100 { low *= 1000 }
        }
        return (low, second.value)
    }

    private func magnitude(_ reading: Reading) -> Double? {
        var factor = 1.0
        while reading.value / factor >= 1000 { factor *= 1000 }
        return factor > 1 ? factor : nil
    }

    /// A range opener (`zwischen`, `between`) right before `index`.
    func opener(_ tokens: [ClaimToken], before index: Int) -> (start: Int, joiner: String)? {
        var index = index
        if index > 0, tokens[index - 1].kind == .punctuation, pack.currencies.match(tokens, at: index - 1) != nil { index -= 1 }
        for start in stride(from: index - 1, through: max(0, index - 3), by: -1) {
            if let match = pack.rangeOpeners.match(tokens, at: start), start + match.length == index {
                return (start, match.value)
            }
        }
        return nil
    }

    /// Where the second figure of a range opener starts, after the joiner that follows the first figure: past a currency word of the
    /// first (`von 25.000 Dollar bis …`), a qualifier that holds the joiner (`bis zu`) and one qualifier after it (`bis zu
    /// annähernd 3,5 Millionen Dollar`; round 12d).
    func rangeJoiner(_ joiner: String, _ tokens: [ClaimToken], after end: Int) -> Int? {
        var scan = end
        if let word = pack.currencies.match(tokens, at: scan), tokens[scan].kind == .word { scan += word.length }
        guard scan < tokens.count, tokens[scan].lower == joiner else { return nil }
        if let held = pack.qualifiers.match(tokens, at: scan), held.length > 1 {
            scan += held.length
        } else {
            scan += 1
        }
        scan = skipCurrency(tokens, scan)
        if let after = pack.qualifiers.match(tokens, at: scan), read(tokens, at: scan + after.length) != nil {
            scan = skipCurrency(tokens, scan + after.length)
        }
        return scan
    }

    /// True when the second figure of a `from … to` pair is lower than the first: no range but the two levels of a fall
    /// (`from £48 million to £31 million`; round 12d).
    func isFall(_ first: Reading, _ second: Reading) -> Bool {
        let (low, high) = scaled(first, second)
        return low > high
    }

    /// True when a verb of change (a measure `increase`, `decrease` or `cut` of `measures.txt`) stands in the clause before
    /// a range opener (`rose from 40 to 55 percent`, `cut … from £48 million`), at most eight words back.
    /// - Complexity: O(1): at most eight phrase look-ups.
    func isLevelChange(_ tokens: [ClaimToken], openerAt start: Int) -> Bool {
        var scan = start - 1
        while scan >= 0, scan >= start - 8, tokens[scan].kind != .punctuation {
            if tokens[scan].kind == .word, let measure = pack.measures.match(tokens, at: scan), !measure.value.isNoun,
                ["increase", "decrease", "cut"].contains(measure.value.label)
            {
                return true
            }
            scan -= 1
        }
        return false
    }

    /// The index after a currency sign at `index`, or `index`.
    func skipCurrency(_ tokens: [ClaimToken], _ index: Int) -> Int {
        guard index < tokens.count, tokens[index].kind == .punctuation, let sign = pack.currencies.match(tokens, at: index)
        else { return index }
        return index + sign.length
    }
}
