import ParallaxModel

/// Lists of bare figures (round 15): `So seien im Jänner noch 70.000 gekommen, im Februar 50.000 und im März 30.000.` — two
/// or more figures without a noun, joined by commas or `und`, in a sentence that counts nothing else, continue the count a
/// sentence shortly before named (`insgesamt 150.000 Flüchtlinge`). Figures in brackets are no such list.
extension ClaimBuilder {
    /// The token indices of the numbers of a sentence's bare figure list, or none: at least two figures written in digits,
    /// each without a unit, a noun, a whole or a year's form, every consecutive pair joined by a comma or a number
    /// connector between them, and no figure of the sentence with a unit.
    static func bareFigureList(_ mentions: [QuantityMention], tokens: [ClaimToken], pack: LanguagePack) -> Set<Int> {
        guard mentions.count >= 2, mentions.allSatisfy({ $0.quantity.unit == nil }) else { return [] }
        let bare = mentions.filter { mention in
            tokens[mention.number].kind == .number && !mention.countsNoun && !mention.partOfWhole
                && !tokens[mention.number].isFourDigitInteger
                && mention.quantity.low == nil
                // A figure in brackets is an age, a minute of a match or a share beside a name (`An Hyong-chan (56)`,
                // `(63. Pires)`, `FPÖ (2.496)`), no item of a list.
                && !(mention.number > 0 && tokens[mention.number - 1].text == "(")
                && !(mention.end < tokens.count && tokens[mention.end].text == ")")
        }
        guard bare.count == mentions.count else { return [] }
        for (left, right) in zip(bare, bare.dropFirst()) {
            let between = tokens[left.end..<right.first]
            guard between.contains(where: { $0.text == "," || pack.numberConnectors.contains($0.lower) }) else { return [] }
        }
        return Set(bare.map(\.number))
    }
}
