/// How a denial points back at the statement it denies without naming its content (`denial-back-references.txt`,
/// round 24): `denied the claim`, `wies den Vorwurf zurück`, `Die Behörde weist das zurück`, `rejected that.`.
struct DenialBackReferences: Sendable {
    /// Definite articles and demonstratives that refer back when a noun of a claim follows them.
    let determiners: Set<String>
    /// Nouns that name a claim as such (`claim`, `Darstellung`).
    let nouns: Set<String>
    /// Nouns that name a charge (`allegations`, `Vorwurf`): the denial contests the latest accusation.
    let charges: Set<String>
    /// Pronoun objects that refer back when no capitalised word follows them (`das`).
    let pronouns: Set<String>
    /// Relative words that take up a whole clause (`which`, `was`): `…, which X denies` denies that clause (round 28).
    let relatives: Set<String>

    init(rows: [[String]]) {
        func words(_ role: String) -> Set<String> { Set(rows.filter { $0.count == 2 && $0[0] == role }.map { $0[1] }) }
        determiners = words("determiner")
        nouns = words("noun")
        charges = words("charge")
        pronouns = words("pronoun")
        relatives = words("relative")
    }

    /// Punctuation that ends the clause of a demonstrative standing alone (`denied this.`, `weist dies zurück;`); not
    /// a quotation mark (`said that ' the … '` is a conjunction).
    static let clauseEnds: Set<String> = [".", ",", ";", ":", "!", "?"]

    /// How a sentence refers back: `nil` when it does not, else whether it names a charge.
    enum Reference: Equatable { case statement, charge }

    /// The first back reference of a denial's sentence: a determiner right before a noun of a claim or of a charge, a
    /// pronoun object before no capitalised word (not after a comma: `das Amt, das die …` is a relative pronoun), or one
    /// of `alone` (the demonstratives that refer back on their own, `dies`, `that`) at the end of its clause.
    func reference(in tokens: [ClaimToken], alone: Set<String>) -> Reference? {
        for index in tokens.indices where tokens[index].kind == .word {
            let word = tokens[index].lower
            let next = index + 1 < tokens.count ? tokens[index + 1] : nil
            if determiners.contains(word), let next, next.kind == .word {
                if charges.contains(next.lower) { return .charge }
                if nouns.contains(next.lower) { return .statement }
            }
            if pronouns.contains(word), index > 0, tokens[index - 1].text != "," {
                guard let next else { return .statement }
                if next.kind == .punctuation || !next.isCapitalized { return .statement }
            }
            if alone.contains(word), index > 0 {
                guard let next else { return .statement }
                if next.kind == .punctuation, Self.clauseEnds.contains(next.text) { return .statement }
            }
        }
        return nil
    }
}
