extension String {
    /// The first range of `needle` in this string, compared as UTF-8 bytes; `nil` for an empty needle, as
    /// Foundation's `range(of:)` gives.
    ///
    /// For the grouping passes that look for cue phrases and claim spans in every figure's sentence: Foundation's
    /// `range(of:)` and `contains(_:)` go through `NSString` and cost more than the passes themselves (round 15: about
    /// half of the reconcile benchmark). Article text and lexicons are NFC, and a claim's text is a slice of its
    /// sentence, so byte equality is the equality these tests mean.
    /// - Complexity: O(n·m) at worst for n bytes of text and m of needle; no allocation for native strings.
    /// Round 33 (cspeed33): the needle is read in place, as the text is, where it has contiguous bytes: the array made of
    /// it for every call was most of the cost of a short word's search (the claims stage's strike test, five parts for
    /// every word of a sentence).
    package func firstRange(ofBytes needle: String) -> Range<String.Index>? {
        let match: (offset: Int, length: Int)?
        if let found = needle.utf8.withContiguousStorageIfAvailable({ firstMatch(of: $0) }) {
            match = found
        } else {
            match = Array(needle.utf8).withUnsafeBufferPointer { firstMatch(of: $0) }
        }
        guard let match else { return nil }
        let start = utf8.index(utf8.startIndex, offsetBy: match.offset)
        return start..<utf8.index(start, offsetBy: match.length)
    }

    /// The first offset of `pattern`'s bytes in this string's, with the pattern's length; nil for an empty pattern.
    private func firstMatch(of pattern: UnsafeBufferPointer<UInt8>) -> (offset: Int, length: Int)? {
        guard !pattern.isEmpty else { return nil }
        let offset = utf8.withContiguousStorageIfAvailable { Self.firstOffset(of: pattern, in: $0) }
            ?? Array(utf8).withUnsafeBufferPointer { Self.firstOffset(of: pattern, in: $0) }
        return offset.map { ($0, pattern.count) }
    }

    /// Whether `needle` occurs in this string, compared as UTF-8 bytes (see ``firstRange(ofBytes:)``).
    package func containsBytes(_ needle: String) -> Bool { firstRange(ofBytes: needle) != nil }

    private static func firstOffset(of pattern: UnsafeBufferPointer<UInt8>, in text: UnsafeBufferPointer<UInt8>) -> Int? {
        guard text.count >= pattern.count else { return nil }
        let first = pattern[0]
        for start in 0...(text.count - pattern.count) where text[start] == first {
            var matched = 1
            while matched < pattern.count && text[start + matched] == pattern[matched] { matched += 1 }
            if matched == pattern.count { return start }
        }
        return nil
    }
}
