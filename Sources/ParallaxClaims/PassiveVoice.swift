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
    ///   - rows: `before | word`, `after | word`, `state-before | word` and `state-after | word` rows.
    ///   - clauseWide: the language puts the participle at the end of its clause (it capitalises nouns: German).
    init(rows: [[String]], clauseWide: Bool) {
        func words(_ kind: String) -> Set<String> {
            Set(rows.filter { $0[0] == kind && $0.count > 1 }.map { $0[1].lowercased() })
        }
        before = words("before")
        after = words("after")
        stateBefore = words("state-before")
        stateAfter = words("state-after")
        self.clauseWide = clauseWide
    }

    /// Whether the predicate of `length` tokens at `index` stands in the passive: an auxiliary right after it, or
    /// before it in its clause (within three words in a language that keeps the participle near, no punctuation
    /// between).
    func isPassive(_ tokens: [ClaimToken], at index: Int, length: Int) -> Bool {
        hasAuxiliary(tokens, at: index, length: length, before: before, after: after)
    }

    /// Whether the predicate at `index` stands in the state passive (`war abgeschaltet`, `sei … abgeschaltet gewesen`): a
    /// `state-after` auxiliary right after it, or a `state-before` one before it in its clause as ``isPassive(_:at:length:)``
    /// reads one. The perfect of a verb of motion or change takes the same auxiliary (`ist ausgebrochen`): either way the
    /// act is told without its doer.
    func isStatePassive(_ tokens: [ClaimToken], at index: Int, length: Int) -> Bool {
        hasAuxiliary(tokens, at: index, length: length, before: stateBefore, after: stateAfter)
    }

    /// Whether one of `after` stands right after the predicate, or one of `before` before it in its clause (within three
    /// words unless ``clauseWide``, words only).
    private func hasAuxiliary(
        _ tokens: [ClaimToken], at index: Int, length: Int, before: Set<String>, after: Set<String>
    ) -> Bool {
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
}
