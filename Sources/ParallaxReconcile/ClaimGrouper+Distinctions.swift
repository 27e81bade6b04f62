import Foundation
import ParallaxModel
import ParallaxText

/// Figures of one measure and unit that count another thing than the figures beside them: a figure its sentence
/// sets in an earlier time ("damals wurden zwei Menschen verletzt", "The last comparable outage, in February 2019,
/// left 640,000 customers without power"), another quantity of the unit (a threshold beside the rate, the insured
/// loss beside the damage, a capacity beside the population) and people in a state counted apart (those still in
/// hospital beside the injured). Each gets a ``ClaimFacts/distinction`` that keeps it in groups of its own kind,
/// and a figure another report gives unmarked joins it by its number. The cues are data per language
/// (`Lexicons/<lang>/distinctions.tsv`), read for every claim whatever its language, as a writer may quote the
/// other one.
extension ClaimGrouper {
    /// The cues of `distinctions.tsv` of every language.
    struct DistinctionCues: Sendable {
        /// Phrases (lower-case words, space-separated) and the state label they name (`hospital`).
        var states: [(phrase: String, label: String)] = []
        /// Phrases that set a clause in an earlier time.
        var then: [String] = []
        var agoBefore: Set<String> = []
        var agoAfter: Set<String> = []
        var agoUnits: Set<String> = []
        var comparisons: Set<String> = []
        /// Verbs that bring people to hospital: a figure they stand by counts those taken there.
        var transport: Set<String> = []
        /// Phrases that make a figure another quantity of its unit.
        var kinds: [KindCue] = []
        /// Words that end like a suffix cue and are none ("inwieweit").
        var notKinds: Set<String> = []
        /// Words that turn a "then" cue right after them into a span up to now ("seit damals").
        var since: Set<String> = []
        /// Words right after a "then" cue that make it name its time by the phrase after them ("at the time of the
        /// blast"): such a cue points at that event, not back to an earlier time.
        var thenNamed: Set<String> = []
        /// Words that set a clause in the story's own time ("mittlerweile", "now").
        var now: [String] = []
        /// Conjunctions that open a clause on a year named right before them ("since 1994, when …", "seit 1994,
        /// als …"): the clause recalls that year's event (``recallsPastYear(clauseBefore:sentenceBefore:of:cues:)``).
        var whenAfterYear: Set<String> = []
        /// ``then`` and ``now`` with a space on either end, as they are looked for in a clause's words.
        var paddedThen: [String] = []
        var paddedNow: [String] = []

        /// Loads the cues of every language folder of the target's lexicons.
        static func load() -> DistinctionCues {
            var cues = DistinctionCues()
            guard let root = Bundle.module.url(forResource: "Lexicons", withExtension: nil),
                let folders = try? FileManager.default.contentsOfDirectory(at: root, includingPropertiesForKeys: nil)
            else { return cues }
            for folder in folders.sorted(by: { $0.path < $1.path }) {
                guard let text = try? String(contentsOf: folder.appendingPathComponent("distinctions.tsv"), encoding: .utf8)
                else { continue }
                for line in text.split(separator: "\n") where !line.hasPrefix("#") {
                    let fields = line.split(separator: "\t").map { $0.trimmingCharacters(in: .whitespaces) }
                    guard fields.count >= 2, !fields[0].isEmpty else { continue }
                    let phrase = fields[0].lowercased()
                    switch fields[1] {
                    case let role where role.hasPrefix("state:"): cues.states.append((phrase, String(role.dropFirst(6))))
                    case let role where role.hasPrefix("kind:"):
                        let flags = fields.count >= 3 ? fields[2].split(separator: ",").map(String.init) : []
                        func window(_ side: String) -> Int? {
                            flags.first { $0.hasPrefix(side + ":") }.flatMap { Int($0.dropFirst(side.count + 1)) }
                        }
                        cues.kinds.append(
                            KindCue(
                                phrase: phrase, label: String(role.dropFirst(5)), moneyOnly: flags.contains("money"),
                                shareOnly: flags.contains("share"), before: window("before"), after: window("after")))
                    case "not-kind": cues.notKinds.insert(phrase)
                    case "since": cues.since.insert(phrase)
                    case "then-named": cues.thenNamed.insert(phrase)
                    case "now": cues.now.append(phrase)
                    case "then": cues.then.append(phrase)
                    case "when-after-year": cues.whenAfterYear.insert(phrase)
                    case "ago-before": cues.agoBefore.insert(phrase)
                    case "ago-after": cues.agoAfter.insert(phrase)
                    case "ago-unit": cues.agoUnits.insert(phrase)
                    case "comparison": cues.comparisons.insert(phrase)
                    case "transport": cues.transport.insert(phrase)
                    default: continue
                    }
                }
            }
            // Longer phrases first, so that the longest cue names a figure's state or kind.
            cues.states.sort { ($0.phrase.count, $0.phrase) > ($1.phrase.count, $1.phrase) }
            cues.kinds.sort { ($0.phrase.count, $0.phrase) > ($1.phrase.count, $1.phrase) }
            cues.paddedThen = cues.then.map { " \($0) " }
            cues.paddedNow = cues.now.map { " \($0) " }
            return cues
        }
    }

    /// A phrase that makes a figure another quantity of its unit: the label it gives, whether it marks only sums of
    /// money, and how many words before or after the number it may stand (`nil`: not on that side).
    struct KindCue: Sendable {
        var phrase: String
        var label: String
        var moneyOnly: Bool
        /// Whether the cue marks only shares (figures in percent).
        var shareOnly = false
        var before: Int?
        var after: Int?
        /// The phrase's words, compared word by word with a figure's segment.
        var words: [Substring]
        /// For a phrase written `*ending` (`*weit`, `*wide`): the ending a word of the segment must have after at
        /// least ``suffixStemLength`` letters ("stadtweit", "nationwide") — an open class of words known by form.
        var suffix: Substring?

        /// Letters a word must have before a suffix cue's ending.
        static let suffixStemLength = 3

        init(phrase: String, label: String, moneyOnly: Bool, shareOnly: Bool = false, before: Int?, after: Int?) {
            (self.phrase, self.label, self.moneyOnly, self.before, self.after) = (phrase, label, moneyOnly, before, after)
            self.shareOnly = shareOnly
            words = phrase.split(separator: " ")
            if phrase.hasPrefix("*") { suffix = phrase.dropFirst() }
        }

        /// Whether the phrase stands within its window before or after a figure's number, given the words of the
        /// figure's segment on either side (a suffix cue: a word with its ending, not one of `exceptions`).
        func stands(before figureBefore: [Substring], after figureAfter: [Substring], exceptions: Set<String> = []) -> Bool {
            if let suffix {
                func fits(_ word: Substring) -> Bool {
                    word.count >= suffix.count + Self.suffixStemLength && word.hasSuffix(suffix) && !exceptions.contains(String(word))
                }
                if let window = before, figureBefore.suffix(window).contains(where: fits) { return true }
                if let window = after, figureAfter.prefix(window).contains(where: fits) { return true }
                return false
            }
            if let window = before, Self.contains(words, in: figureBefore.suffix(window + words.count - 1)) { return true }
            if let window = after, Self.contains(words, in: figureAfter.prefix(window + words.count - 1)) { return true }
            return false
        }

        /// Whether `run` occurs as consecutive words of `words`.
        static func contains(_ run: [Substring], in words: ArraySlice<Substring>) -> Bool {
            guard !run.isEmpty, words.count >= run.count else { return false }
            var start = words.startIndex
            while start + run.count <= words.endIndex {
                if words[start] == run[0], words[start..<(start + run.count)].elementsEqual(run) { return true }
                start += 1
            }
            return false
        }
    }

    static let distinctionCues = DistinctionCues.load()

    /// Characters that end a clause inside a sentence.
    static let clauseBoundaries: Set<Character> = [",", ";", ":", "–", "—", "(", ")"]

    /// Lower-cased words and numbers of a text, space-separated, with a space on either end: as ``words(_:)``, but
    /// numbers stay (a year, "vor 2 Jahren").
    static func wordsAndNumbers(_ text: Substring) -> String { spacedWords(text, keepingNumbers: true) }

    /// A figure's sentence with a hyphen between spaces read as the dash it stands for ("170 Tonnen im Jahr - nach
    /// einer Höchstmenge …"), so that it ends a clause.
    static func clauseText(of fact: ClaimFacts) -> String {
        fact.sentenceText.containsBytes(" - ") ? fact.sentenceText.replacing(" - ", with: " – ") : fact.sentenceText
    }

    /// The words (lower-case, space-separated, a space on either end) of the clause a figure stands in, of that
    /// clause up to the figure, and of its sentence up to the figure; `nil` when the claim's text is not found in
    /// its sentence.
    static func clauseWords(of fact: ClaimFacts) -> (clause: String, clauseBefore: String, sentenceBefore: String)? {
        let sentence = clauseText(of: fact)
        guard let range = sentence.firstRange(ofBytes: fact.claim.text) else { return nil }
        let start = sentence[..<range.lowerBound].lastIndex(where: clauseBoundaries.contains)
            .map { sentence.index(after: $0) } ?? sentence.startIndex
        let end = sentence[range.upperBound...].firstIndex(where: clauseBoundaries.contains) ?? sentence.endIndex
        let head = aroundNumber(fact.claim.text).before
        return (
            wordsAndNumbers(sentence[start..<end]), wordsAndNumbers(Substring(String(sentence[start..<range.lowerBound]) + " " + head)),
            wordsAndNumbers(Substring(String(sentence[..<range.lowerBound]) + " " + head))
        )
    }

    /// The facts with ``ClaimFacts/distinction`` `|earlier` on the figures their sentence sets in an earlier
    /// time than the story: a "then" cue before the figure or in its clause ("damals", "at the time", "the last
    /// comparable"; not "seit damals", which counts up to now) or a span back from today before it in its clause
    /// ("vor zwei Jahren", "three years ago") — unless its clause is set back in the story's time ("mittlerweile",
    /// "now"). Such a figure is another event's (a collapse in 2017, the last comparable outage), neither a rival
    /// nor an earlier state of the story's count. A year alone is no cue: a trial's bribes paid in 2021, an
    /// election's turnout "higher than in 2022" and a charity's income of last year are the story's own figures
    /// (a stated time is ``FigureClusters``' to compare).
    /// - Complexity: O(n · w) for n figures of w words of sentence each.
    static func markingEarlierTimes(_ facts: [ClaimFacts]) -> [ClaimFacts] {
        // The cue lists read once, not the whole cue table copied for each figure.
        let cues = distinctionCues
        let paddedThen = cues.paddedThen, paddedNow = cues.paddedNow, since = cues.since, named = cues.thenNamed
        return facts.map { fact in
            // A change ("down almost 60%", "um 9 Cent gestiegen") is measured against an earlier time by its nature.
            guard fact.claim.kind == .quantity, !["increase", "decrease"].contains(fact.measureKey),
                let (clause, clauseBefore, sentenceBefore) = clauseWords(of: fact),
                !paddedNow.contains(where: clause.containsBytes)
            else { return fact }
            let earlier =
                paddedThen.contains { padded in
                    [sentenceBefore, clause].contains { text in
                        pointsBack(padded, in: text, named: named) && !since.contains { text.containsBytes(" \($0)\(padded)") }
                    }
                }
                || spansBackFromToday(clauseBefore, cues: cues)
                || recallsPastYear(clauseBefore: clauseBefore, sentenceBefore: sentenceBefore, of: fact, cues: cues)
            guard earlier else { return fact }
            var marked = fact
            marked.distinction = "|earlier"
            return marked
        }
    }

    /// Whether a "then" cue (`padded`: its words with a space on either end) stands in `text` pointing back to an
    /// earlier time: at least once not followed by a word of `named` ("at the time of the blast" names its time by the
    /// event after it; "at the time, 300 people worked there" points back).
    /// - Complexity: O(w) in the words of `text`.
    static func pointsBack(_ padded: String, in text: String, named: Set<String>) -> Bool {
        guard text.containsBytes(padded) else { return false }
        guard !named.isEmpty else { return true }
        return standsFree(padded, in: text, unlessFollowedBy: named)
    }

    /// Whether `padded` (a phrase with a space on either end) stands in `text` at least once not followed by a word of
    /// `breakers`; occurrences may share a space. "at the time" free of "of" points back (``pointsBack(_:in:named:)``), "the
    /// figure" free of "of" names a figure given before (``FigureClusters/refersToAFigure(_:)``).
    /// - Complexity: O(w) in the words of `text`.
    static func standsFree(_ padded: String, in text: String, unlessFollowedBy breakers: Set<String>) -> Bool {
        var rest = text[...]
        while let range = rest.range(of: padded) {
            let next = rest[range.upperBound...].prefix { $0 != " " }
            if !breakers.contains(String(next)) { return true }
            rest = rest[rest.index(before: range.upperBound)...]
        }
        return false
    }

    /// The words (as ``words(_:)``) between a figure and the figures beside it in its clause, before its number
    /// and after it: from the end of the figure before it (or the clause's start) to the start of the figure after
    /// it (or the clause's end). "built for 450 men and now holds 640": the 640 has "and now holds" before it.
    static func ownSegment(of fact: ClaimFacts, among sentenceFigures: [ClaimFacts]) -> (before: [Substring], after: [Substring])? {
        let sentence = clauseText(of: fact)
        guard let range = sentence.firstRange(ofBytes: fact.claim.text) else { return nil }
        var start = sentence[..<range.lowerBound].lastIndex(where: clauseBoundaries.contains)
            .map { sentence.index(after: $0) } ?? sentence.startIndex
        var end = sentence[range.upperBound...].firstIndex(where: clauseBoundaries.contains) ?? sentence.endIndex
        for other in sentenceFigures where other.claim.id != fact.claim.id {
            guard let otherRange = sentence.firstRange(ofBytes: other.claim.text), otherRange != range else { continue }
            if otherRange.upperBound <= range.lowerBound, otherRange.upperBound > start { start = otherRange.upperBound }
            if otherRange.lowerBound >= range.upperBound, otherRange.lowerBound < end { end = otherRange.lowerBound }
        }
        let (head, tail) = aroundNumber(fact.claim.text)
        let before = words(Substring(String(sentence[start..<range.lowerBound]) + " " + head))
        let after = words(Substring(tail + String(sentence[range.upperBound..<end])))
        return (before.split(separator: " "), after.split(separator: " "))
    }

    /// The facts with ``ClaimFacts/distinction`` `|kind:<label>` on the figures that are another quantity of their
    /// unit than the story's count, by a cue close to their number (within the window its row gives) between them
    /// and their neighbour figures: a threshold ("the 95
    /// percent experts consider necessary", "der Grenzwert von 50 Mikrogramm"), an insured loss beside the damage
    /// ("die versicherten Schäden auf bis zu 2,6 Mrd. Dollar"), a capacity beside the population ("built for 450
    /// men and now holds 640"). Such figures group with their own kind in other reports, never with the rate,
    /// the damage or the population.
    /// - Complexity: O(n · f · w) for n figures, f figures a sentence gives and w words of sentence.
    static func markingQuantityKinds(_ facts: [ClaimFacts]) -> [ClaimFacts] {
        // The cue lists read once, not the whole cue table copied for each figure.
        let kinds = distinctionCues.kinds, exceptions = distinctionCues.notKinds
        let bySentence = ClaimFacts.figuresBySentence(facts)
        return facts.map { fact in
            guard fact.claim.kind == .quantity, fact.distinction.isEmpty,
                let (before, after) = ownSegment(of: fact, among: bySentence[fact.sentenceKey] ?? [])
            else { return fact }
            let money = FigureClusters.currencies.contains(fact.unitKey)
            let share = fact.unitKey == "percent"
            let kind = kinds.first { cue in
                (!cue.moneyOnly || money) && (!cue.shareOnly || share)
                    && cue.stands(before: before, after: after, exceptions: exceptions)
            }
            guard let kind else { return fact }
            var marked = fact
            marked.distinction = "|kind:" + kind.label
            return marked
        }
    }

    /// Whether a clause's words name a span of years or months back from today ("vor zwei Jahren", "vor
    /// Jahren", "three years ago") that is not the base of a comparison ("down almost 60% on a year ago",
    /// "gegenüber dem Stand vor einem Jahr": a comparison word at most three words before the span).
    static func spansBackFromToday(_ clause: String, cues: DistinctionCues) -> Bool {
        let words = clause.split(separator: " ").map(String.init)
        func compared(_ start: Int) -> Bool { words[max(0, start - 3)..<start].contains(where: cues.comparisons.contains) }
        for (index, word) in words.enumerated() {
            if cues.agoBefore.contains(word) {
                let next = words[(index + 1)..<min(words.count, index + 3)]
                if next.contains(where: cues.agoUnits.contains), !compared(index) { return true }
            }
            if cues.agoAfter.contains(word), index > 0, cues.agoUnits.contains(words[index - 1]),
                !compared(max(0, index - 2))
            {
                return true
            }
        }
        return false
    }

    /// The facts with ``ClaimFacts/distinction`` `|state:<label>` on the figures whose own stretch of their clause
    /// (between the figures beside them) names a state that counts people apart: those in hospital ("23 liegen im Krankenhaus" beside "über 300 Menschen … erkrankt"; "Twenty-three patients
    /// remain in hospital") are counted apart from the ill or the injured, and meet the same state in other
    /// reports. A figure beside a verb that brings people there ("in Kliniken gebracht", "taken to hospital")
    /// counts those taken, mostly the injured, and is left as it is.
    /// - Complexity: O(n · f · w) for n figures, f figures a sentence gives and w words of sentence.
    static func markingLocatedFigures(_ facts: [ClaimFacts]) -> [ClaimFacts] {
        let states = distinctionCues.states
        let bySentence = ClaimFacts.figuresBySentence(facts)
        return facts.map { fact in
            // The dead are the dead, wherever they died ("Vier Patienten seien im Krankenhaus ihren Verletzungen erlegen").
            guard fact.claim.kind == .quantity, fact.distinction.isEmpty, fact.measureKey != "killed",
                FigureClusters.isCountUnit(fact.unitKey) || fact.unitKey == "-",
                let (before, after) = ownSegment(of: fact, among: bySentence[fact.sentenceKey] ?? [])
            else { return fact }
            let segment = " " + (before + after).joined(separator: " ") + " "
            // "23 Verletzte wurden in Kliniken gebracht", "taken to hospital": those taken there, mostly the injured.
            guard !(before + after).contains(where: { distinctionCues.transport.contains(String($0)) }),
                let state = states.first(where: { segment.containsBytes(" \($0.phrase) ") })
            else { return fact }
            var marked = fact
            marked.distinction = "|state:" + state.label
            return marked
        }
    }

    /// The groups with a figure its sentence does not mark moved to the group of marked figures (another kind of
    /// quantity, an earlier time) that states its distinctive number in its unit from another article: the
    /// headline's "insurers eye £340m bill" is the insured loss the body and another report mark "Insured losses
    /// … £340 million". A figure whose own group holds another article's statement of that number stays.
    /// - Complexity: O(n) for n figures (marked figures indexed by unit and number).
    static func joiningUnmarkedToMarked(_ groups: [[ClaimFacts]]) -> [[ClaimFacts]] {
        func numberKey(_ fact: ClaimFacts) -> String? {
            guard let value = FigureClusters.statedValue(fact), FigureClusters.isDistinctive(value) else { return nil }
            return "\(fact.unitKey)|\(FigureClusters.numberKey(value))"
        }
        var markedGroups: [String: Set<Int>] = [:]
        for (index, group) in groups.enumerated() {
            for fact in group where !fact.distinction.isEmpty && fact.claim.kind == .quantity {
                if let key = numberKey(fact) { markedGroups[key, default: []].insert(index) }
            }
        }
        guard !markedGroups.isEmpty else { return groups }
        var moves: [(claim: String, from: Int, to: Int)] = []
        for (index, group) in groups.enumerated() {
            for fact in group where fact.distinction.isEmpty && fact.claim.kind == .quantity {
                guard let key = numberKey(fact), let targets = markedGroups[key], !targets.contains(index) else { continue }
                let stating = targets.filter { target in
                    groups[target].contains { $0.article.id != fact.article.id && numberKey($0) == key }
                }
                guard stating.count == 1, let target = stating.first,
                    !group.contains(where: { $0.article.id != fact.article.id && numberKey($0) == key })
                else { continue }
                moves.append((fact.claim.id, index, target))
            }
        }
        return groups.applying(moves: moves)
    }
}
