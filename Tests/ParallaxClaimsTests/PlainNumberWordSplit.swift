@testable import ParallaxClaims

/// The plain reading of a number-word compound that ``NumberParser``'s fast paths must agree with: every length a number
/// word has, longest first, looked up as a `String`, and the words combined as they are spoken. Shared by the suites that
/// check the fast paths (`NumberParserFastPathTests`, `NumberWordPrefixesTests`).
enum PlainNumberWordSplit {
    /// The words of `text`, connectors skipped, or nil when it is no compound of number words.
    static func segment(_ text: Substring, _ pack: LanguagePack) -> [Double]? {
        if text.isEmpty { return [] }
        for connector in pack.numberConnectors where text.hasPrefix(connector) {
            if let rest = segment(text.dropFirst(connector.count), pack) { return rest }
        }
        let lengths = Set(pack.numberWords.keys.map(\.count)).filter { $0 <= 12 }.sorted(by: >)
        for length in lengths where length <= text.count {
            if let value = pack.numberWords[String(text.prefix(length))], let rest = segment(text.dropFirst(length), pack) {
                return [value] + rest
            }
        }
        return nil
    }

    /// `NumberParser.parseWord` read plainly: the key filter and the split; the words are combined by the parser's own
    /// ``NumberParser/combine(_:)`` (not what the fast paths change).
    static func parseWord(_ word: String, _ pack: LanguagePack) -> Double? {
        guard pack.numberWordKeys.contains(ClaimToken.key(of: word, length: 3)),
            let atoms = segment(Substring(word), pack), !atoms.isEmpty
        else { return nil }
        return NumberParser.combine(atoms)
    }
}
