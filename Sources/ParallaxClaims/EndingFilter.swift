/// A first test whether a word may end in one of a set of endings: exact in one direction — a word it rejects ends in
/// none of them — so that the comparison ending by ending runs only for the words it lets through.
///
/// Endings of four bytes or more are kept as their tails (``SuffixTails``: at most three integer look-ups, however many
/// endings); shorter ones are compared directly. Round 21: ``ArticleNames`` compared every word of an article with each
/// derived-adjective ending (`-ischen`, `-ische`, `-isch`, …) whose last byte it shared — in German most words end in
/// `n`, `r`, `s` or `e` — about 1 % of the claims stage by profile.
struct EndingFilter: Sendable {
    private let tails: SuffixTails
    private let shortEndings: [[UInt8]]

    /// A filter for `endings` (UTF-8 bytes).
    init(_ endings: [[UInt8]]) {
        tails = SuffixTails(endings)
        shortEndings = endings.filter { $0.count < 4 }
    }

    /// False when `bytes` end in none of the endings; true when they may (for fewer than four bytes: exactly when they do).
    /// - Complexity: O(1) look-ups for the long endings, plus one comparison per short ending.
    @inline(__always)
    func mayEnd(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        // A word of fewer than four bytes can end only in a short ending, which is compared here, so the answer for it is
        // exact without the tails (round 24: such words were let through, and the caller compared them with every ending).
        if bytes.count >= 4 && tails.mayEnd(bytes, end: bytes.count) { return true }
        return shortEndings.contains { ByteSuffix.hasSuffix(bytes, $0) }
    }

    /// ``mayEnd(_:)`` for a whole word's UTF-8 bytes.
    func mayEnd(_ word: String) -> Bool {
        if let result = word.utf8.withContiguousStorageIfAvailable({ mayEnd($0) }) { return result }
        return Array(word.utf8).withUnsafeBufferPointer { mayEnd($0) }
    }
}
