/// Tells whether a lower-cased text holds any of many cue phrases, in one pass over the text.
///
/// The same match as `String.containsPhrase` (a phrase that starts or ends with a letter or digit must
/// start or end a word), but the phrases are bucketed by their first byte, so a line is read once
/// instead of once per phrase — the cue lists of furniture run over every line of every article.
package struct CueMatcher: Sendable {
    private struct Pattern: Sendable {
        var bytes: [UInt8]
        var startsWord: Bool
        var endsWord: Bool
    }

    /// Patterns by first byte: `starts[byte]` is the range of `patterns` that begin with it.
    private let patterns: [Pattern]
    private let starts: [Range<Int>]
    /// Whether any pattern starts with a byte that is not part of a word (then every position is tried).
    private let anyStartsMidWord: Bool

    /// A matcher for `phrases` (lower-cased, as the lexicons write them).
    package init(_ phrases: [String]) {
        let sorted = phrases.filter { !$0.isEmpty }.map { Array($0.utf8) }.sorted { $0[0] < $1[0] }
        patterns = sorted.map { bytes in
            bytes.withUnsafeBufferPointer { buffer in
                Pattern(
                    bytes: bytes, startsWord: String.isWordScalar(at: 0, in: buffer),
                    endsWord: String.isWordScalar(at: String.scalarStart(before: buffer.count, in: buffer), in: buffer))
            }
        }
        var starts = [Range<Int>](repeating: 0..<0, count: 256)
        var index = 0
        while index < sorted.count {
            let first = sorted[index][0]
            var end = index
            while end < sorted.count, sorted[end][0] == first { end += 1 }
            starts[Int(first)] = index..<end
            index = end
        }
        self.starts = starts
        anyStartsMidWord = patterns.contains { !$0.startsWord }
    }

    /// Whether `text` holds one of the phrases.
    package func matches(_ text: String) -> Bool {
        guard !patterns.isEmpty else { return false }
        var text = text
        return text.withUTF8 { bytes in
            var previousIsWord = false
            var index = 0
            while index < bytes.count {
                let byte = bytes[index]
                let isWordStart = !previousIsWord
                if byte < 0x80 {
                    previousIsWord = (byte >= 0x30 && byte <= 0x39) || (byte | 0x20 >= 0x61 && byte | 0x20 <= 0x7A)
                } else if byte & 0xC0 != 0x80 {
                    previousIsWord = String.isWordScalar(at: index, in: bytes)
                }
                if isWordStart || anyStartsMidWord {
                    for candidate in starts[Int(byte)] where matches(patterns[candidate], bytes, at: index) {
                        return true
                    }
                }
                index += 1
            }
            return false
        }
    }

    private func matches(_ pattern: Pattern, _ text: UnsafeBufferPointer<UInt8>, at start: Int) -> Bool {
        let count = pattern.bytes.count
        guard count <= text.count - start else { return false }
        for offset in 1..<count where text[start + offset] != pattern.bytes[offset] { return false }
        let end = start + count
        let beforeOK = start == 0 || !pattern.startsWord
            || !String.isWordScalar(at: String.scalarStart(before: start, in: text), in: text)
        let afterOK = end == text.count || !pattern.endsWord || !String.isWordScalar(at: end, in: text)
        return beforeOK && afterOK
    }
}
