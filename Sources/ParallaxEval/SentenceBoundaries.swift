/// Sentence-boundary precision and recall.
///
/// A boundary is identified by the text around it (up to 24 non-space characters before and after),
/// not by its offset, so that a small difference in the extracted body does not shift every boundary.
enum SentenceBoundaries {
    static func compare(extracted: [String], gold: [String]) -> PrecisionRecall {
        MultisetComparison.compare(extracted: keys(extracted), gold: keys(gold))
    }

    /// One key per boundary between consecutive sentences.
    static func keys(_ sentences: [String]) -> [String: Int] {
        let compact = sentences.map { Array($0.unicodeScalars.filter { !$0.properties.isWhitespace }) }
        var result: [String: Int] = [:]
        for index in compact.indices.dropLast() {
            let before = String(String.UnicodeScalarView(compact[index].suffix(24)))
            let after = String(String.UnicodeScalarView(compact[index + 1].prefix(24)))
            result[before + "|" + after, default: 0] += 1
        }
        return result
    }
}
