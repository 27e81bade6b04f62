/// Small integer ids for the distinct lower-case Latin-1 words of a language pack's phrase tables, one interner per pack
/// (built by ``PhraseStartIndex/register(tablesIn:)``), so that a table compares a token with a phrase word by one
/// integer compare instead of their UTF-8 bytes.
///
/// Round 22: the tokens carry their words as `String`s and every table compared bytes (``PhraseShape/bytesMatch(_:_:prefix:)``)
/// for every word of every candidate phrase; ``PhraseShape/longest(_:firstHeads:in:tokens:at:)`` was the largest function
/// of the stage's own code. An id is exact: the interner keeps each word's bytes and a token gets the id only when its
/// lower-case bytes equal them (``ClaimToken/wordID``), so two Latin-1 words have the same id exactly when their bytes,
/// and so their strings, are equal (see ``ClaimToken/isLatin1``). Id 0 means "no id": a word of no registered phrase, a
/// word outside Latin-1, or a word whose ``ClaimToken/wordKey`` another word of the pack already took (64-bit hashes; the
/// second word is then compared by its bytes, as before).
struct WordInterner: Sendable {
    /// ``ClaimToken/wordKey`` → entry.
    private let index: IntKeyIndex
    /// The entries' words (lower-case, Latin-1): entry `e` has id `e + 1`.
    private let words: [String]

    /// An interner of no word.
    init() {
        index = IntKeyIndex([])
        words = []
    }

    /// Ids for the Latin-1 words among `candidates` (others are left out), in the order first seen.
    init<Words: Sequence>(_ candidates: Words) where Words.Element == String {
        var entries: [Int: Int] = [:]
        var words: [String] = []
        for word in candidates where ClaimToken.isLatin1(word) {
            let key = ClaimToken.wordKey(of: word)
            guard entries[key] == nil else { continue }
            entries[key] = words.count
            words.append(word)
        }
        self.index = IntKeyIndex(entries.map { (key: $0.key, value: $0.value) })
        self.words = words
    }

    /// The number of ids (the largest id).
    var count: Int { words.count }

    /// The word with id `id` (1 ... ``count``).
    func word(ofID id: Int32) -> String {
        words[Int(id) - 1]
    }

    /// The entry filed under a ``ClaimToken/wordKey`` (the entry's id is `entry + 1`), or `nil`: no word of the pack has
    /// the key. A word with the key has the entry's id only when ``id(of:entry:)`` finds its bytes equal.
    @inline(__always)
    func entry(forKey key: Int) -> Int? {
        index.value(for: key)
    }

    /// `entry + 1` when the lower-case Latin-1 `word` is the entry's word, else 0.
    @inline(__always)
    func id(of word: String, entry: Int) -> Int32 {
        PhraseShape.bytesMatch(word, words[entry], prefix: false) ? Int32(entry + 1) : 0
    }

    /// The id of a lower-case Latin-1 `word` whose ``ClaimToken/wordKey`` is `key`, or 0.
    /// - Complexity: O(1) expected, plus one byte comparison when the key is the pack's.
    @inline(__always)
    func id(of word: String, key: Int) -> Int32 {
        guard let entry = index.value(for: key) else { return 0 }
        return id(of: word, entry: entry)
    }

    /// The id of a lower-case word, or 0 (for building tables; tokens get theirs from ``id(of:key:)``).
    func id(of word: String) -> Int32 {
        guard ClaimToken.isLatin1(word) else { return 0 }
        return id(of: word, key: ClaimToken.wordKey(of: word))
    }
}
