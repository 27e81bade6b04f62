/// Nouns that name a kind of place and introduce that place's name (`place-descriptors.txt`): `der Grenzbezirk
/// Halvor`, `im Landkreis Harburg`, `the district of Halvor`.
///
/// Read per language. A `head` matches the noun and its compounds in any inflection (`Grenzbezirk`, `Stadtbezirks`),
/// a `word` only the noun itself; `connector`s stand between descriptor and name (`of`) and are required when the
/// language lists any.
///
/// A class (round 30): ``EntityFinder``'s place test asks ``length(_:at:)`` of the pack's descriptors for every word of
/// every sentence, and as a structure (two suffix tables and a set) each call copied it out of the pack first, a
/// `memcpy` per word; a reference is passed as it is. Immutable, so sharing it changes nothing.
final class PlaceDescriptors: Sendable {
    /// Heads, matched as the end of a word after one inflection ending is removed.
    private let heads: SuffixTable<Bool>
    /// Words, matched whole after one inflection ending is removed.
    private let words: SuffixTable<Bool>
    private let connectors: Set<String>
    let isEmpty: Bool

    /// - Parameters:
    ///   - rows: the rows of `place-descriptors.txt` (`head | noun`, `word | noun`, `connector | word`).
    ///   - inflectionEndings: endings removed before a head is compared (`inflection-endings.txt`).
    init(rows: [[String]], inflectionEndings: [String]) {
        func values(_ kind: String) -> [String] { rows.filter { $0[0] == kind && $0.count > 1 }.map { $0[1].lowercased() } }
        func table(_ kind: String, compounds: Bool) -> SuffixTable<Bool> {
            SuffixTable(Dictionary(values(kind).map { ($0, true) }, uniquingKeysWith: { first, _ in first }),
                        endings: inflectionEndings, compounds: compounds)
        }
        heads = table("head", compounds: true)
        words = table("word", compounds: false)
        connectors = Set(values("connector"))
        isEmpty = values("head").isEmpty && values("word").isEmpty
    }

    /// The number of tokens the descriptor (and its connector) takes at `index`, when a capitalised word follows
    /// them; `nil` when no descriptor stands there.
    ///
    /// The cheap tests of the neighbours come first: this runs for every word of every sentence.
    func length(_ tokens: [ClaimToken], at index: Int) -> Int? {
        guard !isEmpty, tokens[index].kind == .word else { return nil }
        var length = 1
        if !connectors.isEmpty {
            guard index + 1 < tokens.count, connectors.contains(tokens[index + 1].lower) else { return nil }
            length = 2
        }
        guard index + length < tokens.count, tokens[index + length].kind == .word, tokens[index + length].isCapitalized,
            isDescriptor(tokens[index].lower)
        else { return nil }
        return length
    }

    /// Whether a lower-cased word is a descriptor: a listed word, or a head or a compound ending in one, with or
    /// without an inflection ending (a stem of at least three letters before the ending).
    ///
    /// Round 26: the word's bytes are reached once for both tables (``SuffixTable/lookup(_:bytes:)``); each
    /// `lookup(_:)` reached them itself, about 60 instructions a call, for every word before a capitalised one.
    func isDescriptor(_ word: String) -> Bool {
        if let found = word.utf8.withContiguousStorageIfAvailable({ bytes in
            words.lookup(word, bytes: bytes) != nil || heads.lookup(word, bytes: bytes) != nil
        }) {
            return found
        }
        return words.lookup(word) != nil || heads.lookup(word) != nil
    }
}
