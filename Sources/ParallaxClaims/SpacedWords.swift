/// Whole-word tests on a space-separated label (a body's `label` or `words`), without splitting it into substrings.
///
/// Round 28: `label.split(separator: " ").contains { $0 == word }` split by `Character` (grapheme breaking for every
/// character) and built an array of substrings per body; asked for every remembered body by the known-name, opening-name,
/// full-label and role-holder tests, the splits were about 2 % of the claims stage by callgrind.
enum SpacedWords {
    /// True when `word` is one of the words of `text` separated by spaces: the answer of
    /// `text.split(separator: " ").contains { $0 == word }`.
    ///
    /// When both are Latin-1 text (``ClaimToken/isLatin1``) the bytes decide: below U+0300 no character extends another, so
    /// every space byte is a space character and the runs between them are the split's pieces, and two Latin-1 strings are
    /// equal exactly when their bytes are. Other text takes the split.
    /// - Complexity: O(n) in the bytes of `text`; no allocation on the byte path.
    static func contains(_ word: String, in text: String) -> Bool {
        if let result = text.utf8.withContiguousStorageIfAvailable({ textBytes in
            word.utf8.withContiguousStorageIfAvailable { wordBytes in contains(wordBytes, in: textBytes) } ?? nil
        }), let result {
            return result
        }
        return text.split(separator: " ").contains { $0 == word }
    }

    /// ``contains(_:in:)`` on UTF-8 bytes; `nil` when either is not Latin-1.
    private static func contains(_ word: UnsafeBufferPointer<UInt8>, in text: UnsafeBufferPointer<UInt8>) -> Bool? {
        guard ClaimToken.isLatin1(bytes: word), ClaimToken.isLatin1(bytes: text) else { return nil }
        // The split omits empty pieces, so an empty word is never among them.
        guard !word.isEmpty, word.count <= text.count else { return false }
        var start = 0
        while start < text.count {
            var end = start
            while end < text.count && text[end] != 0x20 { end += 1 }
            if end - start == word.count {
                var offset = 0
                while offset < word.count && text[start + offset] == word[offset] { offset += 1 }
                if offset == word.count { return true }
            }
            start = end + 1
        }
        return false
    }
}
