/// Reads numbers written with digits or words, in the conventions of one language.
///
/// Digits: the language's decimal and group separators decide (`1.500` is 1500 in German and 1.5 in
/// English); a separator used more than once, or followed by exactly three digits where it is the
/// group separator, groups digits; when both `.` and `,` occur the last one is the decimal mark.
/// Strings that are no well-formed number (`28.04.2025`, `19:00`, `030/1234`) give `nil`.
/// Words: number words and compounds of them (`zwölftausend`, `twenty-five`, `twelve thousand`).
struct NumberParser: Sendable {
    var pack: LanguagePack

    /// Keys of the first three characters of every number word, to reject other words at once
    /// (two characters let through every `the` and `ein…` word); built once per pack.
    private var starts: IntKeyIndex
    /// The lengths of the number words, longest first, so a compound is split only where a word can end
    /// (built once per pack: a parser is made for every article).
    private var lengths: [Int]

    init(pack: LanguagePack) {
        self.pack = pack
        self.starts = pack.numberWordKeys
        self.lengths = pack.numberWordLengths
    }

    /// The value of a digit token, or `nil` when it is not a well-formed number.
    /// - Complexity: O(n) in the length of `text`.
    func parseDigits(_ text: String) -> Double? {
        // Digits alone (most number tokens: years, counts) have no marks to weigh.
        if !text.isEmpty, text.utf8.allSatisfy({ $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }) { return Double(text) }
        // Digits with `.` and `,` only (`14.000`, `3,5`, `1.234,5`): the same reading on the bytes (round 20b).
        if let value = parseASCIIMarks(text) { return value }
        return parseDigitsByCharacters(text)
    }

    /// ``parseDigits(_:)`` by characters, for any text: the reference of ``parseASCIIMarks(_:)``.
    func parseDigitsByCharacters(_ text: String) -> Double? {
        if !text.isEmpty, text.utf8.allSatisfy({ $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }) { return Double(text) }
        let spaces = Self.spaces
        if text.contains(":") || text.contains("/") { return nil }
        let marks = Set(text.filter { !$0.isNumber })
        if marks.isEmpty { return Double(text) }
        var decimal: Character?
        var groups: Set<Character> = []
        let hasDot = marks.contains("."), hasComma = marks.contains(",")
        if hasDot && hasComma {
            decimal = text.last { $0 == "." || $0 == "," }
            groups = marks.subtracting([decimal!])
        } else if let mark = marks.first, marks.count == 1 {
            let count = text.filter { $0 == mark }.count
            let tail = text.split(separator: mark).last.map(\.count) ?? 0
            if spaces.contains(mark) || count > 1 {
                groups = [mark]
            } else if mark == pack.decimalSeparator {
                decimal = mark
            } else if mark == pack.groupSeparator && tail == 3 {
                groups = [mark]
            } else {
                decimal = mark
            }
        } else if marks.isSubset(of: spaces.union([pack.groupSeparator])) {
            groups = marks
        } else {
            return nil
        }
        let parts = text.split(separator: decimal ?? "\u{0}", omittingEmptySubsequences: false)
        guard parts.count <= 2, let integerPart = parts.first else { return nil }
        let chunks = integerPart.split(omittingEmptySubsequences: false) { groups.contains($0) }
        if chunks.count > 1 {
            guard let first = chunks.first, (1...3).contains(first.count),
                chunks.dropFirst().allSatisfy({ $0.count == 3 })
            else { return nil }
        }
        var normalized = chunks.joined()
        if parts.count == 2 {
            guard !parts[1].isEmpty, parts[1].allSatisfy(\.isNumber) else { return nil }
            normalized += "." + parts[1]
        }
        return Double(normalized)
    }

    /// Marks that group digits in every language (no-break, narrow and thin spaces, the Swiss `'`).
    private static let spaces: Set<Character> = ["\u{A0}", "\u{202F}", "\u{2009}", "'"]

    /// The value of one lower-case number word or compound (`zwölftausend`, `twenty-five`), or `nil`.
    func parseWord(_ word: String) -> Double? {
        parseWord(word, key: ClaimToken.key(of: word, length: 3))
    }

    /// The value of a word token's lower-case text as a number word, with the key the tokenizer computed.
    func parseWord(_ token: ClaimToken) -> Double? {
        parseWord(token.lower, key: token.key)
    }

    private func parseWord(_ word: String, key: Int) -> Double? {
        guard starts.contains(key) else { return nil }
        guard let atoms = segment(Substring(word)), !atoms.isEmpty else { return nil }
        return Self.combine(atoms)
    }

    /// The value of a sequence of number words (`twelve thousand`, `two hundred and five`).
    func parseWords(_ words: [String]) -> Double? {
        var atoms: [Double] = []
        for word in words {
            // Lowered once (round 31: twice before, for the connector test and for the split).
            let lower = word.lowercased()
            if pack.numberConnectors.contains(lower) { continue }
            guard let parts = segment(Substring(lower)) else { return nil }
            atoms += parts
        }
        Self.removeArticleOnes(&atoms)
        return atoms.isEmpty ? nil : Self.combine(atoms)
    }

    /// `a half`, `ein-halb`: the article before a fraction is not a one (`four and a half` is 4.5): every atom 1 right before
    /// an atom below 1 is removed, in place (round 31: an enumerated filter and its map made two arrays at every call).
    /// - Complexity: O(n) in the atoms; no allocation.
    static func removeArticleOnes(_ atoms: inout [Double]) {
        var kept = 0
        for index in atoms.indices where !(atoms[index] == 1 && index + 1 < atoms.count && atoms[index + 1] < 1) {
            atoms[kept] = atoms[index]
            kept += 1
        }
        atoms.removeLast(atoms.count - kept)
    }

    /// Splits a compound into number words (greedy, longest first, with backtracking).
    private func segment(_ text: Substring) -> [Double]? {
        if text.isEmpty { return [] }
        // On the bytes where the pack's words and the text allow it (round 24), with the same answer.
        if let atoms = pack.numberWordPrefixes.segment(text, lengths: lengths) { return atoms }
        for connector in pack.numberConnectors where text.hasPrefix(connector) {
            if let rest = segment(text.dropFirst(connector.count)) { return rest }
        }
        let count = text.count
        // The lengths at which a number word may open the text (``NumberWordPrefixes``); the dictionary decides.
        let possible = pack.numberWordPrefixes.lengths(in: text)
        for length in lengths where length <= count {
            if let possible, length < 64, possible & (1 << UInt64(length)) == 0 { continue }
            let head = String(text.prefix(length))
            if let value = pack.numberWords[head], let rest = segment(text.dropFirst(length)) {
                return [value] + rest
            }
        }
        return nil
    }

    /// Combines number words the way they are spoken: units and tens add, hundreds and larger multiply.
    static func combine(_ atoms: [Double]) -> Double {
        var total = 0.0
        var current = 0.0
        for atom in atoms {
            if atom == 100 {
                current = max(current, 1) * 100
            } else if atom >= 1000 {
                total += max(current, 1) * atom
                current = 0
            } else {
                current += atom
            }
        }
        return total + current
    }
}
