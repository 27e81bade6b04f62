import Foundation

/// The emphatic negations by which a speaker denies an account without a verb of denial (`zu keinem Zeitpunkt`, `at no
/// point`, `no evidence`; `Lexicons/<lang>/denial-negations.txt`, round 27).
struct DenialNegations: Sendable {
    /// The phrases, each as its lower-cased words.
    var phrases: [[String]] = []
    /// The first words of the phrases, to skip every other token at once.
    var firstWords: Set<String> = []
    /// ``ClaimToken/wordKey(of:)`` of each phrase's words, at the positions of ``phrases`` (round 27, claims speed).
    private var phraseKeys: [[Int]] = []
    /// True when every word of every phrase is Latin-1 text: then a Latin-1 token equals a phrase's word only when their
    /// UTF-8 bytes, and so their word keys, are equal (see ``ClaimToken/isLatin1``), and unequal keys reject the token
    /// without hashing its string or comparing it.
    private var isLatin1 = true

    init(rows: [[String]]) {
        for row in rows {
            guard let phrase = row.first?.split(separator: " ").map(String.init), let first = phrase.first else { continue }
            phrases.append(phrase)
            firstWords.insert(first)
            phraseKeys.append(phrase.map { ClaimToken.wordKey(of: $0) })
            isLatin1 = isLatin1 && phrase.allSatisfy(ClaimToken.isLatin1)
        }
    }

    /// The phrases of every language with a lexicon folder, read once.
    static let byLanguage = LexiconFile.perLanguage("denial-negations.txt", DenialNegations.init(rows:))

    /// The token range of the first phrase in `tokens`, if any; punctuation between its words breaks it.
    ///
    /// Round 27 (claims speed): the test ran for every sentence with a speaker and hashed every word's string for
    /// ``firstWords`` (1.5 % of the claims stage by callgrind). For a Latin-1 token and Latin-1 phrases the tokens' word
    /// keys now reject a phrase first: unequal keys mean unequal bytes, so unequal strings; equal keys are confirmed by
    /// the string comparisons as before. Other tokens take the string tests alone. The answer is the same.
    /// - Complexity: O(*n*) in the tokens, times the few phrases that open with a token's word.
    func first(in tokens: [ClaimToken]) -> Range<Int>? {
        guard !phrases.isEmpty else { return nil }
        return tokens.withUnsafeBufferPointer { tokens in
            for index in tokens.indices where tokens[index].kind == .word {
                // The first words' test (the phrases' own comparisons below decide; this only passes over tokens).
                if isLatin1 && tokens[index].isLatin1 {
                    guard phraseKeys.contains(where: { $0[0] == tokens[index].wordKey }) else { continue }
                } else {
                    guard firstWords.contains(tokens[index].lower) else { continue }
                }
                for (number, phrase) in phrases.enumerated() where index + phrase.count <= tokens.count {
                    if isLatin1 && !phraseKeys[number].indices.allSatisfy({
                        !tokens[index + $0].isLatin1 || tokens[index + $0].wordKey == phraseKeys[number][$0]
                    }) {
                        continue
                    }
                    if phrase.indices.allSatisfy({ tokens[index + $0].kind == .word && tokens[index + $0].lower == phrase[$0] }) {
                        return index..<(index + phrase.count)
                    }
                }
            }
            return nil
        }
    }
}
