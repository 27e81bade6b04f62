/// Which of a language pack's ``PhraseTable``s each token of a sentence may start a phrase of, worked out once per
/// token so that a table asked about a token that starts none of its phrases answers from the token alone.
///
/// The finders ask some forty tables about the same tokens, most of them about every word (round 18's profile: the
/// table look-ups were about 12 % of claim extraction, most of it the cache misses of reading each table's own
/// look-up filter to learn that the word starts nothing there). Here each table the pack holds gets one of 64 bits;
/// ``mark(_:)`` looks a token up once — its ``ClaimToken/wordKey`` among the first words of all tables, its
/// ``ClaimToken/key`` among the prefix phrases and other first words kept under their opening — and stores the bits of
/// the tables it may start a phrase of in ``ClaimToken/phraseStarts``. ``PhraseTable/match(_:at:)`` returns at once
/// when its bit is clear. The answer errs only one way: bits shared by several tables, and tokens not marked, send
/// the token to the table, which then looks as before.
///
/// Registration is by reflection over the pack's stored properties (and the structures they hold), so a table added
/// to ``LanguagePack`` is registered without being listed; a table that is not registered, or that a token was not
/// marked for (another pack's), has no bit the token's marker knows and is always asked.
final class PhraseStartIndex: @unchecked Sendable {
    // `@unchecked Sendable`: the stored properties are written only by `register(tablesIn:)`, which the pack's
    // initialiser calls before the pack is published (`LanguagePack.pack(for:)` caches it after `init` returns);
    // afterwards they are only read.

    /// The identity the tokens this index marks carry, and the registered tables compare (zero: nothing registered).
    private(set) var marker = 0
    /// First words (by ``ClaimToken/wordKey``) → index in `masks`: the tables whose Latin-1 first word a token equals.
    private var byWord = IntKeyIndex([])
    /// Openings (``ClaimToken/key``) → index in `masks`: the tables with one-word prefix phrases or first words outside
    /// Latin-1 under that opening (asked beside `byWord` for Latin-1 tokens).
    private var byRestOpening = IntKeyIndex([])
    /// Openings → index in `masks`: every table with a phrase under that opening (for tokens outside Latin-1).
    private var byOpening = IntKeyIndex([])
    private var masks: [UInt64] = []

    init() {}

    /// Registers every ``PhraseTable`` among the stored properties of `pack` (searched through nested structures),
    /// giving the n-th table bit n mod 64.
    /// - Complexity: O(p) in the tables' phrases.
    func register(tablesIn pack: Any) {
        marker = Int(bitPattern: ObjectIdentifier(self))
        var tables: [any PhraseStartRegistering] = []
        Self.collect(Mirror(reflecting: pack), into: &tables, depth: 0)
        var word: [Int: UInt64] = [:]
        var rest: [Int: UInt64] = [:]
        var opening: [Int: UInt64] = [:]
        for (number, table) in tables.enumerated() {
            let bit = UInt64(1) << UInt64(number % 64)
            let keys = table.registerStarts(marker: marker, bit: bit)
            for key in keys.firstWords { word[key, default: 0] |= bit }
            for key in keys.restOpenings { rest[key, default: 0] |= bit }
            for key in keys.openings { opening[key, default: 0] |= bit }
        }
        func index(_ map: [Int: UInt64]) -> IntKeyIndex {
            IntKeyIndex(map.map { pair in
                masks.append(pair.value)
                return (key: pair.key, value: masks.count - 1)
            })
        }
        byWord = index(word)
        byRestOpening = index(rest)
        byOpening = index(opening)
    }

    private static func collect(_ mirror: Mirror, into tables: inout [any PhraseStartRegistering], depth: Int) {
        for child in mirror.children {
            if let table = child.value as? any PhraseStartRegistering {
                tables.append(table)
            } else if depth < 2, let style = Mirror(reflecting: child.value).displayStyle, style == .struct {
                collect(Mirror(reflecting: child.value), into: &tables, depth: depth + 1)
            }
        }
    }

    /// Sets ``ClaimToken/phraseStarts`` and ``ClaimToken/phraseMarker`` of every token: the bits of the registered tables
    /// that may have a phrase starting there.
    /// - Complexity: O(n) in the tokens: two integer look-ups each.
    func mark(_ tokens: inout [ClaimToken]) {
        // The index's fields read once (round 23): each read of a class's stored `var` inside the loop was a dynamic
        // exclusivity check (`swift_beginAccess`), about 85,000 of them for 150 articles, 3.2 M instructions.
        let marker = self.marker
        guard marker != 0 else { return }
        let byWord = self.byWord, byRestOpening = self.byRestOpening, byOpening = self.byOpening, masks = self.masks
        for index in tokens.indices {
            var mask: UInt64 = 0
            if tokens[index].isLatin1 {
                if let found = byWord.value(for: tokens[index].wordKey) { mask |= masks[found] }
                if let found = byRestOpening.value(for: tokens[index].key) { mask |= masks[found] }
            } else if let found = byOpening.value(for: tokens[index].key) {
                mask |= masks[found]
            }
            tokens[index].phraseStarts = mask
            tokens[index].phraseMarker = marker
        }
    }

    /// `sentence` with its tokens marked (``mark(_:)``).
    func marking(_ sentence: consuming TokenizedSentence) -> TokenizedSentence {
        // Consumed, so that its token array is marked in place rather than copied.
        var sentence = sentence
        mark(&sentence.tokens)
        return sentence
    }
}

/// A phrase table as ``PhraseStartIndex`` registers it: it takes a bit and the index's marker, and gives the keys under
/// which its phrases are filed.
protocol PhraseStartRegistering {
    /// Keeps `bit` and `marker` for ``PhraseTable/match(_:at:)`` and returns the table's look-up keys.
    func registerStarts(marker: Int, bit: UInt64) -> (firstWords: [Int], restOpenings: [Int], openings: [Int])
}
