import ParallaxModel
import ParallaxText

/// The words of one language that name industrial action — a strike, a walkout, work laid down — and the nouns that name
/// people by no trade (`industrial-action.txt`; round 22).
///
/// docs/VOCABULARY.md counts strikers and people counted as employed as `worker`s. A sentence of a strike counts people by
/// their trade (`Rund 1.350 Pilotinnen und Piloten streiken`, `18,000 of the roughly 64,000 teachers … joined the walkout`),
/// and those are the strikers or the workforce they come from; residents, pupils, passengers or the police counted in the
/// same sentence stay persons.
struct IndustrialAction: Sendable {
    /// Parts of a word that name industrial action in any form or compound (`streik`: Warnstreik, bestreikt).
    let parts: [String]
    /// Parts of a word that name a protest of another kind although they contain a part (`Hungerstreik`, `Sitzstreik`).
    let exceptParts: [String]
    /// Whole words that name it in every sense (`strikers`, `walkout`).
    let words: Set<String>
    /// Words that name it unless a word of `notAfter` stands right before (`strike`, but not `air strike`).
    let strikes: Set<String>
    let notAfter: Set<String>
    /// Two words of a sentence that name it together, the second by its start (`legen die Arbeit nieder`, `walked out`).
    let pairs: [(first: String, secondStart: String)]
    /// Lemmas, and starts of lemmas, of nouns that name people by no trade (`people`, `mensch`).
    let generic: Set<String>
    let genericStarts: [String]

    init(rows: [[String]]) {
        func values(_ kind: String) -> [String] { rows.filter { $0[0] == kind && $0.count > 1 }.map { $0[1].lowercased() } }
        parts = values("part")
        exceptParts = values("except-part")
        words = Set(values("word"))
        strikes = Set(values("strike"))
        notAfter = Set(values("not-after"))
        pairs = rows.filter { $0[0] == "pair" && $0.count > 2 }.map { ($0[1].lowercased(), $0[2].lowercased()) }
        generic = Set(values("generic"))
        genericStarts = values("generic-start")
    }

    /// True when the sentence names industrial action.
    /// - Complexity: O(n · p) in the tokens and the handful of parts and pairs; read once per sentence, and only for a
    ///   sentence that counts people. Parts are searched as UTF-8 bytes: `String.contains(_:)` goes through the string
    ///   processing library's searcher and made this test 12 % of the claims stage (callgrind, round 22).
    func isNamed(in tokens: [ClaimToken]) -> Bool {
        var firsts = Set<String>()
        for (index, token) in tokens.enumerated() where token.kind == .word {
            let word = token.lower
            if words.contains(word) { return true }
            if strikes.contains(word), index == 0 || !notAfter.contains(tokens[index - 1].lower) { return true }
            if parts.contains(where: { word.containsBytes($0) }), !exceptParts.contains(where: { word.containsBytes($0) }) {
                return true
            }
            for pair in pairs {
                if word == pair.first { firsts.insert(pair.first) }
                if firsts.contains(pair.first), word != pair.first, word.hasPrefix(pair.secondStart) { return true }
            }
        }
        return false
    }

    /// True when a counted noun's lemma names people by no trade (`mensch`, `resident`).
    func isGeneric(_ lemma: String) -> Bool {
        generic.contains(lemma) || genericStarts.contains(where: { lemma.hasPrefix($0) })
    }
}
