import ParallaxModel

/// A cardinal fused with the noun of occasions (round 22): `dreimal`, `viermal`, `zwölfmal` count how often something
/// happened, as `drei Mal` written apart does, which the counted-noun rules already read (dev16 `war … dreimal in Häfen
/// festgesetzt worden`, real `viermal sei er … zurückgeschickt worden`, `dreimal … geschieden`; real3 counts `drei Mal`).
/// The suffix and the words that make the adverb a factor are the language's (`frequency-words.txt`).
extension QuantityFinder {
    /// The count of occasions of a fused adverb of frequency at `index`, or `nil`: its first part is a number word of
    /// three or more (`einmal`, `zweimal` are idioms and small counts below the threshold of spelled counts, as `zwei`
    /// before an unknown noun), and no factor or comparative follows (`fünfmal so viel`, `dreimal höher`).
    /// - Complexity: O(k) in the number of suffixes; one number-word parse.
    func fusedFrequency(_ tokens: [ClaimToken], at index: Int) -> Reading? {
        // The suffixes' last bytes first (round 24): most words end in none of them. The token is copied only past that
        // test (round 31: the copy of its two strings at each of about 34,000 calls per 150 study articles).
        guard tokens[index].kind == .word, !pack.frequencySuffixes.isEmpty, pack.frequencySuffixEnds.mayEnd(tokens[index].lower)
        else { return nil }
        let token = tokens[index]
        guard let suffix = pack.frequencySuffixes.first(where: { token.lower.hasSuffix($0) && token.lower.count > $0.count })
        else { return nil }
        guard let value = parser.parseWord(String(token.lower.dropLast(suffix.count))), value >= 3, value == value.rounded()
        else { return nil }
        if index + 1 < tokens.count, tokens[index + 1].kind == .word {
            let next = tokens[index + 1]
            if pack.frequencyFactors.contains(next) { return nil }
            if !next.isCapitalized, next.lower.count >= 5, pack.comparativeEndings.contains(where: { next.lower.hasSuffix($0) }) {
                return nil
            }
        }
        var reading = Reading(value: value, end: index + 1, qualifier: nil, unit: nil, multiplied: true, grouped: false, plain: false)
        reading.frequency = true
        return reading
    }
}
