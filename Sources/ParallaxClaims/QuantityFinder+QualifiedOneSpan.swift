import ParallaxModel

/// One span of time named by the indefinite article after a qualifier (`bis zu einer Woche`, `mehr als ein Jahr Haft`,
/// `seit über einem Jahr`, `up to an hour`, `more than a year`; round 20).
///
/// A qualifier of amount (`bis zu`, `mehr als`, `über`, `fast`, `up to`, `more than`, `almost`) before the article makes
/// it a count: nobody writes `up to an` of something that is not measured. Without a qualifier the article stays an
/// article (`für einen Tag`, `a day`): writers disagree on it (round 13). A span that dates an event
/// (`vor fast einem Jahr`, `about a year ago`) is left out later by the finder's dating test, as for every duration.
extension QuantityFinder {
    /// Units of time the article may count after a qualifier: the spans that have a half in the next smaller unit (year
    /// to minute).
    static let qualifiedOneSpans: Set<String> = Set(halfUnits.keys)

    /// True when `unit` is a span of time that the article at `index`, after a qualifier of amount, counts as one; a
    /// qualifier that frames a deadline (`binnen`, `within`; `frame-qualifiers.txt`) leaves the article an article.
    func isQualifiedOneSpan(_ unit: String, _ tokens: [ClaimToken], article index: Int) -> Bool {
        guard Self.qualifiedOneSpans.contains(unit), let qualifier = qualifierBefore(tokens, index) else { return false }
        return !pack.frameQualifiers.contains(tokens[qualifier.start])
    }
}
