/// The plain reading of a suffix table that its faster paths must answer like: the stem the word equals as it stands,
/// or after one inflection ending is removed, with stems compared as `String`s (canonical equivalence) and endings by
/// UTF-8 bytes. Shared by ``WholeWordLookupTests`` and ``SharedTableLookupTests``.
enum PlainStemReading {
    static func wholeWord(_ stems: [String: String], endings: [String], _ word: String) -> String? {
        if let value = stems[word] { return value }
        let bytes = Array(word.utf8)
        for ending in endings.map({ Array($0.utf8) }) where !ending.isEmpty && ending.count < bytes.count
            && bytes.suffix(ending.count).elementsEqual(ending)
        {
            if let value = stems[String(decoding: bytes.dropLast(ending.count), as: UTF8.self)] { return value }
        }
        return nil
    }
}
