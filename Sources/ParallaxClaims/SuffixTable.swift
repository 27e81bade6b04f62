/// Stems looked up by a word's compound head: `Artilleriegranaten` finds `granate`.
///
/// A word matches a stem when, after one inflection ending is removed, it equals the stem or, in a
/// language that writes compounds as one word, ends with it (stems of at least four letters). Stems
/// are grouped by their last three letters, so a word is compared only with stems it could end in.
///
/// A class (round 32): the finders ask the pack's tables (descriptors, units, counted nouns) about most capitalised words,
/// and as a structure of some twenty words each call copied the table out of the pack first, a `memcpy` per look-up
/// (``PlaceDescriptors`` made the same change for itself in round 30); a reference is passed as it is. Immutable, so
/// sharing it changes nothing.
final class SuffixTable<Value: Sendable>: Sendable {
    private struct Stem: Sendable {
        var bytes: [UInt8]
        /// Length in characters (Unicode scalars).
        var count: Int
        var value: Value
    }

    private struct Ending: Sendable {
        var bytes: [UInt8]
        var count: Int
    }

    private let stems: [String: Value]
    /// Stems grouped by their last three bytes: `groups[tails.value(for: tail)]`.
    private let groups: [[Stem]]
    private let tails: IntKeyIndex
    private let endings: [Ending]
    private let compounds: Bool
    /// The tails (``SuffixTails``) of every stem followed by every ending (or none): a word of four bytes or more that
    /// matches a stem ends in one of them (an exact match is a stem and ending whole, of four bytes or more when the word
    /// has them; a compound's head has four characters or more), so most words ending otherwise are rejected with at most
    /// three look-ups, whatever the number of stems and endings (round 19).
    private let tailsOfForms: SuffixTails
    /// True when every stem is Latin-1 (``ClaimToken/isLatin1(_:)``): a Latin-1 word equals one exactly when the bytes do.
    private let stemsAreLatin1: Bool
    /// The ``ClaimToken/wordKey(of:)`` of every stem's Latin-1 spelling (``latin1Spelling(of:)``): a Latin-1 word whose
    /// key is none of them is no stem, answered without the dictionary's SipHash or, for a word less an ending, the string
    /// made for it (round 31). Each key maps to its stem's position in ``stemBytes`` and ``stemValues`` (round 32). Since
    /// round 33 (cspeed33) also in a table with stems outside Latin-1 (`‰` in `units.txt`): a Latin-1 word is in NFC, so it
    /// equals a stem exactly when it equals the Latin-1 string canonically equal to that stem, and a stem without one
    /// (`‰`) equals no Latin-1 word.
    private let stemKeys: IntKeyIndex
    /// True when no two stems share a key: then a Latin-1 word whose key is a stem's is that stem exactly when their bytes
    /// are equal, and the word is answered by one byte comparison instead of the dictionary (``stemValue(_:latin1:word:)``).
    private let stemKeysAreUnique: Bool
    /// Every keyed stem's Latin-1 spelling in UTF-8, one after another: stem `i` is `stemBytes[stemStarts[i]..<stemStarts[i + 1]]`.
    private let stemBytes: [UInt8]
    private let stemStarts: [Int]
    /// The stems' values, by position.
    private let stemValues: [Value]

    /// A table of `stem → value`, with the language's inflection endings (longest first).
    /// - Parameter compounds: true when a stem may be the head of a longer word.
    init(_ stems: [String: Value], endings: [String], compounds: Bool) {
        self.stems = stems
        var byTail: [Int: [Stem]] = [:]
        for (text, value) in stems {
            let bytes = Array(text.utf8)
            let tail = bytes.withUnsafeBufferPointer { Self.tail($0, end: $0.count) }
            byTail[tail, default: []].append(Stem(bytes: bytes, count: text.unicodeScalars.count, value: value))
        }
        let sortedTails = byTail.keys.sorted()
        self.groups = sortedTails.map { byTail[$0]!.sorted { $0.count > $1.count } }
        self.tails = IntKeyIndex(sortedTails.enumerated().map { (key: $0.element, value: $0.offset) })
        self.endings = ([""] + endings).map { Ending(bytes: Array($0.utf8), count: $0.unicodeScalars.count) }
        self.compounds = compounds
        var forms: [[UInt8]] = []
        for group in groups {
            for stem in group {
                for ending in self.endings { forms.append(stem.bytes + ending.bytes) }
            }
        }
        self.tailsOfForms = SuffixTails(forms)
        self.stemsAreLatin1 = stems.keys.allSatisfy(ClaimToken.isLatin1)
        let entries: [(key: String, value: Value)] = stems.compactMap { entry in
            ClaimToken.isLatin1(entry.key) ? entry : Self.latin1Spelling(of: entry.key).map { (key: $0, value: entry.value) }
        }
        let keys = entries.map { ClaimToken.wordKey(of: $0.key) }
        self.stemKeys = IntKeyIndex(keys.enumerated().map { (key: $0.element, value: $0.offset) })
        self.stemKeysAreUnique = Set(keys).count == keys.count
        var bytes: [UInt8] = []
        var starts = [0]
        for entry in entries {
            bytes.append(contentsOf: entry.key.utf8)
            starts.append(bytes.count)
        }
        self.stemBytes = bytes
        self.stemStarts = starts
        self.stemValues = entries.map(\.value)
    }

    /// The value of the stem equal to the word of `bytes` (`word()` makes its string), or `nil`. For a Latin-1 word
    /// (`latin1`; round 33: whatever the stems) the keys answer: no stem has the word's key, or the one that has it is compared byte for byte
    /// (round 32: the dictionary hashed the word with SipHash, and a word less an ending was made a string first); another
    /// word, or stems that share a key, go to the dictionary.
    /// - Complexity: O(b) for a word of b bytes; no allocation on the key path.
    @inline(__always)
    private func stemValue(_ bytes: UnsafeBufferPointer<UInt8>, latin1: Bool, word: () -> String) -> Value? {
        guard latin1 else { return stems[word()] }
        guard let position = stemKeys.value(for: ClaimToken.wordKey(of: bytes)) else { return nil }
        guard stemKeysAreUnique else { return stems[word()] }
        let start = stemStarts[position]
        guard stemStarts[position + 1] - start == bytes.count else { return nil }
        for offset in 0..<bytes.count where stemBytes[start + offset] != bytes[offset] { return nil }
        return stemValues[position]
    }

    /// The value of the stem the whole word equals, as it stands or after one inflection ending is removed — never a
    /// compound's head (`Jahr`, `Jahren` → year; `Elfmeter` is no metre).
    /// - Complexity: O(e) look-ups for e endings; a Latin-1 word against Latin-1 stems allocates nothing (round 32), another
    ///   one string per ending the word ends with.
    func wholeWord(_ word: String) -> Value? {
        // Round 28b: on the word's contiguous bytes, without the array copy, and for a Latin-1 word against Latin-1 stems
        // answered by ``SuffixTails`` first — a word equal to a stem with an ending (or none) is one of `tailsOfForms`'s
        // forms, and Latin-1 strings are equal exactly when their bytes are (German `ein` asked two tables per word).
        // A word without contiguous storage is copied once and takes the same path.
        if let answer = word.utf8.withContiguousStorageIfAvailable({ wholeWord(word, bytes: $0) }) { return answer }
        return Array(word.utf8).withUnsafeBufferPointer { wholeWord(word, bytes: $0) }
    }

    /// ``wholeWord(_:)`` on `word`'s contiguous UTF-8 `bytes`.
    @inline(__always)
    private func wholeWord(_ word: String, bytes: UnsafeBufferPointer<UInt8>) -> Value? {
        let wordIsLatin1 = ClaimToken.isLatin1(bytes: bytes)
        if stemsAreLatin1, wordIsLatin1, !tailsOfForms.mayEnd(bytes, end: bytes.count) { return nil }
        if let value = stemValue(bytes, latin1: wordIsLatin1, word: { word }) { return value }
        for ending in endings where !ending.bytes.isEmpty && ending.bytes.count < bytes.count
            && ByteSuffix.hasSuffix(bytes, ending.bytes)
        {
            // The stem is the word's bytes less a whole character sequence (an ending opens with a lead byte): Latin-1 too.
            let stem = UnsafeBufferPointer(rebasing: bytes[..<(bytes.count - ending.bytes.count)])
            if let value = stemValue(stem, latin1: wordIsLatin1, word: { String(decoding: stem, as: UTF8.self) }) { return value }
        }
        return nil
    }

    /// The value of the longest stem the word's head matches, or `nil`.
    /// - Complexity: O(e·k) for e endings and k stems sharing the word's last three bytes; compares
    ///   UTF-8 bytes, without allocating.
    func lookup(_ word: String) -> Value? {
        // The byte path compares words of three or more characters; shorter ones are looked up whole. The scalars are
        // counted on the same contiguous bytes, and only for two to eight bytes (fewer than three bytes are fewer than
        // three scalars; more than eight are at least three, a scalar having at most four bytes): round 20b, the count
        // through the `UTF8View` for every miss of up to eight bytes, and the copy `withUTF8` needed, were about 1 % of
        // the stage by profile.
        if let found = word.utf8.withContiguousStorageIfAvailable({ lookup(word, bytes: $0) }) { return found }
        var bytes = word
        if let value = bytes.withUTF8({ lookup(bytes: $0) }) { return value }
        let bytesCount = word.utf8.count
        return bytesCount < 3 || (bytesCount <= 8 && ByteSuffix.scalarCount(word) < 3) ? stems[word] : nil
    }

    /// ``lookup(_:)`` on `word`'s contiguous UTF-8 `bytes`, for a caller that asks several tables about one word and reaches
    /// its bytes once (round 26: ``PlaceDescriptors/isDescriptor(_:)``). The same answer: short words are looked up whole.
    @inline(__always)
    func lookup(_ word: String, bytes: UnsafeBufferPointer<UInt8>) -> Value? {
        if let value = lookup(bytes: bytes) { return value }
        if bytes.count > 8 { return nil }
        if bytes.count >= 3 {
            var scalars = 0
            for byte in bytes where byte & 0xC0 != 0x80 { scalars += 1 }
            guard scalars < 3 else { return nil }
        }
        // Short words (`in`, `zu`) are looked up whole: most are no stem, which their key says (round 31).
        return stemValue(bytes, latin1: ClaimToken.isLatin1(bytes: bytes), word: { word })
    }

    /// Of the stems the word's head matches after each ending, the longest wins (round 35): an ending may also close a
    /// shorter stem inside the word's own stem (`Besuchern` less `-ern` is `besuch`, a visit; less `-n` it is `besucher`, a
    /// visitor), and the reading that keeps more of the word is the word.
    private func lookup(bytes: UnsafeBufferPointer<UInt8>) -> Value? {
        guard tailsOfForms.mayEnd(bytes, end: bytes.count) else { return nil }
        var scalars = 0
        for byte in bytes where byte & 0xC0 != 0x80 { scalars += 1 }
        var best: (value: Value, count: Int)?
        for ending in endings where ending.bytes.count <= bytes.count && Self.ends(bytes, at: bytes.count, with: ending.bytes) {
            let end = bytes.count - ending.bytes.count
            let length = scalars - ending.count
            guard length >= 3, length > best?.count ?? 0 else { continue }
            let tail = Self.tail(bytes, end: end)
            guard let group = tails.value(for: tail) else { continue }
            // A group is sorted longest first: its first match is its longest.
            for stem in groups[group] where stem.count <= length && stem.bytes.count <= end && stem.count > best?.count ?? 0 {
                if stem.count == length {
                    if stem.bytes.count == end && Self.ends(bytes, at: end, with: stem.bytes) {
                        best = (stem.value, stem.count)
                        break
                    }
                } else if compounds && stem.count >= 4 && Self.ends(bytes, at: end, with: stem.bytes) {
                    best = (stem.value, stem.count)
                    break
                }
            }
        }
        return best?.value
    }

    /// The Latin-1 string canonically equal to `text` (a decomposed `a` + U+0308 is `ä`), or nil when there is none (`‰`):
    /// each character is matched with the Latin-1 scalar it equals, and the whole is compared with `text` as the
    /// dictionary compares its keys (round 33, cspeed33).
    /// - Complexity: O(256) character comparisons per character outside Latin-1; asked once per such stem when the table is built.
    static func latin1Spelling(of text: String) -> String? {
        var scalars = String.UnicodeScalarView()
        for character in text {
            if character.unicodeScalars.count == 1, let only = character.unicodeScalars.first, only.value <= 0xFF {
                scalars.append(only)
                continue
            }
            guard let equal = (UInt8.min...UInt8.max).lazy.map(Unicode.Scalar.init).first(where: { Character($0) == character })
            else { return nil }
            scalars.append(equal)
        }
        let spelled = String(scalars)
        return spelled == text ? spelled : nil
    }

    /// The exact entry for `word`.
    subscript(word: String) -> Value? { stems[word] }

    /// True when `bytes[..<end]` ends with `suffix` (the caller checks `suffix.count <= end`).
    private static func ends(_ bytes: UnsafeBufferPointer<UInt8>, at end: Int, with suffix: [UInt8]) -> Bool {
        var offset = 1
        while offset <= suffix.count {
            if bytes[end - offset] != suffix[suffix.count - offset] { return false }
            offset += 1
        }
        return true
    }

    /// The last three bytes before `end` packed into an integer.
    private static func tail(_ bytes: UnsafeBufferPointer<UInt8>, end: Int) -> Int {
        var key = 0
        for index in max(0, end - 3)..<end { key = key << 8 | Int(bytes[index]) }
        return key
    }
}
