/// Words that may be verb forms.
extension LanguagePack {
    /// Whether the token may be a verb form: a word, and not a capitalised one where every noun is capitalised — there a
    /// capitalised form of a verb is its noun (`das Führen`, `die Arbeiten`, `42,195 km Laufen`). The rules that look for a
    /// verb of bringing, working or travelling near a figure ask this before their word lists.
    func mayBeVerb(_ token: ClaimToken) -> Bool {
        token.kind == .word && !(capitalizesNouns && token.isCapitalized)
    }
}
