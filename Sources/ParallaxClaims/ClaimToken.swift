/// One token of a sentence: a word, a number or a punctuation mark, with its offsets in the body.
///
/// Tokens are the unit every finder of this target works on; they keep the text as written, a
/// lower-cased copy for lexicon look-ups, and UTF-16 offsets so that claims can point into the body.
struct ClaimToken: Sendable, Equatable {
    /// What a token is made of.
    enum Kind: Sendable, Equatable {
        /// Letters, possibly with inner hyphens or apostrophes (`Ukraine-Krieg`, `don't`).
        case word
        /// Digits, possibly with inner `.`, `,`, `:`, `/` or a narrow space (`14.000`, `19:00`).
        case number
        /// Any other single character (`€`, `%`, `–`, `.`).
        case punctuation
    }

    var text: String
    /// `text` lower-cased, for look-ups.
    var lower: String
    /// Start offset in the body (UTF-16 code units).
    var start: Int
    /// End offset (exclusive) in the body (UTF-16 code units).
    var end: Int
    /// The first three characters of `lower` packed into an integer, the look-up key of ``PhraseTable``.
    var key: Int
    /// A hash of all of `lower`'s UTF-8 bytes (``wordKey(of:)``), computed once per token: the key under which every
    /// ``PhraseTable`` files the phrases whose first word a Latin-1 token must equal, so that a table look-up is an
    /// integer look-up however many phrases share the word's opening.
    var wordKey: Int
    /// The bits of the phrase tables a phrase of which may start at this token, set by the pack's
    /// ``PhraseStartIndex`` (``PhraseStartIndex/mark(_:)``); all ones for a token no index marked.
    var phraseStarts: UInt64 = .max
    /// The marker of the index that set ``phraseStarts`` (zero: none): a table compares it with its own registration.
    var phraseMarker = 0
    // The one-byte fields last, together (round 18): between the eight-byte ones each took eight, and a token is
    // copied often enough that its size shows in the profile.
    var kind: Kind
    /// True when whitespace separates this token from the one before it (or it starts the text).
    var spaceBefore: Bool
    /// True when the first character is an upper-case letter (computed once, ASCII without Unicode tables).
    var isCapitalized: Bool
    /// True when `text` is ASCII only, so that its UTF-8 length is its length in characters and byte
    /// equality is string equality (computed once, by the tokenizer's scan for capitals).
    var isASCII: Bool
    /// True when every character of `text` lies in Latin-1 (U+0000–U+00FF): such text is in NFC and has no
    /// combining marks, so two Latin-1 strings are equal, or one a prefix of the other, exactly when their
    /// UTF-8 bytes are (the byte comparisons of ``PhraseTable`` and ``WordSet`` rest on this).
    var isLatin1: Bool

    /// A token of `text`, its lower-cased form, capital and ASCII test computed here (look-ups of single
    /// words; the tokenizer computes them from its bytes).
    init(text: String, kind: Kind, start: Int, end: Int, spaceBefore: Bool) {
        let isCapitalized: Bool
        if kind == .word, let first = text.utf8.first {
            isCapitalized = first < 0x80 ? (first >= 0x41 && first <= 0x5A) : text.unicodeScalars.first!.properties.isUppercase
        } else {
            isCapitalized = false
        }
        self.init(
            text: text, lower: text.utf8.allSatisfy({ $0 < 0x41 || ($0 > 0x5A && $0 < 0x80) }) ? text : text.lowercased(),
            kind: kind, start: start, end: end, spaceBefore: spaceBefore, isCapitalized: isCapitalized,
            isASCII: text.utf8.allSatisfy { $0 < 0x80 }, isLatin1: Self.isLatin1(text))
    }

    /// A token whose lower-cased text the tokenizer has already made (from its bytes, without
    /// `String.lowercased()` for ASCII words).
    /// - Parameters:
    ///   - key: ``key(of:length:)`` of `lower`, when the caller read it already (the tokenizer does, from its bytes).
    ///   - wordKey: ``wordKey(of:)`` of `lower`, likewise.
    init(
        text: String, lower: String, kind: Kind, start: Int, end: Int, spaceBefore: Bool, isCapitalized: Bool, isASCII: Bool,
        isLatin1: Bool, key: Int? = nil, wordKey: Int? = nil
    ) {
        self.text = text
        self.isASCII = isASCII
        self.isLatin1 = isLatin1
        self.lower = lower
        self.key = key ?? ClaimToken.key(of: lower)
        self.wordKey = wordKey ?? ClaimToken.wordKey(of: lower)
        self.kind = kind
        self.start = start
        self.end = end
        self.spaceBefore = spaceBefore
        self.isCapitalized = isCapitalized
    }

    /// The first `length` characters (Unicode scalars) of `word` packed into one integer.
    /// - Complexity: O(1).
    static func key(of word: String, length: Int = 3) -> Int {
        // The first `length` bytes, when they are ASCII, are the first `length` scalars (round 20: decoding scalars was most
        // of this function's cost, once per token).
        if length > 0, let key = word.utf8.withContiguousStorageIfAvailable({ bytes -> Int? in
            var key = 0
            for byte in bytes.prefix(length) {
                guard byte < 0x80 else { return nil }
                key = key &* 0x110000 &+ Int(byte)
            }
            return key
        }), let key {
            return key
        }
        var key = 0
        var count = 0
        for scalar in word.unicodeScalars {
            key = key &* 0x110000 &+ Int(scalar.value)
            count += 1
            if count == length { break }
        }
        return key
    }

    /// A hash of all UTF-8 bytes of `word` (64-bit FNV-1a, top bit cleared: never ``IntKeyIndex``'s empty mark). Equal
    /// bytes give equal keys; unequal ones may collide, so a look-up by key still compares the words.
    /// - Complexity: O(n) in the word's bytes; no allocation.
    static func wordKey(of word: String) -> Int {
        // Over the contiguous bytes where the string has them (native and small strings): the `UTF8View` iterator's
        // per-byte index checks were most of this function's cost, once per token (round 20).
        if let key = word.utf8.withContiguousStorageIfAvailable(wordKey(of:)) { return key }
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in word.utf8 { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
        return Int(truncatingIfNeeded: hash & UInt64(Int.max))
    }

    /// ``wordKey(of:)`` of a word's UTF-8 bytes.
    @inline(__always)
    static func wordKey(of bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
        return Int(truncatingIfNeeded: hash & UInt64(Int.max))
    }

    /// True when every character of `text` lies in Latin-1: no UTF-8 lead byte above C3.
    /// - Complexity: O(n) in the UTF-8 bytes.
    static func isLatin1(_ text: String) -> Bool {
        isLatin1(bytes: text.utf8)
    }

    /// True when the UTF-8 `bytes` encode Latin-1 characters only: no lead byte above C3.
    /// - Complexity: O(n) in the bytes.
    @inline(__always)
    static func isLatin1<Bytes: Sequence<UInt8>>(bytes: Bytes) -> Bool {
        bytes.allSatisfy { $0 < 0xC4 }
    }

    /// True for a word token.
    var isWord: Bool { kind == .word }

    /// True for a number token made of digits only.
    var isPlainInteger: Bool {
        kind == .number && text.utf8.allSatisfy { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }
    }

    /// True for a number of four digits and nothing else, the form of a year (`1612`, `2025`).
    var isFourDigitInteger: Bool { isPlainInteger && text.count == 4 }
}
