/// Groups joined into sets (union–find): every index starts in a set of its own, ``join(_:_:)`` puts two
/// indices' sets together under the lower root, and ``merging(_:)`` concatenates each set's groups in index
/// order, the sets ordered by their lowest index.
struct GroupUnion {
    private var parent: [Int]

    init(count: Int) {
        parent = Array(0..<count)
    }

    /// The lowest index of the set `index` belongs to.
    func root(_ index: Int) -> Int {
        var index = index
        while parent[index] != index { index = parent[index] }
        return index
    }

    mutating func join(_ first: Int, _ second: Int) {
        let (a, b) = (root(first), root(second))
        parent[max(a, b)] = min(a, b)
    }

    /// `groups` (one per index) with the groups of each set concatenated.
    func merging<Element>(_ groups: [[Element]]) -> [[Element]] {
        var merged: [Int: [Element]] = [:]
        for index in groups.indices { merged[root(index), default: []] += groups[index] }
        return merged.keys.sorted().map { merged[$0]! }
    }
}
