import Foundation

/// The other senses of verbs of denial (`Lexicons/<lang>/denial-senses.txt`, round 20): `bestreiten` a match is to play it,
/// `zurückweisen` people at a border is to turn them back, `widersprechen` a law is to be at odds with it, `deny` someone
/// bail is to refuse it, a judge `dismisses` charges by ruling. Each sense is told apart by a noun in the verb's clause;
/// a verb in another sense denies no claim, and a false denial would make its group `disputed`.
struct DenialSenses: Sendable {
    /// Per verb stem (`bestreit`), the nouns that give a verb starting with it another sense.
    var nouns: [(stem: String, nouns: Set<String>)] = []
    /// Whether a noun also counts as the tail of a compound (`Pflichtspiel`; `compounds | tail`).
    var matchesCompoundTails = false
    /// Words that end in a listed noun without being one (`Beispiel`).
    var exceptions: Set<String> = []

    /// The senses of every language with a lexicon folder, read once.
    static let byLanguage: [String: DenialSenses] = LexiconFile.perLanguage("denial-senses.txt") { rows in
        var senses = DenialSenses()
        var byStem: [String: Set<String>] = [:]
        var stems: [String] = []
        for row in rows where row.count >= 2 {
            let value = row[1].lowercased()
            switch row[0] {
            case "compounds": senses.matchesCompoundTails = value == "tail"
            case "except": senses.exceptions.insert(value)
            default:
                if byStem[row[0]] == nil { stems.append(row[0]) }
                byStem[row[0], default: []].insert(value)
            }
        }
        senses.nouns = stems.map { ($0, byStem[$0]!) }
        return senses
    }

    /// Whether the verb of denial at `index` stands in another sense: its clause (the words between the nearest
    /// punctuation marks other than a hyphen or a quotation mark, at most twelve each way) holds a noun of its stem.
    /// - Complexity: O(1) for a verb no stem starts; otherwise O(k) in the clause's words.
    func isOtherSense(_ tokens: [ClaimToken], verbAt index: Int) -> Bool {
        let verb = tokens[index].lower
        let senseNouns = nouns.filter { verb.hasPrefix($0.stem) }
        guard !senseNouns.isEmpty else { return false }
        var start = index
        while start > 0, index - start < 12, !tokens[start - 1].isClauseMark { start -= 1 }
        var end = index + 1
        while end < tokens.count, end - index < 12, !tokens[end].isClauseMark { end += 1 }
        for position in start..<end where position != index && tokens[position].kind == .word {
            let word = tokens[position].lower
            if exceptions.contains(word) { continue }
            for sense in senseNouns where isSenseNoun(word, sense.nouns) { return true }
        }
        return false
    }

    /// Whether `word` is one of `nouns`, or ends in one where nouns count as compound tails.
    private func isSenseNoun(_ word: String, _ nouns: Set<String>) -> Bool {
        if nouns.contains(word) { return true }
        guard matchesCompoundTails else { return false }
        return nouns.contains { word.count > $0.count + 2 && word.hasSuffix($0) }
    }
}
