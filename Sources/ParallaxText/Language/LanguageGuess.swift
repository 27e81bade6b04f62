/// The language a text is written in, as far as its words tell.
public struct LanguageGuess: Sendable, Equatable, CustomStringConvertible {
    /// The code for a text too short, or without evidence, to tell.
    public static let undetermined = "und"

    /// ISO 639-1 code (`de`, `en`, …) or ``undetermined``.
    public var code: String
    /// How sure the guess is, from 0 (a coin toss or no evidence) to 1 (no other language scored).
    public var confidence: Double

    public init(code: String, confidence: Double) {
        self.code = code
        self.confidence = confidence
    }

    /// Whether a language was found at all.
    public var isDetermined: Bool { code != Self.undetermined }

    public var description: String { "\(code) (\(confidence))" }
}
