internal import ParallaxModel

/// People brought or led to a place out of danger (round 30).
///
/// `Die Polizei brachte rund 1.200 Fahrgäste ins Freie`, `about 1,200 passengers were led out of the station`, `Rettungskräfte
/// brachten 374 Menschen an Land`: the verb (bringen, führen, lead, bring) names no measure by itself — it also brings news, a
/// bill, a team into the lead — and the place it brings the count to says what happened: out of a building or into the open
/// is `evacuated`, ashore or out of the water `rescued`. Writers of four tuning-half splits annotate such counts so (dev6,
/// dev23, dev24: evacuated; dev6: rescued), and the measure rows of `measures.txt` read only the contiguous forms (`in
/// Sicherheit gebracht`, `an Land gebracht`), not a count standing between the verb and its place, nor English `led out`.
/// The rule reads counts no other word of the clause measures, with the verb before the count (its object after a
/// verb-second or active verb) or after it in the passive (`wurden ins Freie gebracht`, `were led out`), so that a count that
/// does the bringing (`40 Feuerwehrleute brachten die Gäste ins Freie`) keeps none.
extension MeasureFinder {
    /// The most words read before a count for the verb that brings it.
    static let carrierLead = 6

    /// The most words read after a count for the verb (in the passive) and for the place it is brought to.
    static let goalReach = 8

    /// `evacuated` or `rescued` when a verb of bringing or leading (`brought-goals.txt`, `carrier` rows) governs the count in
    /// its clause and a place of its `goal` rows follows the count; nil otherwise, and for sums and measurements.
    /// - Parameter clause: the figure's clause (`clauseBounds`); no word outside it is read.
    /// - Complexity: O(1): at most ``carrierLead`` + 2 · ``goalReach`` word look-ups, once per figure no other word measures.
    func broughtToGoalMeasure(of mention: QuantityMention, clause: Range<Int>, tokens: [ClaimToken]) -> String? {
        let lexicon = BroughtGoals.of(pack.language)
        guard !lexicon.carriers.isEmpty else { return nil }
        if let unit = mention.quantity.unit, pack.currencyCodes.contains(unit) || Self.measurementUnits.contains(unit) {
            return nil
        }
        func isCarrier(_ index: Int) -> Bool {
            pack.mayBeVerb(tokens[index]) && lexicon.carriers.contains(tokens[index].lower)
        }
        var carrier = false
        var scan = mention.first - 1
        while scan >= clause.lowerBound, mention.first - scan <= Self.carrierLead, !tokens[scan].isClauseMark {
            if isCarrier(scan) {
                carrier = true
                break
            }
            scan -= 1
        }
        scan = mention.end
        while !carrier, scan < clause.upperBound, scan - mention.end < Self.goalReach, !tokens[scan].isClauseMark {
            if isCarrier(scan), pack.passiveVoice.isPassive(tokens, at: scan, length: 1) { carrier = true }
            scan += 1
        }
        guard carrier else { return nil }
        scan = mention.end
        while scan < clause.upperBound, scan - mention.end < Self.goalReach, !tokens[scan].isClauseMark {
            if tokens[scan].kind == .word, let goal = lexicon.goals.match(tokens, at: scan) {
                return admits(goal.value, unit: mention.quantity.unit) ? goal.value : nil
            }
            scan += 1
        }
        return nil
    }
}

/// The rows of one language's `brought-goals.txt`: the forms of the verbs of bringing or leading and the places they bring
/// people to, each with the measure it names.
struct BroughtGoals: Sendable {
    var carriers: Set<String> = []
    let goals: PhraseTable<String>

    init(rows: [[String]]) {
        var places: [(String, String)] = []
        for row in rows where row.count >= 2 {
            if row[0] == "carrier" { carriers.insert(row[1].lowercased()) }
            if row[0] == "goal", row.count >= 3 { places.append((row[1].lowercased(), row[2])) }
        }
        goals = PhraseTable(places)
    }

    /// Every language's rows, read once.
    static let all = LexiconFile.perLanguage("brought-goals.txt", BroughtGoals.init(rows:))

    /// The rows of `language`; none when it has no file.
    static func of(_ language: String) -> BroughtGoals {
        all[language] ?? BroughtGoals(rows: [])
    }
}
