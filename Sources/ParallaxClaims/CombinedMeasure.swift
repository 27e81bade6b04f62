/// Measure labels that join two measures (`killed or wounded`, `docs/VOCABULARY.md`).
enum CombinedMeasure {
    /// The word that joins the two labels, with its spaces.
    static let joiner = " or "

    /// True when `label` joins two measures: `label.contains(" or ")`, answered on the UTF-8 bytes for an ASCII label.
    ///
    /// Round 21: `StringProtocol.contains(_:)` (the `_StringProcessing` substring search) was asked for every measure
    /// word of a figure's sentence, about 0.6 % of the claims stage by profile. The labels are the vocabulary's ASCII
    /// words, whose characters are their bytes; any other label keeps the search by characters.
    /// - Complexity: O(n) in the label's bytes; no allocation.
    static func isCombined(_ label: String) -> Bool {
        let found = label.utf8.withContiguousStorageIfAvailable { bytes -> Bool? in
            guard bytes.allSatisfy({ $0 < 0x80 }) else { return nil }
            guard bytes.count >= 4 else { return false }
            for start in 0...(bytes.count - 4)
            where bytes[start] == 0x20 && bytes[start + 1] == 0x6F && bytes[start + 2] == 0x72 && bytes[start + 3] == 0x20 {
                return true
            }
            return false
        }
        if let found, let found { return found }
        return label.contains(joiner)
    }
}
