/// Where a separable particle stands (round 35, ``SeparableVerbRule``).
extension TokenizedText {
    /// Whether word `index` is exactly `particle` (folded) and ends its clause: it is the text's last word or a
    /// punctuation mark follows it. "Knickte um wie ein Streichholz" holds the article "ein", not the particle of
    /// "einknicken"; "zocken ab und zu" the adverb, not the particle of "abzocken".
    package func closesClause(at index: Int, particle: [UInt8]) -> Bool {
        guard folded[words[index].bytes].elementsEqual(particle) else { return false }
        guard index + 1 < words.count else { return true }
        return separator(after: index).contains { !Self.spaceBytes.contains($0) }
    }

    /// The bytes of spaces between words: blank, tab, line breaks and the no-break space (UTF-8 C2 A0).
    private static let spaceBytes: Set<UInt8> = [0x20, 0x09, 0x0A, 0x0D, 0xC2, 0xA0]
}
