/// Alternatives in a lexicon line (round 14): productive word formation written once.
///
/// A word-formation family is one rule with many spellings: a flood word after a word for people
/// (`*{asyl,asylanten,migranten}{flut,schwemme}`), a sneer after any of a few heads, a phrase whose
/// nouns vary (`{flood,swarm,horde*} of {migrant*,refugee*}`). A lexicon line writes the parts in braces,
/// comma-separated (an empty alternative is allowed: `{,s}`), and the loader expands it into one pattern
/// per combination before the matcher indexes them. Matching stays one walk down the tries per word:
/// the expanded forms are ordinary stems, prefixes and compound heads.
extension LexiconPattern {
    /// The most patterns one line may expand to: a typo that multiplies groups should fail loudly
    /// rather than build a huge trie.
    package static let maximumAlternatives = 512

    /// Every spelling a pattern source with `{a,b}` groups stands for, in the order written (the first
    /// alternative of the first group varies slowest); the source itself when it has no group.
    ///
    /// - Returns: `nil` when a brace is unbalanced or nested, or when the line expands to more than
    ///   ``maximumAlternatives`` patterns.
    /// - Complexity: O(n · k) for k expansions of at most n characters.
    package static func expandingAlternatives(_ source: String) -> [String]? {
        guard source.contains("{") || source.contains("}") else { return [source] }
        var expansions = [""]
        var rest = Substring(source)
        while let open = rest.firstIndex(where: { $0 == "{" || $0 == "}" }) {
            guard rest[open] == "{" else { return nil }
            let literal = rest[..<open]
            let afterOpen = rest.index(after: open)
            guard let close = rest[afterOpen...].firstIndex(where: { $0 == "{" || $0 == "}" }), rest[close] == "}"
            else { return nil }
            let options = rest[afterOpen..<close].split(separator: ",", omittingEmptySubsequences: false)
            guard expansions.count * options.count <= maximumAlternatives else { return nil }
            expansions = expansions.flatMap { prefix in options.map { prefix + literal + $0 } }
            rest = rest[rest.index(after: close)...]
        }
        return expansions.map { $0 + rest }
    }
}
