/// One token of a written date: a run of digits, a run of letters, or a punctuation character.
package enum DateToken: Equatable, Sendable {
    /// Digits, with their count (to tell `25` from `2025`).
    case number(Int, digits: Int)
    /// Letters (and inner dots or apostrophes, as in `p.m.`, `o'clock`), lower-cased.
    case word(String)
    /// Any other visible character; whitespace is dropped.
    case mark(Character)

    /// Splits `text` into tokens.
    /// - Complexity: O(n) in the length of `text`.
    package static func tokenize(_ text: String) -> [DateToken] {
        var tokens: [DateToken] = []
        let characters = Array(text)
        var index = 0
        while index < characters.count {
            let character = characters[index]
            if let digit = character.wholeNumberValue, character.isASCII {
                var value = digit
                var count = 1
                index += 1
                while index < characters.count, characters[index].isASCII, let next = characters[index].wholeNumberValue {
                    if count < 9 { value = value * 10 + next }
                    count += 1
                    index += 1
                }
                tokens.append(.number(value, digits: count))
            } else if character.isLetter {
                var word = String(character)
                index += 1
                while index < characters.count {
                    let next = characters[index]
                    if next.isLetter {
                        word.append(next)
                    } else if next == "." || next == "'", index + 1 < characters.count, characters[index + 1].isLetter {
                        word.append(next)
                    } else {
                        break
                    }
                    index += 1
                }
                // Keep the final dot of "p.m." so it matches the lexicon.
                if index < characters.count, characters[index] == ".", word.contains(".") {
                    word.append(".")
                    index += 1
                }
                tokens.append(.word(word.lowercased()))
            } else {
                if !character.isWhitespace { tokens.append(.mark(character)) }
                index += 1
            }
        }
        return tokens
    }
}
