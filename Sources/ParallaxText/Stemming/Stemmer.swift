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

/// Helpers shared by the Snowball stemmers, which work on arrays of Unicode scalars.
enum SnowballText {
    /// The scalars of `word`, lower-cased when needed.
    static func scalars(of word: String) -> [Unicode.Scalar] {
        var result: [Unicode.Scalar] = []
        result.reserveCapacity(word.utf8.count)
        var needsLowercasing = false
        for scalar in word.unicodeScalars {
            if ScalarClass.isUppercase(scalar) { needsLowercasing = true }
            result.append(scalar)
        }
        if needsLowercasing {
            result.removeAll(keepingCapacity: true)
            result.append(contentsOf: word.lowercased().unicodeScalars)
        }
        return result
    }

    /// A string from scalars.
    static func string(_ scalars: [Unicode.Scalar]) -> String {
        if scalars.allSatisfy({ $0.isASCII }) {
            return String(unsafeUninitializedCapacity: scalars.count) { buffer in
                for (i, scalar) in scalars.enumerated() { buffer[i] = UInt8(truncatingIfNeeded: scalar.value) }
                return scalars.count
            }
        }
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars)
        return String(view)
    }

    /// Whether `word` ends with `suffix` (given as ASCII/Unicode text) before `end`.
    static func hasSuffix(_ word: [Unicode.Scalar], _ suffix: [Unicode.Scalar], end: Int) -> Bool {
        guard suffix.count <= end else { return false }
        var i = end - suffix.count
        for s in suffix {
            if word[i] != s { return false }
            i += 1
        }
        return true
    }

    /// The longest of `suffixes` that `word[..<end]` ends with, if any.
    static func longestSuffix(
        _ word: [Unicode.Scalar], end: Int, among suffixes: [[Unicode.Scalar]]
    ) -> Int? {
        var best: Int?
        for (index, suffix) in suffixes.enumerated() where hasSuffix(word, suffix, end: end) {
            if best == nil || suffixes[best!].count < suffix.count { best = index }
        }
        return best
    }
}

/// The scalars of a suffix-table literal.
func scalars(_ literal: String) -> [Unicode.Scalar] { Array(literal.unicodeScalars) }
