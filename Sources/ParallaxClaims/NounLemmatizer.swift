/// The dictionary form of a counted noun by its language's plural rules (`noun-plurals.txt`): `lags` → lag, `cities` →
/// city, `children` → child, `Insassen` → insasse, `Schülerinnen` → schülerin.
///
/// The rules are data: regular endings tried longest first, whole-word irregular forms, invariant nouns and, for a
/// language that marks its plural by `s`, the words ending in `s` that are no plural (`was`, `times`). A word that no
/// rule recognises is returned lower-cased as written.
struct NounLemmatizer: Sendable {
    /// A regular ending of the plural and the singular ending it replaces (`ies` → `y`).
    struct Rule: Sendable, Equatable {
        var plural: String
        var singular: String
    }

    /// Regular endings, longest plural ending first.
    private(set) var rules: [Rule]
    private(set) var irregular: [String: String]
    private(set) var invariant: Set<String>
    private(set) var notPlural: Set<String>
    /// The shortest dictionary form a regular rule may leave (`shortest` row; German 5: `Kisten` stays `kisten`, not `kist`).
    private(set) var shortest = 3
    /// The rules' plural endings as UTF-8 bytes and their singular endings' lengths in characters, in ``rules``' order, for
    /// reading a Latin-1 word on its bytes (round 24); empty when an ending is not Latin-1.
    private var pluralBytes: [[UInt8]] = []
    private var singularCounts: [Int] = []

    init(rows: [[String]]) {
        var rules: [Rule] = []
        var irregular: [String: String] = [:]
        var invariant = Set<String>()
        var notPlural = Set<String>()
        var shortest = 3
        for row in rows where row.count >= 2 {
            switch row[0] {
            case "rule" where row.count >= 3: rules.append(Rule(plural: row[1], singular: row[2] == "-" ? "" : row[2]))
            case "irregular" where row.count >= 3: irregular[row[1]] = row[2]
            case "invariant": invariant.insert(row[1])
            case "not-plural": notPlural.insert(row[1])
            case "shortest": shortest = Int(row[1]) ?? shortest
            default: continue
            }
        }
        self.rules = rules.sorted { $0.plural.count > $1.plural.count }
        self.irregular = irregular
        self.invariant = invariant
        self.notPlural = notPlural
        self.shortest = shortest
        if self.rules.allSatisfy({ ClaimToken.isLatin1($0.plural) && ClaimToken.isLatin1($0.singular) }) {
            pluralBytes = self.rules.map { Array($0.plural.utf8) }
            singularCounts = self.rules.map { ByteSuffix.scalarCount($0.singular) }
        }
    }

    /// The dictionary form of `word` (lower-cased).
    /// - Complexity: O(r) suffix tests for r rules.
    func lemma(_ word: String) -> String {
        let lower = word.lowercased()
        if let form = irregular[lower] { return form }
        if invariant.contains(lower) || notPlural.contains(lower) { return lower }
        guard let (rule, stem) = regularRule(lower) else { return lower }
        return stem + rule.singular
    }

    /// True when `word` reads as a plural noun by its form alone: an irregular plural, an invariant noun, or a regular
    /// plural ending that leaves a stem (not `is`, `us`, `ss`, nor a word listed as no plural).
    func isPluralForm(_ word: String) -> Bool {
        let lower = word.lowercased()
        if irregular[lower] != nil || invariant.contains(lower) { return true }
        if notPlural.contains(lower) { return false }
        guard let (rule, _) = regularRule(lower) else { return false }
        // A final `s` after `s`, `u` or `i` is no plural ending (`class`, `status`, `analysis`).
        if rule.plural == "s", let before = lower.dropLast().last, "sui".contains(before) { return false }
        return true
    }

    /// True when the word is an irregular plural or singular, an invariant noun or listed as no plural: no regular rule
    /// reads it.
    func isIrregular(_ word: String) -> Bool {
        let lower = word.lowercased()
        return irregular[lower] != nil || irregular.values.contains(lower) || invariant.contains(lower) || notPlural.contains(lower)
    }

    /// The plural of a regular noun by the same rules read forwards (the inverse of ``lemma(_:)`` for nouns the rules
    /// cover; used to test them).
    func plural(_ singular: String) -> String {
        let lower = singular.lowercased()
        if let form = irregular.first(where: { $0.value == lower })?.key { return form }
        if invariant.contains(lower) { return lower }
        // The rule whose singular ending the word has (the longest), else the rule that adds to any ending.
        let rule = rules.filter { !$0.singular.isEmpty && lower.hasSuffix($0.singular) }.max { $0.singular.count < $1.singular.count }
            ?? rules.first { $0.singular.isEmpty }
        guard let rule else { return lower }
        return String(lower.dropLast(rule.singular.count)) + rule.plural
    }

    private func regularRule(_ lower: String) -> (Rule, String)? {
        if let found = lower.utf8.withContiguousStorageIfAvailable(regularRule(bytes:)), let found {
            guard let index = found else { return nil }
            return (rules[index], String(lower.dropLast(rules[index].plural.count)))
        }
        for rule in rules where lower.hasSuffix(rule.plural) {
            let stem = String(lower.dropLast(rule.plural.count))
            if (stem + rule.singular).count >= shortest { return (rule, stem) }
        }
        return nil
    }

    /// The position of the first rule that reads the word `bytes` (its plural ending, and a stem long enough with the
    /// singular ending), as ``regularRule(_:)`` finds it by characters: for a Latin-1 word without a carriage return
    /// every character is one scalar, so an ending by bytes is an ending by characters and the characters are counted
    /// by their lead bytes (round 24: `String.hasSuffix` per rule, 21,538 words, 0.5 % of the claims stage by callgrind).
    /// `.some(nil)` when no rule reads it; `nil` when this reading does not apply.
    /// - Complexity: O(r·m) byte comparisons for r rules of at most m bytes.
    private func regularRule(bytes: UnsafeBufferPointer<UInt8>) -> Int?? {
        guard !pluralBytes.isEmpty || rules.isEmpty else { return nil }
        for byte in bytes where byte >= 0xC4 || byte == 0x0D { return nil }
        for (index, plural) in pluralBytes.enumerated() where ByteSuffix.hasSuffix(bytes, plural) {
            var characters = singularCounts[index]
            for byte in bytes[..<(bytes.count - plural.count)] where byte & 0xC0 != 0x80 { characters += 1 }
            if characters >= shortest { return .some(index) }
        }
        return .some(nil)
    }
}
