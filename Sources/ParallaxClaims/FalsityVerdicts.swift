import Foundation

/// A speaker's verdict that a reported claim is untrue, told with a copula and no verb of denial (round 29):
/// `Berichte, wonach …, sind falsch`, `Die Behauptung, …, ist schlicht falsch`, `Reports that … are false`
/// (`Lexicons/<lang>/falsity-verdicts.txt`).
///
/// The sentence opens with a noun of a reported claim as its subject (after a determiner, or a quotation mark); its
/// first copula outside the claim's own clause is followed, past adverbs of degree, by a word that calls the claim untrue,
/// and the verdict closes the clause. A verdict on anything else (`die Maßnahmen seien falsch`: a judgement of a policy)
/// and a negated verdict (`sind nicht falsch`) are none.
struct FalsityVerdicts: Sendable {
    var claimNouns: Set<String> = []
    var openers: Set<String> = []
    var copulas: Set<String> = []
    var degrees: Set<String> = []
    var joiners: Set<String> = []
    /// The verdicts, each as its lower-cased words.
    var verdicts: [[String]] = []
    /// First tests before the `openers` and `claimNouns` look-ups, which every sentence asks of its first words (round 31:
    /// the two SipHash look-ups were most of this test's cost, 2.7 M instructions per 150 study articles).
    private var openerKeys = WordKeyFilter([String]())
    private var claimNounKeys = WordKeyFilter([String]())

    init(rows: [[String]]) {
        for row in rows where row.count >= 2 {
            let word = row[1].lowercased()
            switch row[0] {
            case "claim": claimNouns.insert(word)
            case "opener": openers.insert(word)
            case "copula": copulas.insert(word)
            case "degree": degrees.insert(word)
            case "joiner": joiners.insert(word)
            case "verdict": verdicts.append(word.split(separator: " ").map(String.init))
            default: continue
            }
        }
        openerKeys = WordKeyFilter(openers)
        claimNounKeys = WordKeyFilter(claimNouns)
    }

    /// The token range of the copula and the verdict when the sentence is a verdict of falsity on a reported claim; nil
    /// otherwise.
    /// - Complexity: O(1) for a sentence that does not open with a noun of a claim; else O(*n*) in its tokens.
    func verdict(in tokens: [ClaimToken]) -> Range<Int>? {
        var index = 0
        while index < tokens.count, tokens[index].kind == .punctuation { index += 1 }
        if index < tokens.count, openerKeys.mayContain(tokens[index]), openers.contains(tokens[index].lower) { index += 1 }
        guard index < tokens.count, tokens[index].kind == .word, claimNounKeys.mayContain(tokens[index]),
            claimNouns.contains(tokens[index].lower)
        else { return nil }
        var copula = index + 1
        while copula < tokens.count {
            defer { copula += 1 }
            guard tokens[copula].kind == .word, copulas.contains(tokens[copula].lower) else { continue }
            // A copula of the claim's own clause (`wonach der Fehler bekannt gewesen sei,`) has no verdict after it.
            var word = copula + 1
            while word < tokens.count, tokens[word].kind == .word, degrees.contains(tokens[word].lower) { word += 1 }
            guard let verdict = verdicts.first(where: { phrase in
                word + phrase.count <= tokens.count
                    && phrase.indices.allSatisfy { tokens[word + $0].kind == .word && tokens[word + $0].lower == phrase[$0] }
            }) else { continue }
            let end = word + verdict.count
            guard end == tokens.count || tokens[end].kind == .punctuation || joiners.contains(tokens[end].lower) else { continue }
            return copula..<end
        }
        return nil
    }
}
