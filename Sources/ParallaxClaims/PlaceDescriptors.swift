/// Nouns that name a kind of place and introduce that place's name (`place-descriptors.txt`): `der Grenzbezirk
/// Halvor`, `im Landkreis Harburg`, `the district of Halvor`.
///
/// Read per language. A `head` matches the noun and its compounds in any inflection (`Grenzbezirk`, `Stadtbezirks`),
/// a `word` only the noun itself; `connector`s stand between descriptor and name (`of`) and are required when the
/// language lists any.
struct PlaceDescriptors: Sendable {
    private let heads: [String]
    private let words: Set<String>
    private let connectors: Set<String>
    private let endings: [String]

    /// - Parameters:
    ///   - rows: the rows of `place-descriptors.txt` (`head | noun`, `word | noun`, `connector | word`).
    ///   - inflectionEndings: endings removed before a head is compared (`inflection-endings.txt`).
    init(rows: [[String]], inflectionEndings: [String]) {
        func values(_ kind: String) -> [String] { rows.filter { $0[0] == kind && $0.count > 1 }.map { $0[1].lowercased() } }
        heads = values("head")
        words = Set(values("word"))
        connectors = Set(values("connector"))
        endings = inflectionEndings
    }

    var isEmpty: Bool { heads.isEmpty && words.isEmpty }

    /// The number of tokens the descriptor (and its connector) takes at `index`, when a capitalised word follows
    /// them; `nil` when no descriptor stands there.
    func length(_ tokens: [ClaimToken], at index: Int) -> Int? {
        guard !isEmpty, tokens[index].kind == .word, isDescriptor(tokens[index].lower) else { return nil }
        var length = 1
        if !connectors.isEmpty {
            guard index + 1 < tokens.count, connectors.contains(tokens[index + 1].lower) else { return nil }
            length = 2
        }
        guard index + length < tokens.count, tokens[index + length].kind == .word, tokens[index + length].isCapitalized
        else { return nil }
        return length
    }

    /// Whether a lower-cased word is a descriptor: a listed word, or a head or a compound ending in one, with or
    /// without an inflection ending.
    func isDescriptor(_ word: String) -> Bool {
        if words.contains(word) || heads.contains(where: { word.hasSuffix($0) }) { return true }
        for ending in endings where word.hasSuffix(ending) && word.count > ending.count + 2 {
            let stem = String(word.dropLast(ending.count))
            if words.contains(stem) || heads.contains(where: { stem.hasSuffix($0) }) { return true }
        }
        return false
    }
}
