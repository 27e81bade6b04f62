/// The last four UTF-8 bytes of a word packed into an integer, and a set of such keys: an exact first test for the
/// suffix tables that every word of a sentence is asked against.
///
/// A word of four bytes or more can end in a suffix of four bytes or more only if both end in the same four bytes. So
/// a table of suffixes (stems with their inflection endings, election cues) keeps the last four bytes of each suffix
/// once, when the language pack is read, and a word whose last four bytes are none of them is answered with one
/// integer look-up — however many rows the table has — instead of a comparison per ending or per cue (round 19:
/// `SuffixTable.lookup` was 7.3 % of the claims stage, most of it for words that end in no stem).
enum LastFourBytes {
    /// The last four bytes of `bytes[..<end]`, or `nil` when there are fewer than four.
    @inline(__always)
    static func key(_ bytes: UnsafeBufferPointer<UInt8>, end: Int) -> Int? {
        guard end >= 4 else { return nil }
        return Int(bytes[end - 4]) << 24 | Int(bytes[end - 3]) << 16 | Int(bytes[end - 2]) << 8 | Int(bytes[end - 1])
    }

    /// The last four bytes of `bytes`, or `nil` when there are fewer than four.
    static func key(_ bytes: [UInt8]) -> Int? {
        bytes.withUnsafeBufferPointer { key($0, end: $0.count) }
    }

    /// The last four bytes of `word`'s UTF-8, or `nil` when there are fewer than four.
    @inline(__always)
    static func key(of word: String) -> Int? {
        let utf8 = word.utf8
        if let key = utf8.withContiguousStorageIfAvailable({ key($0, end: $0.count) }) { return key }
        return key(Array(utf8))
    }
}
