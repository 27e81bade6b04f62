/// Text written one sentence per line, with blank lines between paragraphs (the layout of tokenised
/// research corpora and of some exports): its lines are sentences, not paragraphs.
///
/// Read line by line, every sentence of such a text would be a paragraph of its own, so a quotation
/// over three sentences, or reported speech carried on from the sentence before, would be cut at
/// each line. A run of adjacent lines is joined into one paragraph when each of its lines holds
/// exactly one sentence and ends like one (or is continued by a line starting in lower case, as in
/// `… for North Korea ! "` / `he tweeted .`). The layout must show more than once in a document:
/// a single run of one-sentence lines is as likely a wire report's one-sentence paragraphs, each on
/// its own line, which stay apart. Text with several sentences on a line never takes this path.
struct SentencePerLineLayout {
    /// A kept line and whether it directly follows the kept line before it (no blank line and no
    /// removed line between them).
    struct Entry {
        var line: TextLine
        var followsPrevious: Bool
    }

    /// The fewest runs of one-sentence lines that show the layout.
    private static let minimumRuns = 2

    /// `entries` with each run of one-sentence lines joined into one line, when the layout shows.
    /// - Complexity: O(n) in the total length of the lines.
    static func paragraphs(of entries: [Entry]) -> [TextLine] {
        let runs = sentenceRuns(in: entries)
        guard runs.count >= minimumRuns else { return entries.map(\.line) }
        var joined: [TextLine] = []
        joined.reserveCapacity(entries.count)
        var runIterator = runs.makeIterator()
        var nextRun = runIterator.next()
        var index = 0
        while index < entries.count {
            if let run = nextRun, run.lowerBound == index {
                let text = entries[run].map(\.line.shape.text).joined(separator: " ")
                joined.append(TextLine(text, blankBefore: entries[index].line.blankBefore))
                index = run.upperBound
                nextRun = runIterator.next()
            } else {
                joined.append(entries[index].line)
                index += 1
            }
        }
        return joined
    }

    /// The runs of two or more adjacent lines that are each one sentence.
    private static func sentenceRuns(in entries: [Entry]) -> [Range<Int>] {
        var runs: [Range<Int>] = []
        var start: Int?
        for index in entries.indices {
            let isSentence = isOneSentence(entries, at: index)
            if let open = start, !(isSentence && entries[index].followsPrevious) {
                if index - open >= 2 { runs.append(open..<index) }
                start = nil
            }
            if isSentence, start == nil { start = index }
        }
        if let open = start, entries.count - open >= 2 { runs.append(open..<entries.count) }
        return runs
    }

    /// Whether the line at `index` is a single sentence: no bullet or quote-block mark, no sentence
    /// end inside, and a final `.`, `!`, `?` or `…` — or a next line that continues it in lower case.
    private static func isOneSentence(_ entries: [Entry], at index: Int) -> Bool {
        let shape = entries[index].line.shape
        guard !shape.isBullet, !shape.text.hasPrefix("> "), shape.wordCount >= 2, !shape.hasInnerSentenceEnd else {
            return false
        }
        if let mark = shape.finalMark, ".!?…".contains(mark) { return true }
        let next = index + 1
        return next < entries.count && entries[next].followsPrevious && entries[next].line.shape.startsLowercase
    }
}
