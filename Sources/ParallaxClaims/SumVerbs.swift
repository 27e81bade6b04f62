/// The rows of a lexicon of verbs that govern a sum of money directly (`lost-sums.txt`, `received-sums.txt`; round 31): the
/// verbs, the separable ones with their particle, the prepositions that before a sum make it a change, a level or a start,
/// the prepositions that after it name a level, the particles that, closing the clause of one of the verbs, give it another
/// sense, the words that right after the sum make it part of another noun, and the subjects that give a verb another sense.
struct SumVerbs: Sendable {
    /// Verb forms that govern the sum (`verlor`, `lost`, `genommen`, `took`).
    var verbs: Set<String> = []
    /// A separable verb's finite form → the particle that must close its clause after the sum (`büßten … ein`).
    var separable: [String: String] = [:]
    /// Prepositions right before the sum that make it an amount of change, a level or a start (`um`, `by`, `to`).
    var blockers: Set<String> = []
    /// Prepositions right after the sum that, before another figure, name the level reached (`auf`, `to`).
    var levels: Set<String> = []
    /// Particles that, closing the clause of a verb of the list, make another verb of it (`nahm … ein`, `nahm … auf`).
    var closers: Set<String> = []
    /// Words right after the sum that make it the amount of another noun (`took €3 million in orders`).
    var partitives: Set<String> = []
    /// Subjects right before a verb of the list that give it another sense (`it took €5 million to build`).
    var subjects: Set<String> = []

    init(rows: [[String]]) {
        for row in rows where row.count >= 2 {
            let word = row[1].lowercased()
            switch row[0] {
            case "verb": verbs.insert(word)
            case "split" where row.count >= 3: separable[word] = row[2].lowercased()
            case "blocker": blockers.insert(word)
            case "level": levels.insert(word)
            case "closer": closers.insert(word)
            case "partitive": partitives.insert(word)
            case "subject": subjects.insert(word)
            default: continue
            }
        }
    }

    /// Every language's rows of `lost-sums.txt`, read once.
    static let lost = LexiconFile.perLanguage("lost-sums.txt", SumVerbs.init(rows:))
    /// Every language's rows of `received-sums.txt`, read once.
    static let received = LexiconFile.perLanguage("received-sums.txt", SumVerbs.init(rows:))
}
