/// Reduces an inflected word to a stem shared by its related forms.
///
/// Stems are index keys, not words: `regierungen` and `regierung` both become `regier`.
/// Implementations expect one lower-case word without surrounding punctuation; they lower-case
/// their input when it is not.
public protocol Stemmer: Sendable {
    /// The stem of `word`.
    /// - Complexity: O(*n*) in the length of `word`.
    func stem(_ word: String) -> String
}

/// The stemmers this target ships, by language.
public enum Stemmers {
    /// The stemmer for an ISO 639-1 language code, or `nil` when there is none.
    ///
    /// - Parameter code: `de`, `en`, … (case-insensitive; region suffixes such as `de-AT` are ignored).
    public static func forLanguage(_ code: String) -> (any Stemmer)? {
        let base = code.lowercased().split(whereSeparator: { $0 == "-" || $0 == "_" }).first.map(String.init) ?? ""
        switch base {
        case "de": return GermanStemmer()
        case "en": return EnglishStemmer()
        default: return nil
        }
    }
}
