import ParallaxModel

/// One figure that counts a coordination of different kinds of people counts persons (round 20): `More than 300
/// firefighters, paramedics and police officers`, `Around 70 firefighters and paramedics`, `more than 300 firefighters,
/// soldiers and mountain rescuers` — the figure is the sum of all the kinds, so the unit is their common kind, `person`
/// (dev8, dev11, dev12, dev14 annotate it so). Paired forms of one kind keep it (`Patientinnen und Patienten` patient), and
/// a conjunct with a figure of its own is another count (`300 firefighters and 20 police officers`).
extension QuantityFinder {
    /// The kinds of people the vocabulary counts apart (docs/VOCABULARY.md).
    static let peopleKinds: Set<String> = [
        "person", "soldier", "worker", "firefighter", "sailor", "child", "refugee", "suspect", "passenger", "patient",
    ]

    /// `person` when the counted noun ending before `end`, of people kind `unit`, is coordinated (`,`, `and`, `und`) with
    /// nouns of another people kind; otherwise `nil`.
    /// - Complexity: O(1): at most three conjuncts of at most three words are read.
    func coordinatedPeopleUnit(_ tokens: [ClaimToken], unit: String, after end: Int) -> String? {
        guard unit != "person", Self.peopleKinds.contains(unit) else { return nil }
        var scan = end
        var conjuncts = 0
        var joined = false
        var mixed = false
        while scan < tokens.count, conjuncts < 3, tokens[scan].text == "," || isConnector(tokens[scan]) {
            if isConnector(tokens[scan]) { joined = true }
            scan += 1
            if scan < tokens.count, isConnector(tokens[scan]) {
                joined = true
                scan += 1
            }
            var kind: String?
            var words = 0
            while scan < tokens.count, words < 3, tokens[scan].kind == .word {
                // A conjunct of its own noun phrase (`und den Leichen`, `and their families`), figure (`und tausende
                // gerettete Flüchtlinge`) or clause (`and injured nine people`) is no further kind of the same count.
                if read(tokens, at: scan) != nil || pack.determiners.contains(tokens[scan])
                    || pack.halfArticles.contains(tokens[scan])
                    || pack.measures.match(tokens, at: scan) != nil && !modifiesPeople(tokens, at: scan)
                {
                    return nil
                }
                if let found = pack.units.match(tokens, at: scan) {
                    kind = found.value.unit
                    scan += found.length
                    break
                }
                if let found = pack.countedUnit(for: tokens[scan].lower) {
                    kind = found.unit
                    scan += 1
                    break
                }
                scan += 1
                words += 1
            }
            guard let kind, Self.peopleKinds.contains(kind) else { return nil }
            if kind != unit { mixed = true }
            conjuncts += 1
        }
        // A list ends in `and`/`und` (`firefighters, paramedics and police officers`); a comma alone opens an apposition
        // (`line workers, including crews`).
        return mixed && joined ? "person" : nil
    }

    /// True when the word at `index` is the first noun of a written-apart compound whose head names people (`rescue
    /// workers`, `relief workers`): a word of measure there names their trade, not the clause's event (round 24).
    private func modifiesPeople(_ tokens: [ClaimToken], at index: Int) -> Bool {
        let next = index + 1
        guard next < tokens.count, tokens[next].kind == .word else { return false }
        let unit = pack.units.match(tokens, at: next)?.value ?? pack.countedUnit(for: tokens[next].lower)
        return unit.map { Self.peopleKinds.contains($0.unit) } ?? false
    }

    private func isConnector(_ token: ClaimToken) -> Bool {
        token.kind == .word && pack.numberConnectors.contains(token.lower)
    }
}
