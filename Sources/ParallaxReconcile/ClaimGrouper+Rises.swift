import Foundation
import ParallaxModel
import ParallaxText

/// A count its sentence says grew from one value to another: the value it rose from is the count's earlier value.
extension ClaimGrouper {
    /// The change words of `parts.tsv` (every language): the word before the value a count changed from, the words
    /// that name it without a word before the new value, the word before the new value, and the articles and
    /// qualifiers that may stand between such a word and its number.
    struct ChangeCues: Sendable {
        var from: [String]
        var upFrom: [String]
        var to: [String]
        var skipped: Set<Substring>
        /// `from` and `upFrom` together: a sentence with neither is passed over.
        var anyFrom: [String]

        init() {
            func padded(_ role: String) -> [String] { ReconcileLexicon.partWords(role).sorted().map { " \($0) " } }
            from = padded("change-from")
            upFrom = padded("change-up-from")
            to = padded("change-to")
            skipped = Set(ReconcileLexicon.partWords("change-skip").map { Substring($0) })
            anyFrom = from + upFrom
        }
    }

    static let changeCues = ChangeCues()

    /// The facts with ``ClaimFacts/risesTo`` set on the figures their sentence names as the value a count rose from:
    /// a figure after a change-from word ("from", "von") in a sentence that gives a larger figure of the same unit and
    /// measure (or no measure) after a change-to word ("has risen to 17, from 14 on Tuesday"; "stieg von 41 auf 63"),
    /// or a figure after a change-up-from word ("up from", "nach zuvor") beside a larger figure of its sentence
    /// ("31,500 players had received messages …, up from about 28,000"). News tells the growth of a toll so: the
    /// smaller number is what the count was before, not a rival of the larger one, and other reports that give it
    /// give the earlier count (``FigureClusters/joiningRises(_:)``, ``StatusJudge``). Only rises are read: a figure
    /// a sentence says a count fell from is larger than the new value, which no earlier-figure rule allows.
    /// A figure with no larger figure of its sentence to rise to, or with two, is left as it is.
    /// - Complexity: O(n + s · k²) for n figures and s sentences of k > 1 figures each (the words before each figure
    ///   read once).
    static func markingRises(_ facts: [ClaimFacts]) -> [ClaimFacts] {
        var bySentence: [String: [Int]] = [:]
        for (index, fact) in facts.enumerated() where fact.claim.kind == .quantity && fact.equivalentOf == nil {
            bySentence[fact.sentenceKey, default: []].append(index)
        }
        let cues = changeCues
        var marked = facts
        for indices in bySentence.values where indices.count > 1 {
            let befores = indices.map { index in
                clauseWords(of: facts[index]).map { trimmingSkippedWords($0.sentenceBefore, skipped: cues.skipped) }
            }
            guard befores.contains(where: { before in
                before.map { text in cues.anyFrom.contains { text.hasSuffix($0) } } == true
            }) else { continue }
            for (position, index) in indices.enumerated() {
                guard let before = befores[position] else { continue }
                let upFrom = cues.upFrom.contains { before.hasSuffix($0) }
                guard upFrom || cues.from.contains(where: { before.hasSuffix($0) }) else { continue }
                let from = facts[index]
                let targets = indices.indices.filter { other in
                    guard indices[other] != index else { return false }
                    let candidate = facts[indices[other]]
                    guard upFrom
                        || (befores[other].map({ text in cues.to.contains { text.hasSuffix($0) } }) == true
                            && sideBySide(from, candidate))
                    else { return false }
                    return risesTo(from, candidate)
                }
                guard targets.count == 1, let target = targets.first else { continue }
                marked[index].risesTo = facts[indices[target]].claim.id
            }
        }
        return marked
    }

    /// The most words that may stand between the two figures of a change told by a change-from and a change-to word
    /// ("von 41 Fällen auf 63", "has risen to 17, from 14"): the counted noun, the cue and a qualifier. Figures further
    /// apart are mostly two sources' numbers ("beziffert den Schaden auf etwa 30 Millionen Euro, das Ministerium spricht
    /// von 18 Millionen": four words between; four were measured and let that pair through).
    static let changeWordsBetween = 3

    /// Whether two figures of one sentence stand side by side: at most ``changeWordsBetween`` words between the end
    /// of the first one's text and the number of the second.
    static func sideBySide(_ left: ClaimFacts, _ right: ClaimFacts) -> Bool {
        let sentence = clauseText(of: left)
        guard let a = sentence.firstRange(ofBytes: left.claim.text), let b = sentence.firstRange(ofBytes: right.claim.text),
            a != b
        else { return false }
        let (first, second, secondText) = a.lowerBound < b.lowerBound ? (a, b, right.claim.text) : (b, a, left.claim.text)
        guard first.upperBound <= second.lowerBound else { return false }
        let between = String(sentence[first.upperBound..<second.lowerBound]) + " " + aroundNumber(secondText).before
        return spacedWords(Substring(between), keepingNumbers: true).split(separator: " ").count <= changeWordsBetween
    }

    /// Whether `to` can be the value `from` rose to: the same unit, the same measure (or one of them none), neither a
    /// further batch nor a part, and a larger number.
    static func risesTo(_ from: ClaimFacts, _ to: ClaimFacts) -> Bool {
        guard from.unitKey == to.unitKey,
            from.measureKey == to.measureKey || from.measureKey == "-" || to.measureKey == "-",
            from.scope != .additional, to.scope != .additional, !from.subset, !to.subset,
            let old = FigureClusters.statedValue(from), let new = FigureClusters.statedValue(to)
        else { return false }
        return old < new
    }

    /// Spaced words (``spacedWords(_:keepingNumbers:)``) without the skipped words at their end: " … up from about "
    /// → " … up from ".
    static func trimmingSkippedWords(_ text: String, skipped: Set<Substring>) -> String {
        var words = text.split(separator: " ")
        while let last = words.last, skipped.contains(last) { words.removeLast() }
        return " " + words.joined(separator: " ") + " "
    }
}
