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
        return brief.flatMap { unsupportedNumbers(in: $0, claimsByArticle: byArticle) }
    }

    /// The sentences of `brief` whose every number a cited claim gives, in order.
    /// - Parameter claimsByArticle: the claims, grouped by their article.
    public static func supported(_ brief: [BriefSentence], claimsByArticle: [String: [Claim]]) -> [BriefSentence] {
        brief.filter { unsupportedNumbers(in: $0, claimsByArticle: claimsByArticle).isEmpty }
    }

    /// The numbers of one sentence that none of its cited articles' claims gives.
    static func unsupportedNumbers(in sentence: BriefSentence, claimsByArticle: [String: [Claim]]) -> [UnsupportedNumber] {
        var allowed = Set<Double>()
        for claim in sentence.cites.flatMap({ claimsByArticle[$0] ?? [] }) {
            guard let quantity = claim.quantity else { continue }
            for value in [quantity.value, quantity.low, quantity.high, quantity.normalized?.value].compactMap({ $0 }) {
                allowed.insert(rounded(value))
            }
        }
        return numbers(in: sentence.text, language: sentence.language ?? "en").filter { !allowed.contains(rounded($0)) }
            .map { UnsupportedNumber(sentence: sentence.text, number: $0) }
    }

    /// The numbers written with digits in `text`, read with the language's separators.
    static func numbers(in text: String, language: String) -> [Double] {
        var found: [Double] = []
        var current = ""
        func flush() {
            var token = current
            current = ""
            while let last = token.last, !last.isNumberFast { token.removeLast() }
            guard !token.isEmpty else { return }
            let (grouping, decimal): (Character, Character) = language == "en" ? (",", ".") : (".", ",")
            let cleaned = token.filter { $0 != grouping && $0 != "\u{202F}" }.map { $0 == decimal ? "." : $0 }
            if let value = Double(String(cleaned)) { found.append(value) }
        }
        for character in text {
            if character.isNumberFast || (!current.isEmpty && [".", ",", "\u{202F}"].contains(character)) {
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
