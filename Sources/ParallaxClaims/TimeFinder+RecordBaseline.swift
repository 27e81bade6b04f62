/// A record's baseline: `the worst flooding since 1987`, `der schwerste Unfall auf dem See seit 1987`, `the highest level
/// since records began in 1911`. The year after `since`/`seit` is what the record is measured against, not when the
/// sentence's figures happened; it keeps its own year (no interval up to the publication day) and dates only the figures
/// of its own clause (`…, when four people died`).
extension TimeFinder {
    /// How far before the time its since-word may stand (`seit Beginn der Messungen im Jahr 1911`).
    static let baselineSinceReach = 6
    /// How far before the since-word the superlative may stand (`the deadliest at a fireworks plant in Aldenland since`).
    static let baselineRecordReach = 10

    /// True when a since-word stands at or shortly before `first`, and a record word (`record-words.txt`) shortly before
    /// that, with no punctuation between them.
    /// - Complexity: O(1): at most ``baselineSinceReach`` + ``baselineRecordReach`` phrase lookups.
    func isRecordBaseline(_ tokens: [ClaimToken], first: Int) -> Bool {
        var since: Int?
        var index = first
        while index >= 0, first - index <= Self.baselineSinceReach {
            if index < first, tokens[index].kind == .punctuation { return false }
            if pack.sinceWords.match(tokens, at: index) != nil {
                since = index
                break
            }
            index -= 1
        }
        guard let since else { return false }
        var scan = since - 1
        while scan >= 0, since - scan <= Self.baselineRecordReach {
            if tokens[scan].kind == .punctuation { return false }
            if pack.recordWords.match(tokens, at: scan)?.value == "record" { return true }
            scan -= 1
        }
        return false
    }
}

extension ClaimBuilder {
    /// How far after a record's baseline its own clause's figure may stand (`since 1987, when four people died`).
    static let baselineClauseReach = 8

    /// True when `time` may date the figure at `number`: any time that is no record baseline, and a baseline only for a
    /// figure after it whose clause opens with the baseline's conjunction (`…, when four people died` / `…, als …`).
    /// - Complexity: O(1): at most ``baselineClauseReach`` phrase lookups.
    func timeMayDate(_ time: TimeMention, number: Int, tokens: [ClaimToken]) -> Bool {
        if time.origin || time.dateline { return false }
        // A year in a relative clause dates only that clause's figures (round 29).
        if let clause = time.relativeClause { return clause.contains(number) }
        guard time.baseline else { return true }
        guard number > time.end, number - time.end <= Self.baselineClauseReach else { return false }
        for index in time.end..<number where pack.recordWords.match(tokens, at: index)?.value == "when" { return true }
        return false
    }
}
