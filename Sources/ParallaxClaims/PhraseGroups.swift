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
    /// The shapes' word ids (``WordInterner``), one run per shape from its ``PhraseShape/idStart``; zeros until the pack's
    /// ``PhraseStartIndex`` assigns them (``assignWordIDs(_:)``).
    private let wordIDs: WordIDStore

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
        var idCount = 0
        for position in shapes.indices {
            shapes[position].idStart = idCount
            idCount += shapes[position].wordCount
        }
        wordIDs = WordIDStore(count: idCount)
    }

    /// The shapes' Latin-1 words, for the pack's ``WordInterner`` (of every shape: a first word is filed by its key
    /// whatever the later words are).
    var latin1Words: [String] {
        shapes.flatMap(\.words).filter(ClaimToken.isLatin1)
    }

    /// Writes the ids of the shapes' words: `interner`'s id for each word of a Latin-1 shape, 0 for the last word of a
    /// prefix phrase (compared by its bytes) and for the words of other shapes.
    /// - Important: Only while the pack is built (``PhraseStartIndex/register(tablesIn:)``), before any look-up.
    func assignWordIDs(_ interner: WordInterner) {
        for shape in shapes {
            for (offset, word) in shape.words.enumerated() {
                let isPrefix = shape.lastIsPrefix && offset == shape.wordCount - 1
                wordIDs.ids[shape.idStart + offset] = shape.isLatin1 && !isPrefix ? interner.id(of: word) : 0
            }
        }
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
    /// - Parameter idsAssigned: true when the tokens were marked by the index that assigned this table's word ids (their
    ///   ``ClaimToken/wordID``s and the shapes' come from one ``WordInterner``).
    func longest(under key: Int, _ tokens: [ClaimToken], at index: Int, idsAssigned: Bool = false) -> (length: Int, position: Int)? {
        guard let group = self.index.value(for: key),
            let found = PhraseShape.longest(
                shapes, firstHeads: firstHeads, in: starts[group]..<starts[group + 1], tokens: tokens, at: index,
                wordIDs: idsAssigned ? UnsafePointer(wordIDs.ids) : nil)
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

    /// The Latin-1 words of the table's phrases (every phrase is in ``byOpening``).
    var latin1Words: [String] { byOpening.latin1Words }

    /// Writes the word ids of all three groups (see ``PhraseGroups/assignWordIDs(_:)``).
    func assignWordIDs(_ interner: WordInterner) {
        byOpening.assignWordIDs(interner)
        byFirstWord.assignWordIDs(interner)
        byOpeningRest.assignWordIDs(interner)
    }

    init(all: [PhraseGroups.Member], byWord: [PhraseGroups.Member], rest: [PhraseGroups.Member]) {
        byOpening = PhraseGroups(all)
        byFirstWord = PhraseGroups(byWord)
        byOpeningRest = PhraseGroups(rest)
        firstWordKeys = byWord.map(\.key)
        restOpeningKeys = rest.map(\.key)
    }
}

/// The word ids of a ``PhraseGroups``' shapes, in memory of their own: written once by the pack's
/// ``PhraseStartIndex`` after the tables are built, read by the matching loop through a plain pointer (a stored `var`
/// of a class read per candidate would be an exclusivity check each).
final class WordIDStore: @unchecked Sendable {
    // `@unchecked Sendable`: written only by `PhraseGroups.assignWordIDs(_:)` during the pack's initialiser, before the
    // pack is shared (the same rule as `PhraseLookup.startMarker`); only read afterwards.
    let ids: UnsafeMutablePointer<Int32>

    init(count: Int) {
        ids = .allocate(capacity: max(count, 1))
        ids.initialize(repeating: 0, count: max(count, 1))
    }

    deinit {
        ids.deallocate()
    }
}
