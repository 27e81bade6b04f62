/// Findings and counts as the object of a prepositional cue (`findings.txt`, round 35, source35).
///
/// `according to the provisional result`, `nach dem vorläufigen Ergebnis`: a result, a tally or a set of figures names its
/// author only by a linking word after it (`of the electoral commission`, `der Wahlkommission`, `figures released by the
/// ministry`). With no author after it the cue names no party, and a name that follows is the clause's subject, not its source.
struct Findings: Sendable {
    /// Nouns of a finding or a count (`result`, `figures`, `Ergebnis`, `Hochrechnung`).
    let nouns: WordSet
    /// Words before such a noun that name no party (`provisional`, `official`, `vorläufigen`).
    let modifiers: WordSet
    /// Words that join the finding to its author (`of`, `by`, `from`; `der`, `des`, `von`).
    let links: WordSet
    /// Participles between the finding and a link (`figures released by`).
    let participles: WordSet

    init(rows: [[String]]) {
        func words(_ kind: String) -> WordSet { WordSet(rows.filter { $0.count > 1 && $0[0] == kind }.map { $0[1] }) }
        nouns = words("noun")
        modifiers = words("modifier")
        links = words("link")
        participles = words("participle")
    }
}
