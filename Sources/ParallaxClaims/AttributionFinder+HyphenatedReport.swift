/// A report compound whose author is a name in capitals joined by a hyphen (round 21, attribution21): `Nach KNALL-Informationen
/// saßen fast 500 Zuschauer …` (dev15), `Nach SCHLAG-Informationen donnerte er mit fast 120 Sachen …` (dev14), `laut
/// APA-Informationen`, `nach ÖVP-Angaben`, a masthead of two words in capitals with its own hyphen `Nach KNALL-POST-Informationen`
/// (round 26). German writes a name that cannot be glued into a compound — an abbreviation, a
/// masthead in capitals — with a hyphen before the report noun; the name is the report's author, and a tabloid citing its own
/// findings so names itself. The closed compounds (`Unternehmensangaben`) are ``compoundReportAuthor(_:at:bodies:named:)``'s.
extension AttributionFinder {
    /// The author named before the hyphen of the word at `index` when the part after it is a `report` noun of
    /// `source-phrase.txt` and the part before is a name written in capitals (two letters or more, every letter upper-case,
    /// words in capitals joined by hyphens):
    /// its gazetteer label, else the name lower-cased. Nil for any other word (`Polizei-Angaben` is left to the lexicons).
    /// - Complexity: O(word length), once per `nach` or `laut`.
    func hyphenatedReportAuthor(_ tokens: [ClaimToken], at index: Int) -> String? {
        guard index < tokens.count, tokens[index].kind == .word, let hyphen = tokens[index].text.lastIndex(of: "-") else { return nil }
        let name = tokens[index].text[..<hyphen]
        let tail = tokens[index].text[tokens[index].text.index(after: hyphen)...].lowercased()
        // A masthead of two words in capitals keeps its own hyphen (`Nach KNALL-POST-Informationen`, round 26).
        let parts = name.split(separator: "-", omittingEmptySubsequences: false)
        guard name.count >= 2, parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy { $0.isUppercase || $0 == "&" } }),
            name.contains(where: \.isLetter), pack.reportNouns.contains(tail)
        else { return nil }
        let lower = name.lowercased()
        return pack.gazetteer.value(of: lower)?.name ?? lower
    }
}
