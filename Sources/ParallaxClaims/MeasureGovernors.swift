/// The rows of one language's `measure-governors.txt` (round 22): the words that tell what a share, an area or a count of
/// people undergoes by the grammar around it — verbs and nouns of offering and demanding before a share, verbs of covering
/// before an area, the nouns of a vessel's company and the phrases that take people off a vessel.
///
/// Read once per language outside ``LanguagePack``, as ``NominalMeasures`` is; every look-up is one phrase match at a
/// given token, so no rule reading these tables walks the tokens once per row.
struct MeasureGovernors: Sendable {
    /// Verbs and nouns of offering or demanding before a share (`bietet`, `fordert`, `offered`, `offer of`).
    let demands: PhraseTable<Bool>
    /// The same verbs' forms closing the clause after the share (`angeboten`, `on the table`).
    let demandsAfter: PhraseTable<Bool>
    /// Words right after a share that make it a part of something (`der`, `of`).
    let shareStops: Set<String>
    /// Function words that may follow a demanded share in a language that does not capitalise nouns; empty where it does.
    let shareFollows: Set<String>
    /// Verbs of covering and spreading over (`bedeckte`, `covers`, `spread`).
    let covers: PhraseTable<Bool>
    /// Stems of the counted nouns of a vessel's company (`besatzung`, `crew`, `sailor`).
    let crewStems: [String]
    /// Phrases that take people off a vessel (`von Bord`, `off the ship`).
    let offboard: PhraseTable<Bool>
    /// Starts of words that name a protest (`protest`, `kundgebung`, `demonstrat`; round 23): workers counted in a sentence of a
    /// protest, as in one of a strike, are the people taking part, not a workforce.
    let protestStarts: [String]
    /// Verbs of having before a count of workers (`has`, `hat`; round 24): the workforce a firm has.
    let haves: Set<String>
    /// Words joining a firm's other figure to its workforce after a verb of having (`and`, `und`; round 24).
    let haveJoins: Set<String>

    init(rows: [[String]]) {
        func phrases(_ kind: String) -> [String] {
            rows.filter { $0.count >= 2 && $0[0] == kind }.map { $0[1].lowercased() }
        }
        demands = PhraseTable(phrases("demand").map { ($0, true) })
        demandsAfter = PhraseTable(phrases("demand-after").map { ($0, true) })
        shareStops = Set(phrases("share-stop"))
        shareFollows = Set(phrases("share-follow"))
        covers = PhraseTable(phrases("cover").map { ($0, true) })
        crewStems = phrases("crew")
        offboard = PhraseTable(phrases("offboard").map { ($0, true) })
        protestStarts = phrases("protest")
        haves = Set(phrases("have"))
        haveJoins = Set(phrases("have-join"))
    }

    /// Every language's rows, read once.
    static let all = LexiconFile.perLanguage("measure-governors.txt", MeasureGovernors.init(rows:))

    /// The rows of `language`; none when it has no file.
    static func of(_ language: String) -> MeasureGovernors {
        all[language] ?? MeasureGovernors(rows: [])
    }
}
