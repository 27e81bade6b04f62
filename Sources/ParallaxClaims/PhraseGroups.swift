/// The phrases of a ``PhraseTable`` filed under one integer key each, in groups looked up through an ``IntKeyIndex``.
///
/// A table files its phrases three ways (round 18): all of them under their first word's first three characters (the
/// look-up of round 17, kept for tokens outside Latin-1), and, for Latin-1 tokens, the phrases whose first word a token
/// must equal under that word's ``ClaimToken/wordKey`` — a hash of all its bytes, which the tokenizer computes once per
/// token and every table shares — apart from the few (one-word prefix phrases like `entsand*`, first words outside
/// Latin-1) that stay under the three characters. A group keyed by the whole word holds the phrases starting with that
/// word and nothing else, so matching at a position no longer scans every phrase that shares three opening characters:
/// round 17's lexicon rows had lengthened those buckets, and the scan grew with them.
struct PhraseGroups: Sendable {
    /// One phrase filed under `key`: its shape and its position in the table (which orders equally long phrases).
    struct Member {
        var key: Int
        var shape: PhraseShape
        var position: Int
    }

    /// The members, group after group: group `g` is `shapes[starts[g]..<starts[g + 1]]`, each group longest phrase first
    /// and, among equally long ones, in table order.
    private var shapes: [PhraseShape] = []
    /// The first words' ``WordHead``s at the same positions (a zero mask for a shape that is not Latin-1).
    private var firstHeads: [WordHead] = []
    /// The table positions at the same positions.
    private var positions: [Int] = []
    private var starts: [Int] = [0]
    private var index = IntKeyIndex([])

    /// True when no phrase is filed here.
    let isEmpty: Bool

    /// Groups `members` by key; within a group, members keep the order of `positions` (the table's order, longest first).
    init(_ members: [Member]) {
        isEmpty = members.isEmpty
        var groups: [Int: [Member]] = [:]
        var keys: [Int] = []
        for member in members {
            if groups[member.key] == nil { keys.append(member.key) }
            groups[member.key, default: []].append(member)
        }
        var pairs: [(key: Int, value: Int)] = []
        for (group, key) in keys.enumerated() {
            for member in groups[key]!.sorted(by: { $0.position < $1.position }) {
                shapes.append(member.shape)
                firstHeads.append(member.shape.isLatin1 ? member.shape.firstHead : WordHead(""))
                positions.append(member.position)
            }
            starts.append(shapes.count)
            pairs.append((key: key, value: group))
        }
        index = IntKeyIndex(pairs)
    }

    /// True when some phrase is filed under `key`.
    @inline(__always)
    func contains(_ key: Int) -> Bool {
        index.contains(key)
    }

    /// The longest phrase filed under `key` that stands at `index`: its length in tokens and its table position (the
    /// first in table order among equally long ones).
    /// - Complexity: O(k · m) for the k phrases filed under `key`, of at most m words; no allocation.
    @inline(__always)
    func longest(under key: Int, _ tokens: [ClaimToken], at index: Int) -> (length: Int, position: Int)? {
        guard let group = self.index.value(for: key),
            let found = PhraseShape.longest(shapes, firstHeads: firstHeads, in: starts[group]..<starts[group + 1], tokens: tokens, at: index)
        else { return nil }
        return (found.length, positions[found.entry])
    }
}

/// A ``PhraseTable``'s look-up structures, built once from its phrases: the three ``PhraseGroups`` and the bit and
/// marker its ``PhraseStartIndex`` registered it with.
final class PhraseLookup: @unchecked Sendable {
    // `@unchecked Sendable`: `startMarker` and `startBit` are written once, by `PhraseStartIndex.register(tablesIn:)`
    // during the pack's initialiser, before the pack is shared; only read afterwards. The rest is immutable.

    /// Every entry under its first word's first three characters (``ClaimToken/key``): the look-up for tokens outside
    /// Latin-1, and the quick test of ``PhraseTable/value(of:)``.
    let byOpening: PhraseGroups
    /// The entries whose first word is Latin-1 and must be equalled (all but one-word prefix phrases), under that word's
    /// ``ClaimToken/wordKey``: the look-up for Latin-1 tokens.
    let byFirstWord: PhraseGroups
    /// The other entries (one-word prefix phrases, first words outside Latin-1) under their first three characters, asked
    /// for Latin-1 tokens beside ``byFirstWord``.
    let byOpeningRest: PhraseGroups
    /// The keys of ``byFirstWord`` and ``byOpeningRest``, for ``PhraseStartIndex``.
    let firstWordKeys: [Int]
    let restOpeningKeys: [Int]
    /// The marker of the index that registered the table; -1 (no index's marker) until then, so that every token is
    /// looked up.
    var startMarker = -1
    /// The table's bit in ``ClaimToken/phraseStarts``: a token marked by the registering index without it starts no
    /// phrase of the table.
    var startBit: UInt64 = 0

    init(all: [PhraseGroups.Member], byWord: [PhraseGroups.Member], rest: [PhraseGroups.Member]) {
        byOpening = PhraseGroups(all)
        byFirstWord = PhraseGroups(byWord)
        byOpeningRest = PhraseGroups(rest)
        firstWordKeys = byWord.map(\.key)
        restOpeningKeys = rest.map(\.key)
    }
}
