import ParallaxModel

/// The length a verb of travelling governs is a distance (round 29).
///
/// `The balloon had travelled about 12 km`, `muss man mehr als 60 Kilometer fahren`, `Lebensmittel, die tausende Kilometer quer
/// durch Europa … transportiert wurden`: the length is how far something went, which every writer who annotates one gives
/// `distance` (dev23, real, real2). Round 28 read the way's noun (`route`, `Umleitung`); this reads the verb: before the length,
/// past its qualifier, where the verb-second verb stands (`Am Sonntag flog der Ballon rund zwölf Kilometer`, `drove another 20
/// km`), or after it in its clause, as German puts the participle and the infinitive at the clause's end. The verbs are the
/// `travel` rows of `dimension-words.txt`; in German only in lower case, as a capitalised form is the verb's noun. Asked last in
/// ``dimension(of:tokens:)``, so a word of size or place next to the length still decides (`bis zu 200 Meter hoch geflogen`,
/// `flew 2 km north of`).
extension MeasureFinder {
    /// The most words read after a length for the verb that closes its clause.
    static let travelVerbReach = 12

    /// The most words read before a length (past its qualifier) for the verb that governs it: the verb-second verb may stand
    /// before the subject and adverbials (`Am Sonntag flog der Ballon in Böen rund zwölf Kilometer`).
    static let travelVerbLead = 6

    /// True when a verb of travelling governs the length spanning `first..<after`: before it (past its qualifier), at most
    /// ``travelVerbLead`` words back, or after it, at most ``travelVerbReach`` words on, with only words between (no
    /// punctuation mark, no other number).
    /// - Complexity: O(1): one word look-up at each of at most ``travelVerbLead`` + ``travelVerbReach`` positions.
    func isTravelledLength(first: Int, after: Int, tokens: [ClaimToken]) -> Bool {
        // A capitalised noun is no verb (`3,8 km Schwimmen, 42,195 km Laufen`: a race's legs).
        func isTravel(_ index: Int) -> Bool {
            index >= 0 && index < tokens.count && pack.mayBeVerb(tokens[index]) && pack.travelVerbs.contains(tokens[index])
        }
        let start = first > 0 ? (pack.qualifierStart(endingAt: first, in: tokens) ?? first) : first
        var index = start - 1
        while index >= 0, start - index <= Self.travelVerbLead, tokens[index].kind == .word {
            if isTravel(index) { return true }
            index -= 1
        }
        index = after
        while index < tokens.count, index - after < Self.travelVerbReach, tokens[index].kind == .word {
            if isTravel(index) { return true }
            index += 1
        }
        return false
    }
}
