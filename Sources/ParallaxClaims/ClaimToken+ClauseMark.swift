extension ClaimToken {
    /// The marks that end the stretch of words a rule looks through around a word: those that close a clause or a
    /// sentence (`,` `;` `:` `.` `!` `?`) and the round brackets of an aside.
    static let clauseMarks: [String] = [",", ";", ":", ".", "!", "?", "(", ")"]

    /// True when the token is one of ``clauseMarks``.
    var isClauseMark: Bool {
        kind == .punctuation && Self.clauseMarks.contains(text)
    }
}
