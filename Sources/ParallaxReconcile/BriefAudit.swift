public import ParallaxModel

/// Checks the brief's promise: every number in a sentence appears in a claim of an article it cites.
public enum BriefAudit {
    /// A number in the brief that none of the cited articles' claims contains.
    public struct UnsupportedNumber: Sendable, Equatable, CustomStringConvertible {
        public var sentence: String
        public var number: Double
        public var description: String { "\(number) in \"\(sentence)\"" }
    }

    /// The numbers of `brief` that are not backed by a cited claim.
    public static func unsupportedNumbers(brief: [BriefSentence], claims: [Claim]) -> [UnsupportedNumber] {
        let byArticle = Dictionary(grouping: claims, by: \.article)
        var problems: [UnsupportedNumber] = []
        for sentence in brief {
            let cited = sentence.cites.flatMap { byArticle[$0] ?? [] }
            var allowed = Set<Double>()
            for claim in cited {
                guard let quantity = claim.quantity else { continue }
                for value in [quantity.value, quantity.low, quantity.high, quantity.normalized?.value].compactMap({ $0 }) {
                    allowed.insert(rounded(value))
                }
            }
            for number in numbers(in: sentence.text, language: sentence.language ?? "en") where !allowed.contains(rounded(number)) {
                problems.append(UnsupportedNumber(sentence: sentence.text, number: number))
            }
        }
        return problems
    }

    /// The sentences of `brief` whose every number a cited claim gives, in order.
    public static func supported(_ brief: [BriefSentence], claims: [Claim]) -> [BriefSentence] {
        brief.filter { unsupportedNumbers(brief: [$0], claims: claims).isEmpty }
    }

    /// The numbers written with digits in `text`, read with the language's separators.
    static func numbers(in text: String, language: String) -> [Double] {
        var found: [Double] = []
        var current = ""
        func flush() {
            var token = current
            current = ""
            while let last = token.last, !last.isNumber { token.removeLast() }
            guard !token.isEmpty else { return }
            let (grouping, decimal): (Character, Character) = language == "en" ? (",", ".") : (".", ",")
            let cleaned = token.filter { $0 != grouping && $0 != "\u{202F}" }.map { $0 == decimal ? "." : $0 }
            if let value = Double(String(cleaned)) { found.append(value) }
        }
        for character in text {
            if character.isNumber || (!current.isEmpty && [".", ",", "\u{202F}"].contains(character)) {
                current.append(character)
            } else {
                flush()
            }
        }
        flush()
        return found
    }

    private static func rounded(_ value: Double) -> Double { (value * 100).rounded() / 100 }
}
