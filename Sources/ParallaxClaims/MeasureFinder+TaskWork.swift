internal import ParallaxModel

/// People at work on a task (round 30).
///
/// `Seit Donnerstag arbeiten etwa 40 Beschäftigte daran, die Systeme wieder hochzufahren`, `Mehr als 4.000 Techniker … arbeiten
/// an der Reparatur`, `About 4,200 line workers … are working in shifts to restore supply`: a count that a verb of working governs
/// with a task in hand is put to that task, `deployed`, as responders are — every tuning-half writer who annotates one gives it
/// so (dev7, dev8, dev9, dev24) — not the workforce that `arbeiten` otherwise names (`arbeiten in Brennau rund 11.000 Menschen`:
/// employed, dev). Before, German read `employed` from `arbeiten` and English no measure (`working` is no measure row). The rule
/// reads counts that no other word measures or that a verb of working made `employed`, with the verb of working before the
/// count or after it in its clause and a phrase of a task after the verb (`task-work.txt`).
extension MeasureFinder {
    /// The most words read before a count for the verb of working.
    static let workerLead = 6

    /// The most words read after a count for the verb of working (past an aside: `Techniker, darunter Trupps aus den
    /// Nachbarprovinzen, arbeiten`).
    static let workerReach = 10

    /// The most words read after the verb of working for its task.
    static let taskReach = 8

    /// `deployed` when a verb of working (`task-work.txt`, `worker` rows) governs the count in its clause and a task follows the
    /// verb and the count; nil otherwise, for a count that another measure already names, and for sums, shares and measurements.
    /// - Parameters:
    ///   - found: the measure the clause's words gave so far; only nil and `employed` are read again.
    ///   - clause: the figure's clause (`clauseBounds`); no word outside it is read.
    /// - Complexity: O(1): at most ``workerLead`` + ``workerReach`` word look-ups and ``taskReach`` phrase look-ups, once per
    ///   figure without a measure or with `employed`.
    func taskWorkMeasure(of mention: QuantityMention, found: String?, clause: Range<Int>, tokens: [ClaimToken]) -> String? {
        guard found == nil || found == "employed" else { return nil }
        let lexicon = TaskWork.of(pack.language)
        guard !lexicon.workers.isEmpty else { return nil }
        if let unit = mention.quantity.unit, isShareSumOrMeasurement(unit) { return nil }
        func isWorker(_ index: Int) -> Bool {
            pack.mayBeVerb(tokens[index]) && lexicon.workers.contains(tokens[index].lower)
        }
        var verb: Int?
        var scan = mention.first - 1
        while scan >= clause.lowerBound, mention.first - scan <= Self.workerLead {
            if isWorker(scan) {
                verb = scan
                break
            }
            scan -= 1
        }
        scan = mention.end
        while verb == nil, scan < clause.upperBound, scan - mention.end < Self.workerReach {
            if isWorker(scan) { verb = scan }
            scan += 1
        }
        guard let verb else { return nil }
        // The task follows the count too: a count inside the task is what the task is for, not who works at it (`Das Land
        // arbeitet daran, für die 265 Schüler Ersatzquartiere zu finden`).
        scan = max(verb + 1, mention.end)
        while scan < clause.upperBound, scan - verb <= Self.taskReach {
            if lexicon.namesTask(at: scan, tokens: tokens, determiners: pack.determiners) { return "deployed" }
            scan += 1
        }
        return nil
    }
}

/// The rows of one language's `task-work.txt`: the forms of the verb of working, the phrases that name a task in hand, and the
/// nouns of a task after its preposition.
struct TaskWork: Sendable {
    var workers: Set<String> = []
    var prepositions: Set<String> = []
    var nounStems: [String] = []
    let tasks: PhraseTable<Bool>

    init(rows: [[String]]) {
        var phrases: [(String, Bool)] = []
        for row in rows where row.count >= 2 {
            let word = row[1].lowercased()
            switch row[0] {
            case "worker": workers.insert(word)
            case "task": phrases.append((word, true))
            case "task-preposition": prepositions.insert(word)
            case "task-noun": nounStems.append(word)
            default: continue
            }
        }
        tasks = PhraseTable(phrases)
    }

    /// True when a task starts at `index`: a phrase of the `task` rows (`to` only before a word that is no determiner: an
    /// infinitive of purpose), or a preposition of the `task-preposition` rows with, past at most one determiner, a noun that
    /// holds a `task-noun` stem (`an der Reparatur`, `an der Schadensbeseitigung`).
    /// - Complexity: O(1) look-ups and O(stems) substring tests for one noun.
    func namesTask(at index: Int, tokens: [ClaimToken], determiners: WordSet) -> Bool {
        guard tokens[index].kind == .word else { return false }
        if let match = tasks.match(tokens, at: index) {
            guard match.length == 1, tokens[index].lower == "to" else { return true }
            let next = index + 1
            return next < tokens.count && tokens[next].kind == .word && !determiners.contains(tokens[next])
                && !tokens[next].isCapitalized
        }
        guard prepositions.contains(tokens[index].lower) else { return false }
        var noun = index + 1
        if noun < tokens.count, determiners.contains(tokens[noun]) { noun += 1 }
        guard noun < tokens.count, tokens[noun].kind == .word else { return false }
        let word = tokens[noun].lower
        return nounStems.contains { word.contains($0) }
    }

    /// Every language's rows, read once.
    static let all = LexiconFile.perLanguage("task-work.txt", TaskWork.init(rows:))

    /// The rows of `language`; none when it has no file.
    static func of(_ language: String) -> TaskWork {
        all[language] ?? TaskWork(rows: [])
    }
}
