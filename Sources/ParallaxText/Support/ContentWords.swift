/// The content words of a text: words of ``minimumLength`` letters or more, lower-cased and cut to that
/// many letters, so that inflections meet (`leaked`, `leaking` → `leaked`; `weapons`, `weapon` → `weapon`)
/// and function words drop out. Two sentences about one assertion share them: the claims stage links a
/// denial to the statement it contests by them, reconciliation a denial to the group of assertions.
public enum ContentWords {
    /// The least length of a content word, and the letters it is cut to.
    public static let minimumLength = 6

    /// The content words of `text`.
    /// - Complexity: O(n) in the characters of `text`.
    public static func of(_ text: String) -> Set<String> {
        var words = Set<String>()
        for word in text.lowercased().split(whereSeparator: { !$0.isLetter }) where word.count >= minimumLength {
            words.insert(String(word.prefix(minimumLength)))
        }
        return words
    }
}
