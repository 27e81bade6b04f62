import Foundation

/// The emphatic negations by which a speaker denies an account without a verb of denial (`zu keinem Zeitpunkt`, `at no
/// point`, `no evidence`; `Lexicons/<lang>/denial-negations.txt`, round 27).
struct DenialNegations: Sendable {
    /// The phrases, each as its lower-cased words.
    var phrases: [[String]] = []
    /// The first words of the phrases, to skip every other token at once.
    var firstWords: Set<String> = []

    init(rows: [[String]]) {
        for row in rows {
            guard let phrase = row.first?.split(separator: " ").map(String.init), let first = phrase.first else { continue }
            phrases.append(phrase)
            firstWords.insert(first)
        }
    }

    /// The phrases of every language with a lexicon folder, read once.
    static let byLanguage: [String: DenialNegations] = {
        var result: [String: DenialNegations] = [:]
        for language in LexiconFile.languages {
            result[language] = DenialNegations(rows: LexiconFile.rows("denial-negations.txt", in: LexiconFile.folder(language: language)))
        }
        return result
    }()

    /// The token range of the first phrase in `tokens`, if any; punctuation between its words breaks it.
    /// - Complexity: O(*n*) in the tokens, times the few phrases that open with a token's word.
    func first(in tokens: [ClaimToken]) -> Range<Int>? {
        guard !phrases.isEmpty else { return nil }
        for index in tokens.indices where tokens[index].kind == .word && firstWords.contains(tokens[index].lower) {
            for phrase in phrases where index + phrase.count <= tokens.count {
                if phrase.indices.allSatisfy({ tokens[index + $0].kind == .word && tokens[index + $0].lower == phrase[$0] }) {
                    return index..<(index + phrase.count)
                }
            }
        }
        return nil
    }
}
