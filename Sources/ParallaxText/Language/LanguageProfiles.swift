/// The evidence language identification weighs, loaded once from the lexicons.
///
/// For every language with a `stopwords.txt`, its stop words; for languages with a `letters.txt`,
/// per-letter weights. Words are keyed by a 64-bit FNV-1a hash of their lower-case scalars so that
/// the hot loop never builds a `String`.
struct LanguageProfiles: Sendable {
    /// Language codes; indices into this array identify languages below.
    var languages: [String]
    /// Hash of a lower-case stop word → the languages that list it.
    var stopWords: [UInt64: [Int]]
    /// Letter → (language, weight) pairs.
    var letterWeights: [UInt32: [(Int, Double)]]

    /// The profiles of every language in the lexicons.
    static let shared = LanguageProfiles.load()

    static func load() -> LanguageProfiles {
        var languages: [String] = []
        var stopWords: [UInt64: [Int]] = [:]
        var letterWeights: [UInt32: [(Int, Double)]] = [:]
        for code in TextLexicon.languages {
            let words = TextLexicon.entries("stopwords", language: code)
            guard !words.isEmpty else { continue }
            let index = languages.count
            languages.append(code)
            for word in Set(words.map { $0.lowercased() }) {
                stopWords[hash(word.unicodeScalars), default: []].append(index)
            }
            for line in TextLexicon.entries("letters", language: code) {
                let parts = line.split(separator: " ")
                guard parts.count == 2, let letter = parts[0].unicodeScalars.first, parts[0].unicodeScalars.count == 1,
                    let weight = Double(parts[1])
                else { continue }
                letterWeights[letter.value, default: []].append((index, weight))
            }
        }
        return LanguageProfiles(languages: languages, stopWords: stopWords, letterWeights: letterWeights)
    }

    static let fnvOffset: UInt64 = 0xcbf2_9ce4_8422_2325
    static let fnvPrime: UInt64 = 0x0000_0100_0000_01b3

    /// FNV-1a over scalar values.
    static func hash(_ scalars: some Sequence<Unicode.Scalar>) -> UInt64 {
        var h = fnvOffset
        for scalar in scalars { h = mix(h, scalar) }
        return h
    }

    @inline(__always)
    static func mix(_ h: UInt64, _ scalar: Unicode.Scalar) -> UInt64 {
        (h ^ UInt64(scalar.value)) &* fnvPrime
    }
}
