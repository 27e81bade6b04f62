/// Where a separable particle stands (round 35, ``SeparableVerbRule``).
extension TokenizedText {
    /// Whether word `index` is exactly `particle` (folded) and ends its clause: it is the text's last word, a
    /// punctuation mark follows it, or the next word is one of `links` ("zocken die Kunden ab und lachen").
    /// "Knickte um wie ein Streichholz" holds the article "ein", not the particle of "einknicken".
    package func closesClause(at index: Int, particle: [UInt8], links: Set<String>) -> Bool {
        guard folded[words[index].bytes].elementsEqual(particle) else { return false }
        guard index + 1 < words.count else { return true }
        if separator(after: index).contains(where: { !Self.spaceBytes.contains($0) }) { return true }
        return links.contains(foldedWord(index + 1))
    }

    /// The bytes of spaces between words: blank, tab, line breaks and the no-break space (UTF-8 C2 A0).
    private static let spaceBytes: Set<UInt8> = [0x20, 0x09, 0x0A, 0x0D, 0xC2, 0xA0]
}
