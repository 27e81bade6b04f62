import ParallaxModel

/// Parts across articles: a part one report names within a total is another report's whole count, and the
/// parts of different wholes are different things.
extension FigureClusters {
    /// The groups with a figure moved to the group of a part another article names with the same number
    /// ("83 people had been injured, … among them 14 officers") when its own group is a total it cannot
    /// be: every other article's figure there lies more than a quarter from it, and its article gives the
    /// group no other number. The police union's "14 Kolleginnen und Kollegen wurden verletzt" counts the
    /// officers the police report names as a part, not a rival of the 83 injured: a report by or about one
    /// party counts that party's share of a toll, which the other reports give as a part of the whole.
    /// - Complexity: O(n) for n figures to find the candidates (parts indexed by unit, measure and number), plus
    ///   O(g) for each candidate in a group of g figures.
    static func movingWholesToTheirParts(_ groups: [[ClaimFacts]]) -> [[ClaimFacts]] {
        func partKey(_ fact: ClaimFacts) -> String? {
            guard let value = statedValue(fact) else { return nil }
            return "\(fact.unitKey)|\(fact.measureKey)|\(numberKey(value))"
        }
        var partGroups: [String: Set<Int>] = [:]
        for (index, group) in groups.enumerated() where group.allSatisfy(\.subset) {
            for fact in group { if let key = partKey(fact) { partGroups[key, default: []].insert(index) } }
        }
        guard !partGroups.isEmpty else { return groups }
        var moves: [(claim: String, from: Int, to: Int)] = []
        for (index, group) in groups.enumerated() where !group.allSatisfy(\.subset) {
            for fact in group where !fact.subset && fact.scope != .additional && fact.measureKey != "-" {
                guard let key = partKey(fact), let candidates = partGroups[key] else { continue }
                let targets = candidates.filter { target in
                    !groups[target].contains { $0.article.id == fact.article.id }
                        && groups[target].contains { sameValue($0, fact) }
                }
                guard targets.count == 1, let target = targets.first else { continue }
                let others = group.filter { $0.article.id != fact.article.id }
                guard !others.isEmpty,
                    others.allSatisfy({ closeness(stated(fact), stated($0) ?? $0.interval) < spanCloseness }),
                    group.allSatisfy({ $0.article.id != fact.article.id || sameValue($0, fact) })
                else { continue }
                moves.append((fact.claim.id, index, target))
            }
        }
        return groups.applying(moves: moves)
    }

    /// The groups with the parts of different wholes set apart: a group of parts whose wholes stand in
    /// different groups counts different things. "Elf davon schwer" and "eleven of them seriously" are parts of
    /// the 83 injured; "zwei von ihnen liegen noch im Krankenhaus", a part of the union's 14 injured officers,
    /// is a part of the officers, not a rival of the eleven. Parts whose whole is not known stay where they are.
    /// - Complexity: O(n) for n figures.
    static func splittingPartsByTheirWholes(_ groups: [[ClaimFacts]]) -> [[ClaimFacts]] {
        var groupOfClaim: [String: Int] = [:]
        for (index, group) in groups.enumerated() {
            for fact in group { groupOfClaim[fact.claim.id] = index }
        }
        return groups.flatMap { group -> [[ClaimFacts]] in
            guard group.count > 1, group.allSatisfy(\.subset) else { return [group] }
            let wholes = group.map { fact in fact.partOf.flatMap { groupOfClaim[$0] } }
            let known = Set(wholes.compactMap { $0 })
            guard known.count > 1 else { return [group] }
            // The parts of the wholes' most common group stay together with the parts of unknown wholes.
            let counts = Dictionary(grouping: wholes.compactMap { $0 }, by: { $0 }).mapValues(\.count)
            let main = counts.max { $0.value == $1.value ? $0.key > $1.key : $0.value < $1.value }!.key
            var byWhole: [Int: [ClaimFacts]] = [:]
            for (fact, whole) in zip(group, wholes) { byWhole[whole ?? main, default: []].append(fact) }
            return byWhole.keys.sorted().map { byWhole[$0]! }
        }
    }
}
