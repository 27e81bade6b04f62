/// The auxiliaries of the passive voice of one language (`passive-auxiliaries.txt`): whether a predicate stands in the
/// passive, which names an act without its doer (`The gunman was arrested`, `Der Täter wurde festgenommen`).
struct PassiveVoice: Sendable {
    private let before: Set<String>
    private let after: Set<String>
    /// Auxiliaries of the state passive (`state-before`, `state-after` rows): the participle tells a state its act left
    /// (`Die Anlage war abgeschaltet`, `sei abgeschaltet gewesen`); asked only by the statement finder (round 32).
    private let stateBefore: Set<String>
    private let stateAfter: Set<String>
    /// Whether the auxiliary before may stand anywhere earlier in the clause (a language that puts the participle
    /// last: German `wurde am Sonntag in seiner Wohnung festgenommen`), not only within three words.
    private let clauseWide: Bool

    /// - Parameters:
    ///   - rows: `before | word` and `after | word` rows.
    ///   - clauseWide: the language puts the participle at the end of its clause (it capitalises nouns: German).
    init(rows: [[String]], clauseWide: Bool) {
        before = Set(rows.filter { $0[0] == "before" && $0.count > 1 }.map { $0[1].lowercased() })
        after = Set(rows.filter { $0[0] == "after" && $0.count > 1 }.map { $0[1].lowercased() })
        stateBefore = Set(rows.filter { $0[0] == "state-before" && $0.count > 1 }.map { $0[1].lowercased() })
        stateAfter = Set(rows.filter { $0[0] == "state-after" && $0.count > 1 }.map { $0[1].lowercased() })
        self.clauseWide = clauseWide
    }

    /// Whether the predicate of `length` tokens at `index` stands in the passive: an auxiliary right after it, or
    /// before it in its clause (within three words in a language that keeps the participle near, no punctuation
    /// between).
    func isPassive(_ tokens: [ClaimToken], at index: Int, length: Int) -> Bool {
        let next = index + length
        if next < tokens.count, tokens[next].kind == .word, after.contains(tokens[next].lower) { return true }
        guard !before.isEmpty else { return false }
        var scan = index - 1
        while scan >= 0, tokens[scan].kind == .word, clauseWide || index - scan <= 3 {
            if before.contains(tokens[scan].lower) { return true }
            scan -= 1
        }
        return false
    }

    /// Whether the predicate at `index` stands in the state passive (`war abgeschaltet`, `sei … abgeschaltet gewesen`): a
    /// `state-after` auxiliary right after it, or a `state-before` one before it in its clause as ``isPassive(_:at:length:)``
    /// reads one. The perfect of a verb of motion or change takes the same auxiliary (`ist ausgebrochen`): either way the
    /// act is told without its doer.
    func isStatePassive(_ tokens: [ClaimToken], at index: Int, length: Int) -> Bool {
        let next = index + length
        if next < tokens.count, tokens[next].kind == .word, stateAfter.contains(tokens[next].lower) { return true }
        guard !stateBefore.isEmpty else { return false }
        var scan = index - 1
        while scan >= 0, tokens[scan].kind == .word, clauseWide || index - scan <= 3 {
            if stateBefore.contains(tokens[scan].lower) { return true }
            scan -= 1
        }
        return false
    }
}
