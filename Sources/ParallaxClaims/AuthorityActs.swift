/// Acts that authorities do (`investigated`, `arrested`) and the generic parties that do them (`police`,
/// `prosecutors`), read once from the language-neutral `Lexicons/authority-acts.txt`.
///
/// ``StatementFinder`` gives such an act its generic doer as subject when no named party does it
/// ("Seitdem ermittelt die Staatsanwaltschaft" → `prosecutors investigated`).
struct AuthorityActs: Sendable {
    /// Canonical predicates of acts whose doer is mostly a generic party.
    let acts: Set<String>
    /// Canonical gazetteer names of the generic parties that do ``acts``.
    let doers: Set<String>

    /// Reads `act` and `doer` rows; other rows are ignored.
    init(rows: [[String]]) {
        var acts = Set<String>(), doers = Set<String>()
        for row in rows where row.count > 1 {
            switch row[0] {
            case "act": acts.insert(row[1])
            case "doer": doers.insert(row[1])
            default: continue
            }
        }
        self.acts = acts
        self.doers = doers
    }

    /// The table of `Lexicons/authority-acts.txt`, read once.
    static let shared = AuthorityActs(rows: LexiconFile.rows("authority-acts.txt", in: LexiconFile.root))
}
