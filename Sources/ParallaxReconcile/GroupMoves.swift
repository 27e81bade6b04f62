import ParallaxModel

extension Array where Element == [ClaimFacts] {
    /// These groups with each claim of `moves` taken out of group `from` and put into group `to`, and the groups left
    /// empty dropped. Grouping passes collect their moves first and apply them together, so that no test of a pass sees
    /// the result of another move of the same pass.
    func applying(moves: [(claim: String, from: Int, to: Int)]) -> [[ClaimFacts]] {
        guard !moves.isEmpty else { return self }
        var groups = self
        for move in moves {
            guard let position = groups[move.from].firstIndex(where: { $0.claim.id == move.claim }) else { continue }
            groups[move.to].append(groups[move.from].remove(at: position))
        }
        return groups.filter { !$0.isEmpty }
    }
}
